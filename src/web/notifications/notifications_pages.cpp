// The notifications' pages (issue 16). Every signed-in person has an inbox: the messages to the
// e-mail address of their login, newest first, unread ones marked in text (not by weight alone); a
// message is marked read when it is opened. "Mine notifikationer" sets, per category, whether a
// message is mailed at once, gathered in a daily or weekly mail, or only kept here.
#include "web/notifications/notifications_pages.hpp"

#include <fmt/format.h>

#include <map>
#include <optional>
#include <string>

#include "app/notifications/calendar_service.hpp"
#include "app/notifications/notification_service.hpp"
#include "domain/platform/danish_format.hpp"
#include "web/platform/errors.hpp"
#include "web/platform/forms.hpp"
#include "web/platform/pages.hpp"

namespace lp::web {
namespace {

constexpr std::string_view kInboxPath = "/beskeder";
constexpr std::string_view kPreferencesPath = "/mine-notifikationer";

std::string MessageHref(app::NotificationId id) { return std::string(kInboxPath) + "/" + std::to_string(id); }

std::size_t PageNumber(std::string_view text) { return ParsePositive<std::size_t>(text).value_or(1); }

// The header's "Beskeder" link with the count of unread messages: one indexed count per page view.
std::optional<HeaderLink> InboxLink(const app::Services& services, const domain::User& user) {
  const auto unread = services.Get<app::NotificationService>().UnreadCount(user);
  return HeaderLink{std::string(kInboxPath), "Beskeder", "notifications", unread, unread == 1 ? "ulæst" : "ulæste"};
}

Response RenderInbox(const PageServices& services, RequestContext& context) {
  const auto query = FormData::Parse(context.request.query).value_or(FormData{});
  const auto inbox = services.Get<app::NotificationService>().Inbox(*context.user(), PageNumber(query.Get("side")));
  View content;
  if (inbox.total == 0) {
    content.Show("EMPTY");
  } else {
    auto& list = content.AddSection("MESSAGES");
    list.Set("SUMMARY", domain::CountOf(inbox.total, "besked", "beskeder") + ", " +
                            domain::CountOf(inbox.unread, "ulæst", "ulæste") + ".");
    if (inbox.span.pages > 1) {
      const auto first = static_cast<long long>(inbox.span.first) + 1;
      const auto last = static_cast<long long>(inbox.span.last);
      list.Set("SHOWING", fmt::format("Viser {}–{} af {}.", domain::FormatInteger(first), domain::FormatInteger(last),
                                      domain::FormatInteger(inbox.total)));
    }
    for (const auto& message : inbox.items) {
      auto& row = list.AddSection("MESSAGE");
      row.Set("HREF", MessageHref(message.id));
      row.Set("SUBJECT", message.subject);
      row.Set("CATEGORY", std::string(domain::NotificationCategoryLabel(message.category)));
      row.Set("WHEN", domain::FormatDateTime(message.created_at));
      // The list shows the first paragraph; the message itself shows it all.
      if (!message.body.empty())
        row.AddSection("HAS_BODY").Set("BODY", message.body.substr(0, message.body.find("\n\n")));
      if (!message.read_at) row.Show("UNREAD");
    }
    if (inbox.unread > 0) list.Show("MARK_ALL");
    AddPager(list, "Sider med beskeder", inbox.span.page, inbox.span.pages,
             [](std::size_t page) { return std::string(kInboxPath) + "?side=" + std::to_string(page); });
  }
  return services.pages.Render(context, "Beskeder", "notifications/inbox.tpl", content);
}

Response ShowMessage(const PageServices& services, RequestContext& context) {
  const auto message = services.Get<app::NotificationService>().Open(*context.user(), context.params.Int("id"));
  if (!message) return services.pages.Error(context, StatusFor(message.error().kind), message.error().message);
  View content;
  content.Set("SUBJECT", message->subject);
  content.Set("CATEGORY", std::string(domain::NotificationCategoryLabel(message->category)));
  content.Set("WHEN", domain::FormatDateTime(message->created_at));
  content.Set("BODY", message->body);
  if (!message->link.empty()) content.AddSection("LINK").Set("LINK_HREF", message->link);
  return services.pages.Render(context, message->subject, "notifications/message.tpl", content);
}

Response SubmitMarkAllRead(const PageServices& services, RequestContext& context) {
  services.Get<app::NotificationService>().MarkAllRead(*context.user());
  return RedirectWithFlash(std::string(kInboxPath), "notifications-all-read", services.secure_cookies);
}

// The preferences form, as stored or again with what was chosen and the errors.
Response RenderPreferences(const PageServices& services, RequestContext& context,
                           const std::map<std::string, std::string>* typed = nullptr,
                           const app::Error* error = nullptr) {
  View content;
  if (error != nullptr) AddFormError(content, *error, "Dine valg blev ikke gemt");
  const auto errors = FieldErrorsOf(error);
  for (const auto& preference : services.Get<app::NotificationService>().Preferences(*context.user())) {
    const auto field = app::PreferenceField(preference.category);
    auto& group = content.AddSection("CATEGORY");
    group.Set("FIELD", field);
    group.Set("LABEL", std::string(domain::NotificationCategoryLabel(preference.category)));
    group.Set("DESCRIPTION", std::string(domain::NotificationCategoryDescription(preference.category)));
    group.Set("DEFAULT", std::string(domain::DeliveryFrequencyLabel(domain::DefaultFrequency(preference.category))));
    if (const auto message = ErrorFor(errors, field); !message.empty()) {
      group.AddSection("FIELD_ERROR").Set("MESSAGE", std::string(message));
    }
    std::string selected(domain::DeliveryFrequencyCode(preference.frequency));
    if (typed != nullptr) {
      const auto found = typed->find(field);
      selected = found == typed->end() ? std::string() : found->second;
    }
    for (const auto frequency : domain::kAllDeliveryFrequencies) {
      auto& option = group.AddSection("OPTION");
      const std::string code(domain::DeliveryFrequencyCode(frequency));
      option.Set("OPTION_ID", fmt::format("{}-{}", field, code));
      option.Set("OPTION_VALUE", code);
      option.Set("OPTION_LABEL", std::string(domain::DeliveryFrequencyLabel(frequency)));
      if (code == selected) option.Show("OPTION_SELECTED");
    }
  }
  content.Show(services.Get<app::CalendarService>().HasAddress(*context.user()) ? "CALENDAR_LIVE" : "CALENDAR_NONE");
  return services.pages.Render(context, FormTitle("Mine notifikationer", error), "notifications/preferences.tpl",
                               content, FormStatus(error));
}

Response ShowPreferences(const PageServices& services, RequestContext& context) {
  return RenderPreferences(services, context);
}

Response SubmitPreferences(const PageServices& services, RequestContext& context) {
  const auto& form = context.Form();
  std::map<std::string, std::string> choices;
  for (const auto category : domain::kAllNotificationCategories) {
    const auto field = app::PreferenceField(category);
    if (form.Has(field)) choices[field] = form.Get(field);
  }
  const auto result = services.Get<app::NotificationService>().SavePreferences(*context.user(), choices,
                                                                               context.request.remote_address);
  return FinishForm<app::Unit>(
      services, context, result,
      [&](const app::Error& error, int) { return RenderPreferences(services, context, &choices, &error); },
      [&](const app::Unit&) {
        return RedirectWithFlash(std::string(kPreferencesPath), "notifications-preferences-saved",
                                 services.secure_cookies);
      });
}

// The personal calendar feed, at its secret address (no session: a calendar program fetches it).
Response RenderFeed(const PageServices& services, RequestContext& context) {
  const auto feed = services.Get<app::CalendarService>().Feed(context.params.Get("token"));
  if (!feed) return Response::Text(404, "Kalenderen findes ikke. Lav en ny adresse under Mine notifikationer.\n");
  auto response = Response::Text(200, *feed);
  response.SetHeader("Content-Type", "text/calendar; charset=utf-8");
  response.SetHeader("Cache-Control", "private, no-cache");
  response.SetHeader("Content-Disposition", "inline; filename=\"ledelsesportalen.ics\"");
  return response;
}

// A new address, shown once: only its hash is kept.
Response SubmitNewCalendarAddress(const PageServices& services, RequestContext& context) {
  auto& calendar = services.Get<app::CalendarService>();
  const auto token = calendar.NewAddress(*context.user(), context.request.remote_address);
  View content;
  content.Set("ADDRESS", calendar.AddressOf(token));
  return services.pages.Render(context, "Din kalenderadresse", "notifications/calendar_address.tpl", content);
}

Response SubmitDeleteCalendarAddress(const PageServices& services, RequestContext& context) {
  services.Get<app::CalendarService>().DeleteAddress(*context.user(), context.request.remote_address);
  return RedirectWithFlash(std::string(kPreferencesPath) + "#kalender", "notifications-calendar-deleted",
                           services.secure_cookies);
}

}  // namespace

void RegisterNotificationPages(PageModule& module) {
  module.shell.AddHeaderLink(&InboxLink);
  RegisterMailAdminPages(module);
  module.shell.AddNavigation({kInboxPath, "Beskeder",
                              "Det, portalen har fortalt dig: frister, påmindelser og nyt fra dine enheder.",
                              app::kSignedIn, nullptr, 90});
  module.shell.AddNavigation({kPreferencesPath, "Mine notifikationer",
                              "Vælg, hvad du får på mail med det samme, samlet dagligt eller ugentligt, eller kun "
                              "ser her i portalen.",
                              app::kSignedIn, nullptr, 91});
  module.shell.AddFlash({"notifications-all-read", "success", "Alle beskeder er markeret som læst."});
  module.shell.AddFlash({"notifications-preferences-saved", "success", "Dine valg er gemt."});
  module.Get(std::string(kInboxPath), app::kSignedIn, &RenderInbox);
  module.Post(std::string(kInboxPath) + "/laest", app::kSignedIn, &SubmitMarkAllRead);
  module.Get(std::string(kInboxPath) + "/{id:int}", app::kSignedIn, &ShowMessage);
  module.Get(std::string(kPreferencesPath), app::kSignedIn, &ShowPreferences);
  module.Post(std::string(kPreferencesPath), app::kSignedIn, &SubmitPreferences);
  module.Post(std::string(kPreferencesPath) + "/kalender", app::kSignedIn, &SubmitNewCalendarAddress);
  module.Post(std::string(kPreferencesPath) + "/kalender/slet", app::kSignedIn, &SubmitDeleteCalendarAddress);
  module.Get("/kalender/{token}/ledelsesportalen.ics", app::kPublic, &RenderFeed);
  module.shell.AddFlash(
      {"notifications-calendar-deleted", "success",
       "Kalenderadressen er slettet. En kalender, der abonnerer på den, får ikke flere opdateringer."});
}

}  // namespace lp::web
