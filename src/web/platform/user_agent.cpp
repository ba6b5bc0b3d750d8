#include "web/platform/user_agent.hpp"

#include <array>
#include <utility>

namespace lp::web {
namespace {

bool Contains(std::string_view text, std::string_view part) { return text.find(part) != std::string_view::npos; }

}  // namespace

std::string DescribeUserAgent(std::string_view agent) {
  // Order matters: Edge and Opera also say Chrome; Chrome also says Safari.
  constexpr std::array kBrowsers = {
      std::pair{"Edg/", "Edge"},      std::pair{"OPR/", "Opera"},     std::pair{"Firefox/", "Firefox"},
      std::pair{"Chrome/", "Chrome"}, std::pair{"Safari/", "Safari"}, std::pair{"curl/", "curl"},
  };
  // iPhone/iPad/Android before Mac/Linux: their agents mention those too.
  constexpr std::array kSystems = {
      std::pair{"iPhone", "iPhone"},   std::pair{"iPad", "iPad"},      std::pair{"Android", "Android"},
      std::pair{"Windows", "Windows"}, std::pair{"Mac OS X", "macOS"}, std::pair{"CrOS", "ChromeOS"},
      std::pair{"Linux", "Linux"},
  };
  std::string browser;
  for (const auto& [marker, name] : kBrowsers) {
    if (Contains(agent, marker)) {
      browser = name;
      break;
    }
  }
  std::string system;
  for (const auto& [marker, name] : kSystems) {
    if (Contains(agent, marker)) {
      system = name;
      break;
    }
  }
  if (browser.empty() && system.empty()) return "Ukendt browser";
  if (browser.empty()) return "Browser på " + system;
  if (system.empty()) return browser;
  return browser + " på " + system;
}

}  // namespace lp::web
