#pragma once

// Explorer (issue 17): employees with drive and talent for leadership. A leader nominates someone of
// the units they lead (the enrolment is made at once), or an employee applies and a leader of their
// unit (or of the nearest unit above with a leader) approves or rejects with a reason. After the
// common course days (sessions) the participant plans a personal path with help: a plan of chosen
// activities with dates and status, which counts as the programme's personal plan once it is agreed.
//
// Access:
// - Nominating: a leader, for active people in the subtrees they lead (not themselves); the person is
//   told. Someone already in Explorer, or with an application waiting, is refused at the field.
// - Applying: anyone linked to a person with a leader above them; the leaders are told. Deciding: the
//   active leaders of the unit the application went to; the applicant is told either way. Anyone
//   else gets NotFound, so an application's existence is not revealed.
// - A plan: the participant, the leaders over them (Organisation::IsLeaderOver) and Koncern HR
//   (kMaintainProgrammes) see and edit it; anyone else gets NotFound. Viewing someone else's plan is
//   recorded in the audit log.
// - "Planen er aftalt" needs at least one activity and records who and when; the enrolment's status
//   then counts the personal plan (ProgrammeRepository::SetStepsDone). Editing afterwards keeps it
//   agreed, and each change is listed with its time.
// Every write is one Store::Write unit; stale revisions are Conflict, bad input Invalid with Danish
// messages at the fields.

#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "app/organisation/organisation_service.hpp"
#include "app/platform/auth_service.hpp"
#include "app/platform/result.hpp"
#include "app/platform/services.hpp"
#include "app/platform/store.hpp"
#include "app/programmes/explorer_repository.hpp"
#include "app/programmes/programme_repository.hpp"

namespace lp::app {

inline constexpr std::size_t kMaxExplorerMotivation = 4000;
inline constexpr std::size_t kMaxExplorerReason = 1000;
inline constexpr std::size_t kMaxPathPlanHelper = 200;
inline constexpr std::size_t kMaxPathPlanTitle = 150;
inline constexpr std::size_t kMaxPathPlanDescription = 4000;
// The people a leader is offered in the nomination form's list (the rest by e-mail or number).
inline constexpr std::size_t kMaxExplorerCandidates = 300;

// The nomination form as typed: a person from the list (their id) or by e-mail or employee number.
struct ExplorerNominationInput {
  std::string person;  // a person id from the list, or empty
  std::string who;     // an e-mail address or an employee number, or empty
  std::string motivation;
};

// An application or a nomination with the people it names.
struct ExplorerNominationEntry {
  ExplorerNomination nomination;
  const domain::Person* person = nullptr;      // the employee
  const domain::Unit* unit = nullptr;          // the employee's unit
  const domain::Unit* leader_unit = nullptr;   // the unit whose leaders nominated or decide
  const domain::Person* nominator = nullptr;   // the leader who nominated
  std::vector<const domain::Person*> leaders;  // the active leaders of leader_unit
};

struct ExplorerCandidate {
  const domain::Person* person = nullptr;
  const domain::Unit* unit = nullptr;
};

struct ExplorerNominateView {
  Programme programme;
  std::vector<ExplorerCandidate> candidates;  // the people the leader may nominate, by name (at most kMax…)
  std::size_t more = 0;                       // candidates beyond the list
};

struct ExplorerApplyView {
  Programme programme;
  const domain::Person* me = nullptr;
  const domain::Unit* leader_unit = nullptr;     // where the application goes
  std::vector<const domain::Person*> leaders;    // who decides
  std::optional<EnrollmentId> enrollment;        // already in Explorer
  std::vector<ExplorerNominationEntry> history;  // the person's own, the newest first
  bool waiting = false;                          // one of them waits for the leader
};

struct ExplorerNominationsView {
  std::vector<ExplorerNominationEntry> waiting;  // applications waiting for the viewer's decision
  std::vector<ExplorerNominationEntry> decided;  // decided ones and the viewer's units' nominations
  std::vector<ExplorerNominationEntry> mine;     // the viewer's own applications
};

struct ExplorerDecisionView {
  ExplorerNominationEntry entry;
  bool can_decide = false;  // it waits and the viewer is a leader of its unit
  bool own = false;         // the applicant looks at their own
};

// A personal path plan as its page shows it.
struct PathPlanView {
  Enrollment enrollment;
  Programme programme;
  domain::ProgrammeStatus status;
  const domain::Person* person = nullptr;
  const domain::Unit* unit = nullptr;
  PathPlan plan;
  std::vector<PathPlanActivity> activities;  // in the plan's order
  std::vector<PathPlanChange> changes;       // since it was agreed, the oldest first
  std::string agreed_by;                     // the name of who agreed it
  bool own = false;
};

// An activity as typed.
struct PathPlanActivityInput {
  std::string title;
  std::string description;
  std::string kind;
  std::string starts_on;
  std::string ends_on;
  std::string status;
};
PathPlanActivityInput PathPlanInputOf(const PathPlanActivityFields& fields);

// For "Min udvikling": the person's Explorer, in short.
struct ExplorerPlanSummary {
  EnrollmentId enrollment = 0;
  bool agreed = false;
  int done = 0;                          // activities gennemført
  int total = 0;                         // activities not given up
  std::optional<PathPlanActivity> next;  // the earliest-starting activity planned or started
};
struct ExplorerSummary {
  std::vector<ExplorerNomination> applications;  // the person's own applications and nominations, newest first
  std::optional<ExplorerPlanSummary> plan;       // when in Explorer (not withdrawn)
};

class ExplorerService {
 public:
  ExplorerService(Store& store, OrganisationService& organisation, Clock clock = SystemNow);

  // The Explorer programme: the first one of its kind that is not archived.
  std::optional<Programme> ExplorerProgramme() const;

  // Forbidden for someone who leads no unit; NotFound when there is no Explorer programme.
  Result<ExplorerNominateView> NominatePage(const domain::User& user) const;
  // Enrols the person at once (EnrollmentSource::Nomination) and tells them. Invalid at "person"
  // (nobody chosen, outside the leader's units, already in Explorer, an application waiting) or
  // "motivation".
  Result<EnrollmentId> Nominate(const domain::User& user, const ExplorerNominationInput& input,
                                std::string_view remote_address);

  // NotFound when there is no Explorer programme, Forbidden when the login is linked to no person.
  Result<ExplorerApplyView> ApplyPage(const domain::User& user) const;
  // Invalid at "motivation"; Conflict when already in Explorer or an application waits; Forbidden when
  // nobody above the person leads. The leaders are told.
  Result<ExplorerNominationId> Apply(const domain::User& user, std::string_view motivation,
                                     std::string_view remote_address);
  // The applicant withdraws their waiting application. Conflict on a stale revision or once decided.
  Result<Unit> Withdraw(const domain::User& user, ExplorerNominationId id, int revision,
                        std::string_view remote_address);

  ExplorerNominationsView Nominations(const domain::User& user) const;
  // NotFound unless the viewer is the applicant or a leader of the unit it went to.
  Result<ExplorerDecisionView> Decision(const domain::User& user, ExplorerNominationId id) const;
  // Conflict when decided already (deciding twice) or on a stale revision; the applicant is told.
  Result<EnrollmentId> Approve(const domain::User& user, ExplorerNominationId id, int revision,
                               std::string_view remote_address);
  // Invalid at "reason" without one.
  Result<Unit> Reject(const domain::User& user, ExplorerNominationId id, int revision, std::string_view reason,
                      std::string_view remote_address);

  // The plan of an Explorer enrolment (made empty the first time it is opened); NotFound for anyone
  // who may not see it and for enrolments in other programmes or withdrawn ones.
  Result<PathPlanView> Plan(const domain::User& user, EnrollmentId enrollment, std::string_view remote_address);
  Result<Unit> SetHelper(const domain::User& user, EnrollmentId enrollment, int plan_revision, std::string_view helper,
                         std::string_view remote_address);
  Result<PathPlanActivityId> AddActivity(const domain::User& user, EnrollmentId enrollment, int plan_revision,
                                         const PathPlanActivityInput& input, std::string_view remote_address);
  Result<Unit> UpdateActivity(const domain::User& user, EnrollmentId enrollment, PathPlanActivityId activity,
                              int revision, const PathPlanActivityInput& input, std::string_view remote_address);
  // Moves the activity one place up (-1) or down (+1).
  Result<Unit> MoveActivity(const domain::User& user, EnrollmentId enrollment, PathPlanActivityId activity,
                            int direction, int plan_revision, std::string_view remote_address);
  // "Planen er aftalt": Invalid at "agree" without activities; Conflict when agreed already.
  Result<Unit> Agree(const domain::User& user, EnrollmentId enrollment, int plan_revision,
                     std::string_view remote_address);

  // ---- read-only, for "Min udvikling"
  // The person's own Explorer applications and plan summary; empty for a login without a person.
  ExplorerSummary Summary(const domain::User& user) const;
  // The applications waiting for the viewer's decision (as a leader), the oldest first.
  std::vector<ExplorerNominationEntry> WaitingForDecision(const domain::User& user) const;

 private:
  struct PlanAccess;
  Result<PlanAccess> CheckPlanAccess(Transaction& tx, const OrganisationContext& context, const domain::User& user,
                                     EnrollmentId enrollment) const;
  // One change of a plan in one write unit: the access is checked, the plan made if it has none yet,
  // its revision checked (when given) and bumped, and, when the plan is agreed, the change listed.
  // `change` returns the Danish line of what changed (empty: list nothing) or the refusal.
  using PlanChange = std::function<Result<std::string>(Transaction&, const PlanAccess&, PathPlan&)>;
  Result<Unit> ChangePlan(const domain::User& user, EnrollmentId enrollment, std::optional<int> plan_revision,
                          std::string_view action, const PlanChange& change, std::string_view remote_address);

  Store& store_;
  OrganisationService& organisation_;
  Clock clock_;
};

// Registers the service (called from ProvideProgrammeServices).
void ProvideExplorerServices(Services& services);

}  // namespace lp::app
