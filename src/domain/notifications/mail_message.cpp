#include "domain/notifications/mail_message.hpp"

#include <algorithm>
#include <array>
#include <chrono>
#include <stdexcept>

#include "domain/platform/ascii.hpp"
#include "domain/platform/danish_format.hpp"
#include "domain/platform/text.hpp"
#include "domain/platform/text_encoding.hpp"

namespace lp::domain {
namespace {

constexpr std::string_view kCrlf = "\r\n";
constexpr std::size_t kMaxHeaderLineLength = 78;       // RFC 5322 2.1.1: SHOULD, not counting the CRLF
constexpr std::size_t kMaxLineOctets = 998;            // RFC 5322 2.1.1: MUST, not counting the CRLF
constexpr std::size_t kMaxEncodedWordLength = 75;      // RFC 2047 2
constexpr std::size_t kMaxQuotedPrintableLength = 76;  // RFC 2045 6.7 (5), the soft break's "=" included
constexpr std::string_view kEncodedWordStart = "=?UTF-8?Q?";
constexpr std::string_view kEncodedWordEnd = "?=";
constexpr std::string_view kHexDigits = "0123456789ABCDEF";
constexpr std::string_view kReplacementCharacter = "\xEF\xBF\xBD";  // U+FFFD
// RFC 5322 3.2.3: atext other than letters and digits.
constexpr std::string_view kAtextSymbols = "!#$%&'*+-/=?^_`{|}~";
// RFC 2046 5.1.1: bchars other than letters, digits and the space (which ComposeMail does not accept).
constexpr std::string_view kBoundarySymbols = "'()+_,-./:=?";

constexpr std::array<std::string_view, 7> kDayNamesSundayFirst = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
constexpr std::array<std::string_view, 12> kMonthNames = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                          "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

// Extra headers must not be these: the composer writes them, or they are address fields whose value
// would need the mailbox encoding rather than the unstructured one. Content-* is refused as well.
constexpr std::array<std::string_view, 15> kReservedHeaderNames = {
    "Date",       "From",         "Sender",         "Reply-To",         "To",
    "Cc",         "Bcc",          "Subject",        "Message-ID",       "In-Reply-To",
    "References", "MIME-Version", "Auto-Submitted", "List-Unsubscribe", "List-Unsubscribe-Post"};

bool IsAsciiLetterOrDigit(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); }

bool IsAtext(char c) { return IsAsciiLetterOrDigit(c) || kAtextSymbols.find(c) != std::string_view::npos; }

bool IsDotAtomText(std::string_view text) {
  if (text.empty() || text.front() == '.' || text.back() == '.' || text.find("..") != std::string_view::npos)
    return false;
  return std::ranges::all_of(text, [](char c) { return c == '.' || IsAtext(c); });
}

// Printable ASCII and the space: what a header may hold as it is.
bool IsPrintableAscii(std::string_view text) {
  return std::ranges::all_of(text, [](char c) { return c >= ' ' && c <= '~'; });
}

void CheckAddress(std::string_view address, std::string_view field) {
  const std::size_t at = address.find('@');
  const bool valid = at != std::string_view::npos && at > 0 && at + 1 < address.size() &&
                     address.find('@', at + 1) == std::string_view::npos &&
                     std::ranges::all_of(address, [](char c) { return c == '.' || c == '@' || IsAtext(c); });
  if (!valid) {
    throw std::invalid_argument("ComposeMail: the " + std::string(field) +
                                " address is not a plain local@domain address of ASCII letters, digits and atext");
  }
}

void CheckBoundary(std::string_view boundary) {
  const bool valid =
      !boundary.empty() && boundary.size() <= kMaxMimeBoundaryLength && std::ranges::all_of(boundary, [](char c) {
        return IsAsciiLetterOrDigit(c) || kBoundarySymbols.find(c) != std::string_view::npos;
      });
  if (!valid)
    throw std::invalid_argument("ComposeMail: the MIME boundary must be 1-70 letters, digits or '()+_,-./:=?");
}

void CheckUnsubscribeUrl(std::string_view url) {
  const bool valid = std::ranges::all_of(url, [](char c) { return c > ' ' && c <= '~' && c != '<' && c != '>'; });
  if (!valid)
    throw std::invalid_argument("ComposeMail: the unsubscribe URL must be printable ASCII without spaces, < or >");
}

void CheckExtraHeaderName(std::string_view name) {
  // RFC 5322 3.6.8: ftext is printable ASCII except ":".
  const bool printable =
      !name.empty() && std::ranges::all_of(name, [](char c) { return c > ' ' && c <= '~' && c != ':'; });
  if (!printable)
    throw std::invalid_argument("ComposeMail: an extra header name must be printable ASCII without \":\"");
  const bool reserved = StartsWithIgnoringAsciiCase(name, "Content-") ||
                        std::ranges::any_of(kReservedHeaderNames,
                                            [name](std::string_view r) { return EqualsIgnoringAsciiCase(name, r); });
  if (reserved) {
    throw std::invalid_argument("ComposeMail: the extra header \"" + std::string(name) +
                                "\" is written by the composer or is not unstructured text");
  }
}

// Valid UTF-8: every byte that starts no valid sequence becomes U+FFFD.
std::string ValidUtf8(std::string_view bytes) {
  std::string valid;
  valid.reserve(bytes.size());
  for (std::size_t bad = FindInvalidUtf8(bytes); bad != std::string_view::npos; bad = FindInvalidUtf8(bytes)) {
    valid.append(bytes.substr(0, bad));
    valid.append(kReplacementCharacter);
    bytes.remove_prefix(bad + 1);
  }
  valid.append(bytes);
  return valid;
}

// The text of a header value on one line (see the header): this is what makes header injection
// impossible, as no CR or LF survives it.
std::string HeaderText(std::string_view text) {
  const std::string valid = ValidUtf8(text);
  std::string spaced;
  spaced.reserve(valid.size());
  for (std::size_t i = 0; i < valid.size(); ++i) {
    const auto byte = static_cast<unsigned char>(valid[i]);
    if (byte < 0x20U || byte == 0x7FU) {
      spaced += ' ';
    } else if (byte == 0xC2U && static_cast<unsigned char>(valid[i + 1]) <= 0x9FU) {
      // U+0080–U+009F, the C1 controls (NEL among them); valid UTF-8, so the continuation byte exists.
      spaced += ' ';
      ++i;
    } else if (byte == 0xE2U && valid.compare(i + 1, 1, "\x80") == 0 &&
               (valid.compare(i + 2, 1, "\xA8") == 0 || valid.compare(i + 2, 1, "\xA9") == 0)) {
      spaced += ' ';  // U+2028 LINE SEPARATOR, U+2029 PARAGRAPH SEPARATOR
      i += 2;
    } else {
      spaced += valid[i];
    }
  }
  return OneLine(spaced);
}

std::vector<std::string_view> SplitWords(std::string_view text) {
  std::vector<std::string_view> words;
  while (!text.empty()) {
    const std::size_t space = text.find(' ');
    words.push_back(text.substr(0, space));
    if (space == std::string_view::npos) break;
    text.remove_prefix(space + 1);
  }
  return words;
}

// The bytes of the character starting at pos: a UTF-8 lead byte with its continuation bytes, or one byte.
std::size_t CharacterLength(std::string_view text, std::size_t pos) {
  const auto lead = static_cast<unsigned char>(text[pos]);
  std::size_t expected = 1;
  if ((lead & 0xE0U) == 0xC0U) {
    expected = 2;
  } else if ((lead & 0xF0U) == 0xE0U) {
    expected = 3;
  } else if ((lead & 0xF8U) == 0xF0U) {
    expected = 4;
  }
  std::size_t length = 1;
  while (length < expected && pos + length < text.size() &&
         (static_cast<unsigned char>(text[pos + length]) & 0xC0U) == 0x80U) {
    ++length;
  }
  return length;
}

void AppendHexByte(std::string& out, char c) {
  const auto byte = static_cast<unsigned char>(c);
  out += '=';
  out += kHexDigits[byte >> 4U];
  out += kHexDigits[byte & 0x0FU];
}

// RFC 2047 5 (3): the Q encoding allowed in a phrase, the strictest place, used for all header text.
void AppendQEncoded(std::string& out, std::string_view bytes) {
  for (const char c : bytes) {
    if (c == ' ') {
      out += '_';
    } else if (IsAsciiLetterOrDigit(c) || c == '!' || c == '*' || c == '+' || c == '-' || c == '/') {
      out += c;
    } else {
      AppendHexByte(out, c);
    }
  }
}

// One header field being written, folded at kMaxHeaderLineLength: tokens are separated by one space,
// which becomes CRLF + space where the line is full (unfolding restores the space).
class HeaderField {
 public:
  explicit HeaderField(std::string_view name) : text_(name) {
    text_ += ':';
    line_length_ = text_.size();
  }

  // Characters left on the current line for a token after its separating space.
  [[nodiscard]] std::size_t Room() const {
    return line_length_ + 1 < kMaxHeaderLineLength ? kMaxHeaderLineLength - line_length_ - 1 : 0;
  }

  void Add(std::string_view token) {
    // A token that does not fit goes on a new line, unless it is the first and would not fit there
    // either (a long address or URL stays beside the field name).
    if (token.size() > Room() && (has_token_ || token.size() < kMaxHeaderLineLength)) {
      text_ += kCrlf;
      line_length_ = 0;
    }
    text_ += ' ';
    text_ += token;
    line_length_ += 1 + token.size();
    has_token_ = true;
    if (line_length_ > kMaxLineOctets)
      throw std::invalid_argument("ComposeMail: a header line would exceed 998 octets");
  }

  void AppendTo(std::string& out) const {
    out += text_;
    out += kCrlf;
  }

 private:
  std::string text_;
  std::size_t line_length_ = 0;
  bool has_token_ = false;
};

bool WordsFitOnLines(const std::vector<std::string>& words) {
  return std::ranges::all_of(words, [](const std::string& word) { return word.size() < kMaxHeaderLineLength; });
}

// Header text (valid UTF-8 on one line) as Q encoded-words of at most 75 characters, each holding whole
// characters, filling the current line before folding.
void AddEncodedWords(HeaderField& field, std::string_view text) {
  std::size_t pos = 0;
  while (pos < text.size()) {
    std::string character;
    AppendQEncoded(character, text.substr(pos, CharacterLength(text, pos)));
    std::size_t limit = std::min(kMaxEncodedWordLength, field.Room());
    // Not even one character fits on this line: the word starts the next one.
    if (kEncodedWordStart.size() + character.size() + kEncodedWordEnd.size() > limit) limit = kMaxEncodedWordLength;
    std::string word(kEncodedWordStart);
    while (pos < text.size()) {
      const std::size_t length = CharacterLength(text, pos);
      character.clear();
      AppendQEncoded(character, text.substr(pos, length));
      if (word.size() + character.size() + kEncodedWordEnd.size() > limit) break;
      word += character;
      pos += length;
    }
    word += kEncodedWordEnd;
    field.Add(word);
  }
}

// RFC 5322 unstructured text (the subject, extra header values) from a person or the data.
void AddUnstructured(HeaderField& field, std::string_view raw) {
  const std::string text = HeaderText(raw);
  std::vector<std::string> words;
  for (const std::string_view word : SplitWords(text)) words.emplace_back(word);
  if (IsPrintableAscii(text) && text.find("=?") == std::string::npos && WordsFitOnLines(words)) {
    for (const std::string& word : words) field.Add(word);
  } else {
    AddEncodedWords(field, text);
  }
}

// An RFC 5322 phrase: atoms as they are, other printable ASCII as a quoted-string, the rest encoded.
void AddDisplayName(HeaderField& field, std::string_view name) {
  const bool ascii = IsPrintableAscii(name) && name.find("=?") == std::string_view::npos;
  const bool atoms = std::ranges::all_of(name, [](char c) { return c == ' ' || IsAtext(c); });
  std::vector<std::string> words;
  for (const std::string_view word : SplitWords(name)) {
    std::string token;
    for (const char c : word) {
      if (c == '"' || c == '\\') token += '\\';
      token += c;
    }
    words.push_back(std::move(token));
  }
  if (!atoms && !words.empty()) {
    words.front().insert(0, 1, '"');
    words.back() += '"';
  }
  if (ascii && WordsFitOnLines(words)) {
    for (const std::string& word : words) field.Add(word);
  } else {
    AddEncodedWords(field, name);
  }
}

void AddMailbox(HeaderField& field, const MailAddress& mailbox, std::string_view which) {
  CheckAddress(mailbox.address, which);
  const std::string name = HeaderText(mailbox.name);
  if (name.empty()) {
    field.Add(mailbox.address);
    return;
  }
  AddDisplayName(field, name);
  field.Add("<" + mailbox.address + ">");
}

void AppendHeader(std::string& out, std::string_view name, std::string_view value) {
  HeaderField field(name);
  field.Add(value);
  field.AppendTo(out);
}

void AppendPadded(std::string& out, long long value, std::size_t width) {
  const std::string digits = std::to_string(value);
  if (digits.size() < width) out.append(width - digits.size(), '0');
  out += digits;
}

void AppendBodyPart(std::string& out, std::string_view media_type, std::string_view encoded) {
  out += "Content-Type: ";
  out += media_type;
  out += "; charset=UTF-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n";
  out += encoded;
  out += kCrlf;
}

void CheckBoundaryAbsent(std::string_view encoded, std::string_view boundary) {
  // RFC 2046 5.1.1: the delimiter must not start any line of a part.
  const std::string delimiter = "--" + std::string(boundary);
  std::size_t line_start = 0;
  while (line_start <= encoded.size()) {
    if (encoded.substr(line_start).starts_with(delimiter)) {
      throw std::invalid_argument("ComposeMail: the MIME boundary occurs in a body; use one containing \"=_\"");
    }
    const std::size_t line_end = encoded.find(kCrlf, line_start);
    if (line_end == std::string_view::npos) break;
    line_start = line_end + kCrlf.size();
  }
}

}  // namespace

std::string EncodeQuotedPrintable(std::string_view text) {
  const auto line_break_at = [text](std::size_t pos) -> std::size_t {
    if (pos < text.size() && text[pos] == '\n') return 1;
    if (pos + 1 < text.size() && text[pos] == '\r' && text[pos + 1] == '\n') return 2;
    return 0;
  };
  std::string out;
  out.reserve(text.size() + text.size() / 4);
  std::size_t line_length = 0;
  std::string unit;
  for (std::size_t pos = 0; pos < text.size();) {
    if (const std::size_t line_break = line_break_at(pos); line_break > 0) {
      out += kCrlf;
      line_length = 0;
      pos += line_break;
      continue;
    }
    // A UTF-8 character is kept on one line, so a decoder that works line by line sees it whole.
    const std::size_t length = CharacterLength(text, pos);
    const bool ends_line = pos + length == text.size() || line_break_at(pos + length) > 0;
    unit.clear();
    for (const char c : text.substr(pos, length)) {
      const auto byte = static_cast<unsigned char>(c);
      const bool literal = (byte >= 0x21U && byte <= 0x7EU && c != '=') || ((c == ' ' || c == '\t') && !ends_line);
      if (literal) {
        unit += c;
      } else {
        AppendHexByte(unit, c);
      }
    }
    // The last unit of a line may use the column a soft break's "=" would need.
    const std::size_t room = ends_line ? kMaxQuotedPrintableLength : kMaxQuotedPrintableLength - 1;
    if (line_length + unit.size() > room) {
      out += "=\r\n";
      line_length = 0;
    }
    out += unit;
    line_length += unit.size();
    pos += length;
  }
  return out;
}

std::string FormatMailDate(Timestamp t) {
  const LocalDateTime local = ToCopenhagenTime(t);
  const std::chrono::weekday weekday{std::chrono::sys_days{local.date}};
  std::string out(kDayNamesSundayFirst.at(weekday.c_encoding()));
  out += ", ";
  AppendPadded(out, static_cast<unsigned>(local.date.day()), 2);
  out += ' ';
  out += kMonthNames.at(static_cast<unsigned>(local.date.month()) - 1);
  out += ' ';
  AppendPadded(out, static_cast<int>(local.date.year()), 4);
  out += ' ';
  AppendPadded(out, local.hour, 2);
  out += ':';
  AppendPadded(out, local.minute, 2);
  out += ':';
  AppendPadded(out, local.second, 2);
  out += local.utc_offset_minutes < 0 ? " -" : " +";
  const int offset = local.utc_offset_minutes < 0 ? -local.utc_offset_minutes : local.utc_offset_minutes;
  AppendPadded(out, offset / 60, 2);
  AppendPadded(out, offset % 60, 2);
  return out;
}

std::string MakeMessageId(std::string_view unique, std::string_view host) {
  if (!IsDotAtomText(unique) || !IsDotAtomText(host)) {
    throw std::invalid_argument("MakeMessageId: both parts must be dot-atoms of ASCII letters, digits and atext");
  }
  std::string id(unique);
  id += '@';
  id += host;
  return id;
}

std::string_view MailDomain(std::string_view address) {
  const std::size_t at = address.rfind('@');
  return at == std::string_view::npos ? std::string_view{} : address.substr(at + 1);
}

std::string ComposeMail(const MailMessage& message, std::string_view boundary) {
  CheckBoundary(boundary);
  const std::size_t at = message.message_id.find('@');
  if (at == std::string::npos || !IsDotAtomText(std::string_view(message.message_id).substr(0, at)) ||
      !IsDotAtomText(std::string_view(message.message_id).substr(at + 1))) {
    throw std::invalid_argument("ComposeMail: the Message-ID must be local@domain of dot-atoms, without < >");
  }
  if (!message.unsubscribe_url.empty()) CheckUnsubscribeUrl(message.unsubscribe_url);
  for (const auto& header : message.extra_headers) CheckExtraHeaderName(header.first);

  std::string out;
  AppendHeader(out, "Date", FormatMailDate(message.date));
  HeaderField from("From");
  AddMailbox(from, message.from, "From");
  from.AppendTo(out);
  HeaderField to("To");
  AddMailbox(to, message.to, "To");
  to.AppendTo(out);
  HeaderField subject("Subject");
  AddUnstructured(subject, message.subject);
  subject.AppendTo(out);
  AppendHeader(out, "Message-ID", "<" + message.message_id + ">");
  AppendHeader(out, "Auto-Submitted", "auto-generated");
  if (!message.unsubscribe_url.empty()) {
    AppendHeader(out, "List-Unsubscribe", "<" + message.unsubscribe_url + ">");
    AppendHeader(out, "List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
  }
  for (const auto& [name, value] : message.extra_headers) {
    HeaderField field(name);
    AddUnstructured(field, value);
    field.AppendTo(out);
  }
  AppendHeader(out, "MIME-Version", "1.0");

  const std::string text = EncodeQuotedPrintable(message.text_body);
  if (message.html_body.empty()) {
    AppendBodyPart(out, "text/plain", text);
    return out;
  }
  const std::string html = EncodeQuotedPrintable(message.html_body);
  CheckBoundaryAbsent(text, boundary);
  CheckBoundaryAbsent(html, boundary);
  const std::string delimiter = "--" + std::string(boundary);
  HeaderField content_type("Content-Type");
  content_type.Add("multipart/alternative;");
  content_type.Add("boundary=\"" + std::string(boundary) + "\"");
  content_type.AppendTo(out);
  out += kCrlf;
  out += delimiter;
  out += kCrlf;
  AppendBodyPart(out, "text/plain", text);
  out += delimiter;
  out += kCrlf;
  AppendBodyPart(out, "text/html", html);
  out += delimiter;
  out += "--";
  out += kCrlf;
  return out;
}

}  // namespace lp::domain
