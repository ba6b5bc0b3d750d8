#pragma once

#include <gtest/gtest.h>

#include <memory>
#include <string>

#include "app/store.hpp"
#include "support/test_database.hpp"

namespace lp::storage_test {

// A migrated store on a fresh database of the backend under test (LP_TEST_BACKEND).
class StoreContract : public ::testing::Test {
 protected:
  void SetUp() override { store_ = database_.Open(); }
  void TearDown() override { store_.reset(); }

  app::Store& store() { return *store_; }

  // Creates a user with the given e-mail and returns its id.
  domain::UserId CreateUser(const std::string& email, std::vector<domain::Role> roles = {domain::Role::Medarbejder}) {
    return store().Write([&](app::Transaction& tx) {
      app::NewUser user;
      user.email = email;
      user.name = "Test Person";
      user.roles = std::move(roles);
      user.password_hash = "$argon2id$v=19$m=65536,t=2,p=1$c2FsdA$aGFzaA";
      user.created_at = domain::FromUnixSeconds(1'700'000'000);
      return tx.Users().Create(user);
    });
  }

  // A tiny organisation for the contract tests of what hangs off units and people: the region "R"
  // with the department "A" below it; person "P1" (Anna Andersen) in A, "P2" (Bo Berg) in R, and P2
  // leads R. Returns the database ids.
  struct SmallOrganisation {
    domain::UnitId region = 0;
    domain::UnitId department = 0;
    domain::PersonId anna = 0;
    domain::PersonId bo = 0;
  };
  SmallOrganisation SeedSmallOrganisation() {
    return store().Write([](app::Transaction& tx) {
      const std::vector<app::UnitRow> units = {{"R", "Region", "", domain::UnitKind::Region},
                                               {"A", "Afdeling", "R", domain::UnitKind::Department}};
      const std::vector<app::PersonRow> people = {{"P1", "Anna", "Andersen", "anna@rm.dk", "Sygeplejerske", "A"},
                                                  {"P2", "Bo", "Berg", "bo@rm.dk", "Direktør", "R"}};
      tx.Organisation().UpsertUnits(units);
      tx.Organisation().UpsertPeople(people);
      const std::vector<app::LeadershipRow> leaders = {
          {"R", "P2", std::chrono::year{2020} / 1 / 1, domain::LeaderKind::LederAfLedere}};
      tx.Organisation().UpsertLeaderships(leaders);
      const auto records = tx.Organisation().LoadAll();
      SmallOrganisation ids;
      for (const auto& unit : records.units) (unit.external_id == "R" ? ids.region : ids.department) = unit.id;
      for (const auto& person : records.people) (person.employee_no == "P1" ? ids.anna : ids.bo) = person.id;
      return ids;
    });
  }

  test::TestDatabase database_;
  std::unique_ptr<app::Store> store_;
};

inline domain::Timestamp At(long long unix_seconds) { return domain::FromUnixSeconds(unix_seconds); }

}  // namespace lp::storage_test
