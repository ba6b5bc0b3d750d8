// The demo's Explorer participants, applications and personal path plans (see demo_explorer.hpp).
// Everything is derived from the demo region and a hash of the employee numbers, with moments relative
// to the demo's reference date (1 December 2026), so two runs on the same region write the same.
#include "cli/demo_explorer.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <variant>
#include <vector>

#include "app/organisation/organisation_repository.hpp"
#include "app/platform/repositories.hpp"
#include "app/programmes/explorer_repository.hpp"
#include "app/programmes/programme_repository.hpp"
#include "cli/demo_data.hpp"
#include "cli/demo_region.hpp"
#include "domain/platform/danish_format.hpp"

namespace lp::cli {
namespace {

using std::chrono::year_month_day;

constexpr int kDemoParticipants = 12;
constexpr int kDemoWaiting = 4;
constexpr int kDemoRejected = 2;

struct DemoActivity {
  std::string_view title;
  app::PathPlanActivityKind kind;
  std::string_view description;
  int days;  // how long it runs; 0: open-ended
};

// What Explorer participants typically choose, in the portal's own words.
constexpr std::array kDemoActivities = {
    DemoActivity{"Praktik hos en afdelingsledelse", app::PathPlanActivityKind::Rotation,
                 "To uger sammen med afdelingsledelsen: møder, prioriteringer og de svære beslutninger.\nEgen "
                 "opgave: et oplæg til næste års kompetenceplan.",
                 14},
    DemoActivity{"Mentorforløb med en erfaren leder", app::PathPlanActivityKind::Mentor,
                 "Seks samtaler over et halvt år om lederrollen, følgeskab og egne mål.", 180},
    DemoActivity{"Projektleder på et forbedringsprojekt", app::PathPlanActivityKind::Project,
                 "Leder arbejdsgruppen bag et nyt flow for udskrivelser; rapporterer til afdelingsledelsen.", 120},
    DemoActivity{"Netværk for koordinatorer", app::PathPlanActivityKind::Network,
                 "Fire møder om året på tværs af hospitalerne.", 0},
    DemoActivity{"Kursus i facilitering", app::PathPlanActivityKind::Course,
                 "Tre dage om at lede møder og workshops, hvor alle kommer til orde.", 3},
    DemoActivity{"Jobrotation til kvalitetsafdelingen", app::PathPlanActivityKind::Rotation,
                 "En måned med kvalitetsarbejde og data, med en fast kontaktperson.", 30},
    DemoActivity{"Faglig koordinator i teamet", app::PathPlanActivityKind::Other,
                 "Tager det daglige faglige ansvar for teamets introduktion af nye kolleger.", 240},
};

constexpr std::array kDemoHelpers = {"Pia Mørk, lederudviklingskonsulent", "Jonas Krog, lederudviklingskonsulent",
                                     "Susanne Eskildsen, mentor", "Anders Bak, lederudviklingskonsulent"};

constexpr std::array kDemoMotivations = {
    "Jeg koordinerer allerede vagtplanen og kunne godt tænke mig at blive klogere på ledelse.\nJeg vil gerne "
    "prøve kræfter med at lede et projekt.",
    "Har stor faglig gennemslagskraft og tager ansvar for nye kolleger. Vil gerne se, om ledelse er vejen.",
    "Er en samlende kraft i teamet og driver forbedringsarbejdet. Vi vil gerne give hende mulighed for at "
    "udvikle sig mod en lederrolle.",
    "Jeg har været projektleder på to projekter og vil gerne lære mere om at lede mennesker frem for opgaver.",
    "Viser initiativ og godt overblik i travle perioder; tager medansvar ud over sin egen opgave.",
    "Jeg drømmer om at blive afdelingssygeplejerske en dag og vil gerne have et fundament at stå på."};

constexpr std::array kDemoRejections = {
    "Vi har to fra afsnittet på holdet i år. Søg igen til næste hold, så taler vi om det ved MUS.",
    "Lad os først se dig som tovholder på introduktionsprogrammet i foråret, og tag så ansøgningen op igen."};

domain::Timestamp DemoAt(year_month_day day, int hour) {
  return domain::CopenhagenMidnight(day).value_or(domain::Timestamp{}) + std::chrono::hours{hour};
}

year_month_day DemoDaysAfter(year_month_day day, int days) {
  return year_month_day{std::chrono::sys_days{day} + std::chrono::days{days}};
}

std::uint32_t DemoHash(std::string_view text) {
  std::uint32_t hash = 2166136261U;  // FNV-1a
  for (const char c : text) {
    hash ^= static_cast<unsigned char>(c);
    hash *= 16777619U;
  }
  return hash;
}

// An active employee (not a leader) with a leader above, and that leader group's unit.
struct DemoExplorerCandidate {
  const domain::Person* person = nullptr;
  domain::UnitId leader_unit = 0;
  domain::PersonId leader = 0;
  std::uint32_t hash = 0;
};

// The activities of the i-th participant's plan, placed in time from `start`, with the status each
// would have on the reference date (gone past: done, one in five given up; begun: started).
std::vector<app::PathPlanActivityFields> DemoPlan(int i, std::uint32_t hash, year_month_day start) {
  std::vector<app::PathPlanActivityFields> plan;
  const int count = 2 + static_cast<int>(hash % 3);
  int offset = 20 + static_cast<int>(hash % 40);
  for (int a = 0; a < count; ++a) {
    const auto& activity = kDemoActivities[static_cast<std::size_t>(i + a * 3) % kDemoActivities.size()];
    app::PathPlanActivityFields fields;
    fields.title = std::string(activity.title);
    fields.description = std::string(activity.description);
    fields.kind = activity.kind;
    fields.starts_on = DemoDaysAfter(start, offset);
    if (activity.days > 0) fields.ends_on = DemoDaysAfter(fields.starts_on, activity.days);
    const auto reference = kDemoReferenceDate;
    if (fields.ends_on && *fields.ends_on < reference) {
      fields.status = (hash + static_cast<std::uint32_t>(a)) % 5 == 0 ? app::PathPlanActivityStatus::Dropped
                                                                      : app::PathPlanActivityStatus::Done;
    } else if (fields.starts_on <= reference) {
      fields.status = app::PathPlanActivityStatus::Started;
    } else {
      fields.status = app::PathPlanActivityStatus::Planned;
    }
    plan.push_back(std::move(fields));
    offset += 45 + static_cast<int>((hash >> (a + 1)) % 60);
  }
  return plan;
}

}  // namespace

bool LoadDemoExplorer(app::Store& store) {
  return store.Write([](app::Transaction& tx) {
    auto& programmes = tx.Get<app::ProgrammeRepository>();
    auto& explorer = tx.Get<app::ExplorerRepository>();
    std::optional<app::Programme> programme;
    for (auto& candidate : programmes.Programmes()) {
      if (candidate.fields.kind == domain::ProgrammeKind::Explorer && !candidate.archived_at) {
        programme = std::move(candidate);
        break;
      }
    }
    if (!programme || !programmes.EnrollmentsOfProgramme(programme->id).empty()) return false;
    auto records = tx.Get<app::OrganisationRepository>().LoadAll();
    if (records.units.empty()) return false;
    auto built = domain::Organisation::Build(records.units, records.people, records.leaderships);
    if (!std::holds_alternative<domain::Organisation>(built)) return false;
    const auto& organisation = std::get<domain::Organisation>(built);

    // The demo logins' people: the leder decides some applications; the medarbejder is left out.
    std::optional<domain::PersonId> demo_leder;
    std::set<std::string> demo_emails;
    for (const auto& account : DemoAccounts()) {
      demo_emails.insert(std::string(account.email));
      if (account.role != domain::Role::Leder) continue;
      for (const auto& person : organisation.People()) {
        if (person.email == account.email) demo_leder = person.id;
      }
    }
    std::vector<DemoExplorerCandidate> near_leder;
    std::vector<DemoExplorerCandidate> others;
    for (const auto& person : organisation.People()) {
      if (!person.active || organisation.IsLeader(person.id) || demo_emails.contains(person.email)) continue;
      const auto nearest = organisation.NearestLeaders(person.id);
      if (!nearest || nearest->leaders.empty()) continue;
      DemoExplorerCandidate candidate{&person, nearest->unit->id, nearest->leaders.front().person,
                                      DemoHash(person.employee_no)};
      bool leders = false;
      for (const auto& leadership : nearest->leaders)
        leders = leders || (demo_leder && leadership.person == *demo_leder);
      (leders ? near_leder : others).push_back(candidate);
    }
    const auto by_hash = [](const DemoExplorerCandidate& a, const DemoExplorerCandidate& b) {
      return a.hash != b.hash ? a.hash < b.hash : a.person->id < b.person->id;
    };
    std::sort(near_leder.begin(), near_leder.end(), by_hash);
    std::sort(others.begin(), others.end(), by_hash);
    // Spread the others over the region: every k-th of them.
    std::vector<DemoExplorerCandidate> chosen;
    const std::size_t wanted = kDemoParticipants + kDemoWaiting + kDemoRejected;
    for (std::size_t i = 0; i < near_leder.size() && i < 4; ++i) chosen.push_back(near_leder[i]);
    const std::size_t step = std::max<std::size_t>(1, others.size() / wanted);
    for (std::size_t i = 0; i < others.size() && chosen.size() < wanted; i += step) chosen.push_back(others[i]);
    if (chosen.size() < wanted) return false;
    // The demo leder's own: two waiting for their answer, one admitted on application, one nominated.
    std::vector<DemoExplorerCandidate> participants;
    std::vector<DemoExplorerCandidate> waiting;
    std::vector<DemoExplorerCandidate> rejected;
    for (std::size_t i = 0; i < chosen.size(); ++i) {
      // The first two of the demo leder's own wait for them, as do the last few of the others.
      const bool leders_waiting = i < std::min<std::size_t>(2, near_leder.size());
      const bool room = static_cast<int>(participants.size()) < kDemoParticipants;
      if (!leders_waiting && room) {
        participants.push_back(chosen[i]);
      } else if (leders_waiting || static_cast<int>(waiting.size()) < kDemoWaiting) {
        waiting.push_back(chosen[i]);
      } else {
        rejected.push_back(chosen[i]);
      }
    }

    const auto reference = kDemoReferenceDate;
    const auto year_start = year_month_day{std::chrono::year{2026}, std::chrono::January, std::chrono::day{12}};
    int agreed = 0;
    for (int i = 0; i < static_cast<int>(participants.size()); ++i) {
      const auto& candidate = participants[static_cast<std::size_t>(i)];
      const bool nominated = i % 2 == 1;
      const auto enrolled_on = DemoDaysAfter(year_start, 18 * i + static_cast<int>(candidate.hash % 14));
      const auto applied = DemoAt(DemoDaysAfter(enrolled_on, nominated ? 0 : -9), 9);
      const auto admitted = DemoAt(enrolled_on, 13);
      app::NewEnrollment enrollment;
      enrollment.programme = programme->id;
      enrollment.person = candidate.person->id;
      enrollment.enrolled_on = enrolled_on;
      enrollment.source = nominated ? app::EnrollmentSource::Nomination : app::EnrollmentSource::Application;
      enrollment.at = admitted;
      const auto enrollment_id = programmes.Enroll(enrollment);
      app::NewExplorerNomination nomination;
      nomination.programme = programme->id;
      nomination.person = candidate.person->id;
      nomination.source = nominated ? app::ExplorerSource::Nomination : app::ExplorerSource::Application;
      nomination.motivation = std::string(kDemoMotivations[static_cast<std::size_t>(i) % kDemoMotivations.size()]);
      nomination.leader_unit = candidate.leader_unit;
      if (nominated) {
        nomination.leader_person = candidate.leader;
        nomination.status = app::ExplorerNominationStatus::Approved;
        nomination.enrollment = enrollment_id;
      }
      nomination.at = applied;
      const auto nomination_id = explorer.AddNomination(nomination);
      if (!nominated) explorer.ApproveNomination(nomination_id, 1, enrollment_id, std::nullopt, admitted);

      // The plan: made a few weeks after admission; the latest admitted are still planning theirs.
      const auto planned_from = DemoDaysAfter(enrolled_on, 30);
      if (planned_from > reference) continue;
      const auto plan = explorer.EnsurePlan(enrollment_id, DemoAt(planned_from, 10));
      int revision = plan.revision;
      const auto helper = std::string(kDemoHelpers[candidate.hash % kDemoHelpers.size()]);
      explorer.SetPlanHelper(plan.id, revision++, helper, std::nullopt, DemoAt(planned_from, 10));
      for (const auto& fields : DemoPlan(i, candidate.hash, planned_from)) {
        explorer.AddActivity(plan.id, fields, std::nullopt, DemoAt(planned_from, 11));
      }
      if (i >= 10) continue;  // not agreed yet
      const auto agreed_on = DemoDaysAfter(planned_from, 14);
      explorer.SetPlanAgreed(plan.id, revision++, std::nullopt, DemoAt(agreed_on, 14));
      programmes.SetStepsDone(enrollment_id, domain::ElementKind::PersonalPlan, 1, std::nullopt, DemoAt(agreed_on, 14));
      ++agreed;
      if (i % 3 == 0) {
        explorer.AddPlanChange(
            plan.id, {DemoAt(DemoDaysAfter(agreed_on, 40), 15), std::nullopt, "„Netværk for koordinatorer“ tilføjet."});
      }
    }
    for (std::size_t i = 0; i < waiting.size(); ++i) {
      app::NewExplorerNomination nomination;
      nomination.programme = programme->id;
      nomination.person = waiting[i].person->id;
      nomination.source = app::ExplorerSource::Application;
      nomination.motivation = std::string(kDemoMotivations[(i * 3) % kDemoMotivations.size()]);
      nomination.leader_unit = waiting[i].leader_unit;
      nomination.at = DemoAt(DemoDaysAfter(reference, -3 - static_cast<int>(i) * 4), 8);
      explorer.AddNomination(nomination);
    }
    for (std::size_t i = 0; i < rejected.size(); ++i) {
      app::NewExplorerNomination nomination;
      nomination.programme = programme->id;
      nomination.person = rejected[i].person->id;
      nomination.source = app::ExplorerSource::Application;
      nomination.motivation = std::string(kDemoMotivations[(i * 2 + 3) % kDemoMotivations.size()]);
      nomination.leader_unit = rejected[i].leader_unit;
      const auto applied = DemoDaysAfter(reference, -60 - static_cast<int>(i) * 30);
      nomination.at = DemoAt(applied, 9);
      const auto id = explorer.AddNomination(nomination);
      explorer.RejectNomination(id, 1, std::string(kDemoRejections[i % kDemoRejections.size()]), std::nullopt,
                                DemoAt(DemoDaysAfter(applied, 6), 12));
    }
    tx.Get<app::AuditRepository>().Append(
        {DemoAt(reference, 10), std::nullopt, "explorer.demo_loaded", "programmes", "",
         fmt::format("{} deltagere ({} planer aftalt), {} ansøgninger venter, {} afvist", participants.size(), agreed,
                     waiting.size(), rejected.size())});
    return true;
  });
}

}  // namespace lp::cli
