#pragma once

// The storage interface of the notifications (issue 16; tables of migration 014): the inbox and the
// outbox of notifications, and each person's preferences. The mail outbox, the scheduler's leases
// and the calendar tokens have their own interfaces.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "domain/notifications/notifications.hpp"
#include "domain/platform/time.hpp"

namespace lp::app {

using NotificationId = std::int64_t;

// A notification as written in the transaction of the change that causes it.
struct NewNotification {
  std::string recipient;  // an e-mail address, domain::NormalizeEmail'ed
  domain::NotificationCategory category = domain::NotificationCategory::News;
  std::string topic;    // what it is about, stable: "aktivering:runde:3:enhed:12"
  std::string subject;  // one line, Danish: what happened or what to do
  std::string body;     // plain text; never personal HR data (LUS, evaluations)
  std::string link;     // a path in the portal: where it is looked at or done
  domain::Timestamp created_at{};
};

// What the mail side did with a notification (notifications.delivery).
enum class NotificationDelivery { Waiting, Mail, Digest, SentInDigest, PortalOnly };

struct Notification {
  NotificationId id = 0;
  std::string recipient;
  domain::NotificationCategory category = domain::NotificationCategory::News;
  std::string topic;
  std::string subject;
  std::string body;
  std::string link;
  domain::Timestamp created_at{};
  std::optional<domain::Timestamp> read_at;
  NotificationDelivery delivery = NotificationDelivery::Waiting;
};

class NotificationRepository {
 public:
  virtual ~NotificationRepository() = default;

  virtual NotificationId Add(const NewNotification& notification) = 0;
  // When the recipient last got a notification about `topic`, if ever.
  virtual std::optional<domain::Timestamp> LastAbout(const std::string& recipient, const std::string& topic) = 0;
  // When the recipient last got a notification about `thing`: its topic is `thing` or starts with "thing/".
  virtual std::optional<domain::Timestamp> LastAboutThing(const std::string& recipient, const std::string& thing) = 0;

  // The inbox: newest first, `limit` rows from `offset`.
  virtual std::vector<Notification> Inbox(const std::string& recipient, std::size_t offset, std::size_t limit) = 0;
  virtual long long CountInbox(const std::string& recipient) = 0;
  virtual long long CountUnread(const std::string& recipient) = 0;
  virtual std::optional<Notification> Find(NotificationId id) = 0;
  // Marks the recipient's notification read (once: the first reading stays); false when it is not theirs.
  virtual bool MarkRead(NotificationId id, const std::string& recipient, domain::Timestamp at) = 0;
  virtual long long MarkAllRead(const std::string& recipient, domain::Timestamp at) = 0;

  // The frequencies the person has chosen (categories without a choice are left out).
  virtual std::vector<std::pair<domain::NotificationCategory, domain::DeliveryFrequency>> Preferences(
      const std::string& recipient) = 0;
  virtual void SetPreference(const std::string& recipient, domain::NotificationCategory category,
                             domain::DeliveryFrequency frequency, domain::Timestamp at) = 0;
};

}  // namespace lp::app
