#include "storage/sqlite/sqlite_store.hpp"

#include <soci/soci.h>
#include <soci/sqlite3/soci-sqlite3.h>

#include <filesystem>
#include <string>
#include <system_error>

#include "storage/platform/soci_store.hpp"

namespace lp::storage {
namespace {

// Once per process, before SQLite initialises: no global memory statistics (they take a global
// mutex on every allocation, which every request's threads contended for), and no per-connection
// mutex (the pool gives a connection to one thread at a time). SQLITE_MISUSE if SQLite was already
// initialised in this process, which leaves its defaults: slower, not wrong.
void ConfigureSqliteOnce() {
  static const bool configured = [] {
    const bool memstatus = sqlite_api::sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0) == SQLITE_OK;
    const bool multithread = sqlite_api::sqlite3_config(SQLITE_CONFIG_MULTITHREAD) == SQLITE_OK;
    return memstatus && multithread;
  }();
  static_cast<void>(configured);
}

std::unique_ptr<soci::session> Connect(const std::string& path, const StoreOptions& options) {
  ConfigureSqliteOnce();
  try {
    // SOCI splits its connection string on spaces; a quoted value may contain them.
    auto sql = std::make_unique<soci::session>(soci::sqlite3, "db=\"" + path + "\"");
    // The busy timeout comes first: changing the journal mode needs a lock another process may hold.
    long long busy_ms = options.busy_timeout.count();
    *sql << "PRAGMA busy_timeout = " + std::to_string(busy_ms);
    std::string journal_mode;
    *sql << "PRAGMA journal_mode = WAL", soci::into(journal_mode);
    if (journal_mode != "wal") {
      throw app::StorageError("SQLite database " + path + " cannot use WAL mode (journal mode is '" + journal_mode +
                              "'); is it on a network file system?");
    }
    *sql << "PRAGMA foreign_keys = ON";
    // FULL by default: an acknowledged commit survives a power cut (see SqliteSync, docs/PERFORMANCE.md).
    *sql << (options.sqlite_sync == SqliteSync::Full ? "PRAGMA synchronous = FULL" : "PRAGMA synchronous = NORMAL");
    return sql;
  } catch (const soci::soci_error& error) {
    throw app::StorageError("Cannot open SQLite database " + path + ": " + FirstLine(error.get_error_message()));
  }
}

class SqliteStore final : public SociStore {
 public:
  SqliteStore(const std::string& path, const StoreOptions& options)
      : SociStore(SqlDialect::Sqlite, options, [path, options] { return Connect(path, options); }) {}

 protected:
  void Begin(soci::session& sql, app::TransactionMode mode, Isolation) override {
    if (mode == app::TransactionMode::Write) {
      // IMMEDIATE takes the write lock up front, where the busy timeout applies. A deferred
      // transaction that reads and then writes can fail with SQLITE_BUSY at once instead of waiting,
      // because SQLite cannot upgrade a reader whose snapshot is out of date. It also makes write units
      // run one at a time, each seeing all that committed before it (Isolation::OneWriter).
      sql << "BEGIN IMMEDIATE";
    } else {
      // query_only makes a write in a Read unit fail as it does on PostgreSQL (BEGIN READ ONLY).
      Execute(sql, "PRAGMA query_only = ON; BEGIN");
    }
  }

  void Commit(soci::session& sql, app::TransactionMode mode) override {
    if (mode == app::TransactionMode::Read) {
      Execute(sql, "COMMIT; PRAGMA query_only = OFF");
    } else {
      sql << "COMMIT";
    }
  }

  void Rollback(soci::session& sql, app::TransactionMode mode) override {
    // A failed COMMIT or statement may already have ended the transaction.
    if (sqlite_api::sqlite3_get_autocommit(Native(sql)) == 0) sql << "ROLLBACK";
    if (mode == app::TransactionMode::Read) sql << "PRAGMA query_only = OFF";
  }

  void LockForMigration(soci::session&) override {
    // Nothing to add: the write transaction began with BEGIN IMMEDIATE, which already excludes
    // every other writer, in this process or another, until it ends.
  }

  bool MigrationTableExists(soci::session& sql) override {
    long long count = 0;
    sql << "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'", soci::into(count);
    return count > 0;
  }

  bool ConnectionLost(soci::session&) override { return false; }

  void Recover(soci::session& sql) override {
    if (sqlite_api::sqlite3_get_autocommit(Native(sql)) == 0) sql << "ROLLBACK";
    sql << "PRAGMA query_only = OFF";
  }

 private:
  static sqlite_api::sqlite3* Native(soci::session& sql) {
    return static_cast<soci::sqlite3_session_backend*>(sql.get_backend())->conn_;
  }

  // Statements without results, run by SQLite directly: the two of a read unit's start and end in
  // one call, without a SOCI statement object each (every page runs one to three read units).
  // Fails as a SOCI statement would, so that errors map the same way (storage/platform/errors.cpp).
  static void Execute(soci::session& sql, const char* statements) {
    char* message = nullptr;
    const int result = sqlite_api::sqlite3_exec(Native(sql), statements, nullptr, nullptr, &message);
    if (result == SQLITE_OK) return;
    std::string text = message != nullptr ? message : sqlite_api::sqlite3_errstr(result);
    sqlite_api::sqlite3_free(message);
    throw soci::sqlite3_soci_error(text, result);
  }
};

}  // namespace

std::unique_ptr<app::Store> OpenSqliteStore(const std::string& path, const StoreOptions& options) {
  std::filesystem::path file(path);
  if (!file.is_absolute()) {
    throw app::StorageError("The SQLite database path must be absolute (sqlite:///path/to/file.db), got: " + path);
  }
  if (path.find('"') != std::string::npos) {
    throw app::StorageError("The SQLite database path must not contain a double quote");
  }
  std::error_code error;
  std::filesystem::path folder = file.parent_path();
  if (!std::filesystem::is_directory(folder, error)) {
    throw app::StorageError("The folder for the SQLite database does not exist: " + folder.string());
  }
  if (std::filesystem::is_directory(file, error)) {
    throw app::StorageError("The SQLite database path is a folder, not a file: " + path);
  }
  return std::make_unique<SqliteStore>(path, options);
}

}  // namespace lp::storage
