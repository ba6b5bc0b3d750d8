// The organisers' capacity forecast (issue 17): for the coming half year, the seats the enrolled
// participants need against the free seats of the planned sessions, per programme and kind of session,
// with the sessions month by month.
#include "web/programmes/capacity_pages.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <string>

#include "app/programmes/capacity_forecast.hpp"
#include "app/programmes/programmes_access.hpp"
#include "domain/platform/danish_format.hpp"
#include "web/platform/errors.hpp"
#include "web/platform/pages.hpp"

namespace lp::web {
namespace {

std::string Seats(long long count) { return domain::CountOf(count, "plads", "pladser"); }

// "Mangler 12 pladser", "4 pladser i overskud", "Går op".
void AddBalance(View& row, int balance) {
  if (balance < 0) {
    row.Set("BALANCE", fmt::format("Mangler {}", Seats(-balance)));
    row.Set("BALANCE_CLASS", "badge-error");
  } else if (balance > 0) {
    row.Set("BALANCE", fmt::format("{} i overskud", Seats(balance)));
    row.Set("BALANCE_CLASS", "badge-success");
  } else {
    row.Set("BALANCE", "Går lige op");
    row.Set("BALANCE_CLASS", "badge-info");
  }
}

// "marts 2027".
std::string MonthText(std::chrono::year_month month) {
  return fmt::format("{} {}", domain::MonthName(month.month()), static_cast<int>(month.year()));
}

// "2 sessioner · 14 af 40 ledige · 3 på venteliste", "Ingen".
std::string MonthCell(const app::ForecastMonth& month) {
  if (month.sessions == 0) return "Ingen";
  std::string text = fmt::format("{} · {} af {} ledige", domain::CountOf(month.sessions, "session", "sessioner"),
                                 std::max(0, month.seats - month.taken), month.seats);
  if (month.waiting > 0) text += fmt::format(" · {} på venteliste", month.waiting);
  return text;
}

Response RenderForecast(const PageServices& services, RequestContext& context) {
  const auto forecast = services.Get<app::CapacityForecastService>().Forecast(*context.user());
  if (!forecast) return services.pages.Error(context, StatusFor(forecast.error().kind), forecast.error().message);
  View content;
  content.Set("FROM", domain::FormatDate(forecast->from));
  content.Set("UNTIL", domain::FormatDate(forecast->until));
  content.Set("UNDATED_MONTHS", std::to_string(domain::kUndatedPaceMonths));
  if (forecast->programmes.empty()) content.Show("NOTHING");
  for (const auto& entry : forecast->programmes) {
    auto& section = content.AddSection("PROGRAMME");
    section.Set("ID", std::to_string(entry.programme.id));
    section.Set("NAME", entry.programme.fields.name);
    section.Set("HREF", fmt::format("/udvikling/forloeb/{}", entry.programme.id));
    int shortage = 0;
    for (const auto& line : entry.lines) {
      auto& row = section.AddSection("LINE");
      row.Set("KIND", std::string(domain::ElementKindLabel(line.kind)));
      row.Set("PARTICIPANTS", std::to_string(line.participants));
      row.Set("REMAINING", std::to_string(line.remaining));
      row.Set("DEMAND", std::to_string(line.demand));
      row.Set("DUE", std::to_string(line.due));
      row.Set("SESSIONS", domain::CountOf(line.sessions, "session", "sessioner"));
      row.Show(line.sessions > 0 ? "PLANNED" : "NONE_PLANNED");
      if (line.waiting > 0) row.AddSection("WAITLIST").Set("TEXT", fmt::format("{} på venteliste", line.waiting));
      row.Set("SEATS", std::to_string(line.seats));
      row.Set("FREE", std::to_string(line.free));
      AddBalance(row, line.Balance());
      if (line.Balance() < 0) {
        ++shortage;
        // What the missing seats come to in sessions of the usual size (the average of those planned).
        const int per_session =
            line.sessions > 0 ? std::max(1, line.seats / line.sessions) : app::SessionFields{}.capacity;
        const int missing = -line.Balance();
        section.AddSection("ADVICE").Set(
            "TEXT", fmt::format("{}: der mangler {} i perioden. Med {} pr. session svarer det til {} mere.",
                                domain::ElementKindLabel(line.kind), Seats(missing), Seats(per_session),
                                domain::CountOf((missing + per_session - 1) / per_session, "session", "sessioner")));
      }
    }
    if (shortage == 0) section.Show("ENOUGH");
    // The months, one column per kind.
    for (const auto& line : entry.lines) {
      section.AddSection("KIND_HEADING").Set("KIND", std::string(domain::ElementKindLabel(line.kind)));
    }
    if (!entry.lines.empty()) {
      for (std::size_t m = 0; m < entry.lines.front().months.size(); ++m) {
        auto& row = section.AddSection("MONTH");
        row.Set("MONTH", MonthText(entry.lines.front().months[m].month));
        for (const auto& line : entry.lines) {
          auto& cell = row.AddSection("CELL");
          cell.Set("KIND", std::string(domain::ElementKindLabel(line.kind)));
          cell.Set("TEXT", MonthCell(line.months[m]));
        }
      }
    }
  }
  return services.pages.Render(context, "Kapacitetsprognose", "programmes/capacity.tpl", content);
}

}  // namespace

void RegisterCapacityPages(PageModule& module) {
  module.shell.AddNavigation({"/udvikling/kapacitet", "Kapacitetsprognose",
                              "Det næste halve år: pladser, som de tilmeldte mangler, over for ledige pladser på de "
                              "planlagte sessioner.",
                              app::Requires(app::kViewProgrammeOverview), &kDevelopmentSection, 40});
  module.Get("/udvikling/kapacitet", app::Requires(app::kViewProgrammeOverview), &RenderForecast);
}

}  // namespace lp::web
