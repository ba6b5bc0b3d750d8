// Issue 14.4: on SQLite a commit is on disk before it is acknowledged (synchronous=FULL), unless the
// operator chose otherwise (LP_SQLITE_SYNCHRONOUS=normal). Read off every connection of the pool, through
// a repository registered only for this test.
#include <gtest/gtest.h>
#include <soci/soci.h>

#include <memory>
#include <vector>

#include "storage/platform/open_store.hpp"
#include "storage/platform/transaction.hpp"
#include "support/test_database.hpp"

namespace lp::storage_test {
namespace {

// What the connection of the unit of work says its `synchronous` level is (0 off, 1 normal, 2 full).
class SynchronousProbe {
 public:
  virtual ~SynchronousProbe() = default;
  virtual int Level() = 0;
};

class SqliteSynchronousProbe : public SynchronousProbe {
 public:
  explicit SqliteSynchronousProbe(storage::UnitOfWork& unit) : unit_(unit) {}
  int Level() override {
    int level = -1;
    unit_.sql << "PRAGMA synchronous", soci::into(level);
    return level;
  }

 private:
  storage::UnitOfWork& unit_;
};

// The level on each of the pool's connections: as many reads at once as the pool holds.
std::vector<int> LevelsOf(const test::TestDatabase& database, storage::SqliteSync sync) {
  storage::StoreOptions options;
  options.pool_size = 2;
  options.sqlite_sync = sync;
  options.repositories.Add<SynchronousProbe, SqliteSynchronousProbe>();
  const auto store = database.Open(options);
  std::vector<int> levels;
  store->Read([&](app::Transaction& outer) {
    levels.push_back(outer.Get<SynchronousProbe>().Level());
    store->Read([&](app::Transaction& inner) { levels.push_back(inner.Get<SynchronousProbe>().Level()); });
  });
  return levels;
}

TEST(SqliteDurability, CommitsReachTheDiskBeforeTheyAreAcknowledgedByDefault) {
  const test::TestDatabase database;
  if (database.backend() != "sqlite") GTEST_SKIP() << "a SQLite setting; PostgreSQL commits are durable as set up";
  EXPECT_EQ(LevelsOf(database, storage::StoreOptions{}.sqlite_sync), (std::vector<int>{2, 2}));
}

TEST(SqliteDurability, OperatorsMayChooseNormalForSlowDisks) {
  const test::TestDatabase database;
  if (database.backend() != "sqlite") GTEST_SKIP() << "a SQLite setting";
  EXPECT_EQ(LevelsOf(database, storage::SqliteSync::Normal), (std::vector<int>{1, 1}));
}

}  // namespace
}  // namespace lp::storage_test
