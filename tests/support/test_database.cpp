#include "support/test_database.hpp"

// Plain libpq and SQLite here rather than SOCI: SOCI's inline code needs type information its
// shared libraries do not export, which the sanitizers' vptr check would have to see.
#include <postgresql/libpq-fe.h>
#include <sqlite3.h>

#include <cstdlib>
#include <filesystem>
#include <memory>
#include <random>
#include <stdexcept>
#include <system_error>

#include "cli/modules.hpp"

namespace lp::test {
namespace {

std::string RandomSuffix() {
  static constexpr char kDigits[] = "0123456789abcdef";
  std::random_device device;
  std::string suffix;
  for (int i = 0; i < 16; ++i) suffix.push_back(kDigits[device() % 16]);
  return suffix;
}

std::string Environment(const char* name) {
  const char* value = std::getenv(name);
  return value == nullptr ? std::string() : std::string(value);
}

// Replaces the database name (the URI path) of a postgresql:// URL, keeping any ?parameters.
std::string WithDatabase(const std::string& url, const std::string& database) {
  std::size_t scheme = url.find("://");
  if (scheme == std::string::npos) {
    throw std::runtime_error("LP_TEST_POSTGRES_URL must be a postgresql:// URL");
  }
  std::size_t path = url.find_first_of("/?", scheme + 3);
  if (path == std::string::npos) return url + "/" + database;
  std::size_t query = url.find('?', path);
  std::string rest = query == std::string::npos ? std::string() : url.substr(query);
  return url.substr(0, path) + "/" + database + rest;
}

// Runs one statement (or several, separated by ';') on a new connection to the given server URL.
void ExecutePostgres(const std::string& url, const std::string& statement) {
  std::unique_ptr<PGconn, decltype(&PQfinish)> connection(PQconnectdb(url.c_str()), &PQfinish);
  if (PQstatus(connection.get()) != CONNECTION_OK) {
    throw std::runtime_error(std::string("Cannot connect to the test PostgreSQL server: ") +
                             PQerrorMessage(connection.get()));
  }
  std::unique_ptr<PGresult, decltype(&PQclear)> result(PQexec(connection.get(), statement.c_str()), &PQclear);
  ExecStatusType status = PQresultStatus(result.get());
  if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) {
    throw std::runtime_error("PostgreSQL test statement failed: " + std::string(PQerrorMessage(connection.get())));
  }
}

void ExecuteSqlite(const std::string& path, const std::string& statement) {
  sqlite3* raw = nullptr;
  int opened = sqlite3_open(path.c_str(), &raw);
  std::unique_ptr<sqlite3, decltype(&sqlite3_close)> connection(raw, &sqlite3_close);
  if (opened != SQLITE_OK) throw std::runtime_error("Cannot open the test SQLite database " + path);
  sqlite3_busy_timeout(connection.get(), 5000);
  char* error = nullptr;
  if (sqlite3_exec(connection.get(), statement.c_str(), nullptr, nullptr, &error) != SQLITE_OK) {
    std::string message = error == nullptr ? "unknown error" : error;
    sqlite3_free(error);
    throw std::runtime_error("SQLite test statement failed: " + message);
  }
}

}  // namespace

std::string TestBackend() {
  std::string backend = Environment("LP_TEST_BACKEND");
  return backend.empty() ? "sqlite" : backend;
}

TestDatabase::TestDatabase() : backend_(TestBackend()) {
  if (backend_ == "sqlite") {
    sqlite_path_ = (std::filesystem::temp_directory_path() / ("lp_test_" + RandomSuffix() + ".db")).string();
    url_ = "sqlite://" + sqlite_path_;
  } else if (backend_ == "postgresql") {
    maintenance_url_ = Environment("LP_TEST_POSTGRES_URL");
    if (maintenance_url_.empty()) {
      throw std::runtime_error(
          "LP_TEST_BACKEND=postgresql needs LP_TEST_POSTGRES_URL; start a throwaway server with "
          "eval \"$(scripts/pg-test-cluster.sh start /tmp/lp-pg)\"");
    }
    database_name_ = "lp_test_" + RandomSuffix();
    // The name is ours (letters and digits), and CREATE DATABASE takes no parameters.
    ExecutePostgres(maintenance_url_, "CREATE DATABASE " + database_name_);
    url_ = WithDatabase(maintenance_url_, database_name_);
  } else {
    throw std::runtime_error("LP_TEST_BACKEND must be sqlite or postgresql, not '" + backend_ + "'");
  }
}

TestDatabase::~TestDatabase() {
  if (!sqlite_path_.empty()) {
    std::error_code ignored;
    for (const char* suffix : {"", "-wal", "-shm", "-journal"}) {
      std::filesystem::remove(sqlite_path_ + suffix, ignored);
    }
  }
  if (!database_name_.empty()) {
    try {
      ExecutePostgres(maintenance_url_, "DROP DATABASE IF EXISTS " + database_name_ + " WITH (FORCE)");
    } catch (const std::exception&) {
      // A left-over database in a throwaway cluster is harmless; a throwing destructor is not.
    }
  }
}

std::unique_ptr<app::Store> TestDatabase::Open(storage::StoreOptions options) const {
  options.repositories.Append(cli::ModuleRepositories());
  std::unique_ptr<app::Store> store = storage::OpenStore(url_, options);
  store->Migrate();
  return store;
}

void TestDatabase::TerminateConnections() const {
  if (database_name_.empty()) throw std::logic_error("TerminateConnections is for PostgreSQL test databases");
  ExecutePostgres(maintenance_url_,
                  "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" + database_name_ + "'");
}

void TestDatabase::Execute(const std::string& statement) const {
  if (!sqlite_path_.empty()) {
    ExecuteSqlite(sqlite_path_, statement);
  } else {
    ExecutePostgres(url_, statement);
  }
}

}  // namespace lp::test
