#pragma once

#include "web/platform/module.hpp"

namespace lp::web {

// The notifications' pages (issue 16): the inbox "Beskeder" (/beskeder) with its link and unread count
// in the header, one message (/beskeder/{id}), and the preferences "Mine notifikationer".
void RegisterNotificationPages(PageModule& module);

}  // namespace lp::web
