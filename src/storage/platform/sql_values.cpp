#include "storage/platform/sql_values.hpp"

#include <fmt/format.h>

#include <charconv>

#include "app/platform/repositories.hpp"

namespace lp::storage {

std::string ToSqlDate(std::chrono::year_month_day date) {
  const int year = static_cast<int>(date.year());
  if (!date.ok() || year < 1 || year > 9999) throw app::StorageError("not a storable date");
  return fmt::format("{:04}-{:02}-{:02}", year, static_cast<unsigned>(date.month()), static_cast<unsigned>(date.day()));
}

std::chrono::year_month_day FromSqlDate(std::string_view text, std::string_view column) {
  auto number = [&](std::size_t offset, std::size_t length) {
    int value = -1;
    const std::string_view part = text.substr(offset, length);
    auto [end, error] = std::from_chars(part.data(), part.data() + part.size(), value);
    if (error != std::errc() || end != part.data() + part.size()) return -1;
    return value;
  };
  if (text.size() == 10 && text[4] == '-' && text[7] == '-') {
    const int year = number(0, 4);
    const int month = number(5, 2);
    const int day = number(8, 2);
    if (year >= 0 && month >= 0 && day >= 0) {
      const std::chrono::year_month_day date{std::chrono::year{year}, std::chrono::month{static_cast<unsigned>(month)},
                                             std::chrono::day{static_cast<unsigned>(day)}};
      if (date.ok()) return date;
    }
  }
  throw app::StorageError("Unreadable date in " + std::string(column) + ": " + std::string(text));
}

void ThrowUnknownCode(std::string_view column, std::string_view code) {
  throw app::StorageError("Unknown code in " + std::string(column) + ": '" + std::string(code) + "'");
}

}  // namespace lp::storage
