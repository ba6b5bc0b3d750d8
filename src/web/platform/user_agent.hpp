#pragma once

#include <string>
#include <string_view>

namespace lp::web {

// A short Danish description of a browser's User-Agent for people ("Firefox på Windows"),
// so the profile's session list is readable. Unknown agents become "Ukendt browser".
std::string DescribeUserAgent(std::string_view user_agent);

}  // namespace lp::web
