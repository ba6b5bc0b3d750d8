#pragma once

#include <algorithm>
#include <cstddef>
#include <optional>
#include <span>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "app/platform/authorization.hpp"
#include "app/platform/integration_auth.hpp"
#include "web/platform/context.hpp"
#include "web/platform/router.hpp"

namespace lp::app {
struct OrganisationContext;
class Services;
}  // namespace lp::app

namespace lp::domain {
struct Unit;
struct User;
}  // namespace lp::domain

namespace lp::web {

struct PageServices;

// What a module tells on a unit's page (/organisation/enheder/{id}, issue 15): a heading, a sentence
// on where the unit stands in the module's work, and links to the module's pages for the unit. The
// organisation module owns the page and shows the parts in the order their modules registered, so a
// module adds its own without the organisation module knowing it.
struct UnitPageLink {
  std::string label;
  std::string href;
};
struct UnitPagePart {
  std::string heading;
  std::string text;
  std::vector<UnitPageLink> links;
};
// Adds the module's parts for the unit as the viewer may see them (none when they may see nothing).
using UnitPageContributor = void (*)(const PageServices& services, const app::OrganisationContext& context,
                                     const domain::Unit& unit, std::vector<UnitPagePart>& parts);

// A link in the page header, beside "Min profil" (and in the phone menu): "Beskeder" with its count
// of unread messages (issue 16). A contributor is asked on every signed-in page view, so it must be
// cheap (one indexed query); it returns nothing to show no link.
struct HeaderLink {
  std::string href;
  std::string label;
  std::string icon;         // the DKFDS icon's id, e.g. "notifications"
  long long count = 0;      // shown as a badge when above zero
  std::string count_label;  // for screen readers after the count: "ulæste"
};
using HeaderLinkContributor = std::optional<HeaderLink> (*)(const app::Services& services, const domain::User& user);

// A part of the main menu. The portal's parts are grouped into five sections, decided once for all
// ten modules the leadership model needs, so the main menu stays short enough for one line on a
// laptop and needs no script (DKFDS folds overflowing entries into a "Mere" menu that only works with
// JavaScript). A section's entry links to its first part the user may open; on the pages of a section
// with several parts, a DKFDS side menu lists them.
//   Ledelsesgrundlaget   the regional foundation, the unit's translation, activation, dialogue tools
//                        (to come: the methodical compass, the meeting and collaboration structure)
//   Mål og opfølgning    follow-up (to come: goal pictures and indicators)
//   Lederudvikling       programmes (Min udvikling, the catalogue, HR's overview); to come: LUS, evaluations
//   Viden                (to come: the knowledge portal)
//   Organisationen       the organisation, Min ledelseskæde
// Search and notifications will live in the header, not in the menu.
struct NavigationSection {
  std::string_view label;
  int order = 0;
};
inline constexpr NavigationSection kFoundationSection{"Ledelsesgrundlaget", 10};
inline constexpr NavigationSection kGoalsSection{"Mål og opfølgning", 20};
inline constexpr NavigationSection kDevelopmentSection{"Lederudvikling", 30};
inline constexpr NavigationSection kKnowledgeSection{"Viden", 40};
inline constexpr NavigationSection kOrganisationSection{"Organisationen", 50};

// A navigation entry of a module; shown to those the rule admits. An entry with a section is a part
// of that section of the main menu; one without (the start page, the profile, the organisation's
// upkeep pages) is linked from elsewhere. Every entry but the start page is also on the start page's
// overview. Entries are listed by `order` (ties: in the order registered).
struct NavigationItem {
  std::string_view href;
  std::string_view label;
  std::string_view description;  // for the start page's overview of what the portal holds
  app::AccessRule access;
  const NavigationSection* section = nullptr;
  int order = 0;
  // Pages elsewhere that belong to this part, as path patterns where `*` stands for one segment
  // ("/organisation/enheder/*/plan": a unit's plan is part of Aktivering, not of Organisationen).
  std::span<const std::string_view> also_within = {};
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
  void AddUnitPageContributor(UnitPageContributor contributor) { unit_page_.push_back(contributor); }
  void AddHeaderLink(HeaderLinkContributor contributor) { header_links_.push_back(contributor); }

  std::span<const NavigationItem> Navigation() const { return navigation_; }
  const FlashMessage* FindFlash(std::string_view code) const {
    for (const auto& message : flash_) {
      if (message.code == code) return &message;
    }
    return nullptr;
  }
  std::span<const UnitPageContributor> UnitPageContributors() const { return unit_page_; }
  std::span<const HeaderLinkContributor> HeaderLinks() const { return header_links_; }

 private:
  std::vector<NavigationItem> navigation_;
  std::vector<FlashMessage> flash_;
  std::vector<UnitPageContributor> unit_page_;
  std::vector<HeaderLinkContributor> header_links_;
};

// A page handler: a named function of the module, given the shared services and the request.
using PageHandler = Response (*)(const PageServices& services, RequestContext& context);

// A handler of a route for other systems (PageModule::ApiGet, ApiPost): it is given the integration the
// request's bearer token belongs to, checked for the route's scope before it runs.
using IntegrationHandler = Response (*)(const PageServices& services, RequestContext& context,
                                        const app::AuthenticatedIntegration& integration);

// What a page module's registration function is given: the shared services and the places where it
// adds its routes and its entries of the shell. One function per module (web/<module>/<module>_pages.hpp),
// listed once in the composition root's module table (cli/modules.cpp).
struct PageModule {
  Router& router;
  Shell& shell;
  const PageServices& services;

  // One line per route: the method, the pattern, who may use it and the named handler.
  void Get(std::string pattern, app::AccessRule access, PageHandler handler) const {
    Add(Method::Get, std::move(pattern), access, handler);
  }
  void Post(std::string pattern, app::AccessRule access, PageHandler handler) const {
    Add(Method::Post, std::move(pattern), access, handler);
  }
  // A POST whose body may be larger (or must be smaller) than the server's limit: a file upload.
  void PostUpload(std::string pattern, app::AccessRule access, PageHandler handler, std::size_t max_body_bytes) const {
    Add(Method::Post, std::move(pattern), access, handler, max_body_bytes);
  }
  // A POST authorised by a signed token in its own address rather than by a session: a request from
  // outside the portal, such as a mail program's one-click unsubscribe (RFC 8058). It loads no session
  // and has no CSRF token to check, so the handler must verify the token before it changes anything.
  void PostSigned(std::string pattern, PageHandler handler) const {
    const PageServices* shared = &services;
    Route route{Method::Post, std::move(pattern), app::kPublic,
                [shared, handler](RequestContext& context) { return handler(*shared, context); }};
    route.session = SessionUse::Skip;
    router.Add(std::move(route));
  }
  // A route of the JSON API for other systems (a data warehouse), authenticated only by an integration
  // token carrying `scope` (Authorization: Bearer …; a code with static storage, e.g.
  // domain::IntegrationScopeCode(…)), never by a session: the portal reads no cookie for it, so there
  // is no CSRF check to pass and nothing a browser's cookies could lend it. Without a valid token it
  // answers 401 (or 403 for a token of another scope) with a JSON body before the handler runs. The
  // pattern must start with /api/. See docs/ARCHITECTURE.md, "Integrations and token-authenticated APIs".
  void ApiGet(std::string pattern, std::string_view scope, IntegrationHandler handler) const {
    AddIntegration(Method::Get, std::move(pattern), scope, handler, std::nullopt);
  }
  void ApiPost(std::string pattern, std::string_view scope, IntegrationHandler handler,
               std::optional<std::size_t> max_body_bytes = std::nullopt) const {
    AddIntegration(Method::Post, std::move(pattern), scope, handler, max_body_bytes);
  }

 private:
  void Add(Method method, std::string pattern, app::AccessRule access, PageHandler handler,
           std::optional<std::size_t> max_body_bytes = std::nullopt) const {
    const PageServices* shared = &services;  // lives as long as the portal, like the router
    Route route{method, std::move(pattern), access,
                [shared, handler](RequestContext& context) { return handler(*shared, context); }};
    route.max_body_bytes = max_body_bytes;
    router.Add(std::move(route));
  }
  void AddIntegration(Method method, std::string pattern, std::string_view scope, IntegrationHandler handler,
                      std::optional<std::size_t> max_body_bytes) const {
    if (!pattern.starts_with("/api/") || scope.empty()) {
      throw std::invalid_argument("an integration route needs an /api/ path and a scope: " + pattern);
    }
    const PageServices* shared = &services;
    Route route{method, std::move(pattern), app::ForIntegration(scope),
                [shared, handler](RequestContext& context) { return handler(*shared, context, *context.integration); }};
    route.max_body_bytes = max_body_bytes;
    router.Add(std::move(route));
  }
};

using RegisterPages = void (*)(PageModule& module);

}  // namespace lp::web
