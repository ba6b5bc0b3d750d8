#pragma once

// The meetings of Rejsefæller teams and Globetrotter cohorts in their members' calendar feeds
// (issue 17), beside the programmes' sessions (programmes_calendar.hpp): a team's meetings for its
// members while the team is active or completed, a cohort's meetings for its admitted members, from
// three months back on.

#include <chrono>
#include <vector>

#include "app/notifications/calendar_service.hpp"
#include "app/platform/store.hpp"

namespace lp::app {

void AddMeetingCalendarEvents(Store& store, const OrganisationContext& context, std::chrono::year_month_day today,
                              std::vector<domain::CalendarEvent>& events);

}  // namespace lp::app
