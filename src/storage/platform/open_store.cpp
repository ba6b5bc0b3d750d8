#include "storage/platform/open_store.hpp"

#include <string_view>

#include "storage/postgres/postgres_store.hpp"
#include "storage/sqlite/sqlite_store.hpp"

namespace lp::storage {

std::unique_ptr<app::Store> OpenStore(const std::string& database_url, const StoreOptions& options) {
  constexpr std::string_view kSqlite = "sqlite://";
  std::string_view url = database_url;
  if (url.starts_with(kSqlite)) {
    std::string_view path = url.substr(kSqlite.size());
    if (!path.starts_with('/')) {
      throw app::StorageError("A SQLite URL needs an absolute path: sqlite:///path/to/file.db (three slashes)");
    }
    return OpenSqliteStore(std::string(path), options);
  }
  if (url.starts_with("postgresql://") || url.starts_with("postgres://")) {
    return OpenPostgresStore(database_url, options);
  }
  std::string scheme(url.substr(0, url.find(':')));
  throw app::StorageError("Unsupported database URL scheme '" + (scheme.size() > 20 ? scheme.substr(0, 20) : scheme) +
                          "'; use sqlite:///absolute/path.db or postgresql://user@host:port/database");
}

}  // namespace lp::storage
