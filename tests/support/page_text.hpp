#pragma once

// Small helpers the HTTP tests share for reading pages and counting days.

#include <chrono>
#include <string>

namespace lp::testing {

// The first capture group of `pattern` in `body` ("" when it does not match): an href, a revision, a
// token taken from a page.
std::string FirstMatch(const std::string& body, const std::string& pattern);

// Today in Copenhagen (the portal's day) plus `days` (negative: before), so tests never age.
std::chrono::year_month_day DayFromToday(int days);

}  // namespace lp::testing
