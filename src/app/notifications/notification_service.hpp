#pragma once

// The person's side of the notifications (issue 16): the inbox ("Beskeder", /beskeder) with its
// unread count for the header, and the preferences ("Mine notifikationer"). A person's messages are
// those to the e-mail address of their login (see notification_repository.hpp), and only they read
// them: there is no access to another person's inbox, not even for administrators.

#include <cstddef>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "app/notifications/notification_repository.hpp"
#include "app/platform/auth_service.hpp"
#include "app/platform/paging.hpp"
#include "app/platform/result.hpp"
#include "app/platform/store.hpp"
#include "domain/platform/user.hpp"

namespace lp::app {

inline constexpr std::size_t kInboxPageSize = 25;

struct InboxPage {
  std::vector<Notification> items;  // newest first
  long long total = 0;
  long long unread = 0;
  PageSpan span;
};

struct NotificationPreference {
  domain::NotificationCategory category = domain::NotificationCategory::News;
  domain::DeliveryFrequency frequency = domain::DeliveryFrequency::PortalOnly;
  bool chosen = false;  // false: the category's default
};

class NotificationService {
 public:
  explicit NotificationService(Store& store, Clock clock = SystemNow);

  // The address a login's messages are kept under.
  static std::string RecipientOf(const domain::User& user);

  InboxPage Inbox(const domain::User& user, std::size_t page) const;
  long long UnreadCount(const domain::User& user) const;
  // The person's notification, marked read the first time it is opened; NotFound for anyone else's.
  Result<Notification> Open(const domain::User& user, NotificationId id);
  long long MarkAllRead(const domain::User& user);

  // Every category with the person's frequency or the default.
  std::vector<NotificationPreference> Preferences(const domain::User& user) const;
  // `choices` maps a category code to a frequency code, as the form sends them; every category must
  // be there with a known frequency, or nothing is saved (field errors "kategori-<code>").
  Result<Unit> SavePreferences(const domain::User& user, const std::map<std::string, std::string>& choices,
                               std::string_view remote_address);

 private:
  Store& store_;
  Clock clock_;
};

// The form field of a category on the preferences page.
std::string PreferenceField(domain::NotificationCategory category);

}  // namespace lp::app
