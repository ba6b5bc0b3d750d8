#include "app/notifications/notifier.hpp"

#include <string>
#include <utility>

#include "domain/platform/email.hpp"

namespace lp::app {

std::string_view TopicThing(std::string_view topic) { return topic.substr(0, topic.find('/')); }

bool Notify(Transaction& tx, NewNotification notification, Repeat repeat, std::chrono::hours quiet) {
  notification.recipient = domain::NormalizeEmail(notification.recipient);
  if (!domain::IsPlausibleEmail(notification.recipient)) return false;
  auto& notifications = tx.Get<NotificationRepository>();
  if (repeat != Repeat::Always && notifications.LastAbout(notification.recipient, notification.topic)) return false;
  if (repeat == Repeat::Reminder) {
    const auto last = notifications.LastAboutThing(notification.recipient, std::string(TopicThing(notification.topic)));
    if (last && notification.created_at - *last < quiet) return false;
  }
  notifications.Add(notification);
  return true;
}

}  // namespace lp::app
