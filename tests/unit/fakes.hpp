#pragma once

// An in-memory app::Store for unit tests of the application services: no database, no threads.
// It keeps the contract the real stores keep (see src/storage/common/transaction.cpp):
//   * Write commits only when the work returns normally and, if it returns an app::Result, that
//     holds a value; an error Result or an exception rolls every change back.
//   * Read transactions must not write (the fake throws std::logic_error if one does).
//   * users.email is unique (ConstraintViolation), roles come back sorted and de-duplicated.
//   * login failures count when at >= since; sessions expire when expires_at <= now or
//     last_seen_at < idle_cutoff; sessions list most recently seen first.
//   * organisation: upserts by HR key reactivate; an unknown parent, unit or person is a
//     ConstraintViolation, as is an e-mail (ASCII case-insensitive) already held by another active
//     person; deactivation keeps the record; import runs list newest first.
//   * pending imports: ids are unique and name an existing user (ConstraintViolation); they
//     expire when expires_at <= now.
//   * unit delegates: (unit, person) is unique and both must exist (ConstraintViolation).

#include <algorithm>
#include <cctype>
#include <iterator>
#include <map>
#include <optional>
#include <stdexcept>
#include <string>
#include <typeindex>
#include <typeinfo>
#include <utility>
#include <vector>

#include "app/organisation/organisation_repository.hpp"
#include "app/organisation/pending_import_repository.hpp"
#include "app/organisation/unit_delegate_repository.hpp"
#include "app/platform/repositories.hpp"
#include "app/platform/store.hpp"

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

  domain::UnitId next_unit_id = 1;
  domain::PersonId next_person_id = 1;
  app::OrganisationRecords organisation;
  std::vector<app::ImportRun> import_runs;  // oldest first

  std::map<std::string, app::PendingImport> pending_imports;  // by id
  std::vector<app::UnitDelegate> unit_delegates;              // in insertion order
};

class FakeOrganisationRepository final : public app::OrganisationRepository {
 public:
  FakeOrganisationRepository(FakeData& data, app::TransactionMode mode) : data_(data), mode_(mode) {}

  app::OrganisationRecords LoadAll() override { return data_.organisation; }

  void UpsertUnits(std::span<const app::UnitRow> units) override {
    RequireWrite();
    for (const app::UnitRow& row : units) {
      std::optional<domain::UnitId> parent;
      if (!row.parent_external_id.empty()) {
        const domain::Unit* found = FindUnit(row.parent_external_id);
        if (found == nullptr)
          throw app::ConstraintViolation("units.parent_id: unknown parent " + row.parent_external_id);
        parent = found->id;
      }
      domain::Unit* unit = FindUnit(row.external_id);
      if (unit == nullptr) {
        unit = &data_.organisation.units.emplace_back();
        unit->id = data_.next_unit_id++;
        unit->external_id = row.external_id;
      }
      unit->name = row.name;
      unit->parent = parent;
      unit->kind = row.kind;
      unit->kind_label = row.kind_label;
      unit->active = true;
    }
  }

  void UpsertPeople(std::span<const app::PersonRow> people) override {
    RequireWrite();
    for (const app::PersonRow& row : people) {
      const domain::Unit* unit = FindUnit(row.unit_external_id);
      if (unit == nullptr) throw app::ConstraintViolation("people.unit_id: unknown unit " + row.unit_external_id);
      const domain::UnitId unit_id = unit->id;
      if (!row.email.empty()) {
        const bool taken = std::ranges::any_of(data_.organisation.people, [&](const domain::Person& other) {
          return other.active && other.employee_no != row.employee_no && Lower(other.email) == Lower(row.email);
        });
        if (taken) throw app::ConstraintViolation("people.email is taken by an active person");
      }
      domain::Person* person = FindPerson(row.employee_no);
      if (person == nullptr) {
        person = &data_.organisation.people.emplace_back();
        person->id = data_.next_person_id++;
        person->employee_no = row.employee_no;
      }
      person->first_name = row.first_name;
      person->last_name = row.last_name;
      person->email = row.email;
      person->title = row.title;
      person->unit = unit_id;
      person->active = true;
    }
  }

  void DeactivateUnits(std::span<const std::string> external_ids, domain::Timestamp /*at*/) override {
    RequireWrite();
    for (const std::string& key : external_ids) {
      if (domain::Unit* unit = FindUnit(key)) unit->active = false;
    }
  }

  void DeactivatePeople(std::span<const std::string> employee_nos, domain::Timestamp /*at*/) override {
    RequireWrite();
    for (const std::string& key : employee_nos) {
      if (domain::Person* person = FindPerson(key)) person->active = false;
    }
  }

  void UpsertLeaderships(std::span<const app::LeadershipRow> leaderships) override {
    RequireWrite();
    for (const app::LeadershipRow& row : leaderships) {
      const domain::Unit* unit = FindUnit(row.unit_external_id);
      const domain::Person* person = FindPerson(row.employee_no);
      if (unit == nullptr || person == nullptr) throw app::ConstraintViolation("unit_leaders: unknown unit or person");
      domain::Leadership* leadership = FindLeadership(unit->id, person->id);
      if (leadership == nullptr) {
        leadership = &data_.organisation.leaderships.emplace_back();
        leadership->unit = unit->id;
        leadership->person = person->id;
      }
      leadership->leader_since = row.leader_since;
      leadership->kind = row.kind;
    }
  }

  void DeleteLeaderships(std::span<const std::pair<std::string, std::string>> unit_and_employee_no) override {
    RequireWrite();
    for (const auto& [unit_key, employee_no] : unit_and_employee_no) {
      const domain::Unit* unit = FindUnit(unit_key);
      const domain::Person* person = FindPerson(employee_no);
      if (unit == nullptr || person == nullptr) continue;
      std::erase_if(data_.organisation.leaderships, [&](const domain::Leadership& leadership) {
        return leadership.unit == unit->id && leadership.person == person->id;
      });
    }
  }

  void RecordImportRun(const app::ImportRun& run) override {
    RequireWrite();
    data_.import_runs.push_back(run);
  }

  std::optional<long long> LatestImportRunId() override {
    if (data_.import_runs.empty()) return std::nullopt;
    return static_cast<long long>(data_.import_runs.size());
  }

  std::vector<app::ImportRun> ListImportRuns(int limit) override {
    std::vector<app::ImportRun> runs(data_.import_runs.rbegin(), data_.import_runs.rend());
    std::ranges::stable_sort(runs, [](const auto& a, const auto& b) { return a.at > b.at; });
    if (std::ssize(runs) > limit) runs.resize(static_cast<std::size_t>(std::max(limit, 0)));
    return runs;
  }

 private:
  void RequireWrite() const {
    if (mode_ != app::TransactionMode::Write) throw std::logic_error("write inside a read transaction");
  }
  static std::string Lower(std::string text) {
    for (char& c : text) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return text;
  }
  domain::Unit* FindUnit(const std::string& external_id) {
    const auto it = std::ranges::find_if(data_.organisation.units,
                                         [&](const domain::Unit& unit) { return unit.external_id == external_id; });
    return it == data_.organisation.units.end() ? nullptr : &*it;
  }
  domain::Person* FindPerson(const std::string& employee_no) {
    const auto it = std::ranges::find_if(
        data_.organisation.people, [&](const domain::Person& person) { return person.employee_no == employee_no; });
    return it == data_.organisation.people.end() ? nullptr : &*it;
  }
  domain::Leadership* FindLeadership(domain::UnitId unit, domain::PersonId person) {
    const auto it = std::ranges::find_if(data_.organisation.leaderships, [&](const domain::Leadership& leadership) {
      return leadership.unit == unit && leadership.person == person;
    });
    return it == data_.organisation.leaderships.end() ? nullptr : &*it;
  }

  FakeData& data_;
  app::TransactionMode mode_;
};

// Its own class: Delete(id) and DeleteForUser would clash with the session repository's.
class FakePendingImportRepository final : public app::PendingImportRepository {
 public:
  FakePendingImportRepository(FakeData& data, app::TransactionMode mode) : data_(data), mode_(mode) {}

  void Create(const app::PendingImport& pending) override {
    RequireWrite();
    if (data_.pending_imports.contains(pending.id)) throw app::ConstraintViolation("pending_imports.id is taken");
    if (std::ranges::none_of(data_.users, [&](const auto& row) { return row.user.id == pending.user_id; }))
      throw app::ConstraintViolation("pending_imports.user_id has no user");
    data_.pending_imports.emplace(pending.id, pending);
  }
  std::optional<app::PendingImport> Find(const std::string& id) override {
    const auto it = data_.pending_imports.find(id);
    if (it == data_.pending_imports.end()) return std::nullopt;
    return it->second;
  }
  void SetFingerprint(const std::string& id, const std::string& fingerprint) override {
    RequireWrite();
    if (auto it = data_.pending_imports.find(id); it != data_.pending_imports.end())
      it->second.fingerprint = fingerprint;
  }
  void Delete(const std::string& id) override {
    RequireWrite();
    data_.pending_imports.erase(id);
  }
  long long DeleteForUser(domain::UserId user_id) override {
    RequireWrite();
    return static_cast<long long>(
        std::erase_if(data_.pending_imports, [&](const auto& entry) { return entry.second.user_id == user_id; }));
  }
  long long DeleteExpired(domain::Timestamp now) override {
    RequireWrite();
    return static_cast<long long>(
        std::erase_if(data_.pending_imports, [&](const auto& entry) { return entry.second.expires_at <= now; }));
  }

 private:
  void RequireWrite() const {
    if (mode_ != app::TransactionMode::Write) throw std::logic_error("write inside a read transaction");
  }

  FakeData& data_;
  app::TransactionMode mode_;
};

class FakeUnitDelegateRepository final : public app::UnitDelegateRepository {
 public:
  FakeUnitDelegateRepository(FakeData& data, app::TransactionMode mode) : data_(data), mode_(mode) {}

  void Add(const app::UnitDelegate& delegate) override {
    if (mode_ != app::TransactionMode::Write) throw std::logic_error("write inside a read transaction");
    const auto& records = data_.organisation;
    if (std::ranges::none_of(records.units, [&](const auto& unit) { return unit.id == delegate.unit; }) ||
        std::ranges::none_of(records.people, [&](const auto& person) { return person.id == delegate.person; }))
      throw app::ConstraintViolation("unit_delegates names an unknown unit or person");
    if (std::ranges::any_of(data_.unit_delegates, [&](const app::UnitDelegate& row) {
          return row.unit == delegate.unit && row.person == delegate.person;
        }))
      throw app::ConstraintViolation("unit_delegates already holds the person for the unit");
    data_.unit_delegates.push_back(delegate);
  }
  bool Remove(domain::UnitId unit, domain::PersonId person) override {
    if (mode_ != app::TransactionMode::Write) throw std::logic_error("write inside a read transaction");
    return std::erase_if(data_.unit_delegates,
                         [&](const app::UnitDelegate& row) { return row.unit == unit && row.person == person; }) > 0;
  }
  std::vector<app::UnitDelegate> ForUnit(domain::UnitId unit) override {
    std::vector<app::UnitDelegate> rows;
    std::ranges::copy_if(data_.unit_delegates, std::back_inserter(rows),
                         [&](const app::UnitDelegate& row) { return row.unit == unit; });
    std::ranges::stable_sort(rows, {}, &app::UnitDelegate::granted_at);
    return rows;
  }
  std::vector<domain::UnitId> UnitsDelegatedTo(domain::PersonId person) override {
    std::vector<domain::UnitId> units;
    for (const auto& row : data_.unit_delegates) {
      if (row.person == person) units.push_back(row.unit);
    }
    std::ranges::sort(units);
    return units;
  }

 private:
  FakeData& data_;
  app::TransactionMode mode_;
};

inline std::logic_error NotFaked(const std::string& repository) {
  return std::logic_error("FakeTransaction has no " + repository + "(): test this with the real stores");
}

class FakeTransaction final : public app::Transaction,
                              app::UserRepository,
                              app::SessionRepository,
                              app::LoginAttemptRepository,
                              app::SettingRepository,
                              app::AuditRepository {
 public:
  FakeTransaction(FakeData& data, app::TransactionMode mode)
      : data_(data),
        mode_(mode),
        organisation_(data, mode),
        pending_imports_(data, mode),
        unit_delegates_(data, mode) {}

  // The leadership foundation's modules (and the change counters) are tested against the real stores
  // (tests/storage, on both databases), not against fakes: their rules live as much in SQL (versions,
  // revisions) as in C++. Asking for one of their repositories throws.
  void* Repository(std::type_index type) override {
    if (type == typeid(app::UserRepository)) return static_cast<app::UserRepository*>(this);
    if (type == typeid(app::SessionRepository)) return static_cast<app::SessionRepository*>(this);
    if (type == typeid(app::LoginAttemptRepository)) return static_cast<app::LoginAttemptRepository*>(this);
    if (type == typeid(app::SettingRepository)) return static_cast<app::SettingRepository*>(this);
    if (type == typeid(app::AuditRepository)) return static_cast<app::AuditRepository*>(this);
    if (type == typeid(app::OrganisationRepository)) return static_cast<app::OrganisationRepository*>(&organisation_);
    if (type == typeid(app::PendingImportRepository)) {
      return static_cast<app::PendingImportRepository*>(&pending_imports_);
    }
    if (type == typeid(app::UnitDelegateRepository)) {
      return static_cast<app::UnitDelegateRepository*>(&unit_delegates_);
    }
    throw NotFaked(type.name());
  }

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
    row.user.scopes = user.scopes;
    std::ranges::sort(row.user.scopes);
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
  void SetRoleScopes(domain::UserId id, const std::vector<domain::RoleScope>& scopes) override {
    RequireWrite();
    if (auto* row = FindUser(id)) {
      row->user.scopes = scopes;
      std::ranges::sort(row->user.scopes);
    }
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
  std::optional<domain::Timestamp> LastFailureAt(app::ThrottleKey kind, const std::string& key) override {
    std::optional<domain::Timestamp> last;
    for (const auto& failure : data_.login_failures) {
      if (failure.kind == kind && failure.key == key && (!last || failure.at > *last)) last = failure.at;
    }
    return last;
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
  FakeOrganisationRepository organisation_;
  FakePendingImportRepository pending_imports_;
  FakeUnitDelegateRepository unit_delegates_;
};

class FakeStore final : public app::Store {
 public:
  // The committed state, for a test to arrange and inspect directly.
  FakeData& data() { return data_; }
  int writes() const { return writes_; }  // committed write units

  std::vector<app::MigrationStatus> Migrate() override { return {}; }
  std::vector<app::MigrationStatus> Migrations() override { return {}; }
  bool Ping() override { return true; }
  app::PoolStats Stats() const override { return {1, 0, 0}; }
  std::string Dialect() const override { return "fake"; }

 protected:
  void RunInTransaction(app::TransactionMode mode, const std::function<app::Ending(app::Transaction&)>& work) override {
    FakeData working = data_;  // commit by swapping in, so a rollback leaves data_ untouched
    FakeTransaction tx(working, mode);
    const app::Ending ending = work(tx);
    if (mode == app::TransactionMode::Write && ending == app::Ending::Commit) {
      data_ = std::move(working);
      ++writes_;
    }
  }

 private:
  FakeData data_;
  int writes_ = 0;
};

}  // namespace lp::test
