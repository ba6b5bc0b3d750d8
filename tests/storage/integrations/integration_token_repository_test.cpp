// Contract of app::IntegrationTokenRepository, run on SQLite and PostgreSQL.
#include <gmock/gmock.h>

#include "app/integrations/integration_token_repository.hpp"
#include "app/platform/errors.hpp"
#include "storage/store_fixture.hpp"

namespace lp::storage_test {
namespace {

using ::testing::ElementsAre;
using ::testing::Field;

app::NewIntegrationToken NewToken(std::string name, char hash_digit, long long at,
                                  std::optional<domain::UserId> by = std::nullopt) {
  app::NewIntegrationToken token;
  token.name = std::move(name);
  token.purpose = "Målinger fra LPR";
  token.token_hash = std::string(64, hash_digit);
  token.prefix = std::string("lpi_abc") + hash_digit;
  token.created_by = by;
  token.created_by_name = "Ada Admin";
  token.created_at = At(at);
  return token;
}

class IntegrationTokens : public StoreContract {
 protected:
  app::IntegrationTokenId Create(const app::NewIntegrationToken& token) {
    return store().Write([&](app::Transaction& tx) { return tx.Get<app::IntegrationTokenRepository>().Create(token); });
  }
  std::optional<app::IntegrationToken> Find(app::IntegrationTokenId id) {
    return store().Read([&](app::Transaction& tx) { return tx.Get<app::IntegrationTokenRepository>().Find(id); });
  }
  bool Revoke(app::IntegrationTokenId id, long long at) {
    return store().Write([&](app::Transaction& tx) {
      return tx.Get<app::IntegrationTokenRepository>().Revoke(id, std::nullopt, "Ada Admin", At(at));
    });
  }
  bool MarkUsed(app::IntegrationTokenId id, long long at) {
    return store().Write([&](app::Transaction& tx) {
      return tx.Get<app::IntegrationTokenRepository>().MarkUsed(id, At(at), std::chrono::seconds{60});
    });
  }
};

TEST_F(IntegrationTokens, StoresATokenAndFindsItByIdAndByHash) {
  const auto admin = CreateUser("admin@rm.dk", {domain::Role::Administrator});
  const auto id = Create(NewToken("Dataplatform – LPR-udtræk", 'a', 1'000, admin));

  const auto found = Find(id);
  ASSERT_TRUE(found);
  EXPECT_EQ(found->name, "Dataplatform – LPR-udtræk");
  EXPECT_EQ(found->purpose, "Målinger fra LPR");
  EXPECT_EQ(found->scope, domain::IntegrationScope::Measurements);
  EXPECT_EQ(found->prefix, "lpi_abca");
  EXPECT_EQ(found->created_by, admin);
  EXPECT_EQ(found->created_by_name, "Ada Admin");
  EXPECT_EQ(found->created_at, At(1'000));
  EXPECT_TRUE(found->live());
  EXPECT_FALSE(found->revoked_by_name);
  EXPECT_FALSE(found->last_used_at);
  EXPECT_EQ(store().Read([&](app::Transaction& tx) {
    return tx.Get<app::IntegrationTokenRepository>().FindByHash(std::string(64, 'a'));
  }),
            found);
  EXPECT_FALSE(store().Read([&](app::Transaction& tx) {
    return tx.Get<app::IntegrationTokenRepository>().FindByHash(std::string(64, 'b'));
  }));
  EXPECT_FALSE(Find(id + 1000));
}

TEST_F(IntegrationTokens, ListsLiveTokensFirstAndEachNewestFirst) {
  const auto old_live = Create(NewToken("A", 'a', 1'000));
  const auto revoked = Create(NewToken("B", 'b', 3'000));
  const auto new_live = Create(NewToken("C", 'c', 2'000));
  ASSERT_TRUE(Revoke(revoked, 4'000));

  const auto tokens =
      store().Read([](app::Transaction& tx) { return tx.Get<app::IntegrationTokenRepository>().List(); });
  EXPECT_THAT(tokens,
              ElementsAre(Field(&app::IntegrationToken::id, new_live), Field(&app::IntegrationToken::id, old_live),
                          Field(&app::IntegrationToken::id, revoked)));
}

TEST_F(IntegrationTokens, ANameIsUniqueAmongLiveTokensOnly) {
  const auto first = Create(NewToken("Dataplatform", 'a', 1'000));
  EXPECT_TRUE(store().Read(
      [](app::Transaction& tx) { return tx.Get<app::IntegrationTokenRepository>().HasLiveNamed("Dataplatform"); }));
  EXPECT_THROW(Create(NewToken("Dataplatform", 'b', 2'000)), app::ConstraintViolation);

  ASSERT_TRUE(Revoke(first, 3'000));
  EXPECT_FALSE(store().Read(
      [](app::Transaction& tx) { return tx.Get<app::IntegrationTokenRepository>().HasLiveNamed("Dataplatform"); }));
  const auto second = Create(NewToken("Dataplatform", 'c', 4'000));
  EXPECT_NE(second, first);
}

TEST_F(IntegrationTokens, AHashIsNeverStoredTwice) {
  Create(NewToken("A", 'a', 1'000));
  EXPECT_THROW(Create(NewToken("B", 'a', 2'000)), app::ConstraintViolation);
}

TEST_F(IntegrationTokens, RevokesOnceAndRemembersWhoAndWhen) {
  const auto id = Create(NewToken("A", 'a', 1'000));
  EXPECT_TRUE(Revoke(id, 5'000));
  EXPECT_FALSE(Revoke(id, 6'000));
  EXPECT_FALSE(Revoke(id + 1000, 6'000));

  const auto token = Find(id);
  ASSERT_TRUE(token);
  EXPECT_FALSE(token->live());
  EXPECT_EQ(token->revoked_at, At(5'000));
  EXPECT_EQ(token->revoked_by_name, "Ada Admin");
  EXPECT_FALSE(token->revoked_by);
}

TEST_F(IntegrationTokens, RecordsAUseAtMostOncePerInterval) {
  const auto id = Create(NewToken("A", 'a', 1'000));
  EXPECT_TRUE(MarkUsed(id, 2'000));
  EXPECT_FALSE(MarkUsed(id, 2'059));
  EXPECT_EQ(Find(id)->last_used_at, At(2'000));
  EXPECT_TRUE(MarkUsed(id, 2'060));
  EXPECT_EQ(Find(id)->last_used_at, At(2'060));
}

}  // namespace
}  // namespace lp::storage_test
