#include "cli/bootstrap.hpp"

#include <fmt/format.h>
#include <spdlog/spdlog.h>

#include <charconv>
#include <filesystem>

#include "app/dialogue/dialogue_service.hpp"
#include "app/foundation/foundation_service.hpp"
#include "app/notifications/notifier.hpp"
#include "app/platform/jobs.hpp"
#include "app/platform/outbound_mail.hpp"
#include "cli/modules.hpp"
#include "storage/platform/open_store.hpp"
#include "storage/platform/smtp_mail_transport.hpp"

namespace lp::cli {

std::string DatabaseUrl(const Config& config) {
  auto url = config.Get("database_url");
  if (!url.empty()) return url;
  const auto folder = std::filesystem::absolute("data");
  std::filesystem::create_directories(folder);
  return "sqlite://" + (folder / "ledelsesportal.db").string();
}

std::unique_ptr<app::Store> OpenConfiguredStore(const Config& config) {
  storage::StoreOptions options;
  options.pool_size = static_cast<int>(config.GetInt("db_pool_size", 1, 256));
  options.repositories = ModuleRepositories();
  const auto sync = config.Get("sqlite_synchronous");
  if (sync == "full") {
    options.sqlite_sync = storage::SqliteSync::Full;
  } else if (sync == "normal") {
    options.sqlite_sync = storage::SqliteSync::Normal;
  } else {
    throw std::runtime_error("LP_SQLITE_SYNCHRONOUS must be full or normal, not '" + sync + "'");
  }
  return storage::OpenStore(DatabaseUrl(config), options);
}

app::AuthSettings AuthSettingsFrom(const Config& config) {
  app::AuthSettings settings;
  settings.idle_timeout = std::chrono::minutes{config.GetInt("session_idle_minutes", 1, 24LL * 60)};
  settings.absolute_timeout = std::chrono::hours{config.GetInt("session_absolute_hours", 1, 24LL * 30)};
  settings.max_failures_per_account = static_cast<int>(config.GetInt("login_max_failures_per_account", 1, 1000));
  settings.max_failures_per_address = static_cast<int>(config.GetInt("login_max_failures_per_address", 1, 100000));
  return settings;
}

ListenAddress ParseListen(const std::string& text) {
  const auto colon = text.rfind(':');
  if (colon == std::string::npos || colon == 0 || colon + 1 == text.size()) {
    throw std::runtime_error("LP_LISTEN must be host:port, e.g. 127.0.0.1:8080, not '" + text + "'");
  }
  ListenAddress address;
  address.host = text.substr(0, colon);
  if (address.host.size() > 2 && address.host.front() == '[' && address.host.back() == ']') {
    address.host = address.host.substr(1, address.host.size() - 2);
  }
  const auto port_text = std::string_view(text).substr(colon + 1);
  unsigned int port = 0;
  const auto [end, error] = std::from_chars(port_text.data(), port_text.data() + port_text.size(), port);
  if (error != std::errc{} || end != port_text.data() + port_text.size() || port > 65535) {
    throw std::runtime_error("LP_LISTEN has an invalid port: '" + text + "'");
  }
  address.port = static_cast<unsigned short>(port);
  return address;
}

std::vector<std::string> LoadDefaultContent(app::Store& store) {
  std::vector<std::string> loaded;
  if (const auto documents = app::FoundationService::LoadDefaultContent(store); documents > 0) {
    loaded.push_back(fmt::format("loaded the default text of {} leadership foundation document(s)", documents));
  }
  if (const auto cards = app::DialogueService::LoadDefaultContent(store); cards > 0) {
    loaded.push_back(fmt::format("loaded {} dialogue cards into the empty library", cards));
  }
  return loaded;
}

// Outbound mail from LP_SMTP_URL and friends; off (with the reason logged) when it is not set or cannot
// be used. The portal serves either way.
std::unique_ptr<app::OutboundMail> MakeOutboundMail(const Config& config) {
  app::MailSettings settings;
  settings.from_address = config.Get("mail_from");
  settings.public_url = config.Get("public_url");
  if (settings.public_url.empty()) settings.public_url = "http://" + config.Get("listen");
  const auto url = config.Get("smtp_url");
  settings.smtp_description = url.substr(0, url.find('?'));
  if (const auto at = settings.smtp_description.find('@'); at != std::string::npos) {
    settings.smtp_description.erase(settings.smtp_description.find("://") + 3,
                                    at + 1 - (settings.smtp_description.find("://") + 3));
  }
  std::unique_ptr<app::MailTransport> transport;
  if (url.empty()) {
    spdlog::info("mail is off: LP_SMTP_URL is not set (notifications stay in the portal's inbox)");
  } else if (settings.from_address.empty()) {
    spdlog::error("mail is off: LP_SMTP_URL is set but LP_MAIL_FROM is not");
  } else {
    try {
      storage::SmtpSettings smtp;
      smtp.url = url;
      smtp.user = config.Get("smtp_user");
      smtp.password = config.Get("smtp_password");
      smtp.timeout = std::chrono::seconds{20};
      transport = std::make_unique<storage::SmtpMailTransport>(std::move(smtp));
      spdlog::info("mail is on: {} as {}", settings.smtp_description, settings.from_address);
    } catch (const std::invalid_argument& error) {
      spdlog::error("mail is off: LP_SMTP_URL cannot be used: {}", error.what());
    }
  }
  return std::make_unique<app::OutboundMail>(std::move(settings), std::move(transport));
}

PortalInstance::PortalInstance(const Config& config, const PortalTestOverrides& overrides) {
  spdlog::set_level(spdlog::level::from_str(config.Get("log_level")));
  store_ = OpenConfiguredStore(config);
  for (const auto& migration : store_->Migrate()) {
    spdlog::info("applied migration {:03} {}", migration.version, migration.name);
  }
  for (const auto& line : LoadDefaultContent(*store_)) spdlog::info("{}", line);
  // The services: the platform's own, then every module's in the order of the module list.
  services_ = std::make_unique<app::Services>(*store_);
  auto auth_settings = AuthSettingsFrom(config);
  auth_settings.password_hash_cost = overrides.password_hash_cost;
  auth_ = &services_->Add(std::make_unique<app::AuthService>(*store_, auth_settings));
  services_->Add(MakeOutboundMail(config));
  jobs_ = &services_->Add(std::make_unique<app::JobRegistry>());
  services_->Add(std::make_unique<app::ReminderSettings>(
      app::ReminderSettings{std::chrono::hours{config.GetInt("reminder_quiet_hours", 0, 24LL * 365)}}));
  scheduler_interval_ = std::chrono::seconds{config.GetInt("scheduler_seconds", 0, 86400)};
  jobs_->SetSchedulerInterval(scheduler_interval_);
  ProvideModuleServices(*services_);
  // The organisation snapshot is built before the first request: the first page then never waits for it.
  organisation_ = &services_->Get<app::OrganisationService>();
  organisation_->Reload();
  if (const auto rejected = organisation_->Current()->rejected_problems; rejected > 0) {
    spdlog::warn("the stored organisation has {} problem(s) and is not shown; run an HR import", rejected);
  }
  import_ = &services_->Get<app::ImportService>();

  web::PortalOptions options;
  options.secure_cookies = config.GetBool("secure_cookies");
  options.trusted_proxies = config.GetList("trusted_proxies");
  options.metrics_token = config.Get("metrics_token");
  options.csrf_key = app::LoadOrCreateSecret(*store_, "csrf_key");
  options.max_upload_bytes = static_cast<std::size_t>(config.GetInt("max_upload_bytes", 1024, 1024LL * 1024 * 1024));
  auto assets = overrides.static_files ? *overrides.static_files : web::StaticFiles::Load(config.Get("static_dir"));
  portal_ = std::make_unique<web::Portal>(*services_, ModulePages(), std::move(assets), metrics_, std::move(options));

  const auto listen = ParseListen(config.Get("listen"));
  web::ServerOptions server;
  server.host = listen.host;
  server.port = listen.port;
  server.network_threads = static_cast<int>(config.GetInt("network_threads", 1, 64));
  server.worker_threads = static_cast<int>(config.GetInt("db_pool_size", 1, 256));
  server.max_header_bytes = static_cast<std::size_t>(config.GetInt("max_header_bytes", 1024, 1024LL * 1024));
  server.max_body_bytes = static_cast<std::size_t>(config.GetInt("max_body_bytes", 1024, 1024LL * 1024 * 1024));
  server.header_timeout = std::chrono::seconds{config.GetInt("header_timeout_seconds", 1, 3600)};
  server.body_timeout = std::chrono::seconds{config.GetInt("body_timeout_seconds", 1, 3600)};
  server.shutdown_grace = std::chrono::seconds{config.GetInt("shutdown_grace_seconds", 0, 3600)};
  server_ = std::make_unique<web::Server>(server, *portal_, &metrics_);
}

PortalInstance::~PortalInstance() = default;

unsigned short PortalInstance::Listen() { return server_->Listen(); }

void PortalInstance::Maintain() {
  std::unique_lock lock(mutex_);
  while (!stopping_) {
    lock.unlock();
    try {
      if (const auto purged = auth_->PurgeExpired(); purged > 0) spdlog::info("purged {} expired sessions", purged);
      if (const auto purged = import_->PurgeExpired(); purged > 0) {
        spdlog::info("purged {} expired pending imports", purged);
      }
    } catch (const std::exception& error) {
      spdlog::warn("purging expired sessions or pending imports failed: {}", error.what());
    }
    lock.lock();
    wake_.wait_for(lock, std::chrono::minutes{10}, [this] { return stopping_; });
  }
}

// The scheduler: every scheduler_interval_, the due jobs of the modules (app/platform/jobs.hpp).
void PortalInstance::Schedule() {
  if (const auto* mail = &services_->Get<app::OutboundMail>(); mail->Enabled()) {
    if (const auto problem = mail->Transport()->Check()) {
      spdlog::error("the mail server does not answer as configured: {} (mail stays queued until it does)", *problem);
    }
  }
  const auto owner = app::ProcessOwner();
  std::unique_lock lock(mutex_);
  while (!stopping_) {
    lock.unlock();
    try {
      for (const auto& [job, outcome] : app::RunDueJobs(*store_, *jobs_, owner, app::SystemNow)) {
        if (outcome.ok) {
          spdlog::debug("job {}: {}", job, outcome.detail);
        } else {
          spdlog::error("job {} failed: {}", job, outcome.detail);
        }
      }
    } catch (const std::exception& error) {
      spdlog::warn("the scheduler could not run its jobs: {}", error.what());
    }
    lock.lock();
    wake_.wait_for(lock, scheduler_interval_, [this] { return stopping_; });
  }
}

void PortalInstance::Run(bool handle_signals) {
  {
    std::lock_guard lock(mutex_);
    stopping_ = false;
  }
  std::thread maintenance([this] { Maintain(); });
  std::thread scheduler;
  if (scheduler_interval_.count() > 0) scheduler = std::thread([this] { Schedule(); });
  server_->Run(handle_signals);
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  wake_.notify_all();
  maintenance.join();
  if (scheduler.joinable()) scheduler.join();
}

void PortalInstance::Stop() { server_->Stop(); }

}  // namespace lp::cli
