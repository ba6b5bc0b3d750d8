#include "web/goals/run_chart_svg.hpp"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <string_view>
#include <system_error>

#include "domain/platform/danish_format.hpp"
#include "domain/platform/text.hpp"

namespace lp::web {
namespace {

// dkfds' palette (node_modules/dkfds/src/stylesheets/values/colors/_fds-colors.scss): the ink, its
// greys, the link blue for the data and its status colours. Every line and text colour keeps at
// least 4.5:1 on white; the yellow fill is only ever inside a dark outline.
constexpr std::string_view kInk = "#1a1a1a";         // gray-900: text, axis, target, outlines
constexpr std::string_view kSecondary = "#454545";   // gray-600: tick labels
constexpr std::string_view kMedianGrey = "#707070";  // gray-500: the median (4.9:1)
constexpr std::string_view kGridGrey = "#dcdcdc";    // gray-200: grid lines
constexpr std::string_view kDataBlue = "#004d99";    // blue-800: the data line and plain markers
constexpr std::string_view kShiftBand = "#e2f2fb";   // blue-100
constexpr std::string_view kTrendBand = "#ffeecc";   // orange-100
constexpr std::string_view kGreen = "#358000";       // green-700
constexpr std::string_view kYellow = "#febb30";      // orange-700
constexpr std::string_view kRed = "#cc0000";         // red-700

// The run chart's frame, in user units of the viewBox.
constexpr double kChartWidth = 720;
constexpr double kPlotHeight = 220;
constexpr double kCharWidth = 7;  // a generous estimate of a character at font size 12
constexpr double kRowHeight = 14;
constexpr double kUnitRowHeight = 26;  // above the plot: the unit over the y axis
constexpr double kLabelLineGap = 13;   // the least distance between the median's and the target's labels
constexpr std::size_t kMaxXLabels = 12;
constexpr double kMaxMagnitude = 1e15;  // values beyond are drawn at this edge
constexpr double kEdgeShare = 0.15;     // a point this close to the axis' end (in steps) gets another step
constexpr int kMaxDecimals = 6;

// The sparkline's frame.
constexpr double kSparklineWidth = 120;
constexpr double kSparklineHeight = 28;
constexpr double kSparklinePadding = 3;

// A coordinate: at most one decimal, '.' as separator, whatever the locale; never "-0".
std::string Num(double value) {
  if (!std::isfinite(value)) return "0";
  const double rounded = std::round(value * 10) / 10;
  if (rounded == 0) return "0";
  std::array<char, 64> buffer{};
  const auto result = std::to_chars(buffer.data(), buffer.data() + buffer.size(), rounded, std::chars_format::fixed, 1);
  if (result.ec != std::errc{}) return "0";
  std::string text(buffer.data(), result.ptr);
  if (text.ends_with(".0")) text.resize(text.size() - 2);
  return text;
}

void Escaped(std::string& out, std::string_view text) { domain::AppendHtmlEscaped(out, text); }

double Clamped(double value) { return std::clamp(value, -kMaxMagnitude, kMaxMagnitude); }

double TextWidth(std::string_view text) { return static_cast<double>(domain::CharacterCount(text)) * kCharWidth; }

// "12,30" with (2, 1) → "12,3"; "15,0" with (1, 0) → "15": the number with between min and max decimals.
std::string FormatTrimmed(double value, int min_decimals, int max_decimals) {
  std::string text = domain::FormatDecimal(value, max_decimals);
  const auto comma = text.find(',');
  if (comma == std::string::npos) return text;
  auto keep = text.size();
  while (keep > comma + 1 + static_cast<std::size_t>(min_decimals) && text[keep - 1] == '0') --keep;
  if (keep == comma + 1) keep = comma;
  text.resize(keep);
  return text;
}

// "12,3 %", "4 dage", "17".
std::string WithUnit(std::string number, std::string_view unit) {
  if (unit.empty()) return number;
  number += ' ';
  number += unit;
  return number;
}

std::string_view ColourOf(domain::StatusColour colour) {
  switch (colour) {
    case domain::StatusColour::Green: return kGreen;
    case domain::StatusColour::Yellow: return kYellow;
    case domain::StatusColour::Red: return kRed;
  }
  return kDataBlue;
}

bool IsShift(domain::SignalKind kind) {
  return kind == domain::SignalKind::ShiftAbove || kind == domain::SignalKind::ShiftBelow;
}

// Whether the signal points the way the indicator should go (a shift above the median when higher is
// better, a falling trend when lower is better).
bool IsImprovement(domain::SignalKind kind, domain::Direction direction) {
  const bool up = kind == domain::SignalKind::ShiftAbove || kind == domain::SignalKind::TrendUp;
  return up == (direction == domain::Direction::HigherIsBetter);
}

// ---- the y axis

struct YAxis {
  double low = 0;
  double high = 1;
  double step = 1;
  std::size_t ticks = 2;
  int decimals = 0;  // of the tick labels
};

// The fewest decimals that write the step exactly (2.5 → 1, 0.25 → 2, 500 → 0).
int DecimalsOfStep(double step) {
  double scaled = step;
  for (int decimals = 0; decimals < 10; ++decimals) {
    if (std::abs(scaled - std::round(scaled)) <= 1e-6 * scaled) return decimals;
    scaled *= 10;
  }
  return 10;
}

// Round steps (1, 2, 2.5 or 5 times a power of ten, never finer than the values' last decimal, so whole
// numbers get whole ticks), about four of them over the values. Equal values get a range of a tenth of
// their size either side (at least one unit of their last decimal), so nothing is divided by zero.
YAxis NiceAxis(double low, double high, int decimals) {
  const double finest = std::pow(10.0, -decimals);
  double range_low = low;
  double range_high = high;
  if (!(high > low)) {
    const double pad = std::max(std::abs(low) * 0.1, finest);
    range_low = low >= 0 && low - pad < 0 ? 0 : low - pad;  // zeros stand on the axis, not above a negative one
    range_high = high + pad;
  }
  const double raw = (range_high - range_low) / 4;
  const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
  const double normalised = raw / magnitude;
  const double factor = normalised <= 1 ? 1 : normalised <= 2 ? 2 : normalised <= 2.5 ? 2.5 : normalised <= 5 ? 5 : 10;
  YAxis axis;
  axis.step = factor * magnitude;
  if (factor == 2.5 && DecimalsOfStep(axis.step) > decimals) axis.step = 2 * magnitude;
  axis.step = std::max(axis.step, finest);
  axis.low = std::floor(range_low / axis.step) * axis.step;
  axis.high = std::ceil(range_high / axis.step) * axis.step;
  // Room at an end that a value reaches (for the marks above a point), but never past zero: values that
  // are all positive stand on the axis rather than above a negative range (and the mirror for negative).
  if (high > axis.high - kEdgeShare * axis.step && !(high <= 0 && axis.high + axis.step > 0)) axis.high += axis.step;
  if (low < axis.low + kEdgeShare * axis.step && !(low >= 0 && axis.low - axis.step < 0)) axis.low -= axis.step;
  axis.ticks = static_cast<std::size_t>(std::llround((axis.high - axis.low) / axis.step)) + 1;
  axis.decimals = DecimalsOfStep(axis.step);
  return axis;
}

// ---- the x axis

// Every stride-th period is labelled (counted back from the latest): a stride that suits months (1, 2,
// 3, 4, 6, then whole years) with at most kMaxXLabels labels that do not overlap.
std::size_t XLabelStride(std::size_t count, double step, double widest_label) {
  constexpr std::array<std::size_t, 5> kSmall = {1, 2, 3, 4, 6};
  const auto fits = [&](std::size_t stride) {
    const auto labels = (count + stride - 1) / stride;
    return labels <= kMaxXLabels && static_cast<double>(stride) * step >= widest_label + 8;
  };
  for (const auto stride : kSmall) {
    if (fits(stride)) return stride;
  }
  for (std::size_t stride = 12;; stride += 12) {
    if (fits(stride) || stride >= count) return stride;
  }
}

// ---- the text of the chart

std::string PointTooltip(const RunChartPoint& point, std::size_t index, const domain::RunChart& chart,
                         const RunChartInput& input, int decimals) {
  std::string text = point.label + ": " + WithUnit(domain::FormatDecimal(point.value, decimals), input.unit);
  if (point.colour) {
    text += " (";
    text += domain::kStatusColourTable.Label(*point.colour);
    text += ')';
  }
  for (const auto& signal : chart.signals) {
    if (index >= signal.first && index <= signal.last) text += " – " + signal.Label();
  }
  if (point.has_comment) text += " – med kommentar";
  return text;
}

std::string Description(const std::vector<const RunChartPoint*>& points, const domain::RunChart& chart,
                        const RunChartInput& input, int decimals, const std::string& median_text) {
  const auto& first = *points.front();
  const auto& latest = *points.back();
  std::string text = domain::CountOf(static_cast<long long>(points.size()), "måling", "målinger");
  text += points.size() == 1 ? ": " + first.label : " fra " + first.label + " til " + latest.label;
  text += ". Seneste: " + WithUnit(domain::FormatDecimal(latest.value, decimals), input.unit);
  if (latest.colour) {
    text += " (";
    text += domain::kStatusColourTable.Label(*latest.colour);
    text += ')';
  }
  text += ". Median: " + WithUnit(median_text, input.unit) + ".";
  if (input.target) text += " Mål: " + WithUnit(FormatTrimmed(*input.target, 0, decimals + 1), input.unit) + ".";
  text += " ";
  text += domain::kDirectionTable.Label(input.direction);
  text += ".";
  if (chart.signals.empty()) {
    text += " Ingen signaler om ikke-tilfældig variation.";
    return text;
  }
  text += " Signaler: ";
  for (std::size_t i = 0; i < chart.signals.size(); ++i) {
    const auto& signal = chart.signals[i];
    if (i > 0) text += "; ";
    text += signal.Label() + " (" + points[signal.first]->label + " – " + points[signal.last]->label + ", ";
    text += IsImprovement(signal.kind, input.direction) ? "i den gode retning" : "i den dårlige retning";
    text += ")";
  }
  text += ".";
  return text;
}

// The opening tag of the chart, its title and its description.
void OpenChart(std::string& out, double height, bool links, const RunChartInput& input, std::string_view title,
               std::string_view description) {
  const std::string prefix = input.id_prefix.empty() ? "diagram" : input.id_prefix;
  const std::string title_id = prefix + "-titel";
  const std::string description_id = prefix + "-beskrivelse";
  out += R"(<svg xmlns="http://www.w3.org/2000/svg" class="portal-chart" viewBox="0 0 )";
  out += Num(kChartWidth) + " " + Num(height);
  out += links ? R"(" role="group" aria-labelledby=")" : R"(" role="img" aria-labelledby=")";
  Escaped(out, title_id);
  out += ' ';
  Escaped(out, description_id);
  out += R"(" font-size="12"><title id=")";
  Escaped(out, title_id);
  out += "\">";
  Escaped(out, title);
  out += R"(</title><desc id=")";
  Escaped(out, description_id);
  out += "\">";
  Escaped(out, description);
  out += "</desc>";
}

std::string EmptyChart(const RunChartInput& input, std::string_view title) {
  constexpr double kHeight = 80;
  constexpr std::string_view kNothing = "Ingen målinger endnu";
  std::string out;
  OpenChart(out, kHeight, false, input, title, kNothing);
  out += R"(<g aria-hidden="true"><rect class="portal-chart-empty" x="0.5" y="0.5" width=")" + Num(kChartWidth - 1) +
         R"(" height=")" + Num(kHeight - 1) + R"(" fill="#ffffff" stroke=")";
  out += kGridGrey;
  out +=
      R"("/><text x=")" + Num(kChartWidth / 2) + R"(" y=")" + Num(kHeight / 2 + 5) + R"(" text-anchor="middle" fill=")";
  out += kSecondary;
  out += "\">";
  out += kNothing;
  out += "</text></g></svg>";
  return out;
}

void Line(std::string& out, std::string_view css_class, double x1, double y1, double x2, double y2,
          std::string_view stroke, std::string_view width, std::string_view dashes = {}) {
  out += "<line";
  if (!css_class.empty()) {
    out += R"( class=")";
    out += css_class;
    out += '"';
  }
  out += R"( x1=")" + Num(x1) + R"(" y1=")" + Num(y1) + R"(" x2=")" + Num(x2) + R"(" y2=")" + Num(y2) + R"(" stroke=")";
  out += stroke;
  out += R"(" stroke-width=")";
  out += width;
  if (!dashes.empty()) {
    out += R"(" stroke-dasharray=")";
    out += dashes;
  }
  out += "\"/>";
}

void Text(std::string& out, std::string_view css_class, double x, double y, std::string_view anchor,
          std::string_view fill, std::string_view text) {
  out += "<text";
  if (!css_class.empty()) {
    out += R"( class=")";
    out += css_class;
    out += '"';
  }
  out += R"( x=")" + Num(x) + R"(" y=")" + Num(y) + '"';
  if (anchor != "start") {
    out += R"( text-anchor=")";
    out += anchor;
    out += '"';
  }
  out += R"( fill=")";
  out += fill;
  out += "\">";
  Escaped(out, text);
  out += "</text>";
}

// A point's marker: a circle, or within a signal a larger diamond with a heavier outline.
void Marker(std::string& out, double x, double y, bool in_signal, std::string_view fill) {
  if (in_signal) {
    constexpr double kHalf = 6.5;
    out += R"(<path d="M)" + Num(x) + ',' + Num(y - kHalf) + 'L' + Num(x + kHalf) + ',' + Num(y) + 'L' + Num(x) + ',' +
           Num(y + kHalf) + 'L' + Num(x - kHalf) + ',' + Num(y) + R"(Z" fill=")";
    out += fill;
    out += R"(" stroke=")";
    out += kInk;
    out += R"(" stroke-width="2"/>)";
  } else {
    out += R"(<circle cx=")" + Num(x) + R"(" cy=")" + Num(y) + R"(" r="4" fill=")";
    out += fill;
    out += R"(" stroke=")";
    out += kInk;
    out += R"(" stroke-width="1"/>)";
  }
}

// A small triangle pointing down at the point from above: the point has a comment.
void CommentMark(std::string& out, double x, double y, std::string_view css_class) {
  out += "<path";
  if (!css_class.empty()) {
    out += R"( class=")";
    out += css_class;
    out += '"';
  }
  out += R"( d="M)" + Num(x - 4) + ',' + Num(y - 15) + 'L' + Num(x + 4) + ',' + Num(y - 15) + 'L' + Num(x) + ',' +
         Num(y - 9) + R"(Z" fill=")";
  out += kInk;
  out += "\"/>";
}

}  // namespace

std::string RenderRunChartSvg(const RunChartInput& input) {
  const int decimals = std::clamp(input.decimals, 0, kMaxDecimals);
  const std::string title = input.title.empty() ? std::string("Kørselsdiagram") : input.title;

  std::vector<const RunChartPoint*> points;
  points.reserve(input.points.size());
  for (const auto& point : input.points) {
    if (std::isfinite(point.value)) points.push_back(&point);
  }
  if (points.empty()) return EmptyChart(input, title);

  std::vector<double> values;
  values.reserve(points.size());
  for (const auto* point : points) values.push_back(point->value);
  const auto chart = domain::AnalyseRunChart(values);
  const std::size_t count = points.size();
  const bool links = std::any_of(points.begin(), points.end(), [](const auto* point) { return !point->href.empty(); });
  const bool any_comment =
      std::any_of(points.begin(), points.end(), [](const auto* point) { return point->has_comment; });
  const bool any_shift =
      std::any_of(chart.signals.begin(), chart.signals.end(), [](const auto& s) { return IsShift(s.kind); });
  const bool any_trend =
      std::any_of(chart.signals.begin(), chart.signals.end(), [](const auto& s) { return !IsShift(s.kind); });
  // (Set by a statement: GCC 12 at -O3 takes the conditional's optional for possibly uninitialised.)
  std::optional<double> target;
  if (input.target && std::isfinite(*input.target)) target.emplace(*input.target);

  // The numbers shown.
  const std::string median_text = FormatTrimmed(chart.median, decimals, decimals + 1);
  const std::string median_label = "Median " + median_text;
  const std::string target_label = target ? "Mål " + FormatTrimmed(*target, 0, decimals + 1) : std::string();

  // The y axis over the values and the target.
  auto [lowest, highest] = std::minmax_element(values.begin(), values.end());
  double low = Clamped(*lowest);
  double high = Clamped(*highest);
  if (target) {
    low = std::min(low, Clamped(*target));
    high = std::max(high, Clamped(*target));
  }
  const YAxis axis = NiceAxis(low, high, decimals);
  std::vector<std::string> tick_labels;
  double widest_tick = 0;
  for (std::size_t i = 0; i < axis.ticks; ++i) {
    tick_labels.push_back(domain::FormatDecimal(axis.low + static_cast<double>(i) * axis.step, axis.decimals));
    widest_tick = std::max(widest_tick, TextWidth(tick_labels.back()));
  }

  // The frame: tick labels on the left, the median's and the target's labels on the right, a row per
  // kind of signal above the plot, the x labels (and the legend) below.
  const double left = std::max(36.0, widest_tick + 14);
  const double right = std::clamp(std::max(TextWidth(median_label), TextWidth(target_label)) + 14, 60.0, 220.0);
  const std::size_t band_rows = (any_shift ? 1 : 0) + (any_trend ? 1 : 0);
  const double top = kUnitRowHeight + kRowHeight * static_cast<double>(band_rows);
  const double plot_left = left;
  const double plot_right = kChartWidth - right;
  const double plot_top = top;
  const double plot_bottom = top + kPlotHeight;
  const bool legend = !chart.signals.empty() || any_comment;
  const double height = plot_bottom + (legend ? 50 : 28);
  const double step = (plot_right - plot_left) / static_cast<double>(count);
  const auto x_of = [&](std::size_t i) { return plot_left + (static_cast<double>(i) + 0.5) * step; };
  const auto y_of = [&](double value) {
    return plot_bottom - (Clamped(value) - axis.low) / (axis.high - axis.low) * kPlotHeight;
  };

  std::string out;
  out.reserve(4096 + count * 512);
  OpenChart(out, height, links, input, title, Description(points, chart, input, decimals, median_text));
  out += R"(<g aria-hidden="true">)";

  // The grid and the y axis' labels, the unit above them.
  for (std::size_t i = 0; i < axis.ticks; ++i) {
    const double y = y_of(axis.low + static_cast<double>(i) * axis.step);
    Line(out, "portal-chart-grid", plot_left, y, plot_right, y, kGridGrey, "1");
    Text(out, "portal-chart-y-label", plot_left - 8, y + 4, "end", kSecondary, tick_labels[i]);
  }
  if (!input.unit.empty()) Text(out, "portal-chart-unit", 4, 14, "start", kSecondary, input.unit);

  // The signals' bands, shifts in the first row above the plot and trends in the next. A word that
  // would overlap the one before it in its row is left out (the band, the points' tooltips and the
  // description still say it).
  std::array<double, 2> row_end = {-1e9, -1e9};
  for (const auto& signal : chart.signals) {
    const bool shift = IsShift(signal.kind);
    const double x1 = x_of(signal.first) - step / 2;
    const double x2 = x_of(signal.last) + step / 2;
    out += shift ? R"(<rect class="portal-chart-signal portal-chart-signal-shift" x=")"
                 : R"(<rect class="portal-chart-signal portal-chart-signal-trend" x=")";
    out += Num(x1) + R"(" y=")" + Num(plot_top) + R"(" width=")" + Num(x2 - x1) + R"(" height=")" + Num(kPlotHeight) +
           R"(" fill=")";
    out += shift ? kShiftBand : kTrendBand;
    out += R"(" fill-opacity="0.8"/>)";
    const std::size_t row = shift || !any_shift ? 0 : 1;
    const std::string_view word = shift ? "Skift" : "Trend";
    const double middle = (x1 + x2) / 2;
    if (middle - TextWidth(word) / 2 < row_end[row] + 4) continue;
    row_end[row] = middle + TextWidth(word) / 2;
    const double y = kUnitRowHeight + kRowHeight * static_cast<double>(row) + 10;
    Text(out, "portal-chart-signal-label", middle, y, "middle", kInk, word);
  }

  // The x axis and the labels of every stride-th period, counted back from the latest.
  Line(out, "portal-chart-axis", plot_left, plot_bottom, plot_right, plot_bottom, kInk, "1");
  double widest_x_label = 0;
  for (const auto* point : points) {
    widest_x_label =
        std::max(widest_x_label, TextWidth(point->short_label.empty() ? point->label : point->short_label));
  }
  const std::size_t stride = XLabelStride(count, step, widest_x_label);
  for (std::size_t i = 0; i < count; ++i) {
    if ((count - 1 - i) % stride != 0) continue;
    const double x = x_of(i);
    Line(out, {}, x, plot_bottom, x, plot_bottom + 4, kInk, "1");
    Text(out, "portal-chart-x-label", x, plot_bottom + 18, "middle", kSecondary,
         points[i]->short_label.empty() ? points[i]->label : points[i]->short_label);
  }

  // The median and the target, their labels in the right margin kept apart.
  const double median_y = y_of(chart.median);
  Line(out, "portal-chart-median", plot_left, median_y, plot_right, median_y, kMedianGrey, "1.5", "6 4");
  double median_label_y = median_y + 4;
  if (target) {
    const double target_y = y_of(*target);
    Line(out, "portal-chart-target", plot_left, target_y, plot_right, target_y, kInk, "1.5", "10 3 2 3");
    double target_label_y = target_y + 4;
    if (std::abs(target_label_y - median_label_y) < kLabelLineGap) {
      const double middle = (target_label_y + median_label_y) / 2;
      const bool target_above = target_y <= median_y;
      target_label_y = middle + (target_above ? -kLabelLineGap / 2 : kLabelLineGap / 2);
      median_label_y = middle + (target_above ? kLabelLineGap / 2 : -kLabelLineGap / 2);
    }
    Text(out, "portal-chart-target-label", plot_right + 6, target_label_y, "start", kInk, target_label);
  }
  Text(out, "portal-chart-median-label", plot_right + 6, median_label_y, "start", kMedianGrey, median_label);

  // The data line.
  if (count > 1) {
    out += R"(<path class="portal-chart-line" d=")";
    for (std::size_t i = 0; i < count; ++i) {
      out += i == 0 ? 'M' : 'L';
      out += Num(x_of(i)) + ',' + Num(y_of(values[i]));
    }
    out += R"(" fill="none" stroke=")";
    out += kDataBlue;
    out += R"(" stroke-width="2" stroke-linejoin="round"/>)";
  }

  // The legend of the symbols that occur.
  if (legend) {
    const double y = plot_bottom + 40;
    double x = plot_left;
    out += R"(<g class="portal-chart-legend">)";
    Marker(out, x + 6, y - 4, false, kDataBlue);
    Text(out, {}, x + 16, y, "start", kInk, "Måling");
    x += 16 + TextWidth("Måling") + 16;
    if (!chart.signals.empty()) {
      Marker(out, x + 6, y - 4, true, kDataBlue);
      Text(out, {}, x + 18, y, "start", kInk, "I et signal (skift eller trend)");
      x += 18 + TextWidth("I et signal (skift eller trend)") + 16;
    }
    if (any_comment) {
      CommentMark(out, x + 6, y + 6, {});
      Text(out, {}, x + 16, y, "start", kInk, "Har en kommentar");
    }
    out += "</g>";
  }
  out += "</g>";

  // The points, each with its tooltip; a link to its row when it has one.
  const double hit_radius = std::clamp(step / 2, 5.0, 10.0);
  for (std::size_t i = 0; i < count; ++i) {
    const auto& point = *points[i];
    const bool in_signal = chart.in_signal[i];
    const std::string_view css_class = in_signal ? "portal-chart-point-signal" : "portal-chart-point";
    if (point.href.empty()) {
      out += R"(<g class=")";
    } else {
      out += R"(<a href=")";
      Escaped(out, point.href);
      out += R"(" tabindex="-1" class=")";
    }
    out += css_class;
    out += R"("><title>)";
    Escaped(out, PointTooltip(point, i, chart, input, decimals));
    out += "</title>";
    const double x = x_of(i);
    const double y = y_of(point.value);
    out += R"(<circle cx=")" + Num(x) + R"(" cy=")" + Num(y) + R"(" r=")" + Num(hit_radius) +
           R"(" fill="#ffffff" fill-opacity="0"/>)";
    Marker(out, x, y, in_signal, point.colour ? ColourOf(*point.colour) : kDataBlue);
    if (point.has_comment) CommentMark(out, x, y, "portal-chart-comment-mark");
    out += point.href.empty() ? "</g>" : "</a>";
  }
  out += "</svg>";
  return out;
}

std::string RenderSparklineSvg(std::span<const double> values, const SparklineOptions& options) {
  std::vector<double> shown;
  for (const double value : values) {
    if (std::isfinite(value)) shown.push_back(Clamped(value));
  }
  const std::size_t keep = std::max<std::size_t>(options.max_points, 1);
  if (shown.size() > keep) shown.erase(shown.begin(), shown.end() - static_cast<std::ptrdiff_t>(keep));
  if (shown.empty()) return {};
  std::optional<double> target;
  if (options.target && std::isfinite(*options.target)) target.emplace(Clamped(*options.target));

  auto [lowest, highest] = std::minmax_element(shown.begin(), shown.end());
  double low = *lowest;
  double high = *highest;
  if (target) {
    low = std::min(low, *target);
    high = std::max(high, *target);
  }
  const double inner_height = kSparklineHeight - 2 * kSparklinePadding;
  const double inner_width = kSparklineWidth - 2 * kSparklinePadding;
  const auto y_of = [&](double value) {
    if (!(high > low)) return kSparklineHeight / 2;  // all equal: the middle
    return kSparklinePadding + (high - value) / (high - low) * inner_height;
  };
  const std::size_t count = shown.size();
  const auto x_of = [&](std::size_t i) {
    if (count == 1) return kSparklineWidth - kSparklinePadding;
    return kSparklinePadding + static_cast<double>(i) * inner_width / static_cast<double>(count - 1);
  };

  std::string out;
  out.reserve(512 + count * 16);
  out += R"(<svg xmlns="http://www.w3.org/2000/svg" class="portal-sparkline" viewBox="0 0 )" + Num(kSparklineWidth) +
         ' ' + Num(kSparklineHeight) + R"(" width=")" + Num(kSparklineWidth) + R"(" height=")" + Num(kSparklineHeight) +
         R"(" aria-hidden="true" focusable="false">)";
  if (target) {
    const double y = y_of(*target);
    Line(out, "portal-sparkline-target", kSparklinePadding, y, kSparklineWidth - kSparklinePadding, y, kMedianGrey, "1",
         "3 2");
  }
  if (count > 1) {
    out += R"(<path class="portal-sparkline-line" d=")";
    for (std::size_t i = 0; i < count; ++i) {
      out += i == 0 ? 'M' : 'L';
      out += Num(x_of(i)) + ',' + Num(y_of(shown[i]));
    }
    out += R"(" fill="none" stroke=")";
    out += kDataBlue;
    out += R"(" stroke-width="1.5" stroke-linejoin="round"/>)";
  }
  out += R"(<circle class="portal-sparkline-latest" cx=")" + Num(x_of(count - 1)) + R"(" cy=")" +
         Num(y_of(shown.back())) + R"(" r="2.5" fill=")";
  out += options.latest_colour ? ColourOf(*options.latest_colour) : kDataBlue;
  out += R"(" stroke=")";
  out += kInk;
  out += R"(" stroke-width="0.75"/></svg>)";
  return out;
}

}  // namespace lp::web
