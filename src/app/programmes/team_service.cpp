#include "app/programmes/team_service.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <charconv>
#include <map>
#include <memory>
#include <utility>

#include "app/notifications/notifier.hpp"
#include "app/platform/errors.hpp"
#include "app/platform/form_checks.hpp"
#include "app/platform/jobs.hpp"
#include "app/platform/repositories.hpp"
#include "app/programmes/programmes_access.hpp"
#include "domain/platform/danish_format.hpp"
#include "domain/platform/email.hpp"
#include "domain/platform/text.hpp"

namespace lp::app {
namespace {

using std::chrono::year_month_day;

constexpr year_month_day kTeamFirstDay{std::chrono::year{2020}, std::chrono::January, std::chrono::day{1}};
constexpr year_month_day kTeamLastDay{std::chrono::year{2040}, std::chrono::December, std::chrono::day{31}};

constexpr std::string_view kTeamNotFound = "Holdet findes ikke.";
constexpr std::string_view kTeamStale =
    "Holdet er blevet ændret af en anden, siden du åbnede siden. Se holdet, som det er nu, og prøv igen.";
constexpr std::string_view kMeetingStale =
    "Mødet er blevet ændret af en anden, siden du åbnede det. Dine ændringer er ikke gemt; de står i formularen, så "
    "du kan sammenligne og gemme igen.";

// "09:00" or "9.00" as minutes after midnight.
std::optional<int> TeamClockMinutes(std::string_view text) {
  const auto clean = domain::CleanText(text);
  const auto separator = clean.find_first_of(":.");
  if (separator == std::string::npos || clean.size() - separator - 1 != 2) return std::nullopt;
  int hours = -1;
  int minutes = -1;
  const auto* begin = clean.data();
  const auto hours_read = std::from_chars(begin, begin + separator, hours);
  const auto minutes_read = std::from_chars(begin + separator + 1, begin + clean.size(), minutes);
  if (hours_read.ec != std::errc{} || minutes_read.ec != std::errc{} || hours_read.ptr != begin + separator ||
      minutes_read.ptr != begin + clean.size()) {
    return std::nullopt;
  }
  if (hours < 0 || hours > 23 || minutes < 0 || minutes > 59) return std::nullopt;
  return hours * 60 + minutes;
}

bool TeamMaintains(const domain::User& user) {
  return Authorize(&user, Requires(kMaintainProgrammes)) == Decision::Allow;
}

year_month_day TeamDaysAfter(year_month_day day, int days) {
  return year_month_day{std::chrono::sys_days{day} + std::chrono::days{days}};
}

// The same day `months` later; the month's last day when it has no such day (31 January → 28 February).
year_month_day TeamMonthsAfter(year_month_day day, int months) {
  const auto target = std::chrono::year_month{day.year(), day.month()} + std::chrono::months{months};
  const year_month_day same{target.year(), target.month(), day.day()};
  if (same.ok()) return same;
  return year_month_day{std::chrono::year_month_day_last{target.year(), std::chrono::month_day_last{target.month()}}};
}

// The catalogue's Rejsefæller: the first programme of the kind that is not archived.
std::optional<Programme> RejsefaellerOf(ProgrammeRepository& repository) {
  for (auto& programme : repository.Programmes()) {
    if (programme.fields.kind == domain::ProgrammeKind::Rejsefaeller && !programme.archived_at) {
      return std::move(programme);
    }
  }
  return std::nullopt;
}

// The current members' person ids, sorted.
std::vector<domain::PersonId> CurrentMembers(const Team& team) {
  std::vector<domain::PersonId> members;
  for (const auto& member : team.members) {
    if (!member.left_on) members.push_back(member.person);
  }
  std::sort(members.begin(), members.end());
  return members;
}

bool WasMember(const Team& team, const domain::Person* person) {
  return person != nullptr && std::any_of(team.members.begin(), team.members.end(),
                                          [&](const TeamMember& member) { return member.person == person->id; });
}

// Who sees a team: its members (also former ones), Koncern HR, and those whose reach covers its unit.
bool TeamVisible(const Team& team, const domain::Person* me, bool maintain, const AccessReach& reach,
                 const domain::Organisation& organisation) {
  return WasMember(team, me) || maintain || reach.CoversUnit(organisation, team.unit);
}

// "Lederparret i Hjertesygdomme", "Ledelsesteamet i Aarhus Universitetshospital".
std::string DefaultTeamName(const domain::Unit& unit, std::size_t leaders) {
  return fmt::format("{} i {}", leaders == 2 ? "Lederparret" : "Ledelsesteamet", unit.name);
}

// "Anne Andersen", "Anne Andersen og Bo Berg", "Anne Andersen, Bo Berg og Carl Carlsen".
std::string NamesOf(const std::vector<const domain::Person*>& people) {
  std::string text;
  for (std::size_t i = 0; i < people.size(); ++i) {
    if (i > 0) text += i + 1 == people.size() ? " og " : ", ";
    text += people[i]->FullName();
  }
  return text;
}

// Tells each member about the offer, naming the others.
void NotifyTeamOffer(Transaction& tx, const domain::Organisation& organisation, TeamId id, const domain::Unit& unit,
                     const std::vector<domain::PersonId>& members, const Programme& programme, domain::Timestamp now) {
  for (const auto person_id : members) {
    const auto* person = organisation.FindPerson(person_id);
    if (person == nullptr) continue;
    std::vector<const domain::Person*> others;
    for (const auto other_id : members) {
      const auto* other = organisation.FindPerson(other_id);
      if (other != nullptr && other_id != person_id) others.push_back(other);
    }
    NewNotification notification;
    notification.recipient = person->email;
    notification.category = domain::NotificationCategory::Programmes;
    notification.topic = fmt::format("forloeb:hold:{}/tilbud", id);
    notification.subject = fmt::format("Tilbud om {} til jeres fælles ledelse af {}", programme.fields.name, unit.name);
    notification.body = fmt::format(
        "Du deler ledelsen af {} med {}. Derfor tilbyder Koncern HR jer {} som et hold: et forløb for jer sammen, "
        "med en ledelseskonsulent og en fælles plan for jeres møder.\n\nSe tilbuddet på holdets side, og svar "
        "for holdet: I kan sige ja eller takke nej.",
        unit.name, NamesOf(others), programme.fields.name);
    notification.link = TeamHref(id);
    notification.created_at = now;
    Notify(tx, notification, Repeat::OncePerTopic);
  }
}

int HeldMeetings(const std::vector<TeamMeeting>& meetings) {
  return static_cast<int>(std::count_if(meetings.begin(), meetings.end(), [](const TeamMeeting& meeting) {
    return meeting.status == TeamMeetingStatus::Held;
  }));
}

// Every current member's enrolment in the team's programme (not withdrawn) gets the held meetings as
// its sparring sessions done.
void SyncTeamSparring(Transaction& tx, const Team& team, std::optional<domain::UserId> by, domain::Timestamp at) {
  auto& programmes = tx.Get<ProgrammeRepository>();
  const int held = HeldMeetings(tx.Get<ProgrammeTeamRepository>().MeetingsOfTeam(team.id));
  for (const auto person : CurrentMembers(team)) {
    for (const auto& enrollment : programmes.EnrollmentsOfPerson(person)) {
      if (enrollment.programme == team.programme && !enrollment.withdrawn_at) {
        programmes.SetStepsDone(enrollment.id, domain::ElementKind::Sparring, held, by, at);
      }
    }
  }
}

void AuditTeam(Transaction& tx, domain::Timestamp at, std::optional<domain::UserId> user, std::string action, TeamId id,
               std::string_view remote_address, std::string details) {
  tx.Get<AuditRepository>().Append({at, user, std::move(action), "programme_team:" + std::to_string(id),
                                    std::string(remote_address), std::move(details)});
}

}  // namespace

bool Team::HasMember(domain::PersonId person) const {
  return std::any_of(members.begin(), members.end(),
                     [&](const TeamMember& member) { return member.person == person && !member.left_on; });
}

std::string TeamHref(TeamId id) { return fmt::format("/udvikling/hold/{}", id); }

std::string TeamStatusExplanation(const Team& team) {
  switch (team.status) {
    case TeamStatus::Offered:
      return fmt::format(
          "Holdet fik tilbuddet {}. Et af holdets medlemmer svarer for alle: ja til at deltage, eller nej med en "
          "begrundelse.",
          domain::FormatDate(team.offered_on));
    case TeamStatus::Active:
      return fmt::format(
          "Holdet sagde ja {} og er i gang. Hvert afholdt møde tæller som en ledersparring for alle holdets "
          "medlemmer.",
          team.started_on ? domain::FormatDate(*team.started_on) : std::string("til tilbuddet"));
    case TeamStatus::Declined:
      return fmt::format("Holdet takkede nej til tilbuddet{}.",
                         team.ended_on ? " " + domain::FormatDate(*team.ended_on) : std::string());
    case TeamStatus::Completed:
      return fmt::format("Koncern HR afsluttede holdets forløb{}. Planen og aftalerne står her stadig.",
                         team.ended_on ? " " + domain::FormatDate(*team.ended_on) : std::string());
  }
  return "";
}

TeamInput TeamInputOf(const Team& team) { return {team.name, team.consultant_name, team.consultant_email}; }

TeamMeetingInput TeamMeetingInputOf(const TeamMeeting& meeting) {
  const auto& f = meeting.fields;
  return {domain::FormatIsoDate(domain::ToCopenhagenTime(f.starts_at).date),
          domain::FormatTime(f.starts_at),
          domain::FormatTime(f.ends_at),
          f.place,
          f.online_link,
          f.theme,
          f.notes,
          std::string(kTeamMeetingStatusTable.Code(meeting.status))};
}

TeamService::TeamService(Store& store, OrganisationService& organisation, Clock clock)
    : store_(store), organisation_(organisation), clock_(std::move(clock)) {}

std::string TeamService::OfferToSharedLeaderships(domain::Timestamp now) {
  const auto snapshot = organisation_.Current();
  const auto& organisation = snapshot->organisation;
  const auto today = domain::ToCopenhagenTime(now).date;
  return store_.Write([&](Transaction& tx) -> std::string {
    const auto programme = RejsefaellerOf(tx.Get<ProgrammeRepository>());
    if (!programme) return "Rejsefæller findes ikke i kataloget";
    auto& teams = tx.Get<ProgrammeTeamRepository>();
    std::map<domain::UnitId, std::vector<Team>> by_unit;
    for (auto& team : teams.Teams()) by_unit[team.unit].push_back(std::move(team));
    int offered = 0;
    for (const auto& unit : organisation.Units()) {
      if (!unit.active) continue;
      const auto leaders = organisation.ActiveLeadersOf(unit.id);
      if (leaders.size() < 2) continue;
      std::vector<domain::PersonId> members;
      auto formed = leaders.front().leader_since;
      for (const auto& leadership : leaders) {
        members.push_back(leadership.person);
        formed = std::max(formed, leadership.leader_since);
      }
      // Only a shared leadership that is new: the newest leader joined within kTeamOfferWithinYears.
      if (TeamMonthsAfter(formed, 12 * kTeamOfferWithinYears) <= today) continue;
      std::sort(members.begin(), members.end());
      const auto& earlier = by_unit[unit.id];
      const bool answered = std::any_of(earlier.begin(), earlier.end(), [&](const Team& team) {
        if (team.status == TeamStatus::Offered || team.status == TeamStatus::Active) return true;
        if (CurrentMembers(team) != members) return false;
        if (team.status == TeamStatus::Completed) return true;
        return team.ended_on && today < TeamDaysAfter(*team.ended_on, kTeamDeclineQuietDays);
      });
      if (answered) continue;
      NewTeam team{programme->id, unit.id, DefaultTeamName(unit, members.size()), today, members, std::nullopt, now};
      const auto id = teams.CreateTeam(team);
      NotifyTeamOffer(tx, organisation, id, unit, members, *programme, now);
      AuditTeam(tx, now, std::nullopt, "programme_team.offered", id, "", team.name);
      ++offered;
    }
    return fmt::format("{} tilbudt {}", domain::CountOf(offered, "hold", "hold"), programme->fields.name);
  });
}

Result<TeamId> TeamService::OfferForUnit(const domain::User& user, std::string_view unit_text,
                                         std::string_view remote_address) {
  if (!TeamMaintains(user)) return Forbidden("Kun Koncern HR kan tilbyde et hold.");
  const auto snapshot = organisation_.Current();
  const auto& organisation = snapshot->organisation;
  const auto wanted = domain::CleanText(unit_text);
  if (wanted.empty()) return InvalidField("unit", "Skriv enhedens id fra HR-data eller dens navn.");
  const domain::Unit* unit = organisation.FindUnitByExternalId(wanted);
  if (unit == nullptr) {
    int found = 0;
    for (const auto& candidate : organisation.Units()) {
      if (candidate.active && candidate.name == wanted) {
        unit = &candidate;
        ++found;
      }
    }
    if (found > 1) {
      return InvalidField("unit", "Flere enheder hedder sådan. Skriv enhedens id fra HR-data i stedet.");
    }
  }
  if (unit == nullptr || !unit->active) {
    return InvalidField("unit", "Der er ingen aktiv enhed med det id eller navn i HR-data.");
  }
  const auto leaders = organisation.ActiveLeadersOf(unit->id);
  if (leaders.size() < 2) {
    return InvalidField(
        "unit", fmt::format("{} har {}, og Rejsefæller er for enheder med fælles ledelse.", unit->name,
                            leaders.empty() ? std::string("ingen aktiv leder") : std::string("kun én aktiv leder")));
  }
  std::vector<domain::PersonId> members;
  for (const auto& leadership : leaders) members.push_back(leadership.person);
  std::sort(members.begin(), members.end());
  const auto now = clock_();
  return store_.Write([&](Transaction& tx) -> Result<TeamId> {
    const auto programme = RejsefaellerOf(tx.Get<ProgrammeRepository>());
    if (!programme) return InvalidField("unit", "Rejsefæller findes ikke i kataloget.");
    auto& teams = tx.Get<ProgrammeTeamRepository>();
    for (const auto& team : teams.TeamsOfUnit(unit->id)) {
      if (team.status == TeamStatus::Offered || team.status == TeamStatus::Active) {
        return InvalidField("unit", fmt::format("{} har allerede et hold, der er {}: {}.", unit->name,
                                                team.status == TeamStatus::Offered ? "tilbudt" : "i gang", team.name));
      }
    }
    NewTeam team{
        programme->id, unit->id, DefaultTeamName(*unit, members.size()), domain::ToCopenhagenTime(now).date, members,
        user.id,       now};
    const auto id = teams.CreateTeam(team);
    NotifyTeamOffer(tx, organisation, id, *unit, members, *programme, now);
    AuditTeam(tx, now, user.id, "programme_team.offered", id, remote_address, team.name);
    return id;
  });
}

Result<TeamView> TeamService::View(const domain::User& user, TeamId id, std::string_view remote_address) const {
  const auto context = organisation_.For(user);
  const auto& organisation = context.organisation();
  const auto* me = context.me();
  const bool maintain = TeamMaintains(user);
  const auto reach = context.Reach(actions::kSeeProgrammeStatus);
  const auto now = clock_();
  const auto today = domain::ToCopenhagenTime(now).date;
  auto view = store_.Read([&](Transaction& tx) -> Result<TeamView> {
    auto& teams = tx.Get<ProgrammeTeamRepository>();
    auto& programmes = tx.Get<ProgrammeRepository>();
    auto team = teams.FindTeam(id);
    if (!team) return NotFound(std::string(kTeamNotFound));
    if (!TeamVisible(*team, me, maintain, reach, organisation)) return NotFound(std::string(kTeamNotFound));
    auto programme = programmes.FindProgramme(team->programme);
    if (!programme) return NotFound(std::string(kTeamNotFound));
    TeamView page;
    page.team = std::move(*team);
    page.programme = std::move(*programme);
    page.unit = organisation.FindUnit(page.team.unit);
    page.meetings = teams.MeetingsOfTeam(id);
    page.held = HeldMeetings(page.meetings);
    page.is_member = me != nullptr && page.team.HasMember(me->id);
    page.can_maintain = maintain;
    page.can_answer = page.is_member && page.team.status == TeamStatus::Offered;
    page.can_plan = (page.is_member || maintain) && page.team.status == TeamStatus::Active;
    // The members' enrolments in the programme, with one grouped query of their tallies.
    std::vector<Enrollment> enrollments;
    for (const auto& member : page.team.members) {
      for (auto& enrollment : programmes.EnrollmentsOfPerson(member.person)) {
        if (enrollment.programme == page.team.programme && !enrollment.withdrawn_at) {
          enrollments.push_back(std::move(enrollment));
        }
      }
    }
    std::vector<EnrollmentId> ids;
    ids.reserve(enrollments.size());
    for (const auto& enrollment : enrollments) ids.push_back(enrollment.id);
    const auto tallies = ids.empty() ? std::vector<ElementTally>{} : programmes.TalliesOfEnrollments(ids, now);
    for (const auto& member : page.team.members) {
      TeamMemberView row;
      row.member = member;
      row.person = organisation.FindPerson(member.person);
      for (const auto& leadership : organisation.UnitsLedBy(member.person)) {
        if (leadership.unit != page.team.unit) continue;
        row.leadership = fmt::format("{} siden {}", domain::LeaderKindLabel(leadership.kind),
                                     domain::FormatDate(leadership.leader_since));
      }
      if (row.leadership.empty()) row.leadership = "Leder ikke længere enheden";
      for (const auto& enrollment : enrollments) {
        if (enrollment.person != member.person) continue;
        row.programme = ParticipantProgramme{enrollment, page.programme,
                                             StatusOfEnrollment(page.programme, enrollment, tallies, today)};
      }
      page.members.push_back(std::move(row));
    }
    std::stable_partition(page.members.begin(), page.members.end(),
                          [](const TeamMemberView& row) { return !row.member.left_on; });
    return page;
  });
  if (!view) return view;
  if (!WasMember(view->team, me)) {
    store_.Write([&](Transaction& tx) {
      AuditTeam(tx, now, user.id, "programme_team.viewed", id, remote_address, "");
      return 0;
    });
  }
  return view;
}

Result<TeamList> TeamService::List(const domain::User& user, std::optional<TeamStatus> status) const {
  const auto context = organisation_.For(user);
  const auto& organisation = context.organisation();
  const bool maintain = TeamMaintains(user);
  const auto reach = context.Reach(actions::kSeeProgrammeStatus);
  if (!maintain && !reach.Any()) return Forbidden("Du har ikke adgang til nogen hold.");
  const auto now = clock_();
  TeamList list;
  list.can_maintain = maintain;
  store_.Read([&](Transaction& tx) {
    auto& teams = tx.Get<ProgrammeTeamRepository>();
    std::map<TeamId, TeamMeeting> next;
    for (auto& meeting : teams.PlannedMeetingsFrom(now)) next.try_emplace(meeting.team, std::move(meeting));
    for (auto& team : teams.Teams()) {
      if (status && team.status != *status) continue;
      if (!maintain && !reach.CoversUnit(organisation, team.unit)) continue;
      TeamListRow row;
      row.unit = organisation.FindUnit(team.unit);
      for (const auto person : CurrentMembers(team)) row.members.push_back(organisation.FindPerson(person));
      if (const auto found = next.find(team.id); found != next.end()) row.next_meeting = found->second;
      row.team = std::move(team);
      list.rows.push_back(std::move(row));
    }
    return 0;
  });
  return list;
}

std::vector<TeamSummary> TeamService::TeamsOfPerson(domain::PersonId person) const {
  const auto snapshot = organisation_.Current();
  const auto& organisation = snapshot->organisation;
  const auto now = clock_();
  return store_.Read([&](Transaction& tx) {
    auto& teams = tx.Get<ProgrammeTeamRepository>();
    std::vector<TeamSummary> summaries;
    for (const auto& team : teams.TeamsOfPerson(person)) {
      if (team.status == TeamStatus::Declined || !team.HasMember(person)) continue;
      TeamSummary summary;
      summary.id = team.id;
      summary.name = team.name;
      const auto* unit = organisation.FindUnit(team.unit);
      summary.unit_name = unit != nullptr ? unit->name : std::string();
      summary.status = team.status;
      summary.status_label = std::string(kTeamStatusTable.Label(team.status));
      for (const auto& meeting : teams.MeetingsOfTeam(team.id)) {
        if (meeting.status == TeamMeetingStatus::Planned && meeting.fields.starts_at >= now) {
          summary.next_meeting = meeting.fields.starts_at;
          break;
        }
      }
      summary.href = TeamHref(team.id);
      summaries.push_back(std::move(summary));
    }
    return summaries;
  });
}

Result<Unit> TeamService::Accept(const domain::User& user, TeamId id, int revision, std::string_view remote_address) {
  const auto context = organisation_.For(user);
  const auto& organisation = context.organisation();
  const auto* me = context.me();
  const auto reach = context.Reach(actions::kSeeProgrammeStatus);
  const auto now = clock_();
  const auto today = domain::ToCopenhagenTime(now).date;
  return store_.Write([&](Transaction& tx) -> Result<Unit> {
    auto& teams = tx.Get<ProgrammeTeamRepository>();
    auto& programmes = tx.Get<ProgrammeRepository>();
    const auto team = teams.FindTeam(id);
    if (!team) return NotFound(std::string(kTeamNotFound));
    if (me == nullptr || !team->HasMember(me->id)) {
      if (TeamVisible(*team, me, TeamMaintains(user), reach, organisation)) {
        return Forbidden("Kun holdets medlemmer kan svare på tilbuddet.");
      }
      return NotFound(std::string(kTeamNotFound));
    }
    if (team->status == TeamStatus::Active) return Conflict("Holdet har allerede sagt ja til tilbuddet.");
    if (team->status == TeamStatus::Declined)
      return Conflict("Holdet har takket nej, så tilbuddet er ikke åbent længere.");
    if (team->status != TeamStatus::Offered)
      return Conflict("Holdet er afsluttet, så tilbuddet er ikke åbent længere.");
    if (team->revision != revision) return Conflict(std::string(kTeamStale));
    const auto programme = programmes.FindProgramme(team->programme);
    if (!programme || programme->archived_at) {
      return Conflict("Forløbet tilbydes ikke længere. Kontakt Koncern HR.");
    }
    const auto members = CurrentMembers(*team);
    for (const auto person : members) {
      for (const auto& enrollment : programmes.EnrollmentsOfPerson(person)) {
        if (enrollment.programme != team->programme || enrollment.withdrawn_at) continue;
        const auto* found = organisation.FindPerson(person);
        return Conflict(fmt::format("{} er allerede optaget i {}. Kontakt Koncern HR, før holdet siger ja.",
                                    found != nullptr ? found->FullName() : std::string("Et af holdets medlemmer"),
                                    programme->fields.name));
      }
    }
    if (!teams.AcceptTeam(id, revision, today, user.id, now)) return Conflict(std::string(kTeamStale));
    for (const auto person : members) {
      NewEnrollment enrollment;
      enrollment.programme = team->programme;
      enrollment.person = person;
      enrollment.enrolled_on = today;
      enrollment.deadline = TeamMonthsAfter(today, kTeamCourseMonths);
      enrollment.source = EnrollmentSource::Application;
      enrollment.by = user.id;
      enrollment.at = now;
      programmes.Enroll(enrollment);
    }
    AuditTeam(
        tx, now, user.id, "programme_team.accepted", id, remote_address,
        fmt::format("{} tilmeldt", domain::CountOf(static_cast<long long>(members.size()), "medlem", "medlemmer")));
    return Unit{};
  });
}

Result<Unit> TeamService::Decline(const domain::User& user, TeamId id, int revision, std::string_view reason,
                                  std::string_view remote_address) {
  const auto context = organisation_.For(user);
  const auto& organisation = context.organisation();
  const auto* me = context.me();
  const auto reach = context.Reach(actions::kSeeProgrammeStatus);
  const auto now = clock_();
  const auto today = domain::ToCopenhagenTime(now).date;
  const auto text = domain::CleanText(reason);
  return store_.Write([&](Transaction& tx) -> Result<Unit> {
    auto& teams = tx.Get<ProgrammeTeamRepository>();
    const auto team = teams.FindTeam(id);
    if (!team) return NotFound(std::string(kTeamNotFound));
    if (me == nullptr || !team->HasMember(me->id)) {
      if (TeamVisible(*team, me, TeamMaintains(user), reach, organisation)) {
        return Forbidden("Kun holdets medlemmer kan svare på tilbuddet.");
      }
      return NotFound(std::string(kTeamNotFound));
    }
    if (team->status == TeamStatus::Declined) return Conflict("Holdet har allerede takket nej.");
    if (team->status != TeamStatus::Offered) {
      return Conflict("Holdet har allerede sagt ja, så tilbuddet kan ikke afslås. Kontakt Koncern HR.");
    }
    std::vector<FieldError> errors;
    CheckText(errors, "reason", text,
              {"begrundelsen", kMaxTeamDeclineReason, "Skriv kort, hvorfor I takker nej, så Koncern HR kan følge op."});
    if (!errors.empty()) return Invalid(std::move(errors));
    if (!teams.DeclineTeam(id, revision, today, text, user.id, now)) return Conflict(std::string(kTeamStale));
    AuditTeam(tx, now, user.id, "programme_team.declined", id, remote_address, text);
    return Unit{};
  });
}

Result<Unit> TeamService::Update(const domain::User& user, TeamId id, int revision, const TeamInput& input,
                                 std::string_view remote_address) {
  if (!TeamMaintains(user)) return Forbidden("Kun Koncern HR kan rette holdet og tildele en konsulent.");
  const auto name = domain::CleanText(input.name);
  const auto consultant = domain::CleanText(input.consultant_name);
  const auto email = domain::CleanText(input.consultant_email);
  std::vector<FieldError> errors;
  CheckText(errors, "name", name, {"holdets navn", kMaxTeamName, "Skriv holdets navn."});
  CheckText(errors, "consultant_name", consultant, {"konsulentens navn", kMaxTeamConsultant});
  if (CheckText(errors, "consultant_email", email, {"konsulentens e-mailadresse", kMaxTeamConsultant}) &&
      !email.empty() && !domain::IsPlausibleEmail(email)) {
    errors.push_back({"consultant_email", "Skriv en gyldig e-mailadresse, fx navn@rm.dk, eller lad feltet stå tomt."});
  }
  if (consultant.empty() && !email.empty()) {
    errors.push_back({"consultant_name", "Skriv konsulentens navn, når du giver en e-mailadresse."});
  }
  if (!errors.empty()) return Invalid(std::move(errors));
  const auto now = clock_();
  return store_.Write([&](Transaction& tx) -> Result<Unit> {
    auto& teams = tx.Get<ProgrammeTeamRepository>();
    if (!teams.FindTeam(id)) return NotFound(std::string(kTeamNotFound));
    if (!teams.UpdateTeam(id, revision, name, consultant, email, user.id, now)) {
      return Conflict(
          "Holdet er blevet ændret af en anden, siden du åbnede det. Dine ændringer er ikke gemt; de står i "
          "formularen, så du kan sammenligne og gemme igen.");
    }
    AuditTeam(tx, now, user.id, "programme_team.updated", id, remote_address,
              consultant.empty() ? name : name + ", konsulent: " + consultant);
    return Unit{};
  });
}

Result<Unit> TeamService::Complete(const domain::User& user, TeamId id, int revision, std::string_view remote_address) {
  if (!TeamMaintains(user)) return Forbidden("Kun Koncern HR kan afslutte et hold.");
  const auto now = clock_();
  return store_.Write([&](Transaction& tx) -> Result<Unit> {
    auto& teams = tx.Get<ProgrammeTeamRepository>();
    const auto team = teams.FindTeam(id);
    if (!team) return NotFound(std::string(kTeamNotFound));
    if (team->status == TeamStatus::Completed) return Conflict("Holdet er allerede afsluttet.");
    if (team->status != TeamStatus::Active) return Conflict("Kun et hold, der er i gang, kan afsluttes.");
    if (!teams.CompleteTeam(id, revision, domain::ToCopenhagenTime(now).date, user.id, now)) {
      return Conflict(std::string(kTeamStale));
    }
    AuditTeam(tx, now, user.id, "programme_team.completed", id, remote_address, "");
    return Unit{};
  });
}

namespace {

// The checked meeting as typed, or the errors at the fields. `before` is the meeting as stored when it
// is edited: a day in the past is refused only when it is newly chosen.
Result<std::pair<TeamMeetingFields, TeamMeetingStatus>> CheckTeamMeeting(const TeamMeetingInput& input,
                                                                         const TeamMeeting* before,
                                                                         domain::Timestamp now) {
  std::vector<FieldError> errors;
  TeamMeetingFields fields;
  const auto today = domain::ToCopenhagenTime(now).date;
  const auto day = CheckDay(errors, "day", input.day, {"datoen", kTeamFirstDay, kTeamLastDay});
  const auto starts = TeamClockMinutes(input.starts);
  const auto ends = TeamClockMinutes(input.ends);
  if (!starts) errors.push_back({"starts", "Skriv starttidspunktet som tt:mm, fx 09:00."});
  if (!ends) errors.push_back({"ends", "Skriv sluttidspunktet som tt:mm, fx 11:00."});
  if (starts && ends && *ends <= *starts) errors.push_back({"ends", "Sluttidspunktet skal ligge efter starten."});
  fields.place = domain::CleanText(input.place);
  CheckText(errors, "place", fields.place, {"stedet", kMaxTeamMeetingPlace});
  fields.online_link = domain::CleanText(input.online_link);
  if (!fields.online_link.empty() && !fields.online_link.starts_with("https://")) {
    errors.push_back({"online_link", "Skriv et link, der begynder med https://, eller lad feltet stå tomt."});
  } else {
    CheckText(errors, "online_link", fields.online_link, {"linket", kMaxTeamMeetingPlace});
  }
  if (fields.place.empty() && fields.online_link.empty()) {
    errors.push_back({"place", "Skriv, hvor I mødes, eller giv et link til et onlinemøde."});
  }
  fields.theme = domain::CleanText(input.theme);
  CheckText(errors, "theme", fields.theme, {"temaet", kMaxTeamMeetingTheme, "Skriv mødets tema."});
  fields.notes = domain::CleanText(input.notes);
  CheckText(errors, "notes", fields.notes, {"aftalerne", kMaxTeamMeetingNotes});
  auto status = TeamMeetingStatus::Planned;
  if (!input.status.empty()) {
    const auto parsed = kTeamMeetingStatusTable.Parse(input.status);
    if (!parsed) {
      errors.push_back({"status", "Vælg planlagt, afholdt eller aflyst."});
    } else {
      status = *parsed;
    }
  }
  if (day) {
    const auto midnight = domain::CopenhagenMidnight(*day);
    if (!midnight) {
      errors.push_back({"day", "Datoen findes ikke."});
    } else if (starts && ends) {
      fields.starts_at = *midnight + std::chrono::minutes{*starts};
      fields.ends_at = *midnight + std::chrono::minutes{*ends};
    }
    const bool moved = before == nullptr || domain::ToCopenhagenTime(before->fields.starts_at).date != *day;
    if (moved && *day < today) errors.push_back({"day", "Datoen er overstået. Vælg en dag fra i dag og frem."});
    if (status == TeamMeetingStatus::Held && *day > today) {
      errors.push_back(
          {"status", fmt::format("Mødet kan først markeres som afholdt på dagen, {}.", domain::FormatDate(*day))});
    }
  }
  if (!errors.empty()) return Invalid(std::move(errors));
  return std::pair{std::move(fields), status};
}

}  // namespace

Result<TeamMeetingId> TeamService::AddMeeting(const domain::User& user, TeamId team_id, const TeamMeetingInput& input,
                                              std::string_view remote_address) {
  const auto context = organisation_.For(user);
  const auto* me = context.me();
  const bool maintain = TeamMaintains(user);
  const auto reach = context.Reach(actions::kSeeProgrammeStatus);
  const auto& organisation = context.organisation();
  const auto now = clock_();
  TeamMeetingInput planned = input;
  planned.status.clear();  // a new meeting is planned
  return store_.Write([&](Transaction& tx) -> Result<TeamMeetingId> {
    auto& teams = tx.Get<ProgrammeTeamRepository>();
    const auto team = teams.FindTeam(team_id);
    if (!team) return NotFound(std::string(kTeamNotFound));
    const bool member = me != nullptr && team->HasMember(me->id);
    if (!member && !maintain) {
      if (TeamVisible(*team, me, maintain, reach, organisation)) {
        return Forbidden("Kun holdets medlemmer og Koncern HR kan planlægge holdets møder.");
      }
      return NotFound(std::string(kTeamNotFound));
    }
    if (team->status != TeamStatus::Active) return Conflict("Holdets plan kan kun ændres, mens holdet er i gang.");
    auto checked = CheckTeamMeeting(planned, nullptr, now);
    if (!checked) return checked.error();
    const auto id = teams.AddMeeting(team_id, checked.value().first, user.id, now);
    AuditTeam(tx, now, user.id, "programme_team.meeting_added", team_id, remote_address, checked.value().first.theme);
    return id;
  });
}

Result<Unit> TeamService::UpdateMeeting(const domain::User& user, TeamId team_id, TeamMeetingId meeting_id,
                                        int revision, const TeamMeetingInput& input, std::string_view remote_address) {
  const auto context = organisation_.For(user);
  const auto* me = context.me();
  const bool maintain = TeamMaintains(user);
  const auto reach = context.Reach(actions::kSeeProgrammeStatus);
  const auto& organisation = context.organisation();
  const auto now = clock_();
  return store_.Write([&](Transaction& tx) -> Result<Unit> {
    auto& teams = tx.Get<ProgrammeTeamRepository>();
    const auto team = teams.FindTeam(team_id);
    if (!team) return NotFound(std::string(kTeamNotFound));
    const bool member = me != nullptr && team->HasMember(me->id);
    if (!member && !maintain) {
      if (TeamVisible(*team, me, maintain, reach, organisation)) {
        return Forbidden("Kun holdets medlemmer og Koncern HR kan ændre holdets møder.");
      }
      return NotFound(std::string(kTeamNotFound));
    }
    const auto meeting = teams.FindMeeting(meeting_id);
    if (!meeting || meeting->team != team_id) return NotFound("Mødet findes ikke.");
    if (team->status != TeamStatus::Active) return Conflict("Holdets plan kan kun ændres, mens holdet er i gang.");
    auto checked = CheckTeamMeeting(input, &*meeting, now);
    if (!checked) return checked.error();
    const auto& [fields, status] = checked.value();
    if (fields == meeting->fields && status == meeting->status && revision == meeting->revision) return Unit{};
    if (!teams.UpdateMeeting(meeting_id, revision, fields, status, user.id, now)) {
      return Conflict(std::string(kMeetingStale));
    }
    if (status != meeting->status) SyncTeamSparring(tx, *team, user.id, now);
    AuditTeam(tx, now, user.id, "programme_team.meeting_updated", team_id, remote_address,
              fmt::format("møde:{} {}", meeting_id, kTeamMeetingStatusTable.Code(status)));
    return Unit{};
  });
}

Result<Unit> TeamService::SetMeetingStatus(const domain::User& user, TeamId team_id, TeamMeetingId meeting_id,
                                           int revision, std::string_view status_code,
                                           std::string_view remote_address) {
  const auto status = kTeamMeetingStatusTable.Parse(status_code);
  if (!status) return InvalidField("status", "Vælg planlagt, afholdt eller aflyst.");
  // The meeting as stored, with the new status, goes through the same checks as the form.
  const auto current =
      store_.Read([&](Transaction& tx) { return tx.Get<ProgrammeTeamRepository>().FindMeeting(meeting_id); });
  if (!current || current->team != team_id) {
    // Unknown to this team: UpdateMeeting says whether the team may be seen at all.
    return UpdateMeeting(user, team_id, meeting_id, revision, TeamMeetingInput{}, remote_address);
  }
  auto input = TeamMeetingInputOf(*current);
  input.status = std::string(status_code);
  return UpdateMeeting(user, team_id, meeting_id, revision, input, remote_address);
}

void ProvideProgrammeTeamServices(Services& services) {
  auto& teams = services.Add(std::make_unique<TeamService>(services.store(), services.Get<OrganisationService>()));
  services.Get<JobRegistry>().Add(
      {"rejsefaeller-tilbud",
       "Tilbyder Rejsefæller til ledere, der for nylig er begyndt at dele ledelsen af en enhed (to eller flere "
       "aktive ledere). Holdet får besked med et link. En enhed med et tilbudt eller aktivt hold får ikke et nyt, og "
       "har de samme ledere takket nej, spørges de tidligst igen efter et år.",
       JobSchedule::DailyAt(6, 45), [&teams](domain::Timestamp now) { return teams.OfferToSharedLeaderships(now); },
       std::chrono::minutes{15}});
}

}  // namespace lp::app
