#include "domain/notifications/icalendar.hpp"

#include <algorithm>
#include <array>
#include <charconv>
#include <stdexcept>

#include "domain/platform/danish_format.hpp"
#include "domain/platform/text_encoding.hpp"

namespace lp::domain {
namespace {

using std::chrono::days;
using std::chrono::local_days;
using std::chrono::local_seconds;
using std::chrono::sys_days;
using std::chrono::year_month_day;

constexpr std::string_view kReplacementCharacter = "\xEF\xBF\xBD";  // U+FFFD, for bytes that are not UTF-8
constexpr std::chrono::hours kDefaultEventLength{1};
constexpr int kMinYear = 1;  // DATE values have four digits
constexpr int kMaxYear = 9999;

// Europe/Copenhagen as RFC 5545 describes a zone: summer time (CEST, UTC+2) from the last Sunday of
// March 02:00 local (01:00 UTC) to the last Sunday of October 03:00 local (01:00 UTC), else CET (UTC+1):
// the rule of domain/platform/danish_format.hpp. 29 March and 25 October 1970 are such Sundays.
constexpr std::array<std::string_view, 17> kCopenhagenTimeZone = {
    "BEGIN:VTIMEZONE",
    "TZID:Europe/Copenhagen",
    "BEGIN:DAYLIGHT",
    "TZOFFSETFROM:+0100",
    "TZOFFSETTO:+0200",
    "TZNAME:CEST",
    "DTSTART:19700329T020000",
    "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
    "END:DAYLIGHT",
    "BEGIN:STANDARD",
    "TZOFFSETFROM:+0200",
    "TZOFFSETTO:+0100",
    "TZNAME:CET",
    "DTSTART:19701025T030000",
    "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
    "END:STANDARD",
    "END:VTIMEZONE",
};

bool IsControl(char c) {
  const auto byte = static_cast<unsigned char>(c);
  return byte < 0x20 || byte == 0x7F;
}

bool IsUtf8ContinuationByte(char c) { return (static_cast<unsigned char>(c) & 0xC0U) == 0x80U; }

bool IsTokenCharacter(char c) {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
}

// Printable ASCII without space: what a URI may hold.
bool IsPrintableAscii(std::string_view text) {
  return std::all_of(text.begin(), text.end(), [](char c) {
    const auto byte = static_cast<unsigned char>(c);
    return byte > 0x20 && byte < 0x7F;
  });
}

// The text with every byte that starts no valid UTF-8 sequence replaced by U+FFFD, so the calendar is
// valid UTF-8 (RFC 5545's charset) and folding can rely on the sequences.
std::string ValidUtf8(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  while (!text.empty()) {
    const std::size_t invalid = FindInvalidUtf8(text);
    if (invalid == std::string_view::npos) {
      out.append(text);
      break;
    }
    out.append(text.substr(0, invalid));
    out.append(kReplacementCharacter);
    text.remove_prefix(invalid + 1);
  }
  return out;
}

// A TEXT value (RFC 5545 3.3.11): backslash, semicolon and comma escaped, a line feed as "\n"; CR and
// the other control characters except tab are not allowed in TEXT and are dropped.
std::string EscapeText(std::string_view text) {
  const std::string utf8 = ValidUtf8(text);
  std::string out;
  out.reserve(utf8.size() + utf8.size() / 8);
  for (const char c : utf8) {
    switch (c) {
      case '\\': out.append("\\\\"); break;
      case ';': out.append("\\;"); break;
      case ',': out.append("\\,"); break;
      case '\n': out.append("\\n"); break;
      case '\t': out.push_back(c); break;
      default:
        if (!IsControl(c)) out.push_back(c);
        break;
    }
  }
  return out;
}

// A quoted parameter value (RFC 5545 3.1): anything but a double quote and control characters.
std::string QuotedParameter(std::string_view text) {
  const std::string utf8 = ValidUtf8(text);
  std::string out = "\"";
  for (const char c : utf8) {
    if (c != '"' && !IsControl(c)) out.push_back(c);
  }
  out.push_back('"');
  return out;
}

// Appends one content line, folded (RFC 5545 3.1): no physical line longer than 75 octets without its
// CRLF, a continuation line starting with one space, and a fold only before the first byte of a UTF-8
// sequence.
void AppendContentLine(std::string& out, std::string_view line) {
  std::size_t room = kICalendarMaxLineOctets;
  while (line.size() > room) {
    std::size_t cut = room;
    while (cut > 0 && IsUtf8ContinuationByte(line[cut])) --cut;
    if (cut == 0) cut = room;  // not UTF-8 at all; cannot happen, as every value is made valid first
    out.append(line.substr(0, cut));
    out.append("\r\n ");
    line.remove_prefix(cut);
    room = kICalendarMaxLineOctets - 1;  // the leading space counts
  }
  out.append(line);
  out.append("\r\n");
}

void AppendProperty(std::string& out, std::string_view name, std::string_view value) {
  std::string line;
  line.reserve(name.size() + 1 + value.size());
  line.append(name);
  line.push_back(':');
  line.append(value);
  AppendContentLine(out, line);
}

void AppendTextProperty(std::string& out, std::string_view name, std::string_view text) {
  AppendProperty(out, name, EscapeText(text));
}

void AppendDigits(std::string& out, long long value, int width) {
  std::array<char, 24> buffer{};
  const auto result = std::to_chars(buffer.data(), buffer.data() + buffer.size(), value);
  const auto length = static_cast<int>(result.ptr - buffer.data());
  for (int i = length; i < width; ++i) out.push_back('0');
  out.append(buffer.data(), result.ptr);
}

void CheckDate(const year_month_day& date) {
  if (!date.ok()) throw std::invalid_argument("iCalendar: a date that does not exist");
  const int year = static_cast<int>(date.year());
  if (year < kMinYear || year > kMaxYear) throw std::invalid_argument("iCalendar: a year outside 1..9999");
}

// "20261201", a DATE value.
std::string DateValue(const year_month_day& date) {
  CheckDate(date);
  std::string out;
  AppendDigits(out, static_cast<int>(date.year()), 4);
  AppendDigits(out, static_cast<unsigned>(date.month()), 2);
  AppendDigits(out, static_cast<unsigned>(date.day()), 2);
  return out;
}

// "20261201T100000", a DATE-TIME value without zone, from the seconds since the start of the epoch's day.
std::string DateTimeValue(days day_count, std::chrono::seconds since_epoch) {
  const std::chrono::hh_mm_ss time_of_day{since_epoch - day_count};
  std::string out = DateValue(year_month_day{sys_days{day_count}});
  out.push_back('T');
  AppendDigits(out, time_of_day.hours().count(), 2);
  AppendDigits(out, time_of_day.minutes().count(), 2);
  AppendDigits(out, time_of_day.seconds().count(), 2);
  return out;
}

std::string LocalDateTimeValue(local_seconds time) {
  const local_days day = std::chrono::floor<days>(time);
  return DateTimeValue(day.time_since_epoch(), time.time_since_epoch());
}

// "20261201T090000Z", a DATE-TIME value in UTC.
std::string UtcDateTimeValue(Timestamp t) {
  const sys_days day = std::chrono::floor<days>(t);
  return DateTimeValue(day.time_since_epoch(), t.time_since_epoch()) + "Z";
}

void CheckEvent(const CalendarEvent& event) {
  if (event.uid.empty()) throw std::invalid_argument("iCalendar: an event without a UID");
  if (event.sequence < 0) throw std::invalid_argument("iCalendar: a negative SEQUENCE");
  if (event.day.has_value() == event.starts.has_value())
    throw std::invalid_argument("iCalendar: an event needs exactly one of a day and a start time");
  if (event.ends && !event.starts) throw std::invalid_argument("iCalendar: an end time without a start time");
  if (event.ends && *event.ends <= *event.starts)
    throw std::invalid_argument("iCalendar: an event that does not end after it starts");
  // URIs (RFC 3986) are printable ASCII and are written unescaped: a line break would start a property.
  if (!IsPrintableAscii(event.url)) throw std::invalid_argument("iCalendar: a URL that is not printable ASCII");
  if (!IsPrintableAscii(event.organizer_email))
    throw std::invalid_argument("iCalendar: an organizer address that is not printable ASCII");
}

void AppendEvent(std::string& out, const CalendarEvent& event) {
  CheckEvent(event);
  const std::string stamp = UtcDateTimeValue(event.stamp);
  AppendContentLine(out, "BEGIN:VEVENT");
  AppendTextProperty(out, "UID", event.uid);
  AppendProperty(out, "DTSTAMP", stamp);
  if (event.day) {
    AppendProperty(out, "DTSTART;VALUE=DATE", DateValue(*event.day));
    AppendProperty(out, "DTEND;VALUE=DATE", DateValue(year_month_day{sys_days{*event.day} + days{1}}));
  } else {
    const local_seconds ends = event.ends.value_or(*event.starts + kDefaultEventLength);
    const std::string zone_parameter = ";TZID=" + std::string(kICalendarTimeZone);
    AppendProperty(out, "DTSTART" + zone_parameter, LocalDateTimeValue(*event.starts));
    AppendProperty(out, "DTEND" + zone_parameter, LocalDateTimeValue(ends));
  }
  AppendTextProperty(out, "SUMMARY", event.summary);
  if (!event.description.empty()) AppendTextProperty(out, "DESCRIPTION", event.description);
  if (!event.location.empty()) AppendTextProperty(out, "LOCATION", event.location);
  if (!event.url.empty()) AppendProperty(out, "URL", event.url);
  if (!event.organizer_email.empty()) {
    std::string name = "ORGANIZER";
    if (!event.organizer_name.empty()) name += ";CN=" + QuotedParameter(event.organizer_name);
    AppendProperty(out, name, "mailto:" + event.organizer_email);
  }
  AppendProperty(out, "SEQUENCE", std::to_string(event.sequence));
  AppendProperty(out, "STATUS", event.cancelled ? "CANCELLED" : "CONFIRMED");
  // All-day events are deadlines and milestones: they must not make the person busy all day.
  AppendProperty(out, "TRANSP", event.day ? "TRANSPARENT" : "OPAQUE");
  AppendProperty(out, "LAST-MODIFIED", stamp);
  AppendContentLine(out, "END:VEVENT");
}

}  // namespace

std::string WriteICalendar(const Calendar& calendar) {
  if (!std::all_of(calendar.method.begin(), calendar.method.end(), IsTokenCharacter))
    throw std::invalid_argument("iCalendar: a METHOD that is not a token");

  std::string out;
  AppendContentLine(out, "BEGIN:VCALENDAR");
  AppendProperty(out, "VERSION", "2.0");
  AppendProperty(out, "PRODID", kICalendarProductId);
  AppendProperty(out, "CALSCALE", "GREGORIAN");
  if (!calendar.method.empty()) AppendProperty(out, "METHOD", calendar.method);
  if (!calendar.name.empty()) AppendTextProperty(out, "X-WR-CALNAME", calendar.name);
  AppendProperty(out, "X-WR-TIMEZONE", kICalendarTimeZone);
  // RFC 5545 3.6.5: a VTIMEZONE for each TZID used, and only timed events use one.
  if (std::any_of(calendar.events.begin(), calendar.events.end(),
                  [](const CalendarEvent& event) { return event.starts.has_value(); })) {
    for (const std::string_view line : kCopenhagenTimeZone) AppendContentLine(out, line);
  }
  for (const CalendarEvent& event : calendar.events) AppendEvent(out, event);
  AppendContentLine(out, "END:VCALENDAR");
  return out;
}

std::chrono::local_seconds CopenhagenWallClock(Timestamp t) {
  return local_seconds{t.time_since_epoch() + std::chrono::minutes{CopenhagenUtcOffsetMinutes(t)}};
}

}  // namespace lp::domain
