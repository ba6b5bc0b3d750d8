#include "storage/platform/connection_pool.hpp"

#include <soci/soci.h>

#include <string>
#include <utility>

namespace lp::storage {

ConnectionPool::ConnectionPool(int size, std::chrono::milliseconds lease_timeout, const Connect& connect)
    : lease_timeout_(lease_timeout) {
  if (size < 1) throw app::StorageError("The connection pool size must be at least 1");
  slots_.resize(static_cast<std::size_t>(size));
  for (std::size_t i = 0; i < slots_.size(); ++i) {
    slots_[i].session = connect();
    free_.push_back(i);
  }
}

ConnectionPool::~ConnectionPool() = default;

ConnectionPool::Lease ConnectionPool::Acquire() {
  std::unique_lock lock(mutex_);
  if (free_.empty()) {
    ++waits_;
    if (!available_.wait_for(lock, lease_timeout_, [this] { return !free_.empty(); })) {
      throw app::StorageError("Timed out after " + std::to_string(lease_timeout_.count()) +
                              " ms waiting for a free database connection (pool size " + std::to_string(slots_.size()) +
                              ")");
    }
  }
  std::size_t slot = free_.back();
  free_.pop_back();
  return Lease(this, slot);
}

app::PoolStats ConnectionPool::Stats() const {
  std::lock_guard lock(mutex_);
  app::PoolStats stats;
  stats.size = static_cast<int>(slots_.size());
  stats.in_use = static_cast<int>(slots_.size() - free_.size());
  stats.waits = waits_;
  return stats;
}

void ConnectionPool::Release(std::size_t slot) {
  {
    std::lock_guard lock(mutex_);
    free_.push_back(slot);
  }
  available_.notify_one();
}

ConnectionPool::Lease::Lease(Lease&& other) noexcept : pool_(std::exchange(other.pool_, nullptr)), slot_(other.slot_) {}

ConnectionPool::Lease::~Lease() {
  if (pool_ != nullptr) pool_->Release(slot_);
}

// The slot's fields are only touched by the lease holder, so they need no lock.
soci::session& ConnectionPool::Lease::Session() const { return *pool_->slots_[slot_].session; }
bool ConnectionPool::Lease::Suspect() const { return pool_->slots_[slot_].suspect; }
void ConnectionPool::Lease::MarkSuspect() { pool_->slots_[slot_].suspect = true; }
void ConnectionPool::Lease::MarkHealthy() { pool_->slots_[slot_].suspect = false; }

}  // namespace lp::storage
