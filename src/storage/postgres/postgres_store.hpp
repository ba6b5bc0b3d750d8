#pragma once

#include <memory>
#include <string>

#include "app/platform/store.hpp"
#include "storage/platform/open_store.hpp"

namespace lp::storage {

// Connects options.pool_size sessions to the PostgreSQL server named by a libpq URI
// (postgresql://user:password@host:port/database?sslmode=...).
std::unique_ptr<app::Store> OpenPostgresStore(const std::string& url, const StoreOptions& options);

// The URL with its password replaced by "***", for messages and logs.
std::string RedactPassword(const std::string& url);

}  // namespace lp::storage
