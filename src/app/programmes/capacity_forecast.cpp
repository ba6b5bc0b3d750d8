#include "app/programmes/capacity_forecast.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <utility>

#include "app/platform/authorization.hpp"
#include "app/programmes/programme_service.hpp"
#include "app/programmes/programmes_access.hpp"
#include "domain/platform/danish_format.hpp"

namespace lp::app {
namespace {

// The kinds of session a forecast line can be about, in the order shown.
constexpr std::array kForecastKinds = {domain::ElementKind::CourseDay, domain::ElementKind::Sparring,
                                       domain::ElementKind::ShortCourse};

struct LineTotals {
  ForecastLine line;
  double demand = 0;
};

}  // namespace

bool ForecastsSessions(domain::ProgrammeKind kind) {
  return kind != domain::ProgrammeKind::Rejsefaeller && kind != domain::ProgrammeKind::Globetrotter;
}

CapacityForecastService::CapacityForecastService(Store& store, Clock clock) : store_(store), clock_(std::move(clock)) {}

Result<CapacityForecast> CapacityForecastService::Forecast(const domain::User& user) const {
  if (Authorize(&user, Requires(kViewProgrammeOverview)) != Decision::Allow) {
    return Forbidden("Kapacitetsprognosen er for HR, koncernledelsen og administratorer.");
  }
  const auto now = clock_();
  CapacityForecast forecast;
  forecast.from = domain::ToCopenhagenTime(now).date;
  forecast.until = forecast.from + std::chrono::months{kForecastMonths};
  if (!forecast.until.ok()) forecast.until = forecast.until.year() / forecast.until.month() / std::chrono::last;
  const auto window_end = domain::CopenhagenMidnight(forecast.until).value_or(now);
  const std::chrono::year_month first_month{forecast.from.year(), forecast.from.month()};
  const std::chrono::year_month last_month{forecast.until.year(), forecast.until.month()};

  store_.Read([&](Transaction& tx) {
    auto& repository = tx.Get<ProgrammeRepository>();
    // The sessions of the window, by programme.
    std::map<ProgrammeId, std::vector<ProgrammeSession>> sessions;
    for (auto& session : repository.SessionsBetween(now, window_end)) {
      if (session.status == SessionStatus::Planned) sessions[session.programme].push_back(std::move(session));
    }
    for (auto& programme : repository.Programmes()) {
      if (programme.archived_at || !ForecastsSessions(programme.fields.kind)) continue;
      std::map<domain::ElementKind, LineTotals> lines;
      for (const auto& session : sessions[programme.id]) {
        auto& line = lines[session.fields.kind].line;
        const auto day = domain::ToCopenhagenTime(session.fields.starts_at).date;
        const std::chrono::year_month month{day.year(), day.month()};
        ++line.sessions;
        line.seats += session.fields.capacity;
        line.free += std::max(0, session.fields.capacity - session.registered);
        line.waiting += session.waiting;
        auto it = std::find_if(line.months.begin(), line.months.end(),
                               [&](const ForecastMonth& m) { return m.month == month; });
        if (it == line.months.end()) it = line.months.insert(line.months.end(), ForecastMonth{month});
        ++it->sessions;
        it->seats += session.fields.capacity;
        it->taken += session.registered;
        it->waiting += session.waiting;
      }
      const auto tallies = repository.TalliesOfProgramme(programme.id, now);
      for (const auto& enrollment : repository.EnrollmentsOfProgramme(programme.id)) {
        if (enrollment.withdrawn_at || enrollment.exempt) continue;
        const auto status = StatusOfEnrollment(programme, enrollment, tallies, forecast.from);
        if (status.state == domain::ProgressState::Completed || status.state == domain::ProgressState::Exempt) {
          continue;
        }
        for (const auto& element : status.elements) {
          if (!domain::HasSessions(element.kind)) continue;
          const int remaining = std::max(0, element.required - element.done - element.booked);
          if (remaining == 0) continue;
          auto& totals = lines[element.kind];
          ++totals.line.participants;
          totals.line.remaining += remaining;
          if (enrollment.deadline && *enrollment.deadline < forecast.until) ++totals.line.due;
          totals.demand += domain::PacedDemand(remaining, enrollment.deadline, forecast.from, forecast.until);
        }
      }
      ForecastProgramme entry{std::move(programme), {}};
      for (const auto kind : kForecastKinds) {
        const auto it = lines.find(kind);
        if (it == lines.end()) continue;
        auto& totals = it->second;
        totals.line.kind = kind;
        // A hundredth is rounding noise from the pacing, not a seat.
        totals.line.demand = static_cast<int>(std::ceil(totals.demand - 0.01));
        // Every month of the window, also those without sessions, so gaps show.
        std::vector<ForecastMonth> months;
        for (auto month = first_month; month <= last_month; month += std::chrono::months{1}) {
          const auto found = std::find_if(totals.line.months.begin(), totals.line.months.end(),
                                          [&](const ForecastMonth& m) { return m.month == month; });
          months.push_back(found != totals.line.months.end() ? *found : ForecastMonth{month});
        }
        totals.line.months = std::move(months);
        // A kind nobody needs and nothing is planned for says nothing.
        if (totals.line.participants > 0 || totals.line.sessions > 0) entry.lines.push_back(std::move(totals.line));
      }
      if (!entry.lines.empty()) forecast.programmes.push_back(std::move(entry));
    }
    return 0;
  });
  return forecast;
}

}  // namespace lp::app
