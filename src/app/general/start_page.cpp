#include "app/general/start_page.hpp"

#include <algorithm>
#include <exception>
#include <functional>
#include <utility>

#include "domain/platform/danish_format.hpp"

namespace lp::app {

void StartPageService::Add(std::string module, StartContributor contributor) {
  contributors_.push_back({std::move(module), std::move(contributor)});
}

std::chrono::year_month_day StartPageService::Today() const { return domain::ToCopenhagenTime(clock_()).date; }

StartPage StartPageService::For(const OrganisationContext& context) const {
  StartPage page;
  const StartRequest request{context, Today()};
  for (const auto& entry : contributors_) {
    // A module's part is all or nothing: what it added before failing is taken out again.
    const auto tasks = page.tasks.size();
    const auto news = page.news.size();
    const bool had_chain = page.chain.has_value();
    try {
      entry.contribute(request, page);
    } catch (const std::exception& error) {
      page.tasks.resize(tasks);
      page.news.resize(news);
      if (!had_chain) page.chain.reset();
      page.unavailable.push_back({entry.module, error.what()});
    }
  }
  SortStartPage(page);
  return page;
}

void SortStartPage(StartPage& page) {
  std::stable_sort(page.tasks.begin(), page.tasks.end(), [](const StartTask& a, const StartTask& b) {
    if (a.overdue != b.overdue) return a.overdue;
    if (a.due.has_value() != b.due.has_value()) return a.due.has_value();
    return a.due.has_value() && *a.due < *b.due;
  });
  std::stable_sort(page.news.begin(), page.news.end(),
                   [](const StartNews& a, const StartNews& b) { return a.on > b.on; });
  if (page.news.size() > kMaxStartNews) page.news.resize(kMaxStartNews, StartNews{});
}

std::vector<const domain::Unit*> OwnUnits(const OrganisationContext& context) {
  const auto& organisation = context.organisation();
  std::vector<const domain::Unit*> units;
  if (context.viewer.person) {
    for (const auto& leadership : organisation.UnitsLedBy(*context.viewer.person)) {
      if (const auto* unit = organisation.FindUnit(leadership.unit); unit != nullptr && unit->active) {
        units.push_back(unit);
      }
    }
  }
  for (const auto id : context.viewer.delegated_units) {
    if (const auto* unit = organisation.FindUnit(id); unit != nullptr && unit->active) units.push_back(unit);
  }
  // FindUnit points into Units(), which is in tree order: the addresses sort in tree order.
  std::sort(units.begin(), units.end(), std::less<>());
  units.erase(std::unique(units.begin(), units.end()), units.end());
  return units;
}

}  // namespace lp::app
