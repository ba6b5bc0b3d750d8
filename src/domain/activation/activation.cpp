#include "domain/activation/activation.hpp"

#include <chrono>

#include "domain/platform/enum_table.hpp"

namespace lp::domain {
namespace {

constexpr auto kActivityStatuses = MakeEnumTable<ActivityStatus>({
    {ActivityStatus::Planned, "planned", "Planlagt"},
    {ActivityStatus::Done, "done", "Gennemført"},
    {ActivityStatus::Cancelled, "cancelled", "Aflyst"},
});

constexpr auto kPlanStatuses = MakeEnumTable<PlanStatus>({
    {PlanStatus::Draft, "draft", "Kladde"},
    {PlanStatus::Approved, "approved", "Godkendt"},
});

std::chrono::sys_days Days(std::chrono::year_month_day date) { return std::chrono::sys_days{date}; }

}  // namespace

std::string_view ActivityKindCode(ActivityKind kind) { return kActivityKindTable.Code(kind); }
std::string_view ActivityKindLabel(ActivityKind kind) { return kActivityKindTable.Label(kind); }
std::optional<ActivityKind> ParseActivityKind(std::string_view code) { return kActivityKindTable.Parse(code); }

std::string_view ActivityStatusCode(ActivityStatus status) { return kActivityStatuses.Code(status); }
std::string_view ActivityStatusLabel(ActivityStatus status) { return kActivityStatuses.Label(status); }
std::optional<ActivityStatus> ParseActivityStatus(std::string_view code) { return kActivityStatuses.Parse(code); }

std::string_view PlanStatusCode(PlanStatus status) { return kPlanStatuses.Code(status); }
std::string_view PlanStatusLabel(PlanStatus status) { return kPlanStatuses.Label(status); }
std::optional<PlanStatus> ParsePlanStatus(std::string_view code) { return kPlanStatuses.Parse(code); }

std::string_view PlanStateCode(PlanState state) { return kPlanStateTable.Code(state); }
std::string_view PlanStateLabel(PlanState state) { return kPlanStateTable.Label(state); }
std::optional<PlanState> ParsePlanState(std::string_view code) { return kPlanStateTable.Parse(code); }

bool IsActivityOverdue(ActivityStatus status, std::chrono::year_month_day planned_on,
                       std::chrono::year_month_day today) {
  return status == ActivityStatus::Planned && Days(planned_on) < Days(today);
}

PlanState PlanStateOf(std::optional<PlanStatus> plan_status, std::chrono::year_month_day starts_on,
                      std::chrono::year_month_day plan_deadline, std::chrono::year_month_day today) {
  if (plan_status) return *plan_status == PlanStatus::Approved ? PlanState::Approved : PlanState::Draft;
  if (Days(today) < Days(starts_on)) return PlanState::NotDue;
  if (Days(today) <= Days(plan_deadline)) return PlanState::Missing;
  return PlanState::Overdue;
}

std::optional<std::size_t> CurrentRoundIndex(std::span<const RoundDates> rounds, std::chrono::year_month_day today) {
  std::optional<std::size_t> started;
  std::optional<std::size_t> upcoming;
  for (std::size_t i = 0; i < rounds.size(); ++i) {
    const auto start = Days(rounds[i].starts_on);
    if (start <= Days(today)) {
      if (!started || start > Days(rounds[*started].starts_on)) started = i;
    } else if (!upcoming || start < Days(rounds[*upcoming].starts_on)) {
      upcoming = i;
    }
  }
  return started ? started : upcoming;
}

}  // namespace lp::domain
