#include "app/programmes/cohort_service.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <charconv>
#include <memory>
#include <set>
#include <utility>

#include "app/notifications/notifier.hpp"
#include "app/platform/errors.hpp"
#include "app/platform/form_checks.hpp"
#include "app/platform/repositories.hpp"
#include "app/programmes/programmes_access.hpp"
#include "app/programmes/session_service.hpp"
#include "domain/platform/danish_format.hpp"
#include "domain/platform/text.hpp"

namespace lp::app {
namespace {

using Status = CohortApplicationStatus;

constexpr std::chrono::year_month_day kFirstCohortDay{std::chrono::year{2020}, std::chrono::January,
                                                      std::chrono::day{1}};
constexpr std::chrono::year_month_day kLastCohortDay{std::chrono::year{2040}, std::chrono::December,
                                                     std::chrono::day{31}};

constexpr std::string_view kNoCohort = "Holdet findes ikke.";
constexpr std::string_view kNoApplication = "Ansøgningen findes ikke.";
constexpr std::string_view kStale =
    "Ansøgningen er ændret, siden du åbnede den. Se, hvordan den står nu, og prøv igen.";

// "09:00" or "9.00" as minutes after midnight.
std::optional<int> CohortClockMinutes(std::string_view text) {
  const auto clean = domain::CleanText(text);
  const auto separator = clean.find_first_of(":.");
  if (separator == std::string::npos || clean.size() - separator - 1 != 2) return std::nullopt;
  int hours = -1;
  int minutes = -1;
  const auto* begin = clean.data();
  const auto hours_parsed = std::from_chars(begin, begin + separator, hours);
  const auto minutes_parsed = std::from_chars(begin + separator + 1, begin + clean.size(), minutes);
  if (hours_parsed.ec != std::errc{} || minutes_parsed.ec != std::errc{} || hours_parsed.ptr != begin + separator ||
      minutes_parsed.ptr != begin + clean.size()) {
    return std::nullopt;
  }
  if (hours < 0 || hours > 23 || minutes < 0 || minutes > 59) return std::nullopt;
  return hours * 60 + minutes;
}

bool Maintains(const domain::User& user) { return Authorize(&user, Requires(kMaintainProgrammes)) == Decision::Allow; }

// The Globetrotter programme: the first of its kind that is not archived.
std::optional<Programme> GlobetrotterProgramme(ProgrammeRepository& repository) {
  for (auto& programme : repository.Programmes()) {
    if (programme.fields.kind == domain::ProgrammeKind::Globetrotter && !programme.archived_at) {
      return std::move(programme);
    }
  }
  return std::nullopt;
}

std::chrono::year_month_day TodayOf(domain::Timestamp now) { return domain::ToCopenhagenTime(now).date; }

bool TakesApplications(const Cohort& cohort, std::chrono::year_month_day today) {
  return today <= cohort.fields.application_deadline && cohort.members < cohort.fields.capacity;
}

CohortCard CardOf(Cohort cohort, std::chrono::year_month_day today) {
  CohortCard card;
  card.open = TakesApplications(cohort, today);
  card.free = std::max(0, cohort.fields.capacity - cohort.members);
  card.cohort = std::move(cohort);
  return card;
}

CohortPerson PersonOf(const domain::Organisation& organisation, domain::PersonId id) {
  CohortPerson person;
  person.person = organisation.FindPerson(id);
  if (person.person != nullptr) person.unit = organisation.FindUnit(person.person->unit);
  return person;
}

// The applicant's nearest leaders (the leader's leader for a leader).
std::vector<const domain::Person*> SignersOf(const domain::Organisation& organisation, domain::PersonId applicant) {
  std::vector<const domain::Person*> signers;
  const auto nearest = organisation.NearestLeaders(applicant);
  if (!nearest) return signers;
  for (const auto& leadership : nearest->leaders) {
    if (const auto* person = organisation.FindPerson(leadership.person); person != nullptr && person->active) {
      signers.push_back(person);
    }
  }
  return signers;
}

bool IsSigner(const domain::Organisation& organisation, const domain::Person* me, domain::PersonId applicant) {
  if (me == nullptr) return false;
  const auto signers = SignersOf(organisation, applicant);
  return std::ranges::any_of(signers, [&](const domain::Person* signer) { return signer->id == me->id; });
}

bool ChecklistDone(const Cohort& cohort, const CohortApplication& application) {
  const auto items = cohort.fields.checklist.size();
  if (application.answers.size() < items) return false;
  return std::ranges::all_of(application.answers, [](const CohortChecklistAnswer& answer) { return answer.done; });
}

std::string NameOf(const CohortPerson& person) {
  return person.person != nullptr ? person.person->FullName() : std::string("Ukendt person");
}

GlobetrotterApplicationSummary SummaryOf(const CohortApplication& application, const Cohort* cohort,
                                         const CohortPerson& applicant) {
  GlobetrotterApplicationSummary summary;
  summary.id = application.id;
  summary.status = application.status;
  summary.status_label = std::string(kCohortApplicationStatusTable.Label(application.status));
  summary.cohort = cohort != nullptr ? cohort->fields.name : std::string();
  summary.applicant = NameOf(applicant);
  summary.unit = applicant.unit != nullptr ? applicant.unit->name : std::string();
  summary.href = CohortApplicationHref(application.id);
  summary.submitted_at = application.submitted_at;
  return summary;
}

void Audit(Transaction& tx, const domain::User& user, domain::Timestamp at, std::string action, std::string subject,
           std::string_view remote_address, std::string details) {
  tx.Get<AuditRepository>().Append(
      {at, user.id, std::move(action), std::move(subject), std::string(remote_address), std::move(details)});
}

void TellPerson(Transaction& tx, const domain::Person* person, std::string topic, std::string subject, std::string body,
                std::string link, domain::Timestamp now) {
  if (person == nullptr || person->email.empty()) return;
  NewNotification notification;
  notification.recipient = person->email;
  notification.category = domain::NotificationCategory::Programmes;
  notification.topic = std::move(topic);
  notification.subject = std::move(subject);
  notification.body = std::move(body);
  notification.link = std::move(link);
  notification.created_at = now;
  Notify(tx, notification);
}

// The checked fields of Koncern HR's form, or the errors.
Result<CohortFields> CheckCohort(const CohortInput& input) {
  std::vector<FieldError> errors;
  CohortFields fields;
  fields.name = domain::CleanText(input.name);
  CheckText(errors, "name", fields.name, {"navnet", kMaxCohortName, "Skriv holdets navn."});
  const auto starts = CheckDay(errors, "starts_on", input.starts_on, {"startdatoen", kFirstCohortDay, kLastCohortDay});
  const auto ends = CheckDay(errors, "ends_on", input.ends_on, {"slutdatoen", kFirstCohortDay, kLastCohortDay});
  const auto deadline = CheckDay(errors, "application_deadline", input.application_deadline,
                                 {"ansøgningsfristen", kFirstCohortDay, kLastCohortDay});
  if (starts && ends && *ends <= *starts) errors.push_back({"ends_on", "Holdet skal slutte efter, det er begyndt."});
  if (starts && deadline && *deadline > *starts) {
    errors.push_back({"application_deadline", "Ansøgningsfristen skal være senest den dag, holdet begynder."});
  }
  const auto capacity = domain::CleanText(input.capacity);
  int seats = 0;
  const auto parsed = std::from_chars(capacity.data(), capacity.data() + capacity.size(), seats);
  if (capacity.empty() || parsed.ec != std::errc{} || parsed.ptr != capacity.data() + capacity.size() || seats < 1 ||
      seats > kMaxCohortCapacity) {
    errors.push_back(
        {"capacity", fmt::format("Skriv antallet af pladser som et helt tal fra 1 til {}.", kMaxCohortCapacity)});
  }
  fields.capacity = seats;
  fields.description = domain::CleanText(input.description);
  CheckText(errors, "description", fields.description, {"beskrivelsen", kMaxCohortDescription});
  const auto checklist = domain::CleanText(input.checklist);
  std::size_t start = 0;
  while (start <= checklist.size() && !checklist.empty()) {
    const auto end = checklist.find('\n', start);
    const auto line = domain::CleanText(checklist.substr(start, end == std::string::npos ? end : end - start));
    if (!line.empty()) fields.checklist.push_back(line);
    if (end == std::string::npos) break;
    start = end + 1;
  }
  if (fields.checklist.empty()) {
    errors.push_back({"checklist", "Skriv mindst ét punkt i forberedelsen, ét pr. linje."});
  } else if (fields.checklist.size() > kMaxCohortChecklistItems) {
    errors.push_back({"checklist", fmt::format("Forberedelsen kan have højst {} punkter.", kMaxCohortChecklistItems)});
  } else if (std::ranges::any_of(fields.checklist, [](const std::string& item) {
               return domain::CharacterCount(item) > kMaxCohortChecklistItem;
             })) {
    errors.push_back({"checklist", fmt::format("Hvert punkt kan være højst {} tegn langt.", kMaxCohortChecklistItem)});
  }
  if (!errors.empty()) return Invalid(std::move(errors));
  fields.starts_on = *starts;
  fields.ends_on = *ends;
  fields.application_deadline = *deadline;
  return fields;
}

bool ValidLink(const std::string& link) { return link.starts_with("https://") && link.size() > 8; }

// The day a meeting is held (Copenhagen).
std::chrono::year_month_day CohortMeetingDay(const CohortMeeting& meeting) {
  return domain::ToCopenhagenTime(meeting.fields.starts_at).date;
}

// The member's course days: the cohort's meetings attended (the records are of this cohort's meetings).
int CohortMeetingsAttended(const std::vector<CohortMeetingAttendance>& records, domain::PersonId person) {
  return static_cast<int>(std::ranges::count_if(records, [&](const CohortMeetingAttendance& record) {
    return record.person == person && record.attendance == Attendance::Present;
  }));
}

// Sets the admitted application's enrolment to the meetings attended as its course days done.
void SyncCohortCourseDays(CohortRepository& cohorts, ProgrammeRepository& programmes, CohortId cohort,
                          const CohortApplication& member, std::optional<domain::UserId> by, domain::Timestamp at) {
  if (member.status != Status::Admitted || !member.enrollment) return;
  const auto attended = CohortMeetingsAttended(cohorts.AttendanceOfCohort(cohort), member.person);
  programmes.SetStepsDone(*member.enrollment, domain::ElementKind::CourseDay, attended, by, at);
}

}  // namespace

std::string CohortHref(CohortId id) { return fmt::format("/udvikling/kohorter/{}", id); }
std::string CohortApplicationHref(CohortApplicationId id) { return fmt::format("/udvikling/ansoegninger/{}", id); }

std::vector<std::string> DefaultCohortChecklist() {
  return {"Jeg har talt med min egen leder om, hvad jeg vil lære, og hvordan det kan gavne min enhed.",
          "Min leder og jeg er enige om, hvordan jeg får tid til mødegangene og forberedelsen.",
          "Jeg har valgt et konkret udviklingsspørgsmål fra min enhed, som jeg vil arbejde med på holdet."};
}

CohortInput CohortInputOf(const CohortFields& fields) {
  CohortInput input;
  input.name = fields.name;
  input.starts_on = domain::FormatIsoDate(fields.starts_on);
  input.ends_on = domain::FormatIsoDate(fields.ends_on);
  input.capacity = std::to_string(fields.capacity);
  input.application_deadline = domain::FormatIsoDate(fields.application_deadline);
  input.description = fields.description;
  for (std::size_t i = 0; i < fields.checklist.size(); ++i) {
    if (i > 0) input.checklist += "\n";
    input.checklist += fields.checklist[i];
  }
  return input;
}

CohortService::CohortService(Store& store, OrganisationService& organisation, Clock clock)
    : store_(store), organisation_(organisation), clock_(std::move(clock)) {}

bool CohortService::CanMaintain(const domain::User& user) const { return Maintains(user); }

Result<CohortListView> CohortService::List(const domain::User& user) const {
  const auto today = TodayOf(clock_());
  return store_.Read([&](Transaction& tx) -> Result<CohortListView> {
    auto& programmes = tx.Get<ProgrammeRepository>();
    auto programme = GlobetrotterProgramme(programmes);
    if (!programme) return NotFound("Der er intet Globetrotter-forløb i kataloget.");
    CohortListView view;
    view.can_maintain = Maintains(user);
    for (auto& cohort : tx.Get<CohortRepository>().CohortsOfProgramme(programme->id)) {
      auto card = CardOf(std::move(cohort), today);
      (card.open ? view.open : view.others).push_back(std::move(card));
    }
    std::ranges::stable_sort(view.open, {},
                             [](const CohortCard& card) { return card.cohort.fields.application_deadline; });
    std::ranges::reverse(view.others);
    view.programme = std::move(*programme);
    return view;
  });
}

Result<Cohort> CohortService::Find(const domain::User& user, CohortId id) const {
  if (!Maintains(user)) return Forbidden("Kun Koncern HR kan rette hold.");
  return store_.Read([&](Transaction& tx) -> Result<Cohort> {
    auto cohort = tx.Get<CohortRepository>().FindCohort(id);
    if (!cohort) return NotFound(std::string(kNoCohort));
    return std::move(*cohort);
  });
}

Result<CohortPageView> CohortService::Page(const domain::User& user, CohortId id) const {
  const auto context = organisation_.For(user);
  const auto& organisation = context.organisation();
  const auto* me = context.me();
  const bool maintain = Maintains(user);
  const bool hr = context.Reach(actions::kSeeCohortApplications).Any();
  const auto today = TodayOf(clock_());
  return store_.Read([&](Transaction& tx) -> Result<CohortPageView> {
    auto& cohorts = tx.Get<CohortRepository>();
    auto cohort = cohorts.FindCohort(id);
    if (!cohort) return NotFound(std::string(kNoCohort));
    auto programme = tx.Get<ProgrammeRepository>().FindProgramme(cohort->programme);
    if (!programme) return NotFound(std::string(kNoCohort));
    CohortPageView view;
    view.open = TakesApplications(*cohort, today);
    view.can_maintain = maintain;
    view.leads_unit = me != nullptr && organisation.IsLeader(me->id);
    view.meetings = cohorts.MeetingsOf(id);
    view.materials = cohorts.MaterialsOf(id);
    const auto applications = cohorts.ApplicationsOfCohort(id);
    for (const auto& application : applications) {
      if (application.status == Status::Admitted) {
        view.members.push_back(PersonOf(organisation, application.person));
        if (me != nullptr && application.person == me->id) view.member = true;
      }
      if (me != nullptr && application.person == me->id && IsActiveApplication(application.status)) {
        view.mine = application;
      }
      if (maintain && application.status != Status::Withdrawn) {
        view.applications.push_back({application, PersonOf(organisation, application.person)});
      }
    }
    view.sees_members = view.member || maintain || hr;
    if (view.sees_members) {
      std::ranges::sort(view.members,
                        [](const CohortPerson& a, const CohortPerson& b) { return NameOf(a) < NameOf(b); });
    } else {
      view.members.clear();
    }
    // Attendance: everyone's for Koncern HR, their own for a member, none for the rest.
    std::vector<CohortMeetingAttendance> records;
    if (maintain || view.member) records = cohorts.AttendanceOfCohort(id);
    std::vector<CohortAttendanceLine> roster;
    if (maintain) {
      for (const auto& application : applications) {
        if (application.status != Status::Admitted) continue;
        roster.push_back({PersonOf(organisation, application.person), application.person, std::nullopt});
      }
      std::ranges::sort(roster, [](const CohortAttendanceLine& a, const CohortAttendanceLine& b) {
        return NameOf(a.member) < NameOf(b.member);
      });
    }
    for (const auto& meeting : view.meetings) {
      CohortMeetingRoll roll;
      roll.meeting = meeting.id;
      roll.held = CohortMeetingDay(meeting) <= today;
      roll.lines = roster;
      for (const auto& record : records) {
        if (record.meeting != meeting.id) continue;
        for (auto& line : roll.lines) {
          if (line.person == record.person) line.attendance = record.attendance;
        }
        if (view.member && me != nullptr && record.person == me->id) roll.mine = record.attendance;
      }
      view.rolls.push_back(std::move(roll));
    }
    if (view.member && me != nullptr) view.attended = CohortMeetingsAttended(records, me->id);
    view.cohort = std::move(*cohort);
    view.programme = std::move(*programme);
    return view;
  });
}

Result<CohortId> CohortService::Create(const domain::User& user, const CohortInput& input,
                                       std::string_view remote_address) {
  if (!Maintains(user)) return Forbidden("Kun Koncern HR kan oprette hold.");
  auto fields = CheckCohort(input);
  if (!fields) return fields.error();
  const auto now = clock_();
  return store_.Write([&](Transaction& tx) -> Result<CohortId> {
    const auto programme = GlobetrotterProgramme(tx.Get<ProgrammeRepository>());
    if (!programme) return NotFound("Der er intet Globetrotter-forløb i kataloget.");
    const auto id = tx.Get<CohortRepository>().CreateCohort(programme->id, fields.value(), user.id, now);
    Audit(tx, user, now, "programme_cohort.created", "programme_cohort:" + std::to_string(id), remote_address,
          fields->name);
    return id;
  });
}

Result<Unit> CohortService::Update(const domain::User& user, CohortId id, int revision, const CohortInput& input,
                                   std::string_view remote_address) {
  if (!Maintains(user)) return Forbidden("Kun Koncern HR kan rette hold.");
  auto fields = CheckCohort(input);
  if (!fields) return fields.error();
  const auto now = clock_();
  return store_.Write([&](Transaction& tx) -> Result<Unit> {
    auto& cohorts = tx.Get<CohortRepository>();
    const auto cohort = cohorts.FindCohort(id);
    if (!cohort) return NotFound(std::string(kNoCohort));
    if (cohort->revision != revision) {
      return Conflict("Holdet er ændret af en anden, siden du åbnede det. Dine ændringer er ikke gemt.");
    }
    if (fields->capacity < cohort->members) {
      return Invalid({{"capacity", fmt::format("Holdet har allerede {} deltagere; skriv mindst {}.", cohort->members,
                                               cohort->members)}});
    }
    if (fields->checklist != cohort->fields.checklist && !cohorts.ApplicationsOfCohort(id).empty()) {
      return Invalid({{"checklist", "Forberedelsen kan ikke ændres, når nogen har søgt om optagelse på holdet."}});
    }
    if (!cohorts.UpdateCohort(id, revision, fields.value(), user.id, now)) {
      return Conflict("Holdet er ændret af en anden, siden du åbnede det. Dine ændringer er ikke gemt.");
    }
    Audit(tx, user, now, "programme_cohort.updated", "programme_cohort:" + std::to_string(id), remote_address,
          fields->name);
    return Unit{};
  });
}

Result<CohortMeetingId> CohortService::AddMeeting(const domain::User& user, CohortId cohort,
                                                  const CohortMeetingInput& input, std::string_view remote_address) {
  if (!Maintains(user)) return Forbidden("Kun Koncern HR kan planlægge holdets møder.");
  std::vector<FieldError> errors;
  CohortMeetingFields fields;
  fields.theme = domain::CleanText(input.theme);
  CheckText(errors, "theme", fields.theme, {"temaet", kMaxCohortMeetingTheme, "Skriv mødets tema."});
  fields.place = domain::CleanText(input.place);
  CheckText(errors, "place", fields.place, {"stedet", kMaxCohortMeetingPlace});
  fields.online_link = domain::CleanText(input.online_link);
  if (!fields.online_link.empty() && (!ValidLink(fields.online_link) || fields.online_link.size() > kMaxCohortLink)) {
    errors.push_back({"online_link", "Skriv et link, der begynder med https://, eller lad feltet stå tomt."});
  }
  if (fields.place.empty() && fields.online_link.empty()) {
    errors.push_back({"place", "Skriv, hvor mødet holdes, eller giv et link til et onlinemøde."});
  }
  fields.notes = domain::CleanText(input.notes);
  CheckText(errors, "notes", fields.notes, {"noterne", kMaxCohortMeetingNotes});
  const auto day = CheckDay(errors, "day", input.day, {"datoen", kFirstCohortDay, kLastCohortDay});
  const auto starts = CohortClockMinutes(input.starts);
  const auto ends = CohortClockMinutes(input.ends);
  if (!starts) errors.push_back({"starts", "Skriv starttidspunktet som tt:mm, fx 09:00."});
  if (!ends) errors.push_back({"ends", "Skriv sluttidspunktet som tt:mm, fx 15:30."});
  if (starts && ends && *ends <= *starts) errors.push_back({"ends", "Sluttidspunktet skal ligge efter starten."});
  if (!errors.empty()) return Invalid(std::move(errors));
  const auto midnight = domain::CopenhagenMidnight(*day);
  if (!midnight) return InvalidField("day", "Datoen findes ikke.");
  fields.starts_at = *midnight + std::chrono::minutes{*starts};
  fields.ends_at = *midnight + std::chrono::minutes{*ends};
  const auto now = clock_();
  return store_.Write([&](Transaction& tx) -> Result<CohortMeetingId> {
    auto& cohorts = tx.Get<CohortRepository>();
    if (!cohorts.FindCohort(cohort)) return NotFound(std::string(kNoCohort));
    const auto id = cohorts.AddMeeting(cohort, fields, user.id, now);
    Audit(tx, user, now, "programme_cohort.meeting_added", "programme_cohort:" + std::to_string(cohort), remote_address,
          fields.theme);
    return id;
  });
}

Result<Unit> CohortService::DeleteMeeting(const domain::User& user, CohortId cohort, CohortMeetingId meeting,
                                          std::string_view remote_address) {
  if (!Maintains(user)) return Forbidden("Kun Koncern HR kan slette holdets møder.");
  const auto now = clock_();
  return store_.Write([&](Transaction& tx) -> Result<Unit> {
    auto& cohorts = tx.Get<CohortRepository>();
    // Whose attendance the meeting held: their course days are counted again without it.
    std::set<domain::PersonId> recorded;
    for (const auto& record : cohorts.AttendanceOfCohort(cohort)) {
      if (record.meeting == meeting) recorded.insert(record.person);
    }
    if (!cohorts.DeleteMeeting(cohort, meeting)) return NotFound("Mødet findes ikke.");
    auto& programmes = tx.Get<ProgrammeRepository>();
    for (const auto& application : cohorts.ApplicationsOfCohort(cohort)) {
      if (recorded.contains(application.person)) {
        SyncCohortCourseDays(cohorts, programmes, cohort, application, user.id, now);
      }
    }
    Audit(tx, user, now, "programme_cohort.meeting_deleted", "programme_cohort:" + std::to_string(cohort),
          remote_address, "cohort_meeting:" + std::to_string(meeting));
    return Unit{};
  });
}

Result<Unit> CohortService::RecordAttendance(const domain::User& user, CohortId cohort, CohortMeetingId meeting,
                                             domain::PersonId person, std::string_view attendance_code,
                                             std::string_view remote_address) {
  if (!Maintains(user)) return Forbidden("Kun Koncern HR registrerer fremmøde på holdets møder.");
  const auto attendance = ParseAttendance(attendance_code);
  if (!attendance) return InvalidField("attendance", "Vælg mødt, udeblevet eller afmeldt i tide.");
  const auto snapshot = organisation_.Current();
  const auto& organisation = snapshot->organisation;
  const auto now = clock_();
  return store_.Write([&](Transaction& tx) -> Result<Unit> {
    auto& cohorts = tx.Get<CohortRepository>();
    if (!cohorts.FindCohort(cohort)) return NotFound(std::string(kNoCohort));
    const auto meetings = cohorts.MeetingsOf(cohort);
    const auto found =
        std::ranges::find_if(meetings, [&](const CohortMeeting& candidate) { return candidate.id == meeting; });
    if (found == meetings.end()) return NotFound("Mødet findes ikke.");
    if (TodayOf(now) < CohortMeetingDay(*found)) {
      return Conflict(fmt::format("Fremmødet kan først registreres på mødets dag, {}.",
                                  domain::FormatDate(CohortMeetingDay(*found))));
    }
    std::optional<CohortApplication> member;
    for (auto& application : cohorts.ApplicationsOfCohort(cohort)) {
      if (application.person == person && application.status == Status::Admitted) member = std::move(application);
    }
    if (!member || !member->enrollment) {
      const auto* who = organisation.FindPerson(person);
      return InvalidField("attendance", (who != nullptr ? who->FullName() : std::string("Personen")) +
                                            " er ikke optaget på holdet, så fremmødet kan ikke registreres.");
    }
    cohorts.SetMeetingAttendance({meeting, person, *attendance, user.id, now});
    SyncCohortCourseDays(cohorts, tx.Get<ProgrammeRepository>(), cohort, *member, user.id, now);
    Audit(tx, user, now, "programme_cohort.attendance", "programme_cohort:" + std::to_string(cohort), remote_address,
          fmt::format("cohort_meeting:{} person:{} {}", meeting, person, AttendanceCode(*attendance)));
    return Unit{};
  });
}

Result<CohortMaterialId> CohortService::AddMaterial(const domain::User& user, CohortId cohort,
                                                    const CohortMaterialInput& input, std::string_view remote_address) {
  if (!Maintains(user)) return Forbidden("Kun Koncern HR kan dele materiale med holdet.");
  std::vector<FieldError> errors;
  CohortMaterial material;
  material.cohort = cohort;
  material.title = domain::CleanText(input.title);
  CheckText(errors, "title", material.title, {"titlen", kMaxCohortMaterialTitle, "Skriv en titel."});
  material.link = domain::CleanText(input.link);
  if (!material.link.empty() && (!ValidLink(material.link) || material.link.size() > kMaxCohortLink)) {
    errors.push_back({"link", "Skriv et link, der begynder med https://, eller lad feltet stå tomt."});
  }
  material.body = domain::CleanText(input.body);
  CheckText(errors, "body", material.body, {"teksten", kMaxCohortMaterialBody});
  if (material.link.empty() && material.body.empty()) {
    errors.push_back({"body", "Giv et link eller skriv en tekst; materialet kan ikke være tomt."});
  }
  if (!errors.empty()) return Invalid(std::move(errors));
  const auto now = clock_();
  material.added_by = user.id;
  material.added_at = now;
  return store_.Write([&](Transaction& tx) -> Result<CohortMaterialId> {
    auto& cohorts = tx.Get<CohortRepository>();
    if (!cohorts.FindCohort(cohort)) return NotFound(std::string(kNoCohort));
    const auto id = cohorts.AddMaterial(material);
    Audit(tx, user, now, "programme_cohort.material_added", "programme_cohort:" + std::to_string(cohort),
          remote_address, material.title);
    return id;
  });
}

Result<Unit> CohortService::DeleteMaterial(const domain::User& user, CohortId cohort, CohortMaterialId material,
                                           std::string_view remote_address) {
  if (!Maintains(user)) return Forbidden("Kun Koncern HR kan slette holdets materiale.");
  const auto now = clock_();
  return store_.Write([&](Transaction& tx) -> Result<Unit> {
    if (!tx.Get<CohortRepository>().DeleteMaterial(cohort, material)) return NotFound("Materialet findes ikke.");
    Audit(tx, user, now, "programme_cohort.material_deleted", "programme_cohort:" + std::to_string(cohort),
          remote_address, "cohort_material:" + std::to_string(material));
    return Unit{};
  });
}

Result<GlobetrotterApplyView> CohortService::ApplyForm(const domain::User& user, CohortId id) const {
  const auto context = organisation_.For(user);
  const auto* me = context.me();
  const auto today = TodayOf(clock_());
  if (me == nullptr) return Forbidden("Din konto er ikke knyttet til en person i HR-data, så du kan ikke søge.");
  const bool leads = context.organisation().IsLeader(me->id);
  return store_.Read([&](Transaction& tx) -> Result<GlobetrotterApplyView> {
    auto& cohorts = tx.Get<CohortRepository>();
    auto cohort = cohorts.FindCohort(id);
    if (!cohort) return NotFound(std::string(kNoCohort));
    auto programme = tx.Get<ProgrammeRepository>().FindProgramme(cohort->programme);
    if (!programme) return NotFound(std::string(kNoCohort));
    if (!leads) return Forbidden("Globetrotter er for ledere: du kan søge, når du er leder af en enhed.");
    GlobetrotterApplyView view;
    if (auto active = cohorts.ActiveApplication(id, me->id)) {
      if (active->status != Status::Returned) {
        return Conflict("Du har allerede søgt om optagelse på holdet. Se din ansøgning under Ansøgninger.");
      }
      view.returned = std::move(active);
    }
    if (today > cohort->fields.application_deadline) {
      return Conflict(
          fmt::format("Ansøgningsfristen var {}.", domain::FormatDate(cohort->fields.application_deadline)));
    }
    view.cohort = std::move(*cohort);
    view.programme = std::move(*programme);
    return view;
  });
}

Result<CohortApplicationId> CohortService::Apply(const domain::User& user, CohortId id,
                                                 const GlobetrotterApplicationInput& input, std::optional<int> revision,
                                                 std::string_view remote_address) {
  const auto context = organisation_.For(user);
  const auto& organisation = context.organisation();
  const auto* me = context.me();
  if (me == nullptr) return Forbidden("Din konto er ikke knyttet til en person i HR-data, så du kan ikke søge.");
  if (!organisation.IsLeader(me->id)) {
    return Forbidden("Globetrotter er for ledere: du kan søge, når du er leder af en enhed.");
  }
  const auto now = clock_();
  const auto today = TodayOf(now);
  const auto name = me->FullName();
  const auto signers = SignersOf(organisation, me->id);
  return store_.Write([&](Transaction& tx) -> Result<CohortApplicationId> {
    auto& cohorts = tx.Get<CohortRepository>();
    const auto cohort = cohorts.FindCohort(id);
    if (!cohort) return NotFound(std::string(kNoCohort));
    std::vector<FieldError> errors;
    const auto motivation = domain::CleanText(input.motivation);
    CheckText(errors, "motivation", motivation,
              {"motivationen", kMaxCohortMotivation, "Skriv, hvorfor du søger, og hvad du vil arbejde med."});
    std::vector<CohortChecklistAnswer> answers;
    for (std::size_t i = 0; i < cohort->fields.checklist.size(); ++i) {
      CohortChecklistAnswer answer;
      answer.position = static_cast<int>(i) + 1;
      for (const auto& typed : input.answers) {
        if (typed.position == answer.position) {
          answer.done = typed.done;
          answer.note = domain::CleanText(typed.note);
        }
      }
      CheckText(errors, fmt::format("note-{}", answer.position), answer.note, {"noten", kMaxCohortAnswerNote});
      answers.push_back(std::move(answer));
    }
    if (today > cohort->fields.application_deadline) {
      return Conflict(
          fmt::format("Ansøgningsfristen var {}.", domain::FormatDate(cohort->fields.application_deadline)));
    }
    const auto active = cohorts.ActiveApplication(id, me->id);
    if (active && active->status != Status::Returned) {
      return Conflict("Du har allerede søgt om optagelse på holdet. Se din ansøgning under Ansøgninger.");
    }
    if (active && (!revision || *revision != active->revision)) return Conflict(std::string(kStale));
    if (!active && revision) return Conflict(std::string(kStale));
    if (!active && cohort->members >= cohort->fields.capacity) {
      return Conflict("Holdet er fuldt. Søg et andet hold, eller kontakt Koncern HR.");
    }
    if (!errors.empty()) return Invalid(std::move(errors));
    CohortApplicationId application_id = 0;
    if (active) {
      if (!cohorts.Resubmit(active->id, active->revision, motivation, answers, now)) {
        return Conflict(std::string(kStale));
      }
      application_id = active->id;
    } else {
      CohortApplication application;
      application.programme = cohort->programme;
      application.cohort = id;
      application.person = me->id;
      application.motivation = motivation;
      application.answers = answers;
      application.submitted_at = now;
      application.created_at = now;
      application_id = cohorts.AddApplication(application);
    }
    for (const auto* signer : signers) {
      TellPerson(tx, signer, fmt::format("forloeb:ansoegning:{}:godkendelse", application_id),
                 fmt::format("{} søger {}: godkend forberedelsen", name, cohort->fields.name),
                 fmt::format("{} har søgt om optagelse på {} ({}–{}). Som nærmeste leder skal du se "
                             "forberedelsen igennem og godkende den eller sende ansøgningen tilbage med en kommentar.",
                             name, cohort->fields.name, domain::FormatDate(cohort->fields.starts_on),
                             domain::FormatDate(cohort->fields.ends_on)),
                 CohortApplicationHref(application_id), now);
    }
    Audit(tx, user, now, active ? "cohort_application.resubmitted" : "cohort_application.submitted",
          "cohort_application:" + std::to_string(application_id), remote_address,
          "programme_cohort:" + std::to_string(id));
    return application_id;
  });
}

Result<Unit> CohortService::Withdraw(const domain::User& user, CohortApplicationId id, int revision,
                                     std::string_view remote_address) {
  const auto context = organisation_.For(user);
  const auto* me = context.me();
  const auto now = clock_();
  return store_.Write([&](Transaction& tx) -> Result<Unit> {
    auto& cohorts = tx.Get<CohortRepository>();
    const auto application = cohorts.FindApplication(id);
    if (!application || me == nullptr || application->person != me->id) return NotFound(std::string(kNoApplication));
    if (application->status == Status::Admitted || application->status == Status::Rejected ||
        application->status == Status::Withdrawn) {
      return Conflict("Ansøgningen er afgjort og kan ikke trækkes tilbage.");
    }
    if (!cohorts.Withdraw(id, revision, now)) return Conflict(std::string(kStale));
    Audit(tx, user, now, "cohort_application.withdrawn", "cohort_application:" + std::to_string(id), remote_address,
          "");
    return Unit{};
  });
}

Result<GlobetrotterApplicationView> CohortService::Application(const domain::User& user, CohortApplicationId id,
                                                               std::string_view remote_address) const {
  const auto context = organisation_.For(user);
  const auto& organisation = context.organisation();
  const auto* me = context.me();
  const bool maintain = Maintains(user);
  const auto reach = context.Reach(actions::kSeeCohortApplications);
  const auto now = clock_();
  auto view = store_.Read([&](Transaction& tx) -> Result<GlobetrotterApplicationView> {
    auto& cohorts = tx.Get<CohortRepository>();
    auto application = cohorts.FindApplication(id);
    const auto not_found = NotFound(std::string(kNoApplication));
    if (!application) return not_found;
    GlobetrotterApplicationView page;
    page.own = me != nullptr && application->person == me->id;
    page.signers = SignersOf(organisation, application->person);
    const bool signer = me != nullptr && std::ranges::any_of(page.signers, [&](const domain::Person* person) {
                          return person->id == me->id;
                        });
    const bool signed_it = application->signed_off_by && *application->signed_off_by == user.id;
    if (!page.own && !signer && !signed_it && !maintain && !reach.CoversPerson(organisation, application->person)) {
      return not_found;
    }
    auto cohort = cohorts.FindCohort(application->cohort);
    auto programme = tx.Get<ProgrammeRepository>().FindProgramme(application->programme);
    if (!cohort || !programme) return not_found;
    page.applicant = PersonOf(organisation, application->person);
    page.checklist_done = ChecklistDone(*cohort, *application);
    page.can_sign_off = (signer || maintain) && !page.own && application->status == Status::Submitted;
    page.can_decide = maintain && application->status == Status::SignedOff;
    page.can_edit =
        page.own && application->status == Status::Returned && TodayOf(now) <= cohort->fields.application_deadline;
    page.can_withdraw =
        page.own && (application->status == Status::Submitted || application->status == Status::SignedOff ||
                     application->status == Status::Returned);
    page.application = std::move(*application);
    page.cohort = std::move(*cohort);
    page.programme = std::move(*programme);
    return page;
  });
  if (view && !view->own) {
    store_.Write([&](Transaction& tx) {
      Audit(tx, user, now, "cohort_application.viewed", "cohort_application:" + std::to_string(id), remote_address, "");
      return 0;
    });
  }
  return view;
}

Result<Unit> CohortService::SignOff(const domain::User& user, CohortApplicationId id, int revision,
                                    std::string_view comment, std::string_view remote_address) {
  const auto context = organisation_.For(user);
  const auto& organisation = context.organisation();
  const auto* me = context.me();
  const bool maintain = Maintains(user);
  const auto now = clock_();
  const auto text = domain::CleanText(comment);
  std::vector<FieldError> errors;
  CheckText(errors, "comment", text, {"kommentaren", kMaxCohortComment});
  return store_.Write([&](Transaction& tx) -> Result<Unit> {
    auto& cohorts = tx.Get<CohortRepository>();
    const auto application = cohorts.FindApplication(id);
    if (!application) return NotFound(std::string(kNoApplication));
    const bool own = me != nullptr && application->person == me->id;
    if (own || (!maintain && !IsSigner(organisation, me, application->person))) {
      return NotFound(std::string(kNoApplication));
    }
    if (application->revision != revision) return Conflict(std::string(kStale));
    if (application->status != Status::Submitted) return Conflict("Ansøgningen venter ikke på godkendelse.");
    const auto cohort = cohorts.FindCohort(application->cohort);
    if (!cohort) return NotFound(std::string(kNoApplication));
    if (!ChecklistDone(*cohort, *application)) {
      errors.push_back({"checklist",
                        "Alle punkter i forberedelsen skal være krydset af, før du kan godkende. Send ansøgningen "
                        "tilbage med en kommentar om, hvad der mangler."});
    }
    if (!errors.empty()) return Invalid(std::move(errors));
    if (!cohorts.RecordSignOff(id, revision, Status::SignedOff, user.id, text, now)) {
      return Conflict(std::string(kStale));
    }
    TellPerson(tx, organisation.FindPerson(application->person), fmt::format("forloeb:ansoegning:{}:status", id),
               "Din forberedelse er godkendt: " + cohort->fields.name,
               "Din leder har godkendt forberedelsen. Koncern HR afgør nu, om du bliver optaget på holdet." +
                   (text.empty() ? std::string() : "\n\nKommentar: " + text),
               CohortApplicationHref(id), now);
    Audit(tx, user, now, "cohort_application.signed_off", "cohort_application:" + std::to_string(id), remote_address,
          "");
    return Unit{};
  });
}

Result<Unit> CohortService::Return(const domain::User& user, CohortApplicationId id, int revision,
                                   std::string_view comment, std::string_view remote_address) {
  const auto context = organisation_.For(user);
  const auto& organisation = context.organisation();
  const auto* me = context.me();
  const bool maintain = Maintains(user);
  const auto now = clock_();
  const auto text = domain::CleanText(comment);
  std::vector<FieldError> errors;
  CheckText(errors, "comment", text,
            {"kommentaren", kMaxCohortComment, "Skriv, hvad ansøgeren skal ændre eller gøre færdigt."});
  return store_.Write([&](Transaction& tx) -> Result<Unit> {
    auto& cohorts = tx.Get<CohortRepository>();
    const auto application = cohorts.FindApplication(id);
    if (!application) return NotFound(std::string(kNoApplication));
    const bool own = me != nullptr && application->person == me->id;
    if (own || (!maintain && !IsSigner(organisation, me, application->person))) {
      return NotFound(std::string(kNoApplication));
    }
    if (application->revision != revision) return Conflict(std::string(kStale));
    if (application->status != Status::Submitted) return Conflict("Ansøgningen venter ikke på godkendelse.");
    if (!errors.empty()) return Invalid(std::move(errors));
    if (!cohorts.RecordSignOff(id, revision, Status::Returned, user.id, text, now)) {
      return Conflict(std::string(kStale));
    }
    const auto cohort = cohorts.FindCohort(application->cohort);
    TellPerson(tx, organisation.FindPerson(application->person), fmt::format("forloeb:ansoegning:{}:status", id),
               "Din ansøgning er sendt tilbage: " + (cohort ? cohort->fields.name : std::string("Globetrotter")),
               "Din leder har sendt ansøgningen tilbage til dig med denne kommentar:\n\n" + text +
                   "\n\nRet ansøgningen, og send den igen før ansøgningsfristen.",
               CohortApplicationHref(id), now);
    Audit(tx, user, now, "cohort_application.returned", "cohort_application:" + std::to_string(id), remote_address, "");
    return Unit{};
  });
}

Result<Unit> CohortService::Admit(const domain::User& user, CohortApplicationId id, int revision,
                                  std::string_view remote_address) {
  if (!Maintains(user)) return Forbidden("Kun Koncern HR optager på holdene.");
  const auto snapshot = organisation_.Current();
  const auto& organisation = snapshot->organisation;
  const auto now = clock_();
  return store_.Write([&](Transaction& tx) -> Result<Unit> {
    auto& cohorts = tx.Get<CohortRepository>();
    auto& programmes = tx.Get<ProgrammeRepository>();
    const auto application = cohorts.FindApplication(id);
    if (!application) return NotFound(std::string(kNoApplication));
    if (application->revision != revision) return Conflict(std::string(kStale));
    if (application->status != Status::SignedOff) {
      return Conflict("Kun en ansøgning, som lederen har godkendt, kan afgøres.");
    }
    // Counted and taken in the same write unit: one writer at a time, so a cohort is never overfilled.
    const auto cohort = cohorts.FindCohort(application->cohort);
    if (!cohort) return NotFound(std::string(kNoApplication));
    if (cohort->members >= cohort->fields.capacity) {
      return Conflict(
          fmt::format("Holdet er fuldt: alle {} pladser er besat. Afslå ansøgningen, eller giv holdet "
                      "flere pladser først.",
                      cohort->fields.capacity));
    }
    const auto* person = organisation.FindPerson(application->person);
    const auto name = person != nullptr ? person->FullName() : std::string("Ansøgeren");
    for (const auto& enrollment : programmes.EnrollmentsOfPerson(application->person)) {
      if (enrollment.programme == application->programme && !enrollment.withdrawn_at) {
        return Conflict(name + " er allerede optaget i forløbet (på et andet hold).");
      }
    }
    NewEnrollment enrollment;
    enrollment.programme = application->programme;
    enrollment.person = application->person;
    enrollment.enrolled_on = cohort->fields.starts_on;
    enrollment.deadline = cohort->fields.ends_on;
    enrollment.source = EnrollmentSource::Application;
    enrollment.by = user.id;
    enrollment.at = now;
    const auto enrolled = programmes.Enroll(enrollment);
    programmes.SetStepsDone(enrolled, domain::ElementKind::Preparation,
                            static_cast<int>(cohort->fields.checklist.size()), user.id, now);
    if (!cohorts.RecordDecision(id, revision, Status::Admitted, enrolled, user.id, "", now)) {
      return Conflict(std::string(kStale));
    }
    TellPerson(tx, person, fmt::format("forloeb:ansoegning:{}:status", id), "Du er optaget på " + cohort->fields.name,
               fmt::format("Velkommen på {}. Holdet begynder {} og slutter {}. På holdets side finder du møderne og "
                           "det materiale, holdet deler.",
                           cohort->fields.name, domain::FormatDate(cohort->fields.starts_on),
                           domain::FormatDate(cohort->fields.ends_on)),
               CohortHref(cohort->id), now);
    Audit(tx, user, now, "cohort_application.admitted", "cohort_application:" + std::to_string(id), remote_address,
          "programme_enrollment:" + std::to_string(enrolled));
    return Unit{};
  });
}

Result<Unit> CohortService::Reject(const domain::User& user, CohortApplicationId id, int revision,
                                   std::string_view reason, std::string_view remote_address) {
  if (!Maintains(user)) return Forbidden("Kun Koncern HR afgør ansøgningerne.");
  const auto snapshot = organisation_.Current();
  const auto& organisation = snapshot->organisation;
  const auto now = clock_();
  const auto text = domain::CleanText(reason);
  std::vector<FieldError> errors;
  CheckText(errors, "reason", text, {"begrundelsen", kMaxCohortComment, "Skriv en begrundelse til ansøgeren."});
  return store_.Write([&](Transaction& tx) -> Result<Unit> {
    auto& cohorts = tx.Get<CohortRepository>();
    const auto application = cohorts.FindApplication(id);
    if (!application) return NotFound(std::string(kNoApplication));
    if (application->revision != revision) return Conflict(std::string(kStale));
    if (application->status != Status::SignedOff) {
      return Conflict("Kun en ansøgning, som lederen har godkendt, kan afgøres.");
    }
    if (!errors.empty()) return Invalid(std::move(errors));
    if (!cohorts.RecordDecision(id, revision, Status::Rejected, std::nullopt, user.id, text, now)) {
      return Conflict(std::string(kStale));
    }
    const auto cohort = cohorts.FindCohort(application->cohort);
    TellPerson(tx, organisation.FindPerson(application->person), fmt::format("forloeb:ansoegning:{}:status", id),
               "Svar på din ansøgning: " + (cohort ? cohort->fields.name : std::string("Globetrotter")),
               "Du er desværre ikke optaget på holdet denne gang. Koncern HR begrunder det sådan:\n\n" + text,
               CohortApplicationHref(id), now);
    Audit(tx, user, now, "cohort_application.rejected", "cohort_application:" + std::to_string(id), remote_address, "");
    return Unit{};
  });
}

std::vector<GlobetrotterApplicationSummary> CohortService::MyApplications(const domain::User& user) const {
  const auto context = organisation_.For(user);
  const auto* me = context.me();
  if (me == nullptr) return {};
  const auto& organisation = context.organisation();
  return store_.Read([&](Transaction& tx) {
    auto& cohorts = tx.Get<CohortRepository>();
    std::vector<GlobetrotterApplicationSummary> mine;
    for (const auto& application : cohorts.ApplicationsOfPerson(me->id)) {
      const auto cohort = cohorts.FindCohort(application.cohort);
      mine.push_back(SummaryOf(application, cohort ? &*cohort : nullptr, PersonOf(organisation, me->id)));
    }
    return mine;
  });
}

std::vector<GlobetrotterApplicationSummary> CohortService::AwaitingMySignOff(const domain::User& user) const {
  const auto context = organisation_.For(user);
  const auto* me = context.me();
  if (me == nullptr) return {};
  const auto& organisation = context.organisation();
  return store_.Read([&](Transaction& tx) {
    auto& cohorts = tx.Get<CohortRepository>();
    std::vector<GlobetrotterApplicationSummary> waiting;
    for (const auto& application : cohorts.ApplicationsInStatus(Status::Submitted)) {
      if (application.person == me->id || !IsSigner(organisation, me, application.person)) continue;
      const auto cohort = cohorts.FindCohort(application.cohort);
      waiting.push_back(
          SummaryOf(application, cohort ? &*cohort : nullptr, PersonOf(organisation, application.person)));
    }
    return waiting;
  });
}

GlobetrotterApplicationsView CohortService::Applications(const domain::User& user) const {
  GlobetrotterApplicationsView view;
  view.mine = MyApplications(user);
  view.to_sign_off = AwaitingMySignOff(user);
  view.can_maintain = Maintains(user);
  if (view.can_maintain) {
    const auto snapshot = organisation_.Current();
    const auto& organisation = snapshot->organisation;
    view.to_decide = store_.Read([&](Transaction& tx) {
      auto& cohorts = tx.Get<CohortRepository>();
      std::vector<GlobetrotterApplicationSummary> waiting;
      for (const auto& application : cohorts.ApplicationsInStatus(Status::SignedOff)) {
        const auto cohort = cohorts.FindCohort(application.cohort);
        waiting.push_back(
            SummaryOf(application, cohort ? &*cohort : nullptr, PersonOf(organisation, application.person)));
      }
      return waiting;
    });
  }
  return view;
}

void ProvideCohortServices(Services& services) {
  services.Add(std::make_unique<CohortService>(services.store(), services.Get<OrganisationService>()));
}

}  // namespace lp::app
