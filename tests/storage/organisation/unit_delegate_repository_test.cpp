// Contract of app::UnitDelegateRepository, run on SQLite and PostgreSQL.
#include <gmock/gmock.h>

#include "app/organisation/unit_delegate_repository.hpp"
#include "storage/store_fixture.hpp"

namespace lp::storage_test {
namespace {

using ::testing::ElementsAre;

TEST_F(StoreContract, AddsListsAndRemovesUnitDelegates) {
  const auto org = SeedSmallOrganisation();
  const auto user = CreateUser("leder@rm.dk", {domain::Role::Leder});
  store().Write([&](app::Transaction& tx) {
    tx.Get<app::UnitDelegateRepository>().Add({org.department, org.anna, user, At(2'000)});
    tx.Get<app::UnitDelegateRepository>().Add({org.region, org.anna, std::nullopt, At(1'000)});
    tx.Get<app::UnitDelegateRepository>().Add({org.department, org.bo, user, At(1'500)});
  });
  const auto for_department =
      store().Read([&](app::Transaction& tx) { return tx.Get<app::UnitDelegateRepository>().ForUnit(org.department); });
  ASSERT_EQ(for_department.size(), 2U);
  EXPECT_EQ(for_department[0], (app::UnitDelegate{org.department, org.bo, user, At(1'500)}));
  EXPECT_EQ(for_department[1], (app::UnitDelegate{org.department, org.anna, user, At(2'000)}));
  const auto region = org.region;
  const auto department = org.department;
  EXPECT_THAT(store().Read([&](app::Transaction& tx) {
    return tx.Get<app::UnitDelegateRepository>().UnitsDelegatedTo(org.anna);
  }),
              ElementsAre(std::min(region, department), std::max(region, department)));

  EXPECT_TRUE(store().Write(
      [&](app::Transaction& tx) { return tx.Get<app::UnitDelegateRepository>().Remove(org.department, org.anna); }));
  EXPECT_FALSE(store().Write(
      [&](app::Transaction& tx) { return tx.Get<app::UnitDelegateRepository>().Remove(org.department, org.anna); }));
  EXPECT_THAT(store().Read([&](app::Transaction& tx) {
    return tx.Get<app::UnitDelegateRepository>().UnitsDelegatedTo(org.anna);
  }),
              ElementsAre(org.region));
}

TEST_F(StoreContract, RefusesADuplicateDelegateAndUnknownUnitsOrPeople) {
  const auto org = SeedSmallOrganisation();
  store().Write([&](app::Transaction& tx) {
    tx.Get<app::UnitDelegateRepository>().Add({org.department, org.anna, std::nullopt, At(1)});
  });
  EXPECT_THROW(store().Write([&](app::Transaction& tx) {
    tx.Get<app::UnitDelegateRepository>().Add({org.department, org.anna, std::nullopt, At(2)});
  }),
               app::ConstraintViolation);
  EXPECT_THROW(store().Write([&](app::Transaction& tx) {
    tx.Get<app::UnitDelegateRepository>().Add({org.department + 100, org.anna, std::nullopt, At(2)});
  }),
               app::ConstraintViolation);
  EXPECT_THROW(store().Write([&](app::Transaction& tx) {
    tx.Get<app::UnitDelegateRepository>().Add({org.department, org.anna + 100, std::nullopt, At(2)});
  }),
               app::ConstraintViolation);
}

}  // namespace
}  // namespace lp::storage_test
