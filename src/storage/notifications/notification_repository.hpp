#pragma once

#include "app/notifications/notification_repository.hpp"
#include "storage/platform/transaction.hpp"

namespace lp::storage {

// app::NotificationRepository over SOCI (tables notifications, notification_preferences, migration 014).
class SociNotificationRepository final : public app::NotificationRepository {
 public:
  explicit SociNotificationRepository(UnitOfWork& unit) : unit_(unit) {}

  app::NotificationId Add(const app::NewNotification& notification) override;
  std::optional<domain::Timestamp> LastAbout(const std::string& recipient, const std::string& topic) override;
  std::optional<domain::Timestamp> LastAboutThing(const std::string& recipient, const std::string& thing) override;
  std::vector<app::Notification> Inbox(const std::string& recipient, std::size_t offset, std::size_t limit) override;
  long long CountInbox(const std::string& recipient) override;
  long long CountUnread(const std::string& recipient) override;
  std::optional<app::Notification> Find(app::NotificationId id) override;
  bool MarkRead(app::NotificationId id, const std::string& recipient, domain::Timestamp at) override;
  long long MarkAllRead(const std::string& recipient, domain::Timestamp at) override;
  std::vector<std::pair<domain::NotificationCategory, domain::DeliveryFrequency>> Preferences(
      const std::string& recipient) override;
  void SetPreference(const std::string& recipient, domain::NotificationCategory category,
                     domain::DeliveryFrequency frequency, domain::Timestamp at) override;

 private:
  UnitOfWork& unit_;
};

}  // namespace lp::storage
