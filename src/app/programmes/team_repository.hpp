#pragma once

// The storage interface of the Rejsefæller teams (issue 17; tables of migration 018): the leaders who
// share the leadership of a unit, offered the Rejsefæller programme together as one team, with the
// leadership consultant Koncern HR assigns and the team's shared plan of meetings.
//
// Conventions as in programme_repository.hpp: moments are domain::Timestamp, days year_month_day;
// updates guarded by a revision change nothing and return false when the row is no longer at that
// revision (or not in the state the update starts from).

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

using TeamId = std::int64_t;
using TeamMeetingId = std::int64_t;

// Offered: waiting for the members' answer. Active: accepted, the members are enrolled in the
// programme. Declined: the members said no, with a reason. Completed: Koncern HR closed the course.
enum class TeamStatus { Offered, Active, Declined, Completed };
inline constexpr auto kTeamStatusTable = domain::MakeEnumTable<TeamStatus>({
    {TeamStatus::Offered, "tilbudt", "Tilbudt"},
    {TeamStatus::Active, "aktiv", "Aktiv"},
    {TeamStatus::Declined, "afslaaet", "Takket nej"},
    {TeamStatus::Completed, "afsluttet", "Afsluttet"},
});
inline constexpr auto kAllTeamStatuses = kTeamStatusTable.Values();

enum class TeamMeetingStatus { Planned, Held, Cancelled };
inline constexpr auto kTeamMeetingStatusTable = domain::MakeEnumTable<TeamMeetingStatus>({
    {TeamMeetingStatus::Planned, "planlagt", "Planlagt"},
    {TeamMeetingStatus::Held, "afholdt", "Afholdt"},
    {TeamMeetingStatus::Cancelled, "aflyst", "Aflyst"},
});
inline constexpr auto kAllTeamMeetingStatuses = kTeamMeetingStatusTable.Values();

struct TeamMember {
  domain::PersonId person = 0;
  std::chrono::year_month_day joined_on;
  std::optional<std::chrono::year_month_day> left_on;  // none while a member
};

struct NewTeam {
  ProgrammeId programme = 0;
  domain::UnitId unit = 0;
  std::string name;
  std::chrono::year_month_day offered_on;
  std::vector<domain::PersonId> members;  // joined on offered_on
  std::optional<domain::UserId> by;       // none: the offering job
  domain::Timestamp at{};
};

struct Team {
  TeamId id = 0;
  ProgrammeId programme = 0;
  domain::UnitId unit = 0;
  std::string name;
  TeamStatus status = TeamStatus::Offered;
  std::string consultant_name;   // empty until Koncern HR assigns one
  std::string consultant_email;  // may be empty
  std::chrono::year_month_day offered_on;
  std::optional<std::chrono::year_month_day> started_on;  // when accepted
  std::optional<std::chrono::year_month_day> ended_on;    // when declined or completed
  std::string decline_reason;                             // when declined
  std::vector<TeamMember> members;                        // by person id
  int revision = 1;
  domain::Timestamp created_at{};
  domain::Timestamp updated_at{};

  // Whether the person is a member now (not left).
  bool HasMember(domain::PersonId person) const;
};

struct TeamMeetingFields {
  domain::Timestamp starts_at{};
  domain::Timestamp ends_at{};  // after starts_at
  std::string place;            // may be empty when online
  std::string online_link;      // https URL or empty
  std::string theme;            // not empty
  std::string notes;            // agreements and notes, multi-line

  friend bool operator==(const TeamMeetingFields&, const TeamMeetingFields&) = default;
};

struct TeamMeeting {
  TeamMeetingId id = 0;
  TeamId team = 0;
  TeamMeetingFields fields;
  TeamMeetingStatus status = TeamMeetingStatus::Planned;
  int revision = 1;
  domain::Timestamp updated_at{};
};

class ProgrammeTeamRepository {
 public:
  virtual ~ProgrammeTeamRepository() = default;

  // The team with its members (status Offered).
  virtual TeamId CreateTeam(const NewTeam& team) = 0;
  virtual std::optional<Team> FindTeam(TeamId id) = 0;
  // Every team with its members, the newest first (offered_on, then id).
  virtual std::vector<Team> Teams() = 0;
  // The unit's teams, the newest first.
  virtual std::vector<Team> TeamsOfUnit(domain::UnitId unit) = 0;
  // The teams the person is or was a member of, the newest first.
  virtual std::vector<Team> TeamsOfPerson(domain::PersonId person) = 0;

  // Offered → Active on `day`.
  virtual bool AcceptTeam(TeamId id, int revision, std::chrono::year_month_day day, std::optional<domain::UserId> by,
                          domain::Timestamp at) = 0;
  // Offered → Declined on `day`, with the reason (not empty).
  virtual bool DeclineTeam(TeamId id, int revision, std::chrono::year_month_day day, const std::string& reason,
                           std::optional<domain::UserId> by, domain::Timestamp at) = 0;
  // Active → Completed on `day`.
  virtual bool CompleteTeam(TeamId id, int revision, std::chrono::year_month_day day, std::optional<domain::UserId> by,
                            domain::Timestamp at) = 0;
  // The name and the consultant.
  virtual bool UpdateTeam(TeamId id, int revision, const std::string& name, const std::string& consultant_name,
                          const std::string& consultant_email, std::optional<domain::UserId> by,
                          domain::Timestamp at) = 0;

  virtual TeamMeetingId AddMeeting(TeamId team, const TeamMeetingFields& fields, std::optional<domain::UserId> by,
                                   domain::Timestamp at) = 0;
  virtual bool UpdateMeeting(TeamMeetingId id, int revision, const TeamMeetingFields& fields, TeamMeetingStatus status,
                             std::optional<domain::UserId> by, domain::Timestamp at) = 0;
  virtual std::optional<TeamMeeting> FindMeeting(TeamMeetingId id) = 0;
  // The team's meetings (cancelled ones included), the earliest first.
  virtual std::vector<TeamMeeting> MeetingsOfTeam(TeamId team) = 0;
  // Every planned meeting starting at or after `from`, the earliest first (the teams' next meetings).
  virtual std::vector<TeamMeeting> PlannedMeetingsFrom(domain::Timestamp from) = 0;
};

}  // namespace lp::app
