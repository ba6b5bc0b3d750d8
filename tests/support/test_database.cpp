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

void RemoveSqliteFiles(const std::string& path) {
  std::error_code ignored;
  for (const char* suffix : {"", "-wal", "-shm", "-journal"}) std::filesystem::remove(path + suffix, ignored);
}

std::string PostgresMaintenanceUrl() {
  std::string url = Environment("LP_TEST_POSTGRES_URL");
  if (url.empty()) {
    throw std::runtime_error(
        "LP_TEST_BACKEND=postgresql needs LP_TEST_POSTGRES_URL; start a throwaway server with "
        "eval \"$(scripts/pg-test-cluster.sh start /tmp/lp-pg)\"");
  }
  return url;
}

// The migrated database every Schema::Migrated TestDatabase of this process copies: migrating once
// per process instead of once per test. Made on first use, removed at process exit.
class MigratedTemplate {
 public:
  // The template of the process's backend (LP_TEST_BACKEND is fixed for a run).
  static const MigratedTemplate& Get() {
    static const MigratedTemplate instance(TestBackend());
    return instance;
  }

  MigratedTemplate(const MigratedTemplate&) = delete;
  MigratedTemplate& operator=(const MigratedTemplate&) = delete;

  ~MigratedTemplate() {
    if (!sqlite_path_.empty()) RemoveSqliteFiles(sqlite_path_);
    if (!database_name_.empty()) {
      try {
        ExecutePostgres(maintenance_url_, "DROP DATABASE IF EXISTS " + database_name_ + " WITH (FORCE)");
      } catch (const std::exception&) {
        // A left-over database in a throwaway cluster is harmless; a throwing destructor is not.
      }
    }
  }

  // A complete SQLite database file in rollback-journal mode (no -wal file belongs to it).
  const std::string& sqlite_path() const { return sqlite_path_; }
  // A PostgreSQL database nobody may connect to, so CREATE DATABASE … TEMPLATE never finds it busy.
  const std::string& database_name() const { return database_name_; }

 private:
  explicit MigratedTemplate(const std::string& backend) {
    const std::string suffix = RandomSuffix();
    if (backend == "sqlite") {
      sqlite_path_ = (std::filesystem::temp_directory_path() / ("lp_template_" + suffix + ".db")).string();
      MigrateOnce("sqlite://" + sqlite_path_);
      // The store has closed its connections, so SQLite has checkpointed the WAL into the file; leaving
      // WAL mode on a connection of our own makes sure of it and removes the -wal and -shm files, so a
      // copy of the one file is the whole database. Each copy goes back to WAL when a store opens it.
      ExecuteSqlite(sqlite_path_, "PRAGMA journal_mode = DELETE");
      for (const char* suffix_of_file : {"-wal", "-shm"}) {
        if (std::filesystem::exists(sqlite_path_ + suffix_of_file)) {
          throw std::runtime_error("The SQLite template " + sqlite_path_ + " still has a " + suffix_of_file + " file");
        }
      }
    } else if (backend == "postgresql") {
      maintenance_url_ = PostgresMaintenanceUrl();
      database_name_ = "lp_template_" + suffix;
      ExecutePostgres(maintenance_url_, "CREATE DATABASE " + database_name_);
      MigrateOnce(WithDatabase(maintenance_url_, database_name_));
      ExecutePostgres(maintenance_url_, "ALTER DATABASE " + database_name_ + " ALLOW_CONNECTIONS false");
    } else {
      throw std::runtime_error("LP_TEST_BACKEND must be sqlite or postgresql, not '" + backend + "'");
    }
  }

  static void MigrateOnce(const std::string& url) {
    storage::StoreOptions options;
    options.pool_size = 1;
    // Destroying the store closes its connection before the template is copied.
    storage::OpenStore(url, options)->Migrate();
  }

  std::string sqlite_path_;
  std::string maintenance_url_;
  std::string database_name_;
};

}  // namespace

std::string TestBackend() {
  std::string backend = Environment("LP_TEST_BACKEND");
  return backend.empty() ? "sqlite" : backend;
}

TestDatabase::TestDatabase(Schema schema) : backend_(TestBackend()) {
  if (backend_ != "sqlite" && backend_ != "postgresql") {
    throw std::runtime_error("LP_TEST_BACKEND must be sqlite or postgresql, not '" + backend_ + "'");
  }
  const MigratedTemplate* migrated = schema == Schema::Migrated ? &MigratedTemplate::Get() : nullptr;
  if (backend_ == "sqlite") {
    sqlite_path_ = (std::filesystem::temp_directory_path() / ("lp_test_" + RandomSuffix() + ".db")).string();
    url_ = "sqlite://" + sqlite_path_;
    if (migrated != nullptr) std::filesystem::copy_file(migrated->sqlite_path(), sqlite_path_);
  } else {
    maintenance_url_ = PostgresMaintenanceUrl();
    database_name_ = "lp_test_" + RandomSuffix();
    // The names are ours (letters and digits), and CREATE DATABASE takes no parameters.
    ExecutePostgres(maintenance_url_, "CREATE DATABASE " + database_name_ +
                                          (migrated != nullptr ? " TEMPLATE " + migrated->database_name() : ""));
    url_ = WithDatabase(maintenance_url_, database_name_);
  }
}

TestDatabase::~TestDatabase() {
  if (!sqlite_path_.empty()) RemoveSqliteFiles(sqlite_path_);
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
