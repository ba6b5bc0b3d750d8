#pragma once

// The one place that turns dates, times and numbers into Danish text and back.
// The UI's rules: dates 23.11.2026, 24-hour clock, decimal comma, "." as thousands separator,
// Monday as the first day of the week, and Danish local time (Europe/Copenhagen).
//
// libstdc++ 12 has no chrono time zones, so Copenhagen's rule is implemented here: CET (UTC+1),
// and CEST (UTC+2) from the last Sunday of March 01:00 UTC to the last Sunday of October 01:00 UTC
// (the EU rule since 1996). Instants before 1996 are converted by the same rule; the portal holds no
// data that old.

#include <array>
#include <chrono>
#include <optional>
#include <string>
#include <string_view>

#include "domain/platform/time.hpp"

namespace lp::domain {

struct LocalDateTime {
  std::chrono::year_month_day date;
  int hour;
  int minute;
  int second;
  int utc_offset_minutes;  // 60 in winter (CET), 120 in summer (CEST)
};

// Monday first, as Danish calendars show the week.
inline constexpr std::array<std::chrono::weekday, 7> kWeekdaysMondayFirst = {
    std::chrono::Monday, std::chrono::Tuesday,  std::chrono::Wednesday, std::chrono::Thursday,
    std::chrono::Friday, std::chrono::Saturday, std::chrono::Sunday};

// Years ParseDate accepts; anything outside is far more likely a typing error than a real date.
inline constexpr int kMinParsedYear = 1900;
inline constexpr int kMaxParsedYear = 2200;

LocalDateTime ToCopenhagenTime(Timestamp t);
// Minutes Copenhagen is ahead of UTC at the instant t (60 or 120).
int CopenhagenUtcOffsetMinutes(Timestamp t);

std::string FormatDate(Timestamp t);  // "23.11.2026", the local date in Copenhagen
std::string FormatDate(std::chrono::year_month_day d);
// A sys_days converts implicitly to both Timestamp and year_month_day; this overload makes such a
// call unambiguous and treats the value as a calendar day (no time-zone shift).
std::string FormatDate(std::chrono::sys_days d);
std::string FormatTime(Timestamp t);      // "14:05"
std::string FormatDateTime(Timestamp t);  // "23.11.2026 kl. 14:05"
std::string FormatLongDate(Timestamp t);  // "mandag 23.11.2026"
std::string FormatLongDate(std::chrono::year_month_day d);
std::string FormatIsoDate(std::chrono::year_month_day d);  // "2026-11-23", for <input type="date"> and URLs

std::string WeekdayName(std::chrono::weekday wd);       // "mandag" … "søndag"; "" if !wd.ok()
std::string ShortWeekdayName(std::chrono::weekday wd);  // "man" … "søn"; "" if !wd.ok()
std::string MonthName(std::chrono::month m);            // "januar" … "december"; "" if !m.ok()
// 0 for Monday … 6 for Sunday.
int WeekdayIndexMondayFirst(std::chrono::weekday wd);
// ISO 8601 week number ("uge 48"), the week numbering used in Denmark.
int IsoWeekNumber(std::chrono::year_month_day d);

std::string FormatInteger(long long n);  // "30.000", "-1.234", "0"
// A count with the noun in the right number: (1, "enhed", "enheder") -> "1 enhed", (0 or 1234, …) ->
// "0 enheder", "1.234 enheder". Danish uses the singular for exactly one (also -1) and the plural
// otherwise.
std::string CountOf(long long n, std::string_view singular, std::string_view plural);
// "1.234,50" for (1234.5, 2). Rounds half away from zero on the value as written in decimal (its
// shortest round-trip form), so 1.005 gives "1,01" as a person expects, not "1,00" as its binary
// value would. Never "-0". decimals is clamped to 0..15. NaN and infinities give "–".
std::string FormatDecimal(double value, int decimals);
// (0.125, 1) -> "12,5 %"; the shift by 100 is done in decimal, so no binary error is added.
std::string FormatPercent(double fraction, int decimals);

// Accepts "23.11.2026", "1.3.2025", "23-11-2026", "23/11/2026" (day first) and "2026-11-23" (ISO),
// with surrounding whitespace. Rejects dates that do not exist (31.02.2026) and years outside
// kMinParsedYear..kMaxParsedYear.
std::optional<std::chrono::year_month_day> ParseDate(std::string_view text);

// The start of that local day in Copenhagen as a UTC instant; nullopt for an invalid date. Midnight
// always exists exactly once here, because Denmark changes its clocks at 02:00/03:00.
std::optional<Timestamp> CopenhagenMidnight(std::chrono::year_month_day d);

}  // namespace lp::domain
