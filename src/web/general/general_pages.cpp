// The start page (what the person must do, what is new for them, their chain's status; see
// app/general/start_page.hpp), the overview of the portal's parts, and the accessibility statement.
#include "web/general/general_pages.hpp"

#include <spdlog/spdlog.h>

#include "app/general/start_page.hpp"
#include "app/organisation/organisation_service.hpp"
#include "app/platform/auth_service.hpp"
#include "domain/platform/danish_format.hpp"
#include "web/platform/pages.hpp"

namespace lp::web {
namespace {

// The date the accessibility statement was last reviewed.
constexpr std::chrono::year_month_day kStatementDate{std::chrono::year{2026}, std::chrono::November,
                                                     std::chrono::day{23}};

void AddOverview(const PageServices& services, const domain::User& user, View& content) {
  for (const auto& item : services.pages.Navigation()) {
    if (item.href == "/" || app::Authorize(&user, item.access) != app::Decision::Allow) continue;
    auto& part = content.AddSection("MODULE");
    part.Set("HREF", std::string(item.href));
    part.Set("TITLE", std::string(item.label));
    part.Set("DESCRIPTION", std::string(item.description));
  }
}

void AddStartPage(const app::StartPage& page, View& content) {
  if (page.tasks.empty()) {
    content.Show("NO_TASKS");
  } else {
    auto& list = content.AddSection("TASKS");
    for (const auto& task : page.tasks) {
      auto& item = list.AddSection("TASK");
      item.Set("TITLE", task.title);
      item.Set("REASON", task.reason);
      item.Set("HREF", task.href);
      item.Set("ACTION", task.action);
      if (task.overdue) {
        item.AddSection("OVERDUE").Set("DUE", task.due ? domain::FormatDate(*task.due) : std::string());
      } else if (task.due) {
        item.AddSection("DUE").Set("DUE", domain::FormatDate(*task.due));
      }
    }
  }
  if (page.news.empty()) {
    content.Show("NO_NEWS");
  } else {
    auto& list = content.AddSection("NEWS");
    for (const auto& news : page.news) {
      auto& item = list.AddSection("NEWS_ITEM");
      item.Set("TITLE", news.title);
      item.Set("TEXT", news.text);
      item.Set("HREF", news.href);
      item.Set("ON", domain::FormatDate(news.on));
      item.Set("ON_ISO", domain::FormatIsoDate(news.on));
    }
  }
  if (page.chain) {
    auto& chain = content.AddSection("CHAIN");
    chain.Set("SCOPE", page.chain->scope);
    chain.Set("CHAIN_HREF", page.chain->href);
    for (const auto& figure : page.chain->figures) {
      auto& item = chain.AddSection("FIGURE");
      item.Set("COUNT", domain::FormatInteger(figure.count));
      item.Set("LABEL", figure.count == 1 ? figure.singular : figure.plural);
      item.Set("FIGURE_HREF", figure.href);
      if (figure.attention && figure.count > 0) item.Show("ATTENTION");
    }
  }
  if (!page.unavailable.empty()) {
    std::string modules;
    for (const auto& failure : page.unavailable) {
      if (!modules.empty()) modules += ", ";
      modules += failure.module;
    }
    content.AddSection("UNAVAILABLE").Set("MODULES", modules);
  }
}

Response RenderStart(const PageServices& services, RequestContext& context) {
  const auto& user = *context.user();
  View content;
  content.Set("USER_NAME", user.name);
  content.Set("TODAY", domain::FormatLongDate(app::SystemNow()));
  const auto organisation = services.Get<app::OrganisationService>().ForFoundation(user);
  const auto page = services.Get<app::StartPageService>().For(organisation);
  for (const auto& failure : page.unavailable) {
    spdlog::error("request {}: start page: {} unavailable: {}", context.request_id, failure.module, failure.error);
  }
  AddStartPage(page, content);
  if (organisation.me() == nullptr) content.Show("NO_PERSON");
  AddOverview(services, user, content);
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
