#include "web/platform/pages.hpp"

#include <cctype>

#include <array>
#include <boost/json.hpp>

#include "domain/platform/danish_format.hpp"
#include "web/platform/errors.hpp"

namespace lp::web {
namespace {

std::string JoinRoleLabels(const domain::User& user) {
  std::string labels;
  for (const auto role : user.roles) {
    if (!labels.empty()) labels += ", ";
    labels += domain::RoleLabel(role);
  }
  return labels;
}

}  // namespace

std::string_view SessionCookieName(bool secure) { return secure ? "__Host-lp_session" : "lp_session"; }

CookieOptions SessionCookieOptions(bool secure) { return {true, secure, SameSite::Lax, std::nullopt}; }

Response RedirectWithFlash(std::string location, std::string_view code, bool secure_cookies) {
  auto response = Response::Redirect(std::move(location));
  response.AddHeader("Set-Cookie", BuildSetCookie(kFlashCookieName, code, SessionCookieOptions(secure_cookies)));
  return response;
}

Pages::Pages(const TemplateEngine& templates, const StaticFiles& assets, const Shell& shell)
    : templates_(templates), assets_(assets), shell_(shell) {}

View Pages::Layout(RequestContext& context, std::string_view title) const {
  View layout;
  layout.Set("PAGE_TITLE", std::string(title));
  if (const auto* user = context.user()) {
    auto& signed_in = layout.AddSection("SIGNED_IN");
    signed_in.Set("USER_NAME", user->name);
    signed_in.Set("USER_ROLES", JoinRoleLabels(*user));
    if (context.request.path == "/min-profil") signed_in.Show("PROFILE_CURRENT");
    for (const auto& item : shell_.Navigation()) {
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
    if (const auto* flash = shell_.FindFlash(*context.flash_code)) {
      auto& section = layout.AddSection("FLASH");
      section.Set("FLASH_MESSAGE", std::string(flash->text));
      section.Set("FLASH_KIND", std::string(flash->kind));
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
