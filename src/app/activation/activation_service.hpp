#pragma once

// The use cases of activation (issue 4): top management's activation rounds, each unit's local plan
// for translating and activating the leadership foundation, the plan's activities, and what is
// missing or overdue as the leaders see it. Access per unit through app/organisation_access:
// EditUnitFoundation (the unit's own leaders, delegates, HR in scope, administrators) writes a plan
// and its activities, ReadUnitFoundation (the chain above, HR in scope, koncernledelse,
// administrators) reads them, ManageActivationRounds (koncernledelse, administrators) sets rounds.
//
// Decisions (see also domain/activation.hpp for overdue, missing and the current round):
// - A plan is approved by the leader above its unit, not by the unit itself (issue 15): any leader of
//   a unit above it who does not lead the unit may approve; the start page asks the nearest of them
//   (PlanApprovers, "the leader's leader"). A unit with no leader above it (the top of the region)
//   has its plan approved by koncernledelse. A plan without activities (none planned or done) cannot
//   be approved. The approval is recorded (who, when) and can be withdrawn by those who may approve,
//   with a reason; the plan then goes back to draft and shows who withdrew it, when and why.
// - An approved plan stays a living plan: activities may still be added, edited, marked done or
//   cancelled, and its notes edited, without it going back to draft.
// - An activity is cancelled with a reason (who, when and why are shown) and can be taken up again
//   ("Genoptag"), which clears the cancellation. A done activity may have its details and its record
//   (completion date, outcome, agreements) corrected.
// - A unit's plan is read by everyone who reads its foundation and by the people of the unit and the
//   units below it (actions::kReadUnitPlan).
// - A completion date lies between the round's start and today; planned dates and round dates lie
//   within kEarliestDate..kLatestDate.
// - Every write is one transaction with its audit event; every edit carries the revision the form
//   was opened with and is refused with Conflict when someone else changed the row meanwhile.

#include <chrono>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "app/activation/activation_repository.hpp"
#include "app/organisation/organisation_service.hpp"
#include "app/platform/auth_service.hpp"
#include "app/platform/form_checks.hpp"
#include "app/platform/result.hpp"
#include "app/platform/store.hpp"

namespace lp::app {

// Limits of what the forms accept (characters, i.e. Unicode code points).
inline constexpr std::size_t kMaxActivationNameLength = 150;    // round names, activity titles, responsible
inline constexpr std::size_t kMaxActivationTextLength = 4'000;  // descriptions, notes, outcomes, agreements
inline constexpr std::size_t kMaxParticipantsLength = 1'000;    // participants
inline constexpr std::size_t kMaxResponsibleChoices = 300;      // people offered as responsible
inline constexpr std::size_t kMaxAttentionRows = 200;           // rows per list of the leaders' overview
inline constexpr std::chrono::year_month_day kEarliestActivationDate{std::chrono::year{2020}, std::chrono::month{1},
                                                                     std::chrono::day{1}};
inline constexpr std::chrono::year_month_day kLatestActivationDate{std::chrono::year{2035}, std::chrono::month{12},
                                                                   std::chrono::day{31}};
// Every date of a round, a plan or an activity.
inline constexpr DayRule kActivationDay{"datoen", kEarliestActivationDate, kLatestActivationDate,
                                        "Skriv en dato, fx 4.6.2026."};

// Form input as typed (dates as ISO or Danish text); validated by the service.
struct RoundInput {
  std::string name;
  std::string description;
  std::string starts_on;
  std::string plan_deadline;
};

struct ActivityInput {
  std::string kind;  // ActivityKindCode
  std::string title;
  std::string planned_on;
  std::string responsible_person;  // a person id from the offered list, or empty
  std::string responsible;
  std::string participants;
};

struct CompletionInput {
  std::string completed_on;  // empty: today
  std::string outcome;
  std::string agreements;
};

// An activity another module creates in a unit's plan (the dialogue module turns a session's
// agreements into activities). Checked like the form.
struct NewActivity {
  domain::ActivityKind kind = domain::ActivityKind::Other;
  std::string title;
  std::chrono::year_month_day planned_on;
  std::optional<domain::PersonId> responsible_person;  // must be offered for the unit (ResponsibleChoices)
  std::string responsible;
  std::string participants;
  std::optional<long long> source_agreement;  // dialogue_agreements.id
};

// Where AddActivity for other modules put the activity: the plan it went into, so the caller can
// link to it without reading it back.
struct PlacedActivity {
  ActivityId id = 0;
  domain::UnitId unit = 0;
  RoundId round = 0;
  PlanId plan = 0;
};

// A round as the pages show it, with its state as of today.
struct RoundView {
  ActivationRound round;
  bool started = false;
  bool deadline_passed = false;
  bool current = false;
};

struct RoundsOverview {
  std::vector<RoundView> rounds;  // the latest start first
  bool can_manage = false;
  std::vector<const domain::Unit*> led_units;  // the units the viewer leads (links to their plans)
  const domain::Unit* my_unit = nullptr;       // the viewer's own unit
  const domain::Unit* covering = nullptr;      // CoveringUnit of it: whose plan applies there
};

struct ActivityView {
  PlanActivity activity;
  bool overdue = false;
  const domain::Person* responsible_person = nullptr;  // when set and known
  std::optional<std::string> cancelled_by_name;        // the user who cancelled it, when known
};

struct UnitPlanPage {
  const domain::Unit* unit = nullptr;
  std::vector<UnitWithLeaders> ancestors;  // root first
  std::vector<RoundView> rounds;           // every round, the latest start first
  std::optional<RoundView> round;          // the one shown; none when there are no rounds
  std::optional<ActivationPlan> plan;
  domain::PlanState state = domain::PlanState::NotDue;
  bool expected = false;  // the unit has an active leader, so a plan is expected
  std::vector<ActivityView> activities;
  std::size_t overdue_activities = 0;
  bool can_edit = false;
  bool can_approve = false;                      // the viewer may approve it (and withdraw an approval)
  std::vector<const domain::Person*> approvers;  // PlanApprovers: who is asked to approve
  std::size_t live_activities = 0;               // planned or done: an empty plan cannot be approved
  std::optional<std::string> approved_by_name;
  std::optional<std::string> withdrawn_by_name;
};

struct ActivityPage {
  const domain::Unit* unit = nullptr;
  ActivationRound round;
  ActivationPlan plan;
  ActivityView activity;
  std::vector<const domain::Person*> responsible_choices;
};

struct AttentionRow {
  const domain::Unit* unit = nullptr;
  std::vector<const domain::Person*> leaders;
  domain::PlanState state = domain::PlanState::NotDue;
  std::optional<UnitPlanSummary> summary;
};

// The leaders' overview (/aktivering/mine-enheder): in the subtrees the viewer leads, the units with
// an active leader whose plan is missing (once the round has started) or that have overdue activities.
struct MyUnitsOverview {
  const domain::Person* me = nullptr;
  std::vector<RoundView> rounds;
  std::optional<RoundView> round;
  std::vector<AttentionRow> own;        // the units the viewer leads, whatever their state
  std::vector<AttentionRow> attention;  // below them (and themselves), missing plans or overdue activities
  std::size_t attention_total = 0;      // attention may be cut at kMaxAttentionRows
  // Active units in the subtrees without an active leader ("ingen leder"), each with the unit whose
  // plan covers it (CoveringUnit); at most kMaxAttentionRows.
  std::vector<std::pair<const domain::Unit*, const domain::Unit*>> leaderless;
  std::size_t leaderless_total = 0;
  std::size_t expected_units = 0;  // units with an active leader in the subtrees
  std::size_t with_plan = 0;
  std::size_t approved = 0;
  std::size_t missing = 0;  // Missing or Overdue
  long long overdue_activities = 0;
};

class ActivationService {
 public:
  ActivationService(Store& store, OrganisationService& organisation, Clock clock = SystemNow);

  std::chrono::year_month_day Today() const;

  // --- Rounds ---
  RoundsOverview Rounds(const OrganisationContext& context) const;
  // Forbidden unless the viewer manages rounds; NotFound for an unknown round.
  Result<ActivationRound> RoundForEdit(const OrganisationContext& context, RoundId id) const;
  Result<RoundId> CreateRound(const OrganisationContext& context, const RoundInput& input,
                              std::string_view remote_address);
  Result<Unit> UpdateRound(const OrganisationContext& context, RoundId id, long long revision, const RoundInput& input,
                           std::string_view remote_address);

  // --- Plans ---
  // The unit's plan in `round` (or the current round). NotFound for an unknown unit or round,
  // Forbidden for viewers who may not read the unit's plans.
  Result<UnitPlanPage> UnitPlan(const OrganisationContext& context, domain::UnitId unit,
                                std::optional<RoundId> round) const;
  // Conflict when the unit has a plan in the round already.
  Result<PlanId> CreatePlan(const OrganisationContext& context, domain::UnitId unit, RoundId round,
                            std::string_view remote_address);
  Result<Unit> UpdatePlanNotes(const OrganisationContext& context, PlanId plan, long long revision,
                               const std::string& notes, std::string_view remote_address);
  // Forbidden unless CanApprove; Invalid (field "approve") for a plan without activities.
  Result<Unit> ApprovePlan(const OrganisationContext& context, PlanId plan, long long revision,
                           std::string_view remote_address);
  // Forbidden unless CanApprove; Invalid (field "reason") without a reason; Conflict unless approved.
  Result<Unit> WithdrawApproval(const OrganisationContext& context, PlanId plan, long long revision,
                                const std::string& reason, std::string_view remote_address);
  // Whether the viewer may approve the unit's plan (see the rules above).
  bool CanApprove(const OrganisationContext& context, domain::UnitId unit) const;
  // The plan's unit and round without an access check, for where to go after a form (the use case
  // itself has checked access).
  std::optional<ActivationPlan> PlanById(PlanId plan) const;

  // --- Activities ---
  // The people offered as responsible for the unit's activities: its active leaders, the active
  // leaders of the units below it, then its own active people, at most kMaxResponsibleChoices. Anyone
  // else active may be chosen too, found by name (the form's search step).
  std::vector<const domain::Person*> ResponsibleChoices(const OrganisationContext& context, domain::UnitId unit) const;
  // The plan's unit and round for the form of a new activity; Forbidden unless the viewer edits it.
  Result<ActivityPage> NewActivityPage(const OrganisationContext& context, PlanId plan) const;
  Result<ActivityId> AddActivity(const OrganisationContext& context, PlanId plan, const ActivityInput& input,
                                 std::string_view remote_address);
  // For other modules: an activity in the unit's plan of the current round, creating that plan as a
  // draft when the unit has none. Invalid when there is no round.
  Result<PlacedActivity> AddActivity(const OrganisationContext& context, domain::UnitId unit,
                                     const NewActivity& activity, std::string_view remote_address);
  // The same inside the caller's transaction (e.g. together with marking an agreement as converted).
  Result<PlacedActivity> AddActivityIn(Transaction& tx, const OrganisationContext& context, domain::UnitId unit,
                                       const NewActivity& activity, std::string_view remote_address);
  // The same from a form as typed (the dialogue module's "make it an activity" form): field errors
  // carry the activity form's field names.
  Result<PlacedActivity> AddActivityIn(Transaction& tx, const OrganisationContext& context, domain::UnitId unit,
                                       const ActivityInput& input, std::optional<long long> source_agreement,
                                       std::string_view remote_address);
  // The round new activities from other modules go into (the current one), if any.
  std::optional<RoundView> CurrentRound() const;

  // Readers of the unit's plans may see it; the edit forms check can-edit again on save.
  Result<ActivityPage> Activity(const OrganisationContext& context, ActivityId id) const;
  bool CanEdit(const OrganisationContext& context, domain::UnitId unit) const;
  Result<Unit> UpdateActivity(const OrganisationContext& context, ActivityId id, long long revision,
                              const ActivityInput& input, std::string_view remote_address);
  Result<Unit> CompleteActivity(const OrganisationContext& context, ActivityId id, long long revision,
                                const CompletionInput& input, std::string_view remote_address);
  // Invalid (field "reason") without a reason.
  Result<Unit> CancelActivity(const OrganisationContext& context, ActivityId id, long long revision,
                              const std::string& reason, std::string_view remote_address);
  // A cancelled activity planned again; Conflict unless it is cancelled.
  Result<Unit> ReopenActivity(const OrganisationContext& context, ActivityId id, long long revision,
                              std::string_view remote_address);

  // --- The leaders' overview ---
  MyUnitsOverview MyUnits(const OrganisationContext& context, std::optional<RoundId> round) const;

 private:
  RoundView Describe(const ActivationRound& round, std::chrono::year_month_day today,
                     std::optional<RoundId> current) const;
  std::vector<RoundView> DescribeAll(const std::vector<ActivationRound>& rounds) const;
  // The activity and its plan inside `tx`, when the viewer may edit the plan's unit: NotFound, or
  // Forbidden saying who may `what` ("ændre aktiviteter").
  Result<std::pair<PlanActivity, ActivationPlan>> EditableActivity(Transaction& tx, const OrganisationContext& context,
                                                                   ActivityId id, std::string_view what) const;

  Store& store_;
  OrganisationService& organisation_;
  Clock clock_;
};

// Validation shared by the forms and other modules (no database needed). Field names are the forms'.
std::vector<FieldError> ValidateRound(const RoundInput& input, RoundFields& fields);

// Who is asked to approve the unit's plan: the active leaders of the nearest unit above it that has
// an active leader who does not lead the unit itself. Empty at the top of the region (koncernledelse
// approves there).
std::vector<const domain::Person*> PlanApprovers(const domain::Organisation& organisation, domain::UnitId unit);

// The unit whose plan applies in `unit`: the unit itself when it has an active leader, otherwise the
// nearest unit above with one (which covers it). Null when no unit up to the root has a leader.
const domain::Unit* CoveringUnit(const domain::Organisation& organisation, domain::UnitId unit);

}  // namespace lp::app
