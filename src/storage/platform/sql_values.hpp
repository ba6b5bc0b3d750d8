#pragma once

// Conversions between the portal's values and how both databases store them: calendar days as TEXT
// 'YYYY-MM-DD' (checked by the schema), moments as integer seconds since the epoch (UTC), and
// references that may be NULL as an integer with a SOCI indicator.

#include <soci/soci-backend.h>

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

namespace lp::storage {

// "2026-06-04". Throws app::StorageError for an invalid date or a year outside 1..9999 (which the
// services never pass on).
std::string ToSqlDate(std::chrono::year_month_day date);
// The day stored as 'YYYY-MM-DD'; throws app::StorageError naming `column` for anything else.
std::chrono::year_month_day FromSqlDate(std::string_view text, std::string_view column);

// The id read into `value`, or none when the column was NULL.
template <typename Id>
std::optional<Id> FromNullableId(long long value, soci::indicator indicator) {
  if (indicator != soci::i_ok) return std::nullopt;
  return static_cast<Id>(value);
}

}  // namespace lp::storage
