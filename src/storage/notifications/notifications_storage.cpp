#include "storage/notifications/notifications_storage.hpp"

#include "storage/notifications/notification_repository.hpp"

namespace lp::storage {

void RegisterNotificationRepositories(RepositoryFactories& factories) {
  factories.Add<app::NotificationRepository, SociNotificationRepository>();
}

}  // namespace lp::storage
