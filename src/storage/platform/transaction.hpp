#pragma once

#include <memory>
#include <typeindex>
#include <utility>
#include <vector>

#include "app/platform/repositories.hpp"
#include "storage/platform/errors.hpp"
#include "storage/platform/repository_factories.hpp"

namespace soci {
class session;
}

namespace lp::storage {

// What the repositories of one unit of work share: its connection, and whether a statement failed.
// A unit in which a statement failed is rolled back even if the work catches the error and returns
// normally: PostgreSQL cannot continue an aborted transaction (it turns COMMIT into ROLLBACK), and
// SQLite is made to behave the same so that both backends keep one contract.
struct UnitOfWork {
  soci::session& sql;
  SqlDialect dialect;
  bool failed = false;
};

// Runs one repository operation, translating database errors and remembering that the unit failed.
template <typename F>
auto Guarded(UnitOfWork& unit, F&& operation) -> decltype(operation()) {
  try {
    return operation();
  } catch (...) {
    unit.failed = true;
    RethrowTranslated(unit.dialect);
  }
}

// app::Transaction over SOCI: every repository uses the unit's connection. The SQL is the same for
// both dialects (ON CONFLICT and RETURNING exist in SQLite 3.40 and PostgreSQL 15). Repositories are
// made from `factories` when the work first asks for them, and live as long as the transaction.
class SociTransaction final : public app::Transaction {
 public:
  SociTransaction(UnitOfWork& unit, const RepositoryFactories& factories);
  ~SociTransaction() override;
  SociTransaction(const SociTransaction&) = delete;
  SociTransaction& operator=(const SociTransaction&) = delete;

 protected:
  void* Repository(std::type_index type) override;

 private:
  UnitOfWork& unit_;
  const RepositoryFactories& factories_;
  std::vector<std::pair<std::type_index, RepositoryFactories::Made>> made_;
};

// The platform's own repositories (users, sessions, login attempts, settings, change counters, audit).
void RegisterPlatformRepositories(RepositoryFactories& factories);

}  // namespace lp::storage
