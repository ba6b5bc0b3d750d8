#include "storage/postgres/postgres_store.hpp"

#include <libpq-fe.h>
#include <soci/postgresql/soci-postgresql.h>
#include <soci/soci.h>

#include "storage/common/soci_store.hpp"

namespace lp::storage {
namespace {

// Any fixed number works as long as every portal process uses the same one.
constexpr long long kMigrationLockKey = 7'305'611'529'001;

// libpq messages name host, port and user but never the password; the URL is left out anyway,
// because it may carry one.
std::string ConnectError(const std::string& url, const soci::soci_error& error) {
  std::string message = error.get_error_message();
  std::string detail;
  // SOCI prefixes "Cannot establish connection to the database."; libpq's reason follows.
  for (std::size_t start = 0; start < message.size();) {
    std::size_t end = message.find('\n', start);
    std::string line = FirstLine(message.substr(start, end == std::string::npos ? std::string::npos : end - start));
    if (line != "unknown error" && line.find("Cannot establish connection") == std::string::npos) {
      if (!detail.empty()) detail += "; ";
      detail += line;
    }
    if (end == std::string::npos) break;
    start = end + 1;
  }
  if (detail.empty()) detail = FirstLine(message);
  return "Cannot connect to PostgreSQL at " + RedactPassword(url) + ": " + detail;
}

std::unique_ptr<soci::session> Connect(const std::string& url) {
  try {
    // SOCI hands the string to libpq's PQconnectdb, which accepts a URI as well as key=value pairs.
    return std::make_unique<soci::session>(soci::postgresql, url);
  } catch (const soci::soci_error& error) {
    throw app::StorageError(ConnectError(url, error));
  }
}

class PostgresStore final : public SociStore {
 public:
  PostgresStore(const std::string& url, const StoreOptions& options)
      : SociStore(SqlDialect::Postgresql, options, [url] { return Connect(url); }), url_(url) {}

 protected:
  void Begin(soci::session& sql, app::TransactionMode mode) override {
    sql << (mode == app::TransactionMode::Write ? "BEGIN" : "BEGIN READ ONLY");
  }

  void Commit(soci::session& sql, app::TransactionMode) override { sql << "COMMIT"; }

  void Rollback(soci::session& sql, app::TransactionMode) override {
    if (PQtransactionStatus(Native(sql)) != PQTRANS_IDLE) sql << "ROLLBACK";
  }

  void LockForMigration(soci::session& sql) override {
    // Held until the transaction ends; a second process waits here, then sees the migration applied.
    long long key = kMigrationLockKey;
    sql << "SELECT pg_advisory_xact_lock(:key)", soci::use(key, "key");
  }

  bool MigrationTableExists(soci::session& sql) override {
    long long count = 0;
    sql << "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = current_schema() "
           "AND table_name = 'schema_migrations'",
        soci::into(count);
    return count > 0;
  }

  bool ConnectionLost(soci::session& sql) override { return PQstatus(Native(sql)) == CONNECTION_BAD; }

  void Recover(soci::session& sql) override {
    if (!ConnectionLost(sql)) {
      try {
        Rollback(sql, app::TransactionMode::Write);
        int one = 0;
        sql << "SELECT 1", soci::into(one);
        if (one == 1) return;
      } catch (const soci::soci_error&) {
        // Fall through to a fresh connection.
      }
    }
    try {
      sql.reconnect();
    } catch (const soci::soci_error& error) {
      throw app::StorageError(ConnectError(url_, error));
    }
  }

 private:
  static PGconn* Native(soci::session& sql) {
    return static_cast<soci::postgresql_session_backend*>(sql.get_backend())->conn_;
  }

  std::string url_;
};

}  // namespace

std::string RedactPassword(const std::string& url) {
  std::size_t scheme = url.find("://");
  if (scheme == std::string::npos) return url;
  std::size_t authority = scheme + 3;
  std::size_t authority_end = url.find_first_of("/?#", authority);
  if (authority_end == std::string::npos) authority_end = url.size();
  std::size_t at = url.rfind('@', authority_end);
  if (at == std::string::npos || at < authority) return url;
  std::size_t colon = url.find(':', authority);
  if (colon == std::string::npos || colon > at) return url;
  return url.substr(0, colon + 1) + "***" + url.substr(at);
}

std::unique_ptr<app::Store> OpenPostgresStore(const std::string& url, const StoreOptions& options) {
  return std::make_unique<PostgresStore>(url, options);
}

}  // namespace lp::storage
