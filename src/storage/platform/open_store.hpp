#pragma once

#include <chrono>
#include <memory>
#include <string>

#include "app/platform/store.hpp"
#include "storage/platform/repository_factories.hpp"

namespace lp::storage {

struct StoreOptions {
  int pool_size = 4;                               // connections kept open
  std::chrono::milliseconds busy_timeout{5000};    // SQLite: wait this long for a lock
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
