// The goal pictures' charts (issue 18) as SVG: well formed, escaped, deterministic, and drawing what
// the run chart's rules find in known series.
#include "web/goals/run_chart_svg.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <array>
#include <cmath>
#include <map>
#include <regex>
#include <string>
#include <string_view>
#include <vector>

namespace lp::web {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

// Whether every tag is closed in order, with exactly one root element <svg>, and no '<' or '>' outside
// the tags (text and attribute values are escaped). The empty string when so, else what is wrong.
std::string TagBalanceProblem(std::string_view svg) {
  std::vector<std::string> open;
  std::size_t roots = 0;
  std::size_t position = 0;
  while (position < svg.size()) {
    const auto start = svg.find_first_of("<>", position);
    if (start == std::string_view::npos) break;
    if (svg[start] == '>') return "a '>' outside a tag at " + std::to_string(start);
    const auto end = svg.find_first_of("<>", start + 1);
    if (end == std::string_view::npos || svg[end] == '<') return "a '<' that opens no tag at " + std::to_string(start);
    std::string_view tag = svg.substr(start + 1, end - start - 1);
    position = end + 1;
    if (tag.starts_with('/')) {
      const std::string name(tag.substr(1));
      if (open.empty() || open.back() != name) return "</" + name + "> closes nothing open";
      open.pop_back();
      continue;
    }
    const bool self_closing = tag.ends_with('/');
    const std::string name(tag.substr(0, tag.find_first_of(" /")));
    if (open.empty()) ++roots;
    if (!self_closing) open.push_back(name);
  }
  if (!open.empty()) return "<" + open.back() + "> is not closed";
  if (roots != 1) return std::to_string(roots) + " root elements";
  if (!svg.starts_with("<svg ") || !svg.ends_with("</svg>")) return "not one <svg> element";
  return {};
}

std::size_t Occurrences(std::string_view text, std::string_view part) {
  std::size_t count = 0;
  for (auto at = text.find(part); at != std::string_view::npos; at = text.find(part, at + part.size())) ++count;
  return count;
}

// The texts of the <text> elements with the class.
std::vector<std::string> TextsOfClass(const std::string& svg, const std::string& css_class) {
  const std::regex pattern("<text class=\"" + css_class + "\"[^>]*>([^<]*)</text>");
  std::vector<std::string> texts;
  for (auto it = std::sregex_iterator(svg.begin(), svg.end(), pattern); it != std::sregex_iterator(); ++it) {
    texts.push_back((*it)[1].str());
  }
  return texts;
}

// Every coordinate and length is a plain number with '.' and at most one decimal.
void ExpectPlainCoordinates(const std::string& svg) {
  const std::regex attribute(R"re( (x|y|x1|y1|x2|y2|cx|cy|r|width|height)="([^"]*)")re");
  const std::regex number(R"(-?[0-9]+(\.[0-9])?)");
  for (auto it = std::sregex_iterator(svg.begin(), svg.end(), attribute); it != std::sregex_iterator(); ++it) {
    EXPECT_TRUE(std::regex_match((*it)[2].str(), number)) << (*it)[0].str();
  }
  const std::regex path(R"re( d="([^"]*)")re");
  const std::regex path_data(R"(([MLZ]|-?[0-9]+(\.[0-9])?|,)+)");
  for (auto it = std::sregex_iterator(svg.begin(), svg.end(), path); it != std::sregex_iterator(); ++it) {
    EXPECT_TRUE(std::regex_match((*it)[1].str(), path_data)) << (*it)[0].str();
  }
}

void ExpectNoNonFiniteNumbers(const std::string& svg) {
  EXPECT_THAT(svg, Not(HasSubstr("nan")));
  EXPECT_THAT(svg, Not(HasSubstr("inf")));
  EXPECT_THAT(svg, Not(HasSubstr("NaN")));
  EXPECT_THAT(svg, Not(HasSubstr("e+")));
}

// "1.234,5" → 1234.5
double DanishNumber(std::string text) {
  std::string plain;
  for (const char c : text) {
    if (c == ',') {
      plain += '.';
    } else if (c != '.') {
      plain += c;
    }
  }
  return std::stod(plain);
}

const std::array<std::string_view, 12> kMonths = {"januar", "februar", "marts",     "april",   "maj",      "juni",
                                                  "juli",   "august",  "september", "oktober", "november", "december"};

// Monthly points from January 2021 on, labelled as the pages label them.
RunChartInput MonthlyChart(const std::vector<double>& values) {
  RunChartInput input;
  input.title = "Ventetid";
  input.id_prefix = "indikator-7";
  input.unit = "dage";
  input.decimals = 1;
  for (std::size_t i = 0; i < values.size(); ++i) {
    const auto year = 2021 + static_cast<int>(i / 12);
    const auto month = i % 12;
    RunChartPoint point;
    point.label = std::string(kMonths[month]) + " " + std::to_string(year);
    point.short_label = (month < 9 ? "0" : "") + std::to_string(month + 1) + "." + std::to_string(year % 100);
    point.value = values[i];
    input.points.push_back(point);
  }
  return input;
}

// Four and four points below the median around one far above, then 7 points above it (alternating,
// so no trend): one shift, of the last 7 points. The median is 6.
const std::vector<double> kShiftAtTheEnd = {1, 2, 1, 2, 50, 1, 2, 1, 2, 10, 12, 11, 13, 12, 14, 13};

TEST(RunChartSvg, IsOneWellFormedSvgElementLabelledByItsTitleAndDescription) {
  const auto svg = RenderRunChartSvg(MonthlyChart({3, 5, 4, 6, 5}));
  EXPECT_EQ(TagBalanceProblem(svg), "");
  EXPECT_THAT(svg, HasSubstr(R"(role="img")"));
  EXPECT_THAT(svg, HasSubstr(R"(aria-labelledby="indikator-7-titel indikator-7-beskrivelse")"));
  EXPECT_THAT(svg, HasSubstr(R"(<title id="indikator-7-titel">Ventetid</title>)"));
  EXPECT_THAT(svg, HasSubstr(R"(<desc id="indikator-7-beskrivelse">5 målinger fra januar 2021 til maj 2021.)"));
  EXPECT_THAT(svg, HasSubstr(R"(viewBox="0 0 720 )"));
  EXPECT_THAT(svg, Not(HasSubstr("<script")));
  EXPECT_THAT(svg, Not(HasSubstr("http://www.w3.org/1999/xlink")));
  ExpectPlainCoordinates(svg);
}

TEST(RunChartSvg, LabelsTheMedianWithADecimalComma) {
  auto input = MonthlyChart({10.0, 12.3, 15.1});
  EXPECT_THAT(RenderRunChartSvg(input), HasSubstr(">Median 12,3</text>"));
  // A median between two whole values gets the decimal it needs.
  input = MonthlyChart({10, 11});
  input.decimals = 0;
  EXPECT_THAT(RenderRunChartSvg(input), HasSubstr(">Median 10,5</text>"));
  input = MonthlyChart({10, 11, 12});
  input.decimals = 0;
  EXPECT_THAT(RenderRunChartSvg(input), HasSubstr(">Median 11</text>"));
}

TEST(RunChartSvg, DrawsAndLabelsTheTarget) {
  auto input = MonthlyChart({10.0, 12.3, 15.1});
  EXPECT_THAT(RenderRunChartSvg(input), Not(HasSubstr("portal-chart-target")));
  input.target = 15;
  const auto svg = RenderRunChartSvg(input);
  EXPECT_EQ(Occurrences(svg, R"(<line class="portal-chart-target")"), 1U);
  EXPECT_THAT(svg, HasSubstr(">Mål 15</text>"));
  EXPECT_THAT(svg, HasSubstr("Mål: 15 dage."));
}

TEST(RunChartSvg, TheYAxisIncludesATargetOutsideTheValues) {
  auto input = MonthlyChart({1, 2, 3, 4, 5});
  input.target = 100;
  const auto high = TextsOfClass(RenderRunChartSvg(input), "portal-chart-y-label");
  ASSERT_FALSE(high.empty());
  EXPECT_GE(DanishNumber(high.back()), 100);
  EXPECT_LE(DanishNumber(high.front()), 1);
  EXPECT_LE(high.size(), 8U);

  input.target = -20;
  const auto low = TextsOfClass(RenderRunChartSvg(input), "portal-chart-y-label");
  ASSERT_FALSE(low.empty());
  EXPECT_LE(DanishNumber(low.front()), -20);
  EXPECT_GE(DanishNumber(low.back()), 5);
}

TEST(RunChartSvg, TheYAxisStepsAreRoundNumbers) {
  auto input = MonthlyChart({0.12, 0.31, 0.27, 0.18});
  input.decimals = 2;
  const auto labels = TextsOfClass(RenderRunChartSvg(input), "portal-chart-y-label");
  ASSERT_GE(labels.size(), 3U);
  EXPECT_EQ(labels[0], "0,10");
  EXPECT_EQ(labels[1], "0,15");
  EXPECT_EQ(labels[2], "0,20");
}

TEST(RunChartSvg, PositiveValuesGetNoNegativeAxis) {
  EXPECT_EQ(TextsOfClass(RenderRunChartSvg(MonthlyChart(kShiftAtTheEnd)), "portal-chart-y-label").front(), "0");
  auto zeros = MonthlyChart({0, 0, 0});
  zeros.decimals = 0;
  const auto labels = TextsOfClass(RenderRunChartSvg(zeros), "portal-chart-y-label");
  EXPECT_EQ(labels.front(), "0");
  EXPECT_EQ(labels.back(), "1");
}

TEST(RunChartSvg, LeavesOutASignalWordThatWouldOverlapThePreviousOne) {
  std::vector<double> values;
  for (int i = 0; i < 60; ++i) values.push_back(20 + 5 * std::sin(i * 0.7));
  const auto svg = RenderRunChartSvg(MonthlyChart(values));
  const std::regex word(R"re(<text class="portal-chart-signal-label" x="([0-9.]+)" y="([0-9.]+)")re");
  std::map<std::string, std::vector<double>> rows;
  for (auto it = std::sregex_iterator(svg.begin(), svg.end(), word); it != std::sregex_iterator(); ++it) {
    rows[(*it)[2].str()].push_back(std::stod((*it)[1].str()));
  }
  ASSERT_FALSE(rows.empty());
  for (const auto& [y, xs] : rows) {
    for (std::size_t i = 1; i < xs.size(); ++i) EXPECT_GE(xs[i] - xs[i - 1], 5 * 7 + 4) << y;
  }
}

TEST(RunChartSvg, MarksExactlyThePointsOfAShift) {
  const auto analysed = domain::AnalyseRunChart(kShiftAtTheEnd);
  ASSERT_EQ(analysed.signals.size(), 1U);
  ASSERT_EQ(analysed.signals[0].kind, domain::SignalKind::ShiftAbove);
  ASSERT_EQ(analysed.signals[0].first, 9U);

  const auto svg = RenderRunChartSvg(MonthlyChart(kShiftAtTheEnd));
  EXPECT_EQ(TagBalanceProblem(svg), "");
  EXPECT_EQ(Occurrences(svg, R"(class="portal-chart-point-signal")"), 7U);
  EXPECT_EQ(Occurrences(svg, R"(class="portal-chart-point")"), kShiftAtTheEnd.size() - 7);
  EXPECT_EQ(Occurrences(svg, R"(class="portal-chart-signal portal-chart-signal-shift")"), 1U);
  EXPECT_EQ(Occurrences(svg, R"(class="portal-chart-signal portal-chart-signal-trend")"), 0U);
  EXPECT_EQ(TextsOfClass(svg, "portal-chart-signal-label"), std::vector<std::string>{"Skift"});
  // The shape tells the signal's points apart, not only the colour: they are diamonds (paths).
  EXPECT_THAT(
      svg,
      HasSubstr(
          R"(<g class="portal-chart-point-signal"><title>oktober 2021: 10,0 dage – Skift: 7 punkter over medianen</title>)"));
  EXPECT_THAT(svg,
              HasSubstr("Signaler: Skift: 7 punkter over medianen (oktober 2021 – april 2022, i den gode retning)."));
  // The legend explains the diamond.
  EXPECT_THAT(svg, HasSubstr("I et signal"));
}

TEST(RunChartSvg, ASignalAgainstTheDirectionIsSaidToBeBad) {
  auto input = MonthlyChart(kShiftAtTheEnd);
  input.direction = domain::Direction::LowerIsBetter;
  EXPECT_THAT(RenderRunChartSvg(input), HasSubstr("i den dårlige retning"));
}

TEST(RunChartSvg, MarksATrendInItsOwnBand) {
  const auto svg = RenderRunChartSvg(MonthlyChart({5, 3, 5, 1, 2, 3, 4, 5, 3}));
  EXPECT_EQ(Occurrences(svg, R"(class="portal-chart-signal portal-chart-signal-trend")"), 1U);
  EXPECT_EQ(Occurrences(svg, R"(class="portal-chart-point-signal")"), 5U);
  EXPECT_EQ(TextsOfClass(svg, "portal-chart-signal-label"), std::vector<std::string>{"Trend"});
}

TEST(RunChartSvg, NoSignalsNoLegend) {
  const auto svg = RenderRunChartSvg(MonthlyChart({3, 5, 4, 6, 5}));
  EXPECT_THAT(svg, Not(HasSubstr("portal-chart-point-signal")));
  EXPECT_THAT(svg, Not(HasSubstr("portal-chart-legend")));
  EXPECT_THAT(svg, HasSubstr("Ingen signaler om ikke-tilfældig variation."));
}

TEST(RunChartSvg, EachPointHasATooltipWithValueStatusAndComment) {
  auto input = MonthlyChart({10, 11, 12.3});
  input.unit = "%";
  input.points[2].label = "marts 2026";
  input.points[2].colour = domain::StatusColour::Red;
  input.points[2].has_comment = true;
  const auto svg = RenderRunChartSvg(input);
  EXPECT_THAT(svg, HasSubstr("<title>marts 2026: 12,3 % (Rød: langt fra målet) – med kommentar</title>"));
  EXPECT_EQ(Occurrences(svg, "<title>"), 3U);  // one per point (the chart's own title has an id)
  // The status colour fills the marker; the comment has its mark, explained in the legend.
  EXPECT_THAT(svg, HasSubstr(R"(fill="#cc0000")"));
  EXPECT_EQ(Occurrences(svg, R"(class="portal-chart-comment-mark")"), 1U);
  EXPECT_THAT(svg, HasSubstr(">Har en kommentar</text>"));
}

TEST(RunChartSvg, PointsWithAnHrefAreLinksInAGroup) {
  auto input = MonthlyChart({10, 11, 12});
  input.points[1].href = "#punkt-2021-02";
  const auto svg = RenderRunChartSvg(input);
  EXPECT_EQ(TagBalanceProblem(svg), "");
  EXPECT_THAT(svg, HasSubstr(R"(role="group")"));
  EXPECT_THAT(svg, Not(HasSubstr(R"(role="img")")));
  EXPECT_EQ(Occurrences(svg, "<a "), 1U);
  EXPECT_THAT(svg,
              HasSubstr(R"(<a href="#punkt-2021-02" tabindex="-1" class="portal-chart-point"><title>februar 2021: )"));
  // The drawing around the points is hidden from assistive technology; the points are not.
  EXPECT_LT(svg.find(R"(<g aria-hidden="true">)"), svg.find("<a "));
}

TEST(RunChartSvg, EscapesEveryUserText) {
  auto input = MonthlyChart({1, 2, 3});
  input.title = "Mål & \"midler\"";
  input.id_prefix = "x\"><script>";
  input.unit = "<b>";
  input.points[0].label = "<script>alert('x')</script>";
  input.points[0].short_label = "<i>";
  input.points[1].href = "#a\" onclick=\"alert(1)";
  const auto svg = RenderRunChartSvg(input);
  EXPECT_EQ(TagBalanceProblem(svg), "");
  EXPECT_THAT(svg, Not(HasSubstr("<script")));
  EXPECT_THAT(svg, Not(HasSubstr("<b>")));
  EXPECT_THAT(svg, Not(HasSubstr("<i>")));
  EXPECT_THAT(svg, Not(HasSubstr(R"(" onclick=")")));
  EXPECT_THAT(svg, HasSubstr("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"));
  EXPECT_THAT(svg, HasSubstr("Mål &amp; &quot;midler&quot;"));
}

TEST(RunChartSvg, ThinsTheXLabelsOfFiveYearsOfMonths) {
  std::vector<double> values;
  for (int i = 0; i < 60; ++i) values.push_back(20 + 5 * std::sin(i * 0.7));
  const auto svg = RenderRunChartSvg(MonthlyChart(values));
  EXPECT_EQ(TagBalanceProblem(svg), "");
  const auto labels = TextsOfClass(svg, "portal-chart-x-label");
  EXPECT_LE(labels.size(), 12U);
  EXPECT_GE(labels.size(), 5U);
  EXPECT_EQ(labels.back(), "12.25");  // the latest period is always labelled
  EXPECT_EQ(Occurrences(svg, "portal-chart-point"), 60U);
  ExpectPlainCoordinates(svg);
}

TEST(RunChartSvg, LabelsEveryPeriodOfAShortSeries) {
  const auto labels = TextsOfClass(RenderRunChartSvg(MonthlyChart({1, 2, 3, 2, 1, 2})), "portal-chart-x-label");
  EXPECT_EQ(labels, (std::vector<std::string>{"01.21", "02.21", "03.21", "04.21", "05.21", "06.21"}));
}

TEST(RunChartSvg, EqualValuesDivideByNothing) {
  const auto svg = RenderRunChartSvg(MonthlyChart({7, 7, 7, 7, 7, 7, 7, 7}));
  EXPECT_EQ(TagBalanceProblem(svg), "");
  ExpectNoNonFiniteNumbers(svg);
  ExpectPlainCoordinates(svg);
  EXPECT_THAT(svg, HasSubstr(">Median 7,0</text>"));
  auto zeros = MonthlyChart({0, 0, 0});
  zeros.decimals = 0;
  const auto zero_svg = RenderRunChartSvg(zeros);
  ExpectNoNonFiniteNumbers(zero_svg);
  EXPECT_EQ(TagBalanceProblem(zero_svg), "");
}

TEST(RunChartSvg, NoPointsSaysSo) {
  RunChartInput input;
  input.id_prefix = "tom";
  const auto svg = RenderRunChartSvg(input);
  EXPECT_EQ(TagBalanceProblem(svg), "");
  EXPECT_THAT(svg, HasSubstr(">Ingen målinger endnu</text>"));
  EXPECT_THAT(svg, HasSubstr(R"(<title id="tom-titel">Kørselsdiagram</title>)"));
  EXPECT_THAT(svg, HasSubstr(R"(role="img")"));
  // Values that are not numbers are left out, so they count as none.
  RunChartPoint not_a_number;
  not_a_number.label = "x";
  not_a_number.value = std::nan("");
  input.points.push_back(not_a_number);
  EXPECT_EQ(RenderRunChartSvg(input), svg);
}

TEST(RunChartSvg, OnePointIsAMarkerWithoutALine) {
  auto input = MonthlyChart({42});
  input.target = 40;
  const auto svg = RenderRunChartSvg(input);
  EXPECT_EQ(TagBalanceProblem(svg), "");
  EXPECT_EQ(Occurrences(svg, R"(class="portal-chart-point")"), 1U);
  EXPECT_THAT(svg, Not(HasSubstr("portal-chart-line")));
  EXPECT_THAT(svg, HasSubstr("1 måling: januar 2021."));
  ExpectNoNonFiniteNumbers(svg);
}

TEST(RunChartSvg, HandlesNegativeAndHugeValues) {
  const auto negative = RenderRunChartSvg(MonthlyChart({-12.5, -3, 4, -8}));
  EXPECT_EQ(TagBalanceProblem(negative), "");
  EXPECT_THAT(negative, HasSubstr(">-15</text>"));
  ExpectPlainCoordinates(negative);

  auto huge = MonthlyChart({1e9, 2.5e9, 1.7e9, 3e18, -2e17});
  huge.decimals = 0;
  const auto svg = RenderRunChartSvg(huge);
  EXPECT_EQ(TagBalanceProblem(svg), "");
  ExpectNoNonFiniteNumbers(svg);
  ExpectPlainCoordinates(svg);
  EXPECT_THAT(svg, HasSubstr(">1.000.000.000.000.000</text>"));   // drawn at most at 10^15
  EXPECT_THAT(svg, HasSubstr("3.000.000.000.000.000.000 dage"));  // the tooltip keeps the value
}

TEST(RunChartSvg, TheSameInputGivesTheSameBytes) {
  auto input = MonthlyChart(kShiftAtTheEnd);
  input.target = 11.5;
  input.points[3].has_comment = true;
  input.points[4].colour = domain::StatusColour::Yellow;
  input.points[5].href = "#punkt";
  const auto first = RenderRunChartSvg(input);
  EXPECT_EQ(RenderRunChartSvg(input), first);
  const auto copy = input;
  EXPECT_EQ(RenderRunChartSvg(copy), first);
}

TEST(RunChartSvg, KeepsTheMediansAndTheTargetsLabelsApart) {
  auto input = MonthlyChart({10, 11, 12});
  input.target = 11.1;
  const auto svg = RenderRunChartSvg(input);
  const std::regex label(R"re(<text class="portal-chart-(median|target)-label" x="[0-9.]+" y="([0-9.]+)")re");
  std::vector<double> ys;
  for (auto it = std::sregex_iterator(svg.begin(), svg.end(), label); it != std::sregex_iterator(); ++it) {
    ys.push_back(std::stod((*it)[2].str()));
  }
  ASSERT_EQ(ys.size(), 2U);
  EXPECT_GE(std::abs(ys[0] - ys[1]), 12.9);
}

TEST(SparklineSvg, DrawsTheLatestPointsWithTheLatestMarked) {
  std::vector<double> values;
  for (int i = 0; i < 30; ++i) values.push_back(i % 5);
  SparklineOptions options;
  options.target = 2;
  options.latest_colour = domain::StatusColour::Green;
  const auto svg = RenderSparklineSvg(values, options);
  EXPECT_EQ(TagBalanceProblem(svg), "");
  EXPECT_THAT(svg, HasSubstr(R"(aria-hidden="true")"));
  EXPECT_THAT(svg, HasSubstr(R"(viewBox="0 0 120 28")"));
  const std::regex path(R"re(<path class="portal-sparkline-line" d="([^"]*)")re");
  std::smatch line;
  ASSERT_TRUE(std::regex_search(svg, line, path));
  EXPECT_EQ(Occurrences(line[1].str(), "L"), 23U);  // 24 points: one M and 23 L
  EXPECT_EQ(Occurrences(svg, "portal-sparkline-latest"), 1U);
  EXPECT_THAT(svg, HasSubstr(R"(fill="#358000")"));
  EXPECT_EQ(Occurrences(svg, "portal-sparkline-target"), 1U);
  ExpectPlainCoordinates(svg);
}

TEST(SparklineSvg, EdgeCases) {
  EXPECT_EQ(RenderSparklineSvg({}), "");
  const std::vector<double> one = {3};
  const auto single = RenderSparklineSvg(one);
  EXPECT_EQ(TagBalanceProblem(single), "");
  EXPECT_THAT(single, Not(HasSubstr("portal-sparkline-line")));
  const std::vector<double> equal = {4, 4, 4, 4};
  const auto flat = RenderSparklineSvg(equal);
  ExpectNoNonFiniteNumbers(flat);
  ExpectPlainCoordinates(flat);
  EXPECT_EQ(RenderSparklineSvg(equal), flat);
}

}  // namespace
}  // namespace lp::web
