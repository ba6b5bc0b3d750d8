#pragma once

#include <chrono>
#include <memory>
#include <string>

#include "app/platform/store.hpp"
#include "storage/platform/repository_factories.hpp"

namespace lp::storage {

// SQLite's `synchronous` setting. Full: a commit is on disk before it is acknowledged, so nothing
// committed is lost even on power loss. Normal: in WAL mode a process crash loses nothing, but a power
// cut or OS crash may lose the last commits (never corrupts); faster on slow disks.
enum class SqliteSync { Full, Normal };

struct StoreOptions {
  int pool_size = 4;                               // connections kept open
  std::chrono::milliseconds busy_timeout{5000};    // SQLite: wait this long for a lock
  SqliteSync sqlite_sync = SqliteSync::Full;       // SQLite: durability of a commit
  std::chrono::milliseconds lease_timeout{10000};  // wait this long for a free pooled connection
  // The modules' repositories (the platform's own are always there); the composition root's module
  // list supplies them (cli::ModuleRepositories()).
  RepositoryFactories repositories;
};

// The composition root's one switch between the databases:
//   sqlite:///absolute/path.db   (file is created when missing; WAL, foreign keys, busy timeout)
//   postgresql://user:pass@host:port/db?... (libpq connection URI)
// Throws app::StorageError with an English message naming the problem (bad URL, cannot connect).
std::unique_ptr<app::Store> OpenStore(const std::string& database_url, const StoreOptions& options = {});

}  // namespace lp::storage
