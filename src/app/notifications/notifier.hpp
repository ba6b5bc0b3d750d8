#pragma once

// How a module tells people something (issue 16): inside its own transaction, so the notification
// commits or rolls back with the change that causes it (the outbox pattern). The notifications
// module delivers it: in the person's inbox at once, by mail as the person's preferences say.
//
//   Notify(tx, {recipient, domain::NotificationCategory::News, "oversaettelse:12:3", subject, body, link, now});
//
// `Repeat` keeps reminders state-aware and quiet: a module re-checks the state when a reminder is
// due and calls Notify only for those who have not acted; Repeat::OncePerTopic and
// Repeat::QuietInterval then drop what the person already got.

#include <chrono>
#include <string>

#include "app/notifications/notification_repository.hpp"
#include "app/platform/transaction.hpp"

namespace lp::app {

enum class Repeat {
  Always,         // every call is a notification
  OncePerTopic,   // never twice about the same topic (a round that opened)
  QuietInterval,  // not again about the same topic within the quiet interval (a reminder)
};

// Adds the notification to the outbox unless `repeat` drops it; returns whether it was added. An
// empty or implausible recipient address is skipped (a person without e-mail in the HR data).
bool Notify(Transaction& tx, NewNotification notification, Repeat repeat = Repeat::Always,
            std::chrono::hours quiet = std::chrono::hours{domain::kDefaultReminderQuietHours});

}  // namespace lp::app
