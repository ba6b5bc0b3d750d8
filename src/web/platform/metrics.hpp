#pragma once

// Prometheus metrics for the portal, rendered as text exposition format 0.0.4 for /metrics.
// Pure standard library, so it can be used (and tested, and benchmarked) without the server.

#include <array>
#include <atomic>
#include <chrono>
#include <cstddef>
#include <memory>
#include <string>
#include <string_view>

namespace lp::web {

struct PoolGauge {
  int size;
  int in_use;
  long long waits;
};

class Metrics {
 public:
  // Upper bounds of lp_http_request_duration_seconds, in seconds (Prometheus' usual web buckets).
  static constexpr std::array<double, 13> kDurationBucketsSeconds = {0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1,
                                                                     0.25,  0.5,    1,     2.5,  5,     10};
  // A guard against a caller that passes raw paths instead of route patterns: past this many
  // distinct routes per shard, new routes are counted under kOverflowRoute instead of growing memory.
  static constexpr std::size_t kMaxRoutesPerShard = 256;
  static constexpr std::string_view kOverflowRoute = "overflow";

  // Reports lp_process_start_time_seconds as the time this program was loaded.
  Metrics();
  // For tests: a fixed start time.
  explicit Metrics(std::chrono::system_clock::time_point process_start);
  ~Metrics();
  Metrics(const Metrics&) = delete;
  Metrics& operator=(const Metrics&) = delete;
  Metrics(Metrics&&) = delete;
  Metrics& operator=(Metrics&&) = delete;

  // route is the route PATTERN (e.g. "/enheder/{id}"), never the raw path, so cardinality stays
  // bounded. Methods outside the standard set are counted as "OTHER", and statuses outside
  // 100..599 as 0, for the same reason: both come from the client. Safe from any thread.
  void ObserveRequest(std::string_view method, std::string_view route, int status, std::chrono::nanoseconds duration);
  void ConnectionOpened();
  void ConnectionClosed();

  std::string RenderPrometheus(const PoolGauge& pool) const;  // text exposition format 0.0.4

 private:
  struct Shard;
  static constexpr std::size_t kShardCount = 16;

  Shard& ShardForThisThread() const;

  std::unique_ptr<Shard[]> shards_;
  std::atomic<long long> open_connections_{0};
  std::chrono::system_clock::time_point process_start_;
};

// Prometheus label value escaping: backslash, double quote and line feed.
std::string EscapePrometheusLabelValue(std::string_view value);

}  // namespace lp::web
