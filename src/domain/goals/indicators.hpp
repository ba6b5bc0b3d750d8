#pragma once

// Goal pictures (målbilleder, issue 18): the rules of indicators and their measurements that hold
// whatever the storage or the web.
// - An indicator is measured per period: a month, a quarter or a year (its frequency). A period is
//   written "2026-03", "2026-K2" or "2026" in files, forms and the API, and shown "marts 2026",
//   "2. kvartal 2026", "2026".
// - Its status colour comes from two thresholds and the direction: with "higher is better" a value at
//   or above the green threshold is green, at or below the red one red, in between yellow (mirrored
//   for "lower is better"). A colour is never shown alone: it always has its word and the trend.
// - The trend compares the latest value with the ones before it (RecentTrend), so a red that is
//   getting better and a green that is sliding are told apart.
// - The run chart marks the standard signals of non-random variation around the median: a shift
//   (kShiftLength or more points in a row on the same side of the median; points on the median are
//   skipped, they neither count nor break it) and a trend (kTrendLength or more points in a row each
//   higher, or each lower, than the one before; a repeated value neither counts nor breaks it).

#include <chrono>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "domain/platform/enum_table.hpp"

namespace lp::domain {

enum class Frequency { Monthly, Quarterly, Yearly };
inline constexpr auto kFrequencyTable = MakeEnumTable<Frequency>({
    {Frequency::Monthly, "maanedlig", "Månedlig"},
    {Frequency::Quarterly, "kvartalsvis", "Kvartalsvis"},
    {Frequency::Yearly, "aarlig", "Årlig"},
});
inline constexpr auto kAllFrequencies = kFrequencyTable.Values();

enum class Direction { HigherIsBetter, LowerIsBetter };
inline constexpr auto kDirectionTable = MakeEnumTable<Direction>({
    {Direction::HigherIsBetter, "hoejere-er-bedre", "Højere er bedre"},
    {Direction::LowerIsBetter, "lavere-er-bedre", "Lavere er bedre"},
});
inline constexpr auto kAllDirections = kDirectionTable.Values();

// ---- periods

struct Period {
  Frequency frequency = Frequency::Monthly;
  int year = 0;
  int index = 0;  // the month 1–12, the quarter 1–4, 0 for a year

  friend bool operator==(const Period&, const Period&) = default;
  // Periods of the same frequency in time order.
  friend auto operator<=>(const Period& a, const Period& b) {
    if (a.year != b.year) return a.year <=> b.year;
    return a.index <=> b.index;
  }
};

// "2026-03", "2026-K2", "2026": as in files, forms and the API.
std::string PeriodCode(const Period& period);
// The period of the frequency written as PeriodCode writes it ("2026-3" and "2026-k2" are read too);
// none for anything else, or for a period of another frequency ("2026-03" for a quarterly indicator).
std::optional<Period> ParsePeriod(Frequency frequency, std::string_view text);
// "marts 2026", "2. kvartal 2026", "2026".
std::string PeriodLabel(const Period& period);
// The first and the last day of the period.
std::chrono::year_month_day PeriodStart(const Period& period);
std::chrono::year_month_day PeriodEnd(const Period& period);
// The period of the frequency that contains the day.
Period PeriodOf(Frequency frequency, std::chrono::year_month_day day);
Period NextPeriod(const Period& period);
// A period can be reported once it has begun; one that begins after today lies in the future.
bool InFuture(const Period& period, std::chrono::year_month_day today);
// The last period that has ended by `today` (what is due for reporting now).
Period LastEndedPeriod(Frequency frequency, std::chrono::year_month_day today);

// ---- status colour

enum class StatusColour { Green, Yellow, Red };
inline constexpr auto kStatusColourTable = MakeEnumTable<StatusColour>({
    {StatusColour::Green, "groen", "Grøn: på målet"},
    {StatusColour::Yellow, "gul", "Gul: tæt på"},
    {StatusColour::Red, "roed", "Rød: langt fra målet"},
});
inline constexpr auto kAllStatusColours = kStatusColourTable.Values();

struct Thresholds {
  double green = 0;  // at or better than this: green
  double red = 0;    // at or worse than this: red

  friend bool operator==(const Thresholds&, const Thresholds&) = default;
};

// Whether the thresholds suit the direction: green better than red (green above red when higher is
// better, below when lower is better). Equal thresholds leave no yellow band and are refused too.
bool ThresholdsFit(const Thresholds& thresholds, Direction direction);
StatusColour ColourOf(double value, const Thresholds& thresholds, Direction direction);

// ---- trend

enum class TrendDirection { Rising, Flat, Falling };
enum class TrendMeaning { Better, Unchanged, Worse };

struct Trend {
  TrendDirection direction = TrendDirection::Flat;
  TrendMeaning meaning = TrendMeaning::Unchanged;
  // "Stigende – bedre", "Faldende – værre", "Uændret"; and an arrow for the eye (never alone).
  std::string Label() const;
  std::string_view Arrow() const;  // "↑", "→", "↓"
};

// How many of the latest values the trend looks at.
inline constexpr std::size_t kTrendWindow = 4;
// The latest value against the mean of up to kTrendWindow - 1 values before it: a change of less than
// kFlatShare of the spread of the whole series (or of the values' size when the series does not
// vary) is flat. Fewer than two values: flat.
inline constexpr double kFlatShare = 0.25;
Trend RecentTrend(std::span<const double> values, Direction direction);

// ---- run chart

inline constexpr std::size_t kShiftLength = 6;
inline constexpr std::size_t kTrendLength = 5;

enum class SignalKind { ShiftAbove, ShiftBelow, TrendUp, TrendDown };

struct Signal {
  SignalKind kind = SignalKind::ShiftAbove;
  std::size_t first = 0;   // the index of its first point
  std::size_t last = 0;    // the index of its last point
  std::size_t points = 0;  // the points that count (those on the median or repeated not counted)
  // "Skift: 7 punkter over medianen", "Trend: 5 stigende punkter".
  std::string Label() const;
};

struct RunChart {
  double median = 0;
  std::vector<Signal> signals;  // in the order they begin
  std::vector<bool> in_signal;  // per point: within a shift or a trend
};

// The median of the values and the signals among them (see the top of this file). Empty values: no
// median (0) and no signals.
RunChart AnalyseRunChart(std::span<const double> values);
double Median(std::span<const double> values);

}  // namespace lp::domain

namespace lp::domain {

// ---- values as typed

// A value typed in a form or a file: "12,5", "-3", "1.234,5", "1 234,5", and "12.5" (a point is the
// decimal mark when it is the only mark and is not followed by exactly three digits, as files from
// data warehouses write it). None for anything else, and for "1.234", which is 1234 to a Dane and
// 1.234 to a program: the caller asks for a comma.
std::optional<double> ParseMeasurementValue(std::string_view text);
// Whether a point in the text made ParseMeasurementValue refuse it as ambiguous ("1.234").
bool IsAmbiguousThousands(std::string_view text);
// The value for a form or a file: "12,5" with the indicator's decimals, no thousands separator.
std::string FormatMeasurementInput(double value, int decimals);

}  // namespace lp::domain
