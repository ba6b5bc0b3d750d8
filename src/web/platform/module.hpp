#pragma once

#include <algorithm>
#include <span>
#include <string_view>
#include <utility>
#include <vector>

#include "app/platform/authorization.hpp"
#include "web/platform/router.hpp"

namespace lp::web {

// Where an entry of the navigation is offered. The main menu holds only the portal's parts, so it
// fits on one line on a laptop (DKFDS would otherwise fold the rest into a script-only "Mere" menu):
// the start page is the header's name link, the profile is linked by the user's name in the header,
// and the organisation's upkeep pages are linked from the organisation page.
enum class NavigationPlace { MainMenu, Elsewhere };

// A navigation entry of a module; shown to those the rule admits. Every entry but the start page is
// also on the start page's overview. Entries are listed by `order` (ties: in the order registered).
struct NavigationItem {
  std::string_view href;
  std::string_view label;
  std::string_view description;  // for the start page's overview of what the portal holds
  app::AccessRule access;
  NavigationPlace place = NavigationPlace::MainMenu;
  int order = 0;
};

// A one-time message shown on the page after a post/redirect/get (RedirectWithFlash). `code` travels
// in a cookie; modules register their own, prefixed with the module's name ("activation-plan-saved").
struct FlashMessage {
  std::string_view code;
  std::string_view kind;  // "success", "info"
  std::string_view text;
};

// What the modules add to the shared page shell: navigation entries and flash messages. Filled while
// the modules register, at start-up; read-only while serving.
class Shell {
 public:
  void AddNavigation(const NavigationItem& item) {
    navigation_.insert(
        std::upper_bound(navigation_.begin(), navigation_.end(), item,
                         [](const NavigationItem& a, const NavigationItem& b) { return a.order < b.order; }),
        item);
  }
  void AddFlash(const FlashMessage& message) { flash_.push_back(message); }

  std::span<const NavigationItem> Navigation() const { return navigation_; }
  const FlashMessage* FindFlash(std::string_view code) const {
    for (const auto& message : flash_) {
      if (message.code == code) return &message;
    }
    return nullptr;
  }

 private:
  std::vector<NavigationItem> navigation_;
  std::vector<FlashMessage> flash_;
};

struct PageServices;

// What a page module's registration function is given: the shared services and the places where it
// adds its routes and its entries of the shell. One function per module (web/<module>/<module>_pages.hpp),
// listed once in the composition root's module table (cli/modules.cpp).
struct PageModule {
  Router& router;
  Shell& shell;
  const PageServices& services;
};

using RegisterPages = void (*)(PageModule& module);

}  // namespace lp::web
