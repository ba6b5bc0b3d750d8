// The weekly "Status for din ledelseskæde" on the real stores (SQLite and PostgreSQL): the job tells a
// leader of leaders once a week what is missing below them, nobody else, and nothing when all is done.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "app/followup/followup_chain_status.hpp"
#include "app/notifications/chain_status.hpp"
#include "app/notifications/notification_service.hpp"
#include "app/organisation/organisation_service.hpp"
#include "domain/platform/danish_format.hpp"
#include "storage/store_fixture.hpp"

namespace lp::storage_test {
namespace {

using ::testing::HasSubstr;

// Region (Bo) ─┬─ Afdeling A (Carl)
//              └─ Afdeling B (Dorte)
class ChainStatus : public StoreContract {
 protected:
  void SetUp() override {
    StoreContract::SetUp();
    const auto ids =
        SeedOrganisation({{{"R", "Region", "", domain::UnitKind::Region},
                           {"A", "Afdeling A", "R", domain::UnitKind::Department},
                           {"B", "Afdeling B", "R", domain::UnitKind::Department}},
                          {{"P2", "Bo", "Berg", "bo@rm.dk", "Direktør", "R"},
                           {"P3", "Carl", "Carlsen", "carl@rm.dk", "Afdelingsleder", "A"},
                           {"P4", "Dorte", "Dahl", "dorte@rm.dk", "Afdelingsleder", "B"}},
                          {{"R", "P2", std::chrono::year{2020} / 1 / 1, domain::LeaderKind::LederAfLedere},
                           {"A", "P3", std::chrono::year{2020} / 1 / 1, domain::LeaderKind::Personaleleder},
                           {"B", "P4", std::chrono::year{2020} / 1 / 1, domain::LeaderKind::Personaleleder}}});
    unit_a_ = ids.units.at("A");
    unit_b_ = ids.units.at("B");
    organisation_ =
        std::make_unique<app::OrganisationService>(store(), app::OrganisationSettings{}, [this] { return Now(); });
    inbox_ = std::make_unique<app::NotificationService>(store(), [this] { return Now(); });
    chain_ = std::make_unique<app::ChainStatusService>(store(), *organisation_);
    chain_->Add(&app::FoundationChainStatus);
  }

  // Monday 07.12.2026 at 06:00 in Copenhagen, plus `days`.
  domain::Timestamp Now() const {
    return *domain::CopenhagenMidnight(std::chrono::sys_days{monday_} + std::chrono::days{days_}) +
           std::chrono::hours{6};
  }

  std::vector<app::Notification> Inbox(const std::string& email) {
    domain::User user;
    user.email = email;
    return inbox_->Inbox(user, 1).items;
  }

  std::chrono::year_month_day monday_{std::chrono::year{2026}, std::chrono::December, std::chrono::day{7}};
  int days_ = 0;
  domain::UnitId unit_a_ = 0;
  domain::UnitId unit_b_ = 0;
  std::unique_ptr<app::OrganisationService> organisation_;
  std::unique_ptr<app::NotificationService> inbox_;
  std::unique_ptr<app::ChainStatusService> chain_;
};

TEST_F(ChainStatus, TheLeaderOfLeadersIsToldOnceAWeekAndOnlyWhileSomethingIsMissing) {
  // A round that started a week ago; Dorte has made her plan, Carl has not.
  const auto round = store().Write([&](app::Transaction& tx) {
    auto& activation = tx.Get<app::ActivationRepository>();
    const std::chrono::year_month_day start{std::chrono::year{2026}, std::chrono::November, std::chrono::day{30}};
    const std::chrono::year_month_day deadline{std::chrono::year{2027}, std::chrono::January, std::chrono::day{15}};
    const auto id = activation.CreateRound({"Aktivering 2027", "", start, deadline}, std::nullopt, Now());
    activation.CreatePlan(id, unit_b_, std::nullopt, Now());
    return id;
  });
  EXPECT_EQ(chain_->Send(Now()), "1 leder fik status for deres ledelseskæde (af 1 leder af ledere)");
  const auto items = Inbox("bo@rm.dk");
  ASSERT_EQ(items.size(), 1U);
  EXPECT_EQ(items.front().subject, "Status for din ledelseskæde, uge 50: 1 plan mangler");
  EXPECT_EQ(items.front().category, domain::NotificationCategory::Chain);
  EXPECT_THAT(items.front().body, HasSubstr("• 1 af 2 enheder med leder mangler en aktiveringsplan (fristen er "
                                            "15.01.2027): Afdeling A (Carl Carlsen)."));
  EXPECT_EQ(items.front().link, "/opfoelgning");
  EXPECT_TRUE(Inbox("carl@rm.dk").empty()) << "a leader of no leaders gets no chain status";
  EXPECT_TRUE(Inbox("dorte@rm.dk").empty());

  days_ = 3;  // Thursday, the same week: not again
  EXPECT_EQ(chain_->Send(Now()), "0 ledere fik status for deres ledelseskæde (af 1 leder af ledere)");
  EXPECT_EQ(Inbox("bo@rm.dk").size(), 1U);

  days_ = 7;  // the next Monday: still missing, so told again
  EXPECT_EQ(chain_->Send(Now()), "1 leder fik status for deres ledelseskæde (af 1 leder af ledere)");
  EXPECT_EQ(Inbox("bo@rm.dk").front().subject, "Status for din ledelseskæde, uge 51: 1 plan mangler");

  store().Write([&](app::Transaction& tx) {
    return tx.Get<app::ActivationRepository>().CreatePlan(round, unit_a_, std::nullopt, Now());
  });
  days_ = 14;  // Carl has made his plan: nothing to report, no message
  EXPECT_EQ(chain_->Send(Now()), "0 ledere fik status for deres ledelseskæde (af 1 leder af ledere)");
  EXPECT_EQ(Inbox("bo@rm.dk").size(), 2U);
}

}  // namespace
}  // namespace lp::storage_test
