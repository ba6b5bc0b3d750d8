#include "storage/platform/soci_store.hpp"

#include <soci/soci.h>

#include <algorithm>
#include <chrono>
#include <exception>

namespace lp::storage {

SociStore::SociStore(SqlDialect dialect, const StoreOptions& options, const ConnectionPool::Connect& connect)
    : dialect_(dialect),
      migrations_(LoadMigrations(dialect)),
      pool_(options.pool_size, options.lease_timeout, connect),
      writer_wait_(options.lease_timeout) {
  RegisterPlatformRepositories(repositories_);
  repositories_.Append(options.repositories);
}

std::string SociStore::Dialect() const { return std::string(DialectName(dialect_)); }

app::PoolStats SociStore::Stats() const { return pool_.Stats(); }

void SociStore::BeginOnLease(ConnectionPool::Lease& lease, app::TransactionMode mode, Isolation isolation) {
  soci::session& sql = lease.Session();
  try {
    if (lease.Suspect()) {
      Recover(sql);
      lease.MarkHealthy();
    }
    try {
      Begin(sql, mode, isolation);
    } catch (const soci::soci_error&) {
      // A pooled connection whose server went away (restart, failover, idle kill) is only noticed
      // when it is used. Nothing has been done in this unit yet, so reconnecting and beginning
      // again is safe and keeps the failure away from the caller.
      if (!ConnectionLost(sql)) throw;
      Recover(sql);
      Begin(sql, mode, isolation);
    }
  } catch (...) {
    lease.MarkSuspect();
    RethrowTranslated(dialect_);
  }
}

void SociStore::RunOnConnection(app::TransactionMode mode, Isolation isolation,
                                const std::function<app::Ending(UnitOfWork&)>& work) {
  std::unique_lock<std::timed_mutex> writer(writer_, std::defer_lock);
  if (mode == app::TransactionMode::Write && !writer.try_lock_for(writer_wait_)) {
    throw app::StorageError("Database busy: another write unit held the writer for more than " +
                            std::to_string(writer_wait_.count()) + " ms");
  }
  ConnectionPool::Lease lease = pool_.Acquire();
  soci::session& sql = lease.Session();
  BeginOnLease(lease, mode, isolation);

  UnitOfWork unit{sql, dialect_};
  auto roll_back = [&] {
    try {
      Rollback(sql, mode);
    } catch (...) {
      // The transaction cannot be ended cleanly: do not hand this connection out unchecked.
      lease.MarkSuspect();
    }
    if (ConnectionLost(sql)) lease.MarkSuspect();
  };

  app::Ending ending = app::Ending::Commit;
  try {
    ending = work(unit);
  } catch (...) {
    unit.failed = true;
    roll_back();
    RethrowTranslated(dialect_);
  }
  if (unit.failed) {
    // The work caught a database error and returned normally; see UnitOfWork.
    roll_back();
    return;
  }
  if (ending == app::Ending::RollBack) {
    roll_back();
    return;
  }
  try {
    Commit(sql, mode);
  } catch (...) {
    roll_back();
    RethrowTranslated(dialect_);
  }
}

void SociStore::RunInTransaction(app::TransactionMode mode, const std::function<app::Ending(app::Transaction&)>& work) {
  RunOnConnection(mode, Isolation::OneWriter, [&](UnitOfWork& unit) {
    SociTransaction transaction(unit, repositories_);
    return work(transaction);
  });
}

std::vector<SociStore::AppliedMigration> SociStore::ReadApplied(soci::session& sql) {
  std::vector<AppliedMigration> applied;
  if (!MigrationTableExists(sql)) return applied;
  int version = 0;
  std::string name;
  soci::statement select = (sql.prepare << "SELECT version, name FROM schema_migrations ORDER BY version",
                            soci::into(version), soci::into(name));
  select.execute();
  while (select.fetch()) applied.push_back({version, name});
  return applied;
}

void SociStore::RefuseNewerDatabase(const std::vector<AppliedMigration>& applied) const {
  int known = migrations_.empty() ? 0 : migrations_.back().version;
  for (const AppliedMigration& migration : applied) {
    if (migration.version > known) {
      throw app::StorageError("The database has migration " + std::to_string(migration.version) + " (" +
                              migration.name + "), newer than this program knows (up to " + std::to_string(known) +
                              "); refusing to start with an older program");
    }
  }
}

std::vector<app::MigrationStatus> SociStore::Migrate() {
  std::vector<app::MigrationStatus> applied_now;
  std::vector<AppliedMigration> applied;
  RunOnConnection(app::TransactionMode::Read, Isolation::ReadCommitted, [&](UnitOfWork& unit) {
    try {
      applied = ReadApplied(unit.sql);
    } catch (...) {
      RethrowTranslated(dialect_);
    }
    return app::Ending::Commit;
  });
  RefuseNewerDatabase(applied);

  for (const MigrationFile& migration : migrations_) {
    bool done = std::ranges::any_of(applied, [&](const AppliedMigration& m) { return m.version == migration.version; });
    if (done) continue;
    // One transaction per migration, holding the migration lock: another process that got here
    // first has applied it by the time we see the table again.
    RunOnConnection(app::TransactionMode::Write, Isolation::ReadCommitted, [&](UnitOfWork& unit) {
      try {
        LockForMigration(unit.sql);
        std::vector<AppliedMigration> now_applied = ReadApplied(unit.sql);
        RefuseNewerDatabase(now_applied);
        if (std::ranges::any_of(now_applied,
                                [&](const AppliedMigration& m) { return m.version == migration.version; })) {
          return app::Ending::Commit;
        }
        for (const std::string& statement : SplitStatements(migration.script)) unit.sql << statement;
        int version = migration.version;
        long long applied_at =
            std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch())
                .count();
        unit.sql << "INSERT INTO schema_migrations (version, name, applied_at) VALUES (:version, :name, :applied_at)",
            soci::use(version, "version"), soci::use(migration.name, "name"), soci::use(applied_at, "applied_at");
        applied_now.push_back({migration.version, migration.name, true});
        return app::Ending::Commit;
      } catch (const app::StorageError&) {
        throw;
      } catch (...) {
        try {
          RethrowTranslated(dialect_);
        } catch (const app::StorageError& error) {
          throw app::StorageError("Migration " + std::to_string(migration.version) + " (" + migration.name +
                                  ") failed: " + error.what());
        }
      }
    });
  }
  return applied_now;
}

std::vector<app::MigrationStatus> SociStore::Migrations() {
  std::vector<AppliedMigration> applied;
  RunOnConnection(app::TransactionMode::Read, Isolation::ReadCommitted, [&](UnitOfWork& unit) {
    try {
      applied = ReadApplied(unit.sql);
    } catch (...) {
      RethrowTranslated(dialect_);
    }
    return app::Ending::Commit;
  });
  std::vector<app::MigrationStatus> statuses;
  for (const MigrationFile& migration : migrations_) {
    bool done = std::ranges::any_of(applied, [&](const AppliedMigration& m) { return m.version == migration.version; });
    statuses.push_back({migration.version, migration.name, done});
  }
  // Versions only the database knows (applied by a newer program) are listed too, so that
  // `migrate status` can show why the program refuses to start.
  for (const AppliedMigration& migration : applied) {
    bool known =
        std::ranges::any_of(migrations_, [&](const MigrationFile& m) { return m.version == migration.version; });
    if (!known) statuses.push_back({migration.version, migration.name, true});
  }
  return statuses;
}

bool SociStore::Ping() {
  try {
    ConnectionPool::Lease lease = pool_.Acquire();
    soci::session& sql = lease.Session();
    auto select_one = [&] {
      int one = 0;
      sql << "SELECT 1", soci::into(one);
      return one == 1;
    };
    try {
      if (lease.Suspect()) {
        Recover(sql);
        lease.MarkHealthy();
      }
      try {
        return select_one();
      } catch (const soci::soci_error&) {
        // As in BeginOnLease: a connection the server dropped while it sat in the pool is renewed.
        if (!ConnectionLost(sql)) throw;
        Recover(sql);
        return select_one();
      }
    } catch (...) {
      lease.MarkSuspect();
      return false;
    }
  } catch (...) {
    return false;
  }
}

}  // namespace lp::storage
