// The demo's Rejsefæller teams (issue 17), as the region would look on the demo's reference date
// (1 December 2026): of the units whose shared leadership is new (two or more active leaders, the
// newest of them leader for less than two years), the first few in tree order get a team, in turns
// offered, active, completed and declined; the demo leder's department is always among them, active.
// - Offers began in May 2026 (a team completed before was offered by hand). An active team started two
//   weeks after the offer; it has a consultant, a meeting every eight weeks from three weeks after the
//   start, held (with agreements) before the reference date and planned after it, into 2027;
//   its members are enrolled in Rejsefæller with the held meetings counted as sparring sessions.
// - A completed team held its four meetings and was closed two weeks after the last one.
// - A declined team gave its reason; an offered team waits for its answer.
// The other new shared leaderships are left for the job "rejsefaeller-tilbud" to offer.
#include "cli/demo_teams.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <map>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

#include "app/organisation/organisation_repository.hpp"
#include "app/platform/repositories.hpp"
#include "app/programmes/programme_repository.hpp"
#include "app/programmes/team_repository.hpp"
#include "cli/demo_data.hpp"
#include "cli/demo_region.hpp"
#include "domain/platform/danish_format.hpp"

namespace lp::cli {
namespace {

using std::chrono::year_month_day;

constexpr std::size_t kDemoTeams = 10;
constexpr int kDemoMeetingEveryDays = 56;
// The portal began offering Rejsefæller in May 2026; the teams completed by then were offered by hand.
constexpr year_month_day kDemoOfferingStarted{std::chrono::year{2026}, std::chrono::May, std::chrono::day{4}};

struct DemoConsultant {
  std::string_view name;
  std::string_view email;
};
constexpr std::array kDemoConsultants = {
    DemoConsultant{"Birgitte Lund", "birgitte.lund@demo.ledelsesportal.dk"},
    DemoConsultant{"Morten Skov", "morten.skov@demo.ledelsesportal.dk"},
    DemoConsultant{"Hanne Dahl", "hanne.dahl@demo.ledelsesportal.dk"},
};

struct DemoTheme {
  std::string_view theme;
  std::string_view agreements;  // what a held meeting's notes say
};
constexpr std::array kDemoThemes = {
    DemoTheme{"Roller og ansvar i den fælles ledelse",
              "Vi har skrevet ned, hvem af os der har personaleansvaret for hvilke faggrupper.\nSvære sager tager vi "
              "altid sammen.\nTil næste gang: hver især tre situationer, hvor det var uklart, hvem der besluttede."},
    DemoTheme{"Beslutninger: hvem beslutter hvad, og hvordan",
              "Vi bruger en enkel beslutningsmodel: den, der har ansvaret, beslutter efter at have hørt den anden.\n"
              "Budget og bemanding beslutter vi i fællesskab på vores ugentlige møde."},
    DemoTheme{"Én stemme over for medarbejderne",
              "Vi melder beslutninger ud sammen, også når vi var uenige undervejs.\nVi prøver det af på næste "
              "personalemøde og følger op her."},
    DemoTheme{"Uenighed mellem os, og hvad vi gør med den",
              "Uenighed tager vi med det samme og aldrig foran medarbejderne.\nKonsulenten sender et kort materiale om "
              "konstruktiv uenighed."},
    DemoTheme{"Ledelsesgrundlaget i vores afdeling",
              "Vi vælger ét af de tre værdiord som fokus for det næste halve år og laver en plan for, hvordan vi "
              "taler om det i MED."},
    DemoTheme{"Status: hvor står vi som ledelsesteam?", ""},
};

constexpr std::array kDemoPlaces = {"Afdelingens mødelokale", "Regionshuset Viborg, Skottenborg 26",
                                    "Konsulentens kontor, Koncern HR, Olof Palmes Allé 15, Aarhus"};

constexpr std::array kDemoDeclineReasons = {
    "Vi er midt i en stor omorganisering af afdelingen og har ikke tid til et forløb lige nu. Vi vil gerne have "
    "tilbuddet igen om et år.",
};

domain::Timestamp DemoAt(year_month_day day, int hour) {
  return domain::CopenhagenMidnight(day).value_or(domain::Timestamp{}) + std::chrono::hours{hour};
}

year_month_day DemoDaysAfter(year_month_day day, int days) {
  return year_month_day{std::chrono::sys_days{day} + std::chrono::days{days}};
}

// The weekday on or after `day` that is a Tuesday, Wednesday or Thursday (meetings are held mid-week).
year_month_day DemoMidWeek(year_month_day day) {
  for (int i = 0; i < 7; ++i) {
    const auto candidate = DemoDaysAfter(day, i);
    const auto weekday = std::chrono::weekday{std::chrono::sys_days{candidate}};
    if (weekday == std::chrono::Tuesday || weekday == std::chrono::Wednesday || weekday == std::chrono::Thursday) {
      return candidate;
    }
  }
  return day;
}

enum class DemoTeamState { Active, Offered, Completed, Declined };

// The states of the teams after the demo leder's (active): up to two completed ones where the shared
// leadership is old enough to have finished the course, the others in turns.
constexpr std::size_t kDemoCompletedTeams = 2;
constexpr std::array kDemoStates = {DemoTeamState::Offered, DemoTeamState::Declined, DemoTeamState::Active,
                                    DemoTeamState::Active,  DemoTeamState::Offered,  DemoTeamState::Active};

struct DemoCandidate {
  const domain::Unit* unit = nullptr;
  std::vector<domain::PersonId> members;  // sorted
  year_month_day formed;                  // the newest leader-since
};

}  // namespace

bool LoadDemoTeams(app::Store& store) {
  return store.Write([](app::Transaction& tx) {
    auto& teams = tx.Get<app::ProgrammeTeamRepository>();
    auto& programmes = tx.Get<app::ProgrammeRepository>();
    if (!teams.Teams().empty()) return false;
    std::optional<app::Programme> rejsefaeller;
    for (auto& programme : programmes.Programmes()) {
      if (programme.fields.kind == domain::ProgrammeKind::Rejsefaeller && !programme.archived_at) {
        rejsefaeller = std::move(programme);
        break;
      }
    }
    if (!rejsefaeller) return false;
    const auto records = tx.Get<app::OrganisationRepository>().LoadAll();
    if (records.units.empty()) return false;
    std::unordered_map<domain::PersonId, const domain::Person*> people;
    for (const auto& person : records.people) people.emplace(person.id, &person);
    std::map<domain::UnitId, std::vector<const domain::Leadership*>> leaders;
    for (const auto& leadership : records.leaderships) {
      const auto person = people.find(leadership.person);
      if (person != people.end() && person->second->active) leaders[leadership.unit].push_back(&leadership);
    }
    // The demo leder (a person of the region with the leder login's e-mail).
    std::optional<domain::PersonId> demo_leder;
    for (const auto& account : DemoAccounts()) {
      if (account.role != domain::Role::Leder) continue;
      for (const auto& person : records.people) {
        if (person.email == account.email) demo_leder = person.id;
      }
    }
    const auto reference = kDemoReferenceDate;
    const auto two_years_before =
        year_month_day{reference.year() - std::chrono::years{2}, reference.month(), reference.day()};
    std::vector<DemoCandidate> candidates;
    bool leders_first = false;  // the demo leder's team is the first candidate
    for (const auto& unit : records.units) {
      if (!unit.active || !unit.parent) continue;  // not the direktion
      const auto found = leaders.find(unit.id);
      if (found == leaders.end() || found->second.size() < 2) continue;
      DemoCandidate candidate{&unit, {}, found->second.front()->leader_since};
      for (const auto* leadership : found->second) {
        candidate.members.push_back(leadership->person);
        candidate.formed = std::max(candidate.formed, leadership->leader_since);
      }
      if (candidate.formed <= two_years_before || candidate.formed > reference) continue;
      std::sort(candidate.members.begin(), candidate.members.end());
      const bool leders =
          demo_leder && std::binary_search(candidate.members.begin(), candidate.members.end(), *demo_leder);
      if (leders) {
        leders_first = true;
        candidates.insert(candidates.begin(), std::move(candidate));
      } else if (candidates.size() < kDemoTeams) {
        candidates.push_back(std::move(candidate));
      }
    }
    if (candidates.size() > kDemoTeams) candidates.resize(kDemoTeams);
    if (candidates.empty()) return false;

    std::set<domain::PersonId> enrolled;
    int created = 0;
    std::size_t completed = 0;
    std::size_t next_state = 0;
    for (std::size_t i = 0; i < candidates.size(); ++i) {
      const auto& candidate = candidates[i];
      if (std::any_of(candidate.members.begin(), candidate.members.end(),
                      [&](domain::PersonId person) { return enrolled.contains(person); })) {
        continue;  // someone leading two of the units: one team is enough for the demo
      }
      // A team that had time to hold four meetings and close before the reference date may be completed.
      const auto completed_by = DemoDaysAfter(candidate.formed, 30 + 14 + 21 + 3 * kDemoMeetingEveryDays + 14);
      auto state = DemoTeamState::Active;
      if (i > 0 || !leders_first) {
        if (completed < kDemoCompletedTeams && completed_by <= reference) {
          state = DemoTeamState::Completed;
          ++completed;
        } else {
          state = kDemoStates[next_state++ % kDemoStates.size()];
        }
      }
      auto offered_on = DemoDaysAfter(candidate.formed, 30);
      if (state != DemoTeamState::Completed) {
        offered_on = std::max(offered_on, DemoDaysAfter(kDemoOfferingStarted, 7 * static_cast<int>(i)));
      }
      offered_on = std::min(offered_on, DemoDaysAfter(reference, -10));
      const auto started_on = DemoDaysAfter(offered_on, 14);
      if ((state == DemoTeamState::Active || state == DemoTeamState::Completed) && started_on > reference) {
        state = DemoTeamState::Offered;
      }
      const auto name = fmt::format("{} i {}", candidate.members.size() == 2 ? "Lederparret" : "Ledelsesteamet",
                                    candidate.unit->name);
      const auto id = teams.CreateTeam({rejsefaeller->id, candidate.unit->id, name, offered_on, candidate.members,
                                        std::nullopt, DemoAt(offered_on, 6)});
      ++created;
      if (state == DemoTeamState::Offered) continue;
      if (state == DemoTeamState::Declined) {
        const auto day = DemoDaysAfter(offered_on, 9);
        teams.DeclineTeam(id, 1, day, kDemoDeclineReasons[0], std::nullopt, DemoAt(day, 14));
        continue;
      }
      const auto& consultant = kDemoConsultants[i % kDemoConsultants.size()];
      teams.UpdateTeam(id, 1, name, std::string(consultant.name), std::string(consultant.email), std::nullopt,
                       DemoAt(DemoDaysAfter(offered_on, 3), 10));
      teams.AcceptTeam(id, 2, started_on, std::nullopt, DemoAt(started_on, 9));
      // Meetings every eight weeks from three weeks after the start: six for an active team (into 2027),
      // four for a completed one.
      const int count = state == DemoTeamState::Completed ? 4 : 6;
      int held = 0;
      year_month_day last_held = started_on;
      for (int m = 0; m < count; ++m) {
        const auto day = DemoMidWeek(DemoDaysAfter(started_on, 21 + m * kDemoMeetingEveryDays));
        const auto& theme = kDemoThemes[static_cast<std::size_t>(m) % kDemoThemes.size()];
        app::TeamMeetingFields fields;
        fields.starts_at = DemoAt(day, 13);
        fields.ends_at = DemoAt(day, 15);
        fields.place = kDemoPlaces[(i + static_cast<std::size_t>(m)) % kDemoPlaces.size()];
        fields.theme = std::string(theme.theme);
        const auto meeting = teams.AddMeeting(id, fields, std::nullopt, DemoAt(DemoDaysAfter(started_on, 2), 10));
        if (day < reference) {
          fields.notes = std::string(theme.agreements);
          teams.UpdateMeeting(meeting, 1, fields, app::TeamMeetingStatus::Held, std::nullopt, DemoAt(day, 16));
          ++held;
          last_held = day;
        }
      }
      for (const auto person : candidate.members) {
        app::NewEnrollment enrollment;
        enrollment.programme = rejsefaeller->id;
        enrollment.person = person;
        enrollment.enrolled_on = started_on;
        enrollment.deadline = DemoDaysAfter(started_on, 365);
        enrollment.source = app::EnrollmentSource::Application;
        enrollment.at = DemoAt(started_on, 9);
        const auto enrollment_id = programmes.Enroll(enrollment);
        if (held > 0) {
          programmes.SetStepsDone(enrollment_id, domain::ElementKind::Sparring, held, std::nullopt,
                                  DemoAt(last_held, 16));
        }
        enrolled.insert(person);
      }
      if (state == DemoTeamState::Completed) {
        const auto day = DemoDaysAfter(last_held, 14);
        teams.CompleteTeam(id, 3, day, std::nullopt, DemoAt(day, 10));
      }
    }
    tx.Get<app::AuditRepository>().Append({DemoAt(reference, 10), std::nullopt, "programme_team.demo_loaded",
                                           "programmes", "", fmt::format("{} Rejsefæller-hold", created)});
    return true;
  });
}

}  // namespace lp::cli
