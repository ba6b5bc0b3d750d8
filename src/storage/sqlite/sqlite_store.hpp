#pragma once

#include <memory>
#include <string>

#include "app/platform/store.hpp"
#include "storage/platform/open_store.hpp"

namespace lp::storage {

// Opens (creating the file when missing) the SQLite database at an absolute path. The folder must
// exist: creating it here would hide a mistyped path.
std::unique_ptr<app::Store> OpenSqliteStore(const std::string& path, const StoreOptions& options);

}  // namespace lp::storage
