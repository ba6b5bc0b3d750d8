#include "app/notifications/notifications_module.hpp"

#include <memory>

#include "app/notifications/notification_service.hpp"

namespace lp::app {

void ProvideNotificationServices(Services& services) {
  services.Add(std::make_unique<NotificationService>(services.store()));
}

}  // namespace lp::app
