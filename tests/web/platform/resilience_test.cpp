// What users see when the database is down, and how the server stops.
#include <gmock/gmock.h>

#include <atomic>
#include <future>

#include "app/notifications/notifier.hpp"
#include "app/platform/auth_service.hpp"
#include "app/platform/jobs.hpp"
#include "app/platform/outbound_mail.hpp"
#include "app/platform/security.hpp"
#include "cli/modules.hpp"
#include "web/platform/portal.hpp"
#include "web/portal_fixture.hpp"

namespace lp::testing {
namespace {

using ::testing::HasSubstr;

// Passes work to a real store until switched off, then fails like an unreachable database.
class SwitchableStore : public app::Store {
 public:
  explicit SwitchableStore(app::Store& inner) : inner_(inner) {}
  std::atomic<bool> down{false};
  std::atomic<bool> racing{false};  // every write loses a race (PostgreSQL: serialisation failure)

  std::vector<app::MigrationStatus> Migrate() override { return inner_.Migrate(); }
  std::vector<app::MigrationStatus> Migrations() override { return inner_.Migrations(); }
  bool Ping() override { return !down && inner_.Ping(); }
  app::PoolStats Stats() const override { return inner_.Stats(); }
  std::string Dialect() const override { return inner_.Dialect(); }

 protected:
  void RunInTransaction(app::TransactionMode mode, const std::function<app::Ending(app::Transaction&)>& work) override {
    if (down) throw app::StorageError("connection refused");
    if (racing && mode == app::TransactionMode::Write) throw app::SerializationFailure("could not serialize access");
    RunInTransactionOf(inner_, mode, work);
  }

 private:
  app::Store& inner_;
};

class DatabaseDown : public ::testing::Test {
 protected:
  void SetUp() override {
    app::InitialiseCrypto();
    inner_ = database_.Open();
    store_ = std::make_unique<SwitchableStore>(*inner_);
    services_ = std::make_unique<app::Services>(*store_);
    app::AuthSettings auth_settings;
    auth_settings.password_hash_cost = app::PasswordHashCost::Minimal;
    services_->Add(std::make_unique<app::AuthService>(*store_, auth_settings));
    services_->Add(std::make_unique<app::OutboundMail>(app::MailSettings{}, nullptr));  // mail off
    services_->Add(std::make_unique<app::JobRegistry>());
    services_->Add(std::make_unique<app::ReminderSettings>());
    cli::ProvideModuleServices(*services_);
    web::PortalOptions options;
    options.csrf_key = "test-key";
    const char* static_dir = std::getenv("LP_TEST_STATIC_DIR");
    portal_ = std::make_unique<web::Portal>(*services_, cli::ModulePages(),
                                            static_dir ? web::StaticFiles::Load(static_dir) : web::StaticFiles::Empty(),
                                            metrics_, options);
  }

  web::Response Send(web::Method method, std::string path, std::string body = {},
                     std::map<std::string, std::string> headers = {}) {
    web::Request request;
    request.method = method;
    request.method_name = std::string(web::MethodName(method));
    request.path = path;
    request.target = path;
    request.body = std::move(body);
    request.remote_address = "127.0.0.1";
    for (auto& [name, value] : headers) request.headers.emplace(name, value);
    return portal_->Handle(request);
  }

  lp::test::TestDatabase database_;
  std::unique_ptr<app::Store> inner_;
  std::unique_ptr<SwitchableStore> store_;
  std::unique_ptr<app::Services> services_;
  web::Metrics metrics_;
  std::unique_ptr<web::Portal> portal_;
};

TEST_F(DatabaseDown, HealthCheckSays503) {
  EXPECT_EQ(Send(web::Method::Get, "/healthz").status, 200);
  store_->down = true;
  const auto response = Send(web::Method::Get, "/healthz");
  EXPECT_EQ(response.status, 503);
  EXPECT_THAT(response.body, HasSubstr("\"database\":\"unavailable\""));
}

TEST_F(DatabaseDown, PagesSayInDanishThatNothingWasSaved) {
  store_->down = true;
  const auto cookie = "lp_csrf=" + std::string(43, 'a') + "; lp_session=" + std::string(43, 'b');
  const auto response = Send(web::Method::Get, "/", {}, {{"Cookie", cookie}});
  EXPECT_EQ(response.status, 503);
  EXPECT_THAT(response.body, HasSubstr("Portalen er midlertidigt utilgængelig"));
  EXPECT_THAT(response.body, HasSubstr("Intet blev gemt"));
}

TEST_F(DatabaseDown, LoginAttemptGets503AndRecordsNothing) {
  const std::string csrf_cookie(43, 'c');
  const auto token = app::HmacToken("test-key", csrf_cookie);
  store_->down = true;
  const auto response =
      Send(web::Method::Post, "/log-ind", "email=a%40example.test&password=x&_csrf=" + token,
           {{"Cookie", "lp_csrf=" + csrf_cookie}, {"Content-Type", "application/x-www-form-urlencoded"}});
  EXPECT_EQ(response.status, 503);
  store_->down = false;
  const auto failures = store_->Read([](app::Transaction& tx) {
    return tx.Get<app::LoginAttemptRepository>().CountFailuresSince(app::ThrottleKey::Account, "a@example.test",
                                                                    domain::FromUnixSeconds(0));
  });
  EXPECT_EQ(failures, 0);
}

// A write that keeps losing races is a conflict to try again, not a database that is down.
TEST_F(DatabaseDown, AWriteThatLosesItsRacesGets409InDanishNot503) {
  const std::string csrf_cookie(43, 'c');
  const auto token = app::HmacToken("test-key", csrf_cookie);
  store_->racing = true;
  const auto response =
      Send(web::Method::Post, "/log-ind", "email=a%40example.test&password=x&_csrf=" + token,
           {{"Cookie", "lp_csrf=" + csrf_cookie}, {"Content-Type", "application/x-www-form-urlencoded"}});
  EXPECT_EQ(response.status, 409);
  EXPECT_THAT(response.body, HasSubstr("intet er gemt"));
}

TEST_F(DatabaseDown, ApiGetsJson503) {
  store_->down = true;
  const auto response = Send(web::Method::Get, "/api/v1/mig", {}, {{"Cookie", "lp_session=" + std::string(43, 'b')}});
  EXPECT_EQ(response.status, 503);
  EXPECT_THAT(response.Header("Content-Type").value_or(""), HasSubstr("application/json"));
}

class Shutdown : public PortalTest {
  void Configure(std::map<std::string, std::string>& settings) override { settings["log_level"] = "debug"; }
};

TEST_F(Shutdown, StopFinishesTheRequestInFlightAndClosesIdleConnections) {
  HttpConnection idle("127.0.0.1", port());
  idle.SendRaw("GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n");
  ASSERT_TRUE(idle.ReadResponse());  // now idle on keep-alive

  // A request whose body is still arriving when the stop begins is answered before the server exits.
  HttpConnection busy("127.0.0.1", port());
  busy.SendRaw(
      "POST /log-ind HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-urlencoded\r\n"
      "Content-Length: 13\r\n\r\nemail");
  std::this_thread::sleep_for(std::chrono::milliseconds(200));
  portal_->Stop();
  EXPECT_TRUE(idle.WaitForClose(std::chrono::seconds{3})) << "idle keep-alive connections are closed at once";
  busy.SendRaw("=a%40b.c");
  const auto response = busy.ReadResponse();
  ASSERT_TRUE(response) << "the in-flight request still gets its answer";
  EXPECT_EQ(response->status, 403);  // no CSRF token: refused, but answered
  EXPECT_TRUE(response->closed);
  thread_.join();
  portal_.reset();
}

}  // namespace
}  // namespace lp::testing
