#pragma once

#include "app/platform/services.hpp"

namespace lp::app {

// Adds the notifications' services: the inbox and preferences (NotificationService), the mail side
// (MailService), and their jobs. Needs app::OutboundMail and app::JobRegistry from the platform.
void ProvideNotificationServices(Services& services);

}  // namespace lp::app
