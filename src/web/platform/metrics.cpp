#include "web/platform/metrics.hpp"

#include <algorithm>
#include <charconv>
#include <cstdint>
#include <functional>
#include <map>
#include <mutex>
#include <system_error>
#include <tuple>
#include <unordered_map>
#include <utility>
#include <vector>

namespace lp::web {
namespace {

// Captured when the program is loaded, which is as close to the process start as the standard
// library gets without reading /proc.
const std::chrono::system_clock::time_point kLoadTime = std::chrono::system_clock::now();

constexpr std::size_t kBucketCount = Metrics::kDurationBucketsSeconds.size();

// The bucket bounds as they are printed in `le`, and in whole nanoseconds so that the hot path
// compares integers and a duration exactly on a bound lands in that bound's bucket.
constexpr std::array<std::string_view, kBucketCount> kBucketLabels = {
    "0.001", "0.0025", "0.005", "0.01", "0.025", "0.05", "0.1", "0.25", "0.5", "1", "2.5", "5", "10"};
constexpr std::array<std::int64_t, kBucketCount> kBucketBoundsNanoseconds = {
    1'000'000,   2'500'000,   5'000'000,     10'000'000,    25'000'000,    50'000'000,    100'000'000,
    250'000'000, 500'000'000, 1'000'000'000, 2'500'000'000, 5'000'000'000, 10'000'000'000};

// Methods are stored as a small index; anything else the client sends is "OTHER".
constexpr std::array<std::string_view, 10> kMethodNames = {"GET",   "HEAD",    "POST",    "PUT",   "DELETE",
                                                           "PATCH", "OPTIONS", "CONNECT", "TRACE", "OTHER"};
constexpr std::uint8_t kOtherMethod = kMethodNames.size() - 1;

std::uint8_t MethodIndex(std::string_view method) {
  for (std::uint8_t i = 0; i < kOtherMethod; ++i) {
    if (kMethodNames[i] == method) return i;
  }
  return kOtherMethod;
}

struct RequestCount {
  std::uint8_t method;
  std::int16_t status;
  std::uint64_t count;
};

struct RouteSeries {
  // Per-bucket counts (not cumulative: cumulating happens once, at render time); the last slot
  // counts durations above the largest bound (+Inf).
  std::array<std::uint64_t, kBucketCount + 1> buckets{};
  std::int64_t sum_nanoseconds = 0;
  std::uint64_t count = 0;
  // A route sees a handful of method/status pairs, so a linear scan beats any map.
  std::vector<RequestCount> requests;
};

// Lets the route map be searched with a string_view, so an observation of a known route allocates
// nothing.
struct StringHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view text) const noexcept { return std::hash<std::string_view>{}(text); }
};

using RouteMap = std::unordered_map<std::string, RouteSeries, StringHash, std::equal_to<>>;

void AppendInteger(std::string& out, std::int64_t value) {
  std::array<char, 24> buffer{};
  const auto result = std::to_chars(buffer.data(), buffer.data() + buffer.size(), value);
  out.append(buffer.data(), result.ptr);
}

void AppendUnsigned(std::string& out, std::uint64_t value) {
  std::array<char, 24> buffer{};
  const auto result = std::to_chars(buffer.data(), buffer.data() + buffer.size(), value);
  out.append(buffer.data(), result.ptr);
}

// Shortest round-trip form in plain notation: Prometheus parses it, and people can read it.
void AppendDouble(std::string& out, double value) {
  std::array<char, 400> buffer{};
  const auto result = std::to_chars(buffer.data(), buffer.data() + buffer.size(), value, std::chars_format::fixed);
  if (result.ec != std::errc{}) {
    out.append("NaN");
    return;
  }
  out.append(buffer.data(), result.ptr);
}

void AppendNanosecondsAsSeconds(std::string& out, std::int64_t nanoseconds) {
  // Whole seconds and a nine-digit fraction, exact, without a detour through double.
  if (nanoseconds < 0) {
    out.push_back('-');
    nanoseconds = -nanoseconds;
  }
  AppendInteger(out, nanoseconds / 1'000'000'000);
  std::int64_t fraction = nanoseconds % 1'000'000'000;
  if (fraction == 0) return;
  std::array<char, 9> digits{};
  for (auto it = digits.rbegin(); it != digits.rend(); ++it) {
    *it = static_cast<char>('0' + fraction % 10);
    fraction /= 10;
  }
  std::size_t length = digits.size();
  while (length > 0 && digits[length - 1] == '0') --length;
  out.push_back('.');
  out.append(digits.data(), length);
}

void AppendHeader(std::string& out, std::string_view name, std::string_view type, std::string_view help) {
  out.append("# HELP ").append(name).push_back(' ');
  out.append(help).push_back('\n');
  out.append("# TYPE ").append(name).push_back(' ');
  out.append(type).push_back('\n');
}

void AppendLabel(std::string& out, std::string_view name, std::string_view value) {
  out.append(name).append("=\"").append(EscapePrometheusLabelValue(value)).push_back('"');
}

// What one route adds up to across all shards; std::map keeps the output in a stable order.
struct MergedRoute {
  std::array<std::uint64_t, kBucketCount + 1> buckets{};
  std::int64_t sum_nanoseconds = 0;
  std::uint64_t count = 0;
  std::map<std::pair<std::string_view, int>, std::uint64_t> requests;
};

}  // namespace

// Each thread sticks to one shard, so concurrent requests on different threads rarely share a lock
// (or a cache line: hence the alignment).
struct alignas(64) Metrics::Shard {
  mutable std::mutex mutex;
  RouteMap routes;
};

Metrics::Metrics() : Metrics(kLoadTime) {}

Metrics::Metrics(std::chrono::system_clock::time_point process_start)
    : shards_(std::make_unique<Shard[]>(kShardCount)), process_start_(process_start) {}

Metrics::~Metrics() = default;

Metrics::Shard& Metrics::ShardForThisThread() const {
  // Round-robin over threads as they first observe, rather than hashing thread ids, so a small
  // pool of server threads is spread evenly.
  static std::atomic<std::size_t> next_shard{0};
  thread_local const std::size_t shard_index = next_shard.fetch_add(1, std::memory_order_relaxed) % kShardCount;
  return shards_[shard_index];
}

void Metrics::ObserveRequest(std::string_view method, std::string_view route, int status,
                             std::chrono::nanoseconds duration) {
  const std::uint8_t method_index = MethodIndex(method);
  const auto stored_status = static_cast<std::int16_t>(status >= 100 && status <= 599 ? status : 0);
  const std::int64_t nanoseconds = std::max<std::int64_t>(duration.count(), 0);
  const auto bucket = static_cast<std::size_t>(
      std::lower_bound(kBucketBoundsNanoseconds.begin(), kBucketBoundsNanoseconds.end(), nanoseconds) -
      kBucketBoundsNanoseconds.begin());

  Shard& shard = ShardForThisThread();
  const std::lock_guard lock(shard.mutex);
  auto it = shard.routes.find(route);
  if (it == shard.routes.end()) {
    if (shard.routes.size() >= kMaxRoutesPerShard) route = kOverflowRoute;
    it = shard.routes.try_emplace(std::string(route)).first;
  }
  RouteSeries& series = it->second;
  ++series.buckets[bucket];
  series.sum_nanoseconds += nanoseconds;
  ++series.count;
  for (RequestCount& request : series.requests) {
    if (request.method == method_index && request.status == stored_status) {
      ++request.count;
      return;
    }
  }
  series.requests.push_back(RequestCount{method_index, stored_status, 1});
}

void Metrics::ConnectionOpened() { open_connections_.fetch_add(1, std::memory_order_relaxed); }

void Metrics::ConnectionClosed() { open_connections_.fetch_sub(1, std::memory_order_relaxed); }

std::string Metrics::RenderPrometheus(const PoolGauge& pool) const {
  std::map<std::string, MergedRoute, std::less<>> routes;
  for (std::size_t i = 0; i < kShardCount; ++i) {
    const Shard& shard = shards_[i];
    const std::lock_guard lock(shard.mutex);
    for (const auto& [route, series] : shard.routes) {
      MergedRoute& merged = routes[route];
      for (std::size_t b = 0; b < series.buckets.size(); ++b) merged.buckets[b] += series.buckets[b];
      merged.sum_nanoseconds += series.sum_nanoseconds;
      merged.count += series.count;
      for (const RequestCount& request : series.requests) {
        merged.requests[{kMethodNames[request.method], request.status}] += request.count;
      }
    }
  }

  std::string out;
  out.reserve(2048 + routes.size() * 1800);

  AppendHeader(out, "lp_http_requests_total", "counter",
               "HTTP requests answered, by method, route pattern and status.");
  for (const auto& [route, merged] : routes) {
    for (const auto& [key, count] : merged.requests) {
      out.append("lp_http_requests_total{");
      AppendLabel(out, "method", key.first);
      out.push_back(',');
      AppendLabel(out, "route", route);
      out.push_back(',');
      out.append("status=\"");
      AppendInteger(out, key.second);
      out.append("\"} ");
      AppendUnsigned(out, count);
      out.push_back('\n');
    }
  }

  AppendHeader(out, "lp_http_request_duration_seconds", "histogram",
               "Time from request read to response written, by route pattern.");
  for (const auto& [route, merged] : routes) {
    std::string route_label;
    AppendLabel(route_label, "route", route);
    std::uint64_t cumulative = 0;
    for (std::size_t b = 0; b < merged.buckets.size(); ++b) {
      cumulative += merged.buckets[b];
      out.append("lp_http_request_duration_seconds_bucket{").append(route_label).append(",le=\"");
      out.append(b < kBucketCount ? kBucketLabels[b] : std::string_view("+Inf"));
      out.append("\"} ");
      AppendUnsigned(out, cumulative);
      out.push_back('\n');
    }
    out.append("lp_http_request_duration_seconds_sum{").append(route_label).append("} ");
    AppendNanosecondsAsSeconds(out, merged.sum_nanoseconds);
    out.push_back('\n');
    out.append("lp_http_request_duration_seconds_count{").append(route_label).append("} ");
    AppendUnsigned(out, merged.count);
    out.push_back('\n');
  }

  AppendHeader(out, "lp_http_connections_open", "gauge", "HTTP connections currently open.");
  out.append("lp_http_connections_open ");
  AppendInteger(out, open_connections_.load(std::memory_order_relaxed));
  out.push_back('\n');

  AppendHeader(out, "lp_db_pool_connections", "gauge", "Database pool connections, by state.");
  out.append("lp_db_pool_connections{state=\"in_use\"} ");
  AppendInteger(out, pool.in_use);
  out.append("\nlp_db_pool_connections{state=\"idle\"} ");
  AppendInteger(out, std::max(pool.size - pool.in_use, 0));
  out.push_back('\n');

  AppendHeader(out, "lp_db_pool_size", "gauge", "Connections the database pool holds.");
  out.append("lp_db_pool_size ");
  AppendInteger(out, pool.size);
  out.push_back('\n');

  AppendHeader(out, "lp_db_pool_waits_total", "counter", "Times a request had to wait for a free database connection.");
  out.append("lp_db_pool_waits_total ");
  AppendInteger(out, pool.waits);
  out.push_back('\n');

  AppendHeader(out, "lp_process_start_time_seconds", "gauge",
               "Start time of the process since the Unix epoch in seconds.");
  out.append("lp_process_start_time_seconds ");
  const auto start_milliseconds =
      std::chrono::duration_cast<std::chrono::milliseconds>(process_start_.time_since_epoch()).count();
  AppendDouble(out, static_cast<double>(start_milliseconds) / 1000.0);
  out.push_back('\n');
  return out;
}

std::string EscapePrometheusLabelValue(std::string_view value) {
  std::string escaped;
  escaped.reserve(value.size());
  for (const char c : value) {
    switch (c) {
      case '\\': escaped.append("\\\\"); break;
      case '"': escaped.append("\\\""); break;
      case '\n': escaped.append("\\n"); break;
      default: escaped.push_back(c);
    }
  }
  return escaped;
}

}  // namespace lp::web
