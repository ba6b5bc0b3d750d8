#include "web/platform/pages.hpp"

#include <cctype>

#include <array>
#include <boost/json.hpp>

#include "domain/platform/danish_format.hpp"
#include "web/platform/errors.hpp"

namespace lp::web {
namespace {

constexpr std::array kNavigation = {
    NavigationItem{"/", "Forside", "Overblik over portalen og den midtjyske ledelsesmodel.", app::kSignedIn,
                   NavigationPlace::Elsewhere},
    NavigationItem{"/ledelsesgrundlag", "Ledelsesgrundlaget",
                   "Regionens tre værdier, de fire forventninger til god ledelse, den tredobbelte ledelsesopgave – og "
                   "hvad det betyder for dig.",
                   app::kSignedIn},
    NavigationItem{"/vores-oversaettelse", "Vores oversættelse",
                   "Din enheds lokale oversættelse af ledelsesgrundlaget: de temaer, I arbejder efter.",
                   app::kSignedIn},
    NavigationItem{"/aktivering", "Aktivering",
                   "Aktiveringsrunderne for ledelsesgrundlaget, enhedernes lokale planer og aktiviteter, og hvilke "
                   "planer og aktiviteter der mangler i dine enheder.",
                   app::kSignedIn},
    NavigationItem{"/opfoelgning", "Opfølgning",
                   "Oversættelser, planer, aktiviteter og MED-drøftelser i alle de enheder, du følger op på.",
                   app::Requires(app::Permission::ViewFollowUp)},
    NavigationItem{"/dialog", "Dialogværktøjer",
                   "Spørgsmålskort og cases om værdierne og forventningerne, og dialogsessioner i jeres enhed.",
                   app::kSignedIn},
    NavigationItem{"/organisation", "Organisationen", "Find enheder og personer, og se hvem der leder hvad i regionen.",
                   app::Requires(app::Permission::ViewOrganisation)},
    NavigationItem{"/min-ledelseskaede", "Min ledelseskæde",
                   "Dine ledere hele vejen op, og de enheder og ledere du har under dig.",
                   app::Requires(app::Permission::ViewOrganisation)},
    NavigationItem{"/min-profil", "Min profil",
                   "Dine oplysninger, dine roller og de computere og telefoner, du er logget ind på.",
                   app::Requires(app::Permission::ManageOwnSessions), NavigationPlace::Elsewhere},
    NavigationItem{"/organisation/datakontrol", "Datakontrol",
                   "Mangler i organisationsdata: enheder uden leder, huller i ledelseskæden og manglende e-mail.",
                   app::Requires(app::Permission::ViewDataCheck), NavigationPlace::Elsewhere},
    NavigationItem{"/organisation/import", "HR-import",
                   "Indlæs enheder og medarbejdere fra HR-systemets eksport, se ændringerne, før de gennemføres, og "
                   "se tidligere indlæsninger.",
                   app::Requires(app::Permission::ImportOrganisation), NavigationPlace::Elsewhere},
};

struct FlashMessage {
  std::string_view code;
  std::string_view kind;
  std::string_view text;
};
constexpr std::array kFlashMessages = {
    FlashMessage{"sessions-ended", "success", "Du er nu logget ud på alle dine andre enheder."},
    FlashMessage{"organisation-imported", "success",
                 "HR-importen er gennemført, og organisationen er opdateret. Kørslen står øverst i historikken."},
    FlashMessage{"foundation-draft-saved", "success",
                 "Kladden er gemt. Kun redaktører kan se den, indtil den bliver udgivet."},
    FlashMessage{"foundation-published", "success",
                 "Den nye version er udgivet og gælder nu for alle. Den tidligere version ligger under Versioner."},
    FlashMessage{"foundation-draft-discarded", "success", "Kladden er kasseret. Den gældende version er uændret."},
    FlashMessage{"dialogue-card-saved", "success", "Kortet er gemt i dialogbiblioteket."},
    FlashMessage{"dialogue-card-archived", "success",
                 "Kortet er arkiveret. Det kan ikke længere vælges til nye sessioner, men står stadig i de sessioner, "
                 "der har brugt det."},
    FlashMessage{"dialogue-card-restored", "success", "Kortet er gendannet og kan igen vælges til sessioner."},
    FlashMessage{"dialogue-session-created", "success",
                 "Dialogsessionen er oprettet. Når I holder den, kan du vise kortene i fuld skærm herfra."},
    FlashMessage{"dialogue-session-saved", "success", "Sessionens oplysninger er gemt."},
    FlashMessage{"dialogue-agreement-added", "success", "Aftalen er gemt."},
    FlashMessage{"dialogue-agreement-removed", "success", "Aftalen er fjernet."},
    FlashMessage{"dialogue-agreement-activity", "success",
                 "Aftalen er nu en aktivitet i enhedens plan. Marker den som gennemført her, når den er holdt."},
    FlashMessage{"activation-round-created", "success", "Aktiveringsrunden er oprettet."},
    FlashMessage{"activation-round-updated", "success", "Aktiveringsrunden er gemt."},
    FlashMessage{"activation-plan-created", "success",
                 "Planen er oprettet som kladde. Tilføj aktiviteterne, og godkend planen, når den er klar."},
    FlashMessage{"activation-plan-saved", "success", "Planens noter er gemt."},
    FlashMessage{"activation-plan-approved", "success", "Planen er godkendt."},
    FlashMessage{"activation-activity-created", "success", "Aktiviteten er tilføjet planen."},
    FlashMessage{"activation-activity-updated", "success", "Aktiviteten er gemt."},
    FlashMessage{"activation-activity-done", "success", "Aktiviteten er markeret som gennemført."},
    FlashMessage{"activation-activity-cancelled", "success", "Aktiviteten er aflyst."},
    FlashMessage{"translation-draft-saved", "success",
                 "Kladden er gemt. Den er ikke udgivet endnu, så kun de, der arbejder med oversættelsen, kan se den."},
    FlashMessage{"translation-published", "success",
                 "Oversættelsen er udgivet. Alle i enheden og enhederne under den kan nu læse den."},
    FlashMessage{"translation-med-recorded", "success", "MED-drøftelsen er registreret."},
    FlashMessage{"delegate-added", "success", "Stedfortræderen er tilføjet."},
    FlashMessage{"delegate-removed", "success", "Stedfortræderen er fjernet."},
};

std::string JoinRoleLabels(const domain::User& user) {
  std::string labels;
  for (const auto role : user.roles) {
    if (!labels.empty()) labels += ", ";
    labels += domain::RoleLabel(role);
  }
  return labels;
}

}  // namespace

std::span<const NavigationItem> Navigation() { return kNavigation; }

std::string_view SessionCookieName(bool secure) { return secure ? "__Host-lp_session" : "lp_session"; }

CookieOptions SessionCookieOptions(bool secure) { return {true, secure, SameSite::Lax, std::nullopt}; }

Response RedirectWithFlash(std::string location, std::string_view code, bool secure_cookies) {
  auto response = Response::Redirect(std::move(location));
  response.AddHeader("Set-Cookie", BuildSetCookie(kFlashCookieName, code, SessionCookieOptions(secure_cookies)));
  return response;
}

Pages::Pages(const TemplateEngine& templates, const StaticFiles& assets) : templates_(templates), assets_(assets) {}

View Pages::Layout(RequestContext& context, std::string_view title) const {
  View layout;
  layout.Set("PAGE_TITLE", std::string(title));
  if (const auto* user = context.user()) {
    auto& signed_in = layout.AddSection("SIGNED_IN");
    signed_in.Set("USER_NAME", user->name);
    signed_in.Set("USER_ROLES", JoinRoleLabels(*user));
    if (context.request.path == "/min-profil") signed_in.Show("PROFILE_CURRENT");
    for (const auto& item : kNavigation) {
      if (item.place != NavigationPlace::MainMenu || app::Authorize(user, item.access) != app::Decision::Allow) {
        continue;
      }
      auto& nav = layout.AddSection("NAV_ITEM");
      nav.Set("HREF", std::string(item.href));
      nav.Set("LABEL", std::string(item.label));
      // The entry of the part the page belongs to is marked; only its own page is the current one.
      const std::string_view path = context.request.path;
      if (path == item.href) {
        nav.Show("NAV_ACTIVE");
        nav.Show("NAV_CURRENT");
      } else if (item.href != "/" && path.starts_with(item.href) && path.substr(item.href.size()).starts_with('/')) {
        nav.Show("NAV_ACTIVE");
      }
    }
  } else {
    layout.Show("SIGNED_OUT");
  }
  if (context.flash_code) {
    for (const auto& flash : kFlashMessages) {
      if (flash.code != *context.flash_code) continue;
      auto& section = layout.AddSection("FLASH");
      section.Set("FLASH_MESSAGE", std::string(flash.text));
      section.Set("FLASH_KIND", std::string(flash.kind));
    }
  }
  return layout;
}

Response Pages::Render(RequestContext& context, std::string_view title, std::string_view content_template,
                       const View& content, int status) const {
  // Every template may link assets and post forms, so these two are global to layout and page.
  return Response::Html(
      status, templates_.RenderPage(content_template, Layout(context, title), content,
                                    {{"ASSET_VERSION", assets_.version()}, {"CSRF_TOKEN", context.csrf_token}}));
}

Response Pages::RenderPresentation(RequestContext& context, std::string_view title, std::string_view content_template,
                                   const View& content) const {
  View layout;
  layout.Set("PAGE_TITLE", std::string(title));
  return Response::Html(
      200, templates_.RenderPage(content_template, layout, content,
                                 {{"ASSET_VERSION", assets_.version()}, {"CSRF_TOKEN", context.csrf_token}},
                                 "platform/presentation.tpl"));
}

void ShowFormErrors(View& content, const app::Error& error) {
  if (error.field_errors.empty()) {
    content.AddSection("FORM_ERROR").Set("MESSAGE", error.message);
    return;
  }
  auto& summary = content.AddSection("ERROR_SUMMARY");
  for (const auto& field : error.field_errors) {
    auto& item = summary.AddSection("ERROR_ITEM");
    item.Set("FIELD_ID", field.field);
    item.Set("MESSAGE", field.message);
    std::string section;
    for (const char c : field.field) {
      section += c == '-' ? '_' : static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    }
    content.AddSection(section + "_ERROR").Set("MESSAGE", field.message);
  }
}

void AddPager(View& view, std::string_view label, std::size_t page, std::size_t pages,
              const std::function<std::string(std::size_t)>& href) {
  if (pages < 2) return;
  auto& pager = view.AddInclude("PAGER", "partials/pager.tpl");
  pager.Set("LABEL", std::string(label));
  pager.Set("PAGE", domain::FormatInteger(static_cast<long long>(page)));
  pager.Set("PAGES", domain::FormatInteger(static_cast<long long>(pages)));
  if (page > 1) pager.AddSection("PREVIOUS").Set("PREVIOUS_HREF", href(page - 1));
  if (page < pages) pager.AddSection("NEXT").Set("NEXT_HREF", href(page + 1));
}

Response Pages::Error(RequestContext& context, int status, std::string_view message) const {
  const auto text = DanishErrorText(status);
  const auto shown = message.empty() ? text.message : message;
  if (context.IsApi() || context.route_pattern == "/healthz") {
    boost::json::object body{
        {"error",
         boost::json::object{
             {"status", status}, {"title", text.heading}, {"message", shown}, {"request_id", context.request_id}}}};
    return Response::Json(status, boost::json::serialize(body));
  }
  View content;
  content.Set("STATUS", std::to_string(status));
  content.Set("HEADING", std::string(text.heading));
  content.Set("MESSAGE", std::string(shown));
  content.Set("REQUEST_ID", context.request_id);
  if (context.user() != nullptr) {
    content.Show("HOME_LINK");
  } else {
    content.Show("LOGIN_LINK");
  }
  return Render(context, text.heading, "platform/error.tpl", content, status);
}

}  // namespace lp::web
