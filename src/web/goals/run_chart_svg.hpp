#pragma once

// The charts of goal pictures (issue 18) as inline SVG, written on the server: the run chart of an
// indicator's page and the sparkline of the overview table. Pure functions of their input: the same
// input gives the same bytes; no script, no external resource, no locale (coordinates are written
// with '.', the text that people read in Danish with a decimal comma).
//
// The colours are presentation attributes (dkfds' palette), so a chart is readable without the
// stylesheet; the elements a stylesheet may refine carry classes starting with `portal-chart-`.
// A colour never carries meaning alone: a point within a signal is a larger diamond, not only
// another colour, and every point's tooltip says its value, its status in words and its signal.
//
// The run chart analyses the values itself (domain::AnalyseRunChart): the median and the shifts and
// trends drawn are always those of the values given, so they cannot disagree with the chart.

#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "domain/goals/indicators.hpp"

namespace lp::web {

struct RunChartPoint {
  std::string label;        // "marts 2026": the point's tooltip and the chart's description
  std::string short_label;  // "03.26", "K2 26": the x axis; the label when empty
  double value = 0;
  std::optional<domain::StatusColour> colour;  // the marker's fill and its word; none: the line's colour
  bool has_comment = false;                    // a small mark above the point, and said in its tooltip
  std::string href;                            // "#punkt-2026-03": the point links there when set
};

struct RunChartInput {
  std::vector<RunChartPoint> points;  // in time order, oldest first
  std::optional<double> target;       // the target line; the y axis always includes it
  std::string unit;                   // "%", "dage"; empty for a plain number
  domain::Direction direction = domain::Direction::HigherIsBetter;
  int decimals = 0;       // of the values in tooltips (the median gets one more when it needs it)
  std::string title;      // the chart's accessible name; "Kørselsdiagram" when empty
  std::string id_prefix;  // unique in the page: ids "<prefix>-titel" and "<prefix>-beskrivelse"
};

// The whole <svg> element, 720 user units wide (viewBox; it scales to its container's width, the
// height follows). It is labelled by its <title> and <desc> (aria-labelledby); the description says
// in words what the chart shows: the period, the latest value, the median, the target and every
// signal with its periods. The chart's role is "img" when no point links anywhere. When a point has
// an href, the role is "group" instead (links inside an "img" are hidden from assistive technology
// and fail axe's nested-interactive rule): the drawing around the points is aria-hidden, and each
// point is a link named by its tooltip, kept out of the tab order (tabindex -1: the table beside the
// chart carries the same rows for the keyboard).
//
// Drawn: y grid lines at a handful of round values (labelled "12,5", "1.000"; positive values never
// get a negative axis), the unit above the axis, x labels (short_label) for at most 12 periods, always
// including the latest; the data line with a marker per point; the median (dashed, "Median 12,3") and
// the target ("Mål 15") labelled in the right margin; a shaded band behind each signal with "Skift"
// or "Trend" above it (left out where it would overlap the word before it); the points within a
// signal as diamonds (class portal-chart-point-signal), the others as circles (portal-chart-point);
// a small triangle above a point with a comment. A legend for the diamond and the triangle is drawn
// when they occur.
//
// No points: a small chart saying "Ingen målinger endnu" (the caller may as well leave it out).
// Points whose value is not finite are left out. Values beyond ±1e15 are drawn at that edge (their
// tooltip keeps the true value). All user text is escaped.
std::string RenderRunChartSvg(const RunChartInput& input);

struct SparklineOptions {
  std::size_t max_points = 24;                        // the latest this many values are drawn
  std::optional<double> target;                       // a dashed line, the range always includes it
  std::optional<domain::StatusColour> latest_colour;  // the latest point's fill; none: the line's colour
};

// A small line (viewBox 120 × 28, width and height attributes 120 and 28) of the latest values with the
// latest point marked, for a table cell: aria-hidden, since the table beside it carries the numbers in
// words. Non-finite values are left out. No values: an empty string.
std::string RenderSparklineSvg(std::span<const double> values, const SparklineOptions& options = {});

}  // namespace lp::web
