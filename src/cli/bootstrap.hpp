#pragma once

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include "app/organisation/import_service.hpp"
#include "app/organisation/organisation_service.hpp"
#include "app/platform/auth_service.hpp"
#include "app/platform/jobs.hpp"
#include "app/platform/services.hpp"
#include "app/platform/store.hpp"
#include "cli/config.hpp"
#include "web/platform/metrics.hpp"
#include "web/platform/portal.hpp"
#include "web/platform/server.hpp"
#include "web/platform/static_files.hpp"

namespace lp::cli {

// The database URL from the configuration, or the default embedded database ./data/ledelsesportal.db.
std::string DatabaseUrl(const Config& config);
// Opens the configured store (the one place that picks SQLite or PostgreSQL); does not migrate.
std::unique_ptr<app::Store> OpenConfiguredStore(const Config& config);
app::AuthSettings AuthSettingsFrom(const Config& config);
// Loads the shipped default content (content/) into the tables that are still empty: the regional
// foundation and the dialogue library. Run after the migrations; returns one line per part loaded.
std::vector<std::string> LoadDefaultContent(app::Store& store);

struct ListenAddress {
  std::string host;
  unsigned short port = 0;
};
// "127.0.0.1:8080", "[::1]:8080", "0.0.0.0:80"; throws std::runtime_error otherwise.
ListenAddress ParseListen(const std::string& text);

// What only the test suites change in the composition; never read from the configuration or the
// environment, so a deployment cannot weaken it.
struct PortalTestOverrides {
  app::PasswordHashCost password_hash_cost = app::PasswordHashCost::Interactive;
  // The static assets, loaded once per test process instead of from static_dir for every portal.
  std::optional<web::StaticFiles> static_files;
};

// The composition root of the running portal: store, services, web application and server.
class PortalInstance {
 public:
  explicit PortalInstance(const Config& config, const PortalTestOverrides& overrides = {});
  ~PortalInstance();
  PortalInstance(const PortalInstance&) = delete;
  PortalInstance& operator=(const PortalInstance&) = delete;

  unsigned short Listen();
  // Serves until Stop() or (with handle_signals) SIGTERM/SIGINT; purges expired sessions and pending
  // imports meanwhile.
  void Run(bool handle_signals);
  void Stop();

  app::Store& store() { return *store_; }
  app::AuthService& auth() { return *auth_; }
  app::OrganisationService& organisation() { return *organisation_; }
  app::ImportService& import() { return *import_; }
  app::Services& services() { return *services_; }
  app::JobRegistry& jobs() { return *jobs_; }
  const web::Portal& web() const { return *portal_; }

 private:
  void Maintain();
  void Schedule();

  std::unique_ptr<app::Store> store_;
  std::unique_ptr<app::Services> services_;  // owns every service; the pointers below are into it
  app::AuthService* auth_ = nullptr;
  app::OrganisationService* organisation_ = nullptr;
  app::ImportService* import_ = nullptr;
  app::JobRegistry* jobs_ = nullptr;
  std::chrono::seconds scheduler_interval_{30};
  web::Metrics metrics_;
  std::unique_ptr<web::Portal> portal_;
  std::unique_ptr<web::Server> server_;
  std::mutex mutex_;
  std::condition_variable wake_;
  bool stopping_ = false;
};

}  // namespace lp::cli
