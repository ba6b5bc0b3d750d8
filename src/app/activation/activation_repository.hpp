#pragma once

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "domain/activation/activation.hpp"
#include "domain/organisation/organisation.hpp"
#include "domain/platform/time.hpp"
#include "domain/platform/user.hpp"

namespace lp::app {

using RoundId = std::int64_t;
using PlanId = std::int64_t;
using ActivityId = std::int64_t;

// What a form sets of a round (activation_rounds, migration 008).
struct RoundFields {
  std::string name;
  std::string description;  // Markdown
  std::chrono::year_month_day starts_on;
  std::chrono::year_month_day plan_deadline;  // >= starts_on (a CHECK)

  friend bool operator==(const RoundFields&, const RoundFields&) = default;
};

struct ActivationRound {
  RoundId id = 0;
  RoundFields fields;
  long long revision = 1;
  std::optional<domain::UserId> created_by;
  domain::Timestamp created_at{};
  std::optional<domain::UserId> updated_by;
  domain::Timestamp updated_at{};
};

// A unit's plan in one round; at most one per round and unit (a unique key).
struct ActivationPlan {
  PlanId id = 0;
  RoundId round = 0;
  domain::UnitId unit = 0;
  domain::PlanStatus status = domain::PlanStatus::Draft;
  std::string notes;  // Markdown
  long long revision = 1;
  std::optional<domain::UserId> created_by;
  domain::Timestamp created_at{};
  domain::Timestamp updated_at{};
  std::optional<domain::UserId> approved_by;
  std::optional<domain::Timestamp> approved_at;
  // The latest withdrawal of an approval (the plan went back to draft); kept after a new approval.
  std::optional<domain::UserId> withdrawn_by;
  std::optional<domain::Timestamp> withdrawn_at;
  std::string withdrawal_reason;
};

// What a form sets of an activity besides its status and its record afterwards.
struct ActivityFields {
  domain::ActivityKind kind = domain::ActivityKind::Other;
  std::string title;
  std::chrono::year_month_day planned_on;
  std::optional<domain::PersonId> responsible_person;  // a person of the unit, picked from a list
  std::string responsible;                             // as written (instead of or besides the person)
  std::string participants;

  friend bool operator==(const ActivityFields&, const ActivityFields&) = default;
};

struct PlanActivity {
  ActivityId id = 0;
  PlanId plan = 0;
  ActivityFields fields;
  domain::ActivityStatus status = domain::ActivityStatus::Planned;
  std::optional<std::chrono::year_month_day> completed_on;  // set exactly when done
  std::string outcome;                                      // Markdown
  std::string agreements;                                   // Markdown
  std::optional<long long> source_agreement;                // the dialogue agreement it came from
  // Set while the activity is cancelled (cleared when it is taken up again).
  std::optional<domain::UserId> cancelled_by;
  std::optional<domain::Timestamp> cancelled_at;
  std::string cancellation_reason;
  long long revision = 1;
  std::optional<domain::UserId> created_by;
  domain::Timestamp created_at{};
  domain::Timestamp updated_at{};
};

// A planned activity with where it belongs, for the start page.
struct PlacedPlanActivity {
  PlanActivity activity;
  domain::UnitId unit = 0;
  RoundId round = 0;
};

// One unit's plan in a round with its activity counts, for the overviews and the follow-up views.
struct UnitPlanSummary {
  domain::UnitId unit = 0;
  PlanId plan = 0;
  domain::PlanStatus status = domain::PlanStatus::Draft;
  domain::Timestamp updated_at{};
  long long planned = 0;  // still planned (overdue ones included)
  long long done = 0;
  long long cancelled = 0;
  long long overdue = 0;  // planned with a planned date before `today`

  friend bool operator==(const UnitPlanSummary&, const UnitPlanSummary&) = default;
};

// Activation rounds, the units' activation plans and their activities (issue 4). The updates are
// optimistic: they change the row only when its revision is still `revision` (and then increase it),
// and return false otherwise (changed by someone else, or unknown), never overwriting silently.
class ActivationRepository {
 public:
  virtual ~ActivationRepository() = default;

  virtual RoundId CreateRound(const RoundFields& fields, std::optional<domain::UserId> by, domain::Timestamp at) = 0;
  virtual bool UpdateRound(RoundId id, long long revision, const RoundFields& fields, std::optional<domain::UserId> by,
                           domain::Timestamp at) = 0;
  virtual std::optional<ActivationRound> FindRound(RoundId id) = 0;
  virtual std::vector<ActivationRound> ListRounds() = 0;  // the latest start first, then the newest id

  // ConstraintViolation when the unit already has a plan in the round, or either is unknown.
  virtual PlanId CreatePlan(RoundId round, domain::UnitId unit, std::optional<domain::UserId> by,
                            domain::Timestamp at) = 0;
  virtual std::optional<ActivationPlan> FindPlan(PlanId id) = 0;
  virtual std::optional<ActivationPlan> FindPlanFor(RoundId round, domain::UnitId unit) = 0;
  virtual std::vector<ActivationPlan> PlansOfUnit(domain::UnitId unit) = 0;  // by round id
  virtual bool UpdatePlanNotes(PlanId id, long long revision, const std::string& notes, domain::Timestamp at) = 0;
  // Draft to approved only; false also when the plan is approved already.
  virtual bool ApprovePlan(PlanId id, long long revision, std::optional<domain::UserId> by, domain::Timestamp at) = 0;
  // Approved back to draft, recording who withdrew the approval, when and why; false unless approved.
  virtual bool WithdrawApproval(PlanId id, long long revision, std::optional<domain::UserId> by, domain::Timestamp at,
                                const std::string& reason) = 0;

  // A planned activity. ConstraintViolation for an unknown plan or responsible person.
  virtual ActivityId CreateActivity(PlanId plan, const ActivityFields& fields,
                                    std::optional<long long> source_agreement, std::optional<domain::UserId> by,
                                    domain::Timestamp at) = 0;
  virtual std::optional<PlanActivity> FindActivity(ActivityId id) = 0;
  virtual std::vector<PlanActivity> ActivitiesOf(PlanId plan) = 0;  // by planned date, then id
  // Not for cancelled activities (false).
  virtual bool UpdateActivity(ActivityId id, long long revision, const ActivityFields& fields,
                              domain::Timestamp at) = 0;
  // Records a planned (or already done) activity as done on `completed_on`; false for a cancelled one.
  virtual bool CompleteActivity(ActivityId id, long long revision, std::chrono::year_month_day completed_on,
                                const std::string& outcome, const std::string& agreements, domain::Timestamp at) = 0;
  // Planned activities only (false otherwise); records who cancelled it, when and why.
  virtual bool CancelActivity(ActivityId id, long long revision, std::optional<domain::UserId> by, domain::Timestamp at,
                              const std::string& reason) = 0;
  // Cancelled back to planned (false otherwise); the cancellation's record is cleared.
  virtual bool ReopenActivity(ActivityId id, long long revision, domain::Timestamp at) = 0;
  // The planned activities `person` is responsible for (responsible_person) with a planned date on or
  // before `until`, by planned date, then id; at most `limit`.
  virtual std::vector<PlacedPlanActivity> PlannedActivitiesOf(domain::PersonId person,
                                                              std::chrono::year_month_day until, std::size_t limit) = 0;
  // Every planned activity with a responsible person, planned on or before `until` (the reminders).
  virtual std::vector<PlacedPlanActivity> PlannedActivitiesUntil(std::chrono::year_month_day until) = 0;
  // Every activity the person is responsible for, whatever its status, planned on or after `from`
  // (the calendar feed, where a cancelled one is carried as cancelled).
  virtual std::vector<PlacedPlanActivity> ActivitiesOfResponsible(domain::PersonId person,
                                                                  std::chrono::year_month_day from) = 0;

  // Every plan of the round with its activity counts as of `today`, in one query: the follow-up
  // views and the leaders' overviews read the whole region from it. By unit id.
  virtual std::vector<UnitPlanSummary> SummariesOfRound(RoundId round, std::chrono::year_month_day today) = 0;
  // The same for the plans of `units` only (indexed by round and unit; the start page asks for the
  // few units a person answers for). By unit id.
  virtual std::vector<UnitPlanSummary> SummariesOfUnits(RoundId round, const std::vector<domain::UnitId>& units,
                                                        std::chrono::year_month_day today) = 0;
};

}  // namespace lp::app
