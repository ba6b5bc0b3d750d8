#pragma once

#include "app/platform/services.hpp"

namespace lp::app {

// Adds the notifications' services: the inbox and preferences (NotificationService).
void ProvideNotificationServices(Services& services);

}  // namespace lp::app
