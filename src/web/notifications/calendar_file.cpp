#include "web/notifications/calendar_file.hpp"

#include <string>
#include <utility>

namespace lp::web {

Response CalendarFileResponse(const app::OutboundMail& mail, domain::CalendarEvent event, std::string_view filename) {
  event.url = mail.Link(event.url);
  domain::Calendar calendar;
  calendar.name = event.summary;
  if (!mail.Settings().from_address.empty()) {
    // A file to open (METHOD:PUBLISH) names its organiser (RFC 5546): the portal's sender address.
    calendar.method = "PUBLISH";
    event.organizer_name = mail.Settings().from_name;
    event.organizer_email = mail.Settings().from_address;
  }
  calendar.events.push_back(std::move(event));
  auto response = Response::Text(200, domain::WriteICalendar(calendar));
  response.SetHeader("Content-Type", "text/calendar; charset=utf-8");
  response.SetHeader("Content-Disposition", "attachment; filename=\"" + std::string(filename) + ".ics\"");
  return response;
}

}  // namespace lp::web
