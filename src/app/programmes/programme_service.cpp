#include "app/programmes/programme_service.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <charconv>
#include <stdexcept>
#include <unordered_set>
#include <utility>

#include "app/platform/errors.hpp"
#include "app/platform/form_checks.hpp"
#include "app/platform/repositories.hpp"
#include "app/platform/security.hpp"
#include "app/programmes/default_catalogue.hpp"
#include "app/programmes/programmes_access.hpp"
#include "domain/platform/danish_format.hpp"
#include "domain/platform/email.hpp"
#include "domain/platform/text.hpp"

namespace lp::app {
namespace {

using domain::ProgressState;

// The order of "the most urgent first".
int Urgency(ProgressState state) {
  switch (state) {
    case ProgressState::Overdue: return 0;
    case ProgressState::AtRisk: return 1;
    case ProgressState::OnTrack: return 2;
    case ProgressState::Completed: return 3;
    case ProgressState::Exempt: return 4;
  }
  return 2;
}

std::optional<int> ParseCount(std::string_view text) {
  const auto trimmed = domain::CleanText(text);
  if (trimmed.empty()) return 0;
  int value = 0;
  const auto* end = trimmed.data() + trimmed.size();
  const auto [at, error] = std::from_chars(trimmed.data(), end, value);
  if (error != std::errc{} || at != end) return std::nullopt;
  return value;
}

// The checked fields and requirements of the form, or the errors.
Result<std::pair<ProgrammeFields, std::vector<domain::Requirement>>> Check(const ProgrammeInput& input) {
  std::vector<FieldError> errors;
  ProgrammeFields fields;
  const auto kind = domain::ParseProgrammeKind(input.kind);
  if (!kind) errors.push_back({"kind", "Vælg, hvilken slags forløb det er."});
  fields.kind = kind.value_or(domain::ProgrammeKind::Course);
  fields.name = domain::CleanText(input.name);
  fields.summary = domain::CleanText(input.summary);
  fields.target_group = domain::CleanText(input.target_group);
  fields.purpose = domain::CleanText(input.purpose);
  fields.content = domain::CleanText(input.content);
  fields.duration = domain::CleanText(input.duration);
  fields.price = domain::CleanText(input.price);
  fields.contact = domain::CleanText(input.contact);
  fields.open = input.open;
  fields.mandatory = input.mandatory;
  CheckText(errors, "name", fields.name, {"navnet", kMaxProgrammeName, "Skriv forløbets navn."});
  CheckText(errors, "summary", fields.summary,
            {"kort beskrivelse", kMaxProgrammeSummary, "Skriv en kort beskrivelse til oversigten."});
  CheckText(errors, "target_group", fields.target_group,
            {"målgruppen", kMaxProgrammeField, "Skriv, hvem forløbet er for."});
  CheckText(errors, "purpose", fields.purpose, {"formålet", kMaxProgrammeField});
  CheckText(errors, "content", fields.content, {"indholdet", kMaxProgrammeContent});
  CheckText(errors, "duration", fields.duration, {"varigheden", kMaxProgrammeField});
  CheckText(errors, "price", fields.price, {"pris og tidsforbrug", kMaxProgrammeField});
  CheckText(errors, "contact", fields.contact, {"kontakten", kMaxProgrammeField});

  std::vector<domain::Requirement> requirements;
  const auto read = [&](domain::ElementKind element, std::optional<domain::LeaderKind> variant) {
    const auto field = RequirementField(element, variant);
    const auto found = input.requirements.find(field);
    if (found == input.requirements.end()) return;
    const auto count = ParseCount(found->second);
    if (!count || *count < 0 || *count > kMaxRequired) {
      errors.push_back({field, fmt::format("Skriv et helt tal fra 0 til {}.", kMaxRequired)});
      return;
    }
    if (*count > 0) requirements.push_back({element, *count, variant});
  };
  for (const auto element : domain::kAllElementKinds) {
    read(element, std::nullopt);
    for (const auto leader : domain::kAllLeaderKinds) read(element, leader);
  }
  if (!errors.empty()) return Invalid(std::move(errors));
  return std::pair{std::move(fields), std::move(requirements)};
}

}  // namespace

void StateCounts::Add(domain::ProgressState state) {
  ++enrolled;
  switch (state) {
    case ProgressState::OnTrack: ++on_track; break;
    case ProgressState::AtRisk: ++at_risk; break;
    case ProgressState::Overdue: ++overdue; break;
    case ProgressState::Completed: ++completed; break;
    case ProgressState::Exempt: ++exempt; break;
  }
}

domain::ProgrammeStatus StatusOfEnrollment(const Programme& programme, const Enrollment& enrollment,
                                           std::span<const ElementTally> tallies, std::chrono::year_month_day today) {
  std::vector<domain::ElementCount> counts;
  for (const auto& tally : tallies) {
    if (tally.enrollment == enrollment.id) counts.push_back({tally.kind, tally.attended, tally.credited, tally.booked});
  }
  const auto requirements = domain::RequirementsFor(programme.requirements, enrollment.variant);
  domain::StatusInput input;
  input.requirements = requirements;
  input.counts = counts;
  input.enrolled_on = enrollment.enrolled_on;
  input.deadline = enrollment.deadline;
  input.exempt = enrollment.exempt;
  return domain::StatusOf(input, today);
}

const domain::Unit* AreaOf(const domain::Organisation& organisation, const domain::Unit& unit) {
  const auto ancestors = organisation.Ancestors(unit.id);  // parent first, root last
  if (ancestors.empty()) return nullptr;                   // the root
  const auto* top = ancestors.size() == 1 ? &unit : ancestors[ancestors.size() - 2];
  return top->kind == domain::UnitKind::Area ? top : nullptr;
}

bool SelfEnrolment(const Programme& programme) {
  return programme.fields.kind == domain::ProgrammeKind::Course && programme.fields.open && !programme.archived_at;
}

const domain::Person* FindPersonTyped(const domain::Organisation& organisation, std::string_view typed) {
  const auto wanted = domain::CleanText(typed);
  if (wanted.empty()) return nullptr;
  if (const auto* person = organisation.FindPersonByEmployeeNo(wanted); person != nullptr && person->active) {
    return person;
  }
  const auto email = domain::NormalizeEmail(wanted);
  for (const auto& candidate : organisation.People()) {
    if (candidate.active && domain::NormalizeEmail(candidate.email) == email) return &candidate;
  }
  return nullptr;
}

std::string RequirementField(domain::ElementKind kind, std::optional<domain::LeaderKind> variant) {
  std::string field = "krav-" + std::string(domain::ElementKindCode(kind));
  if (variant) field += "-" + std::string(domain::LeaderKindCode(*variant));
  return field;
}

ProgrammeInput InputOf(const Programme& programme) {
  ProgrammeInput input;
  const auto& f = programme.fields;
  input.kind = std::string(domain::ProgrammeKindCode(f.kind));
  input.name = f.name;
  input.summary = f.summary;
  input.target_group = f.target_group;
  input.purpose = f.purpose;
  input.content = f.content;
  input.duration = f.duration;
  input.price = f.price;
  input.contact = f.contact;
  input.open = f.open;
  input.mandatory = f.mandatory;
  for (const auto& requirement : programme.requirements) {
    input.requirements[RequirementField(requirement.kind, requirement.variant)] = std::to_string(requirement.required);
  }
  return input;
}

ProgrammeService::ProgrammeService(Store& store, OrganisationService& organisation, Clock clock)
    : store_(store), organisation_(organisation), clock_(std::move(clock)) {}

int ProgrammeService::LoadDefaultCatalogue(Store& store, domain::Timestamp now) {
  return store.Write([&](Transaction& tx) {
    auto& programmes = tx.Get<ProgrammeRepository>();
    if (programmes.CountProgrammes() > 0) return 0;
    int loaded = 0;
    for (const auto& programme : DefaultCatalogue()) {
      programmes.CreateProgramme(programme.fields, programme.requirements, std::nullopt, now);
      ++loaded;
    }
    tx.Get<AuditRepository>().Append({now, std::nullopt, "programmes.catalogue_loaded", "programmes", "",
                                      fmt::format("{} forløb fra standardindholdet", loaded)});
    return loaded;
  });
}

bool ProgrammeService::CanMaintain(const domain::User& user) const {
  return Authorize(&user, Requires(kMaintainProgrammes)) == Decision::Allow;
}

void ProgrammeService::Audit(Transaction& tx, const domain::User& user, std::string action, std::string subject,
                             std::string_view remote_address, std::string details) const {
  tx.Get<AuditRepository>().Append(
      {clock_(), user.id, std::move(action), std::move(subject), std::string(remote_address), std::move(details)});
}

std::vector<ParticipantProgramme> ProgrammeService::WithStatus(Transaction& tx,
                                                               const std::vector<Enrollment>& enrollments) const {
  std::vector<ParticipantProgramme> result;
  if (enrollments.empty()) return result;
  auto& repository = tx.Get<ProgrammeRepository>();
  std::vector<EnrollmentId> ids;
  ids.reserve(enrollments.size());
  for (const auto& enrollment : enrollments) ids.push_back(enrollment.id);
  const auto now = clock_();
  const auto today = domain::ToCopenhagenTime(now).date;
  const auto tallies = repository.TalliesOfEnrollments(ids, now);
  std::map<ProgrammeId, std::optional<Programme>> programmes;
  for (const auto& enrollment : enrollments) {
    auto& programme = programmes[enrollment.programme];
    if (!programme) programme = repository.FindProgramme(enrollment.programme);
    if (!programme) continue;
    result.push_back({enrollment, *programme, StatusOfEnrollment(*programme, enrollment, tallies, today)});
  }
  return result;
}

CatalogueView ProgrammeService::Catalogue(const domain::User& user) const {
  CatalogueView view;
  view.can_maintain = CanMaintain(user);
  const auto context = organisation_.For(user);
  const auto* me = context.me();
  store_.Read([&](Transaction& tx) {
    auto& repository = tx.Get<ProgrammeRepository>();
    for (auto& programme : repository.Programmes()) {
      if (!programme.archived_at || view.can_maintain) view.programmes.push_back(std::move(programme));
    }
    if (me != nullptr) {
      for (const auto& enrollment : repository.EnrollmentsOfPerson(me->id)) {
        if (!enrollment.withdrawn_at) view.mine[enrollment.programme] = enrollment.id;
      }
    }
    return 0;
  });
  std::stable_partition(view.programmes.begin(), view.programmes.end(),
                        [](const Programme& programme) { return !programme.archived_at; });
  return view;
}

Result<ProgrammeView> ProgrammeService::View(const domain::User& user, ProgrammeId id) const {
  const bool maintain = CanMaintain(user);
  const auto context = organisation_.For(user);
  const auto* me = context.me();
  return store_.Read([&](Transaction& tx) -> Result<ProgrammeView> {
    auto& repository = tx.Get<ProgrammeRepository>();
    auto programme = repository.FindProgramme(id);
    if (!programme || (programme->archived_at && !maintain)) return NotFound("Forløbet findes ikke.");
    ProgrammeView view;
    view.programme = std::move(*programme);
    view.can_maintain = maintain;
    view.has_person = me != nullptr;
    if (me != nullptr) {
      std::vector<Enrollment> mine;
      for (const auto& enrollment : repository.EnrollmentsOfPerson(me->id)) {
        if (enrollment.programme == id && !enrollment.withdrawn_at) mine.push_back(enrollment);
      }
      if (auto with_status = WithStatus(tx, mine); !with_status.empty()) view.mine = std::move(with_status.front());
    }
    if (maintain) {
      for (const auto& enrollment : repository.EnrollmentsOfProgramme(id)) {
        if (!enrollment.withdrawn_at) ++view.participants;
      }
    }
    return view;
  });
}

Result<ProgrammeId> ProgrammeService::Create(const domain::User& user, const ProgrammeInput& input,
                                             std::string_view remote_address) {
  if (!CanMaintain(user)) return Forbidden("Kun Koncern HR kan oprette forløb i kataloget.");
  auto checked = Check(input);
  if (!checked) return checked.error();
  const auto& fields = checked.value().first;
  const auto& requirements = checked.value().second;
  return store_.Write([&](Transaction& tx) -> Result<ProgrammeId> {
    const auto id = tx.Get<ProgrammeRepository>().CreateProgramme(fields, requirements, user.id, clock_());
    Audit(tx, user, "programme.created", "programme:" + std::to_string(id), remote_address, fields.name);
    return id;
  });
}

Result<Unit> ProgrammeService::Update(const domain::User& user, ProgrammeId id, int revision,
                                      const ProgrammeInput& input, std::string_view remote_address) {
  if (!CanMaintain(user)) return Forbidden("Kun Koncern HR kan rette forløb i kataloget.");
  auto checked = Check(input);
  if (!checked) return checked.error();
  const auto& fields = checked.value().first;
  const auto& requirements = checked.value().second;
  return store_.Write([&](Transaction& tx) -> Result<Unit> {
    auto& repository = tx.Get<ProgrammeRepository>();
    if (!repository.FindProgramme(id)) return NotFound("Forløbet findes ikke.");
    if (!repository.UpdateProgramme(id, revision, fields, requirements, user.id, clock_())) {
      return Conflict(
          "Forløbet er blevet ændret af en anden, siden du åbnede det. Dine ændringer er ikke gemt; "
          "de står i formularen, så du kan sammenligne og gemme igen.");
    }
    Audit(tx, user, "programme.updated", "programme:" + std::to_string(id), remote_address, fields.name);
    return Unit{};
  });
}

MyDevelopment ProgrammeService::Mine(const domain::User& user) const {
  MyDevelopment view;
  const auto context = organisation_.For(user);
  const auto& organisation = context.organisation();
  view.me = context.me();
  const auto reach = context.Reach(actions::kSeeProgrammeStatus);
  // A leader of leaders: someone else leads a unit somewhere below a unit the viewer leads.
  if (view.me != nullptr) {
    for (const auto& led : organisation.UnitsLedBy(view.me->id)) {
      for (const auto& unit : organisation.Subtree(led.unit)) {
        const auto leaders = organisation.ActiveLeadersOf(unit.id);
        view.sees_chain = view.sees_chain || std::any_of(leaders.begin(), leaders.end(), [&](const auto& leadership) {
                            return leadership.person != view.me->id;
                          });
      }
    }
  }
  store_.Read([&](Transaction& tx) {
    auto& repository = tx.Get<ProgrammeRepository>();
    if (view.me != nullptr) {
      std::vector<Enrollment> mine;
      for (const auto& enrollment : repository.EnrollmentsOfPerson(view.me->id)) {
        if (!enrollment.withdrawn_at) mine.push_back(enrollment);
      }
      view.mine = WithStatus(tx, mine);
      const auto now = clock_();
      std::map<ProgrammeId, std::string> names;
      for (auto& [registration, session] : repository.RegistrationsOfPerson(view.me->id)) {
        if (registration.status == RegistrationStatus::Cancelled || session.status != SessionStatus::Planned ||
            session.fields.starts_at <= now) {
          continue;
        }
        if (!names.contains(session.programme)) {
          const auto programme = repository.FindProgramme(session.programme);
          names[session.programme] = programme ? programme->fields.name : std::string();
        }
        view.upcoming.push_back({registration, session, names[session.programme]});
      }
    }
    if (!view.sees_chain) return 0;
    // Ledervejen of the leaders below: everyone in the catalogue's Ledervejen programme(s) the viewer
    // covers (the people they lead), except the viewer.
    std::vector<Enrollment> chain;
    for (const auto& programme : repository.Programmes()) {
      if (programme.fields.kind != domain::ProgrammeKind::Ledervejen) continue;
      for (const auto& enrollment : repository.EnrollmentsOfProgramme(programme.id)) {
        if (enrollment.withdrawn_at || enrollment.person == view.me->id) continue;
        if (reach.CoversPerson(organisation, enrollment.person)) chain.push_back(enrollment);
      }
    }
    for (auto& entry : WithStatus(tx, chain)) {
      const auto* person = organisation.FindPerson(entry.enrollment.person);
      if (person == nullptr || !person->active) continue;
      view.chain.push_back({person, organisation.FindUnit(person->unit), std::move(entry)});
    }
    return 0;
  });
  std::stable_sort(view.chain.begin(), view.chain.end(), [](const PersonProgramme& a, const PersonProgramme& b) {
    const int ua = Urgency(a.programme.status.state);
    const int ub = Urgency(b.programme.status.state);
    if (ua != ub) return ua < ub;
    return a.programme.status.deadline < b.programme.status.deadline;
  });
  return view;
}

Result<ProgrammeOverview> ProgrammeService::Overview(const domain::User& user, const OverviewQuery& query,
                                                     bool all_rows) const {
  if (Authorize(&user, Requires(kViewProgrammeOverview)) != Decision::Allow) {
    return Forbidden("Oversigten over forløbene er for HR, koncernledelsen og administratorer.");
  }
  const auto context = organisation_.For(user);
  const auto reach = context.Reach(actions::kSeeProgrammeStatus);
  if (!reach.Any()) return Forbidden("Du har ikke adgang til nogen deltageres status.");
  const auto& organisation = context.organisation();
  ProgrammeOverview view;
  view.region = reach.Region();
  auto loaded = store_.Read([&](Transaction& tx) -> Result<std::vector<ParticipantProgramme>> {
    auto& repository = tx.Get<ProgrammeRepository>();
    for (auto& programme : repository.Programmes()) {
      if (!programme.archived_at) view.programmes.push_back(std::move(programme));
    }
    if (view.programmes.empty()) return NotFound("Der er ingen forløb i kataloget.");
    const Programme* shown = nullptr;
    for (const auto& programme : view.programmes) {
      if (query.programme ? programme.id == *query.programme
                          : (shown == nullptr && programme.fields.kind == domain::ProgrammeKind::Ledervejen)) {
        shown = &programme;
      }
    }
    if (query.programme && shown == nullptr) return NotFound("Forløbet findes ikke.");
    view.shown = shown != nullptr ? *shown : view.programmes.front();
    std::vector<Enrollment> enrollments;
    for (auto& enrollment : repository.EnrollmentsOfProgramme(view.shown.id)) {
      if (!enrollment.withdrawn_at && reach.CoversPerson(organisation, enrollment.person)) {
        enrollments.push_back(std::move(enrollment));
      }
    }
    return WithStatus(tx, enrollments);
  });
  if (!loaded) return loaded.error();
  if (query.area) {
    const auto* area = organisation.FindUnit(*query.area);
    if (area == nullptr || AreaOf(organisation, *area) != area) return NotFound("Området findes ikke.");
  }
  std::map<const domain::Unit*, StateCounts> by_area;
  std::vector<OverviewRow> rows;
  for (auto& entry : loaded.value()) {
    const auto* person = organisation.FindPerson(entry.enrollment.person);
    if (person == nullptr) continue;
    const auto* unit = organisation.FindUnit(person->unit);
    const auto* area = unit != nullptr ? AreaOf(organisation, *unit) : nullptr;
    view.total.Add(entry.status.state);
    by_area[area].Add(entry.status.state);
    if (query.area && (area == nullptr || area->id != *query.area)) continue;
    if (query.state && entry.status.state != *query.state) continue;
    rows.push_back({person, unit, area, std::move(entry)});
  }
  for (const auto& [area, counts] : by_area) view.areas.push_back({area, counts});
  std::sort(view.areas.begin(), view.areas.end(), [&](const OverviewArea& a, const OverviewArea& b) {
    // Tree order (a unit's position in the snapshot), the people outside the areas last.
    if ((a.area == nullptr) != (b.area == nullptr)) return b.area == nullptr;
    return a.area != nullptr && a.area < b.area;
  });
  // The chosen order, ties broken by name (and a person without a deadline after those with one).
  const auto by_deadline = [](const OverviewRow& a, const OverviewRow& b) {
    const auto& da = a.programme.status.deadline;
    const auto& db = b.programme.status.deadline;
    if (da.has_value() != db.has_value()) return da.has_value();
    return da < db;
  };
  const auto by_unit = [](const OverviewRow& a, const OverviewRow& b) {
    const auto name = [](const domain::Unit* unit) { return unit != nullptr ? unit->name : std::string(); };
    if (name(a.area) != name(b.area)) return name(a.area) < name(b.area);
    return name(a.unit) < name(b.unit);
  };
  const auto tie = [&](const OverviewRow& a, const OverviewRow& b, auto&& first) {
    if (first(a, b)) return true;
    if (first(b, a)) return false;
    return a.person->FullName() < b.person->FullName();
  };
  std::stable_sort(rows.begin(), rows.end(), [&](const OverviewRow& a, const OverviewRow& b) {
    switch (query.sort) {
      case OverviewSort::Name: return a.person->FullName() < b.person->FullName();
      case OverviewSort::Unit: return tie(a, b, by_unit);
      case OverviewSort::Deadline: return tie(a, b, by_deadline);
      case OverviewSort::Urgency: break;
    }
    const int ua = Urgency(a.programme.status.state);
    const int ub = Urgency(b.programme.status.state);
    if (ua != ub) return ua < ub;
    return tie(a, b, by_deadline);
  });
  view.total_rows = rows.size();
  if (all_rows) {
    view.page = PageOf(rows.size(), 1, std::max<std::size_t>(rows.size(), 1));
    view.rows = std::move(rows);
    store_.Write([&](Transaction& tx) {
      Audit(tx, user, "programme.overview_exported", "programme:" + std::to_string(view.shown.id), "",
            fmt::format("{} rækker", view.total_rows));
      return 0;
    });
  } else {
    view.page = PageOf(rows.size(), query.page, kOverviewPageSize);
    for (auto i = view.page.first; i < view.page.last; ++i) view.rows.push_back(std::move(rows[i]));
  }
  return view;
}

Result<EnrollmentView> ProgrammeService::EnrollmentPage(const domain::User& user, EnrollmentId id,
                                                        std::string_view remote_address) const {
  const auto context = organisation_.For(user);
  const auto& organisation = context.organisation();
  const auto* me = context.me();
  const bool maintain = CanMaintain(user);
  const auto reach = context.Reach(actions::kSeeProgrammeStatus);
  auto view = store_.Read([&](Transaction& tx) -> Result<EnrollmentView> {
    auto& repository = tx.Get<ProgrammeRepository>();
    const auto enrollment = repository.FindEnrollment(id);
    const auto not_found = NotFound("Deltagelsen findes ikke.");
    if (!enrollment) return not_found;
    const bool own = me != nullptr && me->id == enrollment->person;
    if (!own && !maintain && !reach.CoversPerson(organisation, enrollment->person)) return not_found;
    auto with_status = WithStatus(tx, {*enrollment});
    if (with_status.empty()) return not_found;
    EnrollmentView page;
    page.person = organisation.FindPerson(enrollment->person);
    page.unit = page.person != nullptr ? organisation.FindUnit(page.person->unit) : nullptr;
    page.programme = std::move(with_status.front());
    page.credits = repository.CreditsOf(id);
    for (auto& entry : repository.RegistrationsOfPerson(enrollment->person)) {
      if (entry.second.programme == enrollment->programme) page.registrations.push_back(std::move(entry));
    }
    page.can_maintain = maintain;
    page.own = own;
    if (!enrollment->withdrawn_at) {
      const auto programme = repository.FindProgramme(enrollment->programme);
      page.can_withdraw = maintain || (own && programme && programme->fields.kind == domain::ProgrammeKind::Course);
    }
    return page;
  });
  if (!view) return view;
  if (me == nullptr || view->programme.enrollment.person != me->id) {
    store_.Write([&](Transaction& tx) {
      Audit(tx, user, "programme.enrollment_viewed", "programme_enrollment:" + std::to_string(id), remote_address, "");
      return 0;
    });
  }
  return view;
}

Result<EnrollmentId> ProgrammeService::EnrolSelf(const domain::User& user, ProgrammeId id,
                                                 std::string_view remote_address) {
  const auto context = organisation_.For(user);
  const auto* me = context.me();
  if (me == nullptr) {
    return Forbidden("Din konto er ikke knyttet til en person i HR-data, så du kan ikke selv tilmelde dig.");
  }
  const auto now = clock_();
  return store_.Write([&](Transaction& tx) -> Result<EnrollmentId> {
    auto& repository = tx.Get<ProgrammeRepository>();
    const auto programme = repository.FindProgramme(id);
    if (!programme || programme->archived_at) return NotFound("Forløbet findes ikke.");
    if (programme->fields.kind != domain::ProgrammeKind::Course) {
      return Conflict(
          fmt::format("Man tilmelder sig ikke selv {}. Se på siden, hvordan man kommer med.", programme->fields.name));
    }
    if (!programme->fields.open) return Conflict("Forløbet er lukket for tilmelding.");
    for (const auto& enrollment : repository.EnrollmentsOfPerson(me->id)) {
      if (enrollment.programme == id && !enrollment.withdrawn_at) return Conflict("Du er allerede tilmeldt forløbet.");
    }
    NewEnrollment enrollment;
    enrollment.programme = id;
    enrollment.person = me->id;
    enrollment.enrolled_on = domain::ToCopenhagenTime(now).date;
    enrollment.source = EnrollmentSource::Application;
    enrollment.by = user.id;
    enrollment.at = now;
    const auto enrolled = repository.Enroll(enrollment);
    Audit(tx, user, "programme.enrolled_self", "programme_enrollment:" + std::to_string(enrolled), remote_address,
          programme->fields.name);
    return enrolled;
  });
}

Result<EnrollmentId> ProgrammeService::EnrolOther(const domain::User& user, ProgrammeId id, const EnrolmentInput& input,
                                                  std::string_view remote_address) {
  if (!CanMaintain(user)) return Forbidden("Kun Koncern HR kan tilmelde andre.");
  const auto snapshot = organisation_.Current();
  const auto& organisation = snapshot->organisation;
  const auto now = clock_();
  const auto today = domain::ToCopenhagenTime(now).date;
  std::vector<FieldError> errors;
  const auto* person = FindPersonTyped(organisation, input.person);
  if (person == nullptr) {
    errors.push_back({"person", "Skriv e-mailadressen eller medarbejdernummeret på en aktiv person i HR-data."});
  }
  std::optional<std::chrono::year_month_day> deadline;
  if (!domain::CleanText(input.deadline).empty()) {
    deadline = CheckDay(errors, "deadline", input.deadline, {"fristen", today, today + std::chrono::years{10}});
  }
  if (!errors.empty()) return Invalid(std::move(errors));
  // The earliest current leadership (Ledervejen's variant and deadline).
  const domain::Leadership* first = nullptr;
  for (const auto& leadership : organisation.UnitsLedBy(person->id)) {
    const auto* unit = organisation.FindUnit(leadership.unit);
    if (unit == nullptr || !unit->active) continue;
    if (first == nullptr || leadership.leader_since < first->leader_since) first = &leadership;
  }
  return store_.Write([&](Transaction& tx) -> Result<EnrollmentId> {
    auto& repository = tx.Get<ProgrammeRepository>();
    const auto programme = repository.FindProgramme(id);
    if (!programme || programme->archived_at) return NotFound("Forløbet findes ikke.");
    for (const auto& enrollment : repository.EnrollmentsOfPerson(person->id)) {
      if (enrollment.programme == id && !enrollment.withdrawn_at) {
        return Invalid({{"person", person->FullName() + " er allerede tilmeldt forløbet."}});
      }
    }
    NewEnrollment enrollment;
    enrollment.programme = id;
    enrollment.person = person->id;
    enrollment.enrolled_on = today;
    enrollment.deadline = deadline;
    if (programme->fields.kind == domain::ProgrammeKind::Ledervejen) {
      if (first != nullptr) {
        enrollment.variant = first->kind;
        enrollment.enrolled_on = first->leader_since;
        if (!deadline) enrollment.deadline = domain::LedervejenDeadline(first->leader_since);
      }
      if (!enrollment.deadline || *enrollment.deadline < today) {
        return Invalid(
            {{"deadline", fmt::format("{} blev leder for mere end to år siden. Skriv en frist for "
                                      "Ledervejen, fx {}.",
                                      person->FullName(), domain::FormatDate(today + std::chrono::years{1}))}});
      }
    }
    enrollment.source = EnrollmentSource::Hr;
    enrollment.by = user.id;
    enrollment.at = now;
    const auto enrolled = repository.Enroll(enrollment);
    Audit(tx, user, "programme.enrolled_by_hr", "programme_enrollment:" + std::to_string(enrolled), remote_address,
          person->FullName() + " i " + programme->fields.name);
    return enrolled;
  });
}

Result<Unit> ProgrammeService::Withdraw(const domain::User& user, EnrollmentId id, int revision,
                                        std::string_view reason, std::string_view remote_address) {
  const auto context = organisation_.For(user);
  const auto* me = context.me();
  const bool maintain = CanMaintain(user);
  const auto text = domain::CleanText(reason);
  return store_.Write([&](Transaction& tx) -> Result<Unit> {
    auto& repository = tx.Get<ProgrammeRepository>();
    const auto enrollment = repository.FindEnrollment(id);
    const auto not_found = NotFound("Deltagelsen findes ikke.");
    if (!enrollment) return not_found;
    const bool own = me != nullptr && me->id == enrollment->person;
    const auto programme = repository.FindProgramme(enrollment->programme);
    if (!programme) return not_found;
    if (!maintain) {
      if (!own) return not_found;
      if (programme->fields.kind != domain::ProgrammeKind::Course) {
        return Forbidden("Kontakt Koncern HR, hvis du vil udmeldes af " + programme->fields.name + ".");
      }
    }
    if (enrollment->withdrawn_at) return Conflict("Deltagelsen er allerede afmeldt.");
    std::vector<FieldError> errors;
    CheckText(errors, "withdrawal_reason", text,
              {"begrundelsen", kMaxWithdrawalReason, "Skriv kort, hvorfor deltagelsen stopper."});
    if (!errors.empty()) return Invalid(std::move(errors));
    if (!repository.Withdraw(id, revision, text, user.id, clock_())) {
      return Conflict(
          "Deltagelsen er blevet ændret af en anden, siden du åbnede den. Se den, som den er nu, og prøv igen.");
    }
    Audit(tx, user, "programme.withdrawn", "programme_enrollment:" + std::to_string(id), remote_address, text);
    return Unit{};
  });
}

Result<Unit> ProgrammeService::AddCredit(const domain::User& user, EnrollmentId id, const CreditInput& input,
                                         std::string_view remote_address) {
  if (!CanMaintain(user)) return Forbidden("Kun Koncern HR kan give merit.");
  std::vector<FieldError> errors;
  const auto kind = domain::ParseElementKind(input.kind);
  if (!kind) errors.push_back({"kind", "Vælg, hvad der gives merit for."});
  const auto count = ParseCount(input.count);
  if (!count || *count < 1 || *count > kMaxRequired) {
    errors.push_back({"count", fmt::format("Skriv et helt tal fra 1 til {}.", kMaxRequired)});
  }
  const auto reason = domain::CleanText(input.reason);
  CheckText(errors, "reason", reason, {"begrundelsen", kMaxCreditReason, "Skriv, hvorfor der gives merit."});
  if (!errors.empty()) return Invalid(std::move(errors));
  return store_.Write([&](Transaction& tx) -> Result<Unit> {
    auto& repository = tx.Get<ProgrammeRepository>();
    const auto enrollment = repository.FindEnrollment(id);
    if (!enrollment || enrollment->withdrawn_at) return NotFound("Deltagelsen findes ikke.");
    repository.AddCredit({0, id, *kind, *count, reason, user.id, clock_()});
    Audit(tx, user, "programme.credited", "programme_enrollment:" + std::to_string(id), remote_address,
          fmt::format("{} {}: {}", *count, domain::ElementNoun(*kind, *count), reason));
    return Unit{};
  });
}

Result<Unit> ProgrammeService::SetExemption(const domain::User& user, EnrollmentId id, int revision, bool exempt,
                                            std::string_view reason, std::string_view remote_address) {
  if (!CanMaintain(user)) return Forbidden("Kun Koncern HR kan fritage.");
  const auto text = domain::CleanText(reason);
  std::vector<FieldError> errors;
  CheckText(errors, "exemption_reason", text,
            {"begrundelsen", kMaxCreditReason, exempt ? "Skriv, hvorfor personen fritages." : ""});
  if (!errors.empty()) return Invalid(std::move(errors));
  return store_.Write([&](Transaction& tx) -> Result<Unit> {
    auto& repository = tx.Get<ProgrammeRepository>();
    const auto enrollment = repository.FindEnrollment(id);
    if (!enrollment || enrollment->withdrawn_at) return NotFound("Deltagelsen findes ikke.");
    if (!repository.SetExemption(id, revision, exempt, exempt ? text : std::string(), user.id, clock_())) {
      return Conflict(
          "Deltagelsen er blevet ændret af en anden, siden du åbnede den. Se den, som den er nu, og prøv igen.");
    }
    Audit(tx, user, exempt ? "programme.exempted" : "programme.exemption_lifted",
          "programme_enrollment:" + std::to_string(id), remote_address, text);
    return Unit{};
  });
}

Result<CertificateView> ProgrammeService::Certificate(const domain::User& user, EnrollmentId id) {
  const auto context = organisation_.For(user);
  const auto* me = context.me();
  const auto& organisation = context.organisation();
  return store_.Write([&](Transaction& tx) -> Result<CertificateView> {
    auto& repository = tx.Get<ProgrammeRepository>();
    const auto enrollment = repository.FindEnrollment(id);
    if (!enrollment || me == nullptr || enrollment->person != me->id) return NotFound("Beviset findes ikke.");
    const auto with_status = WithStatus(tx, {*enrollment});
    if (with_status.empty()) return NotFound("Beviset findes ikke.");
    const auto& status = with_status.front().status;
    auto certificate = repository.CertificateOfEnrollment(id);
    if (!certificate) {
      if (status.state != ProgressState::Completed) {
        return Conflict("Der er et deltagerbevis, når forløbet er gennemført: " + status.Criteria() + ".");
      }
      app::Certificate issued{id, "", status.Criteria(), clock_()};
      // 31^12 codes: a collision is practically impossible, but a taken code is simply drawn again.
      for (int attempt = 0; attempt < 5 && !certificate; ++attempt) {
        issued.code = RandomCode(domain::kVerificationAlphabet, 12);
        if (!repository.FindCertificate(issued.code)) {
          repository.IssueCertificate(issued);
          certificate = issued;
        }
      }
      if (!certificate) throw std::runtime_error("no free certificate code");
      Audit(tx, user, "programme.certificate_issued", "programme_enrollment:" + std::to_string(id), "", "");
    }
    const auto* person = organisation.FindPerson(enrollment->person);
    return CertificateView{person != nullptr ? person->FullName() : std::string(),
                           with_status.front().programme.fields.name, certificate->criteria,
                           domain::FormatVerificationCode(certificate->code), certificate->issued_at};
  });
}

std::optional<CertificateView> ProgrammeService::Verify(std::string_view code) const {
  const auto normalized = domain::NormalizeVerificationCode(code);
  if (!normalized) return std::nullopt;
  const auto snapshot = organisation_.Current();
  return store_.Read([&](Transaction& tx) -> std::optional<CertificateView> {
    auto& repository = tx.Get<ProgrammeRepository>();
    const auto certificate = repository.FindCertificate(*normalized);
    if (!certificate) return std::nullopt;
    const auto enrollment = repository.FindEnrollment(certificate->enrollment);
    if (!enrollment) return std::nullopt;
    const auto programme = repository.FindProgramme(enrollment->programme);
    const auto* person = snapshot->organisation.FindPerson(enrollment->person);
    return CertificateView{person != nullptr ? person->FullName() : std::string(),
                           programme ? programme->fields.name : std::string(), certificate->criteria,
                           domain::FormatVerificationCode(certificate->code), certificate->issued_at};
  });
}

std::string ProgrammeService::EnrollNewLeaders(domain::Timestamp now) {
  const auto snapshot = organisation_.Current();
  const auto& organisation = snapshot->organisation;
  const auto today = domain::ToCopenhagenTime(now).date;
  const auto leaders = organisation.NewLeaders(today);
  return store_.Write([&](Transaction& tx) -> std::string {
    auto& repository = tx.Get<ProgrammeRepository>();
    std::optional<Programme> ledervejen;
    for (auto& programme : repository.Programmes()) {
      if (programme.fields.kind == domain::ProgrammeKind::Ledervejen && !programme.archived_at) {
        ledervejen = std::move(programme);
        break;
      }
    }
    if (!ledervejen) return "Ledervejen findes ikke i kataloget";
    const auto ever = repository.PeopleEverEnrolled(ledervejen->id);
    const std::unordered_set<domain::PersonId> enrolled(ever.begin(), ever.end());
    int added = 0;
    for (const auto* person : leaders) {
      if (enrolled.contains(person->id)) continue;
      // The earliest current leadership decides the day and the kind of leader.
      const domain::Leadership* first = nullptr;
      for (const auto& leadership : organisation.UnitsLedBy(person->id)) {
        const auto* unit = organisation.FindUnit(leadership.unit);
        if (unit == nullptr || !unit->active) continue;
        if (first == nullptr || leadership.leader_since < first->leader_since) first = &leadership;
      }
      // A leader of many years who took on another unit lately is no new leader.
      if (first == nullptr || today >= domain::LedervejenDeadline(first->leader_since)) continue;
      NewEnrollment enrollment;
      enrollment.programme = ledervejen->id;
      enrollment.person = person->id;
      enrollment.variant = first->kind;
      enrollment.enrolled_on = first->leader_since;
      enrollment.deadline = domain::LedervejenDeadline(first->leader_since);
      enrollment.source = EnrollmentSource::Automatic;
      enrollment.at = now;
      repository.Enroll(enrollment);
      ++added;
    }
    if (added > 0) {
      tx.Get<AuditRepository>().Append({now, std::nullopt, "programme.enrolled_new_leaders",
                                        "programme:" + std::to_string(ledervejen->id), "",
                                        fmt::format("{} nye ledere", added)});
    }
    return fmt::format("{} tilmeldt Ledervejen", domain::CountOf(added, "ny leder", "nye ledere"));
  });
}

}  // namespace lp::app
