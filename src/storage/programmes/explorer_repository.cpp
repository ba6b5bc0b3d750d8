#include "storage/programmes/explorer_repository.hpp"

#include <string>

#include "storage/platform/rows.hpp"

namespace lp::storage {
namespace {

using domain::FromUnixSeconds;
using domain::ToUnixSeconds;

std::optional<app::ExplorerSource> ParseExplorerSource(std::string_view code) {
  return app::kExplorerSourceTable.Parse(code);
}
std::optional<app::ExplorerNominationStatus> ParseNominationStatus(std::string_view code) {
  return app::kExplorerNominationStatusTable.Parse(code);
}
std::optional<app::PathPlanActivityKind> ParseActivityKind(std::string_view code) {
  return app::kPathPlanActivityKindTable.Parse(code);
}
std::optional<app::PathPlanActivityStatus> ParseActivityStatus(std::string_view code) {
  return app::kPathPlanActivityStatusTable.Parse(code);
}

// "1,2,3": ids written as numbers (integers, never text from a request) for an IN list.
template <typename Id>
std::string IdList(const std::vector<Id>& ids) {
  std::string list;
  for (const auto id : ids) {
    if (!list.empty()) list += ',';
    list += std::to_string(id);
  }
  return list;
}

// Nominations and applications.

constexpr std::string_view kSelectNominations =
    "SELECT id, programme_id, person_id, source, motivation, leader_unit_id, leader_person_id, status, "
    "decided_by_user_id, decided_at, decision_reason, enrollment_id, revision, created_by_user_id, created_at, "
    "updated_at FROM programme_nominations";
constexpr std::string_view kNominationById = "WHERE id = :id";
constexpr std::string_view kNominationsOfPersonNewestFirst =
    "WHERE person_id = :person ORDER BY created_at DESC, id DESC";
constexpr std::string_view kFindNomination = kJoined<kSelectNominations, kNominationById>;
constexpr std::string_view kNominationsOfPerson = kJoined<kSelectNominations, kNominationsOfPersonNewestFirst>;
constexpr std::string_view kNewestFirst = "ORDER BY created_at DESC, id DESC";

constexpr std::string_view kInsertNomination =
    "INSERT INTO programme_nominations (programme_id, person_id, source, motivation, leader_unit_id, "
    "leader_person_id, status, decided_by_user_id, decided_at, enrollment_id, created_by_user_id, created_at, "
    "updated_at) VALUES (:programme_id, :person_id, :source, :motivation, :leader_unit_id, :leader_person_id, "
    ":status, :decided_by, :decided_at, :enrollment_id, :created_by, :created_at, :updated_at) RETURNING id";
constexpr std::string_view kApproveNomination =
    "UPDATE programme_nominations SET status = 'godkendt', enrollment_id = :enrollment_id, "
    "decided_by_user_id = :decided_by, decided_at = :decided_at, revision = revision + 1, updated_at = :updated_at "
    "WHERE id = :id AND revision = :revision AND status = 'afventer-leder'";
constexpr std::string_view kRejectNomination =
    "UPDATE programme_nominations SET status = 'afvist', decision_reason = :reason, "
    "decided_by_user_id = :decided_by, decided_at = :decided_at, revision = revision + 1, updated_at = :updated_at "
    "WHERE id = :id AND revision = :revision AND status = 'afventer-leder'";
constexpr std::string_view kWithdrawNomination =
    "UPDATE programme_nominations SET status = 'trukket-tilbage', decided_by_user_id = :decided_by, "
    "decided_at = :decided_at, revision = revision + 1, updated_at = :updated_at "
    "WHERE id = :id AND revision = :revision AND status = 'afventer-leder'";

// Plans.

constexpr std::string_view kSelectPlans =
    "SELECT id, enrollment_id, helper, agreed_at, agreed_by_user_id, revision, created_at, updated_by_user_id, "
    "updated_at FROM path_plans";
constexpr std::string_view kPlanOfEnrollmentIs = "WHERE enrollment_id = :enrollment";
constexpr std::string_view kPlanOfEnrollment = kJoined<kSelectPlans, kPlanOfEnrollmentIs>;
constexpr std::string_view kInsertPlan =
    "INSERT INTO path_plans (enrollment_id, created_at, updated_at) VALUES (:enrollment, :created_at, :updated_at)";
constexpr std::string_view kSetPlanHelper =
    "UPDATE path_plans SET helper = :helper, revision = revision + 1, updated_by_user_id = :updated_by, "
    "updated_at = :updated_at WHERE id = :id AND revision = :revision";
// Agreed once: agreeing again keeps the first time and who agreed.
constexpr std::string_view kSetPlanAgreed =
    "UPDATE path_plans SET agreed_at = COALESCE(agreed_at, :agreed_at), "
    "agreed_by_user_id = CASE WHEN agreed_at IS NULL THEN :agreed_by ELSE agreed_by_user_id END, "
    "revision = revision + 1, updated_by_user_id = :updated_by, updated_at = :updated_at "
    "WHERE id = :id AND revision = :revision";
constexpr std::string_view kTouchPlan =
    "UPDATE path_plans SET revision = revision + 1, updated_by_user_id = :updated_by, updated_at = :updated_at "
    "WHERE id = :id AND revision = :revision";

// Activities.

constexpr std::string_view kSelectActivities =
    "SELECT id, plan_id, position, title, description, kind, starts_on, ends_on, status, revision, "
    "updated_by_user_id, updated_at FROM path_plan_activities";
constexpr std::string_view kActivityById = "WHERE id = :id";
constexpr std::string_view kActivitiesOfPlanInOrder = "WHERE plan_id = :plan ORDER BY position, id";
constexpr std::string_view kFindActivity = kJoined<kSelectActivities, kActivityById>;
constexpr std::string_view kActivitiesOfPlan = kJoined<kSelectActivities, kActivitiesOfPlanInOrder>;
constexpr std::string_view kInsertActivity =
    "INSERT INTO path_plan_activities (plan_id, position, title, description, kind, starts_on, ends_on, status, "
    "created_at, updated_by_user_id, updated_at) VALUES (:plan, "
    "(SELECT COALESCE(MAX(position), 0) + 1 FROM path_plan_activities WHERE plan_id = :plan_again), :title, "
    ":description, :kind, :starts_on, :ends_on, :status, :created_at, :updated_by, :updated_at) RETURNING id";
constexpr std::string_view kUpdateActivity =
    "UPDATE path_plan_activities SET title = :title, description = :description, kind = :kind, "
    "starts_on = :starts_on, ends_on = :ends_on, status = :status, revision = revision + 1, "
    "updated_by_user_id = :updated_by, updated_at = :updated_at WHERE id = :id AND revision = :revision";
constexpr std::string_view kSetActivityPosition =
    "UPDATE path_plan_activities SET position = :position WHERE id = :id AND plan_id = :plan";

constexpr std::string_view kInsertChange =
    "INSERT INTO path_plan_changes (plan_id, at, by_user_id, text) VALUES (:plan, :at, :by, :text)";
constexpr std::string_view kChangesOf =
    "SELECT at, by_user_id, text FROM path_plan_changes WHERE plan_id = :plan ORDER BY at, id";

// The columns of kSelectNominations.
struct NominationRow {
  long long id = 0;
  long long programme = 0;
  long long person = 0;
  std::string source;
  std::string motivation;
  long long leader_unit = 0;
  Nullable<domain::PersonId> leader_person;
  std::string status;
  Nullable<domain::UserId> decided_by;
  Nullable<domain::Timestamp> decided_at;
  std::string decision_reason;
  Nullable<app::EnrollmentId> enrollment;
  int revision = 0;
  Nullable<domain::UserId> created_by;
  long long created_at = 0;
  long long updated_at = 0;

  app::ExplorerNomination ToNomination() const {
    app::ExplorerNomination nomination;
    nomination.id = static_cast<app::ExplorerNominationId>(id);
    nomination.programme = static_cast<app::ProgrammeId>(programme);
    nomination.person = static_cast<domain::PersonId>(person);
    nomination.source = DecodeCode(source, "programme_nominations.source", ParseExplorerSource);
    nomination.motivation = motivation;
    nomination.leader_unit = static_cast<domain::UnitId>(leader_unit);
    nomination.leader_person = leader_person.Get();
    nomination.status = DecodeCode(status, "programme_nominations.status", ParseNominationStatus);
    nomination.decided_by = decided_by.Get();
    nomination.decided_at = decided_at.Get();
    nomination.decision_reason = decision_reason;
    nomination.enrollment = enrollment.Get();
    nomination.revision = revision;
    nomination.created_by = created_by.Get();
    nomination.created_at = FromUnixSeconds(created_at);
    nomination.updated_at = FromUnixSeconds(updated_at);
    return nomination;
  }
};

void Into(soci::statement& statement, NominationRow& row) {
  statement.exchange(soci::into(row.id));
  statement.exchange(soci::into(row.programme));
  statement.exchange(soci::into(row.person));
  statement.exchange(soci::into(row.source));
  statement.exchange(soci::into(row.motivation));
  statement.exchange(soci::into(row.leader_unit));
  statement.exchange(IntoNullable(row.leader_person));
  statement.exchange(soci::into(row.status));
  statement.exchange(IntoNullable(row.decided_by));
  statement.exchange(IntoNullable(row.decided_at));
  statement.exchange(soci::into(row.decision_reason));
  statement.exchange(IntoNullable(row.enrollment));
  statement.exchange(soci::into(row.revision));
  statement.exchange(IntoNullable(row.created_by));
  statement.exchange(soci::into(row.created_at));
  statement.exchange(soci::into(row.updated_at));
}

// The columns of kSelectPlans.
struct PlanRow {
  long long id = 0;
  long long enrollment = 0;
  std::string helper;
  Nullable<domain::Timestamp> agreed_at;
  Nullable<domain::UserId> agreed_by;
  int revision = 0;
  long long created_at = 0;
  Nullable<domain::UserId> updated_by;
  long long updated_at = 0;

  app::PathPlan ToPlan() const {
    app::PathPlan plan;
    plan.id = static_cast<app::PathPlanId>(id);
    plan.enrollment = static_cast<app::EnrollmentId>(enrollment);
    plan.helper = helper;
    plan.agreed_at = agreed_at.Get();
    plan.agreed_by = agreed_by.Get();
    plan.revision = revision;
    plan.created_at = FromUnixSeconds(created_at);
    plan.updated_by = updated_by.Get();
    plan.updated_at = FromUnixSeconds(updated_at);
    return plan;
  }
};

void Into(soci::statement& statement, PlanRow& row) {
  statement.exchange(soci::into(row.id));
  statement.exchange(soci::into(row.enrollment));
  statement.exchange(soci::into(row.helper));
  statement.exchange(IntoNullable(row.agreed_at));
  statement.exchange(IntoNullable(row.agreed_by));
  statement.exchange(soci::into(row.revision));
  statement.exchange(soci::into(row.created_at));
  statement.exchange(IntoNullable(row.updated_by));
  statement.exchange(soci::into(row.updated_at));
}

// The columns of kSelectActivities.
struct ActivityRow {
  long long id = 0;
  long long plan = 0;
  int position = 0;
  std::string title;
  std::string description;
  std::string kind;
  std::string starts_on;
  Nullable<std::chrono::year_month_day> ends_on;
  std::string status;
  int revision = 0;
  Nullable<domain::UserId> updated_by;
  long long updated_at = 0;

  app::PathPlanActivity ToActivity() const {
    app::PathPlanActivity activity;
    activity.id = static_cast<app::PathPlanActivityId>(id);
    activity.plan = static_cast<app::PathPlanId>(plan);
    activity.position = position;
    activity.fields.title = title;
    activity.fields.description = description;
    activity.fields.kind = DecodeCode(kind, "path_plan_activities.kind", ParseActivityKind);
    activity.fields.starts_on = FromSqlDate(starts_on, "path_plan_activities.starts_on");
    activity.fields.ends_on = ends_on.Get("path_plan_activities.ends_on");
    activity.fields.status = DecodeCode(status, "path_plan_activities.status", ParseActivityStatus);
    activity.revision = revision;
    activity.updated_by = updated_by.Get();
    activity.updated_at = FromUnixSeconds(updated_at);
    return activity;
  }
};

void Into(soci::statement& statement, ActivityRow& row) {
  statement.exchange(soci::into(row.id));
  statement.exchange(soci::into(row.plan));
  statement.exchange(soci::into(row.position));
  statement.exchange(soci::into(row.title));
  statement.exchange(soci::into(row.description));
  statement.exchange(soci::into(row.kind));
  statement.exchange(soci::into(row.starts_on));
  statement.exchange(IntoNullable(row.ends_on));
  statement.exchange(soci::into(row.status));
  statement.exchange(soci::into(row.revision));
  statement.exchange(IntoNullable(row.updated_by));
  statement.exchange(soci::into(row.updated_at));
}

// The columns of kChangesOf.
struct ChangeRow {
  long long at = 0;
  Nullable<domain::UserId> by;
  std::string text;

  app::PathPlanChange ToChange() const { return {FromUnixSeconds(at), by.Get(), text}; }
};

void Into(soci::statement& statement, ChangeRow& row) {
  statement.exchange(soci::into(row.at));
  statement.exchange(IntoNullable(row.by));
  statement.exchange(soci::into(row.text));
}

// The bound values of an activity's fields (named locals, as SOCI keeps references).
struct ActivityValues {
  std::string kind;
  std::string starts_on;
  Nullable<std::chrono::year_month_day> ends_on;
  std::string status;

  explicit ActivityValues(const app::PathPlanActivityFields& fields)
      : kind(app::kPathPlanActivityKindTable.Code(fields.kind)),
        starts_on(ToSqlDate(fields.starts_on)),
        ends_on(fields.ends_on),
        status(app::kPathPlanActivityStatusTable.Code(fields.status)) {}
};

}  // namespace

app::ExplorerNominationId SociExplorerRepository::AddNomination(const app::NewExplorerNomination& nomination) {
  return Guarded(unit_, [&] {
    long long programme_id = nomination.programme;
    long long person_id = nomination.person;
    std::string source(app::kExplorerSourceTable.Code(nomination.source));
    long long leader_unit = nomination.leader_unit;
    Nullable<domain::PersonId> leader_person(nomination.leader_person);
    std::string status(app::kExplorerNominationStatusTable.Code(nomination.status));
    const bool decided = nomination.status != app::ExplorerNominationStatus::Waiting;
    Nullable<domain::UserId> decided_by(decided ? nomination.by : std::nullopt);
    Nullable<domain::Timestamp> decided_at(decided ? std::optional(nomination.at) : std::nullopt);
    Nullable<app::EnrollmentId> enrollment(nomination.enrollment);
    Nullable<domain::UserId> user(nomination.by);
    long long now = ToUnixSeconds(nomination.at);
    long long id = 0;
    Execute(unit_.sql, kInsertNomination, soci::use(programme_id, "programme_id"), soci::use(person_id, "person_id"),
            soci::use(source, "source"), soci::use(nomination.motivation, "motivation"),
            soci::use(leader_unit, "leader_unit_id"), UseNullable(leader_person, "leader_person_id"),
            soci::use(status, "status"), UseNullable(decided_by, "decided_by"), UseNullable(decided_at, "decided_at"),
            UseNullable(enrollment, "enrollment_id"), UseNullable(user, "created_by"), soci::use(now, "created_at"),
            soci::use(now, "updated_at"), soci::into(id));
    return static_cast<app::ExplorerNominationId>(id);
  });
}

std::optional<app::ExplorerNomination> SociExplorerRepository::FindNomination(app::ExplorerNominationId id) {
  return Guarded(unit_, [&] {
    long long nomination_id = id;
    return SelectFirst<NominationRow>(unit_.sql, kFindNomination, &NominationRow::ToNomination,
                                      soci::use(nomination_id, "id"));
  });
}

std::vector<app::ExplorerNomination> SociExplorerRepository::NominationsOfPerson(domain::PersonId person) {
  return Guarded(unit_, [&] {
    long long person_id = person;
    return SelectRows<NominationRow>(unit_.sql, kNominationsOfPerson, &NominationRow::ToNomination,
                                     soci::use(person_id, "person"));
  });
}

std::vector<app::ExplorerNomination> SociExplorerRepository::NominationsOfUnits(
    const std::vector<domain::UnitId>& units) {
  return Guarded(unit_, [&] {
    std::vector<app::ExplorerNomination> nominations;
    if (units.empty()) return nominations;
    std::string query(kSelectNominations);
    query += " WHERE leader_unit_id IN (" + IdList(units) + ") ";
    query += kNewestFirst;
    return SelectRows<NominationRow>(unit_.sql, query, &NominationRow::ToNomination);
  });
}

bool SociExplorerRepository::ApproveNomination(app::ExplorerNominationId id, int revision, app::EnrollmentId enrollment,
                                               std::optional<domain::UserId> by, domain::Timestamp at) {
  return Guarded(unit_, [&] {
    long long nomination_id = id;
    int expected = revision;
    long long enrollment_id = enrollment;
    Nullable<domain::UserId> user(by);
    long long now = ToUnixSeconds(at);
    return Execute(unit_.sql, kApproveNomination, soci::use(enrollment_id, "enrollment_id"),
                   UseNullable(user, "decided_by"), soci::use(now, "decided_at"), soci::use(now, "updated_at"),
                   soci::use(nomination_id, "id"), soci::use(expected, "revision")) > 0;
  });
}

bool SociExplorerRepository::RejectNomination(app::ExplorerNominationId id, int revision, const std::string& reason,
                                              std::optional<domain::UserId> by, domain::Timestamp at) {
  return Guarded(unit_, [&] {
    long long nomination_id = id;
    int expected = revision;
    Nullable<domain::UserId> user(by);
    long long now = ToUnixSeconds(at);
    return Execute(unit_.sql, kRejectNomination, soci::use(reason, "reason"), UseNullable(user, "decided_by"),
                   soci::use(now, "decided_at"), soci::use(now, "updated_at"), soci::use(nomination_id, "id"),
                   soci::use(expected, "revision")) > 0;
  });
}

bool SociExplorerRepository::WithdrawNomination(app::ExplorerNominationId id, int revision,
                                                std::optional<domain::UserId> by, domain::Timestamp at) {
  return Guarded(unit_, [&] {
    long long nomination_id = id;
    int expected = revision;
    Nullable<domain::UserId> user(by);
    long long now = ToUnixSeconds(at);
    return Execute(unit_.sql, kWithdrawNomination, UseNullable(user, "decided_by"), soci::use(now, "decided_at"),
                   soci::use(now, "updated_at"), soci::use(nomination_id, "id"), soci::use(expected, "revision")) > 0;
  });
}

app::PathPlan SociExplorerRepository::EnsurePlan(app::EnrollmentId enrollment, domain::Timestamp at) {
  return Guarded(unit_, [&] {
    long long enrollment_id = enrollment;
    if (auto plan = SelectFirst<PlanRow>(unit_.sql, kPlanOfEnrollment, &PlanRow::ToPlan,
                                         soci::use(enrollment_id, "enrollment"))) {
      return *plan;
    }
    long long now = ToUnixSeconds(at);
    Execute(unit_.sql, kInsertPlan, soci::use(enrollment_id, "enrollment"), soci::use(now, "created_at"),
            soci::use(now, "updated_at"));
    return *SelectFirst<PlanRow>(unit_.sql, kPlanOfEnrollment, &PlanRow::ToPlan,
                                 soci::use(enrollment_id, "enrollment"));
  });
}

std::optional<app::PathPlan> SociExplorerRepository::PlanOfEnrollment(app::EnrollmentId enrollment) {
  return Guarded(unit_, [&] {
    long long enrollment_id = enrollment;
    return SelectFirst<PlanRow>(unit_.sql, kPlanOfEnrollment, &PlanRow::ToPlan, soci::use(enrollment_id, "enrollment"));
  });
}

std::vector<app::PathPlan> SociExplorerRepository::PlansOfEnrollments(
    const std::vector<app::EnrollmentId>& enrollments) {
  return Guarded(unit_, [&] {
    std::vector<app::PathPlan> plans;
    if (enrollments.empty()) return plans;
    std::string query(kSelectPlans);
    query += " WHERE enrollment_id IN (" + IdList(enrollments) + ") ORDER BY enrollment_id";
    return SelectRows<PlanRow>(unit_.sql, query, &PlanRow::ToPlan);
  });
}

bool SociExplorerRepository::SetPlanHelper(app::PathPlanId plan, int revision, const std::string& helper,
                                           std::optional<domain::UserId> by, domain::Timestamp at) {
  return Guarded(unit_, [&] {
    long long plan_id = plan;
    int expected = revision;
    Nullable<domain::UserId> user(by);
    long long now = ToUnixSeconds(at);
    return Execute(unit_.sql, kSetPlanHelper, soci::use(helper, "helper"), UseNullable(user, "updated_by"),
                   soci::use(now, "updated_at"), soci::use(plan_id, "id"), soci::use(expected, "revision")) > 0;
  });
}

bool SociExplorerRepository::SetPlanAgreed(app::PathPlanId plan, int revision, std::optional<domain::UserId> by,
                                           domain::Timestamp at) {
  return Guarded(unit_, [&] {
    long long plan_id = plan;
    int expected = revision;
    Nullable<domain::UserId> user(by);
    Nullable<domain::UserId> agreed_by(by);
    long long now = ToUnixSeconds(at);
    long long agreed_at = now;
    return Execute(unit_.sql, kSetPlanAgreed, soci::use(agreed_at, "agreed_at"), UseNullable(agreed_by, "agreed_by"),
                   UseNullable(user, "updated_by"), soci::use(now, "updated_at"), soci::use(plan_id, "id"),
                   soci::use(expected, "revision")) > 0;
  });
}

bool SociExplorerRepository::TouchPlan(app::PathPlanId plan, int revision, std::optional<domain::UserId> by,
                                       domain::Timestamp at) {
  return Guarded(unit_, [&] {
    long long plan_id = plan;
    int expected = revision;
    Nullable<domain::UserId> user(by);
    long long now = ToUnixSeconds(at);
    return Execute(unit_.sql, kTouchPlan, UseNullable(user, "updated_by"), soci::use(now, "updated_at"),
                   soci::use(plan_id, "id"), soci::use(expected, "revision")) > 0;
  });
}

std::vector<app::PathPlanActivity> SociExplorerRepository::ActivitiesOf(app::PathPlanId plan) {
  return Guarded(unit_, [&] {
    long long plan_id = plan;
    return SelectRows<ActivityRow>(unit_.sql, kActivitiesOfPlan, &ActivityRow::ToActivity, soci::use(plan_id, "plan"));
  });
}

std::vector<app::PathPlanActivity> SociExplorerRepository::ActivitiesOfPlans(
    const std::vector<app::PathPlanId>& plans) {
  return Guarded(unit_, [&] {
    std::vector<app::PathPlanActivity> activities;
    if (plans.empty()) return activities;
    std::string query(kSelectActivities);
    query += " WHERE plan_id IN (" + IdList(plans) + ") ORDER BY plan_id, position, id";
    return SelectRows<ActivityRow>(unit_.sql, query, &ActivityRow::ToActivity);
  });
}

std::optional<app::PathPlanActivity> SociExplorerRepository::FindActivity(app::PathPlanActivityId id) {
  return Guarded(unit_, [&] {
    long long activity_id = id;
    return SelectFirst<ActivityRow>(unit_.sql, kFindActivity, &ActivityRow::ToActivity, soci::use(activity_id, "id"));
  });
}

app::PathPlanActivityId SociExplorerRepository::AddActivity(app::PathPlanId plan,
                                                            const app::PathPlanActivityFields& fields,
                                                            std::optional<domain::UserId> by, domain::Timestamp at) {
  return Guarded(unit_, [&] {
    long long plan_id = plan;
    long long plan_again = plan;
    ActivityValues values(fields);
    Nullable<domain::UserId> user(by);
    long long now = ToUnixSeconds(at);
    long long id = 0;
    Execute(unit_.sql, kInsertActivity, soci::use(plan_id, "plan"), soci::use(plan_again, "plan_again"),
            soci::use(fields.title, "title"), soci::use(fields.description, "description"),
            soci::use(values.kind, "kind"), soci::use(values.starts_on, "starts_on"),
            UseNullable(values.ends_on, "ends_on"), soci::use(values.status, "status"), soci::use(now, "created_at"),
            UseNullable(user, "updated_by"), soci::use(now, "updated_at"), soci::into(id));
    return static_cast<app::PathPlanActivityId>(id);
  });
}

bool SociExplorerRepository::UpdateActivity(app::PathPlanActivityId id, int revision,
                                            const app::PathPlanActivityFields& fields, std::optional<domain::UserId> by,
                                            domain::Timestamp at) {
  return Guarded(unit_, [&] {
    long long activity_id = id;
    int expected = revision;
    ActivityValues values(fields);
    Nullable<domain::UserId> user(by);
    long long now = ToUnixSeconds(at);
    return Execute(unit_.sql, kUpdateActivity, soci::use(fields.title, "title"),
                   soci::use(fields.description, "description"), soci::use(values.kind, "kind"),
                   soci::use(values.starts_on, "starts_on"), UseNullable(values.ends_on, "ends_on"),
                   soci::use(values.status, "status"), UseNullable(user, "updated_by"), soci::use(now, "updated_at"),
                   soci::use(activity_id, "id"), soci::use(expected, "revision")) > 0;
  });
}

void SociExplorerRepository::SetActivityOrder(app::PathPlanId plan, const std::vector<app::PathPlanActivityId>& order) {
  Guarded(unit_, [&] {
    long long plan_id = plan;
    int position = 0;
    long long activity_id = 0;
    soci::statement update = (unit_.sql.prepare << kSetActivityPosition, soci::use(position, "position"),
                              soci::use(activity_id, "id"), soci::use(plan_id, "plan"));
    for (const auto id : order) {
      ++position;
      activity_id = id;
      update.execute(true);
    }
    return 0;
  });
}

void SociExplorerRepository::AddPlanChange(app::PathPlanId plan, const app::PathPlanChange& change) {
  Guarded(unit_, [&] {
    long long plan_id = plan;
    long long at = ToUnixSeconds(change.at);
    Nullable<domain::UserId> by(change.by);
    return Execute(unit_.sql, kInsertChange, soci::use(plan_id, "plan"), soci::use(at, "at"), UseNullable(by, "by"),
                   soci::use(change.text, "text"));
  });
}

std::vector<app::PathPlanChange> SociExplorerRepository::ChangesOf(app::PathPlanId plan) {
  return Guarded(unit_, [&] {
    long long plan_id = plan;
    return SelectRows<ChangeRow>(unit_.sql, kChangesOf, &ChangeRow::ToChange, soci::use(plan_id, "plan"));
  });
}

}  // namespace lp::storage
