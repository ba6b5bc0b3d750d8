#include "domain/goals/indicators.hpp"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <numeric>

#include "domain/platform/danish_format.hpp"

namespace lp::domain {
namespace {

constexpr int kFirstYear = 1900;
constexpr int kLastYear = 2100;

std::optional<int> Number(std::string_view text) {
  int value = 0;
  const auto* end = text.data() + text.size();
  const auto [ptr, error] = std::from_chars(text.data(), end, value);
  if (error != std::errc{} || ptr != end || text.empty()) return std::nullopt;
  return value;
}

Period PreviousPeriod(const Period& period) {
  switch (period.frequency) {
    case Frequency::Monthly:
      return period.index == 1 ? Period{period.frequency, period.year - 1, 12}
                               : Period{period.frequency, period.year, period.index - 1};
    case Frequency::Quarterly:
      return period.index == 1 ? Period{period.frequency, period.year - 1, 4}
                               : Period{period.frequency, period.year, period.index - 1};
    case Frequency::Yearly: return Period{period.frequency, period.year - 1, 0};
  }
  return period;
}

// How much better `value` is than `other` with the direction (positive: better).
double Better(double value, double other, Direction direction) {
  return direction == Direction::HigherIsBetter ? value - other : other - value;
}

}  // namespace

std::string PeriodCode(const Period& period) {
  switch (period.frequency) {
    case Frequency::Monthly:
      return std::to_string(period.year) + (period.index < 10 ? "-0" : "-") + std::to_string(period.index);
    case Frequency::Quarterly: return std::to_string(period.year) + "-K" + std::to_string(period.index);
    case Frequency::Yearly: return std::to_string(period.year);
  }
  return {};
}

std::optional<Period> ParsePeriod(Frequency frequency, std::string_view text) {
  while (!text.empty() && text.front() == ' ') text.remove_prefix(1);
  while (!text.empty() && text.back() == ' ') text.remove_suffix(1);
  const auto dash = text.find('-');
  const auto year = Number(text.substr(0, dash));
  if (!year || *year < kFirstYear || *year > kLastYear ||
      (dash == std::string_view::npos) != (frequency == Frequency::Yearly)) {
    return std::nullopt;
  }
  if (frequency == Frequency::Yearly) return Period{frequency, *year, 0};
  auto rest = text.substr(dash + 1);
  if (frequency == Frequency::Quarterly) {
    if (rest.size() != 2 || (rest.front() != 'K' && rest.front() != 'k')) return std::nullopt;
    const auto quarter = Number(rest.substr(1));
    if (!quarter || *quarter < 1 || *quarter > 4) return std::nullopt;
    return Period{frequency, *year, *quarter};
  }
  const auto month = rest.size() <= 2 ? Number(rest) : std::nullopt;
  if (!month || *month < 1 || *month > 12) return std::nullopt;
  return Period{frequency, *year, *month};
}

std::string PeriodLabel(const Period& period) {
  switch (period.frequency) {
    case Frequency::Monthly:
      return MonthName(std::chrono::month{static_cast<unsigned>(period.index)}) + " " + std::to_string(period.year);
    case Frequency::Quarterly: return std::to_string(period.index) + ". kvartal " + std::to_string(period.year);
    case Frequency::Yearly: return std::to_string(period.year);
  }
  return {};
}

std::chrono::year_month_day PeriodStart(const Period& period) {
  const std::chrono::year year{period.year};
  switch (period.frequency) {
    case Frequency::Monthly: return year / std::chrono::month{static_cast<unsigned>(period.index)} / 1;
    case Frequency::Quarterly: return year / std::chrono::month{static_cast<unsigned>((period.index - 1) * 3 + 1)} / 1;
    case Frequency::Yearly: return year / std::chrono::January / 1;
  }
  return year / std::chrono::January / 1;
}

std::chrono::year_month_day PeriodEnd(const Period& period) {
  return std::chrono::year_month_day{std::chrono::sys_days{PeriodStart(NextPeriod(period))} - std::chrono::days{1}};
}

Period PeriodOf(Frequency frequency, std::chrono::year_month_day day) {
  const int year = static_cast<int>(day.year());
  const int month = static_cast<int>(static_cast<unsigned>(day.month()));
  switch (frequency) {
    case Frequency::Monthly: return {frequency, year, month};
    case Frequency::Quarterly: return {frequency, year, (month - 1) / 3 + 1};
    case Frequency::Yearly: return {frequency, year, 0};
  }
  return {frequency, year, 0};
}

Period NextPeriod(const Period& period) {
  switch (period.frequency) {
    case Frequency::Monthly:
      return period.index == 12 ? Period{period.frequency, period.year + 1, 1}
                                : Period{period.frequency, period.year, period.index + 1};
    case Frequency::Quarterly:
      return period.index == 4 ? Period{period.frequency, period.year + 1, 1}
                               : Period{period.frequency, period.year, period.index + 1};
    case Frequency::Yearly: return Period{period.frequency, period.year + 1, 0};
  }
  return period;
}

bool InFuture(const Period& period, std::chrono::year_month_day today) { return PeriodStart(period) > today; }

Period LastEndedPeriod(Frequency frequency, std::chrono::year_month_day today) {
  return PreviousPeriod(PeriodOf(frequency, today));
}

bool ThresholdsFit(const Thresholds& thresholds, Direction direction) {
  return Better(thresholds.green, thresholds.red, direction) > 0;
}

StatusColour ColourOf(double value, const Thresholds& thresholds, Direction direction) {
  if (Better(value, thresholds.green, direction) >= 0) return StatusColour::Green;
  if (Better(value, thresholds.red, direction) <= 0) return StatusColour::Red;
  return StatusColour::Yellow;
}

std::string Trend::Label() const {
  switch (direction) {
    case TrendDirection::Flat: return "Uændret";
    case TrendDirection::Rising: return meaning == TrendMeaning::Better ? "Stigende – bedre" : "Stigende – værre";
    case TrendDirection::Falling: return meaning == TrendMeaning::Better ? "Faldende – bedre" : "Faldende – værre";
  }
  return {};
}

std::string_view Trend::Arrow() const {
  switch (direction) {
    case TrendDirection::Rising: return "↑";
    case TrendDirection::Flat: return "→";
    case TrendDirection::Falling: return "↓";
  }
  return "→";
}

Trend RecentTrend(std::span<const double> values, Direction direction) {
  if (values.size() < 2) return {};
  const auto [low, high] = std::minmax_element(values.begin(), values.end());
  const double spread = *high - *low;
  const std::size_t before = std::min(values.size() - 1, kTrendWindow - 1);
  const auto previous = values.subspan(values.size() - 1 - before, before);
  const double mean = std::accumulate(previous.begin(), previous.end(), 0.0) / static_cast<double>(previous.size());
  const double change = values.back() - mean;
  if (std::abs(change) <= kFlatShare * spread) return {};
  Trend trend;
  trend.direction = change > 0 ? TrendDirection::Rising : TrendDirection::Falling;
  trend.meaning = Better(values.back(), mean, direction) > 0 ? TrendMeaning::Better : TrendMeaning::Worse;
  return trend;
}

std::string Signal::Label() const {
  const auto count = std::to_string(points);
  switch (kind) {
    case SignalKind::ShiftAbove: return "Skift: " + count + " punkter over medianen";
    case SignalKind::ShiftBelow: return "Skift: " + count + " punkter under medianen";
    case SignalKind::TrendUp: return "Trend: " + count + " stigende punkter";
    case SignalKind::TrendDown: return "Trend: " + count + " faldende punkter";
  }
  return {};
}

double Median(std::span<const double> values) {
  if (values.empty()) return 0;
  std::vector<double> sorted(values.begin(), values.end());
  std::sort(sorted.begin(), sorted.end());
  const auto middle = sorted.size() / 2;
  return sorted.size() % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

RunChart AnalyseRunChart(std::span<const double> values) {
  RunChart chart;
  chart.in_signal.assign(values.size(), false);
  if (values.empty()) return chart;
  chart.median = Median(values);
  const auto add = [&](SignalKind kind, std::size_t first, std::size_t last, std::size_t points) {
    chart.signals.push_back({kind, first, last, points});
    for (std::size_t i = first; i <= last; ++i) chart.in_signal[i] = true;
  };
  // Shifts: runs of points on one side of the median, those on it skipped.
  {
    int side = 0;  // +1 above, -1 below, 0 none yet
    std::size_t count = 0;
    std::size_t first = 0;
    std::size_t last = 0;
    const auto close = [&] {
      if (count >= kShiftLength) add(side > 0 ? SignalKind::ShiftAbove : SignalKind::ShiftBelow, first, last, count);
    };
    for (std::size_t i = 0; i < values.size(); ++i) {
      const int here = values[i] > chart.median ? 1 : values[i] < chart.median ? -1 : 0;
      if (here == 0) continue;
      if (here != side) {
        close();
        side = here;
        count = 0;
        first = i;
      }
      ++count;
      last = i;
    }
    close();
  }
  // Trends: runs of points each higher (or lower) than the one before, repeated values skipped.
  {
    int way = 0;  // +1 up, -1 down, 0 none yet
    std::size_t count = 1;
    std::size_t first = 0;
    std::size_t previous = 0;  // the last point that counted
    const auto close = [&](std::size_t last) {
      if (way != 0 && count >= kTrendLength)
        add(way > 0 ? SignalKind::TrendUp : SignalKind::TrendDown, first, last, count);
    };
    for (std::size_t i = 1; i < values.size(); ++i) {
      if (values[i] == values[previous]) continue;
      const int step = values[i] > values[previous] ? 1 : -1;
      if (step != way) {
        close(previous);
        way = step;
        count = 1;
        first = previous;
      }
      ++count;
      previous = i;
    }
    close(previous);
  }
  std::sort(chart.signals.begin(), chart.signals.end(),
            [](const Signal& a, const Signal& b) { return a.first < b.first; });
  return chart;
}

}  // namespace lp::domain

namespace lp::domain {
namespace {

std::string StripSpaces(std::string_view text) {
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == ' ' || c == '\t') continue;
    // A no-break space (U+00A0) or a narrow one (U+202F), as spreadsheets write thousands.
    if (static_cast<unsigned char>(c) == 0xC2 && i + 1 < text.size() &&
        static_cast<unsigned char>(text[i + 1]) == 0xA0) {
      ++i;
      continue;
    }
    if (static_cast<unsigned char>(c) == 0xE2 && i + 2 < text.size() &&
        static_cast<unsigned char>(text[i + 1]) == 0x80 && static_cast<unsigned char>(text[i + 2]) == 0xAF) {
      i += 2;
      continue;
    }
    out.push_back(c);
  }
  return out;
}

bool AllDigits(std::string_view text) {
  return !text.empty() && std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// "1.234.567" (groups of three after the first), for the integer part written with points.
bool GroupedThousands(std::string_view text) {
  const auto first = text.find('.');
  if (first == std::string_view::npos || first == 0 || first > 3 || !AllDigits(text.substr(0, first))) return false;
  std::size_t at = first;
  while (at != std::string_view::npos) {
    const auto next = text.find('.', at + 1);
    const auto group = text.substr(at + 1, next == std::string_view::npos ? std::string_view::npos : next - at - 1);
    if (group.size() != 3 || !AllDigits(group)) return false;
    at = next;
  }
  return true;
}

}  // namespace

bool IsAmbiguousThousands(std::string_view text) {
  auto clean = StripSpaces(text);
  if (!clean.empty() && (clean.front() == '-' || clean.front() == '+')) clean.erase(0, 1);
  return clean.find(',') == std::string::npos && std::count(clean.begin(), clean.end(), '.') == 1 &&
         GroupedThousands(clean);
}

std::optional<double> ParseMeasurementValue(std::string_view text) {
  auto clean = StripSpaces(text);
  if (clean.empty() || clean.size() > 40) return std::nullopt;
  bool negative = false;
  if (clean.front() == '-' || clean.front() == '+') {
    negative = clean.front() == '-';
    clean.erase(0, 1);
  }
  // U+2212 minus sign, as some spreadsheets write it.
  if (clean.rfind("\xE2\x88\x92", 0) == 0) {
    negative = true;
    clean.erase(0, 3);
  }
  std::string integer_part;
  std::string fraction;
  const auto comma = clean.find(',');
  if (comma != std::string::npos) {
    if (clean.find(',', comma + 1) != std::string::npos) return std::nullopt;
    integer_part = clean.substr(0, comma);
    fraction = clean.substr(comma + 1);
    if (integer_part.find('.') != std::string::npos) {
      if (!GroupedThousands(integer_part)) return std::nullopt;
      std::erase(integer_part, '.');
    }
  } else {
    const auto points = std::count(clean.begin(), clean.end(), '.');
    if (points > 1) {
      if (!GroupedThousands(clean)) return std::nullopt;
      integer_part = clean;
      std::erase(integer_part, '.');
    } else if (points == 1) {
      if (GroupedThousands(clean)) return std::nullopt;  // "1.234": ambiguous
      const auto point = clean.find('.');
      integer_part = clean.substr(0, point);
      fraction = clean.substr(point + 1);
    } else {
      integer_part = clean;
    }
  }
  if (integer_part.empty()) integer_part = "0";
  if (!AllDigits(integer_part) || (!fraction.empty() && !AllDigits(fraction)) ||
      (comma != std::string::npos && fraction.empty())) {
    return std::nullopt;
  }
  if (integer_part.size() > 15) return std::nullopt;
  const std::string normal = integer_part + (fraction.empty() ? "" : "." + fraction);
  double value = 0;
  const auto [end, error] = std::from_chars(normal.data(), normal.data() + normal.size(), value);
  if (error != std::errc{} || end != normal.data() + normal.size() || !std::isfinite(value)) return std::nullopt;
  return negative ? -value : value;
}

std::string FormatMeasurementInput(double value, int decimals) {
  auto text = FormatDecimal(value, decimals);
  std::erase(text, '.');
  // Trailing zeros of the fraction are noise in a form ("12,50" → "12,5", "3,0" → "3").
  if (text.find(',') != std::string::npos) {
    while (text.back() == '0') text.pop_back();
    if (text.back() == ',') text.pop_back();
  }
  return text;
}

}  // namespace lp::domain
