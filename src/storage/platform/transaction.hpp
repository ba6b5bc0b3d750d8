#pragma once

#include <memory>

#include "app/platform/repositories.hpp"
#include "storage/platform/errors.hpp"

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
// both dialects (ON CONFLICT and RETURNING exist in SQLite 3.40 and PostgreSQL 15).
class SociTransaction final : public app::Transaction {
 public:
  explicit SociTransaction(UnitOfWork& unit);
  ~SociTransaction() override;
  SociTransaction(const SociTransaction&) = delete;
  SociTransaction& operator=(const SociTransaction&) = delete;

  app::UserRepository& Users() override;
  app::SessionRepository& Sessions() override;
  app::LoginAttemptRepository& LoginAttempts() override;
  app::SettingRepository& Settings() override;
  app::ChangeCounterRepository& ChangeCounters() override;
  app::AuditRepository& Audit() override;
  app::OrganisationRepository& Organisation() override;
  app::PendingImportRepository& PendingImports() override;
  app::UnitDelegateRepository& UnitDelegates() override;
  app::FoundationRepository& Foundation() override;
  app::TranslationRepository& Translations() override;
  app::ActivationRepository& Activation() override;
  app::DialogueRepository& Dialogue() override;

 private:
  struct Repositories;
  std::unique_ptr<Repositories> repositories_;
};

}  // namespace lp::storage
