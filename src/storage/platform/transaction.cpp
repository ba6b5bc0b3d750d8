#include "storage/platform/transaction.hpp"

#include <soci/soci.h>

#include <algorithm>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>

namespace lp::storage {
namespace {

using domain::FromUnixSeconds;
using domain::ToUnixSeconds;

// Note on binding: soci::use keeps a reference that is read when the statement runs, so every bound
// value below is a named local that outlives the statement, never a temporary.

std::vector<domain::Role> SortedUnique(std::vector<domain::Role> roles) {
  // Iterator algorithms rather than std::ranges::unique: clang-tidy 14 cannot parse the latter
  // with libstdc++ 12.
  std::sort(roles.begin(), roles.end());
  roles.erase(std::unique(roles.begin(), roles.end()), roles.end());
  return roles;
}

class SociUserRepository final : public app::UserRepository {
 public:
  explicit SociUserRepository(UnitOfWork& unit) : unit_(unit) {}

  domain::UserId Create(const app::NewUser& user) override {
    return Guarded(unit_, [&] {
      long long id = 0;
      long long created_at = ToUnixSeconds(user.created_at);
      std::string password_hash = user.password_hash.value_or("");
      soci::indicator hash_indicator = user.password_hash ? soci::i_ok : soci::i_null;
      unit_.sql << "INSERT INTO users (email, name, password_hash, created_at) "
                   "VALUES (:email, :name, :password_hash, :created_at) RETURNING id",
          soci::use(user.email, "email"), soci::use(user.name, "name"),
          soci::use(password_hash, hash_indicator, "password_hash"), soci::use(created_at, "created_at"),
          soci::into(id);
      InsertRoles(id, SortedUnique(user.roles));
      InsertScopes(id, user.scopes);
      return static_cast<domain::UserId>(id);
    });
  }

  std::optional<app::UserWithCredentials> FindByEmail(const std::string& normalized_email) override {
    return Guarded(unit_, [&]() -> std::optional<app::UserWithCredentials> {
      return FindWhere("email = :key", normalized_email);
    });
  }

  std::optional<domain::User> FindById(domain::UserId id) override {
    return Guarded(unit_, [&]() -> std::optional<domain::User> {
      long long key = id;
      auto found = FindWhere("id = :key", key);
      if (!found) return std::nullopt;
      return std::move(found->user);
    });
  }

  void SetPasswordHash(domain::UserId id, const std::string& password_hash) override {
    Guarded(unit_, [&] {
      long long key = id;
      unit_.sql << "UPDATE users SET password_hash = :password_hash WHERE id = :id",
          soci::use(password_hash, "password_hash"), soci::use(key, "id");
    });
  }

  void SetRoles(domain::UserId id, const std::vector<domain::Role>& roles) override {
    Guarded(unit_, [&] {
      long long key = id;
      unit_.sql << "DELETE FROM user_roles WHERE user_id = :id", soci::use(key, "id");
      InsertRoles(key, SortedUnique(roles));
    });
  }

  void SetRoleScopes(domain::UserId id, const std::vector<domain::RoleScope>& scopes) override {
    Guarded(unit_, [&] {
      long long key = id;
      unit_.sql << "DELETE FROM user_role_scopes WHERE user_id = :id", soci::use(key, "id");
      InsertScopes(key, scopes);
    });
  }

  long long Count() override {
    return Guarded(unit_, [&] {
      long long count = 0;
      unit_.sql << "SELECT COUNT(*) FROM users", soci::into(count);
      return count;
    });
  }

 private:
  void InsertRoles(long long user_id, const std::vector<domain::Role>& roles) {
    if (roles.empty()) return;
    std::string code;
    soci::statement insert = (unit_.sql.prepare << "INSERT INTO user_roles (user_id, role) VALUES (:user_id, :role)",
                              soci::use(user_id, "user_id"), soci::use(code, "role"));
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
    soci::statement insert =
        (unit_.sql.prepare
             << "INSERT INTO user_role_scopes (user_id, role, unit_id) VALUES (:user_id, :role, :unit_id)",
         soci::use(user_id, "user_id"), soci::use(code, "role"), soci::use(unit, "unit_id"));
    for (const auto& scope : scopes) {
      code = std::string(domain::RoleCode(scope.role));
      unit = scope.unit;  // NOLINT(clang-analyzer-deadcode.DeadStores): read through soci::use
      insert.execute(true);
    }
  }

  std::vector<domain::RoleScope> LoadScopes(long long user_id) {
    std::string code;
    long long unit = 0;
    soci::statement select =
        (unit_.sql.prepare
             << "SELECT role, unit_id FROM user_role_scopes WHERE user_id = :user_id ORDER BY role, unit_id",
         soci::use(user_id, "user_id"), soci::into(code), soci::into(unit));
    select.execute();
    std::vector<domain::RoleScope> scopes;
    while (select.fetch()) {
      std::optional<domain::Role> role = domain::ParseRole(code);
      if (!role) throw app::StorageError("Unknown role code in user_role_scopes: " + code);
      scopes.push_back({*role, static_cast<domain::UnitId>(unit)});
    }
    std::sort(scopes.begin(), scopes.end());
    return scopes;
  }

  // `condition` is a fixed SQL fragment of ours that binds the parameter :key.
  template <typename Key>
  std::optional<app::UserWithCredentials> FindWhere(std::string_view condition, const Key& key) {
    long long id = 0;
    long long created_at = 0;
    int active = 1;
    std::string email;
    std::string name;
    std::string password_hash;
    soci::indicator hash_indicator = soci::i_null;
    long long person = 0;
    soci::indicator person_indicator = soci::i_null;
    // CASE turns PostgreSQL's BOOLEAN and SQLite's 0/1 into the same integer.
    unit_.sql << "SELECT id, email, name, password_hash, CASE WHEN active THEN 1 ELSE 0 END, created_at, person_id "
                 "FROM users WHERE " +
                     std::string(condition),
        soci::use(key, "key"), soci::into(id), soci::into(email), soci::into(name),
        soci::into(password_hash, hash_indicator), soci::into(active), soci::into(created_at),
        soci::into(person, person_indicator);
    if (!unit_.sql.got_data()) return std::nullopt;

    app::UserWithCredentials found;
    found.user.id = static_cast<domain::UserId>(id);
    found.user.email = std::move(email);
    found.user.name = std::move(name);
    found.user.active = active != 0;
    found.user.created_at = FromUnixSeconds(created_at);
    found.user.roles = LoadRoles(id);
    found.user.scopes = LoadScopes(id);
    if (person_indicator == soci::i_ok) found.user.person = static_cast<domain::PersonId>(person);
    if (hash_indicator == soci::i_ok) found.password_hash = std::move(password_hash);
    return found;
  }

  std::vector<domain::Role> LoadRoles(long long user_id) {
    std::string code;
    soci::statement select = (unit_.sql.prepare << "SELECT role FROM user_roles WHERE user_id = :user_id",
                              soci::use(user_id, "user_id"), soci::into(code));
    select.execute();
    std::vector<domain::Role> roles;
    while (select.fetch()) {
      std::optional<domain::Role> role = domain::ParseRole(code);
      if (!role) throw app::StorageError("Unknown role code in user_roles: " + code);
      roles.push_back(*role);
    }
    return SortedUnique(std::move(roles));
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
      unit_.sql << "INSERT INTO sessions (token_hash, user_id, auth_method, created_at, last_seen_at, expires_at, "
                   "user_agent, remote_address) VALUES (:token_hash, :user_id, :auth_method, :created_at, "
                   ":last_seen_at, :expires_at, :user_agent, :remote_address)",
          soci::use(session.token_hash, "token_hash"), soci::use(user_id, "user_id"),
          soci::use(session.auth_method, "auth_method"), soci::use(created_at, "created_at"),
          soci::use(last_seen_at, "last_seen_at"), soci::use(expires_at, "expires_at"),
          soci::use(session.user_agent, "user_agent"), soci::use(session.remote_address, "remote_address");
    });
  }

  std::optional<app::SessionRecord> FindByTokenHash(const std::string& token_hash) override {
    return Guarded(unit_, [&]() -> std::optional<app::SessionRecord> {
      auto found = Select("token_hash = :key", token_hash);
      if (found.empty()) return std::nullopt;
      return std::move(found.front());
    });
  }

  void Touch(const std::string& token_hash, domain::Timestamp last_seen_at) override {
    Guarded(unit_, [&] {
      long long seen = ToUnixSeconds(last_seen_at);
      unit_.sql << "UPDATE sessions SET last_seen_at = :last_seen_at WHERE token_hash = :token_hash",
          soci::use(seen, "last_seen_at"), soci::use(token_hash, "token_hash");
    });
  }

  void Delete(const std::string& token_hash) override {
    Guarded(unit_, [&] {
      unit_.sql << "DELETE FROM sessions WHERE token_hash = :token_hash", soci::use(token_hash, "token_hash");
    });
  }

  void DeleteForUser(domain::UserId user_id) override {
    Guarded(unit_, [&] {
      long long key = user_id;
      unit_.sql << "DELETE FROM sessions WHERE user_id = :user_id", soci::use(key, "user_id");
    });
  }

  std::vector<app::SessionRecord> ListForUser(domain::UserId user_id) override {
    return Guarded(unit_, [&] {
      long long key = user_id;
      return Select("user_id = :key", key);
    });
  }

  long long DeleteExpired(domain::Timestamp now, domain::Timestamp idle_cutoff) override {
    return Guarded(unit_, [&] {
      long long now_seconds = ToUnixSeconds(now);
      long long cutoff_seconds = ToUnixSeconds(idle_cutoff);
      soci::statement remove = (unit_.sql.prepare << "DELETE FROM sessions WHERE expires_at <= :now OR "
                                                     "last_seen_at < :idle_cutoff",
                                soci::use(now_seconds, "now"), soci::use(cutoff_seconds, "idle_cutoff"));
      remove.execute(true);
      return remove.get_affected_rows();
    });
  }

 private:
  template <typename Key>
  std::vector<app::SessionRecord> Select(std::string_view condition, const Key& key) {
    app::SessionRecord row;
    long long user_id = 0;
    long long created_at = 0;
    long long last_seen_at = 0;
    long long expires_at = 0;
    soci::statement select =
        (unit_.sql.prepare << "SELECT token_hash, user_id, auth_method, created_at, last_seen_at, expires_at, "
                              "user_agent, remote_address FROM sessions WHERE " +
                                  std::string(condition) + " ORDER BY last_seen_at DESC, token_hash",
         soci::use(key, "key"), soci::into(row.token_hash), soci::into(user_id), soci::into(row.auth_method),
         soci::into(created_at), soci::into(last_seen_at), soci::into(expires_at), soci::into(row.user_agent),
         soci::into(row.remote_address));
    select.execute();
    std::vector<app::SessionRecord> rows;
    while (select.fetch()) {
      row.user_id = static_cast<domain::UserId>(user_id);
      row.created_at = FromUnixSeconds(created_at);
      row.last_seen_at = FromUnixSeconds(last_seen_at);
      row.expires_at = FromUnixSeconds(expires_at);
      rows.push_back(row);
    }
    return rows;
  }

  UnitOfWork& unit_;
};

std::string KindCode(app::ThrottleKey kind) {
  switch (kind) {
    case app::ThrottleKey::Account: return "account";
    case app::ThrottleKey::Address: return "address";
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
      unit_.sql << "INSERT INTO login_failures (kind, key, at) VALUES (:kind, :key, :at)", soci::use(kind_code, "kind"),
          soci::use(key, "key"), soci::use(at_seconds, "at");
    });
  }

  long long CountFailuresSince(app::ThrottleKey kind, const std::string& key, domain::Timestamp since) override {
    return Guarded(unit_, [&] {
      std::string kind_code = KindCode(kind);
      long long since_seconds = ToUnixSeconds(since);
      long long count = 0;
      unit_.sql << "SELECT COUNT(*) FROM login_failures WHERE kind = :kind AND key = :key AND at >= :since",
          soci::use(kind_code, "kind"), soci::use(key, "key"), soci::use(since_seconds, "since"), soci::into(count);
      return count;
    });
  }

  void Clear(app::ThrottleKey kind, const std::string& key) override {
    Guarded(unit_, [&] {
      std::string kind_code = KindCode(kind);
      unit_.sql << "DELETE FROM login_failures WHERE kind = :kind AND key = :key", soci::use(kind_code, "kind"),
          soci::use(key, "key");
    });
  }

  long long DeleteOlderThan(domain::Timestamp cutoff) override {
    return Guarded(unit_, [&] {
      long long cutoff_seconds = ToUnixSeconds(cutoff);
      soci::statement remove =
          (unit_.sql.prepare << "DELETE FROM login_failures WHERE at < :cutoff", soci::use(cutoff_seconds, "cutoff"));
      remove.execute(true);
      return remove.get_affected_rows();
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
      unit_.sql << "SELECT value FROM settings WHERE key = :key", soci::use(key, "key"), soci::into(value);
      if (!unit_.sql.got_data()) return std::nullopt;
      return value;
    });
  }

  std::string InsertIfAbsent(const std::string& key, const std::string& value) override {
    return Guarded(unit_, [&] {
      // ON CONFLICT DO NOTHING waits for a concurrent inserter of the same key to finish instead of
      // failing, and the SELECT (a new snapshot per statement on PostgreSQL) then sees the winner.
      unit_.sql << "INSERT INTO settings (key, value) VALUES (:key, :value) ON CONFLICT (key) DO NOTHING",
          soci::use(key, "key"), soci::use(value, "value");
      std::string stored;
      unit_.sql << "SELECT value FROM settings WHERE key = :key", soci::use(key, "key"), soci::into(stored);
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
      unit_.sql << "SELECT version FROM change_counters WHERE name = :name", soci::use(name, "name"),
          soci::into(version);
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
      long long actor = event.actor_user_id.value_or(0);
      soci::indicator actor_indicator = event.actor_user_id ? soci::i_ok : soci::i_null;
      unit_.sql << "INSERT INTO audit_events (at, actor_user_id, action, subject, remote_address, details) "
                   "VALUES (:at, :actor_user_id, :action, :subject, :remote_address, :details)",
          soci::use(at, "at"), soci::use(actor, actor_indicator, "actor_user_id"), soci::use(event.action, "action"),
          soci::use(event.subject, "subject"), soci::use(event.remote_address, "remote_address"),
          soci::use(event.details, "details");
    });
  }

  std::vector<app::AuditEvent> ListRecent(int limit) override {
    return Guarded(unit_, [&] {
      std::vector<app::AuditEvent> events;
      if (limit <= 0) return events;
      app::AuditEvent row;
      long long at = 0;
      long long actor = 0;
      soci::indicator actor_indicator = soci::i_null;
      soci::statement select =
          (unit_.sql.prepare << "SELECT at, actor_user_id, action, subject, remote_address, details "
                                "FROM audit_events ORDER BY at DESC, id DESC LIMIT :limit",
           soci::use(limit, "limit"), soci::into(at), soci::into(actor, actor_indicator), soci::into(row.action),
           soci::into(row.subject), soci::into(row.remote_address), soci::into(row.details));
      select.execute();
      while (select.fetch()) {
        row.at = FromUnixSeconds(at);
        row.actor_user_id.reset();
        if (actor_indicator == soci::i_ok) row.actor_user_id = static_cast<domain::UserId>(actor);
        events.push_back(row);
      }
      return events;
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
}

}  // namespace lp::storage
