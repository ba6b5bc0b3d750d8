#pragma once

// Activation of the leadership foundation (issue 4): the rules of activation rounds, the units'
// plans and their activities that hold whatever the storage or the web.
//
// The decisions, in one place:
// - An activity is overdue when it is still planned and its planned date lies before today. Done
//   and cancelled activities are never overdue.
// - A unit is expected to have a plan in a round when it is active and has at least one active
//   leader (a leaderless unit defers to the nearest leader above it, whose own plan covers it).
// - The state of an expected unit's plan in a round, as of today: the plan's own status (draft,
//   approved) when it has one; without one it is "not due" before the round starts, "missing" from
//   the start up to and including the deadline, and "overdue" after the deadline. A draft after the
//   deadline stays a draft (it exists; the follow-up shows its date).
// - The current round (the one the pages and AddActivity use when none is named) is the one that
//   started most recently on or before today; when none has started yet, the one that starts first.

#include <array>
#include <chrono>
#include <optional>
#include <span>
#include <string_view>

#include "domain/platform/enum_table.hpp"

namespace lp::domain {

enum class ActivityKind {
  LeadershipChain,  // dialogue in the leadership chain
  Med,              // dialogue with the MED system
  Recruitment,      // use in recruitment of new leaders
  Lus,              // use in leadership development conversations (LUS)
  CaseWorkshop,
  DialogueCards,  // a dialogue-card session
  Other,
};

inline constexpr auto kActivityKindTable = MakeEnumTable<ActivityKind>({
    {ActivityKind::LeadershipChain, "ledelseskaede", "Dialog i ledelseskæden"},
    {ActivityKind::Med, "med", "Dialog med MED"},
    {ActivityKind::Recruitment, "rekruttering", "Brug ved rekruttering"},
    {ActivityKind::Lus, "lus", "Brug i LUS"},
    {ActivityKind::CaseWorkshop, "casevaerksted", "Case-værksted"},
    {ActivityKind::DialogueCards, "dialogkort", "Dialogkort-session"},
    {ActivityKind::Other, "andet", "Andet"},
});
inline constexpr auto kAllActivityKinds = kActivityKindTable.Values();

std::string_view ActivityKindCode(ActivityKind kind);   // "ledelseskaede", "med", "rekruttering", …
std::string_view ActivityKindLabel(ActivityKind kind);  // "Dialog i ledelseskæden", "Dialog med MED", …
std::optional<ActivityKind> ParseActivityKind(std::string_view code);

enum class ActivityStatus { Planned, Done, Cancelled };
std::string_view ActivityStatusCode(ActivityStatus status);   // "planned", "done", "cancelled"
std::string_view ActivityStatusLabel(ActivityStatus status);  // "Planlagt", "Gennemført", "Aflyst"
std::optional<ActivityStatus> ParseActivityStatus(std::string_view code);

enum class PlanStatus { Draft, Approved };
std::string_view PlanStatusCode(PlanStatus status);   // "draft", "approved"
std::string_view PlanStatusLabel(PlanStatus status);  // "Kladde", "Godkendt"
std::optional<PlanStatus> ParsePlanStatus(std::string_view code);

// A unit's plan in a round, as the follow-up and the leaders' overviews show it.
enum class PlanState {
  NotDue,    // no plan, and the round has not started
  Missing,   // no plan; the round has started and the deadline has not passed
  Overdue,   // no plan, and the deadline has passed
  Draft,     // a plan, not yet approved
  Approved,  // an approved plan
};
inline constexpr auto kPlanStateTable = MakeEnumTable<PlanState>({
    {PlanState::NotDue, "ikke-startet", "Runden er ikke startet"},
    {PlanState::Missing, "mangler", "Mangler"},
    {PlanState::Overdue, "overskredet", "Mangler, fristen er overskredet"},
    {PlanState::Draft, "kladde", "Kladde"},
    {PlanState::Approved, "godkendt", "Godkendt"},
});
inline constexpr auto kAllPlanStates = kPlanStateTable.Values();
std::string_view PlanStateCode(PlanState state);   // "ikke-startet", "mangler", "overskredet", … (URLs)
std::string_view PlanStateLabel(PlanState state);  // "Runden er ikke startet", "Mangler", …
std::optional<PlanState> ParsePlanState(std::string_view code);

bool IsActivityOverdue(ActivityStatus status, std::chrono::year_month_day planned_on,
                       std::chrono::year_month_day today);

// plan_status: the plan's status when the unit has a plan in the round.
PlanState PlanStateOf(std::optional<PlanStatus> plan_status, std::chrono::year_month_day starts_on,
                      std::chrono::year_month_day plan_deadline, std::chrono::year_month_day today);

// Whether the state calls for the leader's attention: no plan although the round has started.
inline bool PlanNeedsAttention(PlanState state) { return state == PlanState::Missing || state == PlanState::Overdue; }

struct RoundDates {
  std::chrono::year_month_day starts_on;
  std::chrono::year_month_day plan_deadline;
};

// The index of the current round among `rounds` (see the rules above); none when there are none.
std::optional<std::size_t> CurrentRoundIndex(std::span<const RoundDates> rounds, std::chrono::year_month_day today);

}  // namespace lp::domain
