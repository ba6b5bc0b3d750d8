#pragma once

// The activation's dated things in a person's calendar feed (issue 16): the plan deadline of each round
// for those who make plans, and the activities they are responsible for.

#include <chrono>
#include <vector>

#include "app/activation/activation_repository.hpp"
#include "app/organisation/organisation_service.hpp"
#include "app/platform/store.hpp"
#include "domain/notifications/icalendar.hpp"

namespace lp::app {

void AddActivationCalendarEvents(Store& store, const OrganisationContext& context, std::chrono::year_month_day today,
                                 std::vector<domain::CalendarEvent>& events);

// One activity as a calendar event (the feed, and its own .ics download).
domain::CalendarEvent ActivityEvent(const PlanActivity& activity, const domain::Unit& unit, long long round);

}  // namespace lp::app
