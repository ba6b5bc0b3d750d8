#include "support/page_text.hpp"

#include <regex>

#include "app/platform/auth_service.hpp"
#include "domain/platform/danish_format.hpp"

namespace lp::testing {

std::string FirstMatch(const std::string& body, const std::string& pattern) {
  std::smatch match;
  if (!std::regex_search(body, match, std::regex(pattern))) return "";
  return match[1];
}

std::chrono::year_month_day DayFromToday(int days) {
  return std::chrono::year_month_day{std::chrono::sys_days{domain::ToCopenhagenTime(app::SystemNow()).date} +
                                     std::chrono::days{days}};
}

}  // namespace lp::testing
