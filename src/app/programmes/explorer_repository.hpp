#pragma once

// The storage interface of Explorer's nominations and applications and of the participants' personal
// path plans (issue 17; tables of migration 020). Conventions as in programme_repository.hpp: moments
// are domain::Timestamp, days are year_month_day, updates guarded by a revision change nothing and
// return false when the row is no longer at that revision, a broken unique rule throws
// ConstraintViolation.

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "app/programmes/programme_repository.hpp"
#include "domain/organisation/organisation.hpp"
#include "domain/platform/enum_table.hpp"
#include "domain/platform/time.hpp"
#include "domain/platform/user.hpp"

namespace lp::app {

using ExplorerNominationId = std::int64_t;
using PathPlanId = std::int64_t;
using PathPlanActivityId = std::int64_t;

// How someone came to Explorer: nominated by their leader, or by their own application.
enum class ExplorerSource { Nomination, Application };
inline constexpr auto kExplorerSourceTable = domain::MakeEnumTable<ExplorerSource>({
    {ExplorerSource::Nomination, "indstilling", "Indstilling fra lederen"},
    {ExplorerSource::Application, "ansoegning", "Ansøgning"},
});

enum class ExplorerNominationStatus { Waiting, Approved, Rejected, Withdrawn };
inline constexpr auto kExplorerNominationStatusTable = domain::MakeEnumTable<ExplorerNominationStatus>({
    {ExplorerNominationStatus::Waiting, "afventer-leder", "Afventer lederen"},
    {ExplorerNominationStatus::Approved, "godkendt", "Godkendt"},
    {ExplorerNominationStatus::Rejected, "afvist", "Afvist"},
    {ExplorerNominationStatus::Withdrawn, "trukket-tilbage", "Trukket tilbage"},
});

struct NewExplorerNomination {
  ProgrammeId programme = 0;
  domain::PersonId person = 0;
  ExplorerSource source = ExplorerSource::Application;
  std::string motivation;                         // may hold line breaks
  domain::UnitId leader_unit = 0;                 // the unit whose leaders nominated or decide
  std::optional<domain::PersonId> leader_person;  // the leader who nominated
  ExplorerNominationStatus status = ExplorerNominationStatus::Waiting;
  std::optional<EnrollmentId> enrollment;  // a nomination: the enrolment made at once
  std::optional<domain::UserId> by;
  domain::Timestamp at{};
};

struct ExplorerNomination {
  ExplorerNominationId id = 0;
  ProgrammeId programme = 0;
  domain::PersonId person = 0;
  ExplorerSource source = ExplorerSource::Application;
  std::string motivation;
  domain::UnitId leader_unit = 0;
  std::optional<domain::PersonId> leader_person;
  ExplorerNominationStatus status = ExplorerNominationStatus::Waiting;
  std::optional<domain::UserId> decided_by;
  std::optional<domain::Timestamp> decided_at;
  std::string decision_reason;
  std::optional<EnrollmentId> enrollment;
  int revision = 1;
  std::optional<domain::UserId> created_by;
  domain::Timestamp created_at{};
  domain::Timestamp updated_at{};
};

// The kinds of activity of a personal path plan.
enum class PathPlanActivityKind { Rotation, Mentor, Course, Project, Network, Other };
inline constexpr auto kPathPlanActivityKindTable = domain::MakeEnumTable<PathPlanActivityKind>({
    {PathPlanActivityKind::Rotation, "praktik", "Praktik eller jobrotation"},
    {PathPlanActivityKind::Mentor, "mentor", "Mentorforløb"},
    {PathPlanActivityKind::Course, "kursus", "Kursus eller uddannelse"},
    {PathPlanActivityKind::Project, "projekt", "Projekt eller opgave"},
    {PathPlanActivityKind::Network, "netvaerk", "Netværk"},
    {PathPlanActivityKind::Other, "andet", "Andet"},
});

enum class PathPlanActivityStatus { Planned, Started, Done, Dropped };
inline constexpr auto kPathPlanActivityStatusTable = domain::MakeEnumTable<PathPlanActivityStatus>({
    {PathPlanActivityStatus::Planned, "planlagt", "Planlagt"},
    {PathPlanActivityStatus::Started, "i-gang", "I gang"},
    {PathPlanActivityStatus::Done, "gennemfoert", "Gennemført"},
    {PathPlanActivityStatus::Dropped, "opgivet", "Opgivet"},
});

struct PathPlan {
  PathPlanId id = 0;
  EnrollmentId enrollment = 0;
  std::string helper;  // the leadership consultant or mentor who helps, as text
  std::optional<domain::Timestamp> agreed_at;
  std::optional<domain::UserId> agreed_by;
  int revision = 1;
  domain::Timestamp created_at{};
  std::optional<domain::UserId> updated_by;
  domain::Timestamp updated_at{};
};

struct PathPlanActivityFields {
  std::string title;
  std::string description;  // may hold line breaks
  PathPlanActivityKind kind = PathPlanActivityKind::Other;
  std::chrono::year_month_day starts_on;
  std::optional<std::chrono::year_month_day> ends_on;  // on or after starts_on
  PathPlanActivityStatus status = PathPlanActivityStatus::Planned;

  friend bool operator==(const PathPlanActivityFields&, const PathPlanActivityFields&) = default;
};

struct PathPlanActivity {
  PathPlanActivityId id = 0;
  PathPlanId plan = 0;
  int position = 0;  // 1..n in the plan's order
  PathPlanActivityFields fields;
  int revision = 1;
  std::optional<domain::UserId> updated_by;
  domain::Timestamp updated_at{};
};

struct PathPlanChange {
  domain::Timestamp at{};
  std::optional<domain::UserId> by;
  std::string text;
};

class ExplorerRepository {
 public:
  virtual ~ExplorerRepository() = default;

  // ---- nominations and applications
  // ConstraintViolation when the person already has an application to the programme that waits.
  virtual ExplorerNominationId AddNomination(const NewExplorerNomination& nomination) = 0;
  virtual std::optional<ExplorerNomination> FindNomination(ExplorerNominationId id) = 0;
  // The person's nominations and applications, the newest first.
  virtual std::vector<ExplorerNomination> NominationsOfPerson(domain::PersonId person) = 0;
  // Those addressed to the units (waiting and decided), the newest first.
  virtual std::vector<ExplorerNomination> NominationsOfUnits(const std::vector<domain::UnitId>& units) = 0;
  // Approves a waiting application with the enrolment it led to; false unless it waits at `revision`.
  virtual bool ApproveNomination(ExplorerNominationId id, int revision, EnrollmentId enrollment,
                                 std::optional<domain::UserId> by, domain::Timestamp at) = 0;
  // Rejects a waiting application with the reason; false unless it waits at `revision`.
  virtual bool RejectNomination(ExplorerNominationId id, int revision, const std::string& reason,
                                std::optional<domain::UserId> by, domain::Timestamp at) = 0;
  // The applicant withdraws a waiting application; false unless it waits at `revision`.
  virtual bool WithdrawNomination(ExplorerNominationId id, int revision, std::optional<domain::UserId> by,
                                  domain::Timestamp at) = 0;

  // ---- personal path plans
  // The plan of the enrolment, made (empty) when it has none yet.
  virtual PathPlan EnsurePlan(EnrollmentId enrollment, domain::Timestamp at) = 0;
  virtual std::optional<PathPlan> PlanOfEnrollment(EnrollmentId enrollment) = 0;
  // The plans of the enrolments (those that have one).
  virtual std::vector<PathPlan> PlansOfEnrollments(const std::vector<EnrollmentId>& enrollments) = 0;
  // Guarded by the plan's revision; each bumps it.
  virtual bool SetPlanHelper(PathPlanId plan, int revision, const std::string& helper, std::optional<domain::UserId> by,
                             domain::Timestamp at) = 0;
  virtual bool SetPlanAgreed(PathPlanId plan, int revision, std::optional<domain::UserId> by, domain::Timestamp at) = 0;
  // Bumps the plan's revision (an activity was added, changed or moved), guarded by it.
  virtual bool TouchPlan(PathPlanId plan, int revision, std::optional<domain::UserId> by, domain::Timestamp at) = 0;

  // The plan's activities in its order.
  virtual std::vector<PathPlanActivity> ActivitiesOf(PathPlanId plan) = 0;
  // The activities of several plans, each plan's in its order.
  virtual std::vector<PathPlanActivity> ActivitiesOfPlans(const std::vector<PathPlanId>& plans) = 0;
  virtual std::optional<PathPlanActivity> FindActivity(PathPlanActivityId id) = 0;
  // Appended last in the plan.
  virtual PathPlanActivityId AddActivity(PathPlanId plan, const PathPlanActivityFields& fields,
                                         std::optional<domain::UserId> by, domain::Timestamp at) = 0;
  virtual bool UpdateActivity(PathPlanActivityId id, int revision, const PathPlanActivityFields& fields,
                              std::optional<domain::UserId> by, domain::Timestamp at) = 0;
  // Sets each activity's position to its place in `order` (1-based); the plan's other activities are
  // left as they are (the caller passes them all).
  virtual void SetActivityOrder(PathPlanId plan, const std::vector<PathPlanActivityId>& order) = 0;

  virtual void AddPlanChange(PathPlanId plan, const PathPlanChange& change) = 0;
  // The oldest first.
  virtual std::vector<PathPlanChange> ChangesOf(PathPlanId plan) = 0;
};

}  // namespace lp::app
