#pragma once

// Conversions between the portal's values and how both databases store them: calendar days as TEXT
// 'YYYY-MM-DD' (checked by the schema), moments as integer seconds since the epoch (UTC), ids as
// integers, codes of enumerations as TEXT, and values that may be NULL as a value with a SOCI
// indicator (Nullable).

#include <soci/soci-backend.h>

#include <chrono>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>

#include "domain/platform/time.hpp"

namespace lp::storage {

// "2026-06-04". Throws app::StorageError for an invalid date or a year outside 1..9999 (which the
// services never pass on).
std::string ToSqlDate(std::chrono::year_month_day date);
// The day stored as 'YYYY-MM-DD'; throws app::StorageError naming `column` for anything else.
std::chrono::year_month_day FromSqlDate(std::string_view text, std::string_view column);

// How a value of type T is held for SOCI: strings and ints as themselves, 64-bit ids as long long,
// moments as integer unix seconds, days as TEXT 'YYYY-MM-DD'. `column` ("table.column") names the
// column in the error for a stored value that cannot be read.
template <typename T>
struct SqlColumn {
  using Type = T;
  static Type ToSql(const T& value) { return value; }
  static T FromSql(const Type& stored, std::string_view /*column*/) { return stored; }
};

template <typename T>
requires(std::is_integral_v<T> && sizeof(T) == sizeof(long long) && !std::is_same_v<T, long long>) struct SqlColumn<T> {
  using Type = long long;
  static Type ToSql(T value) { return static_cast<long long>(value); }
  static T FromSql(long long stored, std::string_view /*column*/) { return static_cast<T>(stored); }
};

template <>
struct SqlColumn<domain::Timestamp> {
  using Type = long long;
  static Type ToSql(domain::Timestamp value) { return domain::ToUnixSeconds(value); }
  static domain::Timestamp FromSql(long long stored, std::string_view /*column*/) {
    return domain::FromUnixSeconds(stored);
  }
};

template <>
struct SqlColumn<std::chrono::year_month_day> {
  using Type = std::string;
  static Type ToSql(std::chrono::year_month_day value) { return ToSqlDate(value); }
  static std::chrono::year_month_day FromSql(const std::string& stored, std::string_view column) {
    return FromSqlDate(stored, column);
  }
};

// A value that may be NULL, as SOCI binds (`UseNullable`) and reads (`IntoNullable`) it: the stored
// value and its indicator. SOCI keeps references to both until the statement has run, so a Nullable
// is a named local or a member of a row struct, never a temporary.
template <typename T>
struct Nullable {
  typename SqlColumn<T>::Type value{};
  soci::indicator indicator = soci::i_null;

  Nullable() = default;
  // For binding: NULL when `optional` is empty.
  explicit Nullable(const std::optional<T>& optional) {
    if (optional) {
      value = SqlColumn<T>::ToSql(*optional);
      indicator = soci::i_ok;
    }
  }

  // What was read: none when the column was NULL. A day names its column ("table.column") for the
  // error when it cannot be read.
  std::optional<T> Get() const requires(!std::is_same_v<T, std::chrono::year_month_day>) { return Get({}); }
  std::optional<T> Get(std::string_view column) const {
    if (indicator != soci::i_ok) return std::nullopt;
    return SqlColumn<T>::FromSql(value, column);
  }
};

// Throws app::StorageError: "Unknown code in <column>: '<code>'".
[[noreturn]] void ThrowUnknownCode(std::string_view column, std::string_view code);

// The enumeration value of a stored code, by one of the Parse… functions that return std::optional
// (e.g. domain::ParseActivityKind). An unknown code is an app::StorageError naming `column`
// ("table.column") and the code, never a silent default: it means the database holds something
// this program does not know (a newer program wrote it, or someone edited the table).
template <typename Parse>
auto DecodeCode(std::string_view code, std::string_view column, Parse parse) {
  auto value = parse(code);
  if (!value) ThrowUnknownCode(column, code);
  return *value;
}

}  // namespace lp::storage
