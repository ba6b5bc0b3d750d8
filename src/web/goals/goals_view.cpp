#include "web/goals/goals_view.hpp"

#include <fmt/format.h>

#include "domain/platform/danish_format.hpp"

namespace lp::web {

std::string GoalIndicatorHref(app::IndicatorId id) { return fmt::format("/maalbilleder/indikatorer/{}", id); }
std::string GoalPictureHref(std::string_view slug) { return fmt::format("/maalbilleder/{}", slug); }
std::string GoalUnitHref(std::string_view external_id) { return fmt::format("/maalbilleder/enheder/{}", external_id); }

std::string GoalValue(double value, const app::IndicatorFields& fields) {
  return domain::FormatDecimal(value, fields.decimals) + " " + fields.measure_unit;
}

std::string GoalTarget(const app::IndicatorFields& fields) {
  auto text = GoalValue(fields.target, fields);
  if (fields.target_date) text += " inden " + domain::FormatDate(*fields.target_date);
  return text;
}

std::string GoalPeriodCount(std::size_t count, domain::Frequency frequency) {
  const auto n = static_cast<long long>(count);
  switch (frequency) {
    case domain::Frequency::Monthly: return domain::CountOf(n, "måned", "måneder");
    case domain::Frequency::Quarterly: return domain::CountOf(n, "kvartal", "kvartaler");
    case domain::Frequency::Yearly: return domain::CountOf(n, "år", "år");
  }
  return {};
}

void SetGoalStatus(View& view, const std::vector<app::SeriesPoint>& series, const app::SeriesPoint& latest,
                   domain::Frequency frequency) {
  if (!latest.colour) {
    view.Set("STATUS", "Ingen farve for enheden");
    view.Set("STATUS_CODE", "ingen");
    return;
  }
  view.Set("STATUS", std::string(domain::kStatusColourTable.Label(*latest.colour)));
  view.Set("STATUS_CODE", std::string(domain::kStatusColourTable.Code(*latest.colour)));
  if (*latest.colour == domain::StatusColour::Green) return;
  std::size_t streak = 0;
  for (auto point = series.rbegin(); point != series.rend() && point->colour == latest.colour; ++point) ++streak;
  if (streak > 1) {
    view.AddSection("STREAK").Set(
        "TEXT", fmt::format("{} i {} i træk", *latest.colour == domain::StatusColour::Red ? "Rød" : "Gul",
                            GoalPeriodCount(streak, frequency)));
  }
}

void SetGoalTrend(View& view, const domain::Trend& trend) {
  view.Set("TREND", trend.Label());
  view.Set("TREND_ARROW", std::string(trend.Arrow()));
  switch (trend.meaning) {
    case domain::TrendMeaning::Better: view.Set("TREND_CODE", "bedre"); break;
    case domain::TrendMeaning::Worse: view.Set("TREND_CODE", "vaerre"); break;
    case domain::TrendMeaning::Unchanged: view.Set("TREND_CODE", "uaendret"); break;
  }
}

std::vector<double> GoalRecentValues(const std::vector<app::SeriesPoint>& series, std::size_t count) {
  std::vector<double> values;
  const auto first = series.size() > count ? series.size() - count : 0;
  for (auto i = first; i < series.size(); ++i) values.push_back(series[i].value);
  return values;
}

}  // namespace lp::web
