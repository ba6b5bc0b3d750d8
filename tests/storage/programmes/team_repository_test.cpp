// Contract of app::ProgrammeTeamRepository (migration 018), run on SQLite and PostgreSQL: teams with
// their members, listed by unit, by person and all of them newest first; the status moves (offered →
// active → completed, offered → declined) guarded by the revision and the status they start from; the
// name and consultant; the shared plan's meetings with multi-line agreements kept exactly, their
// status, the stale revision refused, and the planned meetings from a moment on.
#include <gmock/gmock.h>

#include <string>
#include <vector>

#include "app/programmes/programme_repository.hpp"
#include "app/programmes/team_repository.hpp"
#include "storage/programmes/programmes_storage.hpp"
#include "storage/store_fixture.hpp"

namespace lp::storage_test {
namespace {

using app::TeamMeetingStatus;
using app::TeamStatus;
using ::testing::ElementsAre;

class TeamRepositoryContract : public StoreContract {
 protected:
  void SetUp() override {
    storage::StoreOptions options;
    storage::RegisterProgrammeRepositories(options.repositories);
    store_ = database_.Open(options);
    const auto ids = SeedOrganisation({{{"R", "Region", "", domain::UnitKind::Region},
                                        {"A", "Hjertesygdomme", "R", domain::UnitKind::Department},
                                        {"B", "Øjensygdomme", "R", domain::UnitKind::Department}},
                                       {{"P1", "Anna", "Andersen", "anna@rm.dk", "Ledende overlæge", "A"},
                                        {"P2", "Bo", "Berg", "bo@rm.dk", "Oversygeplejerske", "A"},
                                        {"P3", "Carl", "Carlsen", "carl@rm.dk", "Ledende overlæge", "B"},
                                        {"P4", "Dora", "Dahl", "dora@rm.dk", "Oversygeplejerske", "B"}},
                                       {}});
    unit_a_ = ids.units.at("A");
    unit_b_ = ids.units.at("B");
    anna_ = ids.people.at("P1");
    bo_ = ids.people.at("P2");
    carl_ = ids.people.at("P3");
    dora_ = ids.people.at("P4");
    programme_ = store().Write([](app::Transaction& tx) {
      app::ProgrammeFields fields;
      fields.kind = domain::ProgrammeKind::Rejsefaeller;
      fields.name = "Rejsefæller";
      return tx.Get<app::ProgrammeRepository>().CreateProgramme(
          fields, {{domain::ElementKind::Sparring, 4, std::nullopt}}, std::nullopt, At(1));
    });
  }

  template <typename Work>
  auto Write(Work work) {
    return store().Write([&](app::Transaction& tx) { return work(tx.Get<app::ProgrammeTeamRepository>()); });
  }
  template <typename Work>
  auto Read(Work work) {
    return store().Read([&](app::Transaction& tx) { return work(tx.Get<app::ProgrammeTeamRepository>()); });
  }

  app::TeamId Create(domain::UnitId unit, std::vector<domain::PersonId> members, std::chrono::year_month_day day,
                     std::string name = "Lederparret") {
    app::NewTeam team{programme_, unit, std::move(name), day, std::move(members), std::nullopt, At(100)};
    return Write([&](app::ProgrammeTeamRepository& r) { return r.CreateTeam(team); });
  }

  static std::vector<domain::PersonId> Members(const app::Team& team) {
    std::vector<domain::PersonId> members;
    members.reserve(team.members.size());
    for (const auto& member : team.members) members.push_back(member.person);
    return members;
  }
  static std::vector<app::TeamId> Ids(const std::vector<app::Team>& teams) {
    std::vector<app::TeamId> ids;
    ids.reserve(teams.size());
    for (const auto& team : teams) ids.push_back(team.id);
    return ids;
  }

  app::TeamMeetingFields Meeting(long long starts_at, std::string theme) {
    app::TeamMeetingFields fields;
    fields.starts_at = At(starts_at);
    fields.ends_at = At(starts_at + 7200);
    fields.place = "Afdelingens mødelokale";
    fields.theme = std::move(theme);
    return fields;
  }

  app::ProgrammeId programme_ = 0;
  domain::UnitId unit_a_ = 0, unit_b_ = 0;
  domain::PersonId anna_ = 0, bo_ = 0, carl_ = 0, dora_ = 0;
};

TEST_F(TeamRepositoryContract, ATeamIsStoredWithItsMembersAndListedByUnitPersonAndNewestFirst) {
  const auto a = Create(unit_a_, {bo_, anna_}, Day(2026, 3, 1), "Lederparret i Hjertesygdomme");
  const auto b = Create(unit_b_, {carl_, dora_}, Day(2026, 5, 1));
  const auto again = Create(unit_a_, {anna_, bo_, carl_}, Day(2026, 9, 1));

  const auto team = Read([&](app::ProgrammeTeamRepository& r) { return r.FindTeam(a); });
  ASSERT_TRUE(team.has_value());
  EXPECT_EQ(team->programme, programme_);
  EXPECT_EQ(team->unit, unit_a_);
  EXPECT_EQ(team->name, "Lederparret i Hjertesygdomme");
  EXPECT_EQ(team->status, TeamStatus::Offered);
  EXPECT_EQ(team->offered_on, Day(2026, 3, 1));
  EXPECT_FALSE(team->started_on.has_value());
  EXPECT_FALSE(team->ended_on.has_value());
  EXPECT_EQ(team->consultant_name, "");
  EXPECT_EQ(team->revision, 1);
  EXPECT_THAT(Members(*team), ElementsAre(anna_, bo_));
  EXPECT_EQ(team->members.front().joined_on, Day(2026, 3, 1));
  EXPECT_FALSE(team->members.front().left_on.has_value());
  EXPECT_TRUE(team->HasMember(anna_));
  EXPECT_FALSE(team->HasMember(carl_));

  EXPECT_THAT(Ids(Read([](app::ProgrammeTeamRepository& r) { return r.Teams(); })), ElementsAre(again, b, a));
  EXPECT_THAT(Ids(Read([&](app::ProgrammeTeamRepository& r) { return r.TeamsOfUnit(unit_a_); })),
              ElementsAre(again, a));
  const auto of_carl = Read([&](app::ProgrammeTeamRepository& r) { return r.TeamsOfPerson(carl_); });
  EXPECT_THAT(Ids(of_carl), ElementsAre(again, b));
  ASSERT_EQ(of_carl.size(), 2U);
  EXPECT_THAT(Members(of_carl.front()), ElementsAre(anna_, bo_, carl_)) << "every member, not only the person";
  EXPECT_FALSE(Read([](app::ProgrammeTeamRepository& r) { return r.FindTeam(999999); }).has_value());
}

TEST_F(TeamRepositoryContract, StatusMovesAreGuardedByTheRevisionAndTheStatusTheyStartFrom) {
  const auto id = Create(unit_a_, {anna_, bo_}, Day(2026, 3, 1));
  EXPECT_FALSE(Write([&](app::ProgrammeTeamRepository& r) {
    return r.AcceptTeam(id, 7, Day(2026, 3, 10), std::nullopt, At(200));
  })) << "a stale revision";
  EXPECT_FALSE(Write([&](app::ProgrammeTeamRepository& r) {
    return r.CompleteTeam(id, 1, Day(2026, 3, 10), std::nullopt, At(200));
  })) << "an offered team is not completed";
  EXPECT_TRUE(Write(
      [&](app::ProgrammeTeamRepository& r) { return r.AcceptTeam(id, 1, Day(2026, 3, 10), std::nullopt, At(200)); }));
  auto team = Read([&](app::ProgrammeTeamRepository& r) { return r.FindTeam(id); });
  EXPECT_EQ(team->status, TeamStatus::Active);
  EXPECT_EQ(team->started_on, Day(2026, 3, 10));
  EXPECT_EQ(team->revision, 2);
  EXPECT_FALSE(Write([&](app::ProgrammeTeamRepository& r) {
    return r.AcceptTeam(id, 2, Day(2026, 3, 11), std::nullopt, At(201));
  })) << "accepted twice";
  EXPECT_FALSE(Write([&](app::ProgrammeTeamRepository& r) {
    return r.DeclineTeam(id, 2, Day(2026, 3, 11), "For travlt", std::nullopt, At(201));
  })) << "an active team is not declined";
  EXPECT_TRUE(Write(
      [&](app::ProgrammeTeamRepository& r) { return r.CompleteTeam(id, 2, Day(2027, 2, 1), std::nullopt, At(300)); }));
  team = Read([&](app::ProgrammeTeamRepository& r) { return r.FindTeam(id); });
  EXPECT_EQ(team->status, TeamStatus::Completed);
  EXPECT_EQ(team->ended_on, Day(2027, 2, 1));

  const auto other = Create(unit_b_, {carl_, dora_}, Day(2026, 4, 1));
  EXPECT_TRUE(Write([&](app::ProgrammeTeamRepository& r) {
    return r.DeclineTeam(other, 1, Day(2026, 4, 9), "Vi er midt i en omorganisering.\nSpørg os igen.", std::nullopt,
                         At(400));
  }));
  const auto declined = Read([&](app::ProgrammeTeamRepository& r) { return r.FindTeam(other); });
  EXPECT_EQ(declined->status, TeamStatus::Declined);
  EXPECT_EQ(declined->ended_on, Day(2026, 4, 9));
  EXPECT_EQ(declined->decline_reason, "Vi er midt i en omorganisering.\nSpørg os igen.");
}

TEST_F(TeamRepositoryContract, NameAndConsultantAreGuardedByTheRevision) {
  const auto id = Create(unit_a_, {anna_, bo_}, Day(2026, 3, 1));
  EXPECT_TRUE(Write([&](app::ProgrammeTeamRepository& r) {
    return r.UpdateTeam(id, 1, "Afdelingsledelsen", "Birgitte Lund", "birgitte.lund@rm.dk", std::nullopt, At(200));
  }));
  EXPECT_FALSE(Write([&](app::ProgrammeTeamRepository& r) {
    return r.UpdateTeam(id, 1, "Andet navn", "", "", std::nullopt, At(201));
  }));
  const auto team = Read([&](app::ProgrammeTeamRepository& r) { return r.FindTeam(id); });
  EXPECT_EQ(team->name, "Afdelingsledelsen");
  EXPECT_EQ(team->consultant_name, "Birgitte Lund");
  EXPECT_EQ(team->consultant_email, "birgitte.lund@rm.dk");
  EXPECT_EQ(team->revision, 2);
  EXPECT_EQ(team->updated_at, At(200));
}

TEST_F(TeamRepositoryContract, MeetingsKeepTheirAgreementsExactlyAndTheirStatusIsGuarded) {
  const auto id = Create(unit_a_, {anna_, bo_}, Day(2026, 3, 1));
  const auto other = Create(unit_b_, {carl_, dora_}, Day(2026, 3, 1));
  const auto second = Write([&](app::ProgrammeTeamRepository& r) {
    return r.AddMeeting(id, Meeting(5'000'000, "Beslutninger"), std::nullopt, At(100));
  });
  const auto first = Write([&](app::ProgrammeTeamRepository& r) {
    return r.AddMeeting(id, Meeting(4'000'000, "Roller og ansvar"), std::nullopt, At(100));
  });
  const auto elsewhere = Write([&](app::ProgrammeTeamRepository& r) {
    return r.AddMeeting(other, Meeting(4'500'000, "Uenighed"), std::nullopt, At(100));
  });
  auto meetings = Read([&](app::ProgrammeTeamRepository& r) { return r.MeetingsOfTeam(id); });
  ASSERT_EQ(meetings.size(), 2U);
  EXPECT_EQ(meetings[0].id, first) << "the earliest first";
  EXPECT_EQ(meetings[1].id, second);
  EXPECT_EQ(meetings[0].status, TeamMeetingStatus::Planned);
  EXPECT_EQ(meetings[0].revision, 1);
  EXPECT_EQ(meetings[0].fields.theme, "Roller og ansvar");
  EXPECT_EQ(meetings[0].fields.starts_at, At(4'000'000));
  EXPECT_EQ(meetings[0].fields.ends_at, At(4'007'200));

  auto held = Meeting(4'000'000, "Roller og ansvar");
  held.notes = "Vi fordeler personaleansvaret.\n\n  Indrykket linje\r\nog en sidste";
  held.online_link = "https://moede.example.dk/abc";
  EXPECT_TRUE(Write([&](app::ProgrammeTeamRepository& r) {
    return r.UpdateMeeting(first, 1, held, TeamMeetingStatus::Held, std::nullopt, At(200));
  }));
  EXPECT_FALSE(Write([&](app::ProgrammeTeamRepository& r) {
    return r.UpdateMeeting(first, 1, held, TeamMeetingStatus::Cancelled, std::nullopt, At(201));
  })) << "a stale revision";
  const auto found = Read([&](app::ProgrammeTeamRepository& r) { return r.FindMeeting(first); });
  ASSERT_TRUE(found.has_value());
  EXPECT_EQ(found->team, id);
  EXPECT_EQ(found->status, TeamMeetingStatus::Held);
  EXPECT_EQ(found->revision, 2);
  EXPECT_EQ(found->fields, held) << "the agreements' line breaks and spaces kept exactly";

  EXPECT_TRUE(Write([&](app::ProgrammeTeamRepository& r) {
    return r.UpdateMeeting(second, 1, Meeting(5'000'000, "Beslutninger"), TeamMeetingStatus::Cancelled, std::nullopt,
                           At(200));
  }));
  const auto planned = Read([](app::ProgrammeTeamRepository& r) { return r.PlannedMeetingsFrom(At(3'000'000)); });
  ASSERT_EQ(planned.size(), 1U) << "held and cancelled meetings are not planned";
  EXPECT_EQ(planned.front().id, elsewhere);
  EXPECT_TRUE(Read([](app::ProgrammeTeamRepository& r) { return r.PlannedMeetingsFrom(At(4'600'000)); }).empty());
  EXPECT_FALSE(Read([](app::ProgrammeTeamRepository& r) { return r.FindMeeting(999999); }).has_value());
}

TEST_F(TeamRepositoryContract, TheSchemaRefusesAMeetingThatEndsBeforeItStarts) {
  const auto id = Create(unit_a_, {anna_, bo_}, Day(2026, 3, 1));
  auto fields = Meeting(4'000'000, "Roller");
  fields.ends_at = At(3'999'000);
  EXPECT_THROW(Write([&](app::ProgrammeTeamRepository& r) { return r.AddMeeting(id, fields, std::nullopt, At(100)); }),
               app::StorageError);
  EXPECT_TRUE(Read([&](app::ProgrammeTeamRepository& r) { return r.MeetingsOfTeam(id); }).empty());
}

}  // namespace
}  // namespace lp::storage_test
