// app::IntegrationTokenService on SQLite and PostgreSQL: making, listing, revoking and authenticating
// tokens, with their Danish messages and audit events.
#include <gmock/gmock.h>

#include "app/integrations/integration_token_service.hpp"
#include "app/platform/security.hpp"
#include "storage/store_fixture.hpp"

namespace lp::storage_test {
namespace {

using ::testing::HasSubstr;
using ::testing::SizeIs;
using ::testing::StartsWith;

constexpr std::string_view kScope = "maalinger";

class IntegrationTokenServiceTest : public StoreContract {
 protected:
  void SetUp() override {
    StoreContract::SetUp();
    app::InitialiseCrypto();
    admin_.id = CreateUser("admin@rm.dk", {domain::Role::Administrator});
    admin_.email = "admin@rm.dk";
    admin_.name = "Ada Admin";
    admin_.roles = {domain::Role::Administrator};
    admin_.active = true;
    service_ = std::make_unique<app::IntegrationTokenService>(store(), [this] { return now_; });
  }

  app::CreatedIntegrationToken CreateToken(std::string name) {
    auto created = service_->Create(admin_, {std::move(name), "Målinger fra datavarehuset", "maalinger"}, "10.0.0.1");
    EXPECT_TRUE(created) << (created ? "" : created.error().message);
    return created.value();
  }

  domain::User admin_;
  domain::Timestamp now_ = At(1'800'000'000);
  std::unique_ptr<app::IntegrationTokenService> service_;
};

TEST_F(IntegrationTokenServiceTest, MakesATokenThatIsShownOnceAndStoredOnlyAsItsHash) {
  const auto created = CreateToken("Dataplatform – LPR-udtræk");

  EXPECT_THAT(created.token, StartsWith("lpi_"));
  EXPECT_EQ(created.token.size(), domain::kIntegrationTokenLength);
  EXPECT_TRUE(domain::IsIntegrationTokenShaped(created.token));
  EXPECT_EQ(created.record.prefix, created.token.substr(0, 12));
  EXPECT_EQ(created.record.created_by, admin_.id);
  EXPECT_EQ(created.record.created_by_name, "Ada Admin");
  EXPECT_EQ(created.record.created_at, now_);
  EXPECT_EQ(CountAudit("integrations.token_created"), 1);
  const auto by_hash = store().Read([&](app::Transaction& tx) {
    return tx.Get<app::IntegrationTokenRepository>().FindByHash(app::Sha256Hex(created.token));
  });
  ASSERT_TRUE(by_hash);
  EXPECT_EQ(by_hash->id, created.record.id);
  // Two tokens never share their secret part.
  EXPECT_NE(CreateToken("Andet system").token.substr(4), created.token.substr(4));
}

TEST_F(IntegrationTokenServiceTest, RefusesMissingTooLongAndDuplicateInputWithDanishMessagesPerField) {
  const auto empty = service_->Create(admin_, {"  ", "", "andet"}, "10.0.0.1");
  ASSERT_FALSE(empty);
  EXPECT_EQ(empty.error().kind, app::ErrorKind::Invalid);
  ASSERT_THAT(empty.error().field_errors, SizeIs(3));
  EXPECT_EQ(empty.error().field_errors[0].field, "name");
  EXPECT_EQ(empty.error().field_errors[0].message, "Skriv integrationens navn.");
  EXPECT_EQ(empty.error().field_errors[1].field, "purpose");
  EXPECT_EQ(empty.error().field_errors[1].message, "Skriv, hvad integrationen skal bruge nøglen til.");
  EXPECT_EQ(empty.error().field_errors[2].field, "scope");
  EXPECT_EQ(empty.error().field_errors[2].message, "Vælg, hvad nøglen giver adgang til.");

  const auto long_name = service_->Create(admin_, {std::string(121, 'x'), "Formål", "maalinger"}, "10.0.0.1");
  ASSERT_FALSE(long_name);
  EXPECT_EQ(long_name.error().field_errors.at(0).message, "Navnet må højst være 120 tegn; der står 121.");

  CreateToken("Dataplatform");
  const auto duplicate = service_->Create(admin_, {" Dataplatform ", "Igen", "maalinger"}, "10.0.0.1");
  ASSERT_FALSE(duplicate);
  EXPECT_EQ(duplicate.error().field_errors.at(0).field, "name");
  EXPECT_THAT(duplicate.error().field_errors.at(0).message,
              HasSubstr("Der er allerede en aktiv nøgle med navnet »Dataplatform«"));
  EXPECT_EQ(CountAudit("integrations.token_created"), 1);
}

TEST_F(IntegrationTokenServiceTest, OnlyAdministratorsMakeAndRevokeTokens) {
  domain::User leader = admin_;
  leader.roles = {domain::Role::Leder};
  const auto created = service_->Create(leader, {"Dataplatform", "Formål", "maalinger"}, "10.0.0.1");
  ASSERT_FALSE(created);
  EXPECT_EQ(created.error().kind, app::ErrorKind::Forbidden);
  const auto token = CreateToken("Dataplatform");
  EXPECT_EQ(service_->Revoke(leader, token.record.id, "10.0.0.1").error().kind, app::ErrorKind::Forbidden);
}

TEST_F(IntegrationTokenServiceTest, AuthenticatesALiveTokenForItsScopeAndRecordsTheUseAtMostOnceAMinute) {
  const auto created = CreateToken("Dataplatform");

  const auto integration = service_->Authenticate(created.token, kScope, now_);
  ASSERT_TRUE(integration) << integration.error().message;
  EXPECT_EQ(integration->id, created.record.id);
  EXPECT_EQ(integration->name, "Dataplatform");
  EXPECT_EQ(integration->scope, "maalinger");
  EXPECT_EQ(service_->List().at(0).last_used_at, now_);

  ASSERT_TRUE(service_->Authenticate(created.token, kScope, now_ + std::chrono::seconds{30}));
  EXPECT_EQ(service_->List().at(0).last_used_at, now_);
  ASSERT_TRUE(service_->Authenticate(created.token, kScope, now_ + std::chrono::seconds{61}));
  EXPECT_EQ(service_->List().at(0).last_used_at, now_ + std::chrono::seconds{61});
}

TEST_F(IntegrationTokenServiceTest, RefusesMissingUnknownRevokedAndOtherScopesWithDanishMessages) {
  const auto created = CreateToken("Dataplatform");

  const auto missing = service_->Authenticate("", kScope, now_);
  ASSERT_FALSE(missing);
  EXPECT_EQ(missing.error().kind, app::ErrorKind::Unauthenticated);
  EXPECT_THAT(missing.error().message, HasSubstr("Der blev ikke sendt nogen integrationsnøgle"));

  for (const std::string& unknown : {std::string("lpi_") + std::string(43, 'A'), std::string("hemmelig"),
                                     created.token.substr(0, 46), created.token + "x"}) {
    const auto refused = service_->Authenticate(unknown, kScope, now_);
    ASSERT_FALSE(refused) << unknown;
    EXPECT_EQ(refused.error().kind, app::ErrorKind::Unauthenticated);
    EXPECT_THAT(refused.error().message, HasSubstr("Integrationsnøglen er ukendt")) << unknown;
  }

  const auto other_scope = service_->Authenticate(created.token, "andet", now_);
  ASSERT_FALSE(other_scope);
  EXPECT_EQ(other_scope.error().kind, app::ErrorKind::Forbidden);
  EXPECT_THAT(other_scope.error().message, HasSubstr("giver ikke adgang til dette"));

  const auto revoked = service_->Revoke(admin_, created.record.id, "10.0.0.1");
  ASSERT_TRUE(revoked);
  EXPECT_FALSE(revoked->live());
  EXPECT_EQ(CountAudit("integrations.token_revoked"), 1);
  const auto after = service_->Authenticate(created.token, kScope, now_);
  ASSERT_FALSE(after);
  EXPECT_EQ(after.error().kind, app::ErrorKind::Unauthenticated);
  EXPECT_THAT(after.error().message, HasSubstr("Integrationsnøglen er tilbagekaldt"));
}

TEST_F(IntegrationTokenServiceTest, RevokingTwiceOrAnUnknownTokenIsAnExpectedOutcome) {
  const auto created = CreateToken("Dataplatform");
  ASSERT_TRUE(service_->Revoke(admin_, created.record.id, "10.0.0.1"));
  const auto again = service_->Revoke(admin_, created.record.id, "10.0.0.1");
  ASSERT_FALSE(again);
  EXPECT_EQ(again.error().kind, app::ErrorKind::Conflict);
  EXPECT_EQ(again.error().message, "Nøglen til »Dataplatform« er allerede tilbagekaldt.");
  EXPECT_EQ(service_->Revoke(admin_, created.record.id + 100, "10.0.0.1").error().kind, app::ErrorKind::NotFound);
  EXPECT_EQ(CountAudit("integrations.token_revoked"), 1);
  // The name is free again once its token is revoked.
  CreateToken("Dataplatform");
}

}  // namespace
}  // namespace lp::storage_test
