#pragma once

#include <chrono>
#include <functional>
#include <mutex>
#include <set>
#include <string>
#include <vector>

#include "app/platform/store.hpp"
#include "storage/platform/connection_pool.hpp"
#include "storage/platform/errors.hpp"
#include "storage/platform/migration_files.hpp"
#include "storage/platform/open_store.hpp"
#include "storage/platform/transaction.hpp"

namespace soci {
class session;
}

namespace lp::storage {

// app::Store over a pool of SOCI sessions. Transactions, migrations, Ping and Stats are shared; the
// dialects differ only in the hooks below (how a transaction begins, how migrations are serialised
// between processes, how a broken connection is recovered).
class SociStore : public app::Store {
 public:
  SociStore(SqlDialect dialect, const StoreOptions& options, const ConnectionPool::Connect& connect);

  std::vector<app::MigrationStatus> Migrate() override;
  std::vector<app::MigrationStatus> Migrations() override;
  bool Ping() override;
  app::PoolStats Stats() const override;
  std::string Dialect() const override;

 protected:
  void RunInTransaction(app::TransactionMode mode, const std::function<app::Ending(app::Transaction&)>& work) override;

  // How a write unit is isolated from concurrent ones. Read units are read-only either way.
  enum class Isolation {
    // The application's units: one write unit at a time, each seeing all that committed before it
    // (SQLite's single writer; PostgreSQL: a transaction-scoped advisory lock taken first), so that a
    // version checked in the unit is still the version when it writes (app/platform/store.hpp).
    OneWriter,
    // Migrations: serialised by their own lock (LockForMigration) instead.
    ReadCommitted,
  };

  virtual void Begin(soci::session& sql, app::TransactionMode mode, Isolation isolation) = 0;
  // Ends the transaction; the connection must be ready for the next lease afterwards.
  virtual void Commit(soci::session& sql, app::TransactionMode mode) = 0;
  virtual void Rollback(soci::session& sql, app::TransactionMode mode) = 0;
  // Called inside a write transaction before migrations are read and applied, so that two
  // processes starting at once apply each migration exactly once.
  virtual void LockForMigration(soci::session& sql) = 0;
  virtual bool MigrationTableExists(soci::session& sql) = 0;
  // True when the connection to the server is gone (a failed statement will never succeed on it).
  virtual bool ConnectionLost(soci::session& sql) = 0;
  // Makes a connection that ended a lease in failure usable again (test, reconnect if needed).
  virtual void Recover(soci::session& sql) = 0;

 private:
  struct AppliedMigration {
    int version = 0;
    std::string name;
  };

  // Leases a connection, begins, runs `work`, commits when it returns Ending::Commit, rolls back when it
  // returns Ending::RollBack, or rolls back and rethrows on any exception.
  void RunOnConnection(app::TransactionMode mode, Isolation isolation,
                       const std::function<app::Ending(UnitOfWork&)>& work);
  void BeginOnLease(ConnectionPool::Lease& lease, app::TransactionMode mode, Isolation isolation);
  std::vector<AppliedMigration> ReadApplied(soci::session& sql);
  void RefuseNewerDatabase(const std::vector<AppliedMigration>& applied) const;

  SqlDialect dialect_;
  RepositoryFactories repositories_;  // the platform's and the modules'
  std::vector<MigrationFile> migrations_;
  ConnectionPool pool_;
  // One write unit at a time in this process, queued here before it takes a connection: otherwise
  // concurrent writers wait inside the database, on SQLite by polling its busy handler (which sleeps
  // up to 100 ms between tries: an audited page under load had a p99 of 560 ms) and on PostgreSQL
  // holding a pooled connection while the advisory lock is taken. The database's own one-writer
  // rule (BEGIN IMMEDIATE, the advisory lock) still holds between processes.
  std::timed_mutex writer_;
  std::chrono::milliseconds writer_wait_;
};

}  // namespace lp::storage
