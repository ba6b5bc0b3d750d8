#include "domain/platform/danish_format.hpp"

#include <gtest/gtest.h>

#include <climits>
#include <cmath>
#include <limits>

namespace lp::domain {
namespace {

using namespace std::chrono_literals;
using std::chrono::sys_days;
using std::chrono::year_month_day;

// A UTC instant written as calendar fields, so the tests read like the rule they check.
Timestamp Utc(year_month_day d, int hour, int minute = 0, int second = 0) {
  return Timestamp{sys_days{d}} + std::chrono::hours{hour} + std::chrono::minutes{minute} +
         std::chrono::seconds{second};
}

TEST(CopenhagenTime, WinterIsOneHourAheadOfUtc) {
  const LocalDateTime local = ToCopenhagenTime(Utc(2026y / 11 / 23, 13, 5, 9));
  EXPECT_EQ(local.date, 2026y / 11 / 23);
  EXPECT_EQ(local.hour, 14);
  EXPECT_EQ(local.minute, 5);
  EXPECT_EQ(local.second, 9);
  EXPECT_EQ(local.utc_offset_minutes, 60);
}

TEST(CopenhagenTime, SummerIsTwoHoursAheadOfUtc) {
  const LocalDateTime local = ToCopenhagenTime(Utc(2026y / 7 / 1, 12));
  EXPECT_EQ(local.hour, 14);
  EXPECT_EQ(local.utc_offset_minutes, 120);
}

TEST(CopenhagenTime, SpringForwardJumpsFromTwoToThreeOnLastSundayOfMarch) {
  // 29 March 2026 is the last Sunday of March.
  const LocalDateTime before = ToCopenhagenTime(Utc(2026y / 3 / 29, 0, 59, 59));
  EXPECT_EQ(before.date, 2026y / 3 / 29);
  EXPECT_EQ(before.hour, 1);
  EXPECT_EQ(before.minute, 59);
  EXPECT_EQ(before.second, 59);
  EXPECT_EQ(before.utc_offset_minutes, 60);

  const LocalDateTime after = ToCopenhagenTime(Utc(2026y / 3 / 29, 1));
  EXPECT_EQ(after.hour, 3);
  EXPECT_EQ(after.minute, 0);
  EXPECT_EQ(after.utc_offset_minutes, 120);
}

TEST(CopenhagenTime, FallBackRepeatsTheHourFromTwoToThreeOnLastSundayOfOctober) {
  // 25 October 2026 is the last Sunday of October; 02:xx local happens twice.
  const LocalDateTime summer = ToCopenhagenTime(Utc(2026y / 10 / 25, 0, 30));
  EXPECT_EQ(summer.hour, 2);
  EXPECT_EQ(summer.minute, 30);
  EXPECT_EQ(summer.utc_offset_minutes, 120);

  const LocalDateTime last_summer_second = ToCopenhagenTime(Utc(2026y / 10 / 25, 0, 59, 59));
  EXPECT_EQ(last_summer_second.hour, 2);
  EXPECT_EQ(last_summer_second.utc_offset_minutes, 120);

  const LocalDateTime winter = ToCopenhagenTime(Utc(2026y / 10 / 25, 1, 30));
  EXPECT_EQ(winter.hour, 2);
  EXPECT_EQ(winter.minute, 30);
  EXPECT_EQ(winter.utc_offset_minutes, 60);
}

TEST(CopenhagenTime, UsesTheLastSundayOfEachYear) {
  // 2027: 28 March and 31 October; the Saturday before must still be winter/summer time.
  EXPECT_EQ(CopenhagenUtcOffsetMinutes(Utc(2027y / 3 / 27, 12)), 60);
  EXPECT_EQ(CopenhagenUtcOffsetMinutes(Utc(2027y / 3 / 28, 1)), 120);
  EXPECT_EQ(CopenhagenUtcOffsetMinutes(Utc(2027y / 10 / 30, 12)), 120);
  EXPECT_EQ(CopenhagenUtcOffsetMinutes(Utc(2027y / 10 / 31, 0, 59, 59)), 120);
  EXPECT_EQ(CopenhagenUtcOffsetMinutes(Utc(2027y / 10 / 31, 1)), 60);
}

TEST(CopenhagenTime, NewYearInCopenhagenComesAnHourBeforeUtc) {
  const Timestamp t = Utc(2026y / 12 / 31, 23, 30);
  EXPECT_EQ(FormatDate(t), "01.01.2027");
  EXPECT_EQ(FormatDateTime(t), "01.01.2027 kl. 00:30");
  EXPECT_EQ(FormatDate(Utc(2026y / 12 / 31, 22, 59)), "31.12.2026");
}

TEST(CopenhagenTime, HandlesLeapDays) {
  EXPECT_EQ(FormatDate(Utc(2028y / 2 / 28, 23, 0)), "29.02.2028");
  EXPECT_EQ(FormatDate(Utc(2027y / 2 / 28, 23, 0)), "01.03.2027");
  EXPECT_EQ(FormatDate(Utc(2000y / 2 / 29, 12)), "29.02.2000");
}

TEST(CopenhagenTime, HandlesTheUnixEpochAndEarlier) {
  EXPECT_EQ(FormatDateTime(FromUnixSeconds(0)), "01.01.1970 kl. 01:00");
  EXPECT_EQ(FormatDateTime(FromUnixSeconds(-3600)), "01.01.1970 kl. 00:00");
  EXPECT_EQ(FormatDateTime(FromUnixSeconds(-3601)), "31.12.1969 kl. 23:59");
}

TEST(DanishDate, FormatsWithDotsAndLeadingZeros) {
  EXPECT_EQ(FormatDate(2026y / 11 / 23), "23.11.2026");
  EXPECT_EQ(FormatDate(2025y / 3 / 1), "01.03.2025");
  EXPECT_EQ(FormatDate(sys_days{2025y / 3 / 1}), "01.03.2025");
  EXPECT_EQ(FormatIsoDate(2025y / 3 / 1), "2025-03-01");
}

TEST(DanishDate, GivesEmptyTextForAnInvalidDate) {
  EXPECT_EQ(FormatDate(2026y / 2 / 31), "");
  EXPECT_EQ(FormatLongDate(2026y / 2 / 31), "");
  EXPECT_EQ(FormatIsoDate(2026y / 2 / 31), "");
}

TEST(DanishDate, FormatsTimeOnTheTwentyFourHourClock) {
  EXPECT_EQ(FormatTime(Utc(2026y / 11 / 23, 13, 5)), "14:05");
  EXPECT_EQ(FormatTime(Utc(2026y / 11 / 23, 23, 0)), "00:00");
  EXPECT_EQ(FormatTime(Utc(2026y / 6 / 23, 21, 59, 59)), "23:59");
  EXPECT_EQ(FormatDateTime(Utc(2026y / 11 / 23, 13, 5)), "23.11.2026 kl. 14:05");
}

TEST(DanishDate, LongDateStartsWithTheLocalWeekday) {
  EXPECT_EQ(FormatLongDate(Utc(2026y / 11 / 23, 12)), "mandag 23.11.2026");
  // 23:30 UTC on Sunday is already Monday in Copenhagen.
  EXPECT_EQ(FormatLongDate(Utc(2026y / 11 / 22, 23, 30)), "mandag 23.11.2026");
  EXPECT_EQ(FormatLongDate(2026y / 11 / 29), "søndag 29.11.2026");
}

TEST(DanishDate, NamesWeekdaysAndMonths) {
  EXPECT_EQ(WeekdayName(std::chrono::Monday), "mandag");
  EXPECT_EQ(WeekdayName(std::chrono::Wednesday), "onsdag");
  EXPECT_EQ(WeekdayName(std::chrono::Saturday), "lørdag");
  EXPECT_EQ(WeekdayName(std::chrono::Sunday), "søndag");
  EXPECT_EQ(WeekdayName(std::chrono::weekday{9}), "");
  EXPECT_EQ(ShortWeekdayName(std::chrono::Thursday), "tor");
  EXPECT_EQ(MonthName(std::chrono::January), "januar");
  EXPECT_EQ(MonthName(std::chrono::March), "marts");
  EXPECT_EQ(MonthName(std::chrono::May), "maj");
  EXPECT_EQ(MonthName(std::chrono::December), "december");
  EXPECT_EQ(MonthName(std::chrono::month{13}), "");
}

TEST(DanishDate, WeekStartsOnMonday) {
  EXPECT_EQ(kWeekdaysMondayFirst.front(), std::chrono::Monday);
  EXPECT_EQ(kWeekdaysMondayFirst.back(), std::chrono::Sunday);
  EXPECT_EQ(WeekdayIndexMondayFirst(std::chrono::Monday), 0);
  EXPECT_EQ(WeekdayIndexMondayFirst(std::chrono::Sunday), 6);
}

TEST(DanishDate, NumbersWeeksTheIsoWay) {
  EXPECT_EQ(IsoWeekNumber(2026y / 11 / 23), 48);
  EXPECT_EQ(IsoWeekNumber(2026y / 1 / 1), 1);    // a Thursday
  EXPECT_EQ(IsoWeekNumber(2025y / 12 / 29), 1);  // Monday of week 1 of 2026
  EXPECT_EQ(IsoWeekNumber(2027y / 1 / 1), 53);   // 2026 has 53 weeks
  EXPECT_EQ(IsoWeekNumber(2024y / 12 / 31), 1);  // belongs to 2025
  EXPECT_EQ(IsoWeekNumber(2021y / 1 / 3), 53);   // Sunday, still 2020's last week
}

TEST(DanishNumber, GroupsThousandsWithDots) {
  EXPECT_EQ(FormatInteger(0), "0");
  EXPECT_EQ(FormatInteger(7), "7");
  EXPECT_EQ(FormatInteger(999), "999");
  EXPECT_EQ(FormatInteger(1000), "1.000");
  EXPECT_EQ(FormatInteger(30000), "30.000");
  EXPECT_EQ(FormatInteger(1234567), "1.234.567");
  EXPECT_EQ(FormatInteger(-1234), "-1.234");
  EXPECT_EQ(FormatInteger(-999), "-999");
  EXPECT_EQ(FormatInteger(LLONG_MAX), "9.223.372.036.854.775.807");
  EXPECT_EQ(FormatInteger(LLONG_MIN), "-9.223.372.036.854.775.808");
}

TEST(DanishNumber, CountsTakeTheSingularOnlyForExactlyOne) {
  EXPECT_EQ(CountOf(1, "enhed", "enheder"), "1 enhed");
  EXPECT_EQ(CountOf(-1, "enhed", "enheder"), "-1 enhed");
  EXPECT_EQ(CountOf(0, "enhed", "enheder"), "0 enheder");
  EXPECT_EQ(CountOf(2, "godkendt plan", "godkendte planer"), "2 godkendte planer");
  EXPECT_EQ(CountOf(1234, "enhed", "enheder"), "1.234 enheder");
}

TEST(DanishNumber, UsesDecimalCommaAndPadsDecimals) {
  EXPECT_EQ(FormatDecimal(1234.5, 2), "1.234,50");
  EXPECT_EQ(FormatDecimal(0.5, 1), "0,5");
  EXPECT_EQ(FormatDecimal(12, 0), "12");
  EXPECT_EQ(FormatDecimal(-1234567.891, 2), "-1.234.567,89");
  EXPECT_EQ(FormatDecimal(1e21, 0), "1.000.000.000.000.000.000.000");
}

TEST(DanishNumber, RoundsHalfAwayFromZero) {
  EXPECT_EQ(FormatDecimal(2.5, 0), "3");
  EXPECT_EQ(FormatDecimal(-2.5, 0), "-3");
  EXPECT_EQ(FormatDecimal(0.125, 2), "0,13");
  EXPECT_EQ(FormatDecimal(-0.125, 2), "-0,13");
  // As written, not as stored in binary (1.005 is 1.00499999… as a double).
  EXPECT_EQ(FormatDecimal(1.005, 2), "1,01");
  EXPECT_EQ(FormatDecimal(2.675, 2), "2,68");
  EXPECT_EQ(FormatDecimal(1.0049, 2), "1,00");
}

TEST(DanishNumber, CarriesIntoNewThousandsGroups) {
  EXPECT_EQ(FormatDecimal(999.995, 2), "1.000,00");
  EXPECT_EQ(FormatDecimal(999999.5, 0), "1.000.000");
  EXPECT_EQ(FormatDecimal(-9.96, 1), "-10,0");
}

TEST(DanishNumber, NeverShowsNegativeZero) {
  EXPECT_EQ(FormatDecimal(-0.0, 2), "0,00");
  EXPECT_EQ(FormatDecimal(-0.004, 2), "0,00");
  EXPECT_EQ(FormatDecimal(-0.4, 0), "0");
  EXPECT_EQ(FormatPercent(-0.00001, 1), "0,0 %");
}

TEST(DanishNumber, ClampsDecimalsAndMarksNonFiniteValues) {
  EXPECT_EQ(FormatDecimal(1.5, -3), "2");
  EXPECT_EQ(FormatDecimal(0.1, 40), "0,100000000000000");
  EXPECT_EQ(FormatDecimal(std::nan(""), 2), "–");
  EXPECT_EQ(FormatDecimal(std::numeric_limits<double>::infinity(), 2), "–");
  EXPECT_EQ(FormatPercent(-std::numeric_limits<double>::infinity(), 2), "–");
  EXPECT_EQ(FormatDecimal(std::numeric_limits<double>::denorm_min(), 2), "0,00");
}

TEST(DanishNumber, FormatsPercentWithSpaceBeforeSign) {
  EXPECT_EQ(FormatPercent(0.125, 1), "12,5 %");
  EXPECT_EQ(FormatPercent(1, 0), "100 %");
  EXPECT_EQ(FormatPercent(0.5, 0), "50 %");
  EXPECT_EQ(FormatPercent(12.345, 0), "1.235 %");  // 1234.5 rounds away from zero
  EXPECT_EQ(FormatPercent(-0.0745, 1), "-7,5 %");
  EXPECT_EQ(FormatPercent(0.0000015, 4), "0,0002 %");
  // 0.0115 * 100 is 1.1499999999999999 in binary; shifted in decimal it is 1.15.
  EXPECT_EQ(FormatPercent(0.0115, 1), "1,2 %");
}

TEST(DanishDateParsing, AcceptsDanishAndIsoForms) {
  EXPECT_EQ(ParseDate("23.11.2026"), 2026y / 11 / 23);
  EXPECT_EQ(ParseDate("2026-11-23"), 2026y / 11 / 23);
  EXPECT_EQ(ParseDate("23-11-2026"), 2026y / 11 / 23);
  EXPECT_EQ(ParseDate("23/11/2026"), 2026y / 11 / 23);
  EXPECT_EQ(ParseDate("1.3.2025"), 2025y / 3 / 1);
  EXPECT_EQ(ParseDate("2025-3-1"), 2025y / 3 / 1);
  EXPECT_EQ(ParseDate("  01.03.2025\t"), 2025y / 3 / 1);
}

TEST(DanishDateParsing, AcceptsLeapDaysOnlyInLeapYears) {
  EXPECT_EQ(ParseDate("29.02.2024"), 2024y / 2 / 29);
  EXPECT_EQ(ParseDate("29.02.2000"), 2000y / 2 / 29);
  EXPECT_FALSE(ParseDate("29.02.2026"));
  EXPECT_FALSE(ParseDate("29.02.1900"));
  EXPECT_FALSE(ParseDate("29.02.2100"));
}

TEST(DanishDateParsing, RejectsDatesThatDoNotExist) {
  EXPECT_FALSE(ParseDate("31.02.2026"));
  EXPECT_FALSE(ParseDate("31.04.2026"));
  EXPECT_FALSE(ParseDate("00.01.2026"));
  EXPECT_FALSE(ParseDate("01.13.2026"));
  EXPECT_FALSE(ParseDate("01.00.2026"));
  EXPECT_FALSE(ParseDate("2026-02-30"));
}

TEST(DanishDateParsing, RejectsYearsOutsideTheAcceptedRange) {
  EXPECT_FALSE(ParseDate("31.12.1899"));
  EXPECT_TRUE(ParseDate("01.01.1900"));
  EXPECT_TRUE(ParseDate("31.12.2200"));
  EXPECT_FALSE(ParseDate("01.01.2201"));
  EXPECT_FALSE(ParseDate("0001-01-01"));
}

TEST(DanishDateParsing, RejectsMalformedText) {
  EXPECT_FALSE(ParseDate(""));
  EXPECT_FALSE(ParseDate("   "));
  EXPECT_FALSE(ParseDate("i morgen"));
  EXPECT_FALSE(ParseDate("23.11.26"));  // two-digit years are ambiguous
  EXPECT_FALSE(ParseDate("23.11"));
  EXPECT_FALSE(ParseDate("23.11.2026.1"));
  EXPECT_FALSE(ParseDate("23.11-2026"));  // mixed separators
  EXPECT_FALSE(ParseDate("2026.11.23"));  // year first only in ISO form
  EXPECT_FALSE(ParseDate("2026/11/23"));
  EXPECT_FALSE(ParseDate("123.11.2026"));
  EXPECT_FALSE(ParseDate("23.011.2026"));
  EXPECT_FALSE(ParseDate("+1.11.2026"));
  EXPECT_FALSE(ParseDate("23. 11.2026"));
  EXPECT_FALSE(ParseDate("23.11.2026 kl. 14:05"));
  EXPECT_FALSE(ParseDate("-23.11.2026"));
}

TEST(CopenhagenMidnight, IsElevenPmUtcInWinter) {
  EXPECT_EQ(CopenhagenMidnight(2026y / 11 / 23), Utc(2026y / 11 / 22, 23));
  EXPECT_EQ(CopenhagenMidnight(2027y / 1 / 1), Utc(2026y / 12 / 31, 23));
}

TEST(CopenhagenMidnight, IsTenPmUtcInSummer) { EXPECT_EQ(CopenhagenMidnight(2026y / 7 / 1), Utc(2026y / 6 / 30, 22)); }

TEST(CopenhagenMidnight, FollowsTheOffsetOnChangeDays) {
  // The clocks change at 02:00/03:00 local, after midnight: the change day starts on the old offset.
  EXPECT_EQ(CopenhagenMidnight(2026y / 3 / 29), Utc(2026y / 3 / 28, 23));
  EXPECT_EQ(CopenhagenMidnight(2026y / 3 / 30), Utc(2026y / 3 / 29, 22));
  EXPECT_EQ(CopenhagenMidnight(2026y / 10 / 25), Utc(2026y / 10 / 24, 22));
  EXPECT_EQ(CopenhagenMidnight(2026y / 10 / 26), Utc(2026y / 10 / 25, 23));
}

TEST(CopenhagenMidnight, RoundTripsThroughLocalTime) {
  for (sys_days day = sys_days{2024y / 1 / 1}; day < sys_days{2029y / 1 / 1}; day += std::chrono::days{1}) {
    const std::optional<Timestamp> midnight = CopenhagenMidnight(year_month_day{day});
    ASSERT_TRUE(midnight);
    const LocalDateTime local = ToCopenhagenTime(*midnight);
    ASSERT_EQ(local.date, year_month_day{day});
    ASSERT_EQ(local.hour, 0);
    ASSERT_EQ(local.minute, 0);
    ASSERT_EQ(local.second, 0);
  }
}

TEST(CopenhagenMidnight, RefusesAnInvalidDate) { EXPECT_FALSE(CopenhagenMidnight(2026y / 2 / 30)); }

}  // namespace
}  // namespace lp::domain
