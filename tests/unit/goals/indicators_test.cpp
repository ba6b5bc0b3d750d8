// The rules of goal pictures' indicators (issue 18): periods, status colours, the recent trend and
// the run chart's signals on known series.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <vector>

#include "domain/goals/indicators.hpp"

namespace lp::domain {
namespace {

using std::chrono::year_month_day;
using ::testing::ElementsAre;

constexpr year_month_day Day(int y, unsigned m, unsigned d) {
  return year_month_day{std::chrono::year{y}, std::chrono::month{m}, std::chrono::day{d}};
}

// Every value of a table has a distinct code and a label and parses back from its code.
template <typename Table, typename Values>
void ExpectRoundTrip(const Table& table, const Values& values) {
  std::vector<std::string_view> codes;
  for (const auto value : values) {
    EXPECT_FALSE(table.Label(value).empty());
    EXPECT_EQ(table.Parse(table.Code(value)), value);
    EXPECT_THAT(codes, ::testing::Not(::testing::Contains(table.Code(value))));
    codes.push_back(table.Code(value));
  }
  EXPECT_EQ(table.Parse("findes-ikke"), std::nullopt);
}

TEST(Indicators, EveryCodeHasALabelAndParsesBack) {
  ExpectRoundTrip(kFrequencyTable, kAllFrequencies);
  ExpectRoundTrip(kDirectionTable, kAllDirections);
  ExpectRoundTrip(kStatusColourTable, kAllStatusColours);
}

TEST(Indicators, PeriodsAreWrittenReadAndShownPerFrequency) {
  const Period march{Frequency::Monthly, 2026, 3};
  const Period second{Frequency::Quarterly, 2026, 2};
  const Period year{Frequency::Yearly, 2026, 0};
  EXPECT_EQ(PeriodCode(march), "2026-03");
  EXPECT_EQ(PeriodCode(second), "2026-K2");
  EXPECT_EQ(PeriodCode(year), "2026");
  EXPECT_EQ(PeriodLabel(march), "marts 2026");
  EXPECT_EQ(PeriodLabel(second), "2. kvartal 2026");
  EXPECT_EQ(PeriodLabel(year), "2026");
  EXPECT_EQ(ParsePeriod(Frequency::Monthly, "2026-03"), march);
  EXPECT_EQ(ParsePeriod(Frequency::Monthly, " 2026-3 "), march);
  EXPECT_EQ(ParsePeriod(Frequency::Quarterly, "2026-k2"), second);
  EXPECT_EQ(ParsePeriod(Frequency::Yearly, "2026"), year);
  // Another frequency's period, or nonsense, is no period.
  for (const auto* text : {"2026-K2", "2026", "2026-13", "2026-00", "26-03", "2026-03-01", "marts", ""}) {
    EXPECT_FALSE(ParsePeriod(Frequency::Monthly, text).has_value()) << text;
  }
  for (const auto* text : {"2026-03", "2026-K5", "2026-K0", "2026-Q2", "2026"}) {
    EXPECT_FALSE(ParsePeriod(Frequency::Quarterly, text).has_value()) << text;
  }
  EXPECT_FALSE(ParsePeriod(Frequency::Yearly, "2026-03").has_value());
  EXPECT_FALSE(ParsePeriod(Frequency::Yearly, "1800").has_value());
}

TEST(Indicators, PeriodsHaveTheirDaysAndFollowEachOther) {
  EXPECT_EQ(PeriodStart({Frequency::Quarterly, 2026, 2}), Day(2026, 4, 1));
  EXPECT_EQ(PeriodEnd({Frequency::Quarterly, 2026, 2}), Day(2026, 6, 30));
  EXPECT_EQ(PeriodEnd({Frequency::Monthly, 2028, 2}), Day(2028, 2, 29));
  EXPECT_EQ(PeriodEnd({Frequency::Yearly, 2026, 0}), Day(2026, 12, 31));
  EXPECT_EQ(NextPeriod({Frequency::Monthly, 2026, 12}), (Period{Frequency::Monthly, 2027, 1}));
  EXPECT_EQ(NextPeriod({Frequency::Quarterly, 2026, 4}), (Period{Frequency::Quarterly, 2027, 1}));
  EXPECT_EQ(PeriodOf(Frequency::Quarterly, Day(2026, 12, 5)), (Period{Frequency::Quarterly, 2026, 4}));
  EXPECT_EQ(LastEndedPeriod(Frequency::Monthly, Day(2026, 1, 15)), (Period{Frequency::Monthly, 2025, 12}));
  EXPECT_EQ(LastEndedPeriod(Frequency::Quarterly, Day(2026, 12, 5)), (Period{Frequency::Quarterly, 2026, 3}));
  EXPECT_FALSE(InFuture({Frequency::Monthly, 2026, 12}, Day(2026, 12, 5))) << "begun";
  EXPECT_TRUE(InFuture({Frequency::Monthly, 2027, 1}, Day(2026, 12, 5)));
  EXPECT_LT((Period{Frequency::Monthly, 2025, 12}), (Period{Frequency::Monthly, 2026, 1}));
}

TEST(Indicators, TheColourFollowsTheThresholdsInTheIndicatorsDirection) {
  // Share of patients seen within the deadline: higher is better, green from 90, red at 80 or below.
  const Thresholds share{90, 80};
  EXPECT_TRUE(ThresholdsFit(share, Direction::HigherIsBetter));
  EXPECT_EQ(ColourOf(95, share, Direction::HigherIsBetter), StatusColour::Green);
  EXPECT_EQ(ColourOf(90, share, Direction::HigherIsBetter), StatusColour::Green);
  EXPECT_EQ(ColourOf(85, share, Direction::HigherIsBetter), StatusColour::Yellow);
  EXPECT_EQ(ColourOf(80, share, Direction::HigherIsBetter), StatusColour::Red);
  // Waiting days: lower is better, green at 30 or fewer, red from 45.
  const Thresholds days{30, 45};
  EXPECT_TRUE(ThresholdsFit(days, Direction::LowerIsBetter));
  EXPECT_FALSE(ThresholdsFit(days, Direction::HigherIsBetter));
  EXPECT_FALSE(ThresholdsFit({50, 50}, Direction::HigherIsBetter)) << "no yellow band";
  EXPECT_EQ(ColourOf(28, days, Direction::LowerIsBetter), StatusColour::Green);
  EXPECT_EQ(ColourOf(40, days, Direction::LowerIsBetter), StatusColour::Yellow);
  EXPECT_EQ(ColourOf(45, days, Direction::LowerIsBetter), StatusColour::Red);
}

TEST(Indicators, TheRecentTrendSaysWhetherTheLatestValueIsBetterOrWorse) {
  const std::vector<double> rising = {80, 81, 80, 82, 88};
  const auto up = RecentTrend(rising, Direction::HigherIsBetter);
  EXPECT_EQ(up.direction, TrendDirection::Rising);
  EXPECT_EQ(up.meaning, TrendMeaning::Better);
  EXPECT_EQ(up.Label(), "Stigende – bedre");
  EXPECT_EQ(up.Arrow(), "↑");
  const auto worse = RecentTrend(rising, Direction::LowerIsBetter);
  EXPECT_EQ(worse.meaning, TrendMeaning::Worse);
  EXPECT_EQ(worse.Label(), "Stigende – værre");
  // Noise within a quarter of the series' spread is no trend.
  const std::vector<double> noise = {40, 50, 45, 44, 46};
  EXPECT_EQ(RecentTrend(noise, Direction::HigherIsBetter).direction, TrendDirection::Flat);
  EXPECT_EQ(RecentTrend(noise, Direction::HigherIsBetter).Label(), "Uændret");
  const std::vector<double> falling = {40, 50, 45, 44, 41, 30};
  EXPECT_EQ(RecentTrend(falling, Direction::LowerIsBetter).Label(), "Faldende – bedre");
  EXPECT_EQ(RecentTrend(std::vector<double>{7}, Direction::HigherIsBetter).direction, TrendDirection::Flat);
  EXPECT_EQ(RecentTrend(std::vector<double>{}, Direction::HigherIsBetter).direction, TrendDirection::Flat);
}

TEST(Indicators, AShiftIsSixPointsOnOneSideOfTheMedianThoseOnItSkipped) {
  // Median 5: points 4–9 above it, with one point on the median inside that neither counts nor breaks.
  const std::vector<double> values = {3, 4, 2, 3, 6, 7, 5, 6, 8, 7, 6, 2, 3, 4, 5};
  const auto chart = AnalyseRunChart(values);
  EXPECT_DOUBLE_EQ(chart.median, 5);
  ASSERT_EQ(chart.signals.size(), 1U);
  EXPECT_EQ(chart.signals[0].kind, SignalKind::ShiftAbove);
  EXPECT_EQ(chart.signals[0].first, 4U);
  EXPECT_EQ(chart.signals[0].last, 10U);
  EXPECT_EQ(chart.signals[0].points, 6U);
  EXPECT_EQ(chart.signals[0].Label(), "Skift: 6 punkter over medianen");
  EXPECT_FALSE(chart.in_signal[3]);
  EXPECT_TRUE(chart.in_signal[6]);
  EXPECT_FALSE(chart.in_signal[11]);
  // Five on one side is no shift.
  const std::vector<double> five = {1, 2, 1, 2, 1, 9, 8, 9, 8, 9, 1, 2};
  EXPECT_TRUE(AnalyseRunChart(five).signals.empty());
}

TEST(Indicators, ATrendIsFivePointsEachHigherOrLowerRepeatedValuesSkipped) {
  const std::vector<double> values = {5, 4, 6, 7, 7, 8, 9, 10, 6, 5, 6};
  const auto chart = AnalyseRunChart(values);
  std::vector<SignalKind> kinds;
  for (const auto& signal : chart.signals) kinds.push_back(signal.kind);
  ASSERT_THAT(kinds, ElementsAre(SignalKind::TrendUp));
  EXPECT_EQ(chart.signals[0].first, 1U);
  EXPECT_EQ(chart.signals[0].last, 7U);
  EXPECT_EQ(chart.signals[0].points, 6U) << "4, 6, 7, 8, 9, 10: the repeated 7 not counted";
  EXPECT_EQ(chart.signals[0].Label(), "Trend: 6 stigende punkter");
  // Four rising points are no trend; a falling run of five is.
  EXPECT_TRUE(AnalyseRunChart(std::vector<double>{1, 2, 3, 4, 2, 3, 2, 3}).signals.empty());
  const auto down = AnalyseRunChart(std::vector<double>{3, 5, 4, 3, 2, 1, 2, 3});
  ASSERT_EQ(down.signals.size(), 1U);
  EXPECT_EQ(down.signals[0].kind, SignalKind::TrendDown);
  EXPECT_EQ(down.signals[0].first, 1U);
  EXPECT_EQ(down.signals[0].last, 5U);
}

TEST(Indicators, ASeriesCanShowAShiftAndATrendAndAnEmptyOneNothing) {
  // A step change: eight low points, then eight high ones climbing at first.
  const std::vector<double> values = {10, 11, 10, 12, 11, 10, 11, 12, 13, 14, 15, 16, 17, 16, 17, 16};
  const auto chart = AnalyseRunChart(values);
  std::vector<SignalKind> kinds;
  for (const auto& signal : chart.signals) kinds.push_back(signal.kind);
  EXPECT_THAT(kinds, ElementsAre(SignalKind::ShiftBelow, SignalKind::TrendUp, SignalKind::ShiftAbove));
  EXPECT_TRUE(AnalyseRunChart(std::vector<double>{}).signals.empty());
  EXPECT_DOUBLE_EQ(Median(std::vector<double>{4, 1, 3, 2}), 2.5);
}

}  // namespace
}  // namespace lp::domain
