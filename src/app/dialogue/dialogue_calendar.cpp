#include "app/dialogue/dialogue_calendar.hpp"

#include <fmt/format.h>

#include "app/general/start_page.hpp"
#include "domain/platform/danish_format.hpp"

namespace lp::app {
namespace {

// What the feed shows of the past: the last three months (as the activation's).
constexpr std::chrono::days kPast{92};

}  // namespace

domain::CalendarEvent SessionEvent(const DialogueSessionSummary& session, const domain::Unit& unit) {
  domain::CalendarEvent event;
  event.uid = fmt::format("dialogsession-{}@ledelsesportalen", session.id);
  event.sequence = session.revision;
  event.summary = session.title;
  event.description = fmt::format("Dialogsession i {} med kort fra dialogbiblioteket.", unit.name);
  if (session.held_on) event.description += "\nAfholdt " + domain::FormatDate(*session.held_on) + ".";
  event.url = fmt::format("/dialog/sessioner/{}", session.id);
  event.day = session.held_on.value_or(session.planned_on);
  event.stamp = session.updated_at;
  return event;
}

domain::CalendarEvent SessionEvent(const DialogueSession& session, const domain::Unit& unit) {
  DialogueSessionSummary summary;
  summary.id = session.id;
  summary.unit = session.unit;
  summary.title = session.title;
  summary.planned_on = session.planned_on;
  summary.held_on = session.held_on;
  summary.revision = session.revision;
  summary.updated_at = session.updated_at;
  return SessionEvent(summary, unit);
}

void AddDialogueCalendarEvents(Store& store, const OrganisationContext& context, std::chrono::year_month_day today,
                               std::vector<domain::CalendarEvent>& events) {
  const auto own = OwnUnits(context);
  if (own.empty()) return;
  const std::chrono::year_month_day from{std::chrono::sys_days{today} - kPast};
  store.Read([&](Transaction& tx) {
    auto& dialogue = tx.Get<DialogueRepository>();
    for (const auto* unit : own) {
      for (const auto& session : dialogue.SessionsOfUnit(unit->id)) {  // the newest planned first
        if (session.planned_on < from && (!session.held_on || *session.held_on < from)) continue;
        events.push_back(SessionEvent(session, *unit));
      }
    }
    return 0;
  });
}

}  // namespace lp::app
