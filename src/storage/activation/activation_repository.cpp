#include "storage/activation/activation_repository.hpp"

#include <algorithm>

#include "storage/platform/rows.hpp"

namespace lp::storage {
namespace {

using domain::FromUnixSeconds;
using domain::ToUnixSeconds;

// Rounds.

constexpr std::string_view kSelectRounds =
    "SELECT id, name, description, starts_on, plan_deadline, revision, created_by_user_id, created_at, "
    "updated_by_user_id, updated_at FROM activation_rounds";
constexpr std::string_view kRoundById = "WHERE id = :id";
// Every round (ids are positive).
constexpr std::string_view kRoundsNewestFirst = "WHERE id > 0 ORDER BY starts_on DESC, id DESC";
constexpr std::string_view kFindRound = kJoined<kSelectRounds, kRoundById>;
constexpr std::string_view kListRounds = kJoined<kSelectRounds, kRoundsNewestFirst>;

constexpr std::string_view kInsertRound =
    "INSERT INTO activation_rounds (name, description, starts_on, plan_deadline, created_by_user_id, "
    "created_at, updated_by_user_id, updated_at) VALUES (:name, :description, :starts_on, :deadline, "
    ":created_by, :created_at, :updated_by, :updated_at) RETURNING id";
constexpr std::string_view kUpdateRound =
    "UPDATE activation_rounds SET name = :name, description = :description, "
    "starts_on = :starts_on, plan_deadline = :deadline, updated_by_user_id = :updated_by, "
    "updated_at = :updated_at, revision = revision + 1 "
    "WHERE id = :id AND revision = :revision";

// Plans.

constexpr std::string_view kSelectPlans =
    "SELECT id, round_id, unit_id, status, notes, revision, created_by_user_id, created_at, updated_at, "
    "approved_by_user_id, approved_at, withdrawn_by_user_id, withdrawn_at, withdrawal_reason FROM activation_plans";
constexpr std::string_view kPlanById = "WHERE id = :id";
constexpr std::string_view kPlanOfRoundAndUnit = "WHERE round_id = :round_id AND unit_id = :unit_id";
constexpr std::string_view kPlansOfUnitByRound = "WHERE unit_id = :unit_id ORDER BY round_id";
constexpr std::string_view kFindPlan = kJoined<kSelectPlans, kPlanById>;
constexpr std::string_view kFindPlanFor = kJoined<kSelectPlans, kPlanOfRoundAndUnit>;
constexpr std::string_view kPlansOfUnit = kJoined<kSelectPlans, kPlansOfUnitByRound>;

constexpr std::string_view kInsertPlan =
    "INSERT INTO activation_plans (round_id, unit_id, status, created_by_user_id, created_at, "
    "updated_at) VALUES (:round_id, :unit_id, 'draft', :created_by, :created_at, :updated_at) "
    "RETURNING id";
constexpr std::string_view kUpdatePlanNotes =
    "UPDATE activation_plans SET notes = :notes, updated_at = :updated_at, "
    "revision = revision + 1 WHERE id = :id AND revision = :revision";
constexpr std::string_view kApprovePlan =
    "UPDATE activation_plans SET status = 'approved', approved_by_user_id = :approved_by, "
    "approved_at = :approved_at, updated_at = :updated_at, revision = revision + 1 "
    "WHERE id = :id AND revision = :revision AND status = 'draft'";
constexpr std::string_view kWithdrawApproval =
    "UPDATE activation_plans SET status = 'draft', approved_by_user_id = NULL, approved_at = NULL, "
    "withdrawn_by_user_id = :withdrawn_by, withdrawn_at = :withdrawn_at, withdrawal_reason = :reason, "
    "updated_at = :updated_at, revision = revision + 1 "
    "WHERE id = :id AND revision = :revision AND status = 'approved'";

// Activities.

constexpr std::string_view kSelectActivities =
    "SELECT id, plan_id, kind, title, planned_on, responsible_person_id, responsible, participants, status, "
    "completed_on, outcome, agreements, source_agreement_id, cancelled_by_user_id, cancelled_at, "
    "cancellation_reason, revision, created_by_user_id, created_at, updated_at FROM plan_activities";
constexpr std::string_view kActivityById = "WHERE id = :id";
constexpr std::string_view kActivitiesOfPlanByDay = "WHERE plan_id = :plan_id ORDER BY planned_on, id";
constexpr std::string_view kFindActivity = kJoined<kSelectActivities, kActivityById>;
constexpr std::string_view kActivitiesOf = kJoined<kSelectActivities, kActivitiesOfPlanByDay>;

constexpr std::string_view kInsertActivity =
    "INSERT INTO plan_activities (plan_id, kind, title, planned_on, responsible_person_id, responsible, "
    "participants, status, source_agreement_id, created_by_user_id, created_at, updated_at) "
    "VALUES (:plan_id, :kind, :title, :planned_on, :person, :responsible, :participants, 'planned', "
    ":source, :created_by, :created_at, :updated_at) RETURNING id";
constexpr std::string_view kUpdateActivity =
    "UPDATE plan_activities SET kind = :kind, title = :title, planned_on = :planned_on, "
    "responsible_person_id = :person, responsible = :responsible, "
    "participants = :participants, updated_at = :updated_at, revision = revision + 1 "
    "WHERE id = :id AND revision = :revision AND status <> 'cancelled'";
constexpr std::string_view kCompleteActivity =
    "UPDATE plan_activities SET status = 'done', completed_on = :completed_on, "
    "outcome = :outcome, agreements = :agreements, updated_at = :updated_at, "
    "revision = revision + 1 WHERE id = :id AND revision = :revision "
    "AND status <> 'cancelled'";
constexpr std::string_view kCancelActivity =
    "UPDATE plan_activities SET status = 'cancelled', cancelled_by_user_id = :cancelled_by, "
    "cancelled_at = :cancelled_at, cancellation_reason = :reason, updated_at = :updated_at, "
    "revision = revision + 1 WHERE id = :id AND revision = :revision "
    "AND status = 'planned'";
constexpr std::string_view kReopenActivity =
    "UPDATE plan_activities SET status = 'planned', cancelled_by_user_id = NULL, cancelled_at = NULL, "
    "cancellation_reason = '', updated_at = :updated_at, revision = revision + 1 "
    "WHERE id = :id AND revision = :revision AND status = 'cancelled'";
// The same columns as kSelectActivities, then the plan's unit and round (plan_activities_responsible).
constexpr std::string_view kPlannedActivitiesOf =
    "SELECT a.id, a.plan_id, a.kind, a.title, a.planned_on, a.responsible_person_id, a.responsible, "
    "a.participants, a.status, a.completed_on, a.outcome, a.agreements, a.source_agreement_id, "
    "a.cancelled_by_user_id, a.cancelled_at, a.cancellation_reason, a.revision, a.created_by_user_id, "
    "a.created_at, a.updated_at, p.unit_id, p.round_id "
    "FROM plan_activities a JOIN activation_plans p ON p.id = a.plan_id "
    "WHERE a.responsible_person_id = :person AND a.status = 'planned' AND a.planned_on <= :until "
    "ORDER BY a.planned_on, a.id LIMIT :limit";
constexpr std::string_view kPlannedActivitiesUntil =
    "SELECT a.id, a.plan_id, a.kind, a.title, a.planned_on, a.responsible_person_id, a.responsible, "
    "a.participants, a.status, a.completed_on, a.outcome, a.agreements, a.source_agreement_id, "
    "a.cancelled_by_user_id, a.cancelled_at, a.cancellation_reason, a.revision, a.created_by_user_id, "
    "a.created_at, a.updated_at, p.unit_id, p.round_id "
    "FROM plan_activities a JOIN activation_plans p ON p.id = a.plan_id "
    "WHERE a.responsible_person_id IS NOT NULL AND a.status = 'planned' AND a.planned_on <= :until "
    "ORDER BY a.planned_on, a.id";
constexpr std::string_view kActivitiesOfResponsible =
    "SELECT a.id, a.plan_id, a.kind, a.title, a.planned_on, a.responsible_person_id, a.responsible, "
    "a.participants, a.status, a.completed_on, a.outcome, a.agreements, a.source_agreement_id, "
    "a.cancelled_by_user_id, a.cancelled_at, a.cancellation_reason, a.revision, a.created_by_user_id, "
    "a.created_at, a.updated_at, p.unit_id, p.round_id "
    "FROM plan_activities a JOIN activation_plans p ON p.id = a.plan_id "
    "WHERE a.responsible_person_id = :person AND a.planned_on >= :from ORDER BY a.planned_on, a.id";

// Summaries: one pass over the round's plans and their activities (plan_activities_plan_id).
constexpr std::string_view kSummariesSelect =
    "SELECT p.unit_id, p.id, p.status, p.updated_at, "
    "COALESCE(SUM(CASE WHEN a.status = 'planned' THEN 1 ELSE 0 END), 0), "
    "COALESCE(SUM(CASE WHEN a.status = 'done' THEN 1 ELSE 0 END), 0), "
    "COALESCE(SUM(CASE WHEN a.status = 'cancelled' THEN 1 ELSE 0 END), 0), "
    "COALESCE(SUM(CASE WHEN a.status = 'planned' AND a.planned_on < :today THEN 1 ELSE 0 END), 0) "
    "FROM activation_plans p LEFT JOIN plan_activities a ON a.plan_id = p.id "
    "WHERE p.round_id = :round_id";
constexpr std::string_view kSummariesGrouped = " GROUP BY p.unit_id, p.id, p.status, p.updated_at ORDER BY p.unit_id";
constexpr std::string_view kSummariesOfRound = kJoined<kSummariesSelect, kSummariesGrouped>;
// SummariesOfUnits adds " AND p.unit_id IN (…)" between the two, with the ids written as numbers
// (integers from the snapshot, never text from a request), at most this many per statement.
constexpr std::size_t kUnitsPerStatement = 500;

// The columns of kSelectRounds.
struct RoundRow {
  long long id = 0;
  std::string name;
  std::string description;
  std::string starts_on;
  std::string deadline;
  long long revision = 0;
  Nullable<domain::UserId> created_by;
  long long created_at = 0;
  Nullable<domain::UserId> updated_by;
  long long updated_at = 0;

  app::ActivationRound ToRound() const {
    app::ActivationRound round;
    round.id = static_cast<app::RoundId>(id);
    round.fields = {name, description, FromSqlDate(starts_on, "activation_rounds.starts_on"),
                    FromSqlDate(deadline, "activation_rounds.plan_deadline")};
    round.revision = revision;
    round.created_by = created_by.Get();
    round.created_at = FromUnixSeconds(created_at);
    round.updated_by = updated_by.Get();
    round.updated_at = FromUnixSeconds(updated_at);
    return round;
  }
};

void Into(soci::statement& statement, RoundRow& row) {
  statement.exchange(soci::into(row.id));
  statement.exchange(soci::into(row.name));
  statement.exchange(soci::into(row.description));
  statement.exchange(soci::into(row.starts_on));
  statement.exchange(soci::into(row.deadline));
  statement.exchange(soci::into(row.revision));
  statement.exchange(IntoNullable(row.created_by));
  statement.exchange(soci::into(row.created_at));
  statement.exchange(IntoNullable(row.updated_by));
  statement.exchange(soci::into(row.updated_at));
}

// The columns of kSelectPlans.
struct PlanRow {
  long long id = 0;
  long long round = 0;
  long long unit = 0;
  std::string status;
  std::string notes;
  long long revision = 0;
  Nullable<domain::UserId> created_by;
  long long created_at = 0;
  long long updated_at = 0;
  Nullable<domain::UserId> approved_by;
  Nullable<domain::Timestamp> approved_at;
  Nullable<domain::UserId> withdrawn_by;
  Nullable<domain::Timestamp> withdrawn_at;
  std::string withdrawal_reason;

  app::ActivationPlan ToPlan() const {
    app::ActivationPlan plan;
    plan.id = static_cast<app::PlanId>(id);
    plan.round = static_cast<app::RoundId>(round);
    plan.unit = static_cast<domain::UnitId>(unit);
    plan.status = DecodeCode(status, "activation_plans.status", domain::ParsePlanStatus);
    plan.notes = notes;
    plan.revision = revision;
    plan.created_by = created_by.Get();
    plan.created_at = FromUnixSeconds(created_at);
    plan.updated_at = FromUnixSeconds(updated_at);
    plan.approved_by = approved_by.Get();
    plan.approved_at = approved_at.Get();
    plan.withdrawn_by = withdrawn_by.Get();
    plan.withdrawn_at = withdrawn_at.Get();
    plan.withdrawal_reason = withdrawal_reason;
    return plan;
  }
};

void Into(soci::statement& statement, PlanRow& row) {
  statement.exchange(soci::into(row.id));
  statement.exchange(soci::into(row.round));
  statement.exchange(soci::into(row.unit));
  statement.exchange(soci::into(row.status));
  statement.exchange(soci::into(row.notes));
  statement.exchange(soci::into(row.revision));
  statement.exchange(IntoNullable(row.created_by));
  statement.exchange(soci::into(row.created_at));
  statement.exchange(soci::into(row.updated_at));
  statement.exchange(IntoNullable(row.approved_by));
  statement.exchange(IntoNullable(row.approved_at));
  statement.exchange(IntoNullable(row.withdrawn_by));
  statement.exchange(IntoNullable(row.withdrawn_at));
  statement.exchange(soci::into(row.withdrawal_reason));
}

// The columns of kSelectActivities.
struct ActivityRow {
  long long id = 0;
  long long plan = 0;
  std::string kind;
  std::string title;
  std::string planned_on;
  Nullable<domain::PersonId> person;
  std::string responsible;
  std::string participants;
  std::string status;
  Nullable<std::chrono::year_month_day> completed_on;
  std::string outcome;
  std::string agreements;
  Nullable<long long> source;
  Nullable<domain::UserId> cancelled_by;
  Nullable<domain::Timestamp> cancelled_at;
  std::string cancellation_reason;
  long long revision = 0;
  Nullable<domain::UserId> created_by;
  long long created_at = 0;
  long long updated_at = 0;

  app::PlanActivity ToActivity() const {
    app::PlanActivity activity;
    activity.id = static_cast<app::ActivityId>(id);
    activity.plan = static_cast<app::PlanId>(plan);
    activity.fields.kind = DecodeCode(kind, "plan_activities.kind", domain::ParseActivityKind);
    activity.fields.title = title;
    activity.fields.planned_on = FromSqlDate(planned_on, "plan_activities.planned_on");
    activity.fields.responsible_person = person.Get();
    activity.fields.responsible = responsible;
    activity.fields.participants = participants;
    activity.status = DecodeCode(status, "plan_activities.status", domain::ParseActivityStatus);
    activity.completed_on = completed_on.Get("plan_activities.completed_on");
    activity.outcome = outcome;
    activity.agreements = agreements;
    activity.source_agreement = source.Get();
    activity.cancelled_by = cancelled_by.Get();
    activity.cancelled_at = cancelled_at.Get();
    activity.cancellation_reason = cancellation_reason;
    activity.revision = revision;
    activity.created_by = created_by.Get();
    activity.created_at = FromUnixSeconds(created_at);
    activity.updated_at = FromUnixSeconds(updated_at);
    return activity;
  }
};

void Into(soci::statement& statement, ActivityRow& row) {
  statement.exchange(soci::into(row.id));
  statement.exchange(soci::into(row.plan));
  statement.exchange(soci::into(row.kind));
  statement.exchange(soci::into(row.title));
  statement.exchange(soci::into(row.planned_on));
  statement.exchange(IntoNullable(row.person));
  statement.exchange(soci::into(row.responsible));
  statement.exchange(soci::into(row.participants));
  statement.exchange(soci::into(row.status));
  statement.exchange(IntoNullable(row.completed_on));
  statement.exchange(soci::into(row.outcome));
  statement.exchange(soci::into(row.agreements));
  statement.exchange(IntoNullable(row.source));
  statement.exchange(IntoNullable(row.cancelled_by));
  statement.exchange(IntoNullable(row.cancelled_at));
  statement.exchange(soci::into(row.cancellation_reason));
  statement.exchange(soci::into(row.revision));
  statement.exchange(IntoNullable(row.created_by));
  statement.exchange(soci::into(row.created_at));
  statement.exchange(soci::into(row.updated_at));
}

// The columns of kPlannedActivitiesOf.
struct PlacedActivityRow {
  ActivityRow activity;
  long long unit = 0;
  long long round = 0;

  app::PlacedPlanActivity ToPlaced() const {
    return {activity.ToActivity(), static_cast<domain::UnitId>(unit), static_cast<app::RoundId>(round)};
  }
};

void Into(soci::statement& statement, PlacedActivityRow& row) {
  Into(statement, row.activity);
  statement.exchange(soci::into(row.unit));
  statement.exchange(soci::into(row.round));
}

// The columns of kSummariesOfRound.
struct SummaryRow {
  long long unit = 0;
  long long plan = 0;
  std::string status;
  long long updated_at = 0;
  long long planned = 0;
  long long done = 0;
  long long cancelled = 0;
  long long overdue = 0;

  app::UnitPlanSummary ToSummary() const {
    app::UnitPlanSummary summary;
    summary.unit = static_cast<domain::UnitId>(unit);
    summary.plan = static_cast<app::PlanId>(plan);
    summary.status = DecodeCode(status, "activation_plans.status", domain::ParsePlanStatus);
    summary.updated_at = FromUnixSeconds(updated_at);
    summary.planned = planned;
    summary.done = done;
    summary.cancelled = cancelled;
    summary.overdue = overdue;
    return summary;
  }
};

void Into(soci::statement& statement, SummaryRow& row) {
  statement.exchange(soci::into(row.unit));
  statement.exchange(soci::into(row.plan));
  statement.exchange(soci::into(row.status));
  statement.exchange(soci::into(row.updated_at));
  statement.exchange(soci::into(row.planned));
  statement.exchange(soci::into(row.done));
  statement.exchange(soci::into(row.cancelled));
  statement.exchange(soci::into(row.overdue));
}

}  // namespace

app::RoundId SociActivationRepository::CreateRound(const app::RoundFields& fields, std::optional<domain::UserId> by,
                                                   domain::Timestamp at) {
  return Guarded(unit_, [&] {
    std::string starts_on = ToSqlDate(fields.starts_on);
    std::string deadline = ToSqlDate(fields.plan_deadline);
    Nullable<domain::UserId> user(by);
    long long now = ToUnixSeconds(at);
    long long id = 0;
    Execute(unit_.sql, kInsertRound, soci::use(fields.name, "name"), soci::use(fields.description, "description"),
            soci::use(starts_on, "starts_on"), soci::use(deadline, "deadline"), UseNullable(user, "created_by"),
            soci::use(now, "created_at"), UseNullable(user, "updated_by"), soci::use(now, "updated_at"),
            soci::into(id));
    return static_cast<app::RoundId>(id);
  });
}

bool SociActivationRepository::UpdateRound(app::RoundId id, long long revision, const app::RoundFields& fields,
                                           std::optional<domain::UserId> by, domain::Timestamp at) {
  return Guarded(unit_, [&] {
    long long round = id;
    long long expected = revision;
    std::string starts_on = ToSqlDate(fields.starts_on);
    std::string deadline = ToSqlDate(fields.plan_deadline);
    Nullable<domain::UserId> user(by);
    long long now = ToUnixSeconds(at);
    return Execute(unit_.sql, kUpdateRound, soci::use(fields.name, "name"),
                   soci::use(fields.description, "description"), soci::use(starts_on, "starts_on"),
                   soci::use(deadline, "deadline"), UseNullable(user, "updated_by"), soci::use(now, "updated_at"),
                   soci::use(round, "id"), soci::use(expected, "revision")) > 0;
  });
}

std::optional<app::ActivationRound> SociActivationRepository::FindRound(app::RoundId id) {
  return Guarded(unit_, [&] {
    long long round = id;
    return SelectFirst<RoundRow>(unit_.sql, kFindRound, &RoundRow::ToRound, soci::use(round, "id"));
  });
}

std::vector<app::ActivationRound> SociActivationRepository::ListRounds() {
  return Guarded(unit_, [&] { return SelectRows<RoundRow>(unit_.sql, kListRounds, &RoundRow::ToRound); });
}

app::PlanId SociActivationRepository::CreatePlan(app::RoundId round, domain::UnitId unit,
                                                 std::optional<domain::UserId> by, domain::Timestamp at) {
  return Guarded(unit_, [&] {
    long long round_id = round;
    long long unit_id = unit;
    Nullable<domain::UserId> user(by);
    long long now = ToUnixSeconds(at);
    long long id = 0;
    Execute(unit_.sql, kInsertPlan, soci::use(round_id, "round_id"), soci::use(unit_id, "unit_id"),
            UseNullable(user, "created_by"), soci::use(now, "created_at"), soci::use(now, "updated_at"),
            soci::into(id));
    return static_cast<app::PlanId>(id);
  });
}

std::optional<app::ActivationPlan> SociActivationRepository::FindPlan(app::PlanId id) {
  return Guarded(unit_, [&] {
    long long plan = id;
    return SelectFirst<PlanRow>(unit_.sql, kFindPlan, &PlanRow::ToPlan, soci::use(plan, "id"));
  });
}

std::optional<app::ActivationPlan> SociActivationRepository::FindPlanFor(app::RoundId round, domain::UnitId unit) {
  return Guarded(unit_, [&] {
    long long round_id = round;
    long long unit_id = unit;
    return SelectFirst<PlanRow>(unit_.sql, kFindPlanFor, &PlanRow::ToPlan, soci::use(round_id, "round_id"),
                                soci::use(unit_id, "unit_id"));
  });
}

std::vector<app::ActivationPlan> SociActivationRepository::PlansOfUnit(domain::UnitId unit) {
  return Guarded(unit_, [&] {
    long long unit_id = unit;
    return SelectRows<PlanRow>(unit_.sql, kPlansOfUnit, &PlanRow::ToPlan, soci::use(unit_id, "unit_id"));
  });
}

bool SociActivationRepository::UpdatePlanNotes(app::PlanId id, long long revision, const std::string& notes,
                                               domain::Timestamp at) {
  return Guarded(unit_, [&] {
    long long plan = id;
    long long expected = revision;
    long long now = ToUnixSeconds(at);
    return Execute(unit_.sql, kUpdatePlanNotes, soci::use(notes, "notes"), soci::use(now, "updated_at"),
                   soci::use(plan, "id"), soci::use(expected, "revision")) > 0;
  });
}

bool SociActivationRepository::ApprovePlan(app::PlanId id, long long revision, std::optional<domain::UserId> by,
                                           domain::Timestamp at) {
  return Guarded(unit_, [&] {
    long long plan = id;
    long long expected = revision;
    Nullable<domain::UserId> user(by);
    long long now = ToUnixSeconds(at);
    return Execute(unit_.sql, kApprovePlan, UseNullable(user, "approved_by"), soci::use(now, "approved_at"),
                   soci::use(now, "updated_at"), soci::use(plan, "id"), soci::use(expected, "revision")) > 0;
  });
}

bool SociActivationRepository::WithdrawApproval(app::PlanId id, long long revision, std::optional<domain::UserId> by,
                                                domain::Timestamp at, const std::string& reason) {
  return Guarded(unit_, [&] {
    long long plan = id;
    long long expected = revision;
    Nullable<domain::UserId> user(by);
    long long now = ToUnixSeconds(at);
    return Execute(unit_.sql, kWithdrawApproval, UseNullable(user, "withdrawn_by"), soci::use(now, "withdrawn_at"),
                   soci::use(reason, "reason"), soci::use(now, "updated_at"), soci::use(plan, "id"),
                   soci::use(expected, "revision")) > 0;
  });
}

app::ActivityId SociActivationRepository::CreateActivity(app::PlanId plan, const app::ActivityFields& fields,
                                                         std::optional<long long> source_agreement,
                                                         std::optional<domain::UserId> by, domain::Timestamp at) {
  return Guarded(unit_, [&] {
    long long plan_id = plan;
    std::string kind(domain::ActivityKindCode(fields.kind));
    std::string planned_on = ToSqlDate(fields.planned_on);
    Nullable<domain::PersonId> person(fields.responsible_person);
    Nullable<long long> source(source_agreement);
    Nullable<domain::UserId> user(by);
    long long now = ToUnixSeconds(at);
    long long id = 0;
    Execute(unit_.sql, kInsertActivity, soci::use(plan_id, "plan_id"), soci::use(kind, "kind"),
            soci::use(fields.title, "title"), soci::use(planned_on, "planned_on"), UseNullable(person, "person"),
            soci::use(fields.responsible, "responsible"), soci::use(fields.participants, "participants"),
            UseNullable(source, "source"), UseNullable(user, "created_by"), soci::use(now, "created_at"),
            soci::use(now, "updated_at"), soci::into(id));
    return static_cast<app::ActivityId>(id);
  });
}

std::optional<app::PlanActivity> SociActivationRepository::FindActivity(app::ActivityId id) {
  return Guarded(unit_, [&] {
    long long activity = id;
    return SelectFirst<ActivityRow>(unit_.sql, kFindActivity, &ActivityRow::ToActivity, soci::use(activity, "id"));
  });
}

std::vector<app::PlanActivity> SociActivationRepository::ActivitiesOf(app::PlanId plan) {
  return Guarded(unit_, [&] {
    long long plan_id = plan;
    return SelectRows<ActivityRow>(unit_.sql, kActivitiesOf, &ActivityRow::ToActivity, soci::use(plan_id, "plan_id"));
  });
}

bool SociActivationRepository::UpdateActivity(app::ActivityId id, long long revision, const app::ActivityFields& fields,
                                              domain::Timestamp at) {
  return Guarded(unit_, [&] {
    long long activity = id;
    long long expected = revision;
    std::string kind(domain::ActivityKindCode(fields.kind));
    std::string planned_on = ToSqlDate(fields.planned_on);
    Nullable<domain::PersonId> person(fields.responsible_person);
    long long now = ToUnixSeconds(at);
    return Execute(unit_.sql, kUpdateActivity, soci::use(kind, "kind"), soci::use(fields.title, "title"),
                   soci::use(planned_on, "planned_on"), UseNullable(person, "person"),
                   soci::use(fields.responsible, "responsible"), soci::use(fields.participants, "participants"),
                   soci::use(now, "updated_at"), soci::use(activity, "id"), soci::use(expected, "revision")) > 0;
  });
}

bool SociActivationRepository::CompleteActivity(app::ActivityId id, long long revision,
                                                std::chrono::year_month_day completed_on, const std::string& outcome,
                                                const std::string& agreements, domain::Timestamp at) {
  return Guarded(unit_, [&] {
    long long activity = id;
    long long expected = revision;
    std::string completed = ToSqlDate(completed_on);
    long long now = ToUnixSeconds(at);
    return Execute(unit_.sql, kCompleteActivity, soci::use(completed, "completed_on"), soci::use(outcome, "outcome"),
                   soci::use(agreements, "agreements"), soci::use(now, "updated_at"), soci::use(activity, "id"),
                   soci::use(expected, "revision")) > 0;
  });
}

bool SociActivationRepository::CancelActivity(app::ActivityId id, long long revision, std::optional<domain::UserId> by,
                                              domain::Timestamp at, const std::string& reason) {
  return Guarded(unit_, [&] {
    long long activity = id;
    long long expected = revision;
    Nullable<domain::UserId> user(by);
    long long now = ToUnixSeconds(at);
    return Execute(unit_.sql, kCancelActivity, UseNullable(user, "cancelled_by"), soci::use(now, "cancelled_at"),
                   soci::use(reason, "reason"), soci::use(now, "updated_at"), soci::use(activity, "id"),
                   soci::use(expected, "revision")) > 0;
  });
}

bool SociActivationRepository::ReopenActivity(app::ActivityId id, long long revision, domain::Timestamp at) {
  return Guarded(unit_, [&] {
    long long activity = id;
    long long expected = revision;
    long long now = ToUnixSeconds(at);
    return Execute(unit_.sql, kReopenActivity, soci::use(now, "updated_at"), soci::use(activity, "id"),
                   soci::use(expected, "revision")) > 0;
  });
}

std::vector<app::UnitPlanSummary> SociActivationRepository::SummariesOfUnits(app::RoundId round,
                                                                             const std::vector<domain::UnitId>& units,
                                                                             std::chrono::year_month_day today) {
  return Guarded(unit_, [&] {
    std::vector<app::UnitPlanSummary> summaries;
    long long round_id = round;
    std::string today_text = ToSqlDate(today);
    for (std::size_t from = 0; from < units.size(); from += kUnitsPerStatement) {
      std::string query(kSummariesSelect);
      query += " AND p.unit_id IN (";
      for (std::size_t i = from; i < std::min(units.size(), from + kUnitsPerStatement); ++i) {
        if (i > from) query += ',';
        query += std::to_string(units[i]);
      }
      query += ')';
      query += kSummariesGrouped;
      auto part = SelectRows<SummaryRow>(unit_.sql, query, &SummaryRow::ToSummary, soci::use(today_text, "today"),
                                         soci::use(round_id, "round_id"));
      summaries.insert(summaries.end(), part.begin(), part.end());
    }
    std::sort(summaries.begin(), summaries.end(),
              [](const app::UnitPlanSummary& a, const app::UnitPlanSummary& b) { return a.unit < b.unit; });
    return summaries;
  });
}

std::vector<app::PlacedPlanActivity> SociActivationRepository::PlannedActivitiesOf(domain::PersonId person,
                                                                                   std::chrono::year_month_day until,
                                                                                   std::size_t limit) {
  return Guarded(unit_, [&] {
    long long person_id = person;
    std::string until_text = ToSqlDate(until);
    long long max_rows = static_cast<long long>(limit);
    return SelectRows<PlacedActivityRow>(unit_.sql, kPlannedActivitiesOf, &PlacedActivityRow::ToPlaced,
                                         soci::use(person_id, "person"), soci::use(until_text, "until"),
                                         soci::use(max_rows, "limit"));
  });
}

std::vector<app::PlacedPlanActivity> SociActivationRepository::PlannedActivitiesUntil(
    std::chrono::year_month_day until) {
  return Guarded(unit_, [&] {
    std::string until_text = ToSqlDate(until);
    return SelectRows<PlacedActivityRow>(unit_.sql, kPlannedActivitiesUntil, &PlacedActivityRow::ToPlaced,
                                         soci::use(until_text, "until"));
  });
}

std::vector<app::PlacedPlanActivity> SociActivationRepository::ActivitiesOfResponsible(
    domain::PersonId person, std::chrono::year_month_day from) {
  return Guarded(unit_, [&] {
    long long person_id = person;
    std::string from_text = ToSqlDate(from);
    return SelectRows<PlacedActivityRow>(unit_.sql, kActivitiesOfResponsible, &PlacedActivityRow::ToPlaced,
                                         soci::use(person_id, "person"), soci::use(from_text, "from"));
  });
}

std::vector<app::UnitPlanSummary> SociActivationRepository::SummariesOfRound(app::RoundId round,
                                                                             std::chrono::year_month_day today) {
  return Guarded(unit_, [&] {
    long long round_id = round;
    std::string today_text = ToSqlDate(today);
    return SelectRows<SummaryRow>(unit_.sql, kSummariesOfRound, &SummaryRow::ToSummary, soci::use(today_text, "today"),
                                  soci::use(round_id, "round_id"));
  });
}

}  // namespace lp::storage
