#pragma once

// The notification mails as Internet messages (RFC 5322 with MIME, RFC 2045–2047): the text handed to
// the SMTP transport, which only adds the envelope and SMTP's dot-stuffing.
//
// What ComposeMail writes:
// - Headers in this order: Date, From, To, Subject, Message-ID, Auto-Submitted: auto-generated (RFC
//   3834, so auto-responders stay quiet), List-Unsubscribe and List-Unsubscribe-Post (RFC 2369, RFC
//   8058 one-click; only with an unsubscribe_url), the extra headers, MIME-Version and Content-Type.
// - Date in Copenhagen local time with its offset, "Sat, 05 Dec 2026 22:40:00 +0100" (English names,
//   as RFC 5322 requires).
// - Header text (the subject, display names, extra header values) is made one line first: invalid
//   UTF-8 becomes U+FFFD, control characters (CR and LF included) and U+2028/U+2029 become spaces,
//   runs of white space one space, none at the ends. A value with a line break therefore cannot add a
//   header. Printable ASCII is written as it is (a display name with specials as a quoted-string);
//   anything else, a word too long for a line, or text containing "=?" (which a reader could take for
//   an encoded-word), as RFC 2047 Q encoded-words ("=?UTF-8?Q?…?="), each at most 75 characters and
//   holding whole UTF-8 characters only.
// - Header lines folded at 78 characters, at the spaces between words (unfolding gives the text
//   back). A first token that does not fit beside the field name starts the next line. Only a single
//   token that cannot be folded (an address, the Message-ID, the unsubscribe URL) longer than 77
//   characters makes a line longer; a line over 998 octets throws.
// - The body as multipart/alternative: text/plain, then text/html (the last is the preferred one),
//   both charset=UTF-8 and quoted-printable (RFC 2045): lines of at most 76 characters with soft line
//   breaks, never inside an "=XX" triplet or a UTF-8 character; "=", control characters, bytes above
//   0x7E and a space or tab before a line break encoded. Line breaks of the text ("\n" or "\r\n")
//   become CRLF hard line breaks, a lone CR is encoded as =0D. The bytes of the bodies are kept as
//   they are (they are not checked for valid UTF-8). Without an html_body the message is a single
//   text/plain part.
// - CRLF line ends throughout, the last line included.

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "domain/platform/time.hpp"

namespace lp::domain {

struct MailAddress {
  // An addr-spec without quoting, "local@domain" (validated elsewhere). ComposeMail throws
  // std::invalid_argument unless it has exactly one "@" with text on both sides and holds nothing
  // but ASCII letters, digits, "." and !#$%&'*+-/=?^_`{|}~ (so no CR, LF, white space, "<", ">", ",").
  std::string address;
  std::string name;  // the display name, UTF-8 (Danish letters welcome); may be empty
};

struct MailMessage {
  MailAddress from;
  MailAddress to;
  std::string subject;    // UTF-8, one line (line breaks become spaces)
  std::string text_body;  // UTF-8 plain text, "\n" line breaks
  std::string html_body;  // UTF-8 HTML document; empty for a text-only message
  Timestamp date{};       // the Date header, written in Copenhagen local time with its offset
  // Without angle brackets, "local@domain" with dot-atoms on both sides, e.g.
  // "n42.1a2b3c@ledelsesportal.rm.dk"; see MakeMessageId. Required.
  std::string message_id;
  // Optional: an absolute URL (printable ASCII, no spaces, "<" or ">") for List-Unsubscribe, with
  // List-Unsubscribe-Post: List-Unsubscribe=One-Click. RFC 8058 wants an https URL that takes a POST
  // without further questions, and a DKIM signature covering both headers (the relay's job).
  std::string unsubscribe_url;
  // Written after the standard headers, e.g. {"X-Ledelsesportal-Kategori", "frister"}. The value is
  // unstructured text (treated like the subject). The name must be printable ASCII without ":" and
  // must not be a field the composer writes or an address or MIME field (Date, From, Sender,
  // Reply-To, To, Cc, Bcc, Subject, Message-ID, In-Reply-To, References, MIME-Version, Content-*,
  // Auto-Submitted, List-Unsubscribe, List-Unsubscribe-Post; any case); otherwise ComposeMail throws.
  std::vector<std::pair<std::string, std::string>> extra_headers;
};

// The boundary ComposeMail accepts is 1–70 characters of RFC 2046's bchars without the space:
// letters, digits and '()+_,-./:=? A boundary containing "=_" can never occur in quoted-printable
// text, so such a boundary never collides with a body.
inline constexpr std::size_t kMaxMimeBoundaryLength = 70;

// The whole message: headers and body with CRLF line ends, ready for SMTP DATA (dot-stuffing is the
// transport's job). Throws std::invalid_argument for input the caller controls (a programming error,
// not a person's input): an invalid address, message_id, unsubscribe_url, boundary or extra header
// name (see above), a boundary line ("--" + boundary) occurring in an encoded body, or a header line
// that would exceed 998 octets.
std::string ComposeMail(const MailMessage& message, std::string_view boundary);

// A Message-ID (without angle brackets) "<unique>@<host>", e.g. ("n42.1a2b3c", "ledelsesportal.rm.dk")
// -> "n42.1a2b3c@ledelsesportal.rm.dk". Both parts must be dot-atoms (ASCII letters, digits,
// !#$%&'*+-/=?^_`{|}~ and single dots inside); throws std::invalid_argument otherwise. `unique` must be
// unique for the host, e.g. the notification's id and a random or time-based token.
std::string MakeMessageId(std::string_view unique, std::string_view host);

// The domain of an address, the part after its last "@" ("" when there is none): the host for a
// Message-ID when the portal has no better one, MakeMessageId(token, MailDomain(from.address)).
std::string_view MailDomain(std::string_view address);

// The RFC 5322 date-time of t in Copenhagen local time, "Sat, 05 Dec 2026 22:40:00 +0100".
std::string FormatMailDate(Timestamp t);

// Text as quoted-printable (RFC 2045) as ComposeMail writes the bodies (see above), without a line
// break after the last line.
std::string EncodeQuotedPrintable(std::string_view text);

}  // namespace lp::domain
