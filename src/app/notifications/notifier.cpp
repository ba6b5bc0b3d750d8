#include "app/notifications/notifier.hpp"

#include <utility>

#include "domain/platform/email.hpp"

namespace lp::app {

bool Notify(Transaction& tx, NewNotification notification, Repeat repeat, std::chrono::hours quiet) {
  notification.recipient = domain::NormalizeEmail(notification.recipient);
  if (!domain::IsPlausibleEmail(notification.recipient)) return false;
  auto& notifications = tx.Get<NotificationRepository>();
  if (repeat != Repeat::Always) {
    const auto last = notifications.LastAbout(notification.recipient, notification.topic);
    if (last && (repeat == Repeat::OncePerTopic || notification.created_at - *last < quiet)) return false;
  }
  notifications.Add(notification);
  return true;
}

}  // namespace lp::app
