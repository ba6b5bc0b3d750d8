#pragma once

#include <chrono>
#include <cstddef>
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

// The length rule of a password (ValidatePassword); the forms' hints are built from it.
inline constexpr std::size_t kMinPasswordLength = 12;
inline constexpr std::size_t kMaxPasswordLength = 1024;

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

// A signed-in person's change of their own password, as typed in the form.
struct PasswordChange {
  std::string current_password;
  std::string new_password;
  std::string repeated_password;
  std::string remote_address;
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
  // Changes the signed-in person's own password. The current password must be right (a wrong one
  // counts as a failed login and is throttled the same way), the new one must follow the rules
  // (NewPasswordErrors) and be typed the same twice. Every other session of the person ends, so
  // whoever knew the old password is signed out; this one stays. Returns how many sessions ended.
  // Invalid with field errors (current_password, new_password, repeated_password), or Throttled.
  Result<long long> ChangePassword(const CurrentSession& current, const PasswordChange& change);

  // `scopes` limit scopable roles among the account's roles to unit subtrees (domain::RoleScope);
  // none: those roles hold region-wide.
  Result<domain::UserId> CreateAccount(const NewAccount& account, const std::vector<domain::RoleScope>& scopes = {});
  long long PurgeExpired();

  const AuthSettings& settings() const { return settings_; }

  static std::vector<FieldError> ValidatePassword(const std::string& password);
  // The rules for a password a person chooses, as errors of `field`: those of ValidatePassword, and
  // not the person's e-mail address or name, and not one character repeated.
  static std::vector<FieldError> NewPasswordErrors(const std::string& password, const domain::User& user,
                                                   const std::string& field);

 private:
  StartedSession StartSession(Transaction& tx, const domain::User& user, const std::string& method,
                              const LoginAttempt& attempt);
  // How long a password attempt for `email` from `address` must still wait (0: none), and the
  // failure of one, counted per account, per address and per pair (see Login).
  std::chrono::seconds ThrottleWait(const std::string& email, const std::string& address);
  void RecordPasswordFailure(Transaction& tx, const std::string& email, const std::string& address,
                             std::optional<domain::UserId> actor, const std::string& action);

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
