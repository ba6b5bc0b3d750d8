#include "cli/config.hpp"

#include <array>
#include <charconv>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <stdexcept>

namespace lp::cli {
namespace {

constexpr std::array kSettings = {
    Setting{"database_url", "LP_DATABASE_URL",
            "Database: sqlite:///absolute/path.db or postgresql://user:password@host:port/name", ""},
    Setting{"sqlite_synchronous", "LP_SQLITE_SYNCHRONOUS",
            "SQLite only: full (a commit survives a power cut) or normal (survives a crash of the portal, may lose "
            "the last commits on power loss; faster on slow disks)",
            "full"},
    Setting{"listen", "LP_LISTEN", "Address and port to serve HTTP on", "127.0.0.1:8080"},
    Setting{"static_dir", "LP_STATIC_DIR", "Folder with the built static assets", LP_DEFAULT_STATIC_DIR},
    Setting{"network_threads", "LP_NETWORK_THREADS", "Threads that parse and write HTTP", "2"},
    Setting{"db_pool_size", "LP_DB_POOL_SIZE", "Database connections (and handler threads)", "4"},
    Setting{"max_header_bytes", "LP_MAX_HEADER_BYTES", "Largest accepted request header block in bytes", "16384"},
    Setting{"max_body_bytes", "LP_MAX_BODY_BYTES", "Largest accepted request body in bytes", "1048576"},
    Setting{"max_upload_bytes", "LP_MAX_UPLOAD_BYTES",
            "Largest accepted HR import upload (units.csv and people.csv together) in bytes", "33554432"},
    Setting{"header_timeout_seconds", "LP_HEADER_TIMEOUT_SECONDS",
            "Seconds a client has to send a request's headers (also the keep-alive idle time)", "15"},
    Setting{"body_timeout_seconds", "LP_BODY_TIMEOUT_SECONDS", "Seconds a client has to send a request's body", "30"},
    Setting{"shutdown_grace_seconds", "LP_SHUTDOWN_GRACE_SECONDS",
            "Seconds in-flight requests get to finish on SIGTERM/SIGINT", "20"},
    Setting{"session_idle_minutes", "LP_SESSION_IDLE_MINUTES", "A session ends after this many idle minutes", "120"},
    Setting{"session_absolute_hours", "LP_SESSION_ABSOLUTE_HOURS", "A session ends this many hours after login", "12"},
    Setting{"login_max_failures_per_account", "LP_LOGIN_MAX_FAILURES_PER_ACCOUNT",
            "Failed logins per account from one address within 15 minutes before each further attempt from that "
            "address waits (1 s, doubling with each failure, at most 15 minutes)",
            "5"},
    Setting{"login_max_failures_per_address", "LP_LOGIN_MAX_FAILURES_PER_ADDRESS",
            "Failed logins per client address (all accounts) within 15 minutes before each further attempt from it "
            "waits (1 s, doubling, at most 1 minute)",
            "50"},
    Setting{"secure_cookies", "LP_SECURE_COOKIES", "true when users reach the portal over HTTPS (Secure cookies, HSTS)",
            "false"},
    Setting{"trusted_proxies", "LP_TRUSTED_PROXIES",
            "Comma-separated proxy addresses whose X-Forwarded-For/-Proto are trusted", ""},
    Setting{"metrics_token", "LP_METRICS_TOKEN",
            "Bearer token for /metrics from other hosts (loopback is always allowed)", ""},
    Setting{"log_level", "LP_LOG_LEVEL", "trace, debug, info, warn or error", "info"},
    Setting{"import_max_deactivation_share", "LP_IMPORT_MAX_DEACTIVATION_SHARE",
            "Largest share (0 to 1) of the active people or units an import may deactivate without --force", "0.10"},
    Setting{"smtp_url", "LP_SMTP_URL",
            "Mail server: smtp://host:587 (STARTTLS) or smtps://host:465; empty: mail is off, the inbox still works",
            ""},
    Setting{"smtp_user", "LP_SMTP_USER", "User name for the mail server (empty: no login)", ""},
    Setting{"smtp_password", "LP_SMTP_PASSWORD", "Password for the mail server", ""},
    Setting{"mail_from", "LP_MAIL_FROM", "The portal's sender address, e.g. ledelsesportalen@rm.dk", ""},
    Setting{"public_url", "LP_PUBLIC_URL",
            "The address people reach the portal at, for links in mail and calendars (default: http://LP_LISTEN)", ""},
    Setting{"reminder_quiet_hours", "LP_REMINDER_QUIET_HOURS",
            "Hours within which nobody gets two reminders about the same thing (activities, plan deadlines)", "72"},
    Setting{"scheduler_seconds", "LP_SCHEDULER_SECONDS",
            "Seconds between the scheduler's looks for due jobs (reminders, mail, digests); 0: no scheduler", "30"},
};

std::string Trim(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t' || text.back() == '\r')) text.remove_suffix(1);
  return std::string(text);
}

const Setting* FindSetting(std::string_view key) {
  for (const auto& setting : kSettings) {
    if (setting.key == key) return &setting;
  }
  return nullptr;
}

}  // namespace

std::span<const Setting> Settings() { return kSettings; }

std::string SettingsHelp() {
  std::string help = "Configuration (file key = value; the environment variable wins over the file):\n";
  for (const auto& setting : kSettings) {
    help += "  " + std::string(setting.env) + " / " + std::string(setting.key) + "\n      " +
            std::string(setting.description);
    if (!setting.default_value.empty()) help += " (default: " + std::string(setting.default_value) + ")";
    help += "\n";
  }
  return help;
}

Config Config::Load(const std::optional<std::string>& file) {
  Config config;
  for (const auto& setting : kSettings) config.values_[std::string(setting.key)] = std::string(setting.default_value);
  if (file) {
    std::ifstream in(*file);
    if (!in) throw std::runtime_error("cannot read configuration file " + *file);
    std::string line;
    int number = 0;
    while (std::getline(in, line)) {
      ++number;
      const auto text = Trim(line);
      if (text.empty() || text.front() == '#') continue;
      const auto eq = text.find('=');
      if (eq == std::string::npos) {
        throw std::runtime_error(*file + ":" + std::to_string(number) + ": expected key = value");
      }
      const auto key = Trim(std::string_view(text).substr(0, eq));
      if (FindSetting(key) == nullptr) {
        throw std::runtime_error(*file + ":" + std::to_string(number) + ": unknown setting '" + key + "'");
      }
      config.values_[key] = Trim(std::string_view(text).substr(eq + 1));
    }
  }
  for (const auto& setting : kSettings) {
    if (const char* value = std::getenv(std::string(setting.env).c_str()); value != nullptr) {
      config.values_[std::string(setting.key)] = value;
    }
  }
  return config;
}

Config Config::FromMap(const std::map<std::string, std::string>& values) {
  Config config;
  for (const auto& setting : kSettings) config.values_[std::string(setting.key)] = std::string(setting.default_value);
  for (const auto& [key, value] : values) config.values_[key] = value;
  return config;
}

std::string Config::Get(std::string_view key) const {
  const auto it = values_.find(key);
  return it == values_.end() ? std::string{} : it->second;
}

void Config::Set(std::string_view key, std::string value) { values_[std::string(key)] = std::move(value); }

long long Config::GetInt(std::string_view key, long long min, long long max) const {
  const auto text = Get(key);
  long long value = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  const auto* setting = FindSetting(key);
  const std::string name = setting ? std::string(setting->env) : std::string(key);
  if (error != std::errc{} || end != text.data() + text.size() || value < min || value > max) {
    throw std::runtime_error(name + " must be a whole number from " + std::to_string(min) + " to " +
                             std::to_string(max) + ", not '" + text + "'");
  }
  return value;
}

bool Config::GetBool(std::string_view key) const {
  const auto text = Get(key);
  if (text == "true" || text == "1" || text == "yes") return true;
  if (text == "false" || text == "0" || text == "no" || text.empty()) return false;
  const auto* setting = FindSetting(key);
  throw std::runtime_error(std::string(setting ? setting->env : key) + " must be true or false, not '" + text + "'");
}

std::vector<std::string> Config::GetList(std::string_view key) const {
  std::vector<std::string> items;
  std::string_view text = values_.count(key) ? std::string_view(values_.find(key)->second) : std::string_view{};
  while (!text.empty()) {
    const auto comma = text.find(',');
    auto item = Trim(text.substr(0, comma));
    if (!item.empty()) items.push_back(std::move(item));
    if (comma == std::string_view::npos) break;
    text.remove_prefix(comma + 1);
  }
  return items;
}

}  // namespace lp::cli
