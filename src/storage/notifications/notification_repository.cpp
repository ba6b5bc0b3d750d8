#include "storage/notifications/notification_repository.hpp"

#include "storage/notifications/notification_rows.hpp"
#include "storage/platform/rows.hpp"

namespace lp::storage {
namespace {

using domain::ToUnixSeconds;

constexpr std::string_view kInsert =
    "INSERT INTO notifications (recipient, category, topic, subject, body, link, created_at) "
    "VALUES (:recipient, :category, :topic, :subject, :body, :link, :created_at) RETURNING id";
constexpr std::string_view kLastAbout =
    "SELECT MAX(created_at) FROM notifications WHERE recipient = :recipient AND topic = :topic";
// substr rather than LIKE: a topic may contain '%' or '_'. The recipient's rows are few (indexed).
constexpr std::string_view kLastAboutThing =
    "SELECT MAX(created_at) FROM notifications WHERE recipient = :recipient "
    "AND (topic = :thing OR substr(topic, 1, :length) = :prefix)";
constexpr std::string_view kOfRecipientNewestFirst =
    "WHERE recipient = :recipient ORDER BY created_at DESC, id DESC LIMIT :limit OFFSET :offset";
constexpr std::string_view kById = "WHERE id = :id";
constexpr std::string_view kInbox = kJoined<kSelectNotification, kOfRecipientNewestFirst>;
constexpr std::string_view kFind = kJoined<kSelectNotification, kById>;
constexpr std::string_view kCountInbox = "SELECT COUNT(*) FROM notifications WHERE recipient = :recipient";
constexpr std::string_view kCountUnread =
    "SELECT COUNT(*) FROM notifications WHERE recipient = :recipient AND read_at IS NULL";
constexpr std::string_view kMarkRead =
    "UPDATE notifications SET read_at = :at WHERE id = :id AND recipient = :recipient AND read_at IS NULL";
constexpr std::string_view kMarkAllRead =
    "UPDATE notifications SET read_at = :at WHERE recipient = :recipient AND read_at IS NULL";
constexpr std::string_view kPreferences =
    "SELECT category, frequency FROM notification_preferences WHERE recipient = :recipient";
constexpr std::string_view kSetPreference =
    "INSERT INTO notification_preferences (recipient, category, frequency, updated_at) "
    "VALUES (:recipient, :category, :frequency, :at) "
    "ON CONFLICT (recipient, category) DO UPDATE SET frequency = excluded.frequency, updated_at = excluded.updated_at";

struct PreferenceRow {
  std::string category;
  std::string frequency;

  std::pair<domain::NotificationCategory, domain::DeliveryFrequency> ToPreference() const {
    return {DecodeCode(category, "notification_preferences.category", domain::ParseNotificationCategory),
            DecodeCode(frequency, "notification_preferences.frequency", domain::ParseDeliveryFrequency)};
  }
};

void Into(soci::statement& statement, PreferenceRow& row) {
  statement.exchange(soci::into(row.category));
  statement.exchange(soci::into(row.frequency));
}

long long Count(UnitOfWork& unit, std::string_view query, const std::string& recipient) {
  long long count = 0;
  std::string who = recipient;
  unit.sql << query, soci::use(who, "recipient"), soci::into(count);
  return count;
}

}  // namespace

app::NotificationId SociNotificationRepository::Add(const app::NewNotification& notification) {
  return Guarded(unit_, [&] {
    std::string category(domain::NotificationCategoryCode(notification.category));
    long long created_at = ToUnixSeconds(notification.created_at);
    long long id = 0;
    Execute(unit_.sql, kInsert, soci::use(notification.recipient, "recipient"), soci::use(category, "category"),
            soci::use(notification.topic, "topic"), soci::use(notification.subject, "subject"),
            soci::use(notification.body, "body"), soci::use(notification.link, "link"),
            soci::use(created_at, "created_at"), soci::into(id));
    return static_cast<app::NotificationId>(id);
  });
}

std::optional<domain::Timestamp> SociNotificationRepository::LastAbout(const std::string& recipient,
                                                                       const std::string& topic) {
  return Guarded(unit_, [&] {
    Nullable<domain::Timestamp> last;
    std::string who = recipient;
    std::string about = topic;
    unit_.sql << kLastAbout, soci::use(who, "recipient"), soci::use(about, "topic"), IntoNullable(last);
    return last.Get();
  });
}

std::optional<domain::Timestamp> SociNotificationRepository::LastAboutThing(const std::string& recipient,
                                                                            const std::string& thing) {
  return Guarded(unit_, [&] {
    Nullable<domain::Timestamp> last;
    std::string who = recipient;
    std::string about = thing;
    std::string prefix = thing + "/";
    int length = static_cast<int>(prefix.size());
    unit_.sql << kLastAboutThing, soci::use(who, "recipient"), soci::use(about, "thing"), soci::use(length, "length"),
        soci::use(prefix, "prefix"), IntoNullable(last);
    return last.Get();
  });
}

std::vector<app::Notification> SociNotificationRepository::Inbox(const std::string& recipient, std::size_t offset,
                                                                 std::size_t limit) {
  return Guarded(unit_, [&] {
    std::string who = recipient;
    auto rows = static_cast<long long>(limit);
    auto skip = static_cast<long long>(offset);
    return SelectRows<NotificationRow>(unit_.sql, kInbox, &NotificationRow::ToNotification, soci::use(who, "recipient"),
                                       soci::use(rows, "limit"), soci::use(skip, "offset"));
  });
}

long long SociNotificationRepository::CountInbox(const std::string& recipient) {
  return Guarded(unit_, [&] { return Count(unit_, kCountInbox, recipient); });
}

long long SociNotificationRepository::CountUnread(const std::string& recipient) {
  return Guarded(unit_, [&] { return Count(unit_, kCountUnread, recipient); });
}

std::optional<app::Notification> SociNotificationRepository::Find(app::NotificationId id) {
  return Guarded(unit_, [&] {
    long long key = id;
    return SelectFirst<NotificationRow>(unit_.sql, kFind, &NotificationRow::ToNotification, soci::use(key, "id"));
  });
}

bool SociNotificationRepository::MarkRead(app::NotificationId id, const std::string& recipient, domain::Timestamp at) {
  return Guarded(unit_, [&] {
    long long key = id;
    std::string who = recipient;
    long long when = ToUnixSeconds(at);
    return Execute(unit_.sql, kMarkRead, soci::use(when, "at"), soci::use(key, "id"), soci::use(who, "recipient")) > 0;
  });
}

long long SociNotificationRepository::MarkAllRead(const std::string& recipient, domain::Timestamp at) {
  return Guarded(unit_, [&] {
    std::string who = recipient;
    long long when = ToUnixSeconds(at);
    return Execute(unit_.sql, kMarkAllRead, soci::use(when, "at"), soci::use(who, "recipient"));
  });
}

std::vector<std::pair<domain::NotificationCategory, domain::DeliveryFrequency>> SociNotificationRepository::Preferences(
    const std::string& recipient) {
  return Guarded(unit_, [&] {
    std::string who = recipient;
    return SelectRows<PreferenceRow>(unit_.sql, kPreferences, &PreferenceRow::ToPreference,
                                     soci::use(who, "recipient"));
  });
}

void SociNotificationRepository::SetPreference(const std::string& recipient, domain::NotificationCategory category,
                                               domain::DeliveryFrequency frequency, domain::Timestamp at) {
  Guarded(unit_, [&] {
    std::string who = recipient;
    std::string category_code(domain::NotificationCategoryCode(category));
    std::string frequency_code(domain::DeliveryFrequencyCode(frequency));
    long long when = ToUnixSeconds(at);
    Execute(unit_.sql, kSetPreference, soci::use(who, "recipient"), soci::use(category_code, "category"),
            soci::use(frequency_code, "frequency"), soci::use(when, "at"));
    return 0;
  });
}

}  // namespace lp::storage
