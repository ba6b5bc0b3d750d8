// The follow-up views' pure part on a region of Region Midtjylland's size (synthetic_region.hpp):
// the rows from the snapshot and the two queries' results, sorting, filtering and the heat map. The
// queries themselves and the page around them are measured over HTTP (bench/http.sh).
#include <benchmark/benchmark.h>

#include <chrono>
#include <optional>
#include <vector>

#include "app/followup/followup_service.hpp"
#include "synthetic_region.hpp"

namespace lp::app {
namespace {

using namespace std::chrono_literals;

constexpr std::chrono::year_month_day kToday = 2026y / 12 / 1;
constexpr domain::RoundDates kRound{2026y / 6 / 4, 2026y / 10 / 1};

// Two in three units have a translation state, three in five a plan, with a spread of counts.
struct Queries {
  std::vector<UnitTranslationState> states;
  std::vector<UnitPlanSummary> summaries;
};

const Queries& SyntheticQueries() {
  static const Queries queries = [] {
    Queries made;
    for (const auto& unit : domain::Synthetic().units) {
      const auto random = domain::Mix(static_cast<std::uint64_t>(unit.id) * 7919U);
      if (random % 3 != 0) {
        UnitTranslationState state;
        state.unit = unit.id;
        if (random % 5 != 0) {
          state.latest_number = 1;
          state.published_at = domain::FromUnixSeconds(1'780'000'000 + static_cast<long long>(random % 10'000'000));
        }
        state.has_draft = random % 4 == 0;
        if (random % 2 == 0) state.last_med = 2026y / 9 / 15;
        made.states.push_back(state);
      }
      if ((random >> 8U) % 5 < 3) {
        UnitPlanSummary summary;
        summary.unit = unit.id;
        summary.plan = unit.id;
        summary.status = (random >> 12U) % 3 == 0 ? domain::PlanStatus::Draft : domain::PlanStatus::Approved;
        summary.planned = static_cast<long long>((random >> 16U) % 3);
        summary.done = static_cast<long long>((random >> 20U) % 3);
        summary.overdue = summary.planned > 0 ? static_cast<long long>((random >> 24U) % 2) : 0;
        made.summaries.push_back(summary);
      }
    }
    return made;
  }();
  return queries;
}

std::vector<FollowUpRow> RegionRows() {
  const auto& organisation = domain::Snapshot();
  const auto& queries = SyntheticQueries();
  const std::vector<domain::UnitId> roots = {organisation.Units().front().id};
  return BuildFollowUpRows(organisation, roots, queries.states, queries.summaries, kRound, kToday);
}

void BM_FollowUpRowsRegion(benchmark::State& state) {
  const auto& organisation = domain::Snapshot();
  const auto& queries = SyntheticQueries();
  const std::vector<domain::UnitId> roots = {organisation.Units().front().id};
  std::size_t rows = 0;
  for (auto _ : state) {
    auto built = BuildFollowUpRows(organisation, roots, queries.states, queries.summaries, kRound, kToday);
    rows = built.size();
    benchmark::DoNotOptimize(built);
  }
  state.counters["rows"] = static_cast<double>(rows);
}
BENCHMARK(BM_FollowUpRowsRegion)->Unit(benchmark::kMicrosecond);

// A leader of leaders' chain: one area (a fifth of the region).
void BM_FollowUpRowsArea(benchmark::State& state) {
  const auto& organisation = domain::Snapshot();
  const auto& queries = SyntheticQueries();
  const auto areas = AreasOf(organisation);
  const std::vector<domain::UnitId> roots = {areas.front()->id};
  std::size_t rows = 0;
  for (auto _ : state) {
    auto built = BuildFollowUpRows(organisation, roots, queries.states, queries.summaries, kRound, kToday);
    rows = built.size();
    benchmark::DoNotOptimize(built);
  }
  state.counters["rows"] = static_cast<double>(rows);
}
BENCHMARK(BM_FollowUpRowsArea)->Unit(benchmark::kMicrosecond);

void BM_FollowUpSortRegion(benchmark::State& state) {
  const auto rows = RegionRows();
  const FollowUpSort sort{kAllFollowUpColumns[static_cast<std::size_t>(state.range(0))], true};
  for (auto _ : state) {
    state.PauseTiming();
    auto copy = rows;
    state.ResumeTiming();
    SortFollowUpRows(copy, sort);
    benchmark::DoNotOptimize(copy);
  }
  state.SetLabel(std::string(FollowUpColumnCode(*sort.column)));
}
BENCHMARK(BM_FollowUpSortRegion)
    ->DenseRange(0, static_cast<int>(kAllFollowUpColumns.size()) - 1)
    ->Unit(benchmark::kMicrosecond);

void BM_FollowUpFilterRegion(benchmark::State& state) {
  const auto rows = RegionRows();
  FollowUpFilter filter;
  filter.plan = domain::PlanState::Overdue;
  for (auto _ : state) {
    auto filtered = FilterFollowUpRows(rows, filter);
    benchmark::DoNotOptimize(filtered);
  }
}
BENCHMARK(BM_FollowUpFilterRegion)->Unit(benchmark::kMicrosecond);

void BM_FollowUpHeatMap(benchmark::State& state) {
  const auto& organisation = domain::Snapshot();
  const auto rows = RegionRows();
  for (auto _ : state) {
    auto heat = BuildHeatMap(organisation, rows, std::nullopt);
    benchmark::DoNotOptimize(heat);
  }
}
BENCHMARK(BM_FollowUpHeatMap)->Unit(benchmark::kMicrosecond);

}  // namespace
}  // namespace lp::app
