#pragma once

// Reminders before the meetings of Rejsefæller teams and Globetrotter cohorts (issue 17), as the
// sessions have them: in the kSessionReminderDays before a meeting, each member of an active team and
// each admitted member of a cohort is reminded once (Repeat::Reminder). Run by the job
// "forloeb-paamindelser" together with the sessions' reminders.

#include <chrono>
#include <string>

#include "app/organisation/organisation_service.hpp"
#include "app/platform/store.hpp"

namespace lp::app {

// Returns how many were sent ("2 påmindelser om møder").
std::string SendMeetingReminders(Store& store, OrganisationService& organisation, domain::Timestamp now,
                                 std::chrono::hours quiet);

}  // namespace lp::app
