#include <algorithm>
#include <thread>
#include <vector>

#include "storage/store_fixture.hpp"

namespace lp::storage_test {
namespace {

using app::ThrottleKey;

TEST_F(StoreContract, CountsLoginFailuresSinceAnInstantPerKindAndKey) {
  store().Write([](app::Transaction& tx) {
    tx.Get<app::LoginAttemptRepository>().RecordFailure(ThrottleKey::Account, "a@example.dk", At(100));
    tx.Get<app::LoginAttemptRepository>().RecordFailure(ThrottleKey::Account, "a@example.dk", At(200));
    tx.Get<app::LoginAttemptRepository>().RecordFailure(ThrottleKey::Account, "a@example.dk", At(300));
    tx.Get<app::LoginAttemptRepository>().RecordFailure(ThrottleKey::Account, "b@example.dk", At(300));
    tx.Get<app::LoginAttemptRepository>().RecordFailure(ThrottleKey::Address, "a@example.dk", At(300));
  });
  store().Read([](app::Transaction& tx) {
    EXPECT_EQ(tx.Get<app::LoginAttemptRepository>().CountFailuresSince(ThrottleKey::Account, "a@example.dk", At(200)),
              2);
    EXPECT_EQ(tx.Get<app::LoginAttemptRepository>().CountFailuresSince(ThrottleKey::Account, "a@example.dk", At(0)), 3);
    EXPECT_EQ(tx.Get<app::LoginAttemptRepository>().CountFailuresSince(ThrottleKey::Address, "a@example.dk", At(0)), 1);
    EXPECT_EQ(tx.Get<app::LoginAttemptRepository>().CountFailuresSince(ThrottleKey::Address, "192.0.2.1", At(0)), 0);
  });
}

TEST_F(StoreContract, ClearsLoginFailuresOfOneKeyOnly) {
  store().Write([](app::Transaction& tx) {
    tx.Get<app::LoginAttemptRepository>().RecordFailure(ThrottleKey::Account, "a@example.dk", At(100));
    tx.Get<app::LoginAttemptRepository>().RecordFailure(ThrottleKey::Address, "a@example.dk", At(100));
    tx.Get<app::LoginAttemptRepository>().RecordFailure(ThrottleKey::Account, "b@example.dk", At(100));
  });
  store().Write(
      [](app::Transaction& tx) { tx.Get<app::LoginAttemptRepository>().Clear(ThrottleKey::Account, "a@example.dk"); });
  store().Read([](app::Transaction& tx) {
    EXPECT_EQ(tx.Get<app::LoginAttemptRepository>().CountFailuresSince(ThrottleKey::Account, "a@example.dk", At(0)), 0);
    EXPECT_EQ(tx.Get<app::LoginAttemptRepository>().CountFailuresSince(ThrottleKey::Address, "a@example.dk", At(0)), 1);
    EXPECT_EQ(tx.Get<app::LoginAttemptRepository>().CountFailuresSince(ThrottleKey::Account, "b@example.dk", At(0)), 1);
  });
}

TEST_F(StoreContract, DeletesLoginFailuresOlderThanTheCutoffAndCountsThem) {
  store().Write([](app::Transaction& tx) {
    tx.Get<app::LoginAttemptRepository>().RecordFailure(ThrottleKey::Account, "k", At(100));
    tx.Get<app::LoginAttemptRepository>().RecordFailure(ThrottleKey::Address, "k", At(199));
    tx.Get<app::LoginAttemptRepository>().RecordFailure(ThrottleKey::Account, "k", At(200));
  });
  long long removed = store().Write(
      [](app::Transaction& tx) { return tx.Get<app::LoginAttemptRepository>().DeleteOlderThan(At(200)); });
  EXPECT_EQ(removed, 2);
  EXPECT_EQ(store().Read([](app::Transaction& tx) {
    return tx.Get<app::LoginAttemptRepository>().CountFailuresSince(ThrottleKey::Account, "k", At(0));
  }),
            1);
}

TEST_F(StoreContract, ReturnsNoValueForAnUnknownSetting) {
  EXPECT_FALSE(
      store().Read([](app::Transaction& tx) { return tx.Get<app::SettingRepository>().Get("nothing"); }).has_value());
}

TEST_F(StoreContract, InsertIfAbsentKeepsTheFirstValue) {
  EXPECT_EQ(store().Write([](app::Transaction& tx) {
    return tx.Get<app::SettingRepository>().InsertIfAbsent("csrf_key", "first");
  }),
            "first");
  EXPECT_EQ(store().Write([](app::Transaction& tx) {
    return tx.Get<app::SettingRepository>().InsertIfAbsent("csrf_key", "second");
  }),
            "first");
  EXPECT_EQ(store().Read([](app::Transaction& tx) { return tx.Get<app::SettingRepository>().Get("csrf_key"); }),
            "first");
}

TEST_F(StoreContract, InsertIfAbsentFromManyThreadsAgreesOnOneValue) {
  constexpr int kThreads = 4;
  std::vector<std::string> results(kThreads);
  std::vector<std::thread> threads;
  for (int i = 0; i < kThreads; ++i) {
    threads.emplace_back([&, i] {
      results[static_cast<std::size_t>(i)] = store().Write([&](app::Transaction& tx) {
        return tx.Get<app::SettingRepository>().InsertIfAbsent("shared", "value-" + std::to_string(i));
      });
    });
  }
  for (std::thread& thread : threads) thread.join();
  for (const std::string& result : results) EXPECT_EQ(result, results.front());
  EXPECT_EQ(store().Read([](app::Transaction& tx) { return tx.Get<app::SettingRepository>().Get("shared"); }),
            results.front());
}

app::AuditEvent Event(long long at, std::optional<domain::UserId> actor, const std::string& action) {
  app::AuditEvent event;
  event.at = At(at);
  event.actor_user_id = actor;
  event.action = action;
  event.subject = "user:1";
  event.remote_address = "192.0.2.9";
  event.details = "via form";
  return event;
}

TEST_F(StoreContract, ListsRecentAuditEventsNewestFirstUpToTheLimit) {
  domain::UserId actor = CreateUser("audit@example.dk");
  store().Write([&](app::Transaction& tx) {
    tx.Get<app::AuditRepository>().Append(Event(100, actor, "login.succeeded"));
    tx.Get<app::AuditRepository>().Append(Event(300, std::nullopt, "login.failed"));
    tx.Get<app::AuditRepository>().Append(Event(200, actor, "session.revoked"));
  });
  auto events = store().Read([](app::Transaction& tx) { return tx.Get<app::AuditRepository>().ListRecent(2); });
  ASSERT_EQ(events.size(), 2u);
  EXPECT_EQ(events[0].action, "login.failed");
  EXPECT_EQ(events[0].at, At(300));
  EXPECT_FALSE(events[0].actor_user_id.has_value());
  EXPECT_EQ(events[1].action, "session.revoked");
  EXPECT_EQ(events[1].actor_user_id, actor);
  EXPECT_EQ(events[1].subject, "user:1");
  EXPECT_EQ(events[1].remote_address, "192.0.2.9");
  EXPECT_EQ(events[1].details, "via form");
  EXPECT_TRUE(store().Read([](app::Transaction& tx) { return tx.Get<app::AuditRepository>().ListRecent(0); }).empty());
  EXPECT_EQ(store().Read([](app::Transaction& tx) { return tx.Get<app::AuditRepository>().ListRecent(50); }).size(),
            3u);
}

TEST_F(StoreContract, RefusesAnAuditEventForAnUnknownActor) {
  EXPECT_THROW(
      store().Write([](app::Transaction& tx) { tx.Get<app::AuditRepository>().Append(Event(1, 999999, "x")); }),
      app::ConstraintViolation);
}

}  // namespace
}  // namespace lp::storage_test
