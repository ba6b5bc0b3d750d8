#pragma once

#include <functional>
#include <optional>
#include <string>
#include <type_traits>
#include <utility>
#include <vector>

#include "app/platform/repositories.hpp"

namespace lp::app {

struct PoolStats {
  int size = 0;         // connections in the pool
  int in_use = 0;       // leased right now
  long long waits = 0;  // leases that had to wait for a free connection (cumulative)
};

struct MigrationStatus {
  int version = 0;
  std::string name;
  bool applied = false;
};

enum class TransactionMode { Read, Write };

// The storage boundary: the one object the composition root picks (SQLite or PostgreSQL).
// Use cases run their work through Read/Write; Write commits only if the function returns
// normally and rolls back on any exception, so a write is never half done.
class Store {
 public:
  virtual ~Store() = default;

  template <typename F>
  auto Write(F&& work) {
    return Run(TransactionMode::Write, std::forward<F>(work));
  }
  template <typename F>
  auto Read(F&& work) {
    return Run(TransactionMode::Read, std::forward<F>(work));
  }

  // Applies pending migrations; returns the ones applied by this call.
  virtual std::vector<MigrationStatus> Migrate() = 0;
  virtual std::vector<MigrationStatus> Migrations() = 0;
  // A cheap round trip to the database (for /healthz).
  virtual bool Ping() = 0;
  virtual PoolStats Stats() const = 0;
  virtual std::string Dialect() const = 0;  // "sqlite" or "postgresql"

 protected:
  virtual void RunInTransaction(TransactionMode mode, const std::function<void(Transaction&)>& work) = 0;

 private:
  template <typename F>
  auto Run(TransactionMode mode, F&& work) {
    using R = std::invoke_result_t<F, Transaction&>;
    if constexpr (std::is_void_v<R>) {
      RunInTransaction(mode, [&](Transaction& tx) { work(tx); });
    } else {
      std::optional<R> result;
      RunInTransaction(mode, [&](Transaction& tx) { result.emplace(work(tx)); });
      return std::move(*result);
    }
  }
};

}  // namespace lp::app
