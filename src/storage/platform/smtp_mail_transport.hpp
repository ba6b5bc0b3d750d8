#pragma once

#include <utility>

#include "app/platform/outbound_mail.hpp"
#include "storage/platform/smtp_client.hpp"

namespace lp::storage {

// app::MailTransport over SMTP (libcurl, storage/platform/smtp_client).
class SmtpMailTransport final : public app::MailTransport {
 public:
  explicit SmtpMailTransport(SmtpSettings settings) : client_(std::move(settings)) {}

  app::MailSendOutcome Send(std::string_view envelope_from, std::string_view to, std::string_view message) override {
    const auto outcome = client_.Send(envelope_from, to, message);
    switch (outcome.kind) {
      case SmtpOutcomeKind::Sent: return {app::MailSendKind::Sent, outcome.detail};
      case SmtpOutcomeKind::Rejected: return {app::MailSendKind::Rejected, outcome.detail};
      case SmtpOutcomeKind::Failed: return {app::MailSendKind::Failed, outcome.detail};
    }
    return {app::MailSendKind::Failed, outcome.detail};
  }
  std::optional<std::string> Check() override { return client_.Check(); }

 private:
  SmtpClient client_;
};

}  // namespace lp::storage
