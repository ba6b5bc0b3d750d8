#pragma once

#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <functional>
#include <memory>
#include <mutex>
#include <vector>

#include "app/platform/store.hpp"

namespace soci {
class session;
}

namespace lp::storage {

// A fixed set of open SOCI sessions, each leased to one unit of work at a time.
// SOCI's own connection_pool has neither statistics nor a health check, hence this small wrapper:
// a lease that ended in a failure marks its connection suspect, and the store checks (and, for
// PostgreSQL, reconnects) a suspect connection before handing it out again.
class ConnectionPool {
 public:
  using Connect = std::function<std::unique_ptr<soci::session>()>;

  // Opens all `size` connections at once, so a wrong URL or an unreachable server fails at start-up.
  ConnectionPool(int size, std::chrono::milliseconds lease_timeout, const Connect& connect);
  ~ConnectionPool();
  ConnectionPool(const ConnectionPool&) = delete;
  ConnectionPool& operator=(const ConnectionPool&) = delete;

  class Lease {
   public:
    Lease(Lease&& other) noexcept;
    Lease& operator=(Lease&&) = delete;
    Lease(const Lease&) = delete;
    Lease& operator=(const Lease&) = delete;
    ~Lease();

    soci::session& Session() const;
    bool Suspect() const;
    void MarkSuspect();
    void MarkHealthy();

   private:
    friend class ConnectionPool;
    Lease(ConnectionPool* pool, std::size_t slot) : pool_(pool), slot_(slot) {}
    ConnectionPool* pool_;
    std::size_t slot_;
  };

  // Waits up to the lease timeout for a free connection; throws app::StorageError after that.
  Lease Acquire();
  app::PoolStats Stats() const;

 private:
  struct Slot {
    std::unique_ptr<soci::session> session;
    bool suspect = false;
  };

  void Release(std::size_t slot);

  std::chrono::milliseconds lease_timeout_;
  std::vector<Slot> slots_;
  mutable std::mutex mutex_;
  std::condition_variable available_;
  std::vector<std::size_t> free_;  // indices into slots_
  long long waits_ = 0;
};

}  // namespace lp::storage
