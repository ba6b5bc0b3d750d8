#pragma once

// The mail side of the notifications (issue 16). Three jobs move a notification from the outbox to a
// mail server, each in its own transactions:
// - Dispatch: each new notification is decided by the recipient's frequency for its category: a mail
//   of its own now (composed and queued in mail_outbox), a digest later, or only the inbox. With mail
//   off (no LP_SMTP_URL) every notification stays in the inbox only.
// - SendDue: each due mail is claimed with a lease (one process sends it), sent over SMTP, and marked
//   sent; a temporary failure is retried with back-off (1, 5, 15, 60 and 240 minutes), and after the
//   last attempt, or at once when the server refuses the message for good, it is marked failed for the
//   administrator, who may queue it again. A refused recipient never holds up the others.
// - Purge: read notifications and sent mails after a year, job runs after 90 days.
//
// What can go twice: the sender marks a mail sent after the server's "250". If the process dies
// between the two, the mail's lease expires (kMailLease) and another round sends it again; the
// recipient may get it twice, with the same Message-ID. Nothing is lost: at least once, never silently
// dropped.

#include <chrono>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>

#include "app/notifications/mail_repository.hpp"
#include "app/platform/auth_service.hpp"
#include "app/platform/outbound_mail.hpp"
#include "app/platform/paging.hpp"
#include "app/platform/result.hpp"
#include "app/platform/store.hpp"
#include "domain/platform/user.hpp"

namespace lp::app {

inline constexpr int kMaxMailAttempts = 6;
inline constexpr std::chrono::minutes kMailLease{5};
inline constexpr std::size_t kMailListPageSize = 25;

// The wait before attempt n + 1 after the n-th failed one.
std::chrono::minutes MailBackoff(int attempts);

struct MailOverview {
  bool enabled = false;
  std::string server;  // as the settings name it
  MailCounts counts;
  MailStatus shown = MailStatus::Failed;
  std::vector<Mail> mails;
  PageSpan span;
};

class MailService {
 public:
  MailService(Store& store, const OutboundMail& mail, Clock clock = SystemNow);

  bool Enabled() const { return mail_.Enabled(); }

  // The jobs; each returns its result for the run's record.
  std::string Dispatch(domain::Timestamp now);
  std::string SendDue(domain::Timestamp now, const std::string& owner);
  std::string Purge(domain::Timestamp now);

  // The administrator page.
  MailOverview Overview(MailStatus shown, std::size_t page) const;
  Result<Unit> Resend(const domain::User& administrator, MailId id, std::string_view remote_address);
  // `ledelsesportal send-test-mail`: composes and queues a test mail, then sends what is due.
  Result<std::string> SendTestMail(const std::string& to, const std::string& owner);
  std::optional<std::string> CheckServer() const;

  // The digests: one mail per person with everything waiting in the categories they get daily (or
  // weekly). Each notification goes into one digest; a category the person has since set to "at once"
  // goes out with the daily one, one set to "only in the portal" is left there.
  std::string SendDigests(domain::DeliveryFrequency frequency, domain::Timestamp now);

  // The one-click unsubscribe (RFC 8058) of what a mail was about, for an address: a category's code
  // ("frister"), or "dagligt"/"ugentligt" for a digest (then every category at that frequency). The
  // token authorises it without a login; the category (or categories) becomes "only in the portal".
  std::string UnsubscribeToken(const std::string& recipient, std::string_view what) const;
  std::string UnsubscribeLink(const std::string& recipient, std::string_view what) const;
  // What `what` names in Danish ("Frister og påmindelser", "den daglige sammenfatning"); none when unknown.
  static std::optional<std::string> UnsubscribeLabel(std::string_view what);
  Result<Unit> Unsubscribe(const std::string& recipient, std::string_view what, std::string_view token);

 private:
  std::string ComposeNotificationMail(const Notification& notification, std::string_view message_id) const;
  std::string Key() const;

  Store& store_;
  const OutboundMail& mail_;
  Clock clock_;
  mutable std::mutex key_mutex_;
  mutable std::string key_;
};

}  // namespace lp::app
