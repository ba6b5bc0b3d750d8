#include "web/platform/metrics.hpp"

#include <benchmark/benchmark.h>

#include <array>
#include <memory>
#include <string>
#include <string_view>

namespace lp::web {
namespace {

using namespace std::chrono_literals;

constexpr std::array<std::string_view, 8> kRoutes = {"/",         "/log-ind",       "/enheder",        "/enheder/{id}",
                                                     "/personer", "/personer/{id}", "/static/{path*}", "/healthz"};

// One registry shared by all benchmark threads, as the server shares one.
Metrics& SharedMetrics() {
  static Metrics metrics;
  return metrics;
}

// The per-request cost on the server's hot path; run with 1, 2 and 8 threads to see contention.
void BM_ObserveRequest(benchmark::State& state) {
  Metrics& metrics = SharedMetrics();
  std::size_t i = static_cast<std::size_t>(state.thread_index());
  for (auto _ : state) {
    metrics.ObserveRequest("GET", kRoutes[i % kRoutes.size()], 200, std::chrono::microseconds{(i * 97) % 20'000});
    ++i;
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_ObserveRequest)->Threads(1)->Threads(2)->Threads(8)->UseRealTime();

// A scrape of /metrics with the portal's routes, each seen with a few statuses.
void BM_RenderPrometheus(benchmark::State& state) {
  Metrics metrics;
  for (std::size_t i = 0; i < 10'000; ++i) {
    const int status = i % 50 == 0 ? 404 : (i % 7 == 0 ? 303 : 200);
    metrics.ObserveRequest(i % 5 == 0 ? "POST" : "GET", kRoutes[i % kRoutes.size()], status,
                           std::chrono::microseconds{(i * 97) % 20'000});
  }
  const PoolGauge pool{.size = 4, .in_use = 1, .waits = 3};
  std::size_t bytes = 0;
  for (auto _ : state) {
    const std::string text = metrics.RenderPrometheus(pool);
    bytes = text.size();
    benchmark::DoNotOptimize(text.data());
  }
  state.counters["bytes"] = static_cast<double>(bytes);
}
BENCHMARK(BM_RenderPrometheus);

}  // namespace
}  // namespace lp::web
