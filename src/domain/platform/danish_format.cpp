#include "domain/platform/danish_format.hpp"

#include <charconv>
#include <cmath>
#include <cstddef>
#include <system_error>

namespace lp::domain {
namespace {

using std::chrono::days;
using std::chrono::hours;
using std::chrono::sys_days;
using std::chrono::year_month_day;

constexpr std::array<std::string_view, 7> kWeekdayNamesSundayFirst = {"søndag",  "mandag", "tirsdag", "onsdag",
                                                                      "torsdag", "fredag", "lørdag"};
constexpr std::array<std::string_view, 7> kShortWeekdayNamesSundayFirst = {"søn", "man", "tir", "ons",
                                                                           "tor", "fre", "lør"};
constexpr std::array<std::string_view, 12> kMonthNames = {"januar",    "februar", "marts",    "april",
                                                          "maj",       "juni",    "juli",     "august",
                                                          "september", "oktober", "november", "december"};

constexpr int kMaxDecimals = 15;
constexpr std::string_view kNotANumber = "–";  // en dash: what the UI shows for a missing value

void AppendPadded(std::string& out, long long value, int width) {
  if (value < 0) {
    out.push_back('-');
    value = -value;
  }
  std::array<char, 24> buffer{};
  const auto result = std::to_chars(buffer.data(), buffer.data() + buffer.size(), value);
  const auto length = static_cast<int>(result.ptr - buffer.data());
  for (int i = length; i < width; ++i) out.push_back('0');
  out.append(buffer.data(), result.ptr);
}

// Inserts "." every three digits from the right of a string of digits.
void AppendGrouped(std::string& out, std::string_view digits) {
  const std::size_t first_group = digits.size() % 3 == 0 ? 3 : digits.size() % 3;
  out.append(digits.substr(0, first_group));
  for (std::size_t i = first_group; i < digits.size(); i += 3) {
    out.push_back('.');
    out.append(digits.substr(i, 3));
  }
}

// A finite double as decimal digits, from its shortest round-trip form. Rounding this text rather
// than the binary value is what makes 1.005 round to 1.01, like a person rounding what they see.
struct DecimalText {
  bool negative = false;
  std::string integer_digits;   // at least one digit, no leading zeros beyond one "0"
  std::string fraction_digits;  // possibly empty
};

std::optional<DecimalText> ToDecimalText(double value) {
  if (!std::isfinite(value)) return std::nullopt;
  // The longest fixed form of a double is a subnormal: "0." plus 324 digits, plus a sign.
  std::array<char, 400> buffer{};
  const auto result = std::to_chars(buffer.data(), buffer.data() + buffer.size(), value, std::chars_format::fixed);
  if (result.ec != std::errc{}) return std::nullopt;
  std::string_view text(buffer.data(), static_cast<std::size_t>(result.ptr - buffer.data()));
  DecimalText decimal;
  if (!text.empty() && text.front() == '-') {
    decimal.negative = true;
    text.remove_prefix(1);
  }
  const std::size_t point = text.find('.');
  decimal.integer_digits = std::string(text.substr(0, point));
  if (point != std::string_view::npos) decimal.fraction_digits = std::string(text.substr(point + 1));
  if (decimal.integer_digits.empty()) decimal.integer_digits.assign(1, '0');
  return decimal;
}

// Multiplies by 10^places by moving digits from the fraction to the integer part.
void ShiftDecimalPointRight(DecimalText& decimal, std::size_t places) {
  if (decimal.fraction_digits.size() < places)
    decimal.fraction_digits.append(places - decimal.fraction_digits.size(), '0');
  decimal.integer_digits.append(decimal.fraction_digits, 0, places);
  decimal.fraction_digits.erase(0, places);
  const std::size_t first_non_zero = decimal.integer_digits.find_first_not_of('0');
  if (first_non_zero == std::string::npos) {
    decimal.integer_digits.assign(1, '0');
  } else {
    decimal.integer_digits.erase(0, first_non_zero);
  }
}

// Rounds half away from zero to `decimals` fraction digits (the sign is separate, so rounding the
// magnitude up is "away from zero"), then pads with zeros to exactly that many.
void RoundToDecimals(DecimalText& decimal, std::size_t decimals) {
  if (decimal.fraction_digits.size() > decimals) {
    const bool round_up = decimal.fraction_digits[decimals] >= '5';
    decimal.fraction_digits.resize(decimals);
    if (round_up) {
      bool carry = true;
      for (auto it = decimal.fraction_digits.rbegin(); carry && it != decimal.fraction_digits.rend(); ++it) {
        carry = *it == '9';
        *it = carry ? '0' : static_cast<char>(*it + 1);
      }
      for (auto it = decimal.integer_digits.rbegin(); carry && it != decimal.integer_digits.rend(); ++it) {
        carry = *it == '9';
        *it = carry ? '0' : static_cast<char>(*it + 1);
      }
      if (carry) decimal.integer_digits.insert(decimal.integer_digits.begin(), '1');
    }
  }
  decimal.fraction_digits.append(decimals - decimal.fraction_digits.size(), '0');
}

bool IsZero(const DecimalText& decimal) {
  return decimal.integer_digits.find_first_not_of('0') == std::string::npos &&
         decimal.fraction_digits.find_first_not_of('0') == std::string::npos;
}

std::string RenderDanish(const DecimalText& decimal) {
  std::string out;
  out.reserve(decimal.integer_digits.size() * 4 / 3 + decimal.fraction_digits.size() + 3);
  // "-0,00" would tell the reader something that is not there.
  if (decimal.negative && !IsZero(decimal)) out.push_back('-');
  AppendGrouped(out, decimal.integer_digits);
  if (!decimal.fraction_digits.empty()) {
    out.push_back(',');
    out.append(decimal.fraction_digits);
  }
  return out;
}

std::size_t ClampDecimals(int decimals) {
  if (decimals < 0) return 0;
  if (decimals > kMaxDecimals) return static_cast<std::size_t>(kMaxDecimals);
  return static_cast<std::size_t>(decimals);
}

std::string_view Trim(std::string_view text) {
  constexpr std::string_view kWhitespace = " \t\r\n\f\v";
  const std::size_t begin = text.find_first_not_of(kWhitespace);
  if (begin == std::string_view::npos) return {};
  const std::size_t end = text.find_last_not_of(kWhitespace);
  return text.substr(begin, end - begin + 1);
}

std::optional<int> ParseDigits(std::string_view text, std::size_t min_length, std::size_t max_length) {
  if (text.size() < min_length || text.size() > max_length) return std::nullopt;
  int value = 0;
  for (const char c : text) {
    if (c < '0' || c > '9') return std::nullopt;
    value = value * 10 + (c - '0');
  }
  return value;
}

}  // namespace

int CopenhagenUtcOffsetMinutes(Timestamp t) {
  const std::chrono::year year = year_month_day{std::chrono::floor<days>(t)}.year();
  // EU rule: both changes happen at 01:00 UTC on the last Sunday of the month.
  const Timestamp summer_starts =
      sys_days{year / std::chrono::March / std::chrono::Sunday[std::chrono::last]} + hours{1};
  const Timestamp summer_ends =
      sys_days{year / std::chrono::October / std::chrono::Sunday[std::chrono::last]} + hours{1};
  return (t >= summer_starts && t < summer_ends) ? 120 : 60;
}

LocalDateTime ToCopenhagenTime(Timestamp t) {
  const int offset_minutes = CopenhagenUtcOffsetMinutes(t);
  const Timestamp local = t + std::chrono::minutes{offset_minutes};
  const sys_days local_day = std::chrono::floor<days>(local);
  const std::chrono::hh_mm_ss time_of_day{local - local_day};
  return LocalDateTime{
      .date = year_month_day{local_day},
      .hour = static_cast<int>(time_of_day.hours().count()),
      .minute = static_cast<int>(time_of_day.minutes().count()),
      .second = static_cast<int>(time_of_day.seconds().count()),
      .utc_offset_minutes = offset_minutes,
  };
}

std::string FormatDate(year_month_day d) {
  if (!d.ok()) return {};
  std::string out;
  out.reserve(10);
  AppendPadded(out, static_cast<unsigned>(d.day()), 2);
  out.push_back('.');
  AppendPadded(out, static_cast<unsigned>(d.month()), 2);
  out.push_back('.');
  AppendPadded(out, static_cast<int>(d.year()), 4);
  return out;
}

std::string FormatDate(sys_days d) { return FormatDate(year_month_day{d}); }

std::string FormatDate(Timestamp t) { return FormatDate(ToCopenhagenTime(t).date); }

std::string FormatTime(Timestamp t) {
  const LocalDateTime local = ToCopenhagenTime(t);
  std::string out;
  out.reserve(5);
  AppendPadded(out, local.hour, 2);
  out.push_back(':');
  AppendPadded(out, local.minute, 2);
  return out;
}

std::string FormatDateTime(Timestamp t) {
  const LocalDateTime local = ToCopenhagenTime(t);
  std::string out = FormatDate(local.date);
  out.append(" kl. ");
  AppendPadded(out, local.hour, 2);
  out.push_back(':');
  AppendPadded(out, local.minute, 2);
  return out;
}

std::string FormatLongDate(year_month_day d) {
  if (!d.ok()) return {};
  return WeekdayName(std::chrono::weekday{sys_days{d}}) + " " + FormatDate(d);
}

std::string FormatLongDate(Timestamp t) { return FormatLongDate(ToCopenhagenTime(t).date); }

std::string FormatIsoDate(year_month_day d) {
  if (!d.ok()) return {};
  std::string out;
  out.reserve(10);
  AppendPadded(out, static_cast<int>(d.year()), 4);
  out.push_back('-');
  AppendPadded(out, static_cast<unsigned>(d.month()), 2);
  out.push_back('-');
  AppendPadded(out, static_cast<unsigned>(d.day()), 2);
  return out;
}

std::string WeekdayName(std::chrono::weekday wd) {
  if (!wd.ok()) return {};
  return std::string(kWeekdayNamesSundayFirst[wd.c_encoding()]);
}

std::string ShortWeekdayName(std::chrono::weekday wd) {
  if (!wd.ok()) return {};
  return std::string(kShortWeekdayNamesSundayFirst[wd.c_encoding()]);
}

std::string MonthName(std::chrono::month m) {
  if (!m.ok()) return {};
  return std::string(kMonthNames[static_cast<unsigned>(m) - 1]);
}

int WeekdayIndexMondayFirst(std::chrono::weekday wd) { return static_cast<int>(wd.iso_encoding()) - 1; }

int IsoWeekNumber(year_month_day d) {
  // The ISO week belongs to the year of its Thursday; count that year's Thursdays up to it.
  const sys_days day{d};
  const sys_days thursday = day - days{WeekdayIndexMondayFirst(std::chrono::weekday{day})} + days{3};
  const std::chrono::year week_year = year_month_day{thursday}.year();
  const sys_days first_of_year{week_year / std::chrono::January / 1};
  return static_cast<int>((thursday - first_of_year).count() / 7) + 1;
}

std::string CountOf(long long n, std::string_view singular, std::string_view plural) {
  std::string out = FormatInteger(n);
  out += ' ';
  out += (n == 1 || n == -1) ? singular : plural;
  return out;
}

std::string FormatInteger(long long n) {
  // Negating in unsigned arithmetic keeps LLONG_MIN well defined.
  const unsigned long long magnitude =
      n < 0 ? 0ULL - static_cast<unsigned long long>(n) : static_cast<unsigned long long>(n);
  std::array<char, 24> buffer{};
  const auto result = std::to_chars(buffer.data(), buffer.data() + buffer.size(), magnitude);
  std::string out;
  out.reserve(28);
  if (n < 0) out.push_back('-');
  AppendGrouped(out, std::string_view(buffer.data(), static_cast<std::size_t>(result.ptr - buffer.data())));
  return out;
}

std::string FormatDecimal(double value, int decimals) {
  std::optional<DecimalText> decimal = ToDecimalText(value);
  if (!decimal) return std::string(kNotANumber);
  RoundToDecimals(*decimal, ClampDecimals(decimals));
  return RenderDanish(*decimal);
}

std::string FormatPercent(double fraction, int decimals) {
  std::optional<DecimalText> decimal = ToDecimalText(fraction);
  if (!decimal) return std::string(kNotANumber);
  ShiftDecimalPointRight(*decimal, 2);
  RoundToDecimals(*decimal, ClampDecimals(decimals));
  // Danish writes a space before the percent sign (Retskrivningsordbogen).
  return RenderDanish(*decimal) + " %";
}

std::optional<year_month_day> ParseDate(std::string_view text) {
  text = Trim(text);
  const std::size_t first_separator = text.find_first_of(".-/");
  if (first_separator == std::string_view::npos) return std::nullopt;
  const char separator = text[first_separator];
  const std::size_t second_separator = text.find(separator, first_separator + 1);
  if (second_separator == std::string_view::npos) return std::nullopt;
  const std::string_view first = text.substr(0, first_separator);
  const std::string_view middle = text.substr(first_separator + 1, second_separator - first_separator - 1);
  const std::string_view last = text.substr(second_separator + 1);

  std::optional<int> year;
  std::optional<int> month;
  std::optional<int> day;
  if (separator == '-' && first.size() == 4) {
    year = ParseDigits(first, 4, 4);
    month = ParseDigits(middle, 1, 2);
    day = ParseDigits(last, 1, 2);
  } else {
    day = ParseDigits(first, 1, 2);
    month = ParseDigits(middle, 1, 2);
    year = ParseDigits(last, 4, 4);
  }
  if (!year || !month || !day) return std::nullopt;
  if (*year < kMinParsedYear || *year > kMaxParsedYear) return std::nullopt;
  const year_month_day date{std::chrono::year{*year}, std::chrono::month{static_cast<unsigned>(*month)},
                            std::chrono::day{static_cast<unsigned>(*day)}};
  if (!date.ok()) return std::nullopt;
  return date;
}

std::optional<Timestamp> CopenhagenMidnight(year_month_day d) {
  if (!d.ok()) return std::nullopt;
  const Timestamp midnight_if_utc{sys_days{d}};
  // Local midnight is 22:00 or 23:00 UTC the day before, far from the 01:00 UTC changes, so the
  // offset found at the winter-time guess is the one in force at the real instant too.
  Timestamp candidate = midnight_if_utc - hours{1};
  if (CopenhagenUtcOffsetMinutes(candidate) == 120) candidate = midnight_if_utc - hours{2};
  return candidate;
}

}  // namespace lp::domain
