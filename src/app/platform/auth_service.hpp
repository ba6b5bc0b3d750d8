#pragma once

#include <chrono>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "app/platform/repositories.hpp"
#include "app/platform/result.hpp"
#include "app/platform/security.hpp"
#include "app/platform/store.hpp"
#include "domain/platform/user.hpp"

namespace lp::app {

using Clock = std::function<domain::Timestamp()>;
domain::Timestamp SystemNow();

struct AuthSettings {
  std::chrono::seconds idle_timeout{std::chrono::hours{2}};
  std::chrono::seconds absolute_timeout{std::chrono::hours{12}};
  std::chrono::seconds throttle_window{std::chrono::minutes{15}};
  int max_failures_per_account = 5;
  int max_failures_per_address = 50;
  // last_seen_at is written at most this often, so reading a page is not a write every time.
  std::chrono::seconds touch_interval{std::chrono::seconds{60}};
  // Always Interactive in production (not configurable); the test fixtures choose Minimal.
  PasswordHashCost password_hash_cost = PasswordHashCost::Interactive;
};

struct LoginAttempt {
  std::string email;
  std::string password;
  std::string remote_address;
  std::string user_agent;
};

struct StartedSession {
  std::string token;  // the only time the raw token exists: it goes into the cookie
  domain::User user;
  domain::Timestamp expires_at{};
};

struct CurrentSession {
  domain::User user;
  SessionRecord record;
};

struct NewAccount {
  std::string email;
  std::string name;
  std::vector<domain::Role> roles;
  std::string password;  // may be empty for an account that will sign in by SSO later
};

// Local accounts and server-side sessions. Authentication methods (local password now, OIDC/SAML
// later) each end in StartSession(); everything after that is the same for all of them.
class AuthService {
 public:
  AuthService(Store& store, AuthSettings settings, Clock clock = SystemNow);

  Result<StartedSession> Login(const LoginAttempt& attempt);
  // Returns the signed-in user when the token names a live session; refreshes its idle timer.
  std::optional<CurrentSession> Resume(const std::string& token);
  void Logout(const std::string& token, const std::string& remote_address);
  // Ends every session of the user except the one given (by its token hash).
  long long EndOtherSessions(const CurrentSession& current, const std::string& remote_address);
  std::vector<SessionRecord> Sessions(domain::UserId user_id);

  // `scopes` limit scopable roles among the account's roles to unit subtrees (domain::RoleScope);
  // none: those roles hold region-wide.
  Result<domain::UserId> CreateAccount(const NewAccount& account, const std::vector<domain::RoleScope>& scopes = {});
  long long PurgeExpired();

  const AuthSettings& settings() const { return settings_; }

  static std::vector<FieldError> ValidatePassword(const std::string& password);

 private:
  StartedSession StartSession(Transaction& tx, const domain::User& user, const std::string& method,
                              const LoginAttempt& attempt);

  Store& store_;
  AuthSettings settings_;
  Clock clock_;
  std::string dummy_hash_;  // verified against when the account is unknown, so timing reveals nothing
};

// A secret shared by all portal nodes, created on first use (e.g. the CSRF signing key).
std::string LoadOrCreateSecret(Store& store, const std::string& name);

// The key under which failed logins of one account from one address are counted
// (ThrottleKey::AccountAddress).
std::string ThrottlePairKey(const std::string& normalized_email, const std::string& address);

}  // namespace lp::app
