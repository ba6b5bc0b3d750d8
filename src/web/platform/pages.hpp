#pragma once

#include <cstddef>
#include <functional>
#include <span>
#include <string>
#include <string_view>

#include "app/platform/services.hpp"
#include "app/platform/store.hpp"
#include "web/platform/context.hpp"
#include "web/platform/module.hpp"
#include "web/platform/router.hpp"
#include "web/platform/static_files.hpp"
#include "web/platform/view.hpp"

namespace lp::web {

// Shared rendering for all page modules: the shell (layout.tpl) around a page template,
// and the Danish error pages (or JSON errors for /api/).
class Pages {
 public:
  Pages(const TemplateEngine& templates, const StaticFiles& assets, const Shell& shell, const app::Services& services);

  // Every module's navigation entries, in menu order.
  std::span<const NavigationItem> Navigation() const { return shell_.Navigation(); }
  std::span<const UnitPageContributor> UnitPageContributors() const { return shell_.UnitPageContributors(); }

  Response Render(RequestContext& context, std::string_view title, std::string_view content_template,
                  const View& content, int status = 200) const;
  Response Error(RequestContext& context, int status, std::string_view message = {}) const;
  // A page without the portal's header, menu and footer, for a meeting-room screen (the dialogue
  // sessions' card view): presentation.tpl around the page template.
  Response RenderPresentation(RequestContext& context, std::string_view title, std::string_view content_template,
                              const View& content, int status = 200) const;

 private:
  View Layout(RequestContext& context, std::string_view title) const;
  // The main menu (one entry per section) and, inside a section of several parts, its side menu.
  void AddMainMenu(View& layout, const domain::User& user, std::string_view path) const;

  const TemplateEngine& templates_;
  const StaticFiles& assets_;
  const Shell& shell_;
  const app::Services& services_;
};

// What every page module may use; one per process. A module's own application services come from
// `Get<T>()` (built by the composition root, see app::Services).
struct PageServices {
  app::Store& store;
  const app::Services& services;
  const Pages& pages;
  const StaticFiles& assets;
  bool secure_cookies;
  std::size_t max_upload_bytes;  // the HR import upload route's body limit

  template <typename T>
  T& Get() const {
    return services.Get<T>();
  }
};

// The pager below a paged list: templates/partials/pager.tpl at the {{>PAGER}} include of `view`,
// "Side p af n" with links to the neighbouring pages (`href(n)` is page n's address), labelled
// `label` for screen readers. Nothing when there is only one page.
void AddPager(View& view, std::string_view label, std::size_t page, std::size_t pages,
              const std::function<std::string(std::size_t)>& href);

// The session cookie's name: __Host- prefixed behind TLS so no subdomain can set it.
std::string_view SessionCookieName(bool secure);
CookieOptions SessionCookieOptions(bool secure);

// The cookie that carries a one-time message code to the next page (read by the portal).
inline constexpr std::string_view kFlashCookieName = "lp_flash";

// Post/redirect/get with a one-time message: a 303 to `location` that shows the flash message `code`
// (registered by the module with Shell::AddFlash) on the next page.
Response RedirectWithFlash(std::string location, std::string_view code, bool secure_cookies);

}  // namespace lp::web
