#include "storage/store_fixture.hpp"

namespace lp::storage_test {
namespace {

using domain::Role;

TEST_F(StoreContract, CreatesUserAndFindsItByEmailWithRolesAndPasswordHash) {
  domain::UserId id = CreateUser("anne@example.dk", {Role::Leder, Role::Administrator});
  EXPECT_GT(id, 0);

  auto found =
      store().Read([](app::Transaction& tx) { return tx.Get<app::UserRepository>().FindByEmail("anne@example.dk"); });
  ASSERT_TRUE(found.has_value());
  EXPECT_EQ(found->user.id, id);
  EXPECT_EQ(found->user.email, "anne@example.dk");
  EXPECT_EQ(found->user.name, "Test Person");
  EXPECT_TRUE(found->user.active);
  EXPECT_EQ(found->user.created_at, At(1'700'000'000));
  EXPECT_EQ(found->user.roles, (std::vector<Role>{Role::Leder, Role::Administrator}));
  EXPECT_EQ(found->password_hash, "$argon2id$v=19$m=65536,t=2,p=1$c2FsdA$aGFzaA");
}

TEST_F(StoreContract, FindsUserByIdWithItsRoles) {
  domain::UserId id = CreateUser("bo@example.dk", {Role::Hr});
  auto user = store().Read([&](app::Transaction& tx) { return tx.Get<app::UserRepository>().FindById(id); });
  ASSERT_TRUE(user.has_value());
  EXPECT_EQ(user->email, "bo@example.dk");
  EXPECT_TRUE(user->HasRole(Role::Hr));
  EXPECT_FALSE(user->HasRole(Role::Leder));
}

TEST_F(StoreContract, ReturnsNothingForUnknownEmailOrId) {
  CreateUser("known@example.dk");
  store().Read([](app::Transaction& tx) {
    EXPECT_FALSE(tx.Get<app::UserRepository>().FindByEmail("unknown@example.dk").has_value());
    EXPECT_FALSE(tx.Get<app::UserRepository>().FindById(987654).has_value());
  });
}

TEST_F(StoreContract, KeepsAMissingPasswordHashAbsent) {
  store().Write([](app::Transaction& tx) {
    app::NewUser user;
    user.email = "sso@example.dk";
    user.name = "Single Sign-On";
    user.created_at = At(1'700'000'000);
    tx.Get<app::UserRepository>().Create(user);
  });
  auto found =
      store().Read([](app::Transaction& tx) { return tx.Get<app::UserRepository>().FindByEmail("sso@example.dk"); });
  ASSERT_TRUE(found.has_value());
  EXPECT_FALSE(found->password_hash.has_value());
  EXPECT_TRUE(found->user.roles.empty());
}

TEST_F(StoreContract, RefusesADuplicateEmailWithConstraintViolation) {
  CreateUser("twice@example.dk");
  EXPECT_THROW(CreateUser("twice@example.dk"), app::ConstraintViolation);
  EXPECT_EQ(store().Read([](app::Transaction& tx) { return tx.Get<app::UserRepository>().Count(); }), 1);
}

TEST_F(StoreContract, ReplacesThePasswordHash) {
  domain::UserId id = CreateUser("pw@example.dk");
  store().Write([&](app::Transaction& tx) { tx.Get<app::UserRepository>().SetPasswordHash(id, "new-hash"); });
  auto found =
      store().Read([](app::Transaction& tx) { return tx.Get<app::UserRepository>().FindByEmail("pw@example.dk"); });
  ASSERT_TRUE(found.has_value());
  EXPECT_EQ(found->password_hash, "new-hash");
}

TEST_F(StoreContract, ReplacesRolesAndIgnoresDuplicates) {
  domain::UserId id = CreateUser("roles@example.dk", {Role::Medarbejder, Role::Leder});
  store().Write([&](app::Transaction& tx) {
    tx.Get<app::UserRepository>().SetRoles(id, {Role::Redaktoer, Role::Koncernledelse, Role::Redaktoer});
  });
  auto user = store().Read([&](app::Transaction& tx) { return tx.Get<app::UserRepository>().FindById(id); });
  ASSERT_TRUE(user.has_value());
  EXPECT_EQ(user->roles, (std::vector<Role>{Role::Koncernledelse, Role::Redaktoer}));

  store().Write([&](app::Transaction& tx) { tx.Get<app::UserRepository>().SetRoles(id, {}); });
  user = store().Read([&](app::Transaction& tx) { return tx.Get<app::UserRepository>().FindById(id); });
  ASSERT_TRUE(user.has_value());
  EXPECT_TRUE(user->roles.empty());
}

TEST_F(StoreContract, StoresEveryRoleCode) {
  domain::UserId id = CreateUser("all@example.dk", {domain::kAllRoles.begin(), domain::kAllRoles.end()});
  auto user = store().Read([&](app::Transaction& tx) { return tx.Get<app::UserRepository>().FindById(id); });
  ASSERT_TRUE(user.has_value());
  EXPECT_EQ(user->roles.size(), domain::kAllRoles.size());
}

TEST_F(StoreContract, CountsUsers) {
  EXPECT_EQ(store().Read([](app::Transaction& tx) { return tx.Get<app::UserRepository>().Count(); }), 0);
  CreateUser("one@example.dk");
  CreateUser("two@example.dk");
  EXPECT_EQ(store().Read([](app::Transaction& tx) { return tx.Get<app::UserRepository>().Count(); }), 2);
}

TEST_F(StoreContract, GivesEachUserItsOwnId) {
  domain::UserId first = CreateUser("first@example.dk");
  domain::UserId second = CreateUser("second@example.dk");
  EXPECT_NE(first, second);
}

}  // namespace
}  // namespace lp::storage_test
