#include "storage/activation/activation_repository.hpp"

#include <soci/soci.h>

#include "storage/platform/sql_values.hpp"

namespace lp::storage {
namespace {

using domain::FromUnixSeconds;
using domain::ToUnixSeconds;

// Every bound value is a named local: soci::use reads it when the statement runs.

std::optional<domain::UserId> UserFrom(long long id, soci::indicator indicator) {
  return FromNullableId<domain::UserId>(id, indicator);
}

constexpr std::string_view kRoundColumns =
    "SELECT id, name, description, starts_on, plan_deadline, revision, created_by_user_id, created_at, "
    "updated_by_user_id, updated_at FROM activation_rounds ";

constexpr std::string_view kPlanColumns =
    "SELECT id, round_id, unit_id, status, notes, revision, created_by_user_id, created_at, updated_at, "
    "approved_by_user_id, approved_at FROM activation_plans ";

constexpr std::string_view kActivityColumns =
    "SELECT id, plan_id, kind, title, planned_on, responsible_person_id, responsible, participants, status, "
    "completed_on, outcome, agreements, source_agreement_id, revision, created_by_user_id, created_at, updated_at "
    "FROM plan_activities ";

}  // namespace

app::RoundId SociActivationRepository::CreateRound(const app::RoundFields& fields, std::optional<domain::UserId> by,
                                                   domain::Timestamp at) {
  return Guarded(unit_, [&] {
    std::string name = fields.name;
    std::string description = fields.description;
    std::string starts_on = ToSqlDate(fields.starts_on);
    std::string deadline = ToSqlDate(fields.plan_deadline);
    long long user = by.value_or(0);
    soci::indicator user_indicator = by ? soci::i_ok : soci::i_null;
    long long now = ToUnixSeconds(at);
    long long id = 0;
    unit_.sql << "INSERT INTO activation_rounds (name, description, starts_on, plan_deadline, created_by_user_id, "
                 "created_at, updated_by_user_id, updated_at) VALUES (:name, :description, :starts_on, :deadline, "
                 ":created_by, :created_at, :updated_by, :updated_at) RETURNING id",
        soci::use(name, "name"), soci::use(description, "description"), soci::use(starts_on, "starts_on"),
        soci::use(deadline, "deadline"), soci::use(user, user_indicator, "created_by"), soci::use(now, "created_at"),
        soci::use(user, user_indicator, "updated_by"), soci::use(now, "updated_at"), soci::into(id);
    return static_cast<app::RoundId>(id);
  });
}

bool SociActivationRepository::UpdateRound(app::RoundId id, long long revision, const app::RoundFields& fields,
                                           std::optional<domain::UserId> by, domain::Timestamp at) {
  return Guarded(unit_, [&] {
    long long round = id;
    long long expected = revision;
    std::string name = fields.name;
    std::string description = fields.description;
    std::string starts_on = ToSqlDate(fields.starts_on);
    std::string deadline = ToSqlDate(fields.plan_deadline);
    long long user = by.value_or(0);
    soci::indicator user_indicator = by ? soci::i_ok : soci::i_null;
    long long now = ToUnixSeconds(at);
    soci::statement update =
        (unit_.sql.prepare << "UPDATE activation_rounds SET name = :name, description = :description, "
                              "starts_on = :starts_on, plan_deadline = :deadline, updated_by_user_id = :updated_by, "
                              "updated_at = :updated_at, revision = revision + 1 "
                              "WHERE id = :id AND revision = :revision",
         soci::use(name, "name"), soci::use(description, "description"), soci::use(starts_on, "starts_on"),
         soci::use(deadline, "deadline"), soci::use(user, user_indicator, "updated_by"), soci::use(now, "updated_at"),
         soci::use(round, "id"), soci::use(expected, "revision"));
    update.execute(true);
    return update.get_affected_rows() > 0;
  });
}

std::vector<app::ActivationRound> SociActivationRepository::SelectRounds(const std::string& where, long long key) {
  return Guarded(unit_, [&] {
    std::vector<app::ActivationRound> rounds;
    long long bound_key = key;
    long long id = 0;
    std::string name;
    std::string description;
    std::string starts_on;
    std::string deadline;
    long long revision = 0;
    long long created_by = 0;
    soci::indicator created_by_indicator = soci::i_null;
    long long created_at = 0;
    long long updated_by = 0;
    soci::indicator updated_by_indicator = soci::i_null;
    long long updated_at = 0;
    const std::string query = std::string(kRoundColumns) + where;
    soci::statement select =
        (unit_.sql.prepare << query, soci::into(id), soci::into(name), soci::into(description), soci::into(starts_on),
         soci::into(deadline), soci::into(revision), soci::into(created_by, created_by_indicator),
         soci::into(created_at), soci::into(updated_by, updated_by_indicator), soci::into(updated_at),
         soci::use(bound_key, "key"));
    select.execute();
    while (select.fetch()) {
      app::ActivationRound round;
      round.id = static_cast<app::RoundId>(id);
      round.fields = {name, description, FromSqlDate(starts_on, "activation_rounds.starts_on"),
                      FromSqlDate(deadline, "activation_rounds.plan_deadline")};
      round.revision = revision;
      round.created_by = UserFrom(created_by, created_by_indicator);
      round.created_at = FromUnixSeconds(created_at);
      round.updated_by = UserFrom(updated_by, updated_by_indicator);
      round.updated_at = FromUnixSeconds(updated_at);
      rounds.push_back(std::move(round));
    }
    return rounds;
  });
}

std::optional<app::ActivationRound> SociActivationRepository::FindRound(app::RoundId id) {
  auto rounds = SelectRounds("WHERE id = :key", id);
  if (rounds.empty()) return std::nullopt;
  return std::move(rounds.front());
}

std::vector<app::ActivationRound> SociActivationRepository::ListRounds() {
  return SelectRounds("WHERE id > :key ORDER BY starts_on DESC, id DESC", 0);  // every round
}

app::PlanId SociActivationRepository::CreatePlan(app::RoundId round, domain::UnitId unit,
                                                 std::optional<domain::UserId> by, domain::Timestamp at) {
  return Guarded(unit_, [&] {
    long long round_id = round;
    long long unit_id = unit;
    long long user = by.value_or(0);
    soci::indicator user_indicator = by ? soci::i_ok : soci::i_null;
    long long now = ToUnixSeconds(at);
    long long id = 0;
    unit_.sql << "INSERT INTO activation_plans (round_id, unit_id, status, created_by_user_id, created_at, "
                 "updated_at) VALUES (:round_id, :unit_id, 'draft', :created_by, :created_at, :updated_at) "
                 "RETURNING id",
        soci::use(round_id, "round_id"), soci::use(unit_id, "unit_id"), soci::use(user, user_indicator, "created_by"),
        soci::use(now, "created_at"), soci::use(now, "updated_at"), soci::into(id);
    return static_cast<app::PlanId>(id);
  });
}

std::vector<app::ActivationPlan> SociActivationRepository::SelectPlans(const std::string& where, long long first,
                                                                       long long second) {
  return Guarded(unit_, [&] {
    std::vector<app::ActivationPlan> plans;
    long long bound_first = first;
    long long bound_second = second;
    long long id = 0;
    long long round = 0;
    long long unit = 0;
    std::string status;
    std::string notes;
    long long revision = 0;
    long long created_by = 0;
    soci::indicator created_by_indicator = soci::i_null;
    long long created_at = 0;
    long long updated_at = 0;
    long long approved_by = 0;
    soci::indicator approved_by_indicator = soci::i_null;
    long long approved_at = 0;
    soci::indicator approved_at_indicator = soci::i_null;
    const std::string query = std::string(kPlanColumns) + where;
    // Built step by step because the keys are bound only where the condition names them.
    soci::statement select(unit_.sql);
    select.exchange(soci::into(id));
    select.exchange(soci::into(round));
    select.exchange(soci::into(unit));
    select.exchange(soci::into(status));
    select.exchange(soci::into(notes));
    select.exchange(soci::into(revision));
    select.exchange(soci::into(created_by, created_by_indicator));
    select.exchange(soci::into(created_at));
    select.exchange(soci::into(updated_at));
    select.exchange(soci::into(approved_by, approved_by_indicator));
    select.exchange(soci::into(approved_at, approved_at_indicator));
    if (where.find(":first") != std::string::npos) select.exchange(soci::use(bound_first, "first"));
    if (where.find(":second") != std::string::npos) select.exchange(soci::use(bound_second, "second"));
    select.alloc();
    select.prepare(query);
    select.define_and_bind();
    select.execute();
    while (select.fetch()) {
      app::ActivationPlan plan;
      plan.id = static_cast<app::PlanId>(id);
      plan.round = static_cast<app::RoundId>(round);
      plan.unit = static_cast<domain::UnitId>(unit);
      plan.status = domain::ParsePlanStatus(status).value_or(domain::PlanStatus::Draft);
      plan.notes = notes;
      plan.revision = revision;
      plan.created_by = UserFrom(created_by, created_by_indicator);
      plan.created_at = FromUnixSeconds(created_at);
      plan.updated_at = FromUnixSeconds(updated_at);
      plan.approved_by = UserFrom(approved_by, approved_by_indicator);
      if (approved_at_indicator == soci::i_ok) plan.approved_at = FromUnixSeconds(approved_at);
      plans.push_back(std::move(plan));
    }
    return plans;
  });
}

std::optional<app::ActivationPlan> SociActivationRepository::FindPlan(app::PlanId id) {
  auto plans = SelectPlans("WHERE id = :first", id, 0);
  if (plans.empty()) return std::nullopt;
  return std::move(plans.front());
}

std::optional<app::ActivationPlan> SociActivationRepository::FindPlanFor(app::RoundId round, domain::UnitId unit) {
  auto plans = SelectPlans("WHERE round_id = :first AND unit_id = :second", round, unit);
  if (plans.empty()) return std::nullopt;
  return std::move(plans.front());
}

std::vector<app::ActivationPlan> SociActivationRepository::PlansOfUnit(domain::UnitId unit) {
  return SelectPlans("WHERE unit_id = :first ORDER BY round_id", unit, 0);
}

bool SociActivationRepository::UpdatePlanNotes(app::PlanId id, long long revision, const std::string& notes,
                                               domain::Timestamp at) {
  return Guarded(unit_, [&] {
    long long plan = id;
    long long expected = revision;
    std::string text = notes;
    long long now = ToUnixSeconds(at);
    soci::statement update =
        (unit_.sql.prepare << "UPDATE activation_plans SET notes = :notes, updated_at = :updated_at, "
                              "revision = revision + 1 WHERE id = :id AND revision = :revision",
         soci::use(text, "notes"), soci::use(now, "updated_at"), soci::use(plan, "id"),
         soci::use(expected, "revision"));
    update.execute(true);
    return update.get_affected_rows() > 0;
  });
}

bool SociActivationRepository::ApprovePlan(app::PlanId id, long long revision, std::optional<domain::UserId> by,
                                           domain::Timestamp at) {
  return Guarded(unit_, [&] {
    long long plan = id;
    long long expected = revision;
    long long user = by.value_or(0);
    soci::indicator user_indicator = by ? soci::i_ok : soci::i_null;
    long long now = ToUnixSeconds(at);
    soci::statement update =
        (unit_.sql.prepare << "UPDATE activation_plans SET status = 'approved', approved_by_user_id = :approved_by, "
                              "approved_at = :approved_at, updated_at = :updated_at, revision = revision + 1 "
                              "WHERE id = :id AND revision = :revision AND status = 'draft'",
         soci::use(user, user_indicator, "approved_by"), soci::use(now, "approved_at"), soci::use(now, "updated_at"),
         soci::use(plan, "id"), soci::use(expected, "revision"));
    update.execute(true);
    return update.get_affected_rows() > 0;
  });
}

app::ActivityId SociActivationRepository::CreateActivity(app::PlanId plan, const app::ActivityFields& fields,
                                                         std::optional<long long> source_agreement,
                                                         std::optional<domain::UserId> by, domain::Timestamp at) {
  return Guarded(unit_, [&] {
    long long plan_id = plan;
    std::string kind(domain::ActivityKindCode(fields.kind));
    std::string title = fields.title;
    std::string planned_on = ToSqlDate(fields.planned_on);
    long long person = fields.responsible_person.value_or(0);
    soci::indicator person_indicator = fields.responsible_person ? soci::i_ok : soci::i_null;
    std::string responsible = fields.responsible;
    std::string participants = fields.participants;
    long long source = source_agreement.value_or(0);
    soci::indicator source_indicator = source_agreement ? soci::i_ok : soci::i_null;
    long long user = by.value_or(0);
    soci::indicator user_indicator = by ? soci::i_ok : soci::i_null;
    long long now = ToUnixSeconds(at);
    long long id = 0;
    unit_.sql << "INSERT INTO plan_activities (plan_id, kind, title, planned_on, responsible_person_id, responsible, "
                 "participants, status, source_agreement_id, created_by_user_id, created_at, updated_at) "
                 "VALUES (:plan_id, :kind, :title, :planned_on, :person, :responsible, :participants, 'planned', "
                 ":source, :created_by, :created_at, :updated_at) RETURNING id",
        soci::use(plan_id, "plan_id"), soci::use(kind, "kind"), soci::use(title, "title"),
        soci::use(planned_on, "planned_on"), soci::use(person, person_indicator, "person"),
        soci::use(responsible, "responsible"), soci::use(participants, "participants"),
        soci::use(source, source_indicator, "source"), soci::use(user, user_indicator, "created_by"),
        soci::use(now, "created_at"), soci::use(now, "updated_at"), soci::into(id);
    return static_cast<app::ActivityId>(id);
  });
}

std::vector<app::PlanActivity> SociActivationRepository::SelectActivities(const std::string& where, long long key) {
  return Guarded(unit_, [&] {
    std::vector<app::PlanActivity> activities;
    long long bound_key = key;
    long long id = 0;
    long long plan = 0;
    std::string kind;
    std::string title;
    std::string planned_on;
    long long person = 0;
    soci::indicator person_indicator = soci::i_null;
    std::string responsible;
    std::string participants;
    std::string status;
    std::string completed_on;
    soci::indicator completed_indicator = soci::i_null;
    std::string outcome;
    std::string agreements;
    long long source = 0;
    soci::indicator source_indicator = soci::i_null;
    long long revision = 0;
    long long created_by = 0;
    soci::indicator created_by_indicator = soci::i_null;
    long long created_at = 0;
    long long updated_at = 0;
    const std::string query = std::string(kActivityColumns) + where;
    soci::statement select =
        (unit_.sql.prepare << query, soci::into(id), soci::into(plan), soci::into(kind), soci::into(title),
         soci::into(planned_on), soci::into(person, person_indicator), soci::into(responsible),
         soci::into(participants), soci::into(status), soci::into(completed_on, completed_indicator),
         soci::into(outcome), soci::into(agreements), soci::into(source, source_indicator), soci::into(revision),
         soci::into(created_by, created_by_indicator), soci::into(created_at), soci::into(updated_at),
         soci::use(bound_key, "key"));
    select.execute();
    while (select.fetch()) {
      app::PlanActivity activity;
      activity.id = static_cast<app::ActivityId>(id);
      activity.plan = static_cast<app::PlanId>(plan);
      activity.fields.kind = domain::ParseActivityKind(kind).value_or(domain::ActivityKind::Other);
      activity.fields.title = title;
      activity.fields.planned_on = FromSqlDate(planned_on, "plan_activities.planned_on");
      if (person_indicator == soci::i_ok) activity.fields.responsible_person = static_cast<domain::PersonId>(person);
      activity.fields.responsible = responsible;
      activity.fields.participants = participants;
      activity.status = domain::ParseActivityStatus(status).value_or(domain::ActivityStatus::Planned);
      if (completed_indicator == soci::i_ok)
        activity.completed_on = FromSqlDate(completed_on, "plan_activities.completed_on");
      activity.outcome = outcome;
      activity.agreements = agreements;
      if (source_indicator == soci::i_ok) activity.source_agreement = source;
      activity.revision = revision;
      activity.created_by = UserFrom(created_by, created_by_indicator);
      activity.created_at = FromUnixSeconds(created_at);
      activity.updated_at = FromUnixSeconds(updated_at);
      activities.push_back(std::move(activity));
    }
    return activities;
  });
}

std::optional<app::PlanActivity> SociActivationRepository::FindActivity(app::ActivityId id) {
  auto activities = SelectActivities("WHERE id = :key", id);
  if (activities.empty()) return std::nullopt;
  return std::move(activities.front());
}

std::vector<app::PlanActivity> SociActivationRepository::ActivitiesOf(app::PlanId plan) {
  return SelectActivities("WHERE plan_id = :key ORDER BY planned_on, id", plan);
}

bool SociActivationRepository::UpdateActivity(app::ActivityId id, long long revision, const app::ActivityFields& fields,
                                              domain::Timestamp at) {
  return Guarded(unit_, [&] {
    long long activity = id;
    long long expected = revision;
    std::string kind(domain::ActivityKindCode(fields.kind));
    std::string title = fields.title;
    std::string planned_on = ToSqlDate(fields.planned_on);
    long long person = fields.responsible_person.value_or(0);
    soci::indicator person_indicator = fields.responsible_person ? soci::i_ok : soci::i_null;
    std::string responsible = fields.responsible;
    std::string participants = fields.participants;
    long long now = ToUnixSeconds(at);
    soci::statement update =
        (unit_.sql.prepare << "UPDATE plan_activities SET kind = :kind, title = :title, planned_on = :planned_on, "
                              "responsible_person_id = :person, responsible = :responsible, "
                              "participants = :participants, updated_at = :updated_at, revision = revision + 1 "
                              "WHERE id = :id AND revision = :revision AND status <> 'cancelled'",
         soci::use(kind, "kind"), soci::use(title, "title"), soci::use(planned_on, "planned_on"),
         soci::use(person, person_indicator, "person"), soci::use(responsible, "responsible"),
         soci::use(participants, "participants"), soci::use(now, "updated_at"), soci::use(activity, "id"),
         soci::use(expected, "revision"));
    update.execute(true);
    return update.get_affected_rows() > 0;
  });
}

bool SociActivationRepository::CompleteActivity(app::ActivityId id, long long revision,
                                                std::chrono::year_month_day completed_on, const std::string& outcome,
                                                const std::string& agreements, domain::Timestamp at) {
  return Guarded(unit_, [&] {
    long long activity = id;
    long long expected = revision;
    std::string completed = ToSqlDate(completed_on);
    std::string outcome_text = outcome;
    std::string agreements_text = agreements;
    long long now = ToUnixSeconds(at);
    soci::statement update =
        (unit_.sql.prepare << "UPDATE plan_activities SET status = 'done', completed_on = :completed_on, "
                              "outcome = :outcome, agreements = :agreements, updated_at = :updated_at, "
                              "revision = revision + 1 WHERE id = :id AND revision = :revision "
                              "AND status <> 'cancelled'",
         soci::use(completed, "completed_on"), soci::use(outcome_text, "outcome"),
         soci::use(agreements_text, "agreements"), soci::use(now, "updated_at"), soci::use(activity, "id"),
         soci::use(expected, "revision"));
    update.execute(true);
    return update.get_affected_rows() > 0;
  });
}

bool SociActivationRepository::CancelActivity(app::ActivityId id, long long revision, domain::Timestamp at) {
  return Guarded(unit_, [&] {
    long long activity = id;
    long long expected = revision;
    long long now = ToUnixSeconds(at);
    soci::statement update =
        (unit_.sql.prepare << "UPDATE plan_activities SET status = 'cancelled', updated_at = :updated_at, "
                              "revision = revision + 1 WHERE id = :id AND revision = :revision "
                              "AND status = 'planned'",
         soci::use(now, "updated_at"), soci::use(activity, "id"), soci::use(expected, "revision"));
    update.execute(true);
    return update.get_affected_rows() > 0;
  });
}

std::vector<app::UnitPlanSummary> SociActivationRepository::SummariesOfRound(app::RoundId round,
                                                                             std::chrono::year_month_day today) {
  return Guarded(unit_, [&] {
    std::vector<app::UnitPlanSummary> summaries;
    long long round_id = round;
    std::string today_text = ToSqlDate(today);
    long long unit = 0;
    long long plan = 0;
    std::string status;
    long long updated_at = 0;
    long long planned = 0;
    long long done = 0;
    long long cancelled = 0;
    long long overdue = 0;
    // One pass over the round's plans and their activities (plan_activities_plan_id).
    soci::statement select =
        (unit_.sql.prepare
             << "SELECT p.unit_id, p.id, p.status, p.updated_at, "
                "COALESCE(SUM(CASE WHEN a.status = 'planned' THEN 1 ELSE 0 END), 0), "
                "COALESCE(SUM(CASE WHEN a.status = 'done' THEN 1 ELSE 0 END), 0), "
                "COALESCE(SUM(CASE WHEN a.status = 'cancelled' THEN 1 ELSE 0 END), 0), "
                "COALESCE(SUM(CASE WHEN a.status = 'planned' AND a.planned_on < :today THEN 1 ELSE 0 END), 0) "
                "FROM activation_plans p LEFT JOIN plan_activities a ON a.plan_id = p.id "
                "WHERE p.round_id = :round_id GROUP BY p.unit_id, p.id, p.status, p.updated_at ORDER BY p.unit_id",
         soci::use(today_text, "today"), soci::use(round_id, "round_id"), soci::into(unit), soci::into(plan),
         soci::into(status), soci::into(updated_at), soci::into(planned), soci::into(done), soci::into(cancelled),
         soci::into(overdue));
    select.execute();
    while (select.fetch()) {
      app::UnitPlanSummary summary;
      summary.unit = static_cast<domain::UnitId>(unit);
      summary.plan = static_cast<app::PlanId>(plan);
      summary.status = domain::ParsePlanStatus(status).value_or(domain::PlanStatus::Draft);
      summary.updated_at = FromUnixSeconds(updated_at);
      summary.planned = planned;
      summary.done = done;
      summary.cancelled = cancelled;
      summary.overdue = overdue;
      summaries.push_back(summary);
    }
    return summaries;
  });
}

}  // namespace lp::storage
