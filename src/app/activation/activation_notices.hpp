#pragma once

// What the activation module tells people (issue 16), written in the transaction of the change.

#include <chrono>
#include <string>

#include "app/activation/activation_repository.hpp"
#include "app/platform/transaction.hpp"
#include "domain/notifications/notifications.hpp"
#include "domain/organisation/organisation.hpp"
#include "domain/platform/time.hpp"

namespace lp::app {

// A round has started (it was created or moved to start on or before today): every leader of a unit
// expected to make a plan (active, with an active leader) and without a plan in the round is told
// once, in one notification however many units they lead, with the deadline (category Deadlines).
// Nothing when the round starts later: the reminder job tells them on the day. Returns how many were
// told.
int NotifyRoundStarted(Transaction& tx, const domain::Organisation& organisation, RoundId round,
                       const RoundFields& fields, domain::Timestamp now);

// The daily reminders of the activation (job "aktivering-paamindelser"), each checked against the
// state when it runs, so nobody is reminded of what they have done:
// - a round that has started (also one that was created to start later): its start notice, once;
// - 14 days and again 3 days before the plan deadline: the leaders of the units that still have no
//   plan, once per stage;
// - an activity's responsible person, while it is still planned: once in the week before its date
//   (again if the date moves), and once a week while it is overdue.
// No two reminders about the same plan deadline or activity reach a person within `quiet`
// (Repeat::Reminder). Returns the run's result ("0 om en startet runde, 2 om planfristen, 1 om aktiviteter").
std::string SendActivationReminders(Transaction& tx, const domain::Organisation& organisation, domain::Timestamp now,
                                    std::chrono::hours quiet = std::chrono::hours{domain::kDefaultReminderQuietHours});

}  // namespace lp::app
