// The iCalendar writer (domain/notifications/icalendar), checked by reading its output back with libical:
// what a calendar client would make of it, not only what the text looks like.
#include "domain/notifications/icalendar.hpp"

#include <gtest/gtest.h>
#include <libical/ical.h>

#include <algorithm>
#include <array>
#include <ctime>
#include <memory>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "domain/platform/danish_format.hpp"
#include "domain/platform/text_encoding.hpp"

namespace lp::domain {
namespace {

using std::chrono::days;
using std::chrono::hours;
using std::chrono::local_days;
using std::chrono::local_seconds;
using std::chrono::minutes;
using std::chrono::sys_days;
using std::chrono::year_month_day;
using namespace std::chrono_literals;

constexpr std::string_view kZone = "Europe/Copenhagen";

struct ComponentDeleter {
  void operator()(icalcomponent* component) const { icalcomponent_free(component); }
};
using Component = std::unique_ptr<icalcomponent, ComponentDeleter>;

Component Parse(const std::string& text) { return Component(icalparser_parse_string(text.c_str())); }

// Every X-LIC-ERROR libical attached while parsing (or checking restrictions), anywhere in the tree.
void CollectErrors(icalcomponent* component, std::vector<std::string>& errors) {
  for (icalproperty* property = icalcomponent_get_first_property(component, ICAL_XLICERROR_PROPERTY);
       property != nullptr; property = icalcomponent_get_next_property(component, ICAL_XLICERROR_PROPERTY)) {
    errors.emplace_back(icalproperty_get_xlicerror(property));
  }
  for (icalcomponent* child = icalcomponent_get_first_component(component, ICAL_ANY_COMPONENT); child != nullptr;
       child = icalcomponent_get_next_component(component, ICAL_ANY_COMPONENT)) {
    CollectErrors(child, errors);
  }
}

std::vector<std::string> Errors(icalcomponent* component) {
  std::vector<std::string> errors;
  CollectErrors(component, errors);
  return errors;
}

icalcomponent* FindEvent(icalcomponent* calendar, std::string_view uid) {
  for (icalcomponent* event = icalcomponent_get_first_component(calendar, ICAL_VEVENT_COMPONENT); event != nullptr;
       event = icalcomponent_get_next_component(calendar, ICAL_VEVENT_COMPONENT)) {
    const char* event_uid = icalcomponent_get_uid(event);
    if (event_uid != nullptr && event_uid == uid) return event;
  }
  return nullptr;
}

std::string XProperty(icalcomponent* component, std::string_view name) {
  for (icalproperty* property = icalcomponent_get_first_property(component, ICAL_X_PROPERTY); property != nullptr;
       property = icalcomponent_get_next_property(component, ICAL_X_PROPERTY)) {
    if (icalproperty_get_x_name(property) == name) return icalproperty_get_x(property);
  }
  return "<missing>";
}

// The physical lines without their CRLF; a line that does not end in CRLF, or holds a CR or LF of its
// own, fails the test.
std::vector<std::string_view> PhysicalLines(std::string_view text) {
  std::vector<std::string_view> lines;
  EXPECT_TRUE(text.ends_with("\r\n"));
  while (!text.empty()) {
    const std::size_t end = text.find("\r\n");
    if (end == std::string_view::npos) {
      ADD_FAILURE() << "a line without CRLF at the end: " << text;
      break;
    }
    const std::string_view line = text.substr(0, end);
    EXPECT_EQ(line.find_first_of("\r\n"), std::string_view::npos) << "a bare CR or LF in: " << line;
    lines.push_back(line);
    text.remove_prefix(end + 2);
  }
  return lines;
}

// The content lines as they were before folding (RFC 5545 3.1: a CRLF followed by one space goes).
std::string Unfold(std::string_view text) {
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text.substr(i, 3) == "\r\n ") {
      i += 2;
      continue;
    }
    out.push_back(text[i]);
  }
  return out;
}

bool IsUtf8ContinuationByte(char c) { return (static_cast<unsigned char>(c) & 0xC0U) == 0x80U; }

// Lines of at most 75 octets, no fold inside a UTF-8 sequence, valid UTF-8 throughout.
void ExpectWellFolded(const std::string& text) {
  EXPECT_TRUE(IsValidUtf8(text));
  for (const std::string_view line : PhysicalLines(text)) {
    EXPECT_LE(line.size(), kICalendarMaxLineOctets) << line;
    ASSERT_FALSE(line.empty());
    EXPECT_FALSE(IsUtf8ContinuationByte(line.front())) << "a line starting inside a UTF-8 sequence: " << line;
    if (line.front() == ' ') {
      ASSERT_GE(line.size(), 2U) << "a continuation line with nothing on it";
      EXPECT_FALSE(IsUtf8ContinuationByte(line[1])) << "a fold inside a UTF-8 sequence: " << line;
    }
  }
}

constexpr year_month_day Day(int y, unsigned m, unsigned d) {
  return year_month_day{std::chrono::year{y}, std::chrono::month{m}, std::chrono::day{d}};
}

local_seconds WallClock(year_month_day d, int hour, int minute = 0) {
  return local_days{d} + hours{hour} + minutes{minute};
}

Timestamp Utc(year_month_day d, int hour, int minute = 0, int second = 0) {
  return Timestamp{sys_days{d}} + hours{hour} + minutes{minute} + std::chrono::seconds{second};
}

CalendarEvent TimedEvent(std::string uid, local_seconds starts) {
  CalendarEvent event;
  event.uid = std::move(uid);
  event.summary = "Møde i ledelseskæden";
  event.starts = starts;
  event.stamp = Utc(Day(2026, 11, 23), 13, 5, 9);
  return event;
}

CalendarEvent AllDayEvent(std::string uid, year_month_day day) {
  CalendarEvent event;
  event.uid = std::move(uid);
  event.summary = "Frist: aktiveringsplan";
  event.day = day;
  event.stamp = Utc(Day(2026, 11, 23), 13, 5, 9);
  return event;
}

// Parses the calendar and fails the test on anything libical found wrong with it.
Component ParseCleanly(const std::string& text) {
  Component calendar = Parse(text);
  EXPECT_NE(calendar, nullptr) << text;
  if (calendar == nullptr) return calendar;
  EXPECT_EQ(icalcomponent_isa(calendar.get()), ICAL_VCALENDAR_COMPONENT);
  EXPECT_EQ(Errors(calendar.get()), std::vector<std::string>{}) << text;
  return calendar;
}

TEST(ICalendar, AFeedParsesWithoutErrorsAndHoldsEveryEvent) {
  CalendarEvent cancelled = TimedEvent("aktivitet-43@ledelsesportal", WallClock(Day(2026, 12, 1), 10));
  cancelled.cancelled = true;
  const Calendar feed{"Ledelsesportalen – Lars Friis",
                      "",
                      {AllDayEvent("frist-7@ledelsesportal", Day(2026, 12, 15)),
                       TimedEvent("aktivitet-42@ledelsesportal", WallClock(Day(2027, 3, 28), 10)), cancelled}};
  const std::string text = WriteICalendar(feed);

  const Component calendar = ParseCleanly(text);
  ASSERT_NE(calendar, nullptr);
  EXPECT_EQ(icalcomponent_count_components(calendar.get(), ICAL_VEVENT_COMPONENT), 3);
  EXPECT_EQ(icalcomponent_count_components(calendar.get(), ICAL_VTIMEZONE_COMPONENT), 1);
  EXPECT_NE(FindEvent(calendar.get(), "frist-7@ledelsesportal"), nullptr);
  EXPECT_NE(FindEvent(calendar.get(), "aktivitet-42@ledelsesportal"), nullptr);
  EXPECT_NE(FindEvent(calendar.get(), "aktivitet-43@ledelsesportal"), nullptr);

  icalproperty* version = icalcomponent_get_first_property(calendar.get(), ICAL_VERSION_PROPERTY);
  ASSERT_NE(version, nullptr);
  EXPECT_STREQ(icalproperty_get_version(version), "2.0");
  icalproperty* product = icalcomponent_get_first_property(calendar.get(), ICAL_PRODID_PROPERTY);
  ASSERT_NE(product, nullptr);
  EXPECT_STREQ(icalproperty_get_prodid(product), "-//Region Midtjylland//Ledelsesportalen//DA");
  icalproperty* scale = icalcomponent_get_first_property(calendar.get(), ICAL_CALSCALE_PROPERTY);
  ASSERT_NE(scale, nullptr);
  EXPECT_STREQ(icalproperty_get_calscale(scale), "GREGORIAN");
  // A feed has no METHOD: clients treat a METHOD:PUBLISH feed as an import, not a subscription.
  EXPECT_EQ(icalcomponent_get_first_property(calendar.get(), ICAL_METHOD_PROPERTY), nullptr);
  EXPECT_EQ(XProperty(calendar.get(), "X-WR-CALNAME"), "Ledelsesportalen – Lars Friis");
  EXPECT_EQ(XProperty(calendar.get(), "X-WR-TIMEZONE"), "Europe/Copenhagen");

  EXPECT_TRUE(icalrestriction_check(calendar.get()));
  EXPECT_EQ(Errors(calendar.get()), std::vector<std::string>{});
}

TEST(ICalendar, ASingleDownloadIsPublishedAndPassesLibicalsRestrictions) {
  CalendarEvent event = TimedEvent("aktivitet-42@ledelsesportal", WallClock(Day(2026, 12, 1), 10));
  event.description = "Dagsorden: status på planen.";
  event.location = "Regionshuset Viborg, mødelokale 3";
  event.url = "https://ledelsesportal.rm.dk/aktivering/aktiviteter/42";
  // RFC 5546 requires an ORGANIZER in a PUBLISH; libical's iTIP check fails without one.
  event.organizer_name = "Ledelsesportalen, \"Region Midtjylland\"";
  event.organizer_email = "ledelsesportal@rm.dk";
  const std::string text = WriteICalendar(Calendar{"", "PUBLISH", {event}});

  const Component calendar = ParseCleanly(text);
  ASSERT_NE(calendar, nullptr);
  EXPECT_EQ(icalcomponent_get_method(calendar.get()), ICAL_METHOD_PUBLISH);
  EXPECT_TRUE(icalrestriction_check(calendar.get()));
  EXPECT_EQ(Errors(calendar.get()), std::vector<std::string>{});
  EXPECT_EQ(icalcomponent_count_components(calendar.get(), ICAL_VEVENT_COMPONENT), 1);
  // An empty name is left out rather than written as an empty X-WR-CALNAME.
  EXPECT_EQ(text.find("X-WR-CALNAME"), std::string::npos);

  icalcomponent* parsed = FindEvent(calendar.get(), "aktivitet-42@ledelsesportal");
  ASSERT_NE(parsed, nullptr);
  icalproperty* organizer = icalcomponent_get_first_property(parsed, ICAL_ORGANIZER_PROPERTY);
  ASSERT_NE(organizer, nullptr);
  EXPECT_STREQ(icalproperty_get_organizer(organizer), "mailto:ledelsesportal@rm.dk");
  icalparameter* name = icalproperty_get_first_parameter(organizer, ICAL_CN_PARAMETER);
  ASSERT_NE(name, nullptr);
  EXPECT_STREQ(icalparameter_get_cn(name), "Ledelsesportalen, Region Midtjylland");
  EXPECT_EQ(std::string(icalcomponent_get_location(parsed)), event.location);
  icalproperty* url = icalcomponent_get_first_property(parsed, ICAL_URL_PROPERTY);
  ASSERT_NE(url, nullptr);
  EXPECT_EQ(std::string(icalproperty_get_url(url)), event.url);
}

TEST(ICalendar, DanishTextSurvivesFoldingAndEscapingByteForByte) {
  const std::string summary = "Årsmøde for ledere i Psykiatri, Social; og Økonomi\\Løn – tilmelding æøå ÆØÅ";
  std::string description;
  for (int paragraph = 1; paragraph <= 6; ++paragraph) {
    description += "Afsnit " + std::to_string(paragraph) +
                   ": Ledelsesgrundlaget drøftes i MED; alle ledere, også de nye, forventes at møde op. "
                   "Spørgsmål til øverste ledelse kan sendes på forhånd (se vejledningen: ‘Sådan gør du’).\n";
  }
  const std::string location = "Regionshuset Aarhus, lokale 2.1; indgang C";
  CalendarEvent event = TimedEvent("aktivitet-42@ledelsesportal", WallClock(Day(2026, 12, 1), 10));
  event.summary = summary;
  event.description = description;
  event.location = location;
  const std::string text = WriteICalendar(Calendar{"Ledelsesportalen – Lars Friis", "", {event}});
  ExpectWellFolded(text);
  // The long description really was folded, so the round trip below goes through unfolding.
  EXPECT_NE(text.find("\r\n "), std::string::npos);
  const std::string unfolded = Unfold(text);
  EXPECT_NE(unfolded.find("\r\nSUMMARY:Årsmøde for ledere i Psykiatri\\, Social\\; og Økonomi\\\\Løn – tilmelding "
                          "æøå ÆØÅ\r\n"),
            std::string::npos)
      << unfolded;
  EXPECT_NE(unfolded.find("\r\nDESCRIPTION:Afsnit 1: Ledelsesgrundlaget drøftes i MED\\; alle ledere\\, også"),
            std::string::npos)
      << unfolded;
  EXPECT_NE(unfolded.find("‘Sådan gør du’).\\nAfsnit 2:"), std::string::npos) << unfolded;

  const Component calendar = ParseCleanly(text);
  ASSERT_NE(calendar, nullptr);
  icalcomponent* parsed = FindEvent(calendar.get(), "aktivitet-42@ledelsesportal");
  ASSERT_NE(parsed, nullptr);
  EXPECT_EQ(std::string(icalcomponent_get_summary(parsed)), summary);
  EXPECT_EQ(std::string(icalcomponent_get_description(parsed)), description);
  EXPECT_EQ(std::string(icalcomponent_get_location(parsed)), location);
}

TEST(ICalendar, FoldsNeverSplitAMultiByteCharacterWhereverItFalls) {
  // Every offset of 1-, 2-, 3- and 4-byte characters against the 75-octet limit and the 74 octets of a
  // continuation line.
  for (std::size_t padding = 0; padding < 80; ++padding) {
    std::string summary(padding, 'x');
    for (int repeat = 0; repeat < 12; ++repeat) summary += "æøå€𝄞a";
    CalendarEvent event = AllDayEvent("fold@ledelsesportal", Day(2026, 12, 1));
    event.summary = summary;
    const std::string text = WriteICalendar(Calendar{"", "", {event}});
    SCOPED_TRACE("padding " + std::to_string(padding));
    ExpectWellFolded(text);
    const Component calendar = ParseCleanly(text);
    ASSERT_NE(calendar, nullptr);
    icalcomponent* parsed = FindEvent(calendar.get(), "fold@ledelsesportal");
    ASSERT_NE(parsed, nullptr);
    EXPECT_EQ(std::string(icalcomponent_get_summary(parsed)), summary);
  }
}

TEST(ICalendar, EveryPhysicalLineIsAtMost75OctetsAndEndsWithCrlf) {
  std::vector<CalendarEvent> events;
  for (int i = 0; i < 20; ++i) {
    CalendarEvent event = TimedEvent("møde-" + std::to_string(i) + "@ledelsesportal",
                                     WallClock(sys_days{Day(2027, 1, 4)} + days{i}, 8 + i % 8, 30));
    event.summary = std::string(static_cast<std::size_t>(i) * 7, 'z') + " – opfølgning på lederudvikling i Region";
    for (int letter = 0; letter < i * 11; ++letter) event.description += "æ";
    event.description += "\nslut";
    event.url = "https://ledelsesportal.rm.dk/moeder/" + std::string(static_cast<std::size_t>(i) * 5, 'q');
    events.push_back(std::move(event));
  }
  const std::string text = WriteICalendar(Calendar{"Ledelsesportalen – Lars Friis", "", events});
  ExpectWellFolded(text);
  const std::vector<std::string_view> lines = PhysicalLines(text);
  ASSERT_FALSE(lines.empty());
  EXPECT_EQ(lines.front(), "BEGIN:VCALENDAR");
  EXPECT_EQ(lines.back(), "END:VCALENDAR");
  EXPECT_EQ(std::count(text.begin(), text.end(), '\n'), std::count(text.begin(), text.end(), '\r'));

  const Component calendar = ParseCleanly(text);
  ASSERT_NE(calendar, nullptr);
  EXPECT_EQ(icalcomponent_count_components(calendar.get(), ICAL_VEVENT_COMPONENT), 20);
  icalcomponent* last = FindEvent(calendar.get(), "møde-19@ledelsesportal");
  ASSERT_NE(last, nullptr);
  icalproperty* url = icalcomponent_get_first_property(last, ICAL_URL_PROPERTY);
  ASSERT_NE(url, nullptr);
  EXPECT_EQ(std::string(icalproperty_get_url(url)), events.back().url);
}

// The instant libical makes of an event's DTSTART (or DTEND) through the VTIMEZONE in the file itself,
// not through a time zone database of its own.
struct ResolvedTimes {
  std::time_t starts = 0;
  std::time_t ends = 0;
};

ResolvedTimes ResolveThroughEmbeddedZone(icalcomponent* calendar, std::string_view uid) {
  icaltimezone* zone = icalcomponent_get_timezone(calendar, std::string(kZone).c_str());
  EXPECT_NE(zone, nullptr) << "no VTIMEZONE for Europe/Copenhagen in the file";
  icalcomponent* event = FindEvent(calendar, uid);
  EXPECT_NE(event, nullptr) << uid;
  if (zone == nullptr || event == nullptr) return {};
  const icaltimetype starts = icalcomponent_get_dtstart(event);
  const icaltimetype ends = icalcomponent_get_dtend(event);
  EXPECT_FALSE(starts.is_date);
  EXPECT_EQ(starts.zone, zone) << "DTSTART does not refer to the embedded VTIMEZONE";
  EXPECT_EQ(ends.zone, zone) << "DTEND does not refer to the embedded VTIMEZONE";
  return {icaltime_as_timet_with_zone(starts, zone), icaltime_as_timet_with_zone(ends, zone)};
}

TEST(ICalendar, TimedEventsResolveToTheRightUtcInstantsThroughTheEmbeddedTimeZone) {
  // 28 March 2027 is the last Sunday of March: at 10:00 the clocks have moved to summer time (UTC+2).
  CalendarEvent summer = TimedEvent("sommer@ledelsesportal", WallClock(Day(2027, 3, 28), 10));
  summer.ends = WallClock(Day(2027, 3, 28), 11, 30);
  // 1 December 2026: winter time (UTC+1); without an end the event lasts one hour.
  const CalendarEvent winter = TimedEvent("vinter@ledelsesportal", WallClock(Day(2026, 12, 1), 10));
  const std::string text = WriteICalendar(Calendar{"", "", {summer, winter}});
  EXPECT_NE(text.find("DTSTART;TZID=Europe/Copenhagen:20270328T100000\r\n"), std::string::npos) << text;

  const Component calendar = ParseCleanly(text);
  ASSERT_NE(calendar, nullptr);
  const ResolvedTimes summer_times = ResolveThroughEmbeddedZone(calendar.get(), "sommer@ledelsesportal");
  EXPECT_EQ(summer_times.starts, ToUnixSeconds(Utc(Day(2027, 3, 28), 8)));
  EXPECT_EQ(summer_times.ends, ToUnixSeconds(Utc(Day(2027, 3, 28), 9, 30)));
  const ResolvedTimes winter_times = ResolveThroughEmbeddedZone(calendar.get(), "vinter@ledelsesportal");
  EXPECT_EQ(winter_times.starts, ToUnixSeconds(Utc(Day(2026, 12, 1), 9)));
  EXPECT_EQ(winter_times.ends, ToUnixSeconds(Utc(Day(2026, 12, 1), 10)));
}

TEST(ICalendar, EmbeddedTimeZoneAgreesWithTheCopenhagenRuleAroundEveryClockChange) {
  // Every hour of the days around the four changes of 2026 and 2027, and noon on every day between.
  std::vector<Timestamp> instants;
  for (const year_month_day change : {Day(2026, 3, 29), Day(2026, 10, 25), Day(2027, 3, 28), Day(2027, 10, 31)}) {
    for (int hour = -48; hour < 48; ++hour) instants.push_back(Timestamp{sys_days{change}} + hours{hour});
  }
  for (sys_days day{Day(2026, 1, 1)}; day < sys_days{Day(2028, 1, 1)}; day += days{1}) {
    instants.push_back(Timestamp{day} + hours{12});
  }
  std::vector<CalendarEvent> events;
  for (std::size_t i = 0; i < instants.size(); ++i) {
    events.push_back(TimedEvent("t" + std::to_string(i), CopenhagenWallClock(instants[i])));
  }
  const Component calendar = ParseCleanly(WriteICalendar(Calendar{"", "", events}));
  ASSERT_NE(calendar, nullptr);
  icaltimezone* zone = icalcomponent_get_timezone(calendar.get(), std::string(kZone).c_str());
  ASSERT_NE(zone, nullptr);

  std::size_t index = 0;
  for (icalcomponent* event = icalcomponent_get_first_component(calendar.get(), ICAL_VEVENT_COMPONENT);
       event != nullptr; event = icalcomponent_get_next_component(calendar.get(), ICAL_VEVENT_COMPONENT), ++index) {
    ASSERT_LT(index, instants.size());
    const Timestamp instant = instants[index];
    const local_seconds wall_clock = CopenhagenWallClock(instant);
    const Timestamp resolved = FromUnixSeconds(icaltime_as_timet_with_zone(icalcomponent_get_dtstart(event), zone));
    // A wall time in the hour repeated in October names two instants, and the text cannot say which
    // (libical takes the second, RFC 5545 3.3.5 the first); any other names exactly one.
    const bool repeated =
        CopenhagenWallClock(instant - hours{1}) == wall_clock || CopenhagenWallClock(instant + hours{1}) == wall_clock;
    if (repeated) {
      EXPECT_EQ(CopenhagenWallClock(resolved), wall_clock) << "Copenhagen " << FormatDateTime(instant);
    } else {
      EXPECT_EQ(resolved, instant) << "UTC " << ToUnixSeconds(instant) << ", Copenhagen " << FormatDateTime(instant);
    }
  }
  EXPECT_EQ(index, instants.size());
}

TEST(ICalendar, ACancelledEventCarriesStatusCancelledAndItsSequence) {
  CalendarEvent cancelled = TimedEvent("aktivitet-42@ledelsesportal", WallClock(Day(2026, 12, 1), 10));
  cancelled.cancelled = true;
  cancelled.sequence = 3;
  CalendarEvent confirmed = AllDayEvent("frist-7@ledelsesportal", Day(2026, 12, 1));
  confirmed.sequence = 0;
  const std::string text = WriteICalendar(Calendar{"", "", {cancelled, confirmed}});

  const Component calendar = ParseCleanly(text);
  ASSERT_NE(calendar, nullptr);
  icalcomponent* parsed_cancelled = FindEvent(calendar.get(), "aktivitet-42@ledelsesportal");
  ASSERT_NE(parsed_cancelled, nullptr);
  EXPECT_EQ(icalcomponent_get_status(parsed_cancelled), ICAL_STATUS_CANCELLED);
  EXPECT_EQ(icalcomponent_get_sequence(parsed_cancelled), 3);
  ASSERT_NE(icalcomponent_get_first_property(parsed_cancelled, ICAL_SEQUENCE_PROPERTY), nullptr);

  icalcomponent* parsed_confirmed = FindEvent(calendar.get(), "frist-7@ledelsesportal");
  ASSERT_NE(parsed_confirmed, nullptr);
  EXPECT_EQ(icalcomponent_get_status(parsed_confirmed), ICAL_STATUS_CONFIRMED);
  EXPECT_EQ(icalcomponent_get_sequence(parsed_confirmed), 0);
  ASSERT_NE(icalcomponent_get_first_property(parsed_confirmed, ICAL_SEQUENCE_PROPERTY), nullptr);
  EXPECT_TRUE(icalrestriction_check(calendar.get()));
  EXPECT_EQ(Errors(calendar.get()), std::vector<std::string>{});
}

TEST(ICalendar, AnAllDayEventIsATransparentDateEndingTheNextDay) {
  // The last day of a year and of a leap February: the next day is in the next year / month.
  const std::string text = WriteICalendar(Calendar{
      "",
      "",
      {AllDayEvent("nytaar@ledelsesportal", Day(2026, 12, 31)), AllDayEvent("skud@ledelsesportal", Day(2028, 2, 29))}});
  EXPECT_NE(text.find("DTSTART;VALUE=DATE:20261231\r\nDTEND;VALUE=DATE:20270101\r\n"), std::string::npos) << text;

  const Component calendar = ParseCleanly(text);
  ASSERT_NE(calendar, nullptr);
  // Nothing refers to a TZID, so no VTIMEZONE is written.
  EXPECT_EQ(icalcomponent_count_components(calendar.get(), ICAL_VTIMEZONE_COMPONENT), 0);

  icalcomponent* event = FindEvent(calendar.get(), "nytaar@ledelsesportal");
  ASSERT_NE(event, nullptr);
  const icaltimetype starts = icalcomponent_get_dtstart(event);
  const icaltimetype ends = icalcomponent_get_dtend(event);
  EXPECT_TRUE(starts.is_date);
  EXPECT_TRUE(ends.is_date);
  EXPECT_EQ((std::array{starts.year, starts.month, starts.day}), (std::array{2026, 12, 31}));
  EXPECT_EQ((std::array{ends.year, ends.month, ends.day}), (std::array{2027, 1, 1}));
  icalproperty* dtstart = icalcomponent_get_first_property(event, ICAL_DTSTART_PROPERTY);
  ASSERT_NE(dtstart, nullptr);
  icalparameter* value = icalproperty_get_first_parameter(dtstart, ICAL_VALUE_PARAMETER);
  ASSERT_NE(value, nullptr);
  EXPECT_EQ(icalparameter_get_value(value), ICAL_VALUE_DATE);
  icalproperty* transparency = icalcomponent_get_first_property(event, ICAL_TRANSP_PROPERTY);
  ASSERT_NE(transparency, nullptr);
  EXPECT_EQ(icalproperty_get_transp(transparency), ICAL_TRANSP_TRANSPARENT);

  icalcomponent* leap = FindEvent(calendar.get(), "skud@ledelsesportal");
  ASSERT_NE(leap, nullptr);
  const icaltimetype leap_ends = icalcomponent_get_dtend(leap);
  EXPECT_EQ((std::array{leap_ends.year, leap_ends.month, leap_ends.day}), (std::array{2028, 3, 1}));
}

TEST(ICalendar, ATimedEventIsOpaque) {
  const std::string text =
      WriteICalendar(Calendar{"", "", {TimedEvent("aktivitet-42@ledelsesportal", WallClock(Day(2026, 12, 1), 10))}});
  const Component calendar = ParseCleanly(text);
  ASSERT_NE(calendar, nullptr);
  icalcomponent* event = FindEvent(calendar.get(), "aktivitet-42@ledelsesportal");
  ASSERT_NE(event, nullptr);
  icalproperty* transparency = icalcomponent_get_first_property(event, ICAL_TRANSP_PROPERTY);
  ASSERT_NE(transparency, nullptr);
  EXPECT_EQ(icalproperty_get_transp(transparency), ICAL_TRANSP_OPAQUE);
}

TEST(ICalendar, StampIsWrittenInUtcAsDtstampAndLastModified) {
  CalendarEvent event = AllDayEvent("frist-7@ledelsesportal", Day(2026, 12, 1));
  event.stamp = Utc(Day(2026, 7, 4), 6, 7, 8);
  const std::string text = WriteICalendar(Calendar{"", "", {event}});
  EXPECT_NE(text.find("\r\nDTSTAMP:20260704T060708Z\r\n"), std::string::npos) << text;
  EXPECT_NE(text.find("\r\nLAST-MODIFIED:20260704T060708Z\r\n"), std::string::npos) << text;

  const Component calendar = ParseCleanly(text);
  ASSERT_NE(calendar, nullptr);
  icalcomponent* parsed = FindEvent(calendar.get(), "frist-7@ledelsesportal");
  ASSERT_NE(parsed, nullptr);
  const icaltimetype stamp = icalcomponent_get_dtstamp(parsed);
  EXPECT_TRUE(icaltime_is_utc(stamp));
  EXPECT_EQ(icaltime_as_timet(stamp), ToUnixSeconds(event.stamp));
  icalproperty* modified = icalcomponent_get_first_property(parsed, ICAL_LASTMODIFIED_PROPERTY);
  ASSERT_NE(modified, nullptr);
  EXPECT_EQ(icaltime_as_timet(icalproperty_get_lastmodified(modified)), ToUnixSeconds(event.stamp));
}

TEST(ICalendar, OptionalPropertiesAreLeftOutWhenEmpty) {
  const std::string text = WriteICalendar(Calendar{"", "", {AllDayEvent("frist-7@ledelsesportal", Day(2026, 12, 1))}});
  const Component calendar = ParseCleanly(text);
  ASSERT_NE(calendar, nullptr);
  icalcomponent* event = FindEvent(calendar.get(), "frist-7@ledelsesportal");
  ASSERT_NE(event, nullptr);
  EXPECT_EQ(icalcomponent_get_first_property(event, ICAL_DESCRIPTION_PROPERTY), nullptr);
  EXPECT_EQ(icalcomponent_get_first_property(event, ICAL_LOCATION_PROPERTY), nullptr);
  EXPECT_EQ(icalcomponent_get_first_property(event, ICAL_URL_PROPERTY), nullptr);
  EXPECT_NE(icalcomponent_get_first_property(event, ICAL_SUMMARY_PROPERTY), nullptr);
}

TEST(ICalendar, CarriageReturnsAndControlCharactersAreDroppedFromText) {
  CalendarEvent event = AllDayEvent("frist-7@ledelsesportal", Day(2026, 12, 1));
  event.description = std::string("Første linje\r\nAnden\x01 linje\r\n\tindrykket\x7F");
  const std::string text = WriteICalendar(Calendar{"", "", {event}});
  EXPECT_NE(text.find("DESCRIPTION:Første linje\\nAnden linje\\n\tindrykket\r\n"), std::string::npos) << text;

  const Component calendar = ParseCleanly(text);
  ASSERT_NE(calendar, nullptr);
  icalcomponent* parsed = FindEvent(calendar.get(), "frist-7@ledelsesportal");
  ASSERT_NE(parsed, nullptr);
  EXPECT_EQ(std::string(icalcomponent_get_description(parsed)), "Første linje\nAnden linje\n\tindrykket");
}

TEST(ICalendar, BytesThatAreNotUtf8BecomeReplacementCharacters) {
  CalendarEvent event = AllDayEvent("frist-7@ledelsesportal", Day(2026, 12, 1));
  event.summary =
      "Lederm\xF8"
      "de";  // "Ledermøde" in Windows-1252
  const std::string text = WriteICalendar(Calendar{"", "", {event}});
  EXPECT_TRUE(IsValidUtf8(text));

  const Component calendar = ParseCleanly(text);
  ASSERT_NE(calendar, nullptr);
  icalcomponent* parsed = FindEvent(calendar.get(), "frist-7@ledelsesportal");
  ASSERT_NE(parsed, nullptr);
  EXPECT_EQ(std::string(icalcomponent_get_summary(parsed)), "Lederm\uFFFDde");
}

TEST(ICalendar, AnEventWithoutDayOrStartIsAProgrammingError) {
  CalendarEvent event = AllDayEvent("frist-7@ledelsesportal", Day(2026, 12, 1));
  event.day.reset();
  EXPECT_THROW(WriteICalendar(Calendar{"", "", {event}}), std::invalid_argument);
}

TEST(ICalendar, OtherMisuseIsAProgrammingErrorToo) {
  const CalendarEvent all_day = AllDayEvent("frist-7@ledelsesportal", Day(2026, 12, 1));
  const CalendarEvent timed = TimedEvent("aktivitet-42@ledelsesportal", WallClock(Day(2026, 12, 1), 10));
  const auto write = [](const CalendarEvent& event) { return WriteICalendar(Calendar{"", "", {event}}); };
  ASSERT_NO_THROW(write(all_day));
  ASSERT_NO_THROW(write(timed));

  CalendarEvent both = all_day;
  both.starts = WallClock(Day(2026, 12, 1), 10);
  EXPECT_THROW(write(both), std::invalid_argument);
  CalendarEvent end_without_start = all_day;
  end_without_start.ends = WallClock(Day(2026, 12, 1), 10);
  EXPECT_THROW(write(end_without_start), std::invalid_argument);
  CalendarEvent ends_before_start = timed;
  ends_before_start.ends = *timed.starts - minutes{30};
  EXPECT_THROW(write(ends_before_start), std::invalid_argument);
  CalendarEvent ends_at_start = timed;
  ends_at_start.ends = timed.starts;
  EXPECT_THROW(write(ends_at_start), std::invalid_argument);
  CalendarEvent without_uid = all_day;
  without_uid.uid.clear();
  EXPECT_THROW(write(without_uid), std::invalid_argument);
  CalendarEvent negative_sequence = all_day;
  negative_sequence.sequence = -1;
  EXPECT_THROW(write(negative_sequence), std::invalid_argument);
  CalendarEvent no_such_day = all_day;
  no_such_day.day = Day(2026, 2, 30);
  EXPECT_THROW(write(no_such_day), std::invalid_argument);
  CalendarEvent url_with_line_break = all_day;
  url_with_line_break.url = "https://ledelsesportal.rm.dk/\r\nATTENDEE:mailto:x@example.org";
  EXPECT_THROW(write(url_with_line_break), std::invalid_argument);
  EXPECT_THROW(WriteICalendar(Calendar{"", "PUBLISH\r\nX", {all_day}}), std::invalid_argument);
}

TEST(CopenhagenWallClock, IsTheLocalTimeInWinterAndSummer) {
  EXPECT_EQ(CopenhagenWallClock(Utc(Day(2026, 12, 1), 9)), WallClock(Day(2026, 12, 1), 10));
  EXPECT_EQ(CopenhagenWallClock(Utc(Day(2027, 3, 28), 8)), WallClock(Day(2027, 3, 28), 10));
  // The last instant of winter time and the first of summer time, 29 March 2026.
  EXPECT_EQ(CopenhagenWallClock(Utc(Day(2026, 3, 29), 0, 59)), WallClock(Day(2026, 3, 29), 1, 59));
  EXPECT_EQ(CopenhagenWallClock(Utc(Day(2026, 3, 29), 1)), WallClock(Day(2026, 3, 29), 3));
}

}  // namespace
}  // namespace lp::domain
