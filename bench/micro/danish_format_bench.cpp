#include "domain/platform/danish_format.hpp"

#include <benchmark/benchmark.h>

#include <array>
#include <string_view>

namespace lp::domain {
namespace {

using namespace std::chrono_literals;

// A summer instant, so the DST branch is the one a reader of June data takes.
const Timestamp kSummerInstant = Timestamp{std::chrono::sys_days{2026y / 6 / 23}} + 12h + 5min;

void BM_ToCopenhagenTime(benchmark::State& state) {
  Timestamp t = kSummerInstant;
  for (auto _ : state) {
    benchmark::DoNotOptimize(ToCopenhagenTime(t));
    t += 37min;  // walk across days and both offsets instead of hitting one cached value
  }
}
BENCHMARK(BM_ToCopenhagenTime);

void BM_FormatDate(benchmark::State& state) {
  for (auto _ : state) benchmark::DoNotOptimize(FormatDate(kSummerInstant));
}
BENCHMARK(BM_FormatDate);

void BM_FormatDateTime(benchmark::State& state) {
  for (auto _ : state) benchmark::DoNotOptimize(FormatDateTime(kSummerInstant));
}
BENCHMARK(BM_FormatDateTime);

void BM_FormatLongDate(benchmark::State& state) {
  for (auto _ : state) benchmark::DoNotOptimize(FormatLongDate(kSummerInstant));
}
BENCHMARK(BM_FormatLongDate);

void BM_FormatInteger(benchmark::State& state) {
  long long n = 1'234'567;
  for (auto _ : state) {
    benchmark::DoNotOptimize(FormatInteger(n));
    ++n;
  }
}
BENCHMARK(BM_FormatInteger);

void BM_FormatDecimal(benchmark::State& state) {
  double value = 1234.5678;
  for (auto _ : state) {
    benchmark::DoNotOptimize(FormatDecimal(value, 2));
    value += 0.01;
  }
}
BENCHMARK(BM_FormatDecimal);

void BM_FormatPercent(benchmark::State& state) {
  for (auto _ : state) benchmark::DoNotOptimize(FormatPercent(0.1255, 1));
}
BENCHMARK(BM_FormatPercent);

void BM_ParseDate(benchmark::State& state) {
  constexpr std::array<std::string_view, 4> kInputs = {"23.11.2026", "2026-11-23", " 1.3.2025 ", "31.02.2026"};
  std::size_t i = 0;
  for (auto _ : state) {
    benchmark::DoNotOptimize(ParseDate(kInputs[i % kInputs.size()]));
    ++i;
  }
}
BENCHMARK(BM_ParseDate);

void BM_CopenhagenMidnight(benchmark::State& state) {
  for (auto _ : state) benchmark::DoNotOptimize(CopenhagenMidnight(2026y / 10 / 25));
}
BENCHMARK(BM_CopenhagenMidnight);

}  // namespace
}  // namespace lp::domain
