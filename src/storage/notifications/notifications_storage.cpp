#include "storage/notifications/notifications_storage.hpp"

#include "storage/notifications/calendar_token_repository.hpp"
#include "storage/notifications/mail_repository.hpp"
#include "storage/notifications/notification_repository.hpp"

namespace lp::storage {

void RegisterNotificationRepositories(RepositoryFactories& factories) {
  factories.Add<app::NotificationRepository, SociNotificationRepository>();
  factories.Add<app::MailRepository, SociMailRepository>();
  factories.Add<app::CalendarTokenRepository, SociCalendarTokenRepository>();
}

}  // namespace lp::storage
