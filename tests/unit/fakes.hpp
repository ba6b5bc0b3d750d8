#pragma once

// An in-memory app::Store for unit tests of the application services: no database, no threads.
// It keeps the contract the real stores keep (see src/storage/common/transaction.cpp):
//   * Write commits only when the work returns normally; an exception rolls every change back.
//   * Read transactions must not write (the fake throws std::logic_error if one does).
//   * users.email is unique (ConstraintViolation), roles come back sorted and de-duplicated.
//   * login failures count when at >= since; sessions expire when expires_at <= now or
//     last_seen_at < idle_cutoff; sessions list most recently seen first.

#include <algorithm>
#include <iterator>
#include <map>
#include <optional>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

#include "app/repositories.hpp"
#include "app/store.hpp"

namespace lp::test {

struct FakeData {
  struct LoginFailure {
    app::ThrottleKey kind = app::ThrottleKey::Account;
    std::string key;
    domain::Timestamp at{};
  };

  domain::UserId next_user_id = 1;
  std::vector<app::UserWithCredentials> users;
  std::map<std::string, app::SessionRecord> sessions;  // by token hash
  std::vector<LoginFailure> login_failures;
  std::map<std::string, std::string> settings;
  std::vector<app::AuditEvent> audit;  // oldest first
};

class FakeTransaction final : public app::Transaction,
                              app::UserRepository,
                              app::SessionRepository,
                              app::LoginAttemptRepository,
                              app::SettingRepository,
                              app::AuditRepository {
 public:
  FakeTransaction(FakeData& data, app::TransactionMode mode) : data_(data), mode_(mode) {}

  app::UserRepository& Users() override { return *this; }
  app::SessionRepository& Sessions() override { return *this; }
  app::LoginAttemptRepository& LoginAttempts() override { return *this; }
  app::SettingRepository& Settings() override { return *this; }
  app::AuditRepository& Audit() override { return *this; }

  // ---- users
  domain::UserId Create(const app::NewUser& user) override {
    RequireWrite();
    if (FindUser(user.email) != nullptr) throw app::ConstraintViolation("users.email is taken");
    app::UserWithCredentials row;
    row.user.id = data_.next_user_id++;
    row.user.email = user.email;
    row.user.name = user.name;
    row.user.roles = SortedUnique(user.roles);
    row.user.created_at = user.created_at;
    row.password_hash = user.password_hash;
    data_.users.push_back(row);
    return row.user.id;
  }
  std::optional<app::UserWithCredentials> FindByEmail(const std::string& normalized_email) override {
    const auto* row = FindUser(normalized_email);
    if (row == nullptr) return std::nullopt;
    return *row;
  }
  std::optional<domain::User> FindById(domain::UserId id) override {
    const auto* row = FindUser(id);
    if (row == nullptr) return std::nullopt;
    return row->user;
  }
  void SetPasswordHash(domain::UserId id, const std::string& password_hash) override {
    RequireWrite();
    if (auto* row = FindUser(id)) row->password_hash = password_hash;
  }
  void SetRoles(domain::UserId id, const std::vector<domain::Role>& roles) override {
    RequireWrite();
    if (auto* row = FindUser(id)) row->user.roles = SortedUnique(roles);
  }
  long long Count() override { return static_cast<long long>(data_.users.size()); }

  // ---- sessions
  void Create(const app::SessionRecord& session) override {
    RequireWrite();
    if (data_.sessions.contains(session.token_hash)) throw app::ConstraintViolation("sessions.token_hash is taken");
    if (FindUser(session.user_id) == nullptr) throw app::ConstraintViolation("sessions.user_id has no user");
    data_.sessions.emplace(session.token_hash, session);
  }
  std::optional<app::SessionRecord> FindByTokenHash(const std::string& token_hash) override {
    const auto it = data_.sessions.find(token_hash);
    if (it == data_.sessions.end()) return std::nullopt;
    return it->second;
  }
  void Touch(const std::string& token_hash, domain::Timestamp last_seen_at) override {
    RequireWrite();
    if (auto it = data_.sessions.find(token_hash); it != data_.sessions.end()) it->second.last_seen_at = last_seen_at;
  }
  void Delete(const std::string& token_hash) override {
    RequireWrite();
    data_.sessions.erase(token_hash);
  }
  void DeleteForUser(domain::UserId user_id) override {
    RequireWrite();
    std::erase_if(data_.sessions, [&](const auto& entry) { return entry.second.user_id == user_id; });
  }
  std::vector<app::SessionRecord> ListForUser(domain::UserId user_id) override {
    std::vector<app::SessionRecord> rows;
    for (const auto& [hash, session] : data_.sessions) {
      if (session.user_id == user_id) rows.push_back(session);
    }
    std::ranges::stable_sort(rows, [](const auto& a, const auto& b) { return a.last_seen_at > b.last_seen_at; });
    return rows;
  }
  long long DeleteExpired(domain::Timestamp now, domain::Timestamp idle_cutoff) override {
    RequireWrite();
    return static_cast<long long>(std::erase_if(data_.sessions, [&](const auto& entry) {
      return entry.second.expires_at <= now || entry.second.last_seen_at < idle_cutoff;
    }));
  }

  // ---- login attempts
  void RecordFailure(app::ThrottleKey kind, const std::string& key, domain::Timestamp at) override {
    RequireWrite();
    data_.login_failures.push_back({kind, key, at});
  }
  long long CountFailuresSince(app::ThrottleKey kind, const std::string& key, domain::Timestamp since) override {
    return static_cast<long long>(std::ranges::count_if(data_.login_failures, [&](const auto& failure) {
      return failure.kind == kind && failure.key == key && failure.at >= since;
    }));
  }
  void Clear(app::ThrottleKey kind, const std::string& key) override {
    RequireWrite();
    std::erase_if(data_.login_failures,
                  [&](const auto& failure) { return failure.kind == kind && failure.key == key; });
  }
  long long DeleteOlderThan(domain::Timestamp cutoff) override {
    RequireWrite();
    return static_cast<long long>(
        std::erase_if(data_.login_failures, [&](const auto& failure) { return failure.at < cutoff; }));
  }

  // ---- settings
  std::optional<std::string> Get(const std::string& key) override {
    const auto it = data_.settings.find(key);
    if (it == data_.settings.end()) return std::nullopt;
    return it->second;
  }
  std::string InsertIfAbsent(const std::string& key, const std::string& value) override {
    RequireWrite();
    return data_.settings.emplace(key, value).first->second;
  }

  // ---- audit
  void Append(const app::AuditEvent& event) override {
    RequireWrite();
    data_.audit.push_back(event);
  }
  std::vector<app::AuditEvent> ListRecent(int limit) override {
    std::vector<app::AuditEvent> events;
    for (auto it = data_.audit.rbegin(); it != data_.audit.rend() && std::ssize(events) < limit; ++it) {
      events.push_back(*it);
    }
    return events;
  }

 private:
  void RequireWrite() const {
    if (mode_ != app::TransactionMode::Write) throw std::logic_error("write inside a read transaction");
  }
  static std::vector<domain::Role> SortedUnique(std::vector<domain::Role> roles) {
    std::ranges::sort(roles);
    roles.erase(std::unique(roles.begin(), roles.end()), roles.end());
    return roles;
  }
  app::UserWithCredentials* FindUser(const std::string& email) {
    const auto it = std::ranges::find_if(data_.users, [&](const auto& row) { return row.user.email == email; });
    return it == data_.users.end() ? nullptr : &*it;
  }
  app::UserWithCredentials* FindUser(domain::UserId id) {
    const auto it = std::ranges::find_if(data_.users, [&](const auto& row) { return row.user.id == id; });
    return it == data_.users.end() ? nullptr : &*it;
  }

  FakeData& data_;
  app::TransactionMode mode_;
};

class FakeStore final : public app::Store {
 public:
  // The committed state, for a test to arrange and inspect directly.
  FakeData& data() { return data_; }
  int writes() const { return writes_; }

  std::vector<app::MigrationStatus> Migrate() override { return {}; }
  std::vector<app::MigrationStatus> Migrations() override { return {}; }
  bool Ping() override { return true; }
  app::PoolStats Stats() const override { return {1, 0, 0}; }
  std::string Dialect() const override { return "fake"; }

 protected:
  void RunInTransaction(app::TransactionMode mode, const std::function<void(app::Transaction&)>& work) override {
    FakeData working = data_;  // commit by swapping in, so an exception leaves data_ untouched
    FakeTransaction tx(working, mode);
    work(tx);
    if (mode == app::TransactionMode::Write) {
      data_ = std::move(working);
      ++writes_;
    }
  }

 private:
  FakeData data_;
  int writes_ = 0;
};

}  // namespace lp::test
