#pragma once

// The programmes' sessions in a person's calendar feed (issue 17, through issue 16's CalendarService):
// every session the person holds a seat in, from three months back, as a timed event with place and
// online link; a cancelled session, or a seat given up, is kept with STATUS:CANCELLED so subscribed
// calendars remove it. SEQUENCE: the session's revision, raised once more when the seat is given up.

#include <chrono>
#include <vector>

#include "app/organisation/organisation_service.hpp"
#include "app/platform/store.hpp"
#include "app/programmes/programme_repository.hpp"
#include "domain/notifications/icalendar.hpp"

namespace lp::app {

void AddProgrammeCalendarEvents(Store& store, const OrganisationContext& context, std::chrono::year_month_day today,
                                std::vector<domain::CalendarEvent>& events);

// One session as a calendar event; `given_up`: the person's seat was cancelled.
domain::CalendarEvent ProgrammeSessionEvent(const ProgrammeSession& session, const std::string& programme_name,
                                            bool given_up);

}  // namespace lp::app
