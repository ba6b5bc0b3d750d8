#include "app/activation/activation_service.hpp"
#include "app/activation/activation_access.hpp"
#include "app/activation/activation_notices.hpp"
#include "app/activation/activation_repository.hpp"
#include "app/foundation/foundation_access.hpp"

#include <algorithm>
#include <charconv>
#include <unordered_map>
#include <utility>

#include "app/platform/errors.hpp"
#include "app/platform/form_checks.hpp"
#include "domain/platform/danish_format.hpp"
#include "domain/platform/text.hpp"
#include "domain/platform/text_encoding.hpp"

namespace lp::app {
namespace {

using domain::ActivityStatus;
using domain::PlanStatus;

constexpr std::string_view kConflictSuffix =
    " Dine ændringer er ikke gemt, men de står stadig i formularen. Se den nuværende version, og gem igen, hvis "
    "dine ændringer stadig skal med.";

std::string_view TrimView(std::string_view text) {
  const auto first = text.find_first_not_of(" \t\r\n");
  if (first == std::string_view::npos) return {};
  const auto last = text.find_last_not_of(" \t\r\n");
  return text.substr(first, last - first + 1);
}

std::chrono::sys_days Days(std::chrono::year_month_day date) { return std::chrono::sys_days{date}; }

std::string Subject(std::string_view kind, long long id) { return std::string(kind) + ":" + std::to_string(id); }

std::optional<domain::PersonId> ParsePersonId(std::string_view text) {
  long long value = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc{} || end != text.data() + text.size() || value <= 0) return std::nullopt;
  return value;
}

bool Offered(const std::vector<const domain::Person*>& choices, domain::PersonId person) {
  return std::any_of(choices.begin(), choices.end(), [&](const domain::Person* p) { return p->id == person; });
}

// Checks an activity's fields against the choices of its unit; fills `fields` when valid.
// The responsible person may be one offered for the unit or anyone active found by name.
std::vector<FieldError> ValidateActivity(ActivityInput input, const domain::Organisation& organisation,
                                         ActivityFields& fields) {
  std::vector<FieldError> errors;
  const auto kind = domain::ParseActivityKind(input.kind);
  if (!kind) {
    errors.push_back({"kind", "Vælg, hvilken slags aktivitet det er."});
  } else {
    fields.kind = *kind;
  }
  input.title = domain::CleanText(input.title);
  CheckText(errors, "title", input.title, {"titlen", kMaxActivationNameLength, "Skriv en titel."});
  fields.title = input.title;
  if (const auto day = CheckDay(errors, "planned_on", input.planned_on, kActivationDay)) fields.planned_on = *day;
  fields.responsible_person.reset();
  const auto person_text = TrimView(input.responsible_person);
  if (!person_text.empty()) {
    const auto person = ParsePersonId(person_text);
    const auto* found = person ? organisation.FindPerson(*person) : nullptr;
    if (found == nullptr || !found->active) {
      errors.push_back({"responsible_person", "Vælg en person fra listen, eller find personen ved navn."});
    } else {
      fields.responsible_person = person;
    }
  }
  input.responsible = domain::CleanText(input.responsible);
  if (CheckText(errors, "responsible", input.responsible, {"navnet eller funktionen", kMaxActivationNameLength}) &&
      input.responsible.empty() && person_text.empty()) {
    errors.push_back({"responsible", "Angiv, hvem der er ansvarlig: vælg en person, eller skriv et navn."});
  }
  fields.responsible = input.responsible;
  input.participants = domain::CleanText(input.participants);
  CheckText(errors, "participants", input.participants, {"deltagerne", kMaxParticipantsLength});
  fields.participants = input.participants;
  return errors;
}

ActivityInput InputFrom(const NewActivity& activity) {
  ActivityInput input;
  input.kind = std::string(domain::ActivityKindCode(activity.kind));
  input.title = activity.title;
  input.planned_on = domain::FormatIsoDate(activity.planned_on);
  if (activity.responsible_person) input.responsible_person = std::to_string(*activity.responsible_person);
  input.responsible = activity.responsible;
  input.participants = activity.participants;
  return input;
}

std::vector<domain::RoundDates> DatesOf(const std::vector<ActivationRound>& rounds) {
  std::vector<domain::RoundDates> dates;
  dates.reserve(rounds.size());
  for (const auto& round : rounds) dates.push_back({round.fields.starts_on, round.fields.plan_deadline});
  return dates;
}

std::optional<RoundId> CurrentRoundId(const std::vector<ActivationRound>& rounds, std::chrono::year_month_day today) {
  const auto dates = DatesOf(rounds);
  const auto index = domain::CurrentRoundIndex(dates, today);
  if (!index) return std::nullopt;
  return rounds[*index].id;
}

bool IsExpected(const domain::Organisation& organisation, const domain::Unit& unit) {
  return unit.active && !organisation.ActiveLeadersOf(unit.id).empty();
}

std::vector<const domain::Person*> LeadersOf(const domain::Organisation& organisation, domain::UnitId unit) {
  std::vector<const domain::Person*> leaders;
  for (const auto& leadership : organisation.ActiveLeadersOf(unit)) {
    if (const auto* person = organisation.FindPerson(leadership.person)) leaders.push_back(person);
  }
  return leaders;
}

std::size_t TreePosition(const domain::Organisation& organisation, const domain::Unit* unit) {
  return static_cast<std::size_t>(unit - organisation.Units().data());
}

}  // namespace

std::vector<FieldError> ValidateRound(const RoundInput& input, RoundFields& fields) {
  std::vector<FieldError> errors;
  fields.name = domain::CleanText(input.name);
  CheckText(errors, "name", fields.name, {"navnet", kMaxActivationNameLength, "Skriv et navn."});
  fields.description = domain::CleanText(input.description);
  CheckText(errors, "description", fields.description, {"beskrivelsen", kMaxActivationTextLength});
  const auto starts_on = CheckDay(errors, "starts_on", input.starts_on, kActivationDay);
  if (starts_on) fields.starts_on = *starts_on;
  const auto plan_deadline = CheckDay(errors, "plan_deadline", input.plan_deadline, kActivationDay);
  if (plan_deadline) fields.plan_deadline = *plan_deadline;
  if (starts_on && plan_deadline && Days(*plan_deadline) < Days(*starts_on)) {
    errors.push_back({"plan_deadline", "Fristen for planerne kan ikke ligge før rundens start (" +
                                           domain::FormatDate(fields.starts_on) + ")."});
  }
  return errors;
}

ActivationService::ActivationService(Store& store, OrganisationService& organisation, Clock clock)
    : store_(store), organisation_(organisation), clock_(std::move(clock)) {}

std::chrono::year_month_day ActivationService::Today() const { return domain::ToCopenhagenTime(clock_()).date; }

RoundView ActivationService::Describe(const ActivationRound& round, std::chrono::year_month_day today,
                                      std::optional<RoundId> current) const {
  RoundView view;
  view.round = round;
  view.started = Days(round.fields.starts_on) <= Days(today);
  view.deadline_passed = Days(round.fields.plan_deadline) < Days(today);
  view.current = current == round.id;
  return view;
}

std::vector<RoundView> ActivationService::DescribeAll(const std::vector<ActivationRound>& rounds) const {
  const auto today = Today();
  const auto current = CurrentRoundId(rounds, today);
  std::vector<RoundView> views;
  views.reserve(rounds.size());
  for (const auto& round : rounds) views.push_back(Describe(round, today, current));
  return views;
}

std::optional<RoundView> ActivationService::CurrentRound() const {
  for (auto& view :
       DescribeAll(store_.Read([](Transaction& tx) { return tx.Get<ActivationRepository>().ListRounds(); }))) {
    if (view.current) return std::move(view);
  }
  return std::nullopt;
}

// --- Rounds ---

RoundsOverview ActivationService::Rounds(const OrganisationContext& context) const {
  RoundsOverview overview;
  overview.rounds =
      DescribeAll(store_.Read([](Transaction& tx) { return tx.Get<ActivationRepository>().ListRounds(); }));
  overview.can_manage = context.Reach(actions::kManageActivationRounds).Region();
  if (const auto* me = context.me()) {
    for (const auto& leadership : context.organisation().UnitsLedBy(me->id)) {
      if (const auto* unit = context.organisation().FindUnit(leadership.unit)) overview.led_units.push_back(unit);
    }
    overview.my_unit = context.organisation().FindUnit(me->unit);
    overview.covering = CoveringUnit(context.organisation(), me->unit);
  }
  return overview;
}

Result<ActivationRound> ActivationService::RoundForEdit(const OrganisationContext& context, RoundId id) const {
  if (!context.Reach(actions::kManageActivationRounds).Region()) {
    return Forbidden("Kun koncernledelsen og administratorer kan ændre aktiveringsrunder.");
  }
  auto round = store_.Read([&](Transaction& tx) { return tx.Get<ActivationRepository>().FindRound(id); });
  if (!round) return NotFound("Aktiveringsrunden findes ikke.");
  return std::move(*round);
}

Result<RoundId> ActivationService::CreateRound(const OrganisationContext& context, const RoundInput& input,
                                               std::string_view remote_address) {
  if (!context.Reach(actions::kManageActivationRounds).Region()) {
    return Forbidden("Kun koncernledelsen og administratorer kan oprette aktiveringsrunder.");
  }
  RoundFields fields;
  auto errors = ValidateRound(input, fields);
  if (!errors.empty()) return Invalid(std::move(errors));
  const auto now = clock_();
  const auto user = context.viewer.user->id;
  return store_.Write([&](Transaction& tx) -> Result<RoundId> {
    const auto id = tx.Get<ActivationRepository>().CreateRound(fields, user, now);
    tx.Get<AuditRepository>().Append({now, user, "activation_round.created", Subject("activation_round", id),
                                      std::string(remote_address), fields.name});
    NotifyRoundStarted(tx, context.organisation(), id, fields, now);
    return id;
  });
}

Result<Unit> ActivationService::UpdateRound(const OrganisationContext& context, RoundId id, long long revision,
                                            const RoundInput& input, std::string_view remote_address) {
  if (!context.Reach(actions::kManageActivationRounds).Region()) {
    return Forbidden("Kun koncernledelsen og administratorer kan ændre aktiveringsrunder.");
  }
  RoundFields fields;
  auto errors = ValidateRound(input, fields);
  if (!errors.empty()) return Invalid(std::move(errors));
  const auto now = clock_();
  const auto user = context.viewer.user->id;
  return store_.Write([&](Transaction& tx) -> Result<Unit> {
    if (!tx.Get<ActivationRepository>().FindRound(id)) return NotFound("Aktiveringsrunden findes ikke.");
    if (!tx.Get<ActivationRepository>().UpdateRound(id, revision, fields, user, now)) {
      return Conflict("Runden er blevet ændret af en anden, siden du åbnede den." + std::string(kConflictSuffix));
    }
    tx.Get<AuditRepository>().Append({now, user, "activation_round.updated", Subject("activation_round", id),
                                      std::string(remote_address), fields.name});
    NotifyRoundStarted(tx, context.organisation(), id, fields, now);  // moved to start today or earlier
    return Unit{};
  });
}

// --- Plans ---

bool ActivationService::CanEdit(const OrganisationContext& context, domain::UnitId unit) const {
  return context.Reach(actions::kEditUnitFoundation).CoversUnit(context.organisation(), unit);
}

std::vector<const domain::Person*> PlanApprovers(const domain::Organisation& organisation, domain::UnitId unit) {
  const auto own = organisation.ActiveLeadersOf(unit);
  const auto leads_unit = [&](domain::PersonId person) {
    return std::any_of(own.begin(), own.end(), [&](const domain::Leadership& l) { return l.person == person; });
  };
  for (const auto* above : organisation.Ancestors(unit)) {
    std::vector<const domain::Person*> approvers;
    for (const auto& leadership : organisation.ActiveLeadersOf(above->id)) {
      if (leads_unit(leadership.person)) continue;
      if (const auto* person = organisation.FindPerson(leadership.person)) approvers.push_back(person);
    }
    if (!approvers.empty()) return approvers;
  }
  return {};
}

const domain::Unit* CoveringUnit(const domain::Organisation& organisation, domain::UnitId unit) {
  const auto* found = organisation.FindUnit(unit);
  if (found != nullptr && !organisation.ActiveLeadersOf(found->id).empty()) return found;
  for (const auto* above : organisation.Ancestors(unit)) {
    if (!organisation.ActiveLeadersOf(above->id).empty()) return above;
  }
  return nullptr;
}

bool ActivationService::CanApprove(const OrganisationContext& context, domain::UnitId unit) const {
  const auto& organisation = context.organisation();
  if (context.viewer.person) {
    const auto me = *context.viewer.person;
    const auto own = organisation.ActiveLeadersOf(unit);
    const bool leads_unit =
        std::any_of(own.begin(), own.end(), [&](const domain::Leadership& l) { return l.person == me; });
    if (!leads_unit) {
      for (const auto* above : organisation.Ancestors(unit)) {
        const auto leaders = organisation.ActiveLeadersOf(above->id);
        if (std::any_of(leaders.begin(), leaders.end(), [&](const domain::Leadership& l) { return l.person == me; })) {
          return true;
        }
      }
    }
  }
  return PlanApprovers(organisation, unit).empty() && context.viewer.user != nullptr &&
         context.viewer.user->HasRole(domain::Role::Koncernledelse);
}

Result<UnitPlanPage> ActivationService::UnitPlan(const OrganisationContext& context, domain::UnitId unit_id,
                                                 std::optional<RoundId> round_id) const {
  const auto& organisation = context.organisation();
  const auto* unit = organisation.FindUnit(unit_id);
  if (unit == nullptr) return UnknownUnit();
  const bool can_edit = CanEdit(context, unit_id);
  if (!can_edit && !context.Reach(actions::kReadUnitPlan).CoversUnit(organisation, unit_id)) {
    return Forbidden(
        "Enhedens aktiveringsplan kan ses af enhedens egne medarbejdere og ledere, lederne over enheden, HR og "
        "koncernledelsen.");
  }
  UnitPlanPage page;
  page.unit = unit;
  page.can_edit = can_edit;
  page.can_approve = CanApprove(context, unit_id);
  page.approvers = PlanApprovers(organisation, unit_id);
  page.expected = IsExpected(organisation, *unit);
  const auto ancestors = organisation.Ancestors(unit_id);
  for (auto it = ancestors.rbegin(); it != ancestors.rend(); ++it) page.ancestors.push_back({*it, {}});
  const auto today = Today();
  struct Loaded {
    std::vector<ActivationRound> rounds;
    std::optional<ActivationPlan> plan;
    std::vector<PlanActivity> activities;
    std::optional<domain::User> approver;
    std::optional<domain::User> withdrawer;
    std::unordered_map<domain::UserId, std::string> cancellers;
  };
  bool round_known = true;
  auto loaded = store_.Read([&](Transaction& tx) {
    Loaded data;
    data.rounds = tx.Get<ActivationRepository>().ListRounds();
    auto shown = round_id ? round_id : CurrentRoundId(data.rounds, today);
    if (round_id && std::none_of(data.rounds.begin(), data.rounds.end(),
                                 [&](const ActivationRound& r) { return r.id == *round_id; })) {
      round_known = false;
      return data;
    }
    if (shown) {
      data.plan = tx.Get<ActivationRepository>().FindPlanFor(*shown, unit_id);
      if (data.plan) {
        data.activities = tx.Get<ActivationRepository>().ActivitiesOf(data.plan->id);
        auto& users = tx.Get<UserRepository>();
        if (data.plan->approved_by) data.approver = users.FindById(*data.plan->approved_by);
        if (data.plan->withdrawn_by) data.withdrawer = users.FindById(*data.plan->withdrawn_by);
        for (const auto& activity : data.activities) {
          if (!activity.cancelled_by || data.cancellers.contains(*activity.cancelled_by)) continue;
          if (const auto user = users.FindById(*activity.cancelled_by)) {
            data.cancellers.emplace(*activity.cancelled_by, user->name);
          }
        }
      }
    }
    return data;
  });
  if (!round_known) return NotFound("Aktiveringsrunden findes ikke.");
  page.rounds = DescribeAll(loaded.rounds);
  const auto shown = round_id ? round_id : CurrentRoundId(loaded.rounds, today);
  for (const auto& view : page.rounds) {
    if (shown == view.round.id) page.round = view;
  }
  page.plan = std::move(loaded.plan);
  if (loaded.approver) page.approved_by_name = loaded.approver->name;
  if (loaded.withdrawer) page.withdrawn_by_name = loaded.withdrawer->name;
  if (page.round) {
    const auto& fields = page.round->round.fields;
    page.state = domain::PlanStateOf(page.plan ? std::optional{page.plan->status} : std::nullopt, fields.starts_on,
                                     fields.plan_deadline, today);
  }
  for (auto& activity : loaded.activities) {
    ActivityView view;
    view.overdue = domain::IsActivityOverdue(activity.status, activity.fields.planned_on, today);
    if (activity.fields.responsible_person) {
      view.responsible_person = organisation.FindPerson(*activity.fields.responsible_person);
    }
    if (activity.cancelled_by) {
      if (const auto name = loaded.cancellers.find(*activity.cancelled_by); name != loaded.cancellers.end()) {
        view.cancelled_by_name = name->second;
      }
    }
    if (activity.status != ActivityStatus::Cancelled) ++page.live_activities;
    view.activity = std::move(activity);
    if (view.overdue) ++page.overdue_activities;
    page.activities.push_back(std::move(view));
  }
  return page;
}

Result<PlanId> ActivationService::CreatePlan(const OrganisationContext& context, domain::UnitId unit, RoundId round,
                                             std::string_view remote_address) {
  if (context.organisation().FindUnit(unit) == nullptr) return UnknownUnit();
  if (!CanEdit(context, unit)) {
    return Forbidden("Kun enhedens ledere, deres stedfortrædere, HR og administratorer kan lave enhedens plan.");
  }
  const auto now = clock_();
  const auto user = context.viewer.user->id;
  return store_.Write([&](Transaction& tx) -> Result<PlanId> {
    if (!tx.Get<ActivationRepository>().FindRound(round)) return NotFound("Aktiveringsrunden findes ikke.");
    if (tx.Get<ActivationRepository>().FindPlanFor(round, unit)) {
      return Conflict("Enheden har allerede en plan i denne runde; en anden har oprettet den, siden du åbnede siden.");
    }
    const auto id = tx.Get<ActivationRepository>().CreatePlan(round, unit, user, now);
    tx.Get<AuditRepository>().Append({now, user, "activation_plan.created", Subject("activation_plan", id),
                                      std::string(remote_address),
                                      "enhed " + std::to_string(unit) + ", runde " + std::to_string(round)});
    return id;
  });
}

Result<Unit> ActivationService::UpdatePlanNotes(const OrganisationContext& context, PlanId plan, long long revision,
                                                const std::string& notes, std::string_view remote_address) {
  const auto text = domain::CleanText(notes);
  std::vector<FieldError> errors;
  CheckText(errors, "notes", text, {"noterne", kMaxActivationTextLength});
  const auto now = clock_();
  const auto user = context.viewer.user->id;
  return store_.Write([&](Transaction& tx) -> Result<Unit> {
    const auto found = tx.Get<ActivationRepository>().FindPlan(plan);
    if (!found) return NotFound("Planen findes ikke.");
    if (!CanEdit(context, found->unit)) {
      return Forbidden("Kun enhedens ledere, deres stedfortrædere, HR og administratorer kan ændre planen.");
    }
    if (!errors.empty()) return Invalid(errors);
    if (!tx.Get<ActivationRepository>().UpdatePlanNotes(plan, revision, text, now)) {
      return Conflict("Planen er blevet ændret af en anden, siden du åbnede den." + std::string(kConflictSuffix));
    }
    tx.Get<AuditRepository>().Append(
        {now, user, "activation_plan.updated", Subject("activation_plan", plan), std::string(remote_address), "noter"});
    return Unit{};
  });
}

Result<Unit> ActivationService::ApprovePlan(const OrganisationContext& context, PlanId plan, long long revision,
                                            std::string_view remote_address) {
  const auto now = clock_();
  const auto user = context.viewer.user->id;
  return store_.Write([&](Transaction& tx) -> Result<Unit> {
    auto& repository = tx.Get<ActivationRepository>();
    const auto found = repository.FindPlan(plan);
    if (!found) return NotFound("Planen findes ikke.");
    if (!CanApprove(context, found->unit)) {
      return Forbidden(
          "En plan godkendes af lederen over enheden (ved regionens top af koncernledelsen), ikke af enheden selv.");
    }
    if (found->status == PlanStatus::Approved) return Conflict("Planen er allerede godkendt.");
    const auto activities = repository.ActivitiesOf(plan);
    if (std::none_of(activities.begin(), activities.end(),
                     [](const PlanActivity& a) { return a.status != ActivityStatus::Cancelled; })) {
      return Invalid({{"approve", "Planen har ingen aktiviteter endnu. En tom plan kan ikke godkendes."}});
    }
    if (!repository.ApprovePlan(plan, revision, user, now)) {
      return Conflict(
          "Planen er blevet ændret af en anden, siden du åbnede den. Se den nuværende version, før du "
          "godkender den.");
    }
    tx.Get<AuditRepository>().Append(
        {now, user, "activation_plan.approved", Subject("activation_plan", plan), std::string(remote_address), ""});
    return Unit{};
  });
}

Result<Unit> ActivationService::WithdrawApproval(const OrganisationContext& context, PlanId plan, long long revision,
                                                 const std::string& reason, std::string_view remote_address) {
  const auto text = domain::CleanText(reason);
  std::vector<FieldError> errors;
  CheckText(errors, "reason", text,
            {"begrundelsen", kMaxActivationTextLength, "Skriv, hvorfor godkendelsen trækkes tilbage."});
  const auto now = clock_();
  const auto user = context.viewer.user->id;
  return store_.Write([&](Transaction& tx) -> Result<Unit> {
    auto& repository = tx.Get<ActivationRepository>();
    const auto found = repository.FindPlan(plan);
    if (!found) return NotFound("Planen findes ikke.");
    if (!CanApprove(context, found->unit)) {
      return Forbidden("Kun den, der kan godkende planen (lederen over enheden), kan trække godkendelsen tilbage.");
    }
    if (found->status != PlanStatus::Approved)
      return Conflict("Planen er ikke godkendt, så der er ingen godkendelse at trække tilbage.");
    if (!errors.empty()) return Invalid(errors);
    if (!repository.WithdrawApproval(plan, revision, user, now, text)) {
      return Conflict("Planen er blevet ændret af en anden, siden du åbnede den." + std::string(kConflictSuffix));
    }
    tx.Get<AuditRepository>().Append({now, user, "activation_plan.approval_withdrawn", Subject("activation_plan", plan),
                                      std::string(remote_address), text});
    return Unit{};
  });
}

std::optional<ActivationPlan> ActivationService::PlanById(PlanId plan) const {
  return store_.Read([&](Transaction& tx) { return tx.Get<ActivationRepository>().FindPlan(plan); });
}

// --- Activities ---

std::vector<const domain::Person*> ActivationService::ResponsibleChoices(const OrganisationContext& context,
                                                                         domain::UnitId unit) const {
  const auto& organisation = context.organisation();
  std::vector<const domain::Person*> choices;
  for (const auto* leader : LeadersOf(organisation, unit)) choices.push_back(leader);
  // The leaders of the units below, in tree order: a unit's activities are often run by them.
  for (const auto& below : organisation.Subtree(unit)) {
    if (below.id == unit || !below.active) continue;
    for (const auto* leader : LeadersOf(organisation, below.id)) {
      if (choices.size() >= kMaxResponsibleChoices) break;
      if (!Offered(choices, leader->id)) choices.push_back(leader);
    }
  }
  for (const auto& person : organisation.PeopleIn(unit)) {
    if (choices.size() >= kMaxResponsibleChoices) break;
    if (!person.active || Offered(choices, person.id)) continue;
    choices.push_back(&person);
  }
  return choices;
}

Result<ActivityPage> ActivationService::NewActivityPage(const OrganisationContext& context, PlanId plan) const {
  auto loaded = store_.Read([&](Transaction& tx) -> std::optional<std::pair<ActivationPlan, ActivationRound>> {
    auto found = tx.Get<ActivationRepository>().FindPlan(plan);
    if (!found) return std::nullopt;
    auto round = tx.Get<ActivationRepository>().FindRound(found->round);
    if (!round) return std::nullopt;
    return std::make_pair(std::move(*found), std::move(*round));
  });
  if (!loaded) return NotFound("Planen findes ikke.");
  const auto* unit = context.organisation().FindUnit(loaded->first.unit);
  if (unit == nullptr) return UnknownUnit();
  if (!CanEdit(context, unit->id)) {
    return Forbidden("Kun enhedens ledere, deres stedfortrædere, HR og administratorer kan tilføje aktiviteter.");
  }
  ActivityPage page;
  page.unit = unit;
  page.plan = std::move(loaded->first);
  page.round = std::move(loaded->second);
  page.responsible_choices = ResponsibleChoices(context, unit->id);
  return page;
}

Result<ActivityId> ActivationService::AddActivity(const OrganisationContext& context, PlanId plan,
                                                  const ActivityInput& input, std::string_view remote_address) {
  const auto now = clock_();
  const auto user = context.viewer.user->id;
  return store_.Write([&](Transaction& tx) -> Result<ActivityId> {
    const auto found = tx.Get<ActivationRepository>().FindPlan(plan);
    if (!found) return NotFound("Planen findes ikke.");
    if (!CanEdit(context, found->unit)) {
      return Forbidden("Kun enhedens ledere, deres stedfortrædere, HR og administratorer kan tilføje aktiviteter.");
    }
    ActivityFields fields;
    auto errors = ValidateActivity(input, context.organisation(), fields);
    if (!errors.empty()) return Invalid(std::move(errors));
    const auto id = tx.Get<ActivationRepository>().CreateActivity(plan, fields, std::nullopt, user, now);
    tx.Get<AuditRepository>().Append(
        {now, user, "plan_activity.created", Subject("plan_activity", id), std::string(remote_address), fields.title});
    return id;
  });
}

Result<PlacedActivity> ActivationService::AddActivity(const OrganisationContext& context, domain::UnitId unit,
                                                      const NewActivity& activity, std::string_view remote_address) {
  return store_.Write([&](Transaction& tx) { return AddActivityIn(tx, context, unit, activity, remote_address); });
}

Result<PlacedActivity> ActivationService::AddActivityIn(Transaction& tx, const OrganisationContext& context,
                                                        domain::UnitId unit, const NewActivity& activity,
                                                        std::string_view remote_address) {
  return AddActivityIn(tx, context, unit, InputFrom(activity), activity.source_agreement, remote_address);
}

Result<PlacedActivity> ActivationService::AddActivityIn(Transaction& tx, const OrganisationContext& context,
                                                        domain::UnitId unit, const ActivityInput& input,
                                                        std::optional<long long> source_agreement,
                                                        std::string_view remote_address) {
  if (context.organisation().FindUnit(unit) == nullptr) return UnknownUnit();
  if (!CanEdit(context, unit)) {
    return Forbidden("Kun enhedens ledere, deres stedfortrædere, HR og administratorer kan tilføje aktiviteter.");
  }
  ActivityFields fields;
  auto errors = ValidateActivity(input, context.organisation(), fields);
  if (!errors.empty()) return Invalid(std::move(errors));
  const auto now = clock_();
  const auto user = context.viewer.user->id;
  const auto round = CurrentRoundId(tx.Get<ActivationRepository>().ListRounds(), Today());
  if (!round) {
    return Invalid({},
                   "Der er ingen aktiveringsrunde endnu, så aktiviteten kan ikke komme i en plan. Koncernledelsen "
                   "opretter runderne.");
  }
  auto plan = tx.Get<ActivationRepository>().FindPlanFor(*round, unit);
  PlanId plan_id = 0;
  if (plan) {
    plan_id = plan->id;
  } else {
    plan_id = tx.Get<ActivationRepository>().CreatePlan(*round, unit, user, now);
    tx.Get<AuditRepository>().Append(
        {now, user, "activation_plan.created", Subject("activation_plan", plan_id), std::string(remote_address),
         "enhed " + std::to_string(unit) + ", runde " + std::to_string(*round) + " (med en aktivitet)"});
  }
  const auto id = tx.Get<ActivationRepository>().CreateActivity(plan_id, fields, source_agreement, user, now);
  tx.Get<AuditRepository>().Append(
      {now, user, "plan_activity.created", Subject("plan_activity", id), std::string(remote_address), fields.title});
  return PlacedActivity{id, unit, *round, plan_id};
}

Result<ActivityPage> ActivationService::Activity(const OrganisationContext& context, ActivityId id) const {
  struct Loaded {
    PlanActivity activity;
    ActivationPlan plan;
    ActivationRound round;
  };
  auto loaded = store_.Read([&](Transaction& tx) -> std::optional<Loaded> {
    auto activity = tx.Get<ActivationRepository>().FindActivity(id);
    if (!activity) return std::nullopt;
    auto plan = tx.Get<ActivationRepository>().FindPlan(activity->plan);
    if (!plan) return std::nullopt;
    auto round = tx.Get<ActivationRepository>().FindRound(plan->round);
    if (!round) return std::nullopt;
    return Loaded{std::move(*activity), std::move(*plan), std::move(*round)};
  });
  if (!loaded) return NotFound("Aktiviteten findes ikke.");
  const auto& organisation = context.organisation();
  const auto* unit = organisation.FindUnit(loaded->plan.unit);
  if (unit == nullptr) return UnknownUnit();
  if (!CanEdit(context, unit->id) && !context.Reach(actions::kReadUnitPlan).CoversUnit(organisation, unit->id)) {
    return Forbidden("Aktiviteten kan kun ses af dem, der kan se enhedens aktiveringsplan.");
  }
  ActivityPage page;
  page.unit = unit;
  page.round = std::move(loaded->round);
  page.plan = std::move(loaded->plan);
  page.activity.overdue =
      domain::IsActivityOverdue(loaded->activity.status, loaded->activity.fields.planned_on, Today());
  if (loaded->activity.fields.responsible_person) {
    page.activity.responsible_person = organisation.FindPerson(*loaded->activity.fields.responsible_person);
  }
  page.activity.activity = std::move(loaded->activity);
  page.responsible_choices = ResponsibleChoices(context, unit->id);
  return page;
}

Result<std::pair<PlanActivity, ActivationPlan>> ActivationService::EditableActivity(Transaction& tx,
                                                                                    const OrganisationContext& context,
                                                                                    ActivityId id,
                                                                                    std::string_view what) const {
  auto found = tx.Get<ActivationRepository>().FindActivity(id);
  if (!found) return NotFound("Aktiviteten findes ikke.");
  auto plan = tx.Get<ActivationRepository>().FindPlan(found->plan);
  if (!plan) return NotFound("Aktiviteten findes ikke.");
  if (!CanEdit(context, plan->unit)) {
    return Forbidden("Kun enhedens ledere, deres stedfortrædere, HR og administratorer kan " + std::string(what) + ".");
  }
  return std::make_pair(std::move(*found), std::move(*plan));
}

Result<Unit> ActivationService::UpdateActivity(const OrganisationContext& context, ActivityId id, long long revision,
                                               const ActivityInput& input, std::string_view remote_address) {
  const auto now = clock_();
  const auto user = context.viewer.user->id;
  return store_.Write([&](Transaction& tx) -> Result<Unit> {
    const auto loaded = EditableActivity(tx, context, id, "ændre aktiviteter");
    if (!loaded) return loaded.error();
    const auto& found = loaded->first;
    ActivityFields fields;
    auto errors = ValidateActivity(input, context.organisation(), fields);
    // A responsible person who has since left the unit may stay as they were.
    if (found.fields.responsible_person &&
        input.responsible_person == std::to_string(*found.fields.responsible_person)) {
      std::erase_if(errors, [](const FieldError& e) { return e.field == "responsible_person"; });
      fields.responsible_person = found.fields.responsible_person;
    }
    if (!errors.empty()) return Invalid(std::move(errors));
    if (found.status == ActivityStatus::Cancelled) {
      return Conflict("Aktiviteten er aflyst og kan ikke ændres længere.");
    }
    if (!tx.Get<ActivationRepository>().UpdateActivity(id, revision, fields, now)) {
      return Conflict("Aktiviteten er blevet ændret af en anden, siden du åbnede den." + std::string(kConflictSuffix));
    }
    tx.Get<AuditRepository>().Append(
        {now, user, "plan_activity.updated", Subject("plan_activity", id), std::string(remote_address), fields.title});
    return Unit{};
  });
}

Result<Unit> ActivationService::CompleteActivity(const OrganisationContext& context, ActivityId id, long long revision,
                                                 const CompletionInput& input, std::string_view remote_address) {
  const auto now = clock_();
  const auto today = Today();
  const auto user = context.viewer.user->id;
  return store_.Write([&](Transaction& tx) -> Result<Unit> {
    const auto loaded = EditableActivity(tx, context, id, "afslutte aktiviteter");
    if (!loaded) return loaded.error();
    const auto& found = loaded->first;
    const auto& plan = loaded->second;
    const auto round = tx.Get<ActivationRepository>().FindRound(plan.round);
    std::vector<FieldError> errors;
    std::chrono::year_month_day completed_on = today;
    if (!TrimView(input.completed_on).empty()) {
      const auto day = CheckDay(errors, "completed_on", input.completed_on, kActivationDay);
      if (day) completed_on = *day;
      if (day && Days(*day) > Days(today)) {
        errors.push_back({"completed_on", "Datoen kan ikke ligge efter i dag (" + domain::FormatDate(today) + ")."});
      } else if (day && round && Days(*day) < Days(round->fields.starts_on)) {
        errors.push_back({"completed_on", "Datoen kan ikke ligge før rundens start (" +
                                              domain::FormatDate(round->fields.starts_on) + ")."});
      }
    }
    const auto outcome = domain::CleanText(input.outcome);
    CheckText(errors, "outcome", outcome, {"resultatet", kMaxActivationTextLength});
    const auto agreements = domain::CleanText(input.agreements);
    CheckText(errors, "agreements", agreements, {"aftalerne", kMaxActivationTextLength});
    if (!errors.empty()) return Invalid(std::move(errors));
    if (found.status == ActivityStatus::Cancelled) {
      return Conflict("Aktiviteten er aflyst og kan ikke markeres som gennemført.");
    }
    if (!tx.Get<ActivationRepository>().CompleteActivity(id, revision, completed_on, outcome, agreements, now)) {
      return Conflict("Aktiviteten er blevet ændret af en anden, siden du åbnede den." + std::string(kConflictSuffix));
    }
    tx.Get<AuditRepository>().Append({now, user, "plan_activity.done", Subject("plan_activity", id),
                                      std::string(remote_address), domain::FormatIsoDate(completed_on)});
    return Unit{};
  });
}

Result<Unit> ActivationService::CancelActivity(const OrganisationContext& context, ActivityId id, long long revision,
                                               const std::string& reason, std::string_view remote_address) {
  const auto text = domain::CleanText(reason);
  std::vector<FieldError> errors;
  CheckText(errors, "reason", text, {"begrundelsen", kMaxActivationTextLength, "Skriv, hvorfor aktiviteten aflyses."});
  const auto now = clock_();
  const auto user = context.viewer.user->id;
  return store_.Write([&](Transaction& tx) -> Result<Unit> {
    const auto loaded = EditableActivity(tx, context, id, "aflyse aktiviteter");
    if (!loaded) return loaded.error();
    const auto& found = loaded->first;
    if (found.status != ActivityStatus::Planned) {
      return Conflict(found.status == ActivityStatus::Done ? "Aktiviteten er gennemført og kan ikke aflyses."
                                                           : "Aktiviteten er allerede aflyst.");
    }
    if (!errors.empty()) return Invalid(errors);
    if (!tx.Get<ActivationRepository>().CancelActivity(id, revision, user, now, text)) {
      return Conflict(
          "Aktiviteten er blevet ændret af en anden, siden du åbnede siden. Se den nuværende version, "
          "før du aflyser den.");
    }
    tx.Get<AuditRepository>().Append({now, user, "plan_activity.cancelled", Subject("plan_activity", id),
                                      std::string(remote_address), found.fields.title + ": " + text});
    return Unit{};
  });
}

Result<Unit> ActivationService::ReopenActivity(const OrganisationContext& context, ActivityId id, long long revision,
                                               std::string_view remote_address) {
  const auto now = clock_();
  const auto user = context.viewer.user->id;
  return store_.Write([&](Transaction& tx) -> Result<Unit> {
    const auto loaded = EditableActivity(tx, context, id, "genoptage aktiviteter");
    if (!loaded) return loaded.error();
    const auto& found = loaded->first;
    if (found.status != ActivityStatus::Cancelled) return Conflict("Aktiviteten er ikke aflyst.");
    if (!tx.Get<ActivationRepository>().ReopenActivity(id, revision, now)) {
      return Conflict(
          "Aktiviteten er blevet ændret af en anden, siden du åbnede siden. Se den nuværende version, "
          "før du genoptager den.");
    }
    tx.Get<AuditRepository>().Append({now, user, "plan_activity.reopened", Subject("plan_activity", id),
                                      std::string(remote_address), found.fields.title});
    return Unit{};
  });
}

// --- The leaders' overview ---

MyUnitsOverview ActivationService::MyUnits(const OrganisationContext& context, std::optional<RoundId> round_id) const {
  MyUnitsOverview overview;
  overview.me = context.me();
  const auto& organisation = context.organisation();
  const auto today = Today();
  auto [rounds, summaries] = store_.Read([&](Transaction& tx) {
    auto all = tx.Get<ActivationRepository>().ListRounds();
    auto shown = round_id ? round_id : CurrentRoundId(all, today);
    if (shown && std::none_of(all.begin(), all.end(), [&](const ActivationRound& r) { return r.id == *shown; })) {
      shown.reset();
    }
    std::vector<UnitPlanSummary> found;
    if (shown) found = tx.Get<ActivationRepository>().SummariesOfRound(*shown, today);
    return std::make_pair(std::move(all), std::move(found));
  });
  overview.rounds = DescribeAll(rounds);
  const auto shown = round_id ? round_id : CurrentRoundId(rounds, today);
  for (const auto& view : overview.rounds) {
    if (shown == view.round.id) overview.round = view;
  }
  if (overview.me == nullptr || !overview.round) return overview;
  std::unordered_map<domain::UnitId, const UnitPlanSummary*> by_unit;
  for (const auto& summary : summaries) by_unit.emplace(summary.unit, &summary);
  const auto& fields = overview.round->round.fields;
  const auto row_for = [&](const domain::Unit& unit) {
    AttentionRow row;
    row.unit = &unit;
    row.leaders = LeadersOf(organisation, unit.id);
    const auto found = by_unit.find(unit.id);
    if (found != by_unit.end()) row.summary = *found->second;
    row.state = domain::PlanStateOf(row.summary ? std::optional{row.summary->status} : std::nullopt, fields.starts_on,
                                    fields.plan_deadline, today);
    return row;
  };
  // The outermost led units in tree order; a subtree is a contiguous run of Units().
  std::vector<const domain::Unit*> led;
  for (const auto& leadership : organisation.UnitsLedBy(overview.me->id)) {
    if (const auto* unit = organisation.FindUnit(leadership.unit)) led.push_back(unit);
  }
  std::sort(led.begin(), led.end(), [&](const domain::Unit* a, const domain::Unit* b) {
    return TreePosition(organisation, a) < TreePosition(organisation, b);
  });
  for (const auto* unit : led) overview.own.push_back(row_for(*unit));
  std::vector<const domain::Unit*> roots;
  for (const auto* unit : led) {
    if (!roots.empty() && organisation.IsInSubtree(unit->id, roots.back()->id)) continue;
    roots.push_back(unit);
  }
  for (const auto* root : roots) {
    for (const auto& unit : organisation.Subtree(root->id)) {
      if (!IsExpected(organisation, unit)) {
        if (!unit.active) continue;
        ++overview.leaderless_total;
        if (overview.leaderless.size() < kMaxAttentionRows) {
          overview.leaderless.emplace_back(&unit, CoveringUnit(organisation, unit.id));
        }
        continue;
      }
      ++overview.expected_units;
      auto row = row_for(unit);
      if (row.summary) {
        ++overview.with_plan;
        if (row.summary->status == PlanStatus::Approved) ++overview.approved;
        overview.overdue_activities += row.summary->overdue;
      }
      if (domain::PlanNeedsAttention(row.state)) ++overview.missing;
      const bool attention = domain::PlanNeedsAttention(row.state) || (row.summary && row.summary->overdue > 0);
      if (!attention) continue;
      ++overview.attention_total;
      if (overview.attention.size() < kMaxAttentionRows) overview.attention.push_back(std::move(row));
    }
  }
  return overview;
}

}  // namespace lp::app
