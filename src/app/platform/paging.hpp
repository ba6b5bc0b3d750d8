#pragma once

// Paging of an in-memory list: which rows one page of a long table shows.
#include <algorithm>
#include <cstddef>

namespace lp::app {

// One page of `total` rows: the 1-based page asked for, clamped to the pages there are (at least
// one), and the rows [first, last) it holds.
struct PageSpan {
  std::size_t page = 1;
  std::size_t pages = 1;
  std::size_t first = 0;
  std::size_t last = 0;
};

inline PageSpan PageOf(std::size_t total, std::size_t requested, std::size_t page_size) {
  page_size = std::max<std::size_t>(page_size, 1);
  PageSpan span;
  span.pages = std::max<std::size_t>(1, (total + page_size - 1) / page_size);
  span.page = std::clamp<std::size_t>(requested, 1, span.pages);
  span.first = std::min(total, (span.page - 1) * page_size);
  span.last = std::min(total, span.first + page_size);
  return span;
}

}  // namespace lp::app
