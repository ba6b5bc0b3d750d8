// The activation's reminders on the real stores (SQLite and PostgreSQL): who is told what and when,
// checked against the state when the job runs, and never twice about the same thing.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "app/activation/activation_notices.hpp"
#include "app/notifications/notification_service.hpp"
#include "app/organisation/organisation_service.hpp"
#include "domain/platform/danish_format.hpp"
#include "storage/store_fixture.hpp"

namespace lp::storage_test {
namespace {

using ::testing::HasSubstr;

// Region (Bo) ─┬─ Afdeling A (Carl; Anna works there)
//              └─ Afdeling B (Dorte)
class ActivationReminders : public StoreContract {
 protected:
  void SetUp() override {
    StoreContract::SetUp();
    const auto ids =
        SeedOrganisation({{{"R", "Region", "", domain::UnitKind::Region},
                           {"A", "Afdeling A", "R", domain::UnitKind::Department},
                           {"B", "Afdeling B", "R", domain::UnitKind::Department}},
                          {{"P1", "Anna", "Andersen", "anna@rm.dk", "Sygeplejerske", "A"},
                           {"P2", "Bo", "Berg", "bo@rm.dk", "Direktør", "R"},
                           {"P3", "Carl", "Carlsen", "carl@rm.dk", "Afdelingsleder", "A"},
                           {"P4", "Dorte", "Dahl", "dorte@rm.dk", "Afdelingsleder", "B"}},
                          {{"R", "P2", std::chrono::year{2020} / 1 / 1, domain::LeaderKind::LederAfLedere},
                           {"A", "P3", std::chrono::year{2020} / 1 / 1, domain::LeaderKind::Personaleleder},
                           {"B", "P4", std::chrono::year{2020} / 1 / 1, domain::LeaderKind::Personaleleder}}});
    unit_a_ = ids.units.at("A");
    unit_b_ = ids.units.at("B");
    anna_ = ids.people.at("P1");
    organisation_ =
        std::make_unique<app::OrganisationService>(store(), app::OrganisationSettings{}, [this] { return Now(); });
    inbox_ = std::make_unique<app::NotificationService>(store(), [this] { return Now(); });
  }

  domain::Timestamp Now() const { return *domain::CopenhagenMidnight(today_) + std::chrono::hours{7}; }
  std::chrono::year_month_day DaysAfter(int days) const {
    return std::chrono::year_month_day{std::chrono::sys_days{today_} + std::chrono::days{days}};
  }

  std::string Run() {
    const auto snapshot = organisation_->Current();
    return store().Write(
        [&](app::Transaction& tx) { return app::SendActivationReminders(tx, snapshot->organisation, Now()); });
  }

  // The subjects in a person's inbox, newest first.
  std::vector<std::string> Inbox(const std::string& email) {
    domain::User user;
    user.email = email;
    std::vector<std::string> subjects;
    for (const auto& item : inbox_->Inbox(user, 1).items) subjects.push_back(item.subject);
    return subjects;
  }

  std::chrono::year_month_day today_{std::chrono::year{2027}, std::chrono::January, std::chrono::day{4}};
  domain::UnitId unit_a_ = 0;
  domain::UnitId unit_b_ = 0;
  domain::PersonId anna_ = 0;
  std::unique_ptr<app::OrganisationService> organisation_;
  std::unique_ptr<app::NotificationService> inbox_;
};

TEST_F(ActivationReminders, LeadersWithoutAPlanAndResponsiblePeopleAreRemindedOnceAtEachStage) {
  // A round that starts tomorrow, with its deadline in 20 days; Dorte has made her plan already.
  const auto [round, activity_soon, activity_overdue] = store().Write([&](app::Transaction& tx) {
    auto& activation = tx.Get<app::ActivationRepository>();
    const auto id = activation.CreateRound({"Aktivering 2027", "", DaysAfter(1), DaysAfter(20)}, std::nullopt, Now());
    const auto plan = activation.CreatePlan(id, unit_b_, std::nullopt, Now());
    app::ActivityFields soon{domain::ActivityKind::Med, "Dialog med MED", DaysAfter(6), anna_, "", ""};
    app::ActivityFields overdue{domain::ActivityKind::CaseWorkshop, "Case-værksted", DaysAfter(-2), anna_, "", ""};
    return std::tuple{id, activation.CreateActivity(plan, soon, std::nullopt, std::nullopt, Now()),
                      activation.CreateActivity(plan, overdue, std::nullopt, std::nullopt, Now())};
  });
  EXPECT_EQ(Run(), "0 om en startet runde, 0 om planfristen, 2 om aktiviteter") << "the round has not started";
  EXPECT_THAT(Inbox("anna@rm.dk"),
              ::testing::UnorderedElementsAre("„Dialog med MED“ er planlagt til " + domain::FormatDate(DaysAfter(6)),
                                              "„Case-værksted“ var planlagt til " + domain::FormatDate(DaysAfter(-2))));
  EXPECT_EQ(Run(), "0 om en startet runde, 0 om planfristen, 0 om aktiviteter") << "not twice";

  today_ = DaysAfter(1);  // the round starts: Bo and Carl, who have no plan, hear of it; Dorte does not
  EXPECT_EQ(Run(), "2 om en startet runde, 0 om planfristen, 0 om aktiviteter");
  EXPECT_THAT(Inbox("carl@rm.dk"), ::testing::ElementsAre("Lav en aktiveringsplan for Afdeling A"));
  EXPECT_TRUE(Inbox("dorte@rm.dk").empty());

  today_ = DaysAfter(5);  // 14 days before the deadline
  EXPECT_EQ(Run(), "0 om en startet runde, 2 om planfristen, 0 om aktiviteter");
  EXPECT_THAT(Inbox("carl@rm.dk").front(), HasSubstr("Fristen for planen for Afdeling A er"));
  EXPECT_EQ(Run(), "0 om en startet runde, 0 om planfristen, 0 om aktiviteter");

  // Carl makes his plan, and the activity soon due is held; three days before the deadline (in the
  // next week) only Bo is reminded, and only the overdue activity is named again.
  store().Write([&](app::Transaction& tx) {
    auto& activation = tx.Get<app::ActivationRepository>();
    activation.CreatePlan(round, unit_a_, std::nullopt, Now());
    const auto held = activation.FindActivity(activity_soon);
    return activation.CompleteActivity(activity_soon, held->revision, today_, "", "", Now());
  });
  today_ = DaysAfter(6);  // 15.01.2027, 9 days before the deadline of 24.01.2027: no new stage
  EXPECT_EQ(Run(), "0 om en startet runde, 0 om planfristen, 1 om aktiviteter");
  EXPECT_EQ(Inbox("anna@rm.dk").front(), "„Case-værksted“ var planlagt til 02.01.2027");
  today_ = DaysAfter(6);  // 21.01.2027: 3 days left
  EXPECT_EQ(Run(), "0 om en startet runde, 1 om planfristen, 1 om aktiviteter");
  EXPECT_EQ(Inbox("bo@rm.dk").front(), "Fristen for planen for Region er 24.01.2027");
  EXPECT_EQ(Inbox("bo@rm.dk").size(), 3U) << "the start, 14 days and 3 days before";
  EXPECT_EQ(Inbox("carl@rm.dk").size(), 2U) << "Carl has acted";
  EXPECT_EQ(Run(), "0 om en startet runde, 0 om planfristen, 0 om aktiviteter");
  (void)activity_overdue;
}

}  // namespace
}  // namespace lp::storage_test
