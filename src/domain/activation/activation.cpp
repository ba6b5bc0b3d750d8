#include "domain/activation/activation.hpp"

#include <chrono>

namespace lp::domain {
namespace {

struct KindEntry {
  ActivityKind kind;
  std::string_view code;
  std::string_view label;
};

constexpr std::array kKinds = {
    KindEntry{ActivityKind::LeadershipChain, "ledelseskaede", "Dialog i ledelseskæden"},
    KindEntry{ActivityKind::Med, "med", "Dialog med MED"},
    KindEntry{ActivityKind::Recruitment, "rekruttering", "Brug ved rekruttering"},
    KindEntry{ActivityKind::Lus, "lus", "Brug i LUS"},
    KindEntry{ActivityKind::CaseWorkshop, "casevaerksted", "Case-værksted"},
    KindEntry{ActivityKind::DialogueCards, "dialogkort", "Dialogkort-session"},
    KindEntry{ActivityKind::Other, "andet", "Andet"},
};

std::chrono::sys_days Days(std::chrono::year_month_day date) { return std::chrono::sys_days{date}; }

}  // namespace

std::string_view ActivityKindCode(ActivityKind kind) {
  for (const auto& entry : kKinds) {
    if (entry.kind == kind) return entry.code;
  }
  return "andet";
}

std::string_view ActivityKindLabel(ActivityKind kind) {
  for (const auto& entry : kKinds) {
    if (entry.kind == kind) return entry.label;
  }
  return "Andet";
}

std::optional<ActivityKind> ParseActivityKind(std::string_view code) {
  for (const auto& entry : kKinds) {
    if (entry.code == code) return entry.kind;
  }
  return std::nullopt;
}

std::string_view ActivityStatusCode(ActivityStatus status) {
  switch (status) {
    case ActivityStatus::Planned: return "planned";
    case ActivityStatus::Done: return "done";
    case ActivityStatus::Cancelled: return "cancelled";
  }
  return "planned";
}

std::string_view ActivityStatusLabel(ActivityStatus status) {
  switch (status) {
    case ActivityStatus::Planned: return "Planlagt";
    case ActivityStatus::Done: return "Gennemført";
    case ActivityStatus::Cancelled: return "Aflyst";
  }
  return "Planlagt";
}

std::optional<ActivityStatus> ParseActivityStatus(std::string_view code) {
  if (code == "planned") return ActivityStatus::Planned;
  if (code == "done") return ActivityStatus::Done;
  if (code == "cancelled") return ActivityStatus::Cancelled;
  return std::nullopt;
}

std::string_view PlanStatusCode(PlanStatus status) { return status == PlanStatus::Approved ? "approved" : "draft"; }

std::string_view PlanStatusLabel(PlanStatus status) { return status == PlanStatus::Approved ? "Godkendt" : "Kladde"; }

std::optional<PlanStatus> ParsePlanStatus(std::string_view code) {
  if (code == "draft") return PlanStatus::Draft;
  if (code == "approved") return PlanStatus::Approved;
  return std::nullopt;
}

std::string_view PlanStateLabel(PlanState state) {
  switch (state) {
    case PlanState::NotDue: return "Runden er ikke startet";
    case PlanState::Missing: return "Mangler";
    case PlanState::Overdue: return "Mangler, fristen er overskredet";
    case PlanState::Draft: return "Kladde";
    case PlanState::Approved: return "Godkendt";
  }
  return "Mangler";
}

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
