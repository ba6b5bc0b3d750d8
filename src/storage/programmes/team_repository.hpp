#pragma once

#include "app/programmes/team_repository.hpp"
#include "storage/platform/transaction.hpp"

namespace lp::storage {

// app::ProgrammeTeamRepository over SOCI (programme_teams, programme_team_members,
// programme_team_meetings; migration 018). One SQL text for both databases.
class SociProgrammeTeamRepository final : public app::ProgrammeTeamRepository {
 public:
  explicit SociProgrammeTeamRepository(UnitOfWork& unit) : unit_(unit) {}

  app::TeamId CreateTeam(const app::NewTeam& team) override;
  std::optional<app::Team> FindTeam(app::TeamId id) override;
  std::vector<app::Team> Teams() override;
  std::vector<app::Team> TeamsOfUnit(domain::UnitId unit) override;
  std::vector<app::Team> TeamsOfPerson(domain::PersonId person) override;

  bool AcceptTeam(app::TeamId id, int revision, std::chrono::year_month_day day, std::optional<domain::UserId> by,
                  domain::Timestamp at) override;
  bool DeclineTeam(app::TeamId id, int revision, std::chrono::year_month_day day, const std::string& reason,
                   std::optional<domain::UserId> by, domain::Timestamp at) override;
  bool CompleteTeam(app::TeamId id, int revision, std::chrono::year_month_day day, std::optional<domain::UserId> by,
                    domain::Timestamp at) override;
  bool UpdateTeam(app::TeamId id, int revision, const std::string& name, const std::string& consultant_name,
                  const std::string& consultant_email, std::optional<domain::UserId> by, domain::Timestamp at) override;

  app::TeamMeetingId AddMeeting(app::TeamId team, const app::TeamMeetingFields& fields,
                                std::optional<domain::UserId> by, domain::Timestamp at) override;
  bool UpdateMeeting(app::TeamMeetingId id, int revision, const app::TeamMeetingFields& fields,
                     app::TeamMeetingStatus status, std::optional<domain::UserId> by, domain::Timestamp at) override;
  std::optional<app::TeamMeeting> FindMeeting(app::TeamMeetingId id) override;
  std::vector<app::TeamMeeting> MeetingsOfTeam(app::TeamId team) override;
  std::vector<app::TeamMeeting> PlannedMeetingsFrom(domain::Timestamp from) override;

 private:
  // Fills in the members of the teams (one query for all of them).
  void LoadMembers(std::vector<app::Team>& teams);

  UnitOfWork& unit_;
};

}  // namespace lp::storage
