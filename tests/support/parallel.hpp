#pragma once

#include <cstddef>
#include <exception>
#include <latch>
#include <optional>
#include <thread>
#include <type_traits>
#include <vector>

namespace lp::test {

// Runs work(0) … work(n - 1) on n threads that all start at the same moment (each waits until every
// thread is ready), and returns what each returned, in order. For tests of races between writers.
// An exception thrown by a work is rethrown here once every thread has ended.
template <typename F>
auto RunTogether(std::size_t n, F work) {
  using R = std::invoke_result_t<F&, std::size_t>;
  std::vector<std::optional<R>> results(n);
  std::vector<std::exception_ptr> errors(n);
  std::latch ready(static_cast<std::ptrdiff_t>(n));
  {
    std::vector<std::jthread> threads;
    threads.reserve(n);
    for (std::size_t i = 0; i < n; ++i) {
      threads.emplace_back([&, i] {
        ready.arrive_and_wait();
        try {
          results[i].emplace(work(i));
        } catch (...) {
          errors[i] = std::current_exception();
        }
      });
    }
  }  // jthread joins
  for (const auto& error : errors) {
    if (error) std::rethrow_exception(error);
  }
  std::vector<R> out;
  out.reserve(n);
  for (auto& result : results) out.push_back(std::move(*result));
  return out;
}

}  // namespace lp::test
