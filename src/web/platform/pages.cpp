#include "web/platform/pages.hpp"

#include <algorithm>
#include <array>
#include <boost/json.hpp>
#include <vector>

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

// Whether `path` is the page `pattern` names or a page inside it; `*` in the pattern matches one
// path segment.
bool Within(std::string_view path, std::string_view pattern) {
  if (pattern == "/") return path == "/";
  while (!pattern.empty()) {
    if (!path.starts_with('/') || !pattern.starts_with('/')) return false;
    path.remove_prefix(1);
    pattern.remove_prefix(1);
    const auto path_end = std::min(path.find('/'), path.size());
    const auto pattern_end = std::min(pattern.find('/'), pattern.size());
    const auto segment = pattern.substr(0, pattern_end);
    if (segment != "*" ? segment != path.substr(0, path_end) : path_end == 0) return false;
    path.remove_prefix(path_end);
    pattern.remove_prefix(pattern_end);
  }
  return path.empty() || path.starts_with('/');
}

// How closely `item` claims `path`: the length of its longest matching pattern, or 0.
std::size_t Claim(std::string_view path, const NavigationItem& item) {
  std::size_t best = Within(path, item.href) ? item.href.size() : 0;
  for (const auto pattern : item.also_within) {
    if (Within(path, pattern)) best = std::max(best, pattern.size());
  }
  return best;
}

}  // namespace

void Pages::AddMainMenu(View& layout, const domain::User& user, std::string_view path) const {
  // The sections the user may open a part of, in menu order, each with its parts in order.
  struct Group {
    const NavigationSection* section;
    std::vector<const NavigationItem*> parts;
  };
  std::vector<Group> groups;
  for (const auto& item : shell_.Navigation()) {
    if (item.section == nullptr || app::Authorize(&user, item.access) != app::Decision::Allow) continue;
    auto group = std::find_if(groups.begin(), groups.end(), [&](const Group& g) { return g.section == item.section; });
    if (group == groups.end()) group = groups.insert(groups.end(), Group{item.section, {}});
    group->parts.push_back(&item);
  }
  std::stable_sort(groups.begin(), groups.end(),
                   [](const Group& a, const Group& b) { return a.section->order < b.section->order; });
  // The part the page lies in: the one that claims the path most closely, across all sections.
  const NavigationItem* inside = nullptr;
  std::size_t closest = 0;
  for (const auto& group : groups) {
    for (const auto* part : group.parts) {
      if (const auto claim = Claim(path, *part); claim > closest) {
        closest = claim;
        inside = part;
      }
    }
  }

  for (const auto& group : groups) {
    // A section's entry leads to its first part; it is marked on every page inside the section, and
    // only the first part's own page is the current one.
    const auto& first = *group.parts.front();
    auto& nav = layout.AddSection("NAV_ITEM");
    nav.Set("HREF", std::string(first.href));
    nav.Set("LABEL", std::string(group.section->label));
    if (std::find(group.parts.begin(), group.parts.end(), inside) == group.parts.end()) continue;
    nav.Show("NAV_ACTIVE");
    if (path == first.href) nav.Show("NAV_CURRENT");
    if (group.parts.size() < 2) continue;
    // The section's own menu: its parts, the one the page lies in marked (DKFDS side menu, no script).
    auto& side = layout.AddSection("SECTION_NAV");
    side.Set("SECTION_LABEL", std::string(group.section->label));
    for (const auto* part : group.parts) {
      auto& row = side.AddSection("SECTION_ITEM");
      row.Set("HREF", std::string(part->href));
      row.Set("LABEL", std::string(part->label));
      if (part == inside) row.Show("SECTION_ACTIVE");
      if (path == part->href) row.Show("SECTION_CURRENT");
    }
  }
}

std::string_view SessionCookieName(bool secure) { return secure ? "__Host-lp_session" : "lp_session"; }

CookieOptions SessionCookieOptions(bool secure) { return {true, secure, SameSite::Lax, std::nullopt}; }

Response RedirectWithFlash(std::string location, std::string_view code, bool secure_cookies) {
  auto response = Response::Redirect(std::move(location));
  response.AddHeader("Set-Cookie", BuildSetCookie(kFlashCookieName, code, SessionCookieOptions(secure_cookies)));
  return response;
}

Pages::Pages(const TemplateEngine& templates, const StaticFiles& assets, const Shell& shell,
             const app::Services& services)
    : templates_(templates), assets_(assets), shell_(shell), services_(services) {}

View Pages::Layout(RequestContext& context, std::string_view title) const {
  View layout;
  layout.Set("PAGE_TITLE", std::string(title));
  if (const auto* user = context.user()) {
    auto& signed_in = layout.AddSection("SIGNED_IN");
    signed_in.Set("USER_NAME", user->name);
    signed_in.Set("USER_ROLES", JoinRoleLabels(*user));
    if (context.request.path == "/min-profil") signed_in.Show("PROFILE_CURRENT");
    for (const auto contributor : shell_.HeaderLinks()) {
      const auto link = contributor(services_, *user);
      if (!link) continue;
      auto& row = signed_in.AddSection("HEADER_LINK");
      row.Set("HREF", link->href);
      row.Set("LABEL", link->label);
      row.Set("ICON", link->icon);
      if (Within(context.request.path, link->href)) row.Show("LINK_CURRENT");
      if (link->count > 0) {
        auto& count = row.AddSection("HAS_COUNT");
        count.Set("COUNT", domain::FormatInteger(link->count));
        count.Set("COUNT_LABEL", link->count_label);
      }
    }
    AddMainMenu(layout, *user, context.request.path);
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
                                   const View& content, int status) const {
  View layout;
  layout.Set("PAGE_TITLE", std::string(title));
  return Response::Html(
      status, templates_.RenderPage(content_template, layout, content,
                                    {{"ASSET_VERSION", assets_.version()}, {"CSRF_TOKEN", context.csrf_token}},
                                    "platform/presentation.tpl"));
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
    // "fejl" (the message alone) is what a client of the API for other systems reads; "error" the
    // details. Every /api/ error has both, whoever answers it (the portal, the route's handler).
    boost::json::object body{
        {"error",
         boost::json::object{
             {"status", status}, {"title", text.heading}, {"message", shown}, {"request_id", context.request_id}}},
        {"fejl", shown}};
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
