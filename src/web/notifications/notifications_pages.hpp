#pragma once

#include "web/platform/module.hpp"

namespace lp::web {

// The notifications' pages (issue 16): the inbox "Beskeder" (/beskeder) with its link and unread count
// in the header, one message (/beskeder/{id}), and the preferences "Mine notifikationer".
void RegisterNotificationPages(PageModule& module);
// The administrator's mail and jobs page and the public unsubscribe page (mail_admin_pages.cpp); called
// by RegisterNotificationPages.
void RegisterMailAdminPages(PageModule& module);

}  // namespace lp::web
