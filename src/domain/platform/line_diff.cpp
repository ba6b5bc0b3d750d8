#include "domain/platform/line_diff.hpp"

#include <algorithm>
#include <unordered_map>

namespace lp::domain {
namespace {

// The lines as small integers, so that the search compares numbers, not strings.
struct Numbered {
  std::vector<int> before;
  std::vector<int> after;
};

Numbered Number(const std::vector<std::string_view>& before, const std::vector<std::string_view>& after) {
  std::unordered_map<std::string_view, int> ids;
  const auto id = [&](std::string_view line) { return ids.emplace(line, static_cast<int>(ids.size())).first->second; };
  Numbered numbered;
  numbered.before.reserve(before.size());
  numbered.after.reserve(after.size());
  for (const auto line : before) numbered.before.push_back(id(line));
  for (const auto line : after) numbered.after.push_back(id(line));
  return numbered;
}

enum class Step { Keep, Remove, Insert };

// Myers' greedy forward search with the furthest-reaching x per diagonal kept for every d (O(D²)
// memory), then walked back from the end. Empty when the distance exceeds `limit`.
std::vector<Step> ShortestScript(const std::vector<int>& a, const std::vector<int>& b, std::size_t limit,
                                 bool& within_limit) {
  const auto n = static_cast<long long>(a.size());
  const auto m = static_cast<long long>(b.size());
  const long long max_d = std::min(n + m, static_cast<long long>(limit));
  std::vector<long long> v(static_cast<std::size_t>(2 * max_d + 3), 0);
  const long long offset = max_d + 1;
  const auto at = [&](long long k) -> long long& { return v[static_cast<std::size_t>(k + offset)]; };
  std::vector<std::vector<long long>> trace;  // trace[d][k + d]: v after round d
  long long found_d = -1;
  for (long long d = 0; d <= max_d && found_d < 0; ++d) {
    for (long long k = -d; k <= d; k += 2) {
      long long x = (k == -d || (k != d && at(k - 1) < at(k + 1))) ? at(k + 1) : at(k - 1) + 1;
      long long y = x - k;
      while (x < n && y < m && a[static_cast<std::size_t>(x)] == b[static_cast<std::size_t>(y)]) {
        ++x;
        ++y;
      }
      at(k) = x;
      if (x >= n && y >= m) found_d = d;
    }
    trace.emplace_back(v.begin() + static_cast<std::ptrdiff_t>(offset - d),
                       v.begin() + static_cast<std::ptrdiff_t>(offset + d + 1));
  }
  within_limit = found_d >= 0;
  if (!within_limit) return {};

  std::vector<Step> steps;
  long long x = n;
  long long y = m;
  for (long long d = found_d; d > 0; --d) {
    const auto& previous = trace[static_cast<std::size_t>(d - 1)];
    const auto prev_at = [&](long long k) { return previous[static_cast<std::size_t>(k + d - 1)]; };
    const long long k = x - y;
    const bool down = k == -d || (k != d && prev_at(k - 1) < prev_at(k + 1));
    const long long prev_k = down ? k + 1 : k - 1;
    const long long prev_x = prev_at(prev_k);
    const long long prev_y = prev_x - prev_k;
    while (x > prev_x && y > prev_y) {
      steps.push_back(Step::Keep);
      --x;
      --y;
    }
    steps.push_back(down ? Step::Insert : Step::Remove);
    x = prev_x;
    y = prev_y;
  }
  while (x > 0 && y > 0) {
    steps.push_back(Step::Keep);
    --x;
    --y;
  }
  std::reverse(steps.begin(), steps.end());
  return steps;
}

}  // namespace

std::vector<std::string_view> SplitLines(std::string_view text) {
  std::vector<std::string_view> lines;
  while (!text.empty()) {
    const auto end = text.find('\n');
    auto line = text.substr(0, end);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    lines.push_back(line);
    if (end == std::string_view::npos) break;
    text.remove_prefix(end + 1);
  }
  return lines;
}

LineDiffResult LineDiff(std::string_view before, std::string_view after, std::size_t max_edit_distance) {
  const auto old_lines = SplitLines(before);
  const auto new_lines = SplitLines(after);
  // The common first and last lines cost nothing to find and are most of a typical edit.
  std::size_t prefix = 0;
  while (prefix < old_lines.size() && prefix < new_lines.size() && old_lines[prefix] == new_lines[prefix]) ++prefix;
  std::size_t suffix = 0;
  while (suffix < old_lines.size() - prefix && suffix < new_lines.size() - prefix &&
         old_lines[old_lines.size() - 1 - suffix] == new_lines[new_lines.size() - 1 - suffix]) {
    ++suffix;
  }
  const std::vector<std::string_view> old_middle(old_lines.begin() + static_cast<std::ptrdiff_t>(prefix),
                                                 old_lines.end() - static_cast<std::ptrdiff_t>(suffix));
  const std::vector<std::string_view> new_middle(new_lines.begin() + static_cast<std::ptrdiff_t>(prefix),
                                                 new_lines.end() - static_cast<std::ptrdiff_t>(suffix));
  const auto numbered = Number(old_middle, new_middle);
  bool within_limit = true;
  auto steps = ShortestScript(numbered.before, numbered.after, max_edit_distance, within_limit);
  if (!within_limit) {
    steps.assign(old_middle.size(), Step::Remove);
    steps.insert(steps.end(), new_middle.size(), Step::Insert);
  }
  // Within each run of changes, the removed lines first: easier to read, and still a valid script
  // because no unchanged line lies between them.
  for (auto run = steps.begin(); run != steps.end();) {
    if (*run == Step::Keep) {
      ++run;
      continue;
    }
    const auto end = std::find(run, steps.end(), Step::Keep);
    std::stable_partition(run, end, [](Step step) { return step == Step::Remove; });
    run = end;
  }

  LineDiffResult result;
  result.exact = within_limit;
  result.lines.reserve(prefix + suffix + steps.size());
  std::size_t old_index = 0;
  std::size_t new_index = 0;
  const auto keep = [&](std::string_view text) {
    ++old_index;
    ++new_index;
    result.lines.push_back({DiffKind::Unchanged, std::string(text), old_index, new_index});
  };
  for (std::size_t i = 0; i < prefix; ++i) keep(old_lines[i]);
  for (const auto step : steps) {
    switch (step) {
      case Step::Keep: keep(old_lines[old_index]); break;
      case Step::Remove:
        ++old_index;
        ++result.removed;
        result.lines.push_back({DiffKind::Removed, std::string(old_lines[old_index - 1]), old_index, 0});
        break;
      case Step::Insert:
        ++new_index;
        ++result.inserted;
        result.lines.push_back({DiffKind::Inserted, std::string(new_lines[new_index - 1]), 0, new_index});
        break;
    }
  }
  for (std::size_t i = 0; i < suffix; ++i) keep(old_lines[old_index]);
  return result;
}

}  // namespace lp::domain
