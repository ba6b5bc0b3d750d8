#pragma once

#include <span>
#include <string>
#include <string_view>

#include "app/auth_service.hpp"
#include "app/import_service.hpp"
#include "app/organisation_service.hpp"
#include "app/store.hpp"
#include "app/translation_service.hpp"
#include "app/unit_delegate_service.hpp"
#include "web/context.hpp"
#include "web/router.hpp"
#include "web/static_files.hpp"
#include "web/view.hpp"

namespace lp::web {

// A main-navigation entry; shown to those the rule admits. Modules add theirs to kNavigation.
struct NavigationItem {
  std::string_view href;
  std::string_view label;
  std::string_view description;  // for the start page's overview of what the portal holds
  app::AccessRule access;
};

// Shared rendering for all page modules: the shell (layout.tpl) around a page template,
// and the Danish error pages (or JSON errors for /api/).
class Pages {
 public:
  Pages(const TemplateEngine& templates, const StaticFiles& assets);

  Response Render(RequestContext& context, std::string_view title, std::string_view content_template,
                  const View& content, int status = 200) const;
  Response Error(RequestContext& context, int status, std::string_view message = {}) const;

 private:
  View Layout(RequestContext& context, std::string_view title) const;

  const TemplateEngine& templates_;
  const StaticFiles& assets_;
};

// Dependencies that page modules need; one per process.
struct PageServices {
  app::Store& store;
  app::AuthService& auth;
  const Pages& pages;
  const StaticFiles& assets;
  bool secure_cookies;
  app::OrganisationService& organisation;
  app::ImportService& import;
  std::size_t max_upload_bytes;  // the HR import upload route's body limit
  app::TranslationService& translation;
  app::UnitDelegateService& delegates;
};

std::span<const NavigationItem> Navigation();

// The session cookie's name: __Host- prefixed behind TLS so no subdomain can set it.
std::string_view SessionCookieName(bool secure);
CookieOptions SessionCookieOptions(bool secure);

// The cookie that carries a one-time message code to the next page (read by the portal).
inline constexpr std::string_view kFlashCookieName = "lp_flash";

// Post/redirect/get with a one-time message: a 303 to `location` that shows the kFlashMessages entry
// `code` (add new codes there) on the next page.
Response RedirectWithFlash(std::string location, std::string_view code, bool secure_cookies);

// Page modules register their routes here (one function per module).
void RegisterAccountPages(Router& router, const PageServices& services);
void RegisterGeneralPages(Router& router, const PageServices& services);
void RegisterOrganisationPages(Router& router, const PageServices& services);
void RegisterImportPages(Router& router, const PageServices& services);
void RegisterTranslationPages(Router& router, const PageServices& services);

}  // namespace lp::web
