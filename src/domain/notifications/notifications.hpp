#pragma once

// Notifications (issue 16): what the portal tells people, in which category, and how often a person
// wants each category mailed. The rules that hold whatever the storage or the web:
// - Every notification lands in the person's inbox in the portal ("Beskeder"). Whether and when it is
//   also mailed follows the person's frequency for its category, or the category's default.
// - The defaults: deadlines and reminders, one's programmes and the meetings of one's fora are
//   mailed at once (they are about something one must do); subscriptions come in a daily digest;
//   the status of one's leadership chain in a weekly one; news from one's units only in the portal.
// - A reminder is sent once per stage of a thing, and no two reminders about the same thing reach
//   the same person within the quiet interval (kDefaultReminderQuietHours, LP_REMINDER_QUIET_HOURS;
//   app::Notify with Repeat::Reminder).

#include <array>
#include <chrono>
#include <optional>
#include <string_view>

#include "domain/platform/enum_table.hpp"

namespace lp::domain {

enum class NotificationCategory {
  Deadlines,      // deadlines and reminders: a plan to make, an activity due
  Programmes,     // my leadership development programmes (issue 17)
  Meetings,       // meetings of my fora
  Subscriptions,  // what I follow: threads, pages
  Chain,          // follow-up of my leadership chain
  News,           // news from my units: a published translation, a new round
};

inline constexpr auto kNotificationCategoryTable = MakeEnumTable<NotificationCategory>({
    {NotificationCategory::Deadlines, "frister", "Frister og påmindelser"},
    {NotificationCategory::Programmes, "forloeb", "Mine lederudviklingsforløb"},
    {NotificationCategory::Meetings, "moeder", "Møder i mine fora"},
    {NotificationCategory::Subscriptions, "abonnementer", "Det, jeg følger"},
    {NotificationCategory::Chain, "kaede", "Status for min ledelseskæde"},
    {NotificationCategory::News, "nyt", "Nyt fra mine enheder"},
});
inline constexpr auto kAllNotificationCategories = kNotificationCategoryTable.Values();

std::string_view NotificationCategoryCode(NotificationCategory category);
std::string_view NotificationCategoryLabel(NotificationCategory category);
// What the category holds, for the preferences page.
std::string_view NotificationCategoryDescription(NotificationCategory category);
std::optional<NotificationCategory> ParseNotificationCategory(std::string_view code);

enum class DeliveryFrequency {
  Immediately,  // a mail of its own, at once
  Daily,        // gathered in a daily digest
  Weekly,       // gathered in a weekly digest
  PortalOnly,   // only in the portal's inbox
};

inline constexpr auto kDeliveryFrequencyTable = MakeEnumTable<DeliveryFrequency>({
    {DeliveryFrequency::Immediately, "straks", "Straks på mail"},
    {DeliveryFrequency::Daily, "dagligt", "Samlet i en daglig mail"},
    {DeliveryFrequency::Weekly, "ugentligt", "Samlet i en ugentlig mail"},
    {DeliveryFrequency::PortalOnly, "kun-portalen", "Kun her i portalen"},
});
inline constexpr auto kAllDeliveryFrequencies = kDeliveryFrequencyTable.Values();

std::string_view DeliveryFrequencyCode(DeliveryFrequency frequency);
std::string_view DeliveryFrequencyLabel(DeliveryFrequency frequency);
std::optional<DeliveryFrequency> ParseDeliveryFrequency(std::string_view code);

// The frequency a person has until they choose one.
DeliveryFrequency DefaultFrequency(NotificationCategory category);

// No two reminders about the same thing reach the same person within this many hours (the default of
// LP_REMINDER_QUIET_HOURS).
inline constexpr int kDefaultReminderQuietHours = 72;

}  // namespace lp::domain
