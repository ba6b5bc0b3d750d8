#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "storage/platform/errors.hpp"

namespace lp::storage {

// One numbered migration compiled into the binary from migrations/<dialect>/NNN_name.sql.
struct MigrationFile {
  int version = 0;
  std::string name;
  std::string_view script;
};

// The dialect's migrations in version order. Throws app::StorageError for a badly named file or a
// version used twice, so a packaging mistake stops the program before it touches the database.
std::vector<MigrationFile> LoadMigrations(SqlDialect dialect);

// Splits a script into single statements (SQLite prepares only the first statement of a string,
// and PostgreSQL's extended protocol accepts one per call). Understands quotes, dollar quotes and
// comments, so a ';' inside them does not split, and SQLite's CREATE TRIGGER … BEGIN … END, whose
// body statements end at the END.
std::vector<std::string> SplitStatements(std::string_view script);

}  // namespace lp::storage
