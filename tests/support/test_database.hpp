#pragma once

#include <memory>
#include <string>

#include "app/platform/store.hpp"
#include "storage/platform/open_store.hpp"

namespace lp::test {

// A fresh database for one test, on the backend named by LP_TEST_BACKEND:
//   sqlite (default)  a new file under /tmp, removed with its -wal and -shm files afterwards;
//   postgresql        a new database lp_test_<random> on the server in LP_TEST_POSTGRES_URL
//                     (scripts/pg-test-cluster.sh starts one), dropped afterwards.
// By default it already holds every migration: the first TestDatabase of a process migrates a
// template once (a file lp_template_<random>.db, or a database lp_template_<random> that nothing stays
// connected to), and every TestDatabase is a copy of it (a file copy, or CREATE DATABASE … TEMPLATE).
// The template is removed when the process exits. Schema::Empty gives an unmigrated database, for
// the tests of migrating itself.
// Throws std::runtime_error (which fails the test) when the backend is unknown or the PostgreSQL
// URL is missing: a database test that silently skips proves nothing.
// Destroy every Store opened on it before the TestDatabase itself.
class TestDatabase {
 public:
  enum class Schema { Migrated, Empty };

  explicit TestDatabase(Schema schema = Schema::Migrated);
  ~TestDatabase();
  TestDatabase(const TestDatabase&) = delete;
  TestDatabase& operator=(const TestDatabase&) = delete;

  const std::string& url() const { return url_; }
  // "sqlite" or "postgresql".
  const std::string& backend() const { return backend_; }

  // Opens the database and applies all migrations (none are pending on a Schema::Migrated database).
  std::unique_ptr<app::Store> Open(storage::StoreOptions options = {}) const;

  // PostgreSQL only: ends every server connection to this database, as a server restart would.
  void TerminateConnections() const;

  // Runs one SQL statement on a connection of its own, outside any Store (to set up odd states).
  void Execute(const std::string& statement) const;

 private:
  std::string backend_;
  std::string url_;
  std::string sqlite_path_;
  std::string maintenance_url_;
  std::string database_name_;
};

// The backend named by LP_TEST_BACKEND ("sqlite" when unset).
std::string TestBackend();

}  // namespace lp::test
