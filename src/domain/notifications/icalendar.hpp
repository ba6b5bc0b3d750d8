#pragma once

// An iCalendar (RFC 5545) writer for the portal's calendar feeds and single-event downloads: deadlines,
// activities and meetings that a person can subscribe to from Outlook, Google or Apple Calendar.
//
// What it writes:
// - CRLF line ends, content lines folded at 75 octets (continuation lines start with one space), never
//   inside a UTF-8 sequence; TEXT values escaped (\\ \; \, and \n for a line break).
// - Text is made valid UTF-8 first (a byte that starts no valid sequence becomes U+FFFD), and control
//   characters other than tab and line feed are dropped (RFC 5545 allows none in TEXT; a CR is dropped,
//   so "\r\n" becomes one line break).
// - Timed events as Copenhagen wall-clock time with TZID=Europe/Copenhagen, and then, and only then, a
//   VTIMEZONE for Europe/Copenhagen: RFC 5545 requires one for each TZID used, and a feed of all-day
//   events refers to none. The VTIMEZONE states the EU rule (its observances start in 1970), as
//   domain/platform/danish_format.hpp applies it to every instant; the portal holds no data from before
//   1996, when the rule took its current form.
// - All-day events as DTSTART;VALUE=DATE with DTEND the next day (DTEND is exclusive), and
//   TRANSP:TRANSPARENT: they are deadlines and milestones, which must not show the person as busy the
//   whole day in free/busy look-ups. Timed events (meetings) are TRANSP:OPAQUE.
// - DTSTAMP and LAST-MODIFIED are both the event's `stamp`, in UTC. Without METHOD (a feed) RFC 5545
//   defines DTSTAMP as when the event was last revised, which is what keeps a feed that is regenerated
//   on every poll stable; pass the time of the download for a METHOD:PUBLISH object if it matters.

#include <chrono>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/platform/time.hpp"

namespace lp::domain {

inline constexpr std::string_view kICalendarProductId = "-//Region Midtjylland//Ledelsesportalen//DA";
inline constexpr std::string_view kICalendarTimeZone = "Europe/Copenhagen";
// The longest content line RFC 5545 allows, in octets, not counting the CRLF.
inline constexpr std::size_t kICalendarMaxLineOctets = 75;

struct CalendarEvent {
  std::string uid;          // stable across updates and unique, e.g. "aktivitet-42@ledelsesportal"
  int sequence = 0;         // SEQUENCE: the caller raises it on every change that matters to attendees
  bool cancelled = false;   // STATUS:CANCELLED, else STATUS:CONFIRMED
  std::string summary;      // Danish text, UTF-8
  std::string description;  // may contain line breaks; omitted when empty
  std::string location;     // omitted when empty
  std::string url;          // an absolute URL, percent-encoded (URL property, not escaped); omitted when empty
  // ORGANIZER;CN="name":mailto:email, omitted when organizer_email is empty. RFC 5546 (3.2.1) requires one
  // in every event of a METHOD:PUBLISH object (libical's iTIP check fails without it); the portal's own
  // sender address will do. A subscription feed has no METHOD and needs none.
  std::string organizer_name;   // the CN parameter; double quotes and control characters are dropped
  std::string organizer_email;  // an e-mail address, printable ASCII
  // Exactly one of `day` (an all-day event on that day) and `starts` (a timed event). `starts` and `ends`
  // are wall-clock times in Europe/Copenhagen (see CopenhagenWallClock for one from a Timestamp). A
  // wall time that does not exist (in the hour skipped in March) is read by calendars with the offset
  // before the change (RFC 5545 3.3.5). One that exists twice (in the hour repeated in October) cannot be
  // told apart: RFC 5545 says the first (summer time), libical and some clients take the second.
  std::optional<std::chrono::year_month_day> day;
  std::optional<std::chrono::local_seconds> starts;
  std::optional<std::chrono::local_seconds> ends;  // only with `starts`; one hour after it when unset
  Timestamp stamp{};                               // DTSTAMP and LAST-MODIFIED (UTC)
};

struct Calendar {
  std::string name;    // X-WR-CALNAME, e.g. "Ledelsesportalen – Lars Friis"; omitted when empty
  std::string method;  // METHOD: "" for a subscription feed, "PUBLISH" for a single .ics download
  std::vector<CalendarEvent> events;
};

// The calendar as an iCalendar object (text/calendar; charset=utf-8), in the order of `events`.
// Throws std::invalid_argument on a programming error, which input from a person cannot reach when the
// caller builds events from stored data: an event with an empty uid, a negative sequence, neither or
// both of `day` and `starts`, `ends` without `starts` or not after it, a date that does not exist or a
// year outside 1..9999, a url or organizer_email with a byte that is not printable ASCII (a URL
// percent-encodes spaces and non-ASCII characters, RFC 3986), or a method that is not an iCalendar token
// (letters, digits, "-").
std::string WriteICalendar(const Calendar& calendar);

// The wall-clock time in Copenhagen at the instant t, for CalendarEvent::starts and ::ends when the
// time is stored as a UTC instant.
std::chrono::local_seconds CopenhagenWallClock(Timestamp t);

}  // namespace lp::domain
