#pragma once

// The columns of a notification as both notification repositories read them.

#include <optional>
#include <string>
#include <string_view>

#include "app/notifications/notification_repository.hpp"
#include "storage/platform/rows.hpp"

namespace lp::storage {

inline constexpr std::string_view kSelectNotification =
    "SELECT id, recipient, category, topic, subject, body, link, created_at, read_at, delivery FROM notifications";

inline std::optional<app::NotificationDelivery> ParseDelivery(std::string_view code) {
  if (code == "afventer") return app::NotificationDelivery::Waiting;
  if (code == "mail") return app::NotificationDelivery::Mail;
  if (code == "samlet") return app::NotificationDelivery::Digest;
  if (code == "i-samlet-mail") return app::NotificationDelivery::SentInDigest;
  if (code == "kun-portalen") return app::NotificationDelivery::PortalOnly;
  return std::nullopt;
}

// The columns of kSelectNotification.
struct NotificationRow {
  long long id = 0;
  std::string recipient;
  std::string category;
  std::string topic;
  std::string subject;
  std::string body;
  std::string link;
  long long created_at = 0;
  Nullable<domain::Timestamp> read_at;
  std::string delivery;

  app::Notification ToNotification() const {
    app::Notification notification;
    notification.id = id;
    notification.recipient = recipient;
    notification.category = DecodeCode(category, "notifications.category", domain::ParseNotificationCategory);
    notification.topic = topic;
    notification.subject = subject;
    notification.body = body;
    notification.link = link;
    notification.created_at = domain::FromUnixSeconds(created_at);
    notification.read_at = read_at.Get();
    notification.delivery = DecodeCode(delivery, "notifications.delivery", ParseDelivery);
    return notification;
  }
};

inline void Into(soci::statement& statement, NotificationRow& row) {
  statement.exchange(soci::into(row.id));
  statement.exchange(soci::into(row.recipient));
  statement.exchange(soci::into(row.category));
  statement.exchange(soci::into(row.topic));
  statement.exchange(soci::into(row.subject));
  statement.exchange(soci::into(row.body));
  statement.exchange(soci::into(row.link));
  statement.exchange(soci::into(row.created_at));
  statement.exchange(IntoNullable(row.read_at));
  statement.exchange(soci::into(row.delivery));
}

}  // namespace lp::storage
