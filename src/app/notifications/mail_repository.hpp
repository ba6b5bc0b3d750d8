#pragma once

// The mail outbox (table mail_outbox, migration 014): composed messages waiting to be sent, claimed
// with a lease by the sender, retried with back-off, and kept as sent or failed for the administrator.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "app/notifications/notification_repository.hpp"
#include "domain/platform/enum_table.hpp"
#include "domain/platform/time.hpp"

namespace lp::app {

using MailId = std::int64_t;

enum class MailKind { Message, DailyDigest, WeeklyDigest, ChainDigest, Test };
enum class MailStatus { Queued, Sending, Sent, Failed };

inline constexpr auto kMailKindTable = domain::MakeEnumTable<MailKind>({
    {MailKind::Message, "besked", "Besked"},
    {MailKind::DailyDigest, "daglig", "Daglig sammenfatning"},
    {MailKind::WeeklyDigest, "ugentlig", "Ugentlig sammenfatning"},
    {MailKind::ChainDigest, "kaede", "Status for ledelseskæden"},
    {MailKind::Test, "test", "Prøvemail"},
});
inline constexpr auto kMailStatusTable = domain::MakeEnumTable<MailStatus>({
    {MailStatus::Queued, "queued", "I kø"},
    {MailStatus::Sending, "sending", "Sendes"},
    {MailStatus::Sent, "sent", "Sendt"},
    {MailStatus::Failed, "failed", "Fejlet"},
});

std::string_view MailKindCode(MailKind kind);         // "besked", "daglig", "ugentlig", "kaede", "test"
std::string_view MailKindLabel(MailKind kind);        // "Besked", "Daglig sammenfatning", …
std::string_view MailStatusCode(MailStatus status);   // "queued", "sending", "sent", "failed"
std::string_view MailStatusLabel(MailStatus status);  // "I kø", "Sendes", "Sendt", "Fejlet"
std::optional<MailKind> ParseMailKind(std::string_view code);
std::optional<MailStatus> ParseMailStatus(std::string_view code);

struct NewMail {
  std::string recipient;
  MailKind kind = MailKind::Message;
  std::string subject;
  std::string message;     // the whole RFC 5322 message
  std::string message_id;  // without angle brackets
  domain::Timestamp created_at{};
};

struct Mail {
  MailId id = 0;
  std::string recipient;
  MailKind kind = MailKind::Message;
  std::string subject;
  std::string message;
  std::string message_id;
  MailStatus status = MailStatus::Queued;
  int attempts = 0;
  domain::Timestamp next_attempt_at{};
  std::string last_error;
  domain::Timestamp created_at{};
  std::optional<domain::Timestamp> sent_at;
};

struct MailCounts {
  long long queued = 0;  // queued or being sent
  long long sent = 0;
  long long failed = 0;
};

class MailRepository {
 public:
  virtual ~MailRepository() = default;

  virtual MailId Queue(const NewMail& mail) = 0;
  // The ids of mails due at `now`: queued with next_attempt_at <= now, or being sent under an expired lease.
  virtual std::vector<MailId> Due(domain::Timestamp now, std::size_t limit) = 0;
  // Claims a due mail for `owner` until `until` (one statement: of two processes only one succeeds) and
  // counts the attempt; none when it is no longer due.
  virtual std::optional<Mail> Claim(MailId id, const std::string& owner, domain::Timestamp now,
                                    domain::Timestamp until) = 0;
  // The outcome of a claimed mail; false when `owner` no longer holds its lease.
  virtual bool MarkSent(MailId id, const std::string& owner, domain::Timestamp at) = 0;
  virtual bool MarkRetry(MailId id, const std::string& owner, domain::Timestamp next_attempt,
                         const std::string& error) = 0;
  virtual bool MarkFailed(MailId id, const std::string& owner, const std::string& error) = 0;
  // A failed mail queued again by an administrator, from a fresh count of attempts.
  virtual bool Requeue(MailId id, domain::Timestamp now) = 0;

  virtual MailCounts Counts() = 0;
  virtual std::optional<Mail> Find(MailId id) = 0;
  // The newest first, of one status.
  virtual std::vector<Mail> List(MailStatus status, std::size_t offset, std::size_t limit) = 0;
  virtual long long PurgeSent(domain::Timestamp before) = 0;

  // The dispatcher's side of the notifications: those not yet dispatched (oldest first), and what was
  // decided for each.
  virtual std::vector<Notification> Undispatched(std::size_t limit) = 0;
  virtual void SetDelivery(NotificationId id, NotificationDelivery delivery, std::optional<MailId> mail) = 0;
  // The notifications waiting for a digest of the recipients whose frequency of their category is
  // `frequency` (recipient, then oldest first).
  virtual std::vector<Notification> WaitingForDigest(const std::string& recipient) = 0;
  virtual std::vector<std::string> RecipientsWaitingForDigest() = 0;
  virtual long long PurgeRead(domain::Timestamp before) = 0;
};

}  // namespace lp::app
