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

  test::TestDatabase database_;
  std::unique_ptr<app::Store> store_;
};

inline domain::Timestamp At(long long unix_seconds) { return domain::FromUnixSeconds(unix_seconds); }

}  // namespace lp::storage_test
