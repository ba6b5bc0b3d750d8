#include "app/notifications/notification_service.hpp"

#include <algorithm>
#include <utility>

#include "app/platform/errors.hpp"
#include "app/platform/repositories.hpp"
#include "domain/platform/email.hpp"

namespace lp::app {

NotificationService::NotificationService(Store& store, Clock clock) : store_(store), clock_(std::move(clock)) {}

std::string NotificationService::RecipientOf(const domain::User& user) { return domain::NormalizeEmail(user.email); }

std::string PreferenceField(domain::NotificationCategory category) {
  return "kategori-" + std::string(domain::NotificationCategoryCode(category));
}

InboxPage NotificationService::Inbox(const domain::User& user, std::size_t page) const {
  const auto recipient = RecipientOf(user);
  return store_.Read([&](Transaction& tx) {
    auto& notifications = tx.Get<NotificationRepository>();
    InboxPage inbox;
    inbox.total = notifications.CountInbox(recipient);
    inbox.unread = notifications.CountUnread(recipient);
    inbox.span = PageOf(static_cast<std::size_t>(inbox.total), page, kInboxPageSize);
    inbox.items = notifications.Inbox(recipient, inbox.span.first, kInboxPageSize);
    return inbox;
  });
}

long long NotificationService::UnreadCount(const domain::User& user) const {
  const auto recipient = RecipientOf(user);
  return store_.Read([&](Transaction& tx) { return tx.Get<NotificationRepository>().CountUnread(recipient); });
}

Result<Notification> NotificationService::Open(const domain::User& user, NotificationId id) {
  const auto recipient = RecipientOf(user);
  const auto now = clock_();
  return store_.Write([&](Transaction& tx) -> Result<Notification> {
    auto& notifications = tx.Get<NotificationRepository>();
    auto found = notifications.Find(id);
    // Someone else's message is answered as if it did not exist.
    if (!found || found->recipient != recipient) return NotFound("Beskeden findes ikke.");
    if (!found->read_at && notifications.MarkRead(id, recipient, now)) found->read_at = now;
    return *found;
  });
}

long long NotificationService::MarkAllRead(const domain::User& user) {
  const auto recipient = RecipientOf(user);
  const auto now = clock_();
  return store_.Write([&](Transaction& tx) { return tx.Get<NotificationRepository>().MarkAllRead(recipient, now); });
}

std::vector<NotificationPreference> NotificationService::Preferences(const domain::User& user) const {
  const auto recipient = RecipientOf(user);
  const auto chosen =
      store_.Read([&](Transaction& tx) { return tx.Get<NotificationRepository>().Preferences(recipient); });
  std::vector<NotificationPreference> preferences;
  for (const auto category : domain::kAllNotificationCategories) {
    NotificationPreference preference{category, domain::DefaultFrequency(category), false};
    const auto found = std::find_if(chosen.begin(), chosen.end(), [&](const auto& c) { return c.first == category; });
    if (found != chosen.end()) {
      preference.frequency = found->second;
      preference.chosen = true;
    }
    preferences.push_back(preference);
  }
  return preferences;
}

Result<Unit> NotificationService::SavePreferences(const domain::User& user,
                                                  const std::map<std::string, std::string>& choices,
                                                  std::string_view remote_address) {
  std::vector<std::pair<domain::NotificationCategory, domain::DeliveryFrequency>> parsed;
  std::vector<FieldError> errors;
  for (const auto category : domain::kAllNotificationCategories) {
    const auto field = PreferenceField(category);
    const auto choice = choices.find(field);
    const auto frequency = choice == choices.end() ? std::nullopt : domain::ParseDeliveryFrequency(choice->second);
    if (!frequency) {
      errors.push_back({field, "Vælg, hvordan du vil have besked om „" +
                                   std::string(domain::NotificationCategoryLabel(category)) + "“."});
      continue;
    }
    parsed.emplace_back(category, *frequency);
  }
  if (!errors.empty()) return Invalid(std::move(errors));
  const auto recipient = RecipientOf(user);
  if (!domain::IsPlausibleEmail(recipient)) {
    return Invalid({}, "Dit login har ingen gyldig e-mailadresse, så der kan ikke sendes beskeder til dig.");
  }
  const auto now = clock_();
  return store_.Write([&](Transaction& tx) -> Result<Unit> {
    auto& notifications = tx.Get<NotificationRepository>();
    std::string summary;
    for (const auto& [category, frequency] : parsed) {
      notifications.SetPreference(recipient, category, frequency, now);
      if (!summary.empty()) summary += ", ";
      summary += std::string(domain::NotificationCategoryCode(category)) + "=" +
                 std::string(domain::DeliveryFrequencyCode(frequency));
    }
    tx.Get<AuditRepository>().Append({now, user.id, "notifications.preferences_saved",
                                      "user:" + std::to_string(user.id), std::string(remote_address), summary});
    return Unit{};
  });
}

}  // namespace lp::app
