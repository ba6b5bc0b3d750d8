// The start page and the accessibility statement.
#include "web/general/general_pages.hpp"
#include "app/platform/auth_service.hpp"
#include "domain/platform/danish_format.hpp"
#include "web/platform/pages.hpp"

namespace lp::web {
namespace {

// The date the accessibility statement was last reviewed.
constexpr std::chrono::year_month_day kStatementDate{std::chrono::year{2026}, std::chrono::November,
                                                     std::chrono::day{23}};

Response RenderStart(const PageServices& services, RequestContext& context) {
  const auto& user = *context.user();
  View content;
  content.Set("USER_NAME", user.name);
  content.Set("TODAY", domain::FormatLongDate(app::SystemNow()));
  for (const auto& item : services.pages.Navigation()) {
    if (item.href == "/" || app::Authorize(&user, item.access) != app::Decision::Allow) continue;
    auto& part = content.AddSection("MODULE");
    part.Set("HREF", std::string(item.href));
    part.Set("TITLE", std::string(item.label));
    part.Set("DESCRIPTION", std::string(item.description));
  }
  for (const auto role : user.roles) {
    content.AddSection("ROLE").Set("LABEL", std::string(domain::RoleLabel(role)));
  }
  return services.pages.Render(context, "Forside", "general/start.tpl", content);
}

Response RenderAccessibility(const PageServices& services, RequestContext& context) {
  View content;
  content.Set("STATEMENT_DATE", domain::FormatDate(kStatementDate));
  return services.pages.Render(context, "Tilgængelighedserklæring", "general/accessibility.tpl", content);
}

}  // namespace

void RegisterGeneralPages(PageModule& module) {
  module.shell.AddNavigation(
      {"/", "Forside", "Overblik over portalen og den midtjyske ledelsesmodel.", app::kSignedIn, nullptr, 10});
  module.Get("/", app::kSignedIn, &RenderStart);
  module.Get("/tilgaengelighed", app::kPublic, &RenderAccessibility);
}

}  // namespace lp::web
