#pragma once

#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "app/platform/transaction.hpp"
#include "domain/platform/role.hpp"
#include "domain/platform/time.hpp"
#include "domain/platform/user.hpp"

namespace lp::app {

// Thrown by storage implementations when the database cannot be reached or fails.
// Caught once at the web/CLI boundary (503 / exit code), never shown with details to users.
class StorageError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// Thrown when a write lost a race with a concurrent one; nothing of its unit of work is kept.
// Store::Write turns it into a Conflict for work that returns a Result; the web layer answers 409.
class WriteConflict : public StorageError {
 public:
  using StorageError::StorageError;
};

// A write broke a uniqueness or foreign-key constraint (e.g. a key another writer took meanwhile).
class ConstraintViolation : public WriteConflict {
 public:
  using WriteConflict::WriteConflict;
};

// The database aborted the unit of work because of a concurrent one (PostgreSQL: SQLSTATE 40001
// serialisation failure, 40P01 deadlock). Write units run one at a time, so this is not expected of
// them; it is mapped so that it can never show as a database that is down.
class SerializationFailure : public WriteConflict {
 public:
  using WriteConflict::WriteConflict;
};

struct NewUser {
  std::string email;  // normalised
  std::string name;
  std::vector<domain::Role> roles;
  std::optional<std::string> password_hash;  // argon2id string; empty for SSO-only accounts later
  domain::Timestamp created_at{};
  std::vector<domain::RoleScope> scopes;  // of scopable roles among `roles` (see domain::RoleScope)
};

struct UserWithCredentials {
  domain::User user;
  std::optional<std::string> password_hash;
};

class UserRepository {
 public:
  virtual ~UserRepository() = default;
  virtual domain::UserId Create(const NewUser& user) = 0;
  virtual std::optional<UserWithCredentials> FindByEmail(const std::string& normalized_email) = 0;
  virtual std::optional<domain::User> FindById(domain::UserId id) = 0;
  virtual void SetPasswordHash(domain::UserId id, const std::string& password_hash) = 0;
  virtual void SetRoles(domain::UserId id, const std::vector<domain::Role>& roles) = 0;
  // Replaces every scope of the user. A unit that does not exist throws ConstraintViolation.
  virtual void SetRoleScopes(domain::UserId id, const std::vector<domain::RoleScope>& scopes) = 0;
  virtual long long Count() = 0;
};

// A server-side login session. Only the SHA-256 of the random token is stored.
struct SessionRecord {
  std::string token_hash;  // hex
  domain::UserId user_id = 0;
  std::string auth_method;  // "local" now; "oidc"/"saml" later
  domain::Timestamp created_at{};
  domain::Timestamp last_seen_at{};
  domain::Timestamp expires_at{};  // absolute expiry
  std::string user_agent;          // shown on the profile page, truncated
  std::string remote_address;
};

class SessionRepository {
 public:
  virtual ~SessionRepository() = default;
  virtual void Create(const SessionRecord& session) = 0;
  virtual std::optional<SessionRecord> FindByTokenHash(const std::string& token_hash) = 0;
  virtual void Touch(const std::string& token_hash, domain::Timestamp last_seen_at) = 0;
  virtual void Delete(const std::string& token_hash) = 0;
  virtual void DeleteForUser(domain::UserId user_id) = 0;
  virtual std::vector<SessionRecord> ListForUser(domain::UserId user_id) = 0;
  // Removes sessions whose absolute expiry has passed or that have been idle since before idle_cutoff.
  virtual long long DeleteExpired(domain::Timestamp now, domain::Timestamp idle_cutoff) = 0;
};

// Failed logins are counted per account (e-mail), per client address, and per pair of the two
// (AuthService::Login's throttle keys on the pair and the address; the account's count is history).
enum class ThrottleKey { Account, Address, AccountAddress };

class LoginAttemptRepository {
 public:
  virtual ~LoginAttemptRepository() = default;
  virtual void RecordFailure(ThrottleKey kind, const std::string& key, domain::Timestamp at) = 0;
  virtual long long CountFailuresSince(ThrottleKey kind, const std::string& key, domain::Timestamp since) = 0;
  // The time of the newest failure recorded for the key; none when there is none.
  virtual std::optional<domain::Timestamp> LastFailureAt(ThrottleKey kind, const std::string& key) = 0;
  virtual void Clear(ThrottleKey kind, const std::string& key) = 0;
  virtual long long DeleteOlderThan(domain::Timestamp cutoff) = 0;
};

// Small key/value settings shared by all portal nodes (e.g. the CSRF signing key).
class SettingRepository {
 public:
  virtual ~SettingRepository() = default;
  virtual std::optional<std::string> Get(const std::string& key) = 0;
  // Inserts when absent; returns the value that is stored afterwards (another node may have won).
  virtual std::string InsertIfAbsent(const std::string& key, const std::string& value) = 0;
};

// Change counters: each is bumped by database triggers in the same transaction as every change to the
// tables it watches (migration 011), whichever process or node makes the change. A reader keeps data
// derived from those tables for as long as the counter stands (FollowUpService's cache).
inline constexpr std::string_view kFollowUpCounter = "followup";  // rounds, plans, activities,
                                                                  // translations, MED discussions
class ChangeCounterRepository {
 public:
  virtual ~ChangeCounterRepository() = default;
  // 0 for a counter that does not exist.
  virtual long long Version(std::string_view counter) = 0;
};

// Security-relevant events and access to personal data (who, what, when). Append-only.
struct AuditEvent {
  domain::Timestamp at{};
  std::optional<domain::UserId> actor_user_id;
  std::string action;   // e.g. "login.succeeded", "login.failed", "session.revoked"
  std::string subject;  // what it concerns, e.g. "user:42"
  std::string remote_address;
  std::string details;  // short free text; never passwords or tokens
};

class AuditRepository {
 public:
  virtual ~AuditRepository() = default;
  virtual void Append(const AuditEvent& event) = 0;
  virtual std::vector<AuditEvent> ListRecent(int limit) = 0;
};

}  // namespace lp::app
