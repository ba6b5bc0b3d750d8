#include "app/activation/activation_calendar.hpp"

#include <fmt/format.h>

#include "app/activation/activation_repository.hpp"
#include "app/general/start_page.hpp"
#include "domain/activation/activation.hpp"
#include "domain/platform/danish_format.hpp"

namespace lp::app {
namespace {

// What the feed shows of the past: the last three months.
constexpr std::chrono::days kPast{92};

}  // namespace

domain::CalendarEvent ActivityEvent(const PlanActivity& activity, const domain::Unit& unit, long long round) {
  domain::CalendarEvent event;
  event.uid = fmt::format("aktivitet-{}@ledelsesportalen", activity.id);
  event.sequence = static_cast<int>(activity.revision);
  event.cancelled = activity.status == domain::ActivityStatus::Cancelled;
  event.summary = activity.fields.title;
  event.description =
      fmt::format("{} i aktiveringsplanen for {}.", domain::ActivityKindLabel(activity.fields.kind), unit.name);
  if (!activity.fields.participants.empty()) event.description += "\nDeltagere: " + activity.fields.participants;
  if (event.cancelled && !activity.cancellation_reason.empty()) {
    event.description += "\nAflyst: " + activity.cancellation_reason;
  }
  event.url = fmt::format("/organisation/enheder/{}/plan?runde={}", unit.id, round);
  event.day = activity.fields.planned_on;
  event.stamp = activity.updated_at;
  return event;
}

void AddActivationCalendarEvents(Store& store, const OrganisationContext& context, std::chrono::year_month_day today,
                                 std::vector<domain::CalendarEvent>& events) {
  const auto& organisation = context.organisation();
  const auto own = OwnUnits(context);
  const auto* me = context.me();
  const std::chrono::year_month_day from{std::chrono::sys_days{today} - kPast};
  store.Read([&](Transaction& tx) {
    auto& activation = tx.Get<ActivationRepository>();
    if (!own.empty()) {
      for (const auto& round : activation.ListRounds()) {
        if (round.fields.plan_deadline < from) continue;
        domain::CalendarEvent event;
        event.uid = fmt::format("aktivering-runde-{}-frist@ledelsesportalen", round.id);
        event.sequence = static_cast<int>(round.revision);
        event.summary = "Frist for aktiveringsplaner: " + round.fields.name;
        event.description =
            fmt::format("Planerne for dine enheder i aktiveringsrunden „{}“ skal være klar i dag.", round.fields.name);
        event.url = fmt::format("/aktivering/mine-enheder?runde={}", round.id);
        event.day = round.fields.plan_deadline;
        event.stamp = round.updated_at;
        events.push_back(std::move(event));
      }
    }
    if (me != nullptr) {
      for (const auto& placed : activation.ActivitiesOfResponsible(me->id, from)) {
        const auto* unit = organisation.FindUnit(placed.unit);
        if (unit != nullptr) events.push_back(ActivityEvent(placed.activity, *unit, placed.round));
      }
    }
    return 0;
  });
}

}  // namespace lp::app
