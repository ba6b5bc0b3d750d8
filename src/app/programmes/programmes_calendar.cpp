#include "app/programmes/programmes_calendar.hpp"

#include <fmt/format.h>

#include <map>
#include <string>

#include "domain/platform/danish_format.hpp"

namespace lp::app {
namespace {

constexpr std::chrono::days kPast{92};

}  // namespace

domain::CalendarEvent ProgrammeSessionEvent(const ProgrammeSession& session, const std::string& programme_name,
                                            bool given_up) {
  domain::CalendarEvent event;
  event.uid = fmt::format("forloebssession-{}@ledelsesportalen", session.id);
  event.sequence = session.revision + (given_up ? 1 : 0);
  event.cancelled = given_up || session.status == SessionStatus::Cancelled;
  event.summary = session.fields.title;
  event.description = fmt::format("{} i {}.", domain::ElementKindLabel(session.fields.kind), programme_name);
  if (!session.fields.teacher.empty()) event.description += "\nUnderviser: " + session.fields.teacher;
  if (!session.fields.online_link.empty()) event.description += "\nOnline: " + session.fields.online_link;
  if (session.status == SessionStatus::Cancelled) event.description += "\nSessionen er aflyst.";
  event.location = session.fields.place.empty() ? session.fields.online_link : session.fields.place;
  event.url = fmt::format("/udvikling/sessioner/{}", session.id);
  event.starts = domain::CopenhagenWallClock(session.fields.starts_at);
  event.ends = domain::CopenhagenWallClock(session.fields.ends_at);
  event.stamp = session.updated_at;
  return event;
}

void AddProgrammeCalendarEvents(Store& store, const OrganisationContext& context, std::chrono::year_month_day today,
                                std::vector<domain::CalendarEvent>& events) {
  const auto* me = context.me();
  if (me == nullptr) return;
  const auto from = domain::CopenhagenMidnight(std::chrono::year_month_day{std::chrono::sys_days{today} - kPast});
  store.Read([&](Transaction& tx) {
    auto& repository = tx.Get<ProgrammeRepository>();
    std::map<ProgrammeId, std::string> names;
    // The latest registration per session decides (given up, then registered again: registered).
    std::map<ProgrammeSessionId, std::pair<Registration, ProgrammeSession>> latest;
    for (auto& [registration, session] : repository.RegistrationsOfPerson(me->id)) {
      if (registration.status == RegistrationStatus::Waitlisted) continue;
      if (from && session.fields.starts_at < *from) continue;
      auto& entry = latest[session.id];
      if (entry.first.id < registration.id) entry = {registration, session};
    }
    for (const auto& [id, entry] : latest) {
      const auto& [registration, session] = entry;
      auto& name = names[session.programme];
      if (name.empty()) {
        const auto programme = repository.FindProgramme(session.programme);
        name = programme ? programme->fields.name : std::string("forløbet");
      }
      events.push_back(ProgrammeSessionEvent(session, name, registration.status == RegistrationStatus::Cancelled));
    }
    return 0;
  });
}

}  // namespace lp::app
