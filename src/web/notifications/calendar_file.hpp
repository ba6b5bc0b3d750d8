#pragma once

// One event as an .ics file to open or import ("Føj til din kalender"), for every module that has
// dated things (issue 16): the event's link made absolute with LP_PUBLIC_URL, METHOD:PUBLISH with the
// portal's sender as organiser when mail is configured (RFC 5546), and an attachment name.

#include <string_view>

#include "app/platform/outbound_mail.hpp"
#include "domain/notifications/icalendar.hpp"
#include "web/platform/http.hpp"

namespace lp::web {

// `filename` without the extension: "aktivitet-12" gives aktivitet-12.ics.
Response CalendarFileResponse(const app::OutboundMail& mail, domain::CalendarEvent event, std::string_view filename);

}  // namespace lp::web
