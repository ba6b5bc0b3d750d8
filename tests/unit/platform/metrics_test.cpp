#include "web/platform/metrics.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <optional>
#include <set>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

namespace lp::web {
namespace {

using namespace std::chrono_literals;
using ::testing::HasSubstr;
using ::testing::Not;

constexpr PoolGauge kIdlePool{.size = 4, .in_use = 1, .waits = 7};

std::vector<std::string> Lines(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream stream(text);
  for (std::string line; std::getline(stream, line);) lines.push_back(line);
  return lines;
}

// The text between `prefix` and the next `terminator` on a line starting with `prefix`.
std::optional<std::string> Between(const std::string& line, const std::string& prefix, const std::string& terminator) {
  if (line.rfind(prefix, 0) != 0) return std::nullopt;
  const std::size_t end = line.find(terminator, prefix.size());
  if (end == std::string::npos) return std::nullopt;
  return line.substr(prefix.size(), end - prefix.size());
}

bool IsMetricNameChar(char c, bool first) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == ':' || (!first && c >= '0' && c <= '9');
}

// Checks one sample line of the text format by hand (std::regex trips g++ 12's -Wmaybe-uninitialized
// in optimised builds) and returns its metric name, or nullopt if the line is malformed.
std::optional<std::string> ParseSampleLine(const std::string& line) {
  std::size_t i = 0;
  while (i < line.size() && IsMetricNameChar(line[i], i == 0)) ++i;
  if (i == 0) return std::nullopt;
  const std::string name = line.substr(0, i);
  if (i < line.size() && line[i] == '{') {
    ++i;
    while (i < line.size() && line[i] != '}') {
      const std::size_t label_start = i;
      while (i < line.size() && IsMetricNameChar(line[i], i == label_start) && line[i] != ':') ++i;
      if (i == label_start || line.compare(i, 2, "=\"") != 0) return std::nullopt;
      i += 2;
      while (i < line.size() && line[i] != '"') {
        if (line[i] == '\\') {
          if (i + 1 >= line.size() || (line[i + 1] != '\\' && line[i + 1] != '"' && line[i + 1] != 'n'))
            return std::nullopt;
          ++i;
        } else if (line[i] == '\n') {
          return std::nullopt;
        }
        ++i;
      }
      if (i >= line.size()) return std::nullopt;
      ++i;  // closing quote
      if (i < line.size() && line[i] == ',') ++i;
    }
    if (i >= line.size()) return std::nullopt;
    ++i;  // closing brace
  }
  if (i >= line.size() || line[i] != ' ') return std::nullopt;
  const std::string value = line.substr(i + 1);
  if (value == "+Inf" || value == "-Inf" || value == "NaN") return name;
  if (value.empty() || value.find_first_not_of("-0123456789.") != std::string::npos) return std::nullopt;
  std::size_t parsed = 0;
  (void)std::stod(value, &parsed);
  if (parsed != value.size()) return std::nullopt;
  return name;
}

// The value of the one sample whose name-and-labels part is exactly `series`; "" if absent.
std::string SampleValue(const std::string& text, const std::string& series) {
  for (const std::string& line : Lines(text)) {
    if (line.size() > series.size() && line.compare(0, series.size(), series) == 0 && line[series.size()] == ' ') {
      return line.substr(series.size() + 1);
    }
  }
  return {};
}

TEST(Metrics, RendersEveryFamilyWithHelpAndTypeBeforeAnyRequest) {
  const Metrics metrics;
  const std::string text = metrics.RenderPrometheus(kIdlePool);
  EXPECT_THAT(text, HasSubstr("# TYPE lp_http_requests_total counter\n"));
  EXPECT_THAT(text, HasSubstr("# TYPE lp_http_request_duration_seconds histogram\n"));
  EXPECT_THAT(text, HasSubstr("# TYPE lp_http_connections_open gauge\n"));
  EXPECT_THAT(text, HasSubstr("# TYPE lp_db_pool_connections gauge\n"));
  EXPECT_THAT(text, HasSubstr("# TYPE lp_db_pool_size gauge\n"));
  EXPECT_THAT(text, HasSubstr("# TYPE lp_db_pool_waits_total counter\n"));
  EXPECT_THAT(text, HasSubstr("# TYPE lp_process_start_time_seconds gauge\n"));
  EXPECT_THAT(text, HasSubstr("# HELP lp_http_requests_total "));
  EXPECT_EQ(SampleValue(text, "lp_http_connections_open"), "0");
  EXPECT_THAT(text, Not(HasSubstr("lp_http_requests_total{")));
  EXPECT_EQ(text.back(), '\n');
}

TEST(Metrics, CountsRequestsByMethodRouteAndStatus) {
  Metrics metrics;
  metrics.ObserveRequest("GET", "/enheder/{id}", 200, 2ms);
  metrics.ObserveRequest("GET", "/enheder/{id}", 200, 3ms);
  metrics.ObserveRequest("GET", "/enheder/{id}", 404, 1ms);
  metrics.ObserveRequest("POST", "/log-ind", 303, 40ms);
  const std::string text = metrics.RenderPrometheus(kIdlePool);
  EXPECT_EQ(SampleValue(text, R"(lp_http_requests_total{method="GET",route="/enheder/{id}",status="200"})"), "2");
  EXPECT_EQ(SampleValue(text, R"(lp_http_requests_total{method="GET",route="/enheder/{id}",status="404"})"), "1");
  EXPECT_EQ(SampleValue(text, R"(lp_http_requests_total{method="POST",route="/log-ind",status="303"})"), "1");
}

TEST(Metrics, HistogramBucketsAreCumulativeWithSumAndCount) {
  Metrics metrics;
  metrics.ObserveRequest("GET", "/", 200, 500us);
  metrics.ObserveRequest("GET", "/", 200, 1ms);  // exactly on a bound: le is "less or equal"
  metrics.ObserveRequest("GET", "/", 200, 3ms);
  metrics.ObserveRequest("GET", "/", 200, 20s);  // beyond the largest bound
  const std::string text = metrics.RenderPrometheus(kIdlePool);
  const auto bucket = [&](const std::string& le) {
    return SampleValue(text, R"(lp_http_request_duration_seconds_bucket{route="/",le=")" + le + "\"}");
  };
  EXPECT_EQ(bucket("0.001"), "2");
  EXPECT_EQ(bucket("0.0025"), "2");
  EXPECT_EQ(bucket("0.005"), "3");
  EXPECT_EQ(bucket("1"), "3");
  EXPECT_EQ(bucket("10"), "3");
  EXPECT_EQ(bucket("+Inf"), "4");
  EXPECT_EQ(SampleValue(text, R"(lp_http_request_duration_seconds_sum{route="/"})"), "20.0045");
  EXPECT_EQ(SampleValue(text, R"(lp_http_request_duration_seconds_count{route="/"})"), "4");
}

TEST(Metrics, HistogramHasEveryBucketInOrder) {
  Metrics metrics;
  metrics.ObserveRequest("GET", "/", 200, 1ms);
  const std::string text = metrics.RenderPrometheus(kIdlePool);
  std::vector<std::string> les;
  for (const std::string& line : Lines(text)) {
    if (auto le = Between(line, R"(lp_http_request_duration_seconds_bucket{route="/",le=")", "\"}")) les.push_back(*le);
  }
  EXPECT_EQ(les, (std::vector<std::string>{"0.001", "0.0025", "0.005", "0.01", "0.025", "0.05", "0.1", "0.25", "0.5",
                                           "1", "2.5", "5", "10", "+Inf"}));
}

TEST(Metrics, TreatsNegativeDurationsAsZero) {
  Metrics metrics;
  metrics.ObserveRequest("GET", "/", 200, -5ms);
  const std::string text = metrics.RenderPrometheus(kIdlePool);
  EXPECT_EQ(SampleValue(text, R"(lp_http_request_duration_seconds_bucket{route="/",le="0.001"})"), "1");
  EXPECT_EQ(SampleValue(text, R"(lp_http_request_duration_seconds_sum{route="/"})"), "0");
}

TEST(Metrics, EscapesLabelValues) {
  EXPECT_EQ(EscapePrometheusLabelValue(R"(a"b\c)"), R"(a\"b\\c)");
  EXPECT_EQ(EscapePrometheusLabelValue("a\nb"), R"(a\nb)");
  EXPECT_EQ(EscapePrometheusLabelValue("/søg/{term}"), "/søg/{term}");

  Metrics metrics;
  metrics.ObserveRequest("GET", "/x\"y\\z\nw", 200, 1ms);
  const std::string text = metrics.RenderPrometheus(kIdlePool);
  EXPECT_THAT(text, HasSubstr(R"(route="/x\"y\\z\nw")"));
  for (const std::string& line : Lines(text)) EXPECT_THAT(line, Not(HasSubstr("\r")));
}

TEST(Metrics, BoundsMethodsAndStatusesThatComeFromTheClient) {
  Metrics metrics;
  metrics.ObserveRequest("BREW", "/", 200, 1ms);
  metrics.ObserveRequest("get", "/", 200, 1ms);  // methods are case-sensitive
  metrics.ObserveRequest("GET", "/", 42, 1ms);
  metrics.ObserveRequest("GET", "/", 1000, 1ms);
  const std::string text = metrics.RenderPrometheus(kIdlePool);
  EXPECT_EQ(SampleValue(text, R"(lp_http_requests_total{method="OTHER",route="/",status="200"})"), "2");
  EXPECT_EQ(SampleValue(text, R"(lp_http_requests_total{method="GET",route="/",status="0"})"), "2");
  EXPECT_THAT(text, Not(HasSubstr("BREW")));
}

TEST(Metrics, FoldsRoutesBeyondTheLimitIntoOverflow) {
  Metrics metrics;
  for (std::size_t i = 0; i < Metrics::kMaxRoutesPerShard + 50; ++i) {
    metrics.ObserveRequest("GET", "/raw/" + std::to_string(i), 200, 1ms);
  }
  const std::string text = metrics.RenderPrometheus(kIdlePool);
  std::set<std::string> routes;
  for (const std::string& line : Lines(text)) {
    if (auto route = Between(line, R"(lp_http_request_duration_seconds_count{route=")", "\"}")) routes.insert(*route);
  }
  EXPECT_EQ(routes.size(), Metrics::kMaxRoutesPerShard + 1);
  EXPECT_EQ(SampleValue(text, R"(lp_http_request_duration_seconds_count{route="overflow"})"), "50");
}

TEST(Metrics, TracksOpenConnections) {
  Metrics metrics;
  metrics.ConnectionOpened();
  metrics.ConnectionOpened();
  metrics.ConnectionOpened();
  metrics.ConnectionClosed();
  EXPECT_EQ(SampleValue(metrics.RenderPrometheus(kIdlePool), "lp_http_connections_open"), "2");
}

TEST(Metrics, ReportsThePool) {
  const Metrics metrics;
  const std::string text = metrics.RenderPrometheus(PoolGauge{.size = 8, .in_use = 3, .waits = 12});
  EXPECT_EQ(SampleValue(text, R"(lp_db_pool_connections{state="in_use"})"), "3");
  EXPECT_EQ(SampleValue(text, R"(lp_db_pool_connections{state="idle"})"), "5");
  EXPECT_EQ(SampleValue(text, "lp_db_pool_size"), "8");
  EXPECT_EQ(SampleValue(text, "lp_db_pool_waits_total"), "12");
}

TEST(Metrics, NeverReportsNegativeIdleConnections) {
  const Metrics metrics;
  const std::string text = metrics.RenderPrometheus(PoolGauge{.size = 2, .in_use = 3, .waits = 0});
  EXPECT_EQ(SampleValue(text, R"(lp_db_pool_connections{state="idle"})"), "0");
}

TEST(Metrics, ReportsTheProcessStartTime) {
  const Metrics fixed(std::chrono::system_clock::time_point{1'700'000'000'250ms});
  EXPECT_EQ(SampleValue(fixed.RenderPrometheus(kIdlePool), "lp_process_start_time_seconds"), "1700000000.25");

  const Metrics loaded;
  const double start = std::stod(SampleValue(loaded.RenderPrometheus(kIdlePool), "lp_process_start_time_seconds"));
  const double now = std::chrono::duration<double>(std::chrono::system_clock::now().time_since_epoch()).count();
  EXPECT_LE(start, now);
  EXPECT_GT(start, now - 24 * 3600);
}

TEST(Metrics, EverySampleLineIsWellFormedAndFollowsItsType) {
  Metrics metrics;
  metrics.ObserveRequest("GET", "/", 200, 1ms);
  metrics.ObserveRequest("DELETE", "/enheder/{id}", 204, 70ms);
  metrics.ConnectionOpened();
  const std::string text = metrics.RenderPrometheus(kIdlePool);
  std::set<std::string> typed;
  for (const std::string& line : Lines(text)) {
    if (line.rfind("# HELP ", 0) == 0) continue;
    if (line.rfind("# TYPE ", 0) == 0) {
      const std::size_t space = line.find(' ', 7);
      ASSERT_NE(space, std::string::npos) << line;
      const std::string type = line.substr(space + 1);
      EXPECT_TRUE(type == "counter" || type == "gauge" || type == "histogram") << line;
      EXPECT_TRUE(typed.insert(line.substr(7, space - 7)).second) << "family typed twice: " << line;
      continue;
    }
    const std::optional<std::string> name = ParseSampleLine(line);
    ASSERT_TRUE(name) << "malformed line: " << line;
    std::string family = *name;
    for (const std::string suffix : {"_bucket", "_sum", "_count"}) {
      const std::string base = family.substr(0, family.size() - std::min(family.size(), suffix.size()));
      if (family.ends_with(suffix) && typed.contains(base)) family = base;
    }
    EXPECT_TRUE(typed.contains(family)) << "sample before its TYPE line: " << line;
  }
}

TEST(Metrics, CountsEveryObservationFromManyThreads) {
  Metrics metrics;
  constexpr int kThreads = 8;
  constexpr int kPerThread = 5000;
  std::vector<std::thread> threads;
  std::atomic<bool> done{false};
  // A reader renders while the writers observe, as a scrape does under load.
  std::thread reader([&] {
    while (!done.load()) {
      const std::string text = metrics.RenderPrometheus(kIdlePool);
      ASSERT_THAT(text, HasSubstr("lp_process_start_time_seconds"));
    }
  });
  for (int t = 0; t < kThreads; ++t) {
    threads.emplace_back([&metrics, t] {
      const std::string route = t % 2 == 0 ? "/" : "/enheder/{id}";
      for (int i = 0; i < kPerThread; ++i) {
        metrics.ConnectionOpened();
        metrics.ObserveRequest("GET", route, 200, std::chrono::microseconds{i});
        metrics.ConnectionClosed();
      }
    });
  }
  for (std::thread& thread : threads) thread.join();
  done = true;
  reader.join();

  const std::string text = metrics.RenderPrometheus(kIdlePool);
  const std::string expected = std::to_string(kThreads / 2 * kPerThread);
  EXPECT_EQ(SampleValue(text, R"(lp_http_requests_total{method="GET",route="/",status="200"})"), expected);
  EXPECT_EQ(SampleValue(text, R"(lp_http_requests_total{method="GET",route="/enheder/{id}",status="200"})"), expected);
  EXPECT_EQ(SampleValue(text, R"(lp_http_request_duration_seconds_bucket{route="/",le="+Inf"})"), expected);
  EXPECT_EQ(SampleValue(text, "lp_http_connections_open"), "0");
}

}  // namespace
}  // namespace lp::web
