#pragma once

// Rejsefæller teams (issue 17): when a unit has two or more leaders sharing its leadership (fælles
// ledelse), the pair or team is offered the Rejsefæller programme together. The team is a thing of its
// own: its members, the leadership consultant Koncern HR assigns, its shared plan of meetings with
// themes and agreements, and its status.
//
// Rules:
// - Offering (job "rejsefaeller-tilbud", daily, and "Kør nu"): every active unit whose active leaders
//   are two or more and became a shared leadership lately (the newest of them became leader of the
//   unit within kTeamOfferWithinYears before today) is offered a team with those leaders as members,
//   and each member is told with a link to the team's page. Not offered again while the unit has a
//   team that is offered or active, when the same leaders completed a team, or when the same leaders
//   declined one within kTeamDeclineQuietDays. So running the job twice offers nothing twice.
//   Koncern HR can also offer a team for a unit by hand (any shared leadership, new or not).
// - A member answers for the team: "Vi vil gerne deltage" makes it active and enrols every member
//   in the programme (source "ansøgning", deadline kTeamCourseMonths after the start); declining needs
//   a reason. Koncern HR (kMaintainProgrammes) assigns the consultant and completes the team.
// - The plan: members and Koncern HR add and edit meetings of an active team (day, times, place or
//   online link, theme, agreements); a new meeting cannot lie in the past; a meeting is marked held on
//   or after its day, never before. The number of held meetings is every member's count of sparring
//   sessions in the programme (ProgrammeRepository::SetStepsDone), set in the same unit of work.
// - Who sees a team: its members, and those whose reach of actions::kSeeProgrammeStatus covers its
//   unit (HR in scope, leaders above, top management, administrators); anyone else gets NotFound.
//   Seeing a team one is not a member of is audited ("programme_team.viewed").

#include <chrono>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "app/organisation/organisation_service.hpp"
#include "app/platform/auth_service.hpp"
#include "app/platform/result.hpp"
#include "app/platform/services.hpp"
#include "app/platform/store.hpp"
#include "app/programmes/programme_service.hpp"
#include "app/programmes/team_repository.hpp"

namespace lp::app {

inline constexpr int kTeamOfferWithinYears = 2;
inline constexpr int kTeamDeclineQuietDays = 365;
inline constexpr int kTeamCourseMonths = 12;
inline constexpr std::size_t kMaxTeamName = 150;
inline constexpr std::size_t kMaxTeamConsultant = 200;
inline constexpr std::size_t kMaxTeamDeclineReason = 1000;
inline constexpr std::size_t kMaxTeamMeetingTheme = 200;
inline constexpr std::size_t kMaxTeamMeetingPlace = 300;
inline constexpr std::size_t kMaxTeamMeetingNotes = 8000;

// The team's page address, "/udvikling/hold/12".
std::string TeamHref(TeamId id);
// One sentence on what the status means for the team.
std::string TeamStatusExplanation(const Team& team);

// A team as "Min udvikling" lists it.
struct TeamSummary {
  TeamId id = 0;
  std::string name;
  std::string unit_name;
  std::string status_label;  // "Tilbudt", "Aktiv", …
  TeamStatus status = TeamStatus::Offered;
  std::optional<domain::Timestamp> next_meeting;  // the next planned meeting, if any
  std::string href;                               // the team's page
};

struct TeamMemberView {
  const domain::Person* person = nullptr;  // null when no longer in the HR data
  TeamMember member;
  std::string leadership;                         // "Klinisk leder i Hjertesygdomme siden 01.09.2025"
  std::optional<ParticipantProgramme> programme;  // their enrolment in the team's programme, with status
};

struct TeamView {
  Team team;
  Programme programme;
  const domain::Unit* unit = nullptr;
  std::vector<TeamMemberView> members;  // current members first, then those who left
  std::vector<TeamMeeting> meetings;    // the earliest first
  int held = 0;                         // meetings held
  bool is_member = false;               // the viewer is a member now
  bool can_answer = false;              // a member, and the team is offered
  bool can_plan = false;                // a member or Koncern HR, and the team is active
  bool can_maintain = false;            // Koncern HR: consultant, completion
};

struct TeamListRow {
  Team team;
  const domain::Unit* unit = nullptr;
  std::vector<const domain::Person*> members;  // current members (null: not in the HR data)
  std::optional<TeamMeeting> next_meeting;
};

struct TeamList {
  std::vector<TeamListRow> rows;  // the newest first
  bool can_maintain = false;      // may offer a team by hand
};

// The HR form of a team: its name and consultant.
struct TeamInput {
  std::string name;
  std::string consultant_name;
  std::string consultant_email;
};
TeamInput TeamInputOf(const Team& team);

// A meeting as typed.
struct TeamMeetingInput {
  std::string day;     // "2027-03-04" or "4.3.2027"
  std::string starts;  // "09:00"
  std::string ends;    // "11:00"
  std::string place;
  std::string online_link;
  std::string theme;
  std::string notes;
  std::string status;  // a TeamMeetingStatus code; empty: planned (a new meeting)
};
TeamMeetingInput TeamMeetingInputOf(const TeamMeeting& meeting);

class TeamService {
 public:
  TeamService(Store& store, OrganisationService& organisation, Clock clock = SystemNow);

  // The job "rejsefaeller-tilbud": returns the run's result ("2 hold tilbudt Rejsefæller").
  std::string OfferToSharedLeaderships(domain::Timestamp now);
  // Koncern HR offers a team to the unit named by its HR id or its exact name (field "unit").
  Result<TeamId> OfferForUnit(const domain::User& user, std::string_view unit, std::string_view remote_address);

  // NotFound unless the viewer may see the team (see the rules at the top); audited for non-members.
  Result<TeamView> View(const domain::User& user, TeamId id, std::string_view remote_address) const;
  // The teams within the viewer's reach, optionally of one status; Forbidden without any reach.
  Result<TeamList> List(const domain::User& user, std::optional<TeamStatus> status) const;
  // The teams the person is a member of (declined ones left out), the newest first: for "Min udvikling".
  std::vector<TeamSummary> TeamsOfPerson(domain::PersonId person) const;

  // A member accepts for the team; Conflict when it is not offered any more or on a stale revision.
  Result<Unit> Accept(const domain::User& user, TeamId id, int revision, std::string_view remote_address);
  // A member declines for the team with a reason (field "reason").
  Result<Unit> Decline(const domain::User& user, TeamId id, int revision, std::string_view reason,
                       std::string_view remote_address);
  // Koncern HR: the name and the consultant.
  Result<Unit> Update(const domain::User& user, TeamId id, int revision, const TeamInput& input,
                      std::string_view remote_address);
  // Koncern HR completes an active team.
  Result<Unit> Complete(const domain::User& user, TeamId id, int revision, std::string_view remote_address);

  Result<TeamMeetingId> AddMeeting(const domain::User& user, TeamId team, const TeamMeetingInput& input,
                                   std::string_view remote_address);
  // Edits a meeting, its status included (input.status).
  Result<Unit> UpdateMeeting(const domain::User& user, TeamId team, TeamMeetingId meeting, int revision,
                             const TeamMeetingInput& input, std::string_view remote_address);
  // Marks a meeting held, cancelled or planned again (field "status").
  Result<Unit> SetMeetingStatus(const domain::User& user, TeamId team, TeamMeetingId meeting, int revision,
                                std::string_view status_code, std::string_view remote_address);

 private:
  Store& store_;
  OrganisationService& organisation_;
  Clock clock_;
};

// Builds the teams' service into `services` and adds the job "rejsefaeller-tilbud" (needs the
// organisation module and JobRegistry).
void ProvideProgrammeTeamServices(Services& services);

}  // namespace lp::app
