#pragma once

#include <cstddef>
#include <functional>
#include <span>
#include <string>
#include <string_view>

#include "app/account/auth_service.hpp"
#include "app/activation/activation_service.hpp"
#include "app/dialogue/dialogue_service.hpp"
#include "app/followup/followup_service.hpp"
#include "app/foundation/foundation_service.hpp"
#include "app/organisation/import_service.hpp"
#include "app/organisation/organisation_service.hpp"
#include "app/organisation/unit_delegate_service.hpp"
#include "app/platform/store.hpp"
#include "app/translation/translation_service.hpp"
#include "web/platform/context.hpp"
#include "web/platform/router.hpp"
#include "web/platform/static_files.hpp"
#include "web/platform/view.hpp"

namespace lp::web {

// Where an entry of kNavigation is offered. The main menu holds only the portal's parts, so it
// fits on one line on a laptop (DKFDS would otherwise fold the rest into a script-only "Mere" menu):
// the start page is the header's name link, the profile is linked by the user's name in the header,
// and the organisation's upkeep pages are linked from the organisation page.
enum class NavigationPlace { MainMenu, Elsewhere };

// A navigation entry; shown to those the rule admits. Modules add theirs to kNavigation. Every
// entry but the start page is also on the start page's overview.
struct NavigationItem {
  std::string_view href;
  std::string_view label;
  std::string_view description;  // for the start page's overview of what the portal holds
  app::AccessRule access;
  NavigationPlace place = NavigationPlace::MainMenu;
};

// Shared rendering for all page modules: the shell (layout.tpl) around a page template,
// and the Danish error pages (or JSON errors for /api/).
class Pages {
 public:
  Pages(const TemplateEngine& templates, const StaticFiles& assets);

  Response Render(RequestContext& context, std::string_view title, std::string_view content_template,
                  const View& content, int status = 200) const;
  Response Error(RequestContext& context, int status, std::string_view message = {}) const;
  // A page without the portal's header, menu and footer, for a meeting-room screen (the dialogue
  // sessions' card view): presentation.tpl around the page template.
  Response RenderPresentation(RequestContext& context, std::string_view title, std::string_view content_template,
                              const View& content) const;

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
  app::FoundationService& foundation;
  app::DialogueService& dialogue;
  app::ActivationService& activation;
  app::TranslationService& translation;
  app::UnitDelegateService& delegates;
  app::FollowUpService& followup;
};

std::span<const NavigationItem> Navigation();

// Shows a form's validation errors the way every form template expects them: the ERROR_SUMMARY
// section with one ERROR_ITEM (FIELD_ID, MESSAGE) per field, and for each field a section named after
// it in capitals with '-' as '_' ("planned_on" -> PLANNED_ON_ERROR, "theme-2-title" ->
// THEME_2_TITLE_ERROR) holding its MESSAGE. An error without field errors (a conflict, say) becomes
// the FORM_ERROR section with its MESSAGE.
void ShowFormErrors(View& content, const app::Error& error);

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

// Post/redirect/get with a one-time message: a 303 to `location` that shows the kFlashMessages entry
// `code` (add new codes there) on the next page.
Response RedirectWithFlash(std::string location, std::string_view code, bool secure_cookies);

// Page modules register their routes here (one function per module).
void RegisterAccountPages(Router& router, const PageServices& services);
void RegisterGeneralPages(Router& router, const PageServices& services);
void RegisterOrganisationPages(Router& router, const PageServices& services);
void RegisterImportPages(Router& router, const PageServices& services);
void RegisterFoundationPages(Router& router, const PageServices& services);
void RegisterDialoguePages(Router& router, const PageServices& services);
void RegisterActivationPages(Router& router, const PageServices& services);
void RegisterTranslationPages(Router& router, const PageServices& services);
void RegisterFollowUpPages(Router& router, const PageServices& services);

}  // namespace lp::web
