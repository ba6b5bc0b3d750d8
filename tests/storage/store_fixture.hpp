#pragma once

#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "app/organisation/organisation_repository.hpp"
#include "app/platform/store.hpp"
#include "support/organisation_rows.hpp"
#include "support/test_database.hpp"

namespace lp::storage_test {

// A migrated store on a fresh database of the backend under test (LP_TEST_BACKEND).
class StoreContract : public ::testing::Test {
 protected:
  void SetUp() override { store_ = database_.Open(); }
  void TearDown() override { store_.reset(); }

  app::Store& store() { return *store_; }

  // Opens the store again, on the same database, with a pool of `pool_size` connections that a
  // lease waits `lease_timeout` for.
  storage::StoreOptions ReopenWithPool(
      int pool_size, std::chrono::milliseconds lease_timeout = storage::StoreOptions{}.lease_timeout) {
    store_.reset();
    storage::StoreOptions options;
    options.pool_size = pool_size;
    options.lease_timeout = lease_timeout;
    store_ = database_.Open(options);
    return options;
  }

  // Creates a user with the given e-mail and returns its id.
  domain::UserId CreateUser(const std::string& email, std::vector<domain::Role> roles = {domain::Role::Medarbejder}) {
    return store().Write([&](app::Transaction& tx) {
      app::NewUser user;
      user.email = email;
      user.name = "Test Person";
      user.roles = std::move(roles);
      user.password_hash = "$argon2id$v=19$m=65536,t=2,p=1$c2FsdA$aGFzaA";
      user.created_at = domain::FromUnixSeconds(1'700'000'000);
      return tx.Get<app::UserRepository>().Create(user);
    });
  }

  // The database ids of a seeded organisation, by HR key.
  struct SeededOrganisation {
    std::map<std::string, domain::UnitId> units;     // by external id
    std::map<std::string, domain::PersonId> people;  // by employee number
  };
  SeededOrganisation SeedOrganisation(const test::OrganisationRows& rows) {
    return store().Write([&](app::Transaction& tx) {
      test::WriteOrganisation(tx, rows);
      const auto records = tx.Get<app::OrganisationRepository>().LoadAll();
      SeededOrganisation ids;
      for (const auto& unit : records.units) ids.units[unit.external_id] = unit.id;
      for (const auto& person : records.people) ids.people[person.employee_no] = person.id;
      return ids;
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
    auto ids = SeedOrganisation(
        {{{"R", "Region", "", domain::UnitKind::Region}, {"A", "Afdeling", "R", domain::UnitKind::Department}},
         {{"P1", "Anna", "Andersen", "anna@rm.dk", "Sygeplejerske", "A"},
          {"P2", "Bo", "Berg", "bo@rm.dk", "Direktør", "R"}},
         {{"R", "P2", std::chrono::year{2020} / 1 / 1, domain::LeaderKind::LederAfLedere}}});
    return {ids.units.at("R"), ids.units.at("A"), ids.people.at("P1"), ids.people.at("P2")};
  }

  // How many audit events of the action have been written.
  long long CountAudit(const std::string& action) {
    const auto events =
        store().Read([](app::Transaction& tx) { return tx.Get<app::AuditRepository>().ListRecent(1000); });
    return std::count_if(events.begin(), events.end(), [&](const app::AuditEvent& e) { return e.action == action; });
  }

  test::TestDatabase database_;
  std::unique_ptr<app::Store> store_;
};

inline domain::Timestamp At(long long unix_seconds) { return domain::FromUnixSeconds(unix_seconds); }

constexpr std::chrono::year_month_day Day(int y, unsigned m, unsigned d) {
  return std::chrono::year_month_day{std::chrono::year{y}, std::chrono::month{m}, std::chrono::day{d}};
}

}  // namespace lp::storage_test
