#include "storage/notifications/mail_repository.hpp"

#include "storage/notifications/notification_rows.hpp"
#include "storage/platform/rows.hpp"

namespace lp::storage {
namespace {

using domain::FromUnixSeconds;
using domain::ToUnixSeconds;

constexpr std::string_view kQueue =
    "INSERT INTO mail_outbox (recipient, kind, subject, message, message_id, next_attempt_at, created_at) "
    "VALUES (:recipient, :kind, :subject, :message, :message_id, :now, :created_at) RETURNING id";
constexpr std::string_view kDue =
    "SELECT id FROM mail_outbox WHERE (status = 'queued' AND next_attempt_at <= :now) "
    "OR (status = 'sending' AND lease_until < :expired) ORDER BY next_attempt_at, id LIMIT :limit";
// One statement claims: of two processes only one changes the row (the other finds it no longer due).
constexpr std::string_view kClaim =
    "UPDATE mail_outbox SET status = 'sending', lease_owner = :owner, lease_until = :until, "
    "attempts = attempts + 1 "
    "WHERE id = :id AND ((status = 'queued' AND next_attempt_at <= :now) "
    "OR (status = 'sending' AND lease_until < :expired))";
constexpr std::string_view kMarkSent =
    "UPDATE mail_outbox SET status = 'sent', sent_at = :at, lease_owner = NULL, lease_until = NULL, last_error = '' "
    "WHERE id = :id AND status = 'sending' AND lease_owner = :owner";
constexpr std::string_view kMarkRetry =
    "UPDATE mail_outbox SET status = 'queued', next_attempt_at = :next, last_error = :error, lease_owner = NULL, "
    "lease_until = NULL WHERE id = :id AND status = 'sending' AND lease_owner = :owner";
constexpr std::string_view kMarkFailed =
    "UPDATE mail_outbox SET status = 'failed', last_error = :error, lease_owner = NULL, lease_until = NULL "
    "WHERE id = :id AND status = 'sending' AND lease_owner = :owner";
constexpr std::string_view kRequeue =
    "UPDATE mail_outbox SET status = 'queued', attempts = 0, next_attempt_at = :now WHERE id = :id AND "
    "status = 'failed'";
constexpr std::string_view kCounts =
    "SELECT COALESCE(SUM(CASE WHEN status IN ('queued', 'sending') THEN 1 ELSE 0 END), 0), "
    "COALESCE(SUM(CASE WHEN status = 'sent' THEN 1 ELSE 0 END), 0), "
    "COALESCE(SUM(CASE WHEN status = 'failed' THEN 1 ELSE 0 END), 0) FROM mail_outbox";
constexpr std::string_view kSelectMail =
    "SELECT id, recipient, kind, subject, message, message_id, status, attempts, next_attempt_at, last_error, "
    "created_at, sent_at FROM mail_outbox";
constexpr std::string_view kMailById = "WHERE id = :id";
constexpr std::string_view kMailsOfStatus =
    "WHERE status = :status OR (:status2 = 'queued' AND status = 'sending') ORDER BY created_at DESC, id DESC "
    "LIMIT :limit OFFSET :offset";
constexpr std::string_view kFindMail = kJoined<kSelectMail, kMailById>;
constexpr std::string_view kListMails = kJoined<kSelectMail, kMailsOfStatus>;
constexpr std::string_view kPurgeSent = "DELETE FROM mail_outbox WHERE status = 'sent' AND sent_at < :before";

constexpr std::string_view kUndispatchedWhere = "WHERE delivery = 'afventer' ORDER BY id LIMIT :limit";
constexpr std::string_view kUndispatched = kJoined<kSelectNotification, kUndispatchedWhere>;
constexpr std::string_view kSetDelivery =
    "UPDATE notifications SET delivery = :delivery, mail_id = :mail WHERE id = :id";
constexpr std::string_view kDigestWhere = "WHERE delivery = 'samlet' AND recipient = :recipient ORDER BY id";
constexpr std::string_view kWaitingForDigest = kJoined<kSelectNotification, kDigestWhere>;
constexpr std::string_view kRecipientsWaiting =
    "SELECT DISTINCT recipient FROM notifications WHERE delivery = 'samlet' ORDER BY recipient";
constexpr std::string_view kPurgeRead =
    "DELETE FROM notifications WHERE read_at IS NOT NULL AND created_at < :before AND delivery <> 'samlet'";

struct MailRow {
  long long id = 0;
  std::string recipient;
  std::string kind;
  std::string subject;
  std::string message;
  std::string message_id;
  std::string status;
  int attempts = 0;
  long long next_attempt_at = 0;
  std::string last_error;
  long long created_at = 0;
  Nullable<domain::Timestamp> sent_at;

  app::Mail ToMail() const {
    app::Mail mail;
    mail.id = id;
    mail.recipient = recipient;
    mail.kind = DecodeCode(kind, "mail_outbox.kind", app::ParseMailKind);
    mail.subject = subject;
    mail.message = message;
    mail.message_id = message_id;
    mail.status = DecodeCode(status, "mail_outbox.status", app::ParseMailStatus);
    mail.attempts = attempts;
    mail.next_attempt_at = FromUnixSeconds(next_attempt_at);
    mail.last_error = last_error;
    mail.created_at = FromUnixSeconds(created_at);
    mail.sent_at = sent_at.Get();
    return mail;
  }
};

void Into(soci::statement& statement, MailRow& row) {
  statement.exchange(soci::into(row.id));
  statement.exchange(soci::into(row.recipient));
  statement.exchange(soci::into(row.kind));
  statement.exchange(soci::into(row.subject));
  statement.exchange(soci::into(row.message));
  statement.exchange(soci::into(row.message_id));
  statement.exchange(soci::into(row.status));
  statement.exchange(soci::into(row.attempts));
  statement.exchange(soci::into(row.next_attempt_at));
  statement.exchange(soci::into(row.last_error));
  statement.exchange(soci::into(row.created_at));
  statement.exchange(IntoNullable(row.sent_at));
}

std::string_view DeliveryCode(app::NotificationDelivery delivery) {
  switch (delivery) {
    case app::NotificationDelivery::Waiting: return "afventer";
    case app::NotificationDelivery::Mail: return "mail";
    case app::NotificationDelivery::Digest: return "samlet";
    case app::NotificationDelivery::SentInDigest: return "i-samlet-mail";
    case app::NotificationDelivery::PortalOnly: return "kun-portalen";
  }
  return "afventer";
}

}  // namespace

app::MailId SociMailRepository::Queue(const app::NewMail& mail) {
  return Guarded(unit_, [&] {
    std::string kind(app::MailKindCode(mail.kind));
    long long now = ToUnixSeconds(mail.created_at);
    long long created = now;
    long long id = 0;
    Execute(unit_.sql, kQueue, soci::use(mail.recipient, "recipient"), soci::use(kind, "kind"),
            soci::use(mail.subject, "subject"), soci::use(mail.message, "message"),
            soci::use(mail.message_id, "message_id"), soci::use(now, "now"), soci::use(created, "created_at"),
            soci::into(id));
    return static_cast<app::MailId>(id);
  });
}

std::vector<app::MailId> SociMailRepository::Due(domain::Timestamp now, std::size_t limit) {
  return Guarded(unit_, [&] {
    long long at = ToUnixSeconds(now);
    long long expired = at;
    auto rows = static_cast<long long>(limit);
    std::vector<app::MailId> ids;
    long long id = 0;
    soci::statement statement = (unit_.sql.prepare << kDue, soci::use(at, "now"), soci::use(expired, "expired"),
                                 soci::use(rows, "limit"), soci::into(id));
    statement.execute();
    while (statement.fetch()) ids.push_back(id);
    return ids;
  });
}

std::optional<app::Mail> SociMailRepository::Claim(app::MailId id, const std::string& owner, domain::Timestamp now,
                                                   domain::Timestamp until) {
  return Guarded(unit_, [&]() -> std::optional<app::Mail> {
    long long key = id;
    std::string who = owner;
    long long at = ToUnixSeconds(now);
    long long expired = at;
    long long lease = ToUnixSeconds(until);
    if (Execute(unit_.sql, kClaim, soci::use(who, "owner"), soci::use(lease, "until"), soci::use(key, "id"),
                soci::use(at, "now"), soci::use(expired, "expired")) == 0) {
      return std::nullopt;
    }
    return SelectFirst<MailRow>(unit_.sql, kFindMail, &MailRow::ToMail, soci::use(key, "id"));
  });
}

bool SociMailRepository::MarkSent(app::MailId id, const std::string& owner, domain::Timestamp at) {
  return Guarded(unit_, [&] {
    long long key = id;
    std::string who = owner;
    long long when = ToUnixSeconds(at);
    return Execute(unit_.sql, kMarkSent, soci::use(when, "at"), soci::use(key, "id"), soci::use(who, "owner")) > 0;
  });
}

bool SociMailRepository::MarkRetry(app::MailId id, const std::string& owner, domain::Timestamp next_attempt,
                                   const std::string& error) {
  return Guarded(unit_, [&] {
    long long key = id;
    std::string who = owner;
    std::string text = error.substr(0, 1000);
    long long next = ToUnixSeconds(next_attempt);
    return Execute(unit_.sql, kMarkRetry, soci::use(next, "next"), soci::use(text, "error"), soci::use(key, "id"),
                   soci::use(who, "owner")) > 0;
  });
}

bool SociMailRepository::MarkFailed(app::MailId id, const std::string& owner, const std::string& error) {
  return Guarded(unit_, [&] {
    long long key = id;
    std::string who = owner;
    std::string text = error.substr(0, 1000);
    return Execute(unit_.sql, kMarkFailed, soci::use(text, "error"), soci::use(key, "id"), soci::use(who, "owner")) > 0;
  });
}

bool SociMailRepository::Requeue(app::MailId id, domain::Timestamp now) {
  return Guarded(unit_, [&] {
    long long key = id;
    long long at = ToUnixSeconds(now);
    return Execute(unit_.sql, kRequeue, soci::use(at, "now"), soci::use(key, "id")) > 0;
  });
}

app::MailCounts SociMailRepository::Counts() {
  return Guarded(unit_, [&] {
    app::MailCounts counts;
    unit_.sql << kCounts, soci::into(counts.queued), soci::into(counts.sent), soci::into(counts.failed);
    return counts;
  });
}

std::optional<app::Mail> SociMailRepository::Find(app::MailId id) {
  return Guarded(unit_, [&] {
    long long key = id;
    return SelectFirst<MailRow>(unit_.sql, kFindMail, &MailRow::ToMail, soci::use(key, "id"));
  });
}

std::vector<app::Mail> SociMailRepository::List(app::MailStatus status, std::size_t offset, std::size_t limit) {
  return Guarded(unit_, [&] {
    std::string code(app::MailStatusCode(status));
    std::string code2 = code;
    auto rows = static_cast<long long>(limit);
    auto skip = static_cast<long long>(offset);
    return SelectRows<MailRow>(unit_.sql, kListMails, &MailRow::ToMail, soci::use(code, "status"),
                               soci::use(code2, "status2"), soci::use(rows, "limit"), soci::use(skip, "offset"));
  });
}

long long SociMailRepository::PurgeSent(domain::Timestamp before) {
  return Guarded(unit_, [&] {
    long long when = ToUnixSeconds(before);
    return Execute(unit_.sql, kPurgeSent, soci::use(when, "before"));
  });
}

std::vector<app::Notification> SociMailRepository::Undispatched(std::size_t limit) {
  return Guarded(unit_, [&] {
    auto rows = static_cast<long long>(limit);
    return SelectRows<NotificationRow>(unit_.sql, kUndispatched, &NotificationRow::ToNotification,
                                       soci::use(rows, "limit"));
  });
}

void SociMailRepository::SetDelivery(app::NotificationId id, app::NotificationDelivery delivery,
                                     std::optional<app::MailId> mail) {
  Guarded(unit_, [&] {
    long long key = id;
    std::string code(DeliveryCode(delivery));
    Nullable<long long> mail_id(mail);
    Execute(unit_.sql, kSetDelivery, soci::use(code, "delivery"), UseNullable(mail_id, "mail"), soci::use(key, "id"));
    return 0;
  });
}

std::vector<app::Notification> SociMailRepository::WaitingForDigest(const std::string& recipient) {
  return Guarded(unit_, [&] {
    std::string who = recipient;
    return SelectRows<NotificationRow>(unit_.sql, kWaitingForDigest, &NotificationRow::ToNotification,
                                       soci::use(who, "recipient"));
  });
}

std::vector<std::string> SociMailRepository::RecipientsWaitingForDigest() {
  return Guarded(unit_, [&] {
    std::vector<std::string> recipients;
    std::string recipient;
    soci::statement statement = (unit_.sql.prepare << kRecipientsWaiting, soci::into(recipient));
    statement.execute();
    while (statement.fetch()) recipients.push_back(recipient);
    return recipients;
  });
}

long long SociMailRepository::PurgeRead(domain::Timestamp before) {
  return Guarded(unit_, [&] {
    long long when = ToUnixSeconds(before);
    return Execute(unit_.sql, kPurgeRead, soci::use(when, "before"));
  });
}

}  // namespace lp::storage
