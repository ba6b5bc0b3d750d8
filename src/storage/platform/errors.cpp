#include "storage/platform/errors.hpp"

#include <soci/postgresql/soci-postgresql.h>
#include <soci/soci.h>
#include <soci/sqlite3/soci-sqlite3.h>  // also declares the SQLITE_* result codes

#include <typeinfo>

#include "app/platform/repositories.hpp"

namespace lp::storage {
namespace {

constexpr std::string_view kUniqueViolation = "23505";
constexpr std::string_view kForeignKeyViolation = "23503";
constexpr std::string_view kSerializationFailure = "40001";
constexpr std::string_view kDeadlockDetected = "40P01";

bool Contains(std::string_view text, std::string_view part) { return text.find(part) != std::string_view::npos; }

}  // namespace

std::string_view DialectName(SqlDialect dialect) {
  switch (dialect) {
    case SqlDialect::Sqlite: return "sqlite";
    case SqlDialect::Postgresql: return "postgresql";
  }
  return "sqlite";
}

std::string FirstLine(std::string_view message) {
  while (!message.empty()) {
    std::size_t end = message.find('\n');
    std::string_view line = message.substr(0, end);
    while (!line.empty() && (line.front() == ' ' || line.front() == '\t')) line.remove_prefix(1);
    while (!line.empty() && (line.back() == ' ' || line.back() == '\r' || line.back() == '.')) line.remove_suffix(1);
    if (!line.empty()) return std::string(line);
    if (end == std::string_view::npos) break;
    message.remove_prefix(end + 1);
  }
  return "unknown error";
}

void RethrowTranslated(SqlDialect dialect) {
  try {
    throw;
  } catch (const app::StorageError&) {
    throw;
  } catch (const soci::postgresql_soci_error& error) {
    std::string line = FirstLine(error.get_error_message());
    std::string state = error.sqlstate();
    if (state == kUniqueViolation || state == kForeignKeyViolation) {
      throw app::ConstraintViolation("Constraint violated (postgresql): " + line);
    }
    if (state == kSerializationFailure || state == kDeadlockDetected) {
      throw app::SerializationFailure("Concurrent write (postgresql, SQLSTATE " + state + "): " + line);
    }
    throw app::StorageError("Database error (postgresql, SQLSTATE " + state + "): " + line);
  } catch (const soci::sqlite3_soci_error& error) {
    std::string line = FirstLine(error.get_error_message());
    // SOCI reports the primary result code; the kind of constraint is only in the message, whose
    // wording ("UNIQUE constraint failed: users.email") is stable across SQLite versions.
    bool constraint = (error.result() & 0xff) == SQLITE_CONSTRAINT;
    if (constraint && (Contains(line, "UNIQUE constraint failed") || Contains(line, "FOREIGN KEY constraint failed"))) {
      throw app::ConstraintViolation("Constraint violated (sqlite): " + line);
    }
    throw app::StorageError("Database error (sqlite): " + line);
  } catch (const soci::soci_error& error) {
    throw app::StorageError("Database error (" + std::string(DialectName(dialect)) +
                            "): " + FirstLine(error.get_error_message()));
  } catch (const std::bad_cast&) {
    // SOCI throws bad_cast when a column's type does not match the variable it is read into.
    throw app::StorageError("Database error (" + std::string(DialectName(dialect)) +
                            "): a column had an unexpected type");
  }
}

}  // namespace lp::storage
