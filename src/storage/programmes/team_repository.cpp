#include "storage/programmes/team_repository.hpp"

#include <algorithm>
#include <map>
#include <string>

#include "storage/platform/rows.hpp"

namespace lp::storage {
namespace {

using domain::FromUnixSeconds;
using domain::ToUnixSeconds;

std::optional<app::TeamStatus> ParseTeamStatus(std::string_view code) { return app::kTeamStatusTable.Parse(code); }
std::optional<app::TeamMeetingStatus> ParseTeamMeetingStatus(std::string_view code) {
  return app::kTeamMeetingStatusTable.Parse(code);
}

// Teams.

constexpr std::string_view kSelectTeams =
    "SELECT id, programme_id, unit_id, name, status, consultant_name, consultant_email, offered_on, started_on, "
    "ended_on, decline_reason, revision, created_at, updated_at FROM programme_teams";
constexpr std::string_view kTeamById = "WHERE id = :id";
constexpr std::string_view kNewestFirst = "ORDER BY offered_on DESC, id DESC";
constexpr std::string_view kOfUnitNewestFirst = "WHERE unit_id = :unit ORDER BY offered_on DESC, id DESC";
constexpr std::string_view kOfMemberNewestFirst =
    "WHERE id IN (SELECT team_id FROM programme_team_members WHERE person_id = :person) "
    "ORDER BY offered_on DESC, id DESC";
constexpr std::string_view kFindTeam = kJoined<kSelectTeams, kTeamById>;
constexpr std::string_view kListTeams = kJoined<kSelectTeams, kNewestFirst>;
constexpr std::string_view kTeamsOfUnit = kJoined<kSelectTeams, kOfUnitNewestFirst>;
constexpr std::string_view kTeamsOfPerson = kJoined<kSelectTeams, kOfMemberNewestFirst>;

constexpr std::string_view kInsertTeam =
    "INSERT INTO programme_teams (programme_id, unit_id, name, status, offered_on, created_by_user_id, created_at, "
    "updated_by_user_id, updated_at) VALUES (:programme_id, :unit_id, :name, 'tilbudt', :offered_on, :created_by, "
    ":created_at, :updated_by, :updated_at) RETURNING id";
constexpr std::string_view kInsertMember =
    "INSERT INTO programme_team_members (team_id, person_id, joined_on) VALUES (:team_id, :person_id, :joined_on)";
constexpr std::string_view kAcceptTeam =
    "UPDATE programme_teams SET status = 'aktiv', started_on = :day, revision = revision + 1, "
    "updated_by_user_id = :updated_by, updated_at = :updated_at "
    "WHERE id = :id AND revision = :revision AND status = 'tilbudt'";
constexpr std::string_view kDeclineTeam =
    "UPDATE programme_teams SET status = 'afslaaet', ended_on = :day, decline_reason = :reason, "
    "revision = revision + 1, updated_by_user_id = :updated_by, updated_at = :updated_at "
    "WHERE id = :id AND revision = :revision AND status = 'tilbudt'";
constexpr std::string_view kCompleteTeam =
    "UPDATE programme_teams SET status = 'afsluttet', ended_on = :day, revision = revision + 1, "
    "updated_by_user_id = :updated_by, updated_at = :updated_at "
    "WHERE id = :id AND revision = :revision AND status = 'aktiv'";
constexpr std::string_view kUpdateTeam =
    "UPDATE programme_teams SET name = :name, consultant_name = :consultant_name, "
    "consultant_email = :consultant_email, revision = revision + 1, updated_by_user_id = :updated_by, "
    "updated_at = :updated_at WHERE id = :id AND revision = :revision";

// Members: of the teams named as "team_id IN (…)" with the ids written as numbers (integers, never text
// from a request), at most this many per statement.
constexpr std::string_view kSelectMembers =
    "SELECT team_id, person_id, joined_on, left_on FROM programme_team_members WHERE team_id IN ";
constexpr std::size_t kTeamsPerStatement = 500;

// Meetings.

constexpr std::string_view kSelectMeetings =
    "SELECT id, team_id, starts_at, ends_at, place, online_link, theme, notes, status, revision, updated_at "
    "FROM programme_team_meetings";
constexpr std::string_view kMeetingById = "WHERE id = :id";
constexpr std::string_view kOfTeamEarliestFirst = "WHERE team_id = :team ORDER BY starts_at, id";
constexpr std::string_view kPlannedFrom = "WHERE status = 'planlagt' AND starts_at >= :from ORDER BY starts_at, id";
constexpr std::string_view kFindMeeting = kJoined<kSelectMeetings, kMeetingById>;
constexpr std::string_view kMeetingsOfTeam = kJoined<kSelectMeetings, kOfTeamEarliestFirst>;
constexpr std::string_view kPlannedMeetingsFrom = kJoined<kSelectMeetings, kPlannedFrom>;

constexpr std::string_view kInsertMeeting =
    "INSERT INTO programme_team_meetings (team_id, starts_at, ends_at, place, online_link, theme, notes, status, "
    "created_by_user_id, created_at, updated_by_user_id, updated_at) VALUES (:team_id, :starts_at, :ends_at, "
    ":place, :online_link, :theme, :notes, 'planlagt', :created_by, :created_at, :updated_by, :updated_at) "
    "RETURNING id";
constexpr std::string_view kUpdateMeeting =
    "UPDATE programme_team_meetings SET starts_at = :starts_at, ends_at = :ends_at, place = :place, "
    "online_link = :online_link, theme = :theme, notes = :notes, status = :status, revision = revision + 1, "
    "updated_by_user_id = :updated_by, updated_at = :updated_at WHERE id = :id AND revision = :revision";

// The columns of kSelectTeams (the members are read apart).
struct TeamRow {
  long long id = 0;
  long long programme = 0;
  long long unit = 0;
  std::string name;
  std::string status;
  std::string consultant_name;
  std::string consultant_email;
  std::string offered_on;
  Nullable<std::chrono::year_month_day> started_on;
  Nullable<std::chrono::year_month_day> ended_on;
  std::string decline_reason;
  int revision = 0;
  long long created_at = 0;
  long long updated_at = 0;

  app::Team ToTeam() const {
    app::Team team;
    team.id = static_cast<app::TeamId>(id);
    team.programme = static_cast<app::ProgrammeId>(programme);
    team.unit = static_cast<domain::UnitId>(unit);
    team.name = name;
    team.status = DecodeCode(status, "programme_teams.status", ParseTeamStatus);
    team.consultant_name = consultant_name;
    team.consultant_email = consultant_email;
    team.offered_on = FromSqlDate(offered_on, "programme_teams.offered_on");
    team.started_on = started_on.Get("programme_teams.started_on");
    team.ended_on = ended_on.Get("programme_teams.ended_on");
    team.decline_reason = decline_reason;
    team.revision = revision;
    team.created_at = FromUnixSeconds(created_at);
    team.updated_at = FromUnixSeconds(updated_at);
    return team;
  }
};

void Into(soci::statement& statement, TeamRow& row) {
  statement.exchange(soci::into(row.id));
  statement.exchange(soci::into(row.programme));
  statement.exchange(soci::into(row.unit));
  statement.exchange(soci::into(row.name));
  statement.exchange(soci::into(row.status));
  statement.exchange(soci::into(row.consultant_name));
  statement.exchange(soci::into(row.consultant_email));
  statement.exchange(soci::into(row.offered_on));
  statement.exchange(IntoNullable(row.started_on));
  statement.exchange(IntoNullable(row.ended_on));
  statement.exchange(soci::into(row.decline_reason));
  statement.exchange(soci::into(row.revision));
  statement.exchange(soci::into(row.created_at));
  statement.exchange(soci::into(row.updated_at));
}

// The columns of kSelectMembers.
struct TeamMemberRow {
  long long team = 0;
  long long person = 0;
  std::string joined_on;
  Nullable<std::chrono::year_month_day> left_on;

  std::pair<app::TeamId, app::TeamMember> ToMember() const {
    app::TeamMember member;
    member.person = static_cast<domain::PersonId>(person);
    member.joined_on = FromSqlDate(joined_on, "programme_team_members.joined_on");
    member.left_on = left_on.Get("programme_team_members.left_on");
    return {static_cast<app::TeamId>(team), member};
  }
};

void Into(soci::statement& statement, TeamMemberRow& row) {
  statement.exchange(soci::into(row.team));
  statement.exchange(soci::into(row.person));
  statement.exchange(soci::into(row.joined_on));
  statement.exchange(IntoNullable(row.left_on));
}

// The columns of kSelectMeetings.
struct TeamMeetingRow {
  long long id = 0;
  long long team = 0;
  long long starts_at = 0;
  long long ends_at = 0;
  std::string place;
  std::string online_link;
  std::string theme;
  std::string notes;
  std::string status;
  int revision = 0;
  long long updated_at = 0;

  app::TeamMeeting ToMeeting() const {
    app::TeamMeeting meeting;
    meeting.id = static_cast<app::TeamMeetingId>(id);
    meeting.team = static_cast<app::TeamId>(team);
    meeting.fields.starts_at = FromUnixSeconds(starts_at);
    meeting.fields.ends_at = FromUnixSeconds(ends_at);
    meeting.fields.place = place;
    meeting.fields.online_link = online_link;
    meeting.fields.theme = theme;
    meeting.fields.notes = notes;
    meeting.status = DecodeCode(status, "programme_team_meetings.status", ParseTeamMeetingStatus);
    meeting.revision = revision;
    meeting.updated_at = FromUnixSeconds(updated_at);
    return meeting;
  }
};

void Into(soci::statement& statement, TeamMeetingRow& row) {
  statement.exchange(soci::into(row.id));
  statement.exchange(soci::into(row.team));
  statement.exchange(soci::into(row.starts_at));
  statement.exchange(soci::into(row.ends_at));
  statement.exchange(soci::into(row.place));
  statement.exchange(soci::into(row.online_link));
  statement.exchange(soci::into(row.theme));
  statement.exchange(soci::into(row.notes));
  statement.exchange(soci::into(row.status));
  statement.exchange(soci::into(row.revision));
  statement.exchange(soci::into(row.updated_at));
}

}  // namespace

void SociProgrammeTeamRepository::LoadMembers(std::vector<app::Team>& teams) {
  if (teams.empty()) return;
  std::map<app::TeamId, app::Team*> by_id;
  for (auto& team : teams) by_id[team.id] = &team;
  for (std::size_t from = 0; from < teams.size(); from += kTeamsPerStatement) {
    const auto to = std::min(teams.size(), from + kTeamsPerStatement);
    std::string query(kSelectMembers);
    query += '(';
    for (std::size_t i = from; i < to; ++i) {
      if (i > from) query += ',';
      query += std::to_string(teams[i].id);
    }
    query += ") ORDER BY team_id, person_id";
    for (auto& [team, member] : SelectRows<TeamMemberRow>(unit_.sql, query, &TeamMemberRow::ToMember)) {
      const auto found = by_id.find(team);
      if (found != by_id.end()) found->second->members.push_back(member);
    }
  }
}

app::TeamId SociProgrammeTeamRepository::CreateTeam(const app::NewTeam& team) {
  return Guarded(unit_, [&] {
    long long programme_id = team.programme;
    long long unit_id = team.unit;
    std::string offered_on = ToSqlDate(team.offered_on);
    Nullable<domain::UserId> user(team.by);
    long long now = ToUnixSeconds(team.at);
    long long id = 0;
    Execute(unit_.sql, kInsertTeam, soci::use(programme_id, "programme_id"), soci::use(unit_id, "unit_id"),
            soci::use(team.name, "name"), soci::use(offered_on, "offered_on"), UseNullable(user, "created_by"),
            soci::use(now, "created_at"), UseNullable(user, "updated_by"), soci::use(now, "updated_at"),
            soci::into(id));
    long long person_id = 0;
    soci::statement insert = (unit_.sql.prepare << kInsertMember, soci::use(id, "team_id"),
                              soci::use(person_id, "person_id"), soci::use(offered_on, "joined_on"));
    for (const auto person : team.members) {
      person_id = person;
      insert.execute(true);
    }
    return static_cast<app::TeamId>(id);
  });
}

std::optional<app::Team> SociProgrammeTeamRepository::FindTeam(app::TeamId id) {
  return Guarded(unit_, [&]() -> std::optional<app::Team> {
    long long team_id = id;
    auto team = SelectFirst<TeamRow>(unit_.sql, kFindTeam, &TeamRow::ToTeam, soci::use(team_id, "id"));
    if (!team) return std::nullopt;
    std::vector<app::Team> teams{std::move(*team)};
    LoadMembers(teams);
    return std::move(teams.front());
  });
}

std::vector<app::Team> SociProgrammeTeamRepository::Teams() {
  return Guarded(unit_, [&] {
    auto teams = SelectRows<TeamRow>(unit_.sql, kListTeams, &TeamRow::ToTeam);
    LoadMembers(teams);
    return teams;
  });
}

std::vector<app::Team> SociProgrammeTeamRepository::TeamsOfUnit(domain::UnitId unit) {
  return Guarded(unit_, [&] {
    long long unit_id = unit;
    auto teams = SelectRows<TeamRow>(unit_.sql, kTeamsOfUnit, &TeamRow::ToTeam, soci::use(unit_id, "unit"));
    LoadMembers(teams);
    return teams;
  });
}

std::vector<app::Team> SociProgrammeTeamRepository::TeamsOfPerson(domain::PersonId person) {
  return Guarded(unit_, [&] {
    long long person_id = person;
    auto teams = SelectRows<TeamRow>(unit_.sql, kTeamsOfPerson, &TeamRow::ToTeam, soci::use(person_id, "person"));
    LoadMembers(teams);
    return teams;
  });
}

bool SociProgrammeTeamRepository::AcceptTeam(app::TeamId id, int revision, std::chrono::year_month_day day,
                                             std::optional<domain::UserId> by, domain::Timestamp at) {
  return Guarded(unit_, [&] {
    long long team_id = id;
    int expected = revision;
    std::string started_on = ToSqlDate(day);
    Nullable<domain::UserId> user(by);
    long long now = ToUnixSeconds(at);
    return Execute(unit_.sql, kAcceptTeam, soci::use(started_on, "day"), UseNullable(user, "updated_by"),
                   soci::use(now, "updated_at"), soci::use(team_id, "id"), soci::use(expected, "revision")) > 0;
  });
}

bool SociProgrammeTeamRepository::DeclineTeam(app::TeamId id, int revision, std::chrono::year_month_day day,
                                              const std::string& reason, std::optional<domain::UserId> by,
                                              domain::Timestamp at) {
  return Guarded(unit_, [&] {
    long long team_id = id;
    int expected = revision;
    std::string ended_on = ToSqlDate(day);
    Nullable<domain::UserId> user(by);
    long long now = ToUnixSeconds(at);
    return Execute(unit_.sql, kDeclineTeam, soci::use(ended_on, "day"), soci::use(reason, "reason"),
                   UseNullable(user, "updated_by"), soci::use(now, "updated_at"), soci::use(team_id, "id"),
                   soci::use(expected, "revision")) > 0;
  });
}

bool SociProgrammeTeamRepository::CompleteTeam(app::TeamId id, int revision, std::chrono::year_month_day day,
                                               std::optional<domain::UserId> by, domain::Timestamp at) {
  return Guarded(unit_, [&] {
    long long team_id = id;
    int expected = revision;
    std::string ended_on = ToSqlDate(day);
    Nullable<domain::UserId> user(by);
    long long now = ToUnixSeconds(at);
    return Execute(unit_.sql, kCompleteTeam, soci::use(ended_on, "day"), UseNullable(user, "updated_by"),
                   soci::use(now, "updated_at"), soci::use(team_id, "id"), soci::use(expected, "revision")) > 0;
  });
}

bool SociProgrammeTeamRepository::UpdateTeam(app::TeamId id, int revision, const std::string& name,
                                             const std::string& consultant_name, const std::string& consultant_email,
                                             std::optional<domain::UserId> by, domain::Timestamp at) {
  return Guarded(unit_, [&] {
    long long team_id = id;
    int expected = revision;
    Nullable<domain::UserId> user(by);
    long long now = ToUnixSeconds(at);
    return Execute(unit_.sql, kUpdateTeam, soci::use(name, "name"), soci::use(consultant_name, "consultant_name"),
                   soci::use(consultant_email, "consultant_email"), UseNullable(user, "updated_by"),
                   soci::use(now, "updated_at"), soci::use(team_id, "id"), soci::use(expected, "revision")) > 0;
  });
}

app::TeamMeetingId SociProgrammeTeamRepository::AddMeeting(app::TeamId team, const app::TeamMeetingFields& fields,
                                                           std::optional<domain::UserId> by, domain::Timestamp at) {
  return Guarded(unit_, [&] {
    long long team_id = team;
    long long starts_at = ToUnixSeconds(fields.starts_at);
    long long ends_at = ToUnixSeconds(fields.ends_at);
    Nullable<domain::UserId> user(by);
    long long now = ToUnixSeconds(at);
    long long id = 0;
    Execute(unit_.sql, kInsertMeeting, soci::use(team_id, "team_id"), soci::use(starts_at, "starts_at"),
            soci::use(ends_at, "ends_at"), soci::use(fields.place, "place"),
            soci::use(fields.online_link, "online_link"), soci::use(fields.theme, "theme"),
            soci::use(fields.notes, "notes"), UseNullable(user, "created_by"), soci::use(now, "created_at"),
            UseNullable(user, "updated_by"), soci::use(now, "updated_at"), soci::into(id));
    return static_cast<app::TeamMeetingId>(id);
  });
}

bool SociProgrammeTeamRepository::UpdateMeeting(app::TeamMeetingId id, int revision,
                                                const app::TeamMeetingFields& fields, app::TeamMeetingStatus status,
                                                std::optional<domain::UserId> by, domain::Timestamp at) {
  return Guarded(unit_, [&] {
    long long meeting_id = id;
    int expected = revision;
    long long starts_at = ToUnixSeconds(fields.starts_at);
    long long ends_at = ToUnixSeconds(fields.ends_at);
    std::string code(app::kTeamMeetingStatusTable.Code(status));
    Nullable<domain::UserId> user(by);
    long long now = ToUnixSeconds(at);
    return Execute(unit_.sql, kUpdateMeeting, soci::use(starts_at, "starts_at"), soci::use(ends_at, "ends_at"),
                   soci::use(fields.place, "place"), soci::use(fields.online_link, "online_link"),
                   soci::use(fields.theme, "theme"), soci::use(fields.notes, "notes"), soci::use(code, "status"),
                   UseNullable(user, "updated_by"), soci::use(now, "updated_at"), soci::use(meeting_id, "id"),
                   soci::use(expected, "revision")) > 0;
  });
}

std::optional<app::TeamMeeting> SociProgrammeTeamRepository::FindMeeting(app::TeamMeetingId id) {
  return Guarded(unit_, [&] {
    long long meeting_id = id;
    return SelectFirst<TeamMeetingRow>(unit_.sql, kFindMeeting, &TeamMeetingRow::ToMeeting,
                                       soci::use(meeting_id, "id"));
  });
}

std::vector<app::TeamMeeting> SociProgrammeTeamRepository::MeetingsOfTeam(app::TeamId team) {
  return Guarded(unit_, [&] {
    long long team_id = team;
    return SelectRows<TeamMeetingRow>(unit_.sql, kMeetingsOfTeam, &TeamMeetingRow::ToMeeting,
                                      soci::use(team_id, "team"));
  });
}

std::vector<app::TeamMeeting> SociProgrammeTeamRepository::PlannedMeetingsFrom(domain::Timestamp from) {
  return Guarded(unit_, [&] {
    long long start = ToUnixSeconds(from);
    return SelectRows<TeamMeetingRow>(unit_.sql, kPlannedMeetingsFrom, &TeamMeetingRow::ToMeeting,
                                      soci::use(start, "from"));
  });
}

}  // namespace lp::storage
