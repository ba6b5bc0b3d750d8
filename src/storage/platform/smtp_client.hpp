#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

namespace lp::storage {

// Where the portal's mail goes, and how it logs in (LP_SMTP_URL, LP_SMTP_USER, LP_SMTP_PASSWORD).
struct SmtpSettings {
  // "smtp://host:587": STARTTLS whenever the server offers it, and required (nothing is sent otherwise)
  //   when there are credentials, so a password never crosses the network unencrypted;
  // "smtps://host:465": TLS from the first byte.
  // An optional path names the client in EHLO ("smtp://host:587/portal.example.dk"). Credentials in the URL
  // ("smtp://user:password@host") count as credentials too, but `user` and `password` are the place for them.
  std::string url;
  std::string user;  // empty: no login
  std::string password;
  // The limit for connecting, and for the whole exchange of one Send or Check (0: none; not advised).
  std::chrono::seconds timeout{30};
  // A PEM bundle to trust instead of the system's (a private CA, the tests' self-signed certificate).
  std::string ca_file;
  // false accepts any certificate for any host name: for diagnosis only, never in production.
  bool verify_peer = true;
};

enum class SmtpOutcomeKind {
  // The server took responsibility for the message (250 after the end of DATA).
  Sent,
  // Permanent for this message, do not retry it: the server refused the recipient (5xx to RCPT TO), the
  // content (5xx after the end of DATA) or the size (552 to MAIL FROM); or the client refused to send an
  // address or message that could inject SMTP commands (see Send).
  Rejected,
  // Try again later: the server could not be reached, TLS failed or was not offered where it is required,
  // a timeout, any 4xx, and a 5xx about the session rather than this message (greeting, STARTTLS, login,
  // "authentication required", a refused envelope sender). These are fixed by time or by configuration,
  // and each message would fail the same way until then.
  Failed,
};

struct SmtpOutcome {
  SmtpOutcomeKind kind = SmtpOutcomeKind::Failed;
  // English and technical, for the log and the administrator page, e.g. "recipient refused: 550 5.1.1
  // Recipient rejected". It holds the server's last reply line and curl's error text, never credentials.
  std::string detail;
  // The server's last reply code (250, 550, …); 0 when no reply was read (e.g. the connection failed).
  long smtp_code = 0;
};

// Sends mail over SMTP with libcurl. A CURL handle and a connection per call, so one client may be used
// from any number of threads at once; libcurl's global initialisation happens once, on first construction.
class SmtpClient {
 public:
  // Throws std::invalid_argument when the URL is not an smtp:// or smtps:// URL with a host.
  explicit SmtpClient(SmtpSettings settings);

  // Sends `message`, a complete RFC 5322 message with CRLF line ends, from `envelope_from` (MAIL FROM) to
  // the single recipient `to` (RCPT TO). The bytes arrive unchanged (libcurl dot-stuffs lines that start
  // with "."); a message that does not end in CRLF gets one. An empty `envelope_from` is the null
  // reverse-path "<>" (mail that must not bounce). Blocks for at most about the timeout.
  // Refused without contacting the server (Rejected, smtp_code 0): an empty `to`; an address with a space,
  // a control character, "<" or ">"; a message with a bare CR or LF or a NUL byte (a server that took a
  // bare LF as a line end could be made to see commands in it).
  SmtpOutcome Send(std::string_view envelope_from, std::string_view to, std::string_view message) const;

  // Connects, greets, negotiates TLS and logs in as Send would, then sends NOOP: for the start-up check
  // and the administrator page. Returns nothing when all of that worked, else the reason (as
  // SmtpOutcome::detail). It cannot tell whether the server would accept mail without a login when
  // none is configured: many servers answer that only to MAIL FROM.
  std::optional<std::string> Check() const;

 private:
  SmtpSettings settings_;
  bool has_credentials_ = false;  // a user, in the settings or the URL
};

}  // namespace lp::storage
