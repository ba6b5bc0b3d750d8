#pragma once

// Outbound mail, a platform capability like the database (issue 16): the composition root builds it
// from LP_SMTP_URL, LP_SMTP_USER, LP_SMTP_PASSWORD, LP_MAIL_FROM and LP_PUBLIC_URL and adds it to
// app::Services before the modules; the notifications module queues and sends through it. Without an
// SMTP URL mail is off: nothing is mailed, and the portal says so where it matters.

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

namespace lp::app {

enum class MailSendKind {
  Sent,      // the server took the message
  Rejected,  // permanent for this message: do not retry
  Failed,    // try again later
};

struct MailSendOutcome {
  MailSendKind kind = MailSendKind::Failed;
  std::string detail;  // technical, for the log and the administrator page; never credentials
};

// Sends one composed message (RFC 5322, CRLF) to one recipient. Thread-safe.
class MailTransport {
 public:
  virtual ~MailTransport() = default;
  virtual MailSendOutcome Send(std::string_view envelope_from, std::string_view to, std::string_view message) = 0;
  // Connects (and logs in) without sending: none when all is well, else the reason.
  virtual std::optional<std::string> Check() = 0;
};

struct MailSettings {
  std::string from_address;  // LP_MAIL_FROM, e.g. "ledelsesportalen@rm.dk"
  std::string from_name = "Ledelsesportalen";
  std::string public_url;        // LP_PUBLIC_URL, e.g. "https://ledelsesportal.rm.dk": links in mail and calendars
  std::string smtp_description;  // the server as the administrator page names it ("smtp://mail.rm.dk:587")
};

// The service modules get: the settings, and the transport when mail is on.
class OutboundMail {
 public:
  OutboundMail(MailSettings settings, std::unique_ptr<MailTransport> transport)
      : settings_(std::move(settings)), transport_(std::move(transport)) {}

  bool Enabled() const { return transport_ != nullptr; }
  const MailSettings& Settings() const { return settings_; }
  MailTransport* Transport() const { return transport_.get(); }
  // An absolute link for a portal path: LP_PUBLIC_URL + path.
  std::string Link(std::string_view path) const {
    std::string base = settings_.public_url;
    while (!base.empty() && base.back() == '/') base.pop_back();
    return base + std::string(path);
  }

 private:
  MailSettings settings_;
  std::unique_ptr<MailTransport> transport_;
};

}  // namespace lp::app
