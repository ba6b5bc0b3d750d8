#include "storage/platform/transaction.hpp"

#include <algorithm>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>

#include "storage/platform/job_repository.hpp"
#include "storage/platform/rows.hpp"

namespace lp::storage {
namespace {

using domain::FromUnixSeconds;
using domain::ToUnixSeconds;

// Users, their roles and scopes.

constexpr std::string_view kInsertUser =
    "INSERT INTO users (email, name, password_hash, created_at) "
    "VALUES (:email, :name, :password_hash, :created_at) RETURNING id";
// CASE turns PostgreSQL's BOOLEAN and SQLite's 0/1 into the same integer.
constexpr std::string_view kSelectUsers =
    "SELECT id, email, name, password_hash, CASE WHEN active THEN 1 ELSE 0 END, created_at, person_id "
    "FROM users";
constexpr std::string_view kUserByEmail = "WHERE email = :key";
constexpr std::string_view kUserById = "WHERE id = :key";
constexpr std::string_view kFindUserByEmail = kJoined<kSelectUsers, kUserByEmail>;
constexpr std::string_view kFindUserById = kJoined<kSelectUsers, kUserById>;
constexpr std::string_view kSetPasswordHash = "UPDATE users SET password_hash = :password_hash WHERE id = :id";
constexpr std::string_view kCountUsers = "SELECT COUNT(*) FROM users";
constexpr std::string_view kRolesOfUser = "SELECT role FROM user_roles WHERE user_id = :user_id";
constexpr std::string_view kInsertRole = "INSERT INTO user_roles (user_id, role) VALUES (:user_id, :role)";
constexpr std::string_view kDeleteRoles = "DELETE FROM user_roles WHERE user_id = :id";
constexpr std::string_view kScopesOfUser =
    "SELECT role, unit_id FROM user_role_scopes WHERE user_id = :user_id ORDER BY role, unit_id";
constexpr std::string_view kInsertScope =
    "INSERT INTO user_role_scopes (user_id, role, unit_id) VALUES (:user_id, :role, :unit_id)";
constexpr std::string_view kDeleteScopes = "DELETE FROM user_role_scopes WHERE user_id = :id";

// Sessions.

constexpr std::string_view kInsertSession =
    "INSERT INTO sessions (token_hash, user_id, auth_method, created_at, last_seen_at, expires_at, "
    "user_agent, remote_address) VALUES (:token_hash, :user_id, :auth_method, :created_at, "
    ":last_seen_at, :expires_at, :user_agent, :remote_address)";
constexpr std::string_view kSelectSessions =
    "SELECT token_hash, user_id, auth_method, created_at, last_seen_at, expires_at, "
    "user_agent, remote_address FROM sessions";
constexpr std::string_view kSessionByTokenHash = "WHERE token_hash = :key";
constexpr std::string_view kSessionsOfUser = "WHERE user_id = :key";
constexpr std::string_view kLastSeenFirst = "ORDER BY last_seen_at DESC, token_hash";
constexpr std::string_view kFindSession = kJoined<kSelectSessions, kSessionByTokenHash, kLastSeenFirst>;
constexpr std::string_view kListSessionsOfUser = kJoined<kSelectSessions, kSessionsOfUser, kLastSeenFirst>;
constexpr std::string_view kTouchSession =
    "UPDATE sessions SET last_seen_at = :last_seen_at WHERE token_hash = :token_hash";
constexpr std::string_view kDeleteSession = "DELETE FROM sessions WHERE token_hash = :token_hash";
constexpr std::string_view kDeleteSessionsOfUser = "DELETE FROM sessions WHERE user_id = :user_id";
constexpr std::string_view kDeleteExpiredSessions =
    "DELETE FROM sessions WHERE expires_at <= :now OR "
    "last_seen_at < :idle_cutoff";

// Login failures, settings, change counters, audit events.

constexpr std::string_view kInsertLoginFailure = "INSERT INTO login_failures (kind, key, at) VALUES (:kind, :key, :at)";
constexpr std::string_view kCountLoginFailures =
    "SELECT COUNT(*) FROM login_failures WHERE kind = :kind AND key = :key AND at >= :since";
constexpr std::string_view kLastLoginFailure = "SELECT MAX(at) FROM login_failures WHERE kind = :kind AND key = :key";
constexpr std::string_view kClearLoginFailures = "DELETE FROM login_failures WHERE kind = :kind AND key = :key";
constexpr std::string_view kDeleteOldLoginFailures = "DELETE FROM login_failures WHERE at < :cutoff";

constexpr std::string_view kSelectSetting = "SELECT value FROM settings WHERE key = :key";
constexpr std::string_view kInsertSettingIfAbsent =
    "INSERT INTO settings (key, value) VALUES (:key, :value) ON CONFLICT (key) DO NOTHING";

constexpr std::string_view kSelectCounter = "SELECT version FROM change_counters WHERE name = :name";

constexpr std::string_view kInsertAuditEvent =
    "INSERT INTO audit_events (at, actor_user_id, action, subject, remote_address, details) "
    "VALUES (:at, :actor_user_id, :action, :subject, :remote_address, :details)";
constexpr std::string_view kListAuditEvents =
    "SELECT at, actor_user_id, action, subject, remote_address, details "
    "FROM audit_events ORDER BY at DESC, id DESC LIMIT :limit";

std::vector<domain::Role> SortedUnique(std::vector<domain::Role> roles) {
  // Iterator algorithms rather than std::ranges::unique: clang-tidy 14 cannot parse the latter
  // with libstdc++ 12.
  std::sort(roles.begin(), roles.end());
  roles.erase(std::unique(roles.begin(), roles.end()), roles.end());
  return roles;
}

// The columns of kSelectUsers (roles and scopes come from their own tables).
struct UserRow {
  long long id = 0;
  std::string email;
  std::string name;
  Nullable<std::string> password_hash;
  int active = 1;
  long long created_at = 0;
  Nullable<domain::PersonId> person;

  app::UserWithCredentials ToUserWithCredentials() const {
    app::UserWithCredentials found;
    found.user.id = static_cast<domain::UserId>(id);
    found.user.email = email;
    found.user.name = name;
    found.user.active = active != 0;
    found.user.created_at = FromUnixSeconds(created_at);
    found.user.person = person.Get();
    found.password_hash = password_hash.Get();
    return found;
  }
};

void Into(soci::statement& statement, UserRow& row) {
  statement.exchange(soci::into(row.id));
  statement.exchange(soci::into(row.email));
  statement.exchange(soci::into(row.name));
  statement.exchange(IntoNullable(row.password_hash));
  statement.exchange(soci::into(row.active));
  statement.exchange(soci::into(row.created_at));
  statement.exchange(IntoNullable(row.person));
}

// The column of kRolesOfUser.
struct RoleRow {
  std::string role;

  domain::Role ToRole() const { return DecodeCode(role, "user_roles.role", domain::ParseRole); }
};

void Into(soci::statement& statement, RoleRow& row) { statement.exchange(soci::into(row.role)); }

// The columns of kScopesOfUser.
struct ScopeRow {
  std::string role;
  long long unit = 0;

  domain::RoleScope ToScope() const {
    return {DecodeCode(role, "user_role_scopes.role", domain::ParseRole), static_cast<domain::UnitId>(unit)};
  }
};

void Into(soci::statement& statement, ScopeRow& row) {
  statement.exchange(soci::into(row.role));
  statement.exchange(soci::into(row.unit));
}

// The columns of kSelectSessions.
struct SessionRow {
  std::string token_hash;
  long long user_id = 0;
  std::string auth_method;
  long long created_at = 0;
  long long last_seen_at = 0;
  long long expires_at = 0;
  std::string user_agent;
  std::string remote_address;

  app::SessionRecord ToSession() const {
    return {token_hash,
            static_cast<domain::UserId>(user_id),
            auth_method,
            FromUnixSeconds(created_at),
            FromUnixSeconds(last_seen_at),
            FromUnixSeconds(expires_at),
            user_agent,
            remote_address};
  }
};

void Into(soci::statement& statement, SessionRow& row) {
  statement.exchange(soci::into(row.token_hash));
  statement.exchange(soci::into(row.user_id));
  statement.exchange(soci::into(row.auth_method));
  statement.exchange(soci::into(row.created_at));
  statement.exchange(soci::into(row.last_seen_at));
  statement.exchange(soci::into(row.expires_at));
  statement.exchange(soci::into(row.user_agent));
  statement.exchange(soci::into(row.remote_address));
}

// The columns of kListAuditEvents.
struct AuditRow {
  long long at = 0;
  Nullable<domain::UserId> actor;
  std::string action;
  std::string subject;
  std::string remote_address;
  std::string details;

  app::AuditEvent ToEvent() const {
    return {FromUnixSeconds(at), actor.Get(), action, subject, remote_address, details};
  }
};

void Into(soci::statement& statement, AuditRow& row) {
  statement.exchange(soci::into(row.at));
  statement.exchange(IntoNullable(row.actor));
  statement.exchange(soci::into(row.action));
  statement.exchange(soci::into(row.subject));
  statement.exchange(soci::into(row.remote_address));
  statement.exchange(soci::into(row.details));
}

class SociUserRepository final : public app::UserRepository {
 public:
  explicit SociUserRepository(UnitOfWork& unit) : unit_(unit) {}

  domain::UserId Create(const app::NewUser& user) override {
    return Guarded(unit_, [&] {
      long long id = 0;
      long long created_at = ToUnixSeconds(user.created_at);
      Nullable<std::string> password_hash(user.password_hash);
      Execute(unit_.sql, kInsertUser, soci::use(user.email, "email"), soci::use(user.name, "name"),
              UseNullable(password_hash, "password_hash"), soci::use(created_at, "created_at"), soci::into(id));
      InsertRoles(id, SortedUnique(user.roles));
      InsertScopes(id, user.scopes);
      return static_cast<domain::UserId>(id);
    });
  }

  std::optional<app::UserWithCredentials> FindByEmail(const std::string& normalized_email) override {
    return Guarded(unit_, [&] { return Find(kFindUserByEmail, normalized_email); });
  }

  std::optional<domain::User> FindById(domain::UserId id) override {
    return Guarded(unit_, [&]() -> std::optional<domain::User> {
      long long key = id;
      auto found = Find(kFindUserById, key);
      if (!found) return std::nullopt;
      return std::move(found->user);
    });
  }

  void SetPasswordHash(domain::UserId id, const std::string& password_hash) override {
    Guarded(unit_, [&] {
      long long key = id;
      Execute(unit_.sql, kSetPasswordHash, soci::use(password_hash, "password_hash"), soci::use(key, "id"));
    });
  }

  void SetRoles(domain::UserId id, const std::vector<domain::Role>& roles) override {
    Guarded(unit_, [&] {
      long long key = id;
      Execute(unit_.sql, kDeleteRoles, soci::use(key, "id"));
      InsertRoles(key, SortedUnique(roles));
    });
  }

  void SetRoleScopes(domain::UserId id, const std::vector<domain::RoleScope>& scopes) override {
    Guarded(unit_, [&] {
      long long key = id;
      Execute(unit_.sql, kDeleteScopes, soci::use(key, "id"));
      InsertScopes(key, scopes);
    });
  }

  long long Count() override {
    return Guarded(unit_, [&] {
      long long count = 0;
      unit_.sql << kCountUsers, soci::into(count);
      return count;
    });
  }

 private:
  void InsertRoles(long long user_id, const std::vector<domain::Role>& roles) {
    if (roles.empty()) return;
    std::string code;
    soci::statement insert = (unit_.sql.prepare << kInsertRole, soci::use(user_id, "user_id"), soci::use(code, "role"));
    for (domain::Role role : roles) {
      code = std::string(domain::RoleCode(role));
      insert.execute(true);
    }
  }

  void InsertScopes(long long user_id, std::vector<domain::RoleScope> scopes) {
    std::sort(scopes.begin(), scopes.end());
    scopes.erase(std::unique(scopes.begin(), scopes.end()), scopes.end());
    if (scopes.empty()) return;
    std::string code;
    long long unit = 0;
    soci::statement insert = (unit_.sql.prepare << kInsertScope, soci::use(user_id, "user_id"), soci::use(code, "role"),
                              soci::use(unit, "unit_id"));
    for (const auto& scope : scopes) {
      code = std::string(domain::RoleCode(scope.role));
      unit = scope.unit;  // NOLINT(clang-analyzer-deadcode.DeadStores): read through soci::use
      insert.execute(true);
    }
  }

  // `query` is kFindUserByEmail or kFindUserById, which bind the parameter :key.
  template <typename Key>
  std::optional<app::UserWithCredentials> Find(std::string_view query, const Key& key) {
    auto found = SelectFirst<UserRow>(unit_.sql, query, &UserRow::ToUserWithCredentials, soci::use(key, "key"));
    if (!found) return std::nullopt;
    long long user_id = found->user.id;
    found->user.roles =
        SortedUnique(SelectRows<RoleRow>(unit_.sql, kRolesOfUser, &RoleRow::ToRole, soci::use(user_id, "user_id")));
    found->user.scopes =
        SelectRows<ScopeRow>(unit_.sql, kScopesOfUser, &ScopeRow::ToScope, soci::use(user_id, "user_id"));
    std::sort(found->user.scopes.begin(), found->user.scopes.end());
    return found;
  }

  UnitOfWork& unit_;
};

class SociSessionRepository final : public app::SessionRepository {
 public:
  explicit SociSessionRepository(UnitOfWork& unit) : unit_(unit) {}

  void Create(const app::SessionRecord& session) override {
    Guarded(unit_, [&] {
      long long user_id = session.user_id;
      long long created_at = ToUnixSeconds(session.created_at);
      long long last_seen_at = ToUnixSeconds(session.last_seen_at);
      long long expires_at = ToUnixSeconds(session.expires_at);
      Execute(unit_.sql, kInsertSession, soci::use(session.token_hash, "token_hash"), soci::use(user_id, "user_id"),
              soci::use(session.auth_method, "auth_method"), soci::use(created_at, "created_at"),
              soci::use(last_seen_at, "last_seen_at"), soci::use(expires_at, "expires_at"),
              soci::use(session.user_agent, "user_agent"), soci::use(session.remote_address, "remote_address"));
    });
  }

  std::optional<app::SessionRecord> FindByTokenHash(const std::string& token_hash) override {
    return Guarded(unit_, [&] {
      return SelectFirst<SessionRow>(unit_.sql, kFindSession, &SessionRow::ToSession, soci::use(token_hash, "key"));
    });
  }

  void Touch(const std::string& token_hash, domain::Timestamp last_seen_at) override {
    Guarded(unit_, [&] {
      long long seen = ToUnixSeconds(last_seen_at);
      Execute(unit_.sql, kTouchSession, soci::use(seen, "last_seen_at"), soci::use(token_hash, "token_hash"));
    });
  }

  void Delete(const std::string& token_hash) override {
    Guarded(unit_, [&] { Execute(unit_.sql, kDeleteSession, soci::use(token_hash, "token_hash")); });
  }

  void DeleteForUser(domain::UserId user_id) override {
    Guarded(unit_, [&] {
      long long key = user_id;
      Execute(unit_.sql, kDeleteSessionsOfUser, soci::use(key, "user_id"));
    });
  }

  std::vector<app::SessionRecord> ListForUser(domain::UserId user_id) override {
    return Guarded(unit_, [&] {
      long long key = user_id;
      return SelectRows<SessionRow>(unit_.sql, kListSessionsOfUser, &SessionRow::ToSession, soci::use(key, "key"));
    });
  }

  long long DeleteExpired(domain::Timestamp now, domain::Timestamp idle_cutoff) override {
    return Guarded(unit_, [&] {
      long long now_seconds = ToUnixSeconds(now);
      long long cutoff_seconds = ToUnixSeconds(idle_cutoff);
      return Execute(unit_.sql, kDeleteExpiredSessions, soci::use(now_seconds, "now"),
                     soci::use(cutoff_seconds, "idle_cutoff"));
    });
  }

 private:
  UnitOfWork& unit_;
};

std::string KindCode(app::ThrottleKey kind) {
  switch (kind) {
    case app::ThrottleKey::Account: return "account";
    case app::ThrottleKey::Address: return "address";
    case app::ThrottleKey::AccountAddress: return "account_address";
  }
  return "account";
}

class SociLoginAttemptRepository final : public app::LoginAttemptRepository {
 public:
  explicit SociLoginAttemptRepository(UnitOfWork& unit) : unit_(unit) {}

  void RecordFailure(app::ThrottleKey kind, const std::string& key, domain::Timestamp at) override {
    Guarded(unit_, [&] {
      std::string kind_code = KindCode(kind);
      long long at_seconds = ToUnixSeconds(at);
      Execute(unit_.sql, kInsertLoginFailure, soci::use(kind_code, "kind"), soci::use(key, "key"),
              soci::use(at_seconds, "at"));
    });
  }

  long long CountFailuresSince(app::ThrottleKey kind, const std::string& key, domain::Timestamp since) override {
    return Guarded(unit_, [&] {
      std::string kind_code = KindCode(kind);
      long long since_seconds = ToUnixSeconds(since);
      long long count = 0;
      unit_.sql << kCountLoginFailures, soci::use(kind_code, "kind"), soci::use(key, "key"),
          soci::use(since_seconds, "since"), soci::into(count);
      return count;
    });
  }

  std::optional<domain::Timestamp> LastFailureAt(app::ThrottleKey kind, const std::string& key) override {
    return Guarded(unit_, [&]() -> std::optional<domain::Timestamp> {
      std::string kind_code = KindCode(kind);
      Nullable<domain::Timestamp> last;
      unit_.sql << kLastLoginFailure, soci::use(kind_code, "kind"), soci::use(key, "key"), IntoNullable(last);
      return last.Get();
    });
  }

  void Clear(app::ThrottleKey kind, const std::string& key) override {
    Guarded(unit_, [&] {
      std::string kind_code = KindCode(kind);
      Execute(unit_.sql, kClearLoginFailures, soci::use(kind_code, "kind"), soci::use(key, "key"));
    });
  }

  long long DeleteOlderThan(domain::Timestamp cutoff) override {
    return Guarded(unit_, [&] {
      long long cutoff_seconds = ToUnixSeconds(cutoff);
      return Execute(unit_.sql, kDeleteOldLoginFailures, soci::use(cutoff_seconds, "cutoff"));
    });
  }

 private:
  UnitOfWork& unit_;
};

class SociSettingRepository final : public app::SettingRepository {
 public:
  explicit SociSettingRepository(UnitOfWork& unit) : unit_(unit) {}

  std::optional<std::string> Get(const std::string& key) override {
    return Guarded(unit_, [&]() -> std::optional<std::string> {
      std::string value;
      unit_.sql << kSelectSetting, soci::use(key, "key"), soci::into(value);
      if (!unit_.sql.got_data()) return std::nullopt;
      return value;
    });
  }

  std::string InsertIfAbsent(const std::string& key, const std::string& value) override {
    return Guarded(unit_, [&] {
      // ON CONFLICT DO NOTHING waits for a concurrent inserter of the same key to finish instead of
      // failing, and the SELECT (a new snapshot per statement on PostgreSQL) then sees the winner.
      Execute(unit_.sql, kInsertSettingIfAbsent, soci::use(key, "key"), soci::use(value, "value"));
      std::string stored;
      unit_.sql << kSelectSetting, soci::use(key, "key"), soci::into(stored);
      if (!unit_.sql.got_data()) throw app::StorageError("A setting vanished right after it was inserted");
      return stored;
    });
  }

 private:
  UnitOfWork& unit_;
};

class SociChangeCounterRepository final : public app::ChangeCounterRepository {
 public:
  explicit SociChangeCounterRepository(UnitOfWork& unit) : unit_(unit) {}

  long long Version(std::string_view counter) override {
    return Guarded(unit_, [&] {
      const std::string name(counter);
      long long version = 0;
      unit_.sql << kSelectCounter, soci::use(name, "name"), soci::into(version);
      return unit_.sql.got_data() ? version : 0;
    });
  }

 private:
  UnitOfWork& unit_;
};

class SociAuditRepository final : public app::AuditRepository {
 public:
  explicit SociAuditRepository(UnitOfWork& unit) : unit_(unit) {}

  void Append(const app::AuditEvent& event) override {
    Guarded(unit_, [&] {
      long long at = ToUnixSeconds(event.at);
      Nullable<domain::UserId> actor(event.actor_user_id);
      Execute(unit_.sql, kInsertAuditEvent, soci::use(at, "at"), UseNullable(actor, "actor_user_id"),
              soci::use(event.action, "action"), soci::use(event.subject, "subject"),
              soci::use(event.remote_address, "remote_address"), soci::use(event.details, "details"));
    });
  }

  std::vector<app::AuditEvent> ListRecent(int limit) override {
    return Guarded(unit_, [&] {
      if (limit <= 0) return std::vector<app::AuditEvent>{};
      return SelectRows<AuditRow>(unit_.sql, kListAuditEvents, &AuditRow::ToEvent, soci::use(limit, "limit"));
    });
  }

 private:
  UnitOfWork& unit_;
};

}  // namespace

SociTransaction::SociTransaction(UnitOfWork& unit, const RepositoryFactories& factories)
    : unit_(unit), factories_(factories) {}
SociTransaction::~SociTransaction() = default;

void* SociTransaction::Repository(std::type_index type) {
  for (const auto& [made_type, made] : made_) {
    if (made_type == type) return made.repository;
  }
  const auto* factory = factories_.Find(type);
  if (factory == nullptr) {
    throw std::logic_error(std::string("no repository is registered for ") + type.name() +
                           "; add the module's Register…Repositories to the composition root");
  }
  return made_.emplace_back(type, factory->make(unit_)).second.repository;
}

void RegisterPlatformRepositories(RepositoryFactories& factories) {
  factories.Add<app::UserRepository, SociUserRepository>();
  factories.Add<app::SessionRepository, SociSessionRepository>();
  factories.Add<app::LoginAttemptRepository, SociLoginAttemptRepository>();
  factories.Add<app::SettingRepository, SociSettingRepository>();
  factories.Add<app::ChangeCounterRepository, SociChangeCounterRepository>();
  factories.Add<app::AuditRepository, SociAuditRepository>();
  factories.Add<app::JobRepository, SociJobRepository>();
}

}  // namespace lp::storage
