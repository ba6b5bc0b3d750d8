#include "app/programmes/explorer_service.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <memory>
#include <set>
#include <utility>

#include "app/notifications/notifier.hpp"
#include "app/platform/errors.hpp"
#include "app/platform/form_checks.hpp"
#include "app/platform/repositories.hpp"
#include "app/programmes/programme_service.hpp"
#include "app/programmes/programmes_access.hpp"
#include "domain/platform/danish_format.hpp"
#include "domain/platform/email.hpp"
#include "domain/platform/text.hpp"

namespace lp::app {
namespace {

constexpr DayRule kStartDay{"startdatoen",
                            {std::chrono::year{2020}, std::chrono::January, std::chrono::day{1}},
                            {std::chrono::year{2040}, std::chrono::December, std::chrono::day{31}},
                            "Skriv, hvornår aktiviteten begynder, fx 01.03.2027."};
constexpr DayRule kEndDay{"slutdatoen",
                          {std::chrono::year{2020}, std::chrono::January, std::chrono::day{1}},
                          {std::chrono::year{2040}, std::chrono::December, std::chrono::day{31}}};

constexpr std::string_view kStaleNomination =
    "Ansøgningen er blevet ændret, siden du åbnede den. Se den, som den er nu, og prøv igen.";
constexpr std::string_view kStalePlan =
    "Planen er blevet ændret af en anden, siden du åbnede den. Dine ændringer er ikke gemt; de står i "
    "formularen, så du kan se planen, som den er nu, og gemme igen.";

std::string PlanHref(EnrollmentId enrollment) { return fmt::format("/udvikling/deltagelser/{}/plan", enrollment); }
std::string DecisionHref(ExplorerNominationId id) { return fmt::format("/udvikling/explorer/ansoegninger/{}", id); }
std::string NominationSubject(ExplorerNominationId id) { return "programme_nomination:" + std::to_string(id); }
std::string EnrollmentSubject(EnrollmentId id) { return "programme_enrollment:" + std::to_string(id); }

bool MaintainsProgrammes(const domain::User& user) {
  return Authorize(&user, Requires(kMaintainProgrammes)) == Decision::Allow;
}

std::optional<Programme> FindExplorer(ProgrammeRepository& repository) {
  for (auto& programme : repository.Programmes()) {
    if (programme.fields.kind == domain::ProgrammeKind::Explorer && !programme.archived_at) return std::move(programme);
  }
  return std::nullopt;
}

std::optional<Enrollment> ActiveEnrollment(ProgrammeRepository& repository, domain::PersonId person,
                                           ProgrammeId programme) {
  for (auto& enrollment : repository.EnrollmentsOfPerson(person)) {
    if (enrollment.programme == programme && !enrollment.withdrawn_at) return std::move(enrollment);
  }
  return std::nullopt;
}

bool HasWaiting(ExplorerRepository& repository, domain::PersonId person, ProgrammeId programme) {
  const auto nominations = repository.NominationsOfPerson(person);
  return std::any_of(nominations.begin(), nominations.end(), [&](const ExplorerNomination& nomination) {
    return nomination.programme == programme && nomination.status == ExplorerNominationStatus::Waiting;
  });
}

std::vector<const domain::Person*> LeadersOf(const domain::Organisation& organisation, domain::UnitId unit) {
  std::vector<const domain::Person*> leaders;
  for (const auto& leadership : organisation.ActiveLeadersOf(unit)) {
    if (const auto* person = organisation.FindPerson(leadership.person)) leaders.push_back(person);
  }
  return leaders;
}

bool LeadsUnit(const domain::Organisation& organisation, const domain::Person* me, domain::UnitId unit) {
  if (me == nullptr) return false;
  const auto leaders = organisation.ActiveLeadersOf(unit);
  return std::any_of(leaders.begin(), leaders.end(),
                     [&](const domain::Leadership& leadership) { return leadership.person == me->id; });
}

ExplorerNominationEntry EntryOf(const domain::Organisation& organisation, ExplorerNomination nomination) {
  ExplorerNominationEntry entry;
  entry.person = organisation.FindPerson(nomination.person);
  entry.unit = entry.person != nullptr ? organisation.FindUnit(entry.person->unit) : nullptr;
  entry.leader_unit = organisation.FindUnit(nomination.leader_unit);
  if (nomination.leader_person) entry.nominator = organisation.FindPerson(*nomination.leader_person);
  entry.leaders = LeadersOf(organisation, nomination.leader_unit);
  entry.nomination = std::move(nomination);
  return entry;
}

// The units the person leads that are active, the deepest last (tree order).
std::vector<domain::UnitId> LedUnits(const domain::Organisation& organisation, const domain::Person* me) {
  std::vector<domain::UnitId> units;
  if (me == nullptr) return units;
  for (const auto& leadership : organisation.UnitsLedBy(me->id)) {
    const auto* unit = organisation.FindUnit(leadership.unit);
    if (unit != nullptr && unit->active) units.push_back(unit->id);
  }
  return units;
}

// The deepest unit the leader leads whose subtree holds the person (none: not theirs to nominate).
std::optional<domain::UnitId> NominatingUnit(const domain::Organisation& organisation,
                                             const std::vector<domain::UnitId>& led, const domain::Person& person) {
  std::optional<domain::UnitId> found;
  int depth = -1;
  for (const auto unit : led) {
    if (!organisation.IsInSubtree(person.unit, unit)) continue;
    const int here = organisation.Depth(unit).value_or(0);
    if (here > depth) {
      depth = here;
      found = unit;
    }
  }
  return found;
}

void Tell(Transaction& tx, const domain::Person* person, std::string topic, std::string subject, std::string body,
          std::string link, domain::Timestamp now) {
  if (person == nullptr) return;
  NewNotification notification;
  notification.recipient = domain::NormalizeEmail(person->email);
  notification.category = domain::NotificationCategory::Programmes;
  notification.topic = std::move(topic);
  notification.subject = std::move(subject);
  notification.body = std::move(body);
  notification.link = std::move(link);
  notification.created_at = now;
  Notify(tx, notification);
}

void Audit(Transaction& tx, domain::Timestamp now, const domain::User& user, std::string action, std::string subject,
           std::string_view remote_address, std::string details) {
  tx.Get<AuditRepository>().Append(
      {now, user.id, std::move(action), std::move(subject), std::string(remote_address), std::move(details)});
}

// The checked fields of an activity, or the errors.
Result<PathPlanActivityFields> CheckActivity(const PathPlanActivityInput& input) {
  std::vector<FieldError> errors;
  PathPlanActivityFields fields;
  fields.title = domain::CleanText(input.title);
  fields.description = domain::CleanText(input.description);
  CheckText(errors, "title", fields.title, {"titlen", kMaxPathPlanTitle, "Skriv, hvad aktiviteten er."});
  CheckText(errors, "description", fields.description, {"beskrivelsen", kMaxPathPlanDescription});
  const auto kind = kPathPlanActivityKindTable.Parse(input.kind);
  if (!kind) errors.push_back({"kind", "Vælg, hvilken slags aktivitet det er."});
  fields.kind = kind.value_or(PathPlanActivityKind::Other);
  const auto status = kPathPlanActivityStatusTable.Parse(input.status);
  if (!status) errors.push_back({"status", "Vælg aktivitetens status: planlagt, i gang, gennemført eller opgivet."});
  fields.status = status.value_or(PathPlanActivityStatus::Planned);
  const auto starts = CheckDay(errors, "starts_on", input.starts_on, kStartDay);
  if (starts) fields.starts_on = *starts;
  if (!domain::CleanText(input.ends_on).empty()) {
    fields.ends_on = CheckDay(errors, "ends_on", input.ends_on, kEndDay);
    if (starts && fields.ends_on && *fields.ends_on < *starts) {
      errors.push_back({"ends_on", "Slutdatoen ligger før startdatoen. Vælg en slutdato fra startdatoen og frem."});
    }
  }
  if (!errors.empty()) return Invalid(std::move(errors));
  return fields;
}

// "godkendt", "afvist", "trukket tilbage": the status mid-sentence.
std::string StatusWord(ExplorerNominationStatus status) {
  std::string word(kExplorerNominationStatusTable.Label(status));
  if (!word.empty() && word[0] >= 'A' && word[0] <= 'Z') word[0] = static_cast<char>(word[0] - 'A' + 'a');
  return word;
}

std::string Quoted(const std::string& title) { return "„" + title + "“"; }

// "„Praktik i Akutafdelingen“: status fra Planlagt til I gang, datoerne" — what an edit changed.
std::string DescribeEdit(const PathPlanActivityFields& before, const PathPlanActivityFields& after) {
  std::vector<std::string> parts;
  if (before.title != after.title) parts.push_back("titlen (før " + Quoted(before.title) + ")");
  if (before.kind != after.kind) {
    parts.push_back(fmt::format("slags til {}", kPathPlanActivityKindTable.Label(after.kind)));
  }
  if (before.status != after.status) {
    parts.push_back(fmt::format("status fra {} til {}", kPathPlanActivityStatusTable.Label(before.status),
                                kPathPlanActivityStatusTable.Label(after.status)));
  }
  if (before.starts_on != after.starts_on || before.ends_on != after.ends_on) parts.emplace_back("datoerne");
  if (before.description != after.description) parts.emplace_back("beskrivelsen");
  if (parts.empty()) return "";
  std::string text = Quoted(after.title) + " ændret: ";
  for (std::size_t i = 0; i < parts.size(); ++i) {
    if (i > 0) text += i + 1 == parts.size() ? " og " : ", ";
    text += parts[i];
  }
  return text + ".";
}

}  // namespace

struct ExplorerService::PlanAccess {
  Enrollment enrollment;
  app::Programme programme;
  const domain::Person* person = nullptr;
  bool own = false;
};

PathPlanActivityInput PathPlanInputOf(const PathPlanActivityFields& fields) {
  PathPlanActivityInput input;
  input.title = fields.title;
  input.description = fields.description;
  input.kind = std::string(kPathPlanActivityKindTable.Code(fields.kind));
  input.starts_on = domain::FormatIsoDate(fields.starts_on);
  input.ends_on = fields.ends_on ? domain::FormatIsoDate(*fields.ends_on) : std::string();
  input.status = std::string(kPathPlanActivityStatusTable.Code(fields.status));
  return input;
}

ExplorerService::ExplorerService(Store& store, OrganisationService& organisation, Clock clock)
    : store_(store), organisation_(organisation), clock_(std::move(clock)) {}

std::optional<Programme> ExplorerService::ExplorerProgramme() const {
  return store_.Read([](Transaction& tx) { return FindExplorer(tx.Get<ProgrammeRepository>()); });
}

// ---- nominations

Result<ExplorerNominateView> ExplorerService::NominatePage(const domain::User& user) const {
  const auto context = organisation_.For(user);
  const auto& organisation = context.organisation();
  const auto* me = context.me();
  const auto led = LedUnits(organisation, me);
  if (led.empty()) return Forbidden("Det er lederen, der indstiller medarbejdere til Explorer.");
  auto programme = ExplorerProgramme();
  if (!programme) return NotFound("Explorer findes ikke i kataloget.");
  ExplorerNominateView view;
  view.programme = std::move(*programme);
  std::set<domain::PersonId> seen;
  std::vector<ExplorerCandidate> candidates;
  for (const auto unit : led) {
    for (const auto& person : organisation.PeopleInSubtree(unit)) {
      if (!person.active || person.id == me->id || !seen.insert(person.id).second) continue;
      candidates.push_back({&person, organisation.FindUnit(person.unit)});
    }
  }
  std::sort(candidates.begin(), candidates.end(), [](const ExplorerCandidate& a, const ExplorerCandidate& b) {
    return a.person->FullName() < b.person->FullName();
  });
  if (candidates.size() > kMaxExplorerCandidates) {
    view.more = candidates.size() - kMaxExplorerCandidates;
    candidates.resize(kMaxExplorerCandidates);
  }
  view.candidates = std::move(candidates);
  return view;
}

Result<EnrollmentId> ExplorerService::Nominate(const domain::User& user, const ExplorerNominationInput& input,
                                               std::string_view remote_address) {
  const auto context = organisation_.For(user);
  const auto& organisation = context.organisation();
  const auto* me = context.me();
  const auto led = LedUnits(organisation, me);
  if (led.empty()) return Forbidden("Det er lederen, der indstiller medarbejdere til Explorer.");
  std::vector<FieldError> errors;
  const auto who = domain::CleanText(input.who);
  const auto chosen = domain::CleanText(input.person);
  const std::string field = who.empty() ? "person" : "who";
  const domain::Person* person = nullptr;
  if (!who.empty()) {
    person = organisation.FindPersonByEmployeeNo(who);
    if (person == nullptr) {
      const auto email = domain::NormalizeEmail(who);
      for (const auto& candidate : organisation.People()) {
        if (candidate.active && domain::NormalizeEmail(candidate.email) == email) person = &candidate;
      }
    }
    if (person == nullptr || !person->active) {
      errors.push_back({"who", "Der er ingen aktiv medarbejder med den e-mailadresse eller det medarbejdernummer."});
      person = nullptr;
    }
  } else if (!chosen.empty()) {
    const auto* found = chosen.find_first_not_of("0123456789") == std::string::npos && chosen.size() < 19
                            ? organisation.FindPerson(std::stoll(chosen))
                            : nullptr;
    if (found == nullptr || !found->active) {
      errors.push_back({"person", "Vælg en medarbejder på listen."});
    } else {
      person = found;
    }
  } else {
    errors.push_back(
        {"person", "Vælg en medarbejder på listen, eller skriv en e-mailadresse eller et medarbejdernummer."});
  }
  std::optional<domain::UnitId> unit;
  if (person != nullptr) {
    unit = person->id == me->id ? std::nullopt : NominatingUnit(organisation, led, *person);
    if (!unit) {
      errors.push_back({field, person->FullName() + " hører ikke til de enheder, du er leder for."});
      person = nullptr;
    }
  }
  const auto motivation = domain::CleanText(input.motivation);
  CheckText(errors, "motivation", motivation,
            {"begrundelsen", kMaxExplorerMotivation, "Skriv, hvorfor du indstiller medarbejderen til Explorer."});
  if (!errors.empty() && person == nullptr) return Invalid(std::move(errors));
  const auto now = clock_();
  return store_.Write([&](Transaction& tx) -> Result<EnrollmentId> {
    auto& programmes = tx.Get<ProgrammeRepository>();
    auto& explorer = tx.Get<ExplorerRepository>();
    const auto programme = FindExplorer(programmes);
    if (!programme) return NotFound("Explorer findes ikke i kataloget.");
    if (ActiveEnrollment(programmes, person->id, programme->id)) {
      errors.push_back({field, person->FullName() + " er allerede med i Explorer."});
    } else if (HasWaiting(explorer, person->id, programme->id)) {
      errors.push_back({field, person->FullName() +
                                   " har selv søgt om at komme med. Godkend ansøgningen under „Indstillinger og "
                                   "ansøgninger“ i stedet."});
    }
    if (!errors.empty()) return Invalid(std::move(errors));
    NewEnrollment enrollment;
    enrollment.programme = programme->id;
    enrollment.person = person->id;
    enrollment.enrolled_on = domain::ToCopenhagenTime(now).date;
    enrollment.source = EnrollmentSource::Nomination;
    enrollment.by = user.id;
    enrollment.at = now;
    const auto enrollment_id = programmes.Enroll(enrollment);
    NewExplorerNomination nomination;
    nomination.programme = programme->id;
    nomination.person = person->id;
    nomination.source = ExplorerSource::Nomination;
    nomination.motivation = motivation;
    nomination.leader_unit = *unit;
    nomination.leader_person = me->id;
    nomination.status = ExplorerNominationStatus::Approved;
    nomination.enrollment = enrollment_id;
    nomination.by = user.id;
    nomination.at = now;
    const auto id = explorer.AddNomination(nomination);
    Tell(
        tx, person, fmt::format("forloeb:explorer:{}", id), "Du er indstillet til Explorer",
        fmt::format("{} har indstillet dig til Explorer, regionens forløb for medarbejdere med lyst til ledelse, og du "
                    "er optaget. Begrundelsen:\n\n{}\n\nForløbet begynder med fire fælles kursusdage. Bagefter "
                    "lægger du en personlig plan med hjælp fra din leder og en lederudviklingskonsulent.",
                    me->FullName(), motivation),
        PlanHref(enrollment_id), now);
    Audit(tx, now, user, "explorer.nominated", NominationSubject(id), remote_address,
          "person:" + std::to_string(person->id));
    return enrollment_id;
  });
}

// ---- applications

Result<ExplorerApplyView> ExplorerService::ApplyPage(const domain::User& user) const {
  const auto context = organisation_.For(user);
  const auto& organisation = context.organisation();
  const auto* me = context.me();
  if (me == nullptr) {
    return Forbidden("Din konto er ikke knyttet til en person i HR-data, så du kan ikke søge om Explorer.");
  }
  return store_.Read([&](Transaction& tx) -> Result<ExplorerApplyView> {
    auto& programmes = tx.Get<ProgrammeRepository>();
    auto programme = FindExplorer(programmes);
    if (!programme) return NotFound("Explorer findes ikke i kataloget.");
    ExplorerApplyView view;
    view.me = me;
    if (const auto nearest = organisation.NearestLeaders(me->id)) {
      view.leader_unit = nearest->unit;
      view.leaders = LeadersOf(organisation, nearest->unit->id);
    }
    if (const auto enrollment = ActiveEnrollment(programmes, me->id, programme->id)) view.enrollment = enrollment->id;
    for (auto& nomination : tx.Get<ExplorerRepository>().NominationsOfPerson(me->id)) {
      if (nomination.programme != programme->id) continue;
      view.waiting = view.waiting || nomination.status == ExplorerNominationStatus::Waiting;
      view.history.push_back(EntryOf(organisation, std::move(nomination)));
    }
    view.programme = std::move(*programme);
    return view;
  });
}

Result<ExplorerNominationId> ExplorerService::Apply(const domain::User& user, std::string_view motivation_text,
                                                    std::string_view remote_address) {
  const auto context = organisation_.For(user);
  const auto& organisation = context.organisation();
  const auto* me = context.me();
  if (me == nullptr) {
    return Forbidden("Din konto er ikke knyttet til en person i HR-data, så du kan ikke søge om Explorer.");
  }
  const auto nearest = organisation.NearestLeaders(me->id);
  if (!nearest) {
    return Forbidden(
        "Der er ingen leder over dig i HR-data, som kan godkende en ansøgning. Kontakt HR, hvis det er forkert.");
  }
  const auto motivation = domain::CleanText(motivation_text);
  std::vector<FieldError> errors;
  CheckText(errors, "motivation", motivation,
            {"begrundelsen", kMaxExplorerMotivation, "Skriv, hvorfor du gerne vil med i Explorer."});
  if (!errors.empty()) return Invalid(std::move(errors));
  const auto now = clock_();
  const auto leader_unit = nearest->unit->id;
  const auto leaders = LeadersOf(organisation, leader_unit);
  return store_.Write([&](Transaction& tx) -> Result<ExplorerNominationId> {
    auto& programmes = tx.Get<ProgrammeRepository>();
    auto& explorer = tx.Get<ExplorerRepository>();
    const auto programme = FindExplorer(programmes);
    if (!programme) return NotFound("Explorer findes ikke i kataloget.");
    if (ActiveEnrollment(programmes, me->id, programme->id)) return Conflict("Du er allerede med i Explorer.");
    if (HasWaiting(explorer, me->id, programme->id)) {
      return Conflict("Du har allerede en ansøgning, der venter på din leders svar.");
    }
    NewExplorerNomination nomination;
    nomination.programme = programme->id;
    nomination.person = me->id;
    nomination.source = ExplorerSource::Application;
    nomination.motivation = motivation;
    nomination.leader_unit = leader_unit;
    nomination.by = user.id;
    nomination.at = now;
    const auto id = explorer.AddNomination(nomination);
    for (const auto* leader : leaders) {
      Tell(tx, leader, fmt::format("forloeb:explorer:{}", id), me->FullName() + " søger om at komme med i Explorer",
           fmt::format("{} har søgt om at komme med i Explorer og venter på dit svar. Begrundelsen:\n\n{}\n\nGodkend "
                       "eller afvis ansøgningen i portalen; afviser du, skal du skrive hvorfor.",
                       me->FullName(), motivation),
           DecisionHref(id), now);
    }
    Audit(tx, now, user, "explorer.applied", NominationSubject(id), remote_address, "");
    return id;
  });
}

Result<Unit> ExplorerService::Withdraw(const domain::User& user, ExplorerNominationId id, int revision,
                                       std::string_view remote_address) {
  const auto context = organisation_.For(user);
  const auto* me = context.me();
  const auto now = clock_();
  return store_.Write([&](Transaction& tx) -> Result<Unit> {
    auto& explorer = tx.Get<ExplorerRepository>();
    const auto nomination = explorer.FindNomination(id);
    if (!nomination || me == nullptr || nomination->person != me->id ||
        nomination->source != ExplorerSource::Application) {
      return NotFound("Ansøgningen findes ikke.");
    }
    if (nomination->status != ExplorerNominationStatus::Waiting) {
      return Conflict(fmt::format("Ansøgningen er allerede {}.", StatusWord(nomination->status)));
    }
    if (!explorer.WithdrawNomination(id, revision, user.id, now)) return Conflict(std::string(kStaleNomination));
    Audit(tx, now, user, "explorer.withdrawn", NominationSubject(id), remote_address, "");
    return Unit{};
  });
}

ExplorerNominationsView ExplorerService::Nominations(const domain::User& user) const {
  const auto context = organisation_.For(user);
  const auto& organisation = context.organisation();
  const auto* me = context.me();
  ExplorerNominationsView view;
  if (me == nullptr) return view;
  const auto led = LedUnits(organisation, me);
  store_.Read([&](Transaction& tx) {
    auto& explorer = tx.Get<ExplorerRepository>();
    for (auto& nomination : explorer.NominationsOfUnits(led)) {
      const bool waiting = nomination.status == ExplorerNominationStatus::Waiting;
      auto entry = EntryOf(organisation, std::move(nomination));
      (waiting ? view.waiting : view.decided).push_back(std::move(entry));
    }
    for (auto& nomination : explorer.NominationsOfPerson(me->id)) {
      if (nomination.source == ExplorerSource::Application) view.mine.push_back(EntryOf(organisation, nomination));
    }
    return 0;
  });
  std::reverse(view.waiting.begin(), view.waiting.end());  // the oldest first: first come, first answered
  return view;
}

Result<ExplorerDecisionView> ExplorerService::Decision(const domain::User& user, ExplorerNominationId id) const {
  const auto context = organisation_.For(user);
  const auto& organisation = context.organisation();
  const auto* me = context.me();
  auto nomination = store_.Read([&](Transaction& tx) { return tx.Get<ExplorerRepository>().FindNomination(id); });
  if (!nomination || me == nullptr) return NotFound("Ansøgningen findes ikke.");
  const bool own = nomination->person == me->id;
  const bool leads = LeadsUnit(organisation, me, nomination->leader_unit) && !own;
  if (!own && !leads) return NotFound("Ansøgningen findes ikke.");
  ExplorerDecisionView view;
  view.own = own;
  view.can_decide = leads && nomination->status == ExplorerNominationStatus::Waiting &&
                    nomination->source == ExplorerSource::Application;
  view.entry = EntryOf(organisation, std::move(*nomination));
  return view;
}

Result<EnrollmentId> ExplorerService::Approve(const domain::User& user, ExplorerNominationId id, int revision,
                                              std::string_view remote_address) {
  const auto context = organisation_.For(user);
  const auto& organisation = context.organisation();
  const auto* me = context.me();
  const auto now = clock_();
  return store_.Write([&](Transaction& tx) -> Result<EnrollmentId> {
    auto& programmes = tx.Get<ProgrammeRepository>();
    auto& explorer = tx.Get<ExplorerRepository>();
    const auto nomination = explorer.FindNomination(id);
    if (!nomination || me == nullptr || nomination->person == me->id ||
        !LeadsUnit(organisation, me, nomination->leader_unit)) {
      return NotFound("Ansøgningen findes ikke.");
    }
    if (nomination->status != ExplorerNominationStatus::Waiting) {
      return Conflict(
          fmt::format("Ansøgningen er allerede afgjort: {} {}.", StatusWord(nomination->status),
                      nomination->decided_at ? domain::FormatDateTime(*nomination->decided_at) : std::string()));
    }
    if (nomination->revision != revision) return Conflict(std::string(kStaleNomination));
    const auto* person = organisation.FindPerson(nomination->person);
    if (ActiveEnrollment(programmes, nomination->person, nomination->programme)) {
      return Conflict((person != nullptr ? person->FullName() : std::string("Medarbejderen")) +
                      " er allerede med i Explorer. Afvis ansøgningen med den begrundelse.");
    }
    NewEnrollment enrollment;
    enrollment.programme = nomination->programme;
    enrollment.person = nomination->person;
    enrollment.enrolled_on = domain::ToCopenhagenTime(now).date;
    enrollment.source = EnrollmentSource::Application;
    enrollment.by = user.id;
    enrollment.at = now;
    const auto enrollment_id = programmes.Enroll(enrollment);
    if (!explorer.ApproveNomination(id, revision, enrollment_id, user.id, now)) {
      return Conflict(std::string(kStaleNomination));
    }
    Tell(tx, person, fmt::format("forloeb:explorer:{}", id), "Din ansøgning til Explorer er godkendt",
         fmt::format("{} har godkendt din ansøgning, og du er optaget i Explorer. Forløbet begynder med fire fælles "
                     "kursusdage; bagefter lægger du en personlig plan med hjælp.",
                     me->FullName()),
         PlanHref(enrollment_id), now);
    Audit(tx, now, user, "explorer.approved", NominationSubject(id), remote_address, EnrollmentSubject(enrollment_id));
    return enrollment_id;
  });
}

Result<Unit> ExplorerService::Reject(const domain::User& user, ExplorerNominationId id, int revision,
                                     std::string_view reason_text, std::string_view remote_address) {
  const auto context = organisation_.For(user);
  const auto& organisation = context.organisation();
  const auto* me = context.me();
  const auto reason = domain::CleanText(reason_text);
  const auto now = clock_();
  return store_.Write([&](Transaction& tx) -> Result<Unit> {
    auto& explorer = tx.Get<ExplorerRepository>();
    const auto nomination = explorer.FindNomination(id);
    if (!nomination || me == nullptr || nomination->person == me->id ||
        !LeadsUnit(organisation, me, nomination->leader_unit)) {
      return NotFound("Ansøgningen findes ikke.");
    }
    if (nomination->status != ExplorerNominationStatus::Waiting) {
      return Conflict(
          fmt::format("Ansøgningen er allerede afgjort: {} {}.", StatusWord(nomination->status),
                      nomination->decided_at ? domain::FormatDateTime(*nomination->decided_at) : std::string()));
    }
    std::vector<FieldError> errors;
    CheckText(errors, "reason", reason,
              {"begrundelsen", kMaxExplorerReason, "Skriv, hvorfor du afviser ansøgningen. Ansøgeren får den at se."});
    if (!errors.empty()) return Invalid(std::move(errors));
    if (!explorer.RejectNomination(id, revision, reason, user.id, now)) return Conflict(std::string(kStaleNomination));
    Tell(tx, organisation.FindPerson(nomination->person), fmt::format("forloeb:explorer:{}", id),
         "Din ansøgning til Explorer er afvist",
         fmt::format("{} har afvist din ansøgning til Explorer med denne begrundelse:\n\n{}\n\nTal med din leder, hvis "
                     "du vil vide mere.",
                     me->FullName(), reason),
         "/udvikling/explorer/ansoeg", now);
    Audit(tx, now, user, "explorer.rejected", NominationSubject(id), remote_address, reason);
    return Unit{};
  });
}

// ---- plans

Result<ExplorerService::PlanAccess> ExplorerService::CheckPlanAccess(Transaction& tx,
                                                                     const OrganisationContext& context,
                                                                     const domain::User& user,
                                                                     EnrollmentId enrollment) const {
  const auto& organisation = context.organisation();
  const auto* me = context.me();
  auto& programmes = tx.Get<ProgrammeRepository>();
  const auto not_found = NotFound("Planen findes ikke.");
  auto found = programmes.FindEnrollment(enrollment);
  if (!found || found->withdrawn_at) return not_found;
  const bool own = me != nullptr && me->id == found->person;
  const bool leads = me != nullptr && organisation.IsLeaderOver(me->id, found->person);
  if (!own && !leads && !MaintainsProgrammes(user)) return not_found;
  auto programme = programmes.FindProgramme(found->programme);
  if (!programme || programme->fields.kind != domain::ProgrammeKind::Explorer) return not_found;
  PlanAccess access;
  access.person = organisation.FindPerson(found->person);
  access.enrollment = std::move(*found);
  access.programme = std::move(*programme);
  access.own = own;
  return access;
}

Result<PathPlanView> ExplorerService::Plan(const domain::User& user, EnrollmentId enrollment,
                                           std::string_view remote_address) {
  const auto context = organisation_.For(user);
  const auto& organisation = context.organisation();
  const auto now = clock_();
  auto view = store_.Read([&](Transaction& tx) -> Result<PathPlanView> {
    auto access = CheckPlanAccess(tx, context, user, enrollment);
    if (!access) return access.error();
    auto& programmes = tx.Get<ProgrammeRepository>();
    auto& explorer = tx.Get<ExplorerRepository>();
    PathPlanView page;
    page.enrollment = access->enrollment;
    page.programme = access->programme;
    page.person = access->person;
    page.unit = page.person != nullptr ? organisation.FindUnit(page.person->unit) : nullptr;
    page.own = access->own;
    const auto tallies = programmes.TalliesOfEnrollments({enrollment}, now);
    page.status = StatusOfEnrollment(page.programme, page.enrollment, tallies, domain::ToCopenhagenTime(now).date);
    if (auto plan = explorer.PlanOfEnrollment(enrollment)) {
      page.plan = std::move(*plan);
      page.activities = explorer.ActivitiesOf(page.plan.id);
      page.changes = explorer.ChangesOf(page.plan.id);
      if (page.plan.agreed_by) {
        if (const auto agreed_by = tx.Get<UserRepository>().FindById(*page.plan.agreed_by)) {
          page.agreed_by = agreed_by->name;
        }
      }
    } else {
      page.plan.enrollment = enrollment;
      page.plan.revision = 0;  // none yet: made by the first change
    }
    return page;
  });
  if (!view) return view;
  if (!view->own) {
    store_.Write([&](Transaction& tx) {
      Audit(tx, now, user, "explorer.plan_viewed", EnrollmentSubject(enrollment), remote_address, "");
      return 0;
    });
  }
  return view;
}

Result<Unit> ExplorerService::ChangePlan(const domain::User& user, EnrollmentId enrollment,
                                         std::optional<int> plan_revision, std::string_view action,
                                         const PlanChange& change, std::string_view remote_address) {
  const auto context = organisation_.For(user);
  const auto now = clock_();
  return store_.Write([&](Transaction& tx) -> Result<Unit> {
    auto access = CheckPlanAccess(tx, context, user, enrollment);
    if (!access) return access.error();
    auto& explorer = tx.Get<ExplorerRepository>();
    const auto existing = explorer.PlanOfEnrollment(enrollment);
    const int current = existing ? existing->revision : 0;
    if (plan_revision && *plan_revision != current) return Conflict(std::string(kStalePlan));
    auto plan = existing ? *existing : explorer.EnsurePlan(enrollment, now);
    const bool was_agreed = plan.agreed_at.has_value();
    auto text = change(tx, access.value(), plan);
    if (!text) return text.error();
    if (!explorer.TouchPlan(plan.id, plan.revision, user.id, now)) return Conflict(std::string(kStalePlan));
    if (was_agreed && !text->empty()) explorer.AddPlanChange(plan.id, {now, user.id, text.value()});
    Audit(tx, now, user, std::string(action), EnrollmentSubject(enrollment), remote_address, text.value());
    return Unit{};
  });
}

Result<Unit> ExplorerService::SetHelper(const domain::User& user, EnrollmentId enrollment, int plan_revision,
                                        std::string_view helper_text, std::string_view remote_address) {
  const auto helper = domain::CleanText(helper_text);
  std::vector<FieldError> errors;
  CheckText(errors, "helper", helper, {"hjælperen", kMaxPathPlanHelper});
  if (!errors.empty()) return Invalid(std::move(errors));
  return ChangePlan(
      user, enrollment, plan_revision, "explorer.plan_helper",
      [&](Transaction& tx, const PlanAccess&, PathPlan& plan) -> Result<std::string> {
        if (plan.helper == helper) return std::string();
        if (!tx.Get<ExplorerRepository>().SetPlanHelper(plan.id, plan.revision, helper, user.id, clock_())) {
          return Conflict(std::string(kStalePlan));
        }
        ++plan.revision;
        return helper.empty() ? std::string("Hjælperen er fjernet.") : "Hjælper: " + helper + ".";
      },
      remote_address);
}

Result<PathPlanActivityId> ExplorerService::AddActivity(const domain::User& user, EnrollmentId enrollment,
                                                        int plan_revision, const PathPlanActivityInput& input,
                                                        std::string_view remote_address) {
  auto fields = CheckActivity(input);
  if (!fields) return fields.error();
  PathPlanActivityId added = 0;
  auto result = ChangePlan(
      user, enrollment, plan_revision, "explorer.activity_added",
      [&](Transaction& tx, const PlanAccess&, PathPlan& plan) -> Result<std::string> {
        added = tx.Get<ExplorerRepository>().AddActivity(plan.id, fields.value(), user.id, clock_());
        return Quoted(fields->title) + " tilføjet.";
      },
      remote_address);
  if (!result) return result.error();
  return added;
}

Result<Unit> ExplorerService::UpdateActivity(const domain::User& user, EnrollmentId enrollment,
                                             PathPlanActivityId activity, int revision,
                                             const PathPlanActivityInput& input, std::string_view remote_address) {
  auto fields = CheckActivity(input);
  if (!fields) return fields.error();
  return ChangePlan(
      user, enrollment, std::nullopt, "explorer.activity_updated",
      [&](Transaction& tx, const PlanAccess&, PathPlan& plan) -> Result<std::string> {
        auto& explorer = tx.Get<ExplorerRepository>();
        const auto before = explorer.FindActivity(activity);
        if (!before || before->plan != plan.id) return NotFound("Aktiviteten findes ikke.");
        if (before->revision != revision ||
            !explorer.UpdateActivity(activity, revision, fields.value(), user.id, clock_())) {
          return Conflict(
              "Aktiviteten er blevet ændret af en anden, siden du åbnede den. Dine ændringer er ikke gemt; de står i "
              "formularen, så du kan sammenligne og gemme igen.");
        }
        return DescribeEdit(before->fields, fields.value());
      },
      remote_address);
}

Result<Unit> ExplorerService::MoveActivity(const domain::User& user, EnrollmentId enrollment,
                                           PathPlanActivityId activity, int direction, int plan_revision,
                                           std::string_view remote_address) {
  return ChangePlan(
      user, enrollment, plan_revision, "explorer.activity_moved",
      [&](Transaction& tx, const PlanAccess&, PathPlan& plan) -> Result<std::string> {
        auto& explorer = tx.Get<ExplorerRepository>();
        const auto activities = explorer.ActivitiesOf(plan.id);
        std::vector<PathPlanActivityId> order;
        order.reserve(activities.size());
        for (const auto& entry : activities) order.push_back(entry.id);
        const auto at = std::find(order.begin(), order.end(), activity);
        if (at == order.end()) return NotFound("Aktiviteten findes ikke.");
        const auto index = at - order.begin();
        const auto target = index + (direction < 0 ? -1 : 1);
        if (target < 0 || target >= static_cast<long>(order.size())) return std::string();
        std::swap(order[static_cast<std::size_t>(index)], order[static_cast<std::size_t>(target)]);
        explorer.SetActivityOrder(plan.id, order);
        return Quoted(activities[static_cast<std::size_t>(index)].fields.title) +
               (direction < 0 ? " flyttet op." : " flyttet ned.");
      },
      remote_address);
}

Result<Unit> ExplorerService::Agree(const domain::User& user, EnrollmentId enrollment, int plan_revision,
                                    std::string_view remote_address) {
  return ChangePlan(
      user, enrollment, plan_revision, "explorer.plan_agreed",
      [&](Transaction& tx, const PlanAccess& access, PathPlan& plan) -> Result<std::string> {
        auto& explorer = tx.Get<ExplorerRepository>();
        if (plan.agreed_at) {
          return Conflict(fmt::format("Planen blev aftalt {}.", domain::FormatDateTime(*plan.agreed_at)));
        }
        if (explorer.ActivitiesOf(plan.id).empty()) {
          return Invalid({{"agree", "Tilføj mindst én aktivitet, før planen kan aftales."}});
        }
        const auto now = clock_();
        if (!explorer.SetPlanAgreed(plan.id, plan.revision, user.id, now)) return Conflict(std::string(kStalePlan));
        ++plan.revision;
        tx.Get<ProgrammeRepository>().SetStepsDone(access.enrollment.id, domain::ElementKind::PersonalPlan, 1, user.id,
                                                   now);
        return std::string();
      },
      remote_address);
}

// ---- for "Min udvikling"

ExplorerSummary ExplorerService::Summary(const domain::User& user) const {
  const auto context = organisation_.For(user);
  const auto* me = context.me();
  ExplorerSummary summary;
  if (me == nullptr) return summary;
  store_.Read([&](Transaction& tx) {
    auto& programmes = tx.Get<ProgrammeRepository>();
    auto& explorer = tx.Get<ExplorerRepository>();
    const auto programme = FindExplorer(programmes);
    if (!programme) return 0;
    for (auto& nomination : explorer.NominationsOfPerson(me->id)) {
      if (nomination.programme == programme->id) summary.applications.push_back(std::move(nomination));
    }
    const auto enrollment = ActiveEnrollment(programmes, me->id, programme->id);
    if (!enrollment) return 0;
    ExplorerPlanSummary plan;
    plan.enrollment = enrollment->id;
    if (const auto stored = explorer.PlanOfEnrollment(enrollment->id)) {
      plan.agreed = stored->agreed_at.has_value();
      for (auto& activity : explorer.ActivitiesOf(stored->id)) {
        const auto status = activity.fields.status;
        if (status == PathPlanActivityStatus::Dropped) continue;
        ++plan.total;
        if (status == PathPlanActivityStatus::Done) {
          ++plan.done;
        } else if (!plan.next || activity.fields.starts_on < plan.next->fields.starts_on) {
          plan.next = std::move(activity);
        }
      }
    }
    summary.plan = std::move(plan);
    return 0;
  });
  return summary;
}

std::vector<ExplorerNominationEntry> ExplorerService::WaitingForDecision(const domain::User& user) const {
  return Nominations(user).waiting;
}

void ProvideExplorerServices(Services& services) {
  services.Add(std::make_unique<ExplorerService>(services.store(), services.Get<OrganisationService>()));
}

}  // namespace lp::app
