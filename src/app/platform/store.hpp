#pragma once

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

#include "app/platform/errors.hpp"
#include "app/platform/repositories.hpp"
#include "app/platform/result.hpp"

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

// How the work of a unit tells the store to end it.
enum class Ending { Commit, RollBack };

// What a write that lost a race with a concurrent one ends as, when its use case says nothing more.
inline constexpr std::string_view kLostRace =
    "En anden ændrede det samme i samme øjeblik, så intet er gemt. Se siden igen, og prøv en gang til.";

template <typename T>
struct IsResult : std::false_type {};
template <typename T>
struct IsResult<Result<T>> : std::true_type {};

// The storage boundary: the one object the composition root picks (SQLite or PostgreSQL).
// Use cases run their work through Read/Write, one unit of work each, and a write is never half done:
//   * Write commits only when the work returns normally and, if it returns a Result, that Result holds
//     a value. A Result holding an error rolls everything the work wrote back and is returned as it is,
//     so "return Conflict(…)" after a write cannot leave the write behind. Any exception rolls back.
//   * Write units run one at a time, each seeing everything committed before it (SQLite: its single
//     writer; PostgreSQL: a transaction-scoped lock taken first). A version checked in a unit is
//     still the version when the unit writes, on both databases.
//   * A write that lost a race (a unique key taken meanwhile: ConstraintViolation; or the database
//     aborting the unit: SerializationFailure) ends as a Conflict when the work returns a Result:
//     with the use case's own error if it passes one (Write(work, Conflict("…"))), else with the
//     standard Danish text kLostRace. A form then comes back with its text kept (web FinishForm: 409).
//     Work that returns something else throws WriteConflict on, and the web layer answers 409 with
//     the same text; never the 503 of a database that is down.
class Store {
 public:
  virtual ~Store() = default;

  template <typename F>
  auto Write(F&& work) {
    using R = std::remove_cvref_t<std::invoke_result_t<F&, Transaction&>>;
    if constexpr (IsResult<R>::value) {
      return Write(std::forward<F>(work), Conflict(std::string(kLostRace)));
    } else {
      return Run(TransactionMode::Write, work);
    }
  }
  // As Write(work), with the error a lost race ends as; only for work that returns a Result.
  template <typename F>
  auto Write(F&& work, Error lost_race) {
    using R = std::remove_cvref_t<std::invoke_result_t<F&, Transaction&>>;
    static_assert(IsResult<R>::value, "only work that returns a Result can end as an error");
    try {
      return Run(TransactionMode::Write, work);
    } catch (const WriteConflict&) {
      return R(std::move(lost_race));
    }
  }
  template <typename F>
  auto Read(F&& work) {
    return Run(TransactionMode::Read, work);
  }

  // Applies pending migrations; returns the ones applied by this call.
  virtual std::vector<MigrationStatus> Migrate() = 0;
  virtual std::vector<MigrationStatus> Migrations() = 0;
  // A cheap round trip to the database (for /healthz).
  virtual bool Ping() = 0;
  virtual PoolStats Stats() const = 0;
  virtual std::string Dialect() const = 0;  // "sqlite" or "postgresql"

 protected:
  // Runs a unit of work in one transaction: commits when `work` returns Ending::Commit, rolls back
  // when it returns Ending::RollBack or throws (and rethrows).
  virtual void RunInTransaction(TransactionMode mode, const std::function<Ending(Transaction&)>& work) = 0;
  // For a store that wraps another one (e.g. a test double): runs the unit on `inner`.
  static void RunInTransactionOf(Store& inner, TransactionMode mode, const std::function<Ending(Transaction&)>& work) {
    inner.RunInTransaction(mode, work);
  }

 private:
  template <typename F>
  auto Run(TransactionMode mode, F& work) {
    using R = std::invoke_result_t<F&, Transaction&>;
    if constexpr (std::is_void_v<R>) {
      RunInTransaction(mode, [&](Transaction& tx) {
        work(tx);
        return Ending::Commit;
      });
    } else {
      std::optional<R> result;
      RunInTransaction(mode, [&](Transaction& tx) {
        result.emplace(work(tx));
        if constexpr (IsResult<std::remove_cvref_t<R>>::value) return result->ok() ? Ending::Commit : Ending::RollBack;
        return Ending::Commit;
      });
      return std::move(*result);
    }
  }
};

}  // namespace lp::app
