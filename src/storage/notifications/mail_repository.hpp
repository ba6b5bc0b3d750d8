#pragma once

#include "app/notifications/mail_repository.hpp"
#include "storage/platform/transaction.hpp"

namespace lp::storage {

// app::MailRepository over SOCI (tables mail_outbox and notifications, migration 014).
class SociMailRepository final : public app::MailRepository {
 public:
  explicit SociMailRepository(UnitOfWork& unit) : unit_(unit) {}

  app::MailId Queue(const app::NewMail& mail) override;
  std::vector<app::MailId> Due(domain::Timestamp now, std::size_t limit) override;
  std::optional<app::Mail> Claim(app::MailId id, const std::string& owner, domain::Timestamp now,
                                 domain::Timestamp until) override;
  bool MarkSent(app::MailId id, const std::string& owner, domain::Timestamp at) override;
  bool MarkRetry(app::MailId id, const std::string& owner, domain::Timestamp next_attempt,
                 const std::string& error) override;
  bool MarkFailed(app::MailId id, const std::string& owner, const std::string& error) override;
  bool Requeue(app::MailId id, domain::Timestamp now) override;
  app::MailCounts Counts() override;
  std::optional<app::Mail> Find(app::MailId id) override;
  std::vector<app::Mail> List(app::MailStatus status, std::size_t offset, std::size_t limit) override;
  long long PurgeSent(domain::Timestamp before) override;
  std::vector<app::Notification> Undispatched(std::size_t limit) override;
  void SetDelivery(app::NotificationId id, app::NotificationDelivery delivery,
                   std::optional<app::MailId> mail) override;
  std::vector<app::Notification> WaitingForDigest(const std::string& recipient) override;
  std::vector<std::string> RecipientsWaitingForDigest() override;
  long long PurgeRead(domain::Timestamp before) override;

 private:
  UnitOfWork& unit_;
};

}  // namespace lp::storage
