#pragma once

#include <string>
#include <string_view>

namespace lp::storage {

enum class SqlDialect { Sqlite, Postgresql };

std::string_view DialectName(SqlDialect dialect);

// Call only from inside a catch block. Rethrows the active exception as an app exception:
// unique and foreign-key violations become app::ConstraintViolation, PostgreSQL's serialisation
// failures and deadlocks (SQLSTATE 40001, 40P01) app::SerializationFailure, other SOCI and driver errors
// app::StorageError, with the driver's first message line only (its detail lines and SOCI's
// context can contain the values bound to the statement: e-mail addresses, password hashes).
// App exceptions and exceptions that are not the database's (e.g. from the work itself) pass
// through unchanged.
[[noreturn]] void RethrowTranslated(SqlDialect dialect);

// The first non-empty line of a driver message, trimmed, for a log-safe English message.
std::string FirstLine(std::string_view message);

}  // namespace lp::storage
