#pragma once

#include <gtest/gtest.h>

#include <cstdlib>
#include <map>
#include <memory>
#include <string>
#include <thread>

#include "cli/bootstrap.hpp"
#include "support/http_client.hpp"
#include "support/organisation_rows.hpp"
#include "support/test_database.hpp"

namespace lp::testing {

inline const char* const kPassword = "Korrekt-Hest-Batteri-9";

// Starts the real portal (same composition as `ledelsesportal serve`) on a free loopback port,
// on a fresh database of the backend under test, for each test.
class PortalTest : public ::testing::Test {
 protected:
  // Tests may adjust settings before the portal starts.
  virtual void Configure(std::map<std::string, std::string>& /*settings*/) {}

  void SetUp() override {
    std::map<std::string, std::string> settings{{"database_url", database_.url()},
                                                {"listen", "127.0.0.1:0"},
                                                {"log_level", "warn"},
                                                {"shutdown_grace_seconds", "5"},
                                                {"scheduler_seconds", "0"}};  // jobs run when a test says
    if (const char* dir = std::getenv("LP_TEST_STATIC_DIR")) settings["static_dir"] = dir;
    Configure(settings);
    config_ = std::make_unique<cli::Config>(cli::Config::FromMap(settings));
    // Accounts are hashed at the minimal argon2id cost (the interactive cost would dominate the suite's
    // time under the sanitizers; the production cost has its own test in tests/unit/platform), and the
    // static assets are read once per process rather than once per test.
    cli::PortalTestOverrides overrides;
    overrides.password_hash_cost = app::PasswordHashCost::Minimal;
    if (const auto dir = settings.find("static_dir"); dir != settings.end()) {
      overrides.static_files = StaticFilesOf(dir->second);
    }
    portal_ = std::make_unique<cli::PortalInstance>(*config_, overrides);
    port_ = portal_->Listen();
    thread_ = std::thread([this] { portal_->Run(false); });
  }

  void TearDown() override {
    if (portal_) {
      portal_->Stop();
      thread_.join();
      portal_.reset();
    }
  }

  // The assets of a folder, loaded on first use and kept for the rest of the process.
  static const web::StaticFiles& StaticFilesOf(const std::string& folder) {
    static std::map<std::string, web::StaticFiles> loaded;
    auto it = loaded.find(folder);
    if (it == loaded.end()) it = loaded.emplace(folder, web::StaticFiles::Load(folder)).first;
    return it->second;
  }

  HttpClient Client() const { return HttpClient("127.0.0.1", port_); }
  unsigned short port() const { return port_; }
  cli::PortalInstance& portal() { return *portal_; }

  domain::UserId CreateUser(const std::string& email, std::vector<domain::Role> roles,
                            const std::string& name = "Test Testesen") {
    auto created = portal_->auth().CreateAccount({email, name, std::move(roles), kPassword});
    EXPECT_TRUE(created.ok());
    return created.ok() ? created.value() : 0;
  }

  // Writes the organisation as an import would (with its import run) and returns the portal's
  // snapshot of it, reloaded.
  std::shared_ptr<const app::OrganisationSnapshot> SeedOrganisation(const test::OrganisationRows& rows) {
    portal_->store().Write(
        [&](app::Transaction& tx) { test::WriteOrganisation(tx, rows, domain::FromUnixSeconds(1'780'000'000)); });
    portal_->organisation().Reload();
    return portal_->organisation().Current();
  }

  // Logs in through the login form and follows the redirect, as a browser would (the CSRF token of
  // the page it lands on belongs to the new session; the login page's is worth nothing after login).
  HttpClient SignedInClient(const std::string& email) {
    auto client = Client();
    client.Get("/log-ind");
    const auto response =
        client.PostForm("/log-ind", {{"email", email}, {"password", kPassword}, {"_csrf", client.csrf_token()}});
    EXPECT_EQ(response.status, 303) << response.body;
    client.Get(response.Header("location"));
    return client;
  }

  lp::test::TestDatabase database_;
  std::unique_ptr<cli::Config> config_;
  std::unique_ptr<cli::PortalInstance> portal_;
  unsigned short port_ = 0;
  std::thread thread_;
};

}  // namespace lp::testing
