#include "app/programmes/meetings_calendar.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <string>

#include "app/programmes/cohort_repository.hpp"
#include "app/programmes/team_repository.hpp"
#include "domain/platform/danish_format.hpp"

namespace lp::app {
namespace {

constexpr std::chrono::days kPast{92};

// The fields both kinds of meeting have, as an event.
template <typename Fields>
domain::CalendarEvent MeetingEvent(const Fields& fields) {
  domain::CalendarEvent event;
  event.summary = fields.theme;
  if (!fields.online_link.empty()) event.description = "Online: " + fields.online_link;
  event.location = fields.place.empty() ? fields.online_link : fields.place;
  event.starts = domain::CopenhagenWallClock(fields.starts_at);
  event.ends = domain::CopenhagenWallClock(fields.ends_at);
  return event;
}

}  // namespace

void AddMeetingCalendarEvents(Store& store, const OrganisationContext& context, std::chrono::year_month_day today,
                              std::vector<domain::CalendarEvent>& events) {
  const auto* me = context.me();
  if (me == nullptr) return;
  const auto from = domain::CopenhagenMidnight(std::chrono::year_month_day{std::chrono::sys_days{today} - kPast});
  store.Read([&](Transaction& tx) {
    auto& teams = tx.Get<ProgrammeTeamRepository>();
    for (const auto& team : teams.TeamsOfPerson(me->id)) {
      if (team.status != TeamStatus::Active && team.status != TeamStatus::Completed) continue;
      const bool member = std::any_of(team.members.begin(), team.members.end(),
                                      [&](const TeamMember& m) { return m.person == me->id && !m.left_on; });
      if (!member) continue;
      for (const auto& meeting : teams.MeetingsOfTeam(team.id)) {
        if (from && meeting.fields.starts_at < *from) continue;
        auto event = MeetingEvent(meeting.fields);
        event.uid = fmt::format("rejsefaeller-moede-{}@ledelsesportalen", meeting.id);
        event.sequence = meeting.revision;
        event.cancelled = meeting.status == TeamMeetingStatus::Cancelled;
        event.description = fmt::format("Rejsefæller: møde i {}.{}{}", team.name, event.description.empty() ? "" : "\n",
                                        event.description);
        event.url = fmt::format("/udvikling/hold/{}", team.id);
        event.stamp = meeting.updated_at;
        events.push_back(std::move(event));
      }
    }
    auto& cohorts = tx.Get<CohortRepository>();
    for (const auto& application : cohorts.ApplicationsOfPerson(me->id)) {
      if (application.status != CohortApplicationStatus::Admitted) continue;
      const auto cohort = cohorts.FindCohort(application.cohort);
      if (!cohort) continue;
      for (const auto& meeting : cohorts.MeetingsOf(cohort->id)) {
        if (from && meeting.fields.starts_at < *from) continue;
        auto event = MeetingEvent(meeting.fields);
        event.uid = fmt::format("globetrotter-moede-{}@ledelsesportalen", meeting.id);
        // A cohort's meetings have no revision of their own: the cohort's stands for them.
        event.sequence = cohort->revision;
        event.description = fmt::format("Globetrotter: møde på holdet {}.{}{}", cohort->fields.name,
                                        event.description.empty() ? "" : "\n", event.description);
        event.url = fmt::format("/udvikling/kohorter/{}", cohort->id);
        event.stamp = cohort->updated_at;
        events.push_back(std::move(event));
      }
    }
    return 0;
  });
}

}  // namespace lp::app
