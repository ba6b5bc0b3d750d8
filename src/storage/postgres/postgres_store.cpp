#include "storage/postgres/postgres_store.hpp"

#include <libpq-fe.h>
#include <soci/postgresql/soci-postgresql.h>
#include <soci/soci.h>

#include <memory>

#include "storage/platform/soci_store.hpp"

namespace lp::storage {
namespace {

// Any fixed number works as long as every portal process uses the same one.
constexpr long long kMigrationLockKey = 7'305'611'529'001;
// Held by every write unit of the application until it commits or rolls back.
constexpr long long kWriteLockKey = 7'305'611'529'002;

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

// SOCI does not hand its connection string to libpq unchanged: it splits it into key=value words
// (to find its own "singlerow" option) and joins them again, which breaks a URI. So the URI is parsed
// by libpq here and written as words that survive that round trip: each value single-quoted for
// libpq and wrapped in double quotes for SOCI, which strips them again.
std::string SociConnectString(const std::string& url) {
  char* error = nullptr;
  std::unique_ptr<PQconninfoOption, decltype(&PQconninfoFree)> options(PQconninfoParse(url.c_str(), &error),
                                                                       &PQconninfoFree);
  if (!options) {
    std::string reason = error == nullptr ? "out of memory" : FirstLine(error);
    PQfreemem(error);
    throw app::StorageError("Invalid PostgreSQL URL " + RedactPassword(url) + ": " + reason);
  }
  std::string words;
  for (const PQconninfoOption* option = options.get(); option->keyword != nullptr; ++option) {
    if (option->val == nullptr) continue;
    std::string value(option->val);
    std::string quoted = "'";
    for (char c : value) {
      if (c == '\\' || c == '\'') quoted.push_back('\\');
      quoted.push_back(c);
    }
    quoted.push_back('\'');
    bool has_space = value.find_first_of(" \t\r\n") != std::string::npos;
    if (has_space && value.find('"') != std::string::npos) {
      throw app::StorageError(std::string("The PostgreSQL setting '") + option->keyword +
                              "' contains both a space and a double quote, which SOCI cannot pass on");
    }
    if (!words.empty()) words.push_back(' ');
    words += std::string(option->keyword) + "=" + (has_space ? "\"" + quoted + "\"" : quoted);
  }
  return words;
}

std::unique_ptr<soci::session> Connect(const std::string& url, const std::string& connect_string) {
  try {
    return std::make_unique<soci::session>(soci::postgresql, connect_string);
  } catch (const soci::soci_error& error) {
    throw app::StorageError(ConnectError(url, error));
  }
}

class PostgresStore final : public SociStore {
 public:
  PostgresStore(const std::string& url, const StoreOptions& options)
      : SociStore(SqlDialect::Postgresql, options,
                  [url, connect_string = SociConnectString(url)] { return Connect(url, connect_string); }),
        url_(url) {}

 protected:
  void Begin(soci::session& sql, app::TransactionMode mode, Isolation isolation) override {
    if (mode == app::TransactionMode::Read) {
      sql << "BEGIN READ ONLY";
      return;
    }
    sql << "BEGIN";
    if (isolation == Isolation::OneWriter) {
      // Under READ COMMITTED alone, a unit that checks a version and then writes can act on a state
      // another unit changes meanwhile (issue 14: ten "publishes" from one version gave four new
      // versions). Taking this lock first makes write units run one at a time, as SQLite's do; each
      // statement after it sees all that committed before. Read units take no lock and run alongside.
      long long key = kWriteLockKey;
      sql << "SELECT pg_advisory_xact_lock(:key)", soci::use(key, "key");
    }
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
