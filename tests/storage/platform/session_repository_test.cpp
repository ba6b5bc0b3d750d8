#include "storage/store_fixture.hpp"

namespace lp::storage_test {
namespace {

app::SessionRecord Session(const std::string& token_hash, domain::UserId user_id, long long last_seen,
                           long long expires) {
  app::SessionRecord session;
  session.token_hash = token_hash;
  session.user_id = user_id;
  session.auth_method = "local";
  session.created_at = At(1000);
  session.last_seen_at = At(last_seen);
  session.expires_at = At(expires);
  session.user_agent = "Firefox/128.0";
  session.remote_address = "192.0.2.7";
  return session;
}

TEST_F(StoreContract, CreatesASessionAndFindsItByTokenHash) {
  domain::UserId user = CreateUser("s@example.dk");
  store().Write(
      [&](app::Transaction& tx) { tx.Get<app::SessionRepository>().Create(Session("aa11", user, 1500, 9000)); });

  auto found =
      store().Read([](app::Transaction& tx) { return tx.Get<app::SessionRepository>().FindByTokenHash("aa11"); });
  ASSERT_TRUE(found.has_value());
  EXPECT_EQ(found->token_hash, "aa11");
  EXPECT_EQ(found->user_id, user);
  EXPECT_EQ(found->auth_method, "local");
  EXPECT_EQ(found->created_at, At(1000));
  EXPECT_EQ(found->last_seen_at, At(1500));
  EXPECT_EQ(found->expires_at, At(9000));
  EXPECT_EQ(found->user_agent, "Firefox/128.0");
  EXPECT_EQ(found->remote_address, "192.0.2.7");
  EXPECT_FALSE(store().Read(
      [](app::Transaction& tx) { return tx.Get<app::SessionRepository>().FindByTokenHash("bb22").has_value(); }));
}

TEST_F(StoreContract, RefusesASessionForAnUnknownUserWithConstraintViolation) {
  EXPECT_THROW(store().Write([](app::Transaction& tx) {
    tx.Get<app::SessionRepository>().Create(Session("cc33", 424242, 1, 2));
  }),
               app::ConstraintViolation);
}

TEST_F(StoreContract, RefusesATokenHashUsedTwice) {
  domain::UserId user = CreateUser("dup@example.dk");
  store().Write([&](app::Transaction& tx) { tx.Get<app::SessionRepository>().Create(Session("same", user, 1, 2)); });
  EXPECT_THROW(store().Write(
                   [&](app::Transaction& tx) { tx.Get<app::SessionRepository>().Create(Session("same", user, 1, 2)); }),
               app::ConstraintViolation);
}

TEST_F(StoreContract, TouchMovesLastSeenOnly) {
  domain::UserId user = CreateUser("t@example.dk");
  store().Write(
      [&](app::Transaction& tx) { tx.Get<app::SessionRepository>().Create(Session("tt", user, 1500, 9000)); });
  store().Write([](app::Transaction& tx) { tx.Get<app::SessionRepository>().Touch("tt", At(2500)); });
  auto found =
      store().Read([](app::Transaction& tx) { return tx.Get<app::SessionRepository>().FindByTokenHash("tt"); });
  ASSERT_TRUE(found.has_value());
  EXPECT_EQ(found->last_seen_at, At(2500));
  EXPECT_EQ(found->expires_at, At(9000));
}

TEST_F(StoreContract, DeletesOneSession) {
  domain::UserId user = CreateUser("d@example.dk");
  store().Write([&](app::Transaction& tx) {
    tx.Get<app::SessionRepository>().Create(Session("keep", user, 1, 9000));
    tx.Get<app::SessionRepository>().Create(Session("drop", user, 1, 9000));
  });
  store().Write([](app::Transaction& tx) { tx.Get<app::SessionRepository>().Delete("drop"); });
  store().Read([](app::Transaction& tx) {
    EXPECT_FALSE(tx.Get<app::SessionRepository>().FindByTokenHash("drop").has_value());
    EXPECT_TRUE(tx.Get<app::SessionRepository>().FindByTokenHash("keep").has_value());
  });
}

TEST_F(StoreContract, DeletesAllSessionsOfOneUser) {
  domain::UserId first = CreateUser("first@example.dk");
  domain::UserId second = CreateUser("second@example.dk");
  store().Write([&](app::Transaction& tx) {
    tx.Get<app::SessionRepository>().Create(Session("f1", first, 1, 9000));
    tx.Get<app::SessionRepository>().Create(Session("f2", first, 1, 9000));
    tx.Get<app::SessionRepository>().Create(Session("s1", second, 1, 9000));
  });
  store().Write([&](app::Transaction& tx) { tx.Get<app::SessionRepository>().DeleteForUser(first); });
  EXPECT_TRUE(
      store().Read([&](app::Transaction& tx) { return tx.Get<app::SessionRepository>().ListForUser(first); }).empty());
  EXPECT_EQ(
      store().Read([&](app::Transaction& tx) { return tx.Get<app::SessionRepository>().ListForUser(second); }).size(),
      1u);
}

TEST_F(StoreContract, ListsSessionsOfAUserMostRecentlySeenFirst) {
  domain::UserId user = CreateUser("l@example.dk");
  domain::UserId other = CreateUser("o@example.dk");
  store().Write([&](app::Transaction& tx) {
    tx.Get<app::SessionRepository>().Create(Session("old", user, 100, 9000));
    tx.Get<app::SessionRepository>().Create(Session("new", user, 300, 9000));
    tx.Get<app::SessionRepository>().Create(Session("mid", user, 200, 9000));
    tx.Get<app::SessionRepository>().Create(Session("someone-else", other, 400, 9000));
  });
  auto sessions =
      store().Read([&](app::Transaction& tx) { return tx.Get<app::SessionRepository>().ListForUser(user); });
  ASSERT_EQ(sessions.size(), 3u);
  EXPECT_EQ(sessions[0].token_hash, "new");
  EXPECT_EQ(sessions[1].token_hash, "mid");
  EXPECT_EQ(sessions[2].token_hash, "old");
  EXPECT_EQ(sessions[2].user_agent, "Firefox/128.0");
}

TEST_F(StoreContract, DeleteExpiredRemovesExpiredAndIdleSessionsAndCountsThem) {
  domain::UserId user = CreateUser("e@example.dk");
  store().Write([&](app::Transaction& tx) {
    tx.Get<app::SessionRepository>().Create(Session("expired", user, 950, 1000));    // expires_at == now
    tx.Get<app::SessionRepository>().Create(Session("idle", user, 499, 5000));       // last seen before the cutoff
    tx.Get<app::SessionRepository>().Create(Session("on-cutoff", user, 500, 5000));  // last seen exactly at the cutoff
    tx.Get<app::SessionRepository>().Create(Session("alive", user, 900, 5000));
  });
  long long removed = store().Write(
      [](app::Transaction& tx) { return tx.Get<app::SessionRepository>().DeleteExpired(At(1000), At(500)); });
  EXPECT_EQ(removed, 2);
  auto left = store().Read([&](app::Transaction& tx) { return tx.Get<app::SessionRepository>().ListForUser(user); });
  ASSERT_EQ(left.size(), 2u);
  EXPECT_EQ(left[0].token_hash, "alive");
  EXPECT_EQ(left[1].token_hash, "on-cutoff");
}

}  // namespace
}  // namespace lp::storage_test
