#pragma once

// How the goals module's pages show values, colours and trends, shared by its pages: a colour is
// never shown alone (always its word, and the trend next to it in words with an arrow for the eye).

#include <string>
#include <string_view>
#include <vector>

#include "app/goals/indicator_service.hpp"
#include "web/platform/view.hpp"

namespace lp::web {

std::string GoalIndicatorHref(app::IndicatorId id);
std::string GoalPictureHref(std::string_view slug);
std::string GoalUnitHref(std::string_view external_id);

// "12,3 %", "45 dage", "1.234 ton": the value with the indicator's decimals and unit.
std::string GoalValue(double value, const app::IndicatorFields& fields);
// "Mål 90 % inden 31.12.2027".
std::string GoalTarget(const app::IndicatorFields& fields);

// Sets STATUS (the word), STATUS_CODE (groen/gul/roed for the CSS), and a STREAK sentence ("Rød i 4
// måneder i træk") when the latest points share a red or yellow colour for more than one period.
void SetGoalStatus(View& view, const std::vector<app::SeriesPoint>& series, const app::SeriesPoint& latest,
                   domain::Frequency frequency);
// Sets TREND (the words) and TREND_ARROW (aria-hidden in the templates) and TREND_CODE.
void SetGoalTrend(View& view, const domain::Trend& trend);
// The last values of a series for a sparkline.
std::vector<double> GoalRecentValues(const std::vector<app::SeriesPoint>& series, std::size_t count = 24);
// "2 måneder", "1 kvartal", "3 år".
std::string GoalPeriodCount(std::size_t count, domain::Frequency frequency);

}  // namespace lp::web
