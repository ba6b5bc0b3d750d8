#pragma once

// The dialogue sessions in a person's calendar feed (issue 16): the sessions of the units the person
// leads or is a delegate for (those who plan and hold them), from three months back. A session is a
// day (it has no time of day); its SEQUENCE is its revision, so a moved date updates the event.

#include <chrono>
#include <vector>

#include "app/dialogue/dialogue_repository.hpp"
#include "app/organisation/organisation_service.hpp"
#include "app/platform/store.hpp"
#include "domain/notifications/icalendar.hpp"

namespace lp::app {

void AddDialogueCalendarEvents(Store& store, const OrganisationContext& context, std::chrono::year_month_day today,
                               std::vector<domain::CalendarEvent>& events);

// One session as a calendar event (the feed, and its own .ics download).
domain::CalendarEvent SessionEvent(const DialogueSessionSummary& session, const domain::Unit& unit);
domain::CalendarEvent SessionEvent(const DialogueSession& session, const domain::Unit& unit);

}  // namespace lp::app
