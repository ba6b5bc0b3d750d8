// The Rejsefæller teams' use cases on the real stores (SQLite and PostgreSQL): the offering job offers
// new shared leaderships once (running it twice offers nothing twice; a declined team is asked again
// only after a year), each member is told; accepting enrols every member; held meetings are every
// member's sparring sessions in the enrolment's status; the Danish refusals leave nothing written;
// who may see a team, and the audit of those who are not members.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <vector>

#include "app/notifications/notification_repository.hpp"
#include "app/organisation/organisation_service.hpp"
#include "app/programmes/programme_service.hpp"
#include "app/programmes/team_service.hpp"
#include "domain/platform/danish_format.hpp"
#include "storage/store_fixture.hpp"

namespace lp::storage_test {
namespace {

using app::TeamStatus;
using ::testing::HasSubstr;

// Region (Rita) ─ Hjertesygdomme (Anna since March 2026 and Bo since 2015: a new pair)
//              ─ Øjensygdomme (Carl and Dora, both since 2015: an old pair, not offered)
//              ─ Hudsygdomme (Eva alone)
//              ─ Direktionen for Psykiatrien (Finn, Gry and Hans, Hans since October 2026: a new team of three)
class TeamService : public StoreContract {
 protected:
  void SetUp() override {
    StoreContract::SetUp();
    test::OrganisationRows rows;
    rows.units = {{"R", "Region", "", domain::UnitKind::Region},
                  {"A", "Hjertesygdomme", "R", domain::UnitKind::Department},
                  {"B", "Øjensygdomme", "R", domain::UnitKind::Department},
                  {"C", "Hudsygdomme", "R", domain::UnitKind::Department},
                  {"D", "Direktionen for Psykiatrien", "R", domain::UnitKind::Hospital}};
    rows.people = {{"P0", "Rita", "Regionsen", "rita@rm.dk", "Regionsdirektør", "R"},
                   {"P1", "Anna", "Andersen", "anna@rm.dk", "Ledende overlæge", "A"},
                   {"P2", "Bo", "Berg", "bo@rm.dk", "Oversygeplejerske", "A"},
                   {"P3", "Carl", "Carlsen", "carl@rm.dk", "Ledende overlæge", "B"},
                   {"P4", "Dora", "Dahl", "dora@rm.dk", "Oversygeplejerske", "B"},
                   {"P5", "Eva", "Eriksen", "eva@rm.dk", "Afdelingsleder", "C"},
                   {"P6", "Finn", "Frost", "finn@rm.dk", "Psykiatridirektør", "D"},
                   {"P7", "Gry", "Gram", "gry@rm.dk", "Cheflæge", "D"},
                   {"P8", "Hans", "Holm", "hans@rm.dk", "Chefsygeplejerske", "D"}};
    using domain::LeaderKind;
    rows.leaderships = {{"R", "P0", std::chrono::year{2015} / 1 / 1, LeaderKind::LederAfLedere},
                        {"A", "P1", std::chrono::year{2026} / 3 / 1, LeaderKind::KliniskLeder},
                        {"A", "P2", std::chrono::year{2015} / 6 / 1, LeaderKind::LederAfLedere},
                        {"B", "P3", std::chrono::year{2015} / 1 / 1, LeaderKind::KliniskLeder},
                        {"B", "P4", std::chrono::year{2015} / 2 / 1, LeaderKind::LederAfLedere},
                        {"C", "P5", std::chrono::year{2020} / 1 / 1, LeaderKind::Personaleleder},
                        {"D", "P6", std::chrono::year{2019} / 1 / 1, LeaderKind::LederAfLedere},
                        {"D", "P7", std::chrono::year{2021} / 1 / 1, LeaderKind::KliniskLeder},
                        {"D", "P8", std::chrono::year{2026} / 10 / 1, LeaderKind::LederAfLedere}};
    const auto ids = SeedOrganisation(rows);
    unit_a_ = ids.units.at("A");
    anna_ = ids.people.at("P1");
    bo_ = ids.people.at("P2");
    now_ = *domain::CopenhagenMidnight(std::chrono::year{2026} / 12 / 7) + std::chrono::hours{10};
    organisation_ =
        std::make_unique<app::OrganisationService>(store(), app::OrganisationSettings{}, [this] { return now_; });
    app::ProgrammeService::LoadDefaultCatalogue(store(), now_);
    programmes_ = std::make_unique<app::ProgrammeService>(store(), *organisation_, [this] { return now_; });
    teams_ = std::make_unique<app::TeamService>(store(), *organisation_, [this] { return now_; });
  }

  domain::User User(const std::string& email, std::vector<domain::Role> roles = {domain::Role::Leder}) {
    domain::User user;
    user.id = CreateUser(email, roles);
    user.email = email;
    user.roles = std::move(roles);
    return user;
  }

  std::vector<app::Team> Teams() {
    return store().Read([](app::Transaction& tx) { return tx.Get<app::ProgrammeTeamRepository>().Teams(); });
  }
  app::Team TeamOfA() {
    for (const auto& team : Teams()) {
      if (team.unit == unit_a_) return team;
    }
    ADD_FAILURE() << "Hjertesygdomme has no team";
    return {};
  }
  std::vector<app::Notification> InboxOf(const std::string& email) {
    return store().Read(
        [&](app::Transaction& tx) { return tx.Get<app::NotificationRepository>().Inbox(email, 0, 100); });
  }
  // Anna's Rejsefæller as "Min udvikling" states it.
  std::string RejsefaellerOf(const domain::User& user) {
    for (const auto& programme : programmes_->Mine(user).mine) {
      if (programme.programme.fields.kind == domain::ProgrammeKind::Rejsefaeller) return programme.status.Criteria();
    }
    return "";
  }
  app::TeamMeetingInput MeetingOn(std::chrono::year_month_day day, std::string theme = "Roller og ansvar") {
    return {domain::FormatIsoDate(day),
            "13:00",
            "15:00",
            "Afdelingens mødelokale",
            "",
            std::move(theme),
            "Vi aftalte:\n- hvem der har personaleansvaret\n- hvornår vi mødes",
            ""};
  }
  std::chrono::year_month_day Today() const { return domain::ToCopenhagenTime(now_).date; }

  domain::Timestamp now_{};
  domain::UnitId unit_a_ = 0;
  domain::PersonId anna_ = 0, bo_ = 0;
  std::unique_ptr<app::OrganisationService> organisation_;
  std::unique_ptr<app::ProgrammeService> programmes_;
  std::unique_ptr<app::TeamService> teams_;
};

TEST_F(TeamService, TheJobOffersNewSharedLeadershipsOnceAndTellsEachMember) {
  EXPECT_EQ(teams_->OfferToSharedLeaderships(now_), "2 hold tilbudt Rejsefæller");
  const auto teams = Teams();
  ASSERT_EQ(teams.size(), 2U) << "the new pair and the new team of three; not the old pair, not Eva alone";
  const auto team = TeamOfA();
  EXPECT_EQ(team.name, "Lederparret i Hjertesygdomme");
  EXPECT_EQ(team.status, TeamStatus::Offered);
  EXPECT_EQ(team.offered_on, Today());
  EXPECT_EQ(team.members.size(), 2U);
  EXPECT_EQ(teams.front().unit == unit_a_ ? teams.back().name : teams.front().name,
            "Ledelsesteamet i Direktionen for Psykiatrien");

  const auto inbox = InboxOf("anna@rm.dk");
  ASSERT_EQ(inbox.size(), 1U);
  EXPECT_EQ(inbox.front().link, app::TeamHref(team.id));
  EXPECT_THAT(inbox.front().subject, HasSubstr("Rejsefæller"));
  EXPECT_THAT(inbox.front().body, HasSubstr("Du deler ledelsen af Hjertesygdomme med Bo Berg."));
  EXPECT_EQ(InboxOf("bo@rm.dk").size(), 1U);
  EXPECT_TRUE(InboxOf("carl@rm.dk").empty());

  EXPECT_EQ(teams_->OfferToSharedLeaderships(now_), "0 hold tilbudt Rejsefæller") << "running it twice";
  now_ += std::chrono::hours{24};
  EXPECT_EQ(teams_->OfferToSharedLeaderships(now_), "0 hold tilbudt Rejsefæller") << "the next day";
  EXPECT_EQ(Teams().size(), 2U);
  EXPECT_EQ(InboxOf("anna@rm.dk").size(), 1U) << "told once";
  EXPECT_EQ(CountAudit("programme_team.offered"), 2);
}

TEST_F(TeamService, ADeclinedTeamNeedsAReasonAndIsAskedAgainOnlyAfterAYear) {
  teams_->OfferToSharedLeaderships(now_);
  const auto anna = User("anna@rm.dk");
  auto team = TeamOfA();
  const auto refused = teams_->Decline(anna, team.id, team.revision, "  \n ", "127.0.0.1");
  ASSERT_FALSE(refused);
  EXPECT_EQ(refused.error().kind, app::ErrorKind::Invalid);
  ASSERT_EQ(refused.error().field_errors.size(), 1U);
  EXPECT_EQ(refused.error().field_errors.front().field, "reason");
  EXPECT_THAT(refused.error().field_errors.front().message, HasSubstr("hvorfor I takker nej"));
  EXPECT_EQ(TeamOfA().status, TeamStatus::Offered) << "nothing written";

  ASSERT_TRUE(teams_->Decline(anna, team.id, team.revision, "Vi er midt i en omorganisering.", "127.0.0.1"));
  team = TeamOfA();
  EXPECT_EQ(team.status, TeamStatus::Declined);
  EXPECT_EQ(team.decline_reason, "Vi er midt i en omorganisering.");
  const auto again = teams_->Decline(anna, team.id, team.revision, "Igen", "127.0.0.1");
  ASSERT_FALSE(again);
  EXPECT_EQ(again.error().kind, app::ErrorKind::Conflict);
  const auto accept = teams_->Accept(anna, team.id, team.revision, "127.0.0.1");
  ASSERT_FALSE(accept);
  EXPECT_EQ(accept.error().kind, app::ErrorKind::Conflict);

  now_ += std::chrono::hours{24 * 200};
  // Hans's leadership is new until October 2028; Anna's pair until March 2028.
  EXPECT_EQ(teams_->OfferToSharedLeaderships(now_), "0 hold tilbudt Rejsefæller") << "within a year of the no";
  now_ += std::chrono::hours{24 * 170};
  EXPECT_EQ(teams_->OfferToSharedLeaderships(now_), "1 hold tilbudt Rejsefæller") << "a year and more later";
}

TEST_F(TeamService, AcceptingEnrolsEveryMemberOnceAndHeldMeetingsAreTheirSparringSessions) {
  teams_->OfferToSharedLeaderships(now_);
  const auto anna = User("anna@rm.dk");
  const auto bo = User("bo@rm.dk");
  auto team = TeamOfA();
  const auto stale = teams_->Accept(anna, team.id, team.revision + 1, "127.0.0.1");
  ASSERT_FALSE(stale);
  EXPECT_EQ(stale.error().kind, app::ErrorKind::Conflict);
  ASSERT_TRUE(teams_->Accept(anna, team.id, team.revision, "127.0.0.1"));
  team = TeamOfA();
  EXPECT_EQ(team.status, TeamStatus::Active);
  EXPECT_EQ(team.started_on, Today());
  const auto twice = teams_->Accept(bo, team.id, 1, "127.0.0.1");
  ASSERT_FALSE(twice);
  EXPECT_EQ(twice.error().kind, app::ErrorKind::Conflict);
  EXPECT_EQ(twice.error().message, "Holdet har allerede sagt ja til tilbuddet.");

  const auto enrollments =
      store().Read([&](app::Transaction& tx) { return tx.Get<app::ProgrammeRepository>().EnrollmentsOfPerson(bo_); });
  ASSERT_EQ(enrollments.size(), 1U);
  EXPECT_EQ(enrollments.front().source, app::EnrollmentSource::Application);
  EXPECT_EQ(enrollments.front().enrolled_on, Today());
  EXPECT_EQ(enrollments.front().deadline, (std::chrono::year{2027} / 12 / 7));
  EXPECT_EQ(RejsefaellerOf(anna), "0 af 4 sparringer · frist 07.12.2027");

  // Today's meeting, marked held: one sparring session each.
  const auto today = teams_->AddMeeting(bo, team.id, MeetingOn(Today()), "127.0.0.1");
  ASSERT_TRUE(today) << today.error().message;
  const auto next_week = std::chrono::year_month_day{std::chrono::sys_days{Today()} + std::chrono::days{7}};
  const auto later = teams_->AddMeeting(anna, team.id, MeetingOn(next_week, "Beslutninger"), "127.0.0.1");
  ASSERT_TRUE(later);
  const auto early = teams_->SetMeetingStatus(anna, team.id, later.value(), 1, "afholdt", "127.0.0.1");
  ASSERT_FALSE(early) << "held in the future";
  EXPECT_EQ(early.error().kind, app::ErrorKind::Invalid);
  EXPECT_EQ(early.error().field_errors.front().field, "status");
  EXPECT_EQ(early.error().field_errors.front().message, "Mødet kan først markeres som afholdt på dagen, 14.12.2026.");
  ASSERT_TRUE(teams_->SetMeetingStatus(anna, team.id, today.value(), 1, "afholdt", "127.0.0.1"));
  EXPECT_EQ(RejsefaellerOf(anna), "1 af 4 sparringer · frist 07.12.2027");
  EXPECT_EQ(RejsefaellerOf(bo), "1 af 4 sparringer · frist 07.12.2027");
  const auto stale_meeting = teams_->SetMeetingStatus(anna, team.id, today.value(), 1, "aflyst", "127.0.0.1");
  ASSERT_FALSE(stale_meeting);
  EXPECT_EQ(stale_meeting.error().kind, app::ErrorKind::Conflict);

  now_ += std::chrono::hours{24 * 8};
  ASSERT_TRUE(teams_->SetMeetingStatus(bo, team.id, later.value(), 1, "afholdt", "127.0.0.1"));
  EXPECT_EQ(RejsefaellerOf(anna), "2 af 4 sparringer · frist 07.12.2027");
  ASSERT_TRUE(teams_->SetMeetingStatus(bo, team.id, today.value(), 2, "aflyst", "127.0.0.1"));
  EXPECT_EQ(RejsefaellerOf(bo), "1 af 4 sparringer · frist 07.12.2027") << "a cancelled meeting counts no more";

  const auto page = teams_->View(anna, team.id, "127.0.0.1");
  ASSERT_TRUE(page);
  EXPECT_EQ(page->held, 1);
  ASSERT_EQ(page->members.size(), 2U);
  ASSERT_TRUE(page->members.front().programme.has_value());
  EXPECT_EQ(page->members.front().programme->status.Criteria(), "1 af 4 sparringer · frist 07.12.2027");
}

TEST_F(TeamService, BadMeetingsAreRefusedAtTheFieldsAndNothingIsWritten) {
  teams_->OfferToSharedLeaderships(now_);
  const auto anna = User("anna@rm.dk");
  auto team = TeamOfA();
  const auto not_yet = teams_->AddMeeting(anna, team.id, MeetingOn(Today()), "127.0.0.1");
  ASSERT_FALSE(not_yet);
  EXPECT_EQ(not_yet.error().kind, app::ErrorKind::Conflict) << "an offered team has no plan yet";
  ASSERT_TRUE(teams_->Accept(anna, team.id, team.revision, "127.0.0.1"));

  auto input = MeetingOn(std::chrono::year{2026} / 12 / 6, "");
  input.starts = "15:00";
  input.ends = "13:00";
  input.place = "";
  input.online_link = "http://moede.example.dk";
  const auto refused = teams_->AddMeeting(anna, team.id, input, "127.0.0.1");
  ASSERT_FALSE(refused);
  EXPECT_EQ(refused.error().kind, app::ErrorKind::Invalid);
  std::map<std::string, std::string> messages;
  for (const auto& error : refused.error().field_errors) messages[error.field] = error.message;
  EXPECT_EQ(messages["day"], "Datoen er overstået. Vælg en dag fra i dag og frem.");
  EXPECT_EQ(messages["ends"], "Sluttidspunktet skal ligge efter starten.");
  EXPECT_EQ(messages["theme"], "Skriv mødets tema.");
  EXPECT_EQ(messages["online_link"], "Skriv et link, der begynder med https://, eller lad feltet stå tomt.");
  EXPECT_FALSE(messages.contains("place")) << "a link was given (a wrong one)";
  auto nowhere = MeetingOn(Today());
  nowhere.place = "";
  const auto no_place = teams_->AddMeeting(anna, team.id, nowhere, "127.0.0.1");
  ASSERT_FALSE(no_place);
  ASSERT_EQ(no_place.error().field_errors.size(), 1U);
  EXPECT_EQ(no_place.error().field_errors.front().message, "Skriv, hvor I mødes, eller giv et link til et onlinemøde.");
  EXPECT_TRUE(
      store()
          .Read([&](app::Transaction& tx) { return tx.Get<app::ProgrammeTeamRepository>().MeetingsOfTeam(team.id); })
          .empty());
}

TEST_F(TeamService, MembersLeadersAboveAndHrSeeATeamOthersGetNotFoundAndOutsidersAreAudited) {
  teams_->OfferToSharedLeaderships(now_);
  const auto team = TeamOfA();
  const auto anna = User("anna@rm.dk");
  const auto rita = User("rita@rm.dk");
  const auto carl = User("carl@rm.dk");
  const auto hr = User("hr@rm.dk", {domain::Role::Hr});
  const auto member = teams_->View(anna, team.id, "127.0.0.1");
  ASSERT_TRUE(member);
  EXPECT_TRUE(member->is_member);
  EXPECT_TRUE(member->can_answer);
  EXPECT_FALSE(member->can_maintain);
  EXPECT_EQ(CountAudit("programme_team.viewed"), 0) << "a member is not audited";
  const auto above = teams_->View(rita, team.id, "127.0.0.1");
  ASSERT_TRUE(above) << "the leader above";
  EXPECT_FALSE(above->can_answer);
  ASSERT_TRUE(teams_->View(hr, team.id, "127.0.0.1"));
  EXPECT_EQ(CountAudit("programme_team.viewed"), 2);
  const auto outsider = teams_->View(carl, team.id, "127.0.0.1");
  ASSERT_FALSE(outsider);
  EXPECT_EQ(outsider.error().kind, app::ErrorKind::NotFound);
  const auto answer = teams_->Accept(carl, team.id, team.revision, "127.0.0.1");
  ASSERT_FALSE(answer);
  EXPECT_EQ(answer.error().kind, app::ErrorKind::NotFound);
  const auto hr_answer = teams_->Accept(hr, team.id, team.revision, "127.0.0.1");
  ASSERT_FALSE(hr_answer);
  EXPECT_EQ(hr_answer.error().kind, app::ErrorKind::Forbidden) << "HR sees the team but does not answer for it";

  const auto list = teams_->List(hr, std::nullopt);
  ASSERT_TRUE(list);
  EXPECT_EQ(list->rows.size(), 2U);
  EXPECT_TRUE(list->can_maintain);
  EXPECT_EQ(teams_->List(hr, TeamStatus::Active)->rows.size(), 0U);

  const auto mine = teams_->TeamsOfPerson(anna_);
  ASSERT_EQ(mine.size(), 1U);
  EXPECT_EQ(mine.front().name, "Lederparret i Hjertesygdomme");
  EXPECT_EQ(mine.front().unit_name, "Hjertesygdomme");
  EXPECT_EQ(mine.front().status_label, "Tilbudt");
  EXPECT_EQ(mine.front().href, app::TeamHref(team.id));
  EXPECT_FALSE(mine.front().next_meeting.has_value());
}

TEST_F(TeamService, KoncernHrOffersByHandAssignsTheConsultantAndCompletesTheTeam) {
  const auto hr = User("hr@rm.dk", {domain::Role::Hr});
  const auto anna = User("anna@rm.dk");
  const auto alone = teams_->OfferForUnit(hr, "C", "127.0.0.1");
  ASSERT_FALSE(alone);
  EXPECT_EQ(alone.error().field_errors.front().message,
            "Hudsygdomme har kun én aktiv leder, og Rejsefæller er for enheder med fælles ledelse.");
  EXPECT_FALSE(teams_->OfferForUnit(hr, "Findes ikke", "127.0.0.1"));
  EXPECT_FALSE(teams_->OfferForUnit(anna, "B", "127.0.0.1")) << "only Koncern HR";
  const auto old_pair = teams_->OfferForUnit(hr, "Øjensygdomme", "127.0.0.1");
  ASSERT_TRUE(old_pair) << "by hand also an old shared leadership, by its name";
  const auto twice = teams_->OfferForUnit(hr, "B", "127.0.0.1");
  ASSERT_FALSE(twice);
  EXPECT_THAT(twice.error().field_errors.front().message, HasSubstr("har allerede et hold"));

  const auto team_id = teams_->OfferForUnit(hr, "A", "127.0.0.1");
  ASSERT_TRUE(team_id);
  const auto bad = teams_->Update(hr, team_id.value(), 1, {"", "Birgitte Lund", "ikke en adresse"}, "127.0.0.1");
  ASSERT_FALSE(bad);
  EXPECT_EQ(bad.error().field_errors.size(), 2U);
  ASSERT_TRUE(teams_->Update(hr, team_id.value(), 1, {"Afdelingsledelsen", "Birgitte Lund", "birgitte.lund@rm.dk"},
                             "127.0.0.1"));
  const auto stale = teams_->Update(hr, team_id.value(), 1, {"Andet", "", ""}, "127.0.0.1");
  ASSERT_FALSE(stale);
  EXPECT_EQ(stale.error().kind, app::ErrorKind::Conflict);
  const auto not_active = teams_->Complete(hr, team_id.value(), 2, "127.0.0.1");
  ASSERT_FALSE(not_active);
  EXPECT_EQ(not_active.error().kind, app::ErrorKind::Conflict);
  ASSERT_TRUE(teams_->Accept(anna, team_id.value(), 2, "127.0.0.1"));
  ASSERT_TRUE(teams_->Complete(hr, team_id.value(), 3, "127.0.0.1"));
  const auto page = teams_->View(anna, team_id.value(), "127.0.0.1");
  ASSERT_TRUE(page);
  EXPECT_EQ(page->team.status, TeamStatus::Completed);
  EXPECT_EQ(page->team.consultant_name, "Birgitte Lund");
  EXPECT_FALSE(page->can_plan) << "a completed team's plan is kept as it was";
}

}  // namespace
}  // namespace lp::storage_test
