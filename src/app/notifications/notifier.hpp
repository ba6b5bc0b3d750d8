#pragma once

// How a module tells people something (issue 16): inside its own transaction, so the notification
// commits or rolls back with the change that causes it (the outbox pattern). The notifications
// module delivers it: in the person's inbox at once, by mail as the person's preferences say.
//
//   Notify(tx, {recipient, domain::NotificationCategory::News, "oversaettelse:12:3", subject, body, link, now});
//
// `Repeat` keeps reminders state-aware and quiet: a module re-checks the state when a reminder is
// due and calls Notify only for those who have not acted; Repeat::OncePerTopic and Repeat::Reminder
// then drop what the person already got.
//
// A topic may name a stage of a thing, after a slash: "aktivering:aktivitet:12/snart:2026-12-10" is
// the thing "aktivering:aktivitet:12" at the stage "snart:2026-12-10". A reminder goes out once per
// stage, and not at all when the person got anything about the same thing within the quiet interval
// (ReminderSettings, LP_REMINDER_QUIET_HOURS): an activity moved twice in a day is one reminder.

#include <chrono>
#include <string>
#include <string_view>

#include "app/notifications/notification_repository.hpp"
#include "app/platform/transaction.hpp"

namespace lp::app {

enum class Repeat {
  Always,        // every call is a notification
  OncePerTopic,  // never twice about the same topic (a round that opened)
  Reminder,      // once per topic, and not within the quiet interval of anything about the same thing
};

// The thing a topic is about: the part before its first '/' (the whole topic when it has none).
std::string_view TopicThing(std::string_view topic);

// The operator's setting of the quiet interval (LP_REMINDER_QUIET_HOURS), built by the composition root.
struct ReminderSettings {
  std::chrono::hours quiet{domain::kDefaultReminderQuietHours};
};

// Adds the notification to the outbox unless `repeat` drops it; returns whether it was added. An
// empty or implausible recipient address is skipped (a person without e-mail in the HR data).
bool Notify(Transaction& tx, NewNotification notification, Repeat repeat = Repeat::Always,
            std::chrono::hours quiet = std::chrono::hours{domain::kDefaultReminderQuietHours});

}  // namespace lp::app
