#include "domain/notifications/mail_message.hpp"

#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <optional>
#include <random>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "domain/platform/text_encoding.hpp"

namespace lp::domain {
namespace {

using namespace std::chrono_literals;
using std::chrono::sys_days;
using std::chrono::year_month_day;

constexpr std::string_view kBoundary = "=_lp_7f3a9c";

Timestamp Utc(year_month_day d, int hour, int minute = 0, int second = 0) {
  return Timestamp{sys_days{d}} + std::chrono::hours{hour} + std::chrono::minutes{minute} +
         std::chrono::seconds{second};
}

// Danish text with what quoted-printable must get right: letters above ASCII, typographic quotes, a
// long line with spaces, a long line without, trailing spaces and tabs, a line of spaces only, "="
// and things that look like its escapes, a lone dot and "From " at the start of a line.
const std::string kDanishText =
    "Kære Åse,\n"
    "\n"
    "Handleplanen „Økonomi og løn“ for Afdeling Ø skal være færdig senest fredag 11.12.2026. Planen er endnu "
    "ikke godkendt af din leder, så husk at sende den til godkendelse i god tid før fristen.\n"
    "Linje med mellemrum til sidst   \n"
    "Linje med tabulator til sidst\t\n"
    "   \n"
    "1 + 1 = 2, 50 % af 3 € er 1,50 € – og =3D er ikke en kode, heller ikke =\n"
    "Ø: ÆØÅæøåÆØÅæøåÆØÅæøåÆØÅæøåÆØÅæøåÆØÅæøåÆØÅæøåÆØÅæøåÆØÅæøåÆØÅæøåÆØÅæøåÆØÅæøåÆØÅæøåÆØÅæøå\n"
    ".\n"
    "From Ledelsesportalen\n"
    "Venlig hilsen\n"
    "Ledelsesportalen ";

const std::string kDanishHtml =
    "<!DOCTYPE html>\n"
    "<html lang=\"da\"><head><meta charset=\"utf-8\"><title>Påmindelse</title></head>\n"
    "<body style=\"font-family: Arial, sans-serif; color: #1a1a1a; background: #ffffff; margin: 0; padding: 24px\">\n"
    "<p>Kære Åse,</p>  \n"
    "<p>Handleplanen „Økonomi og løn“ skal være færdig senest <strong>fredag 11.12.2026</strong>.</p>\n"
    "<p><a href=\"https://ledelsesportal.rm.dk/aktivering/planer/42?fane=aktiviteter&amp;vis=alle\">Åbn "
    "planen</a></p>\n"
    "</body></html>\n";

MailMessage DanishMessage() {
  MailMessage message;
  message.from = {"noreply@ledelsesportal.rm.dk", "Ledelsesportalen – Region Midtjylland"};
  message.to = {"aase.aeroe@rm.dk", "Åse Ærø-Sørensen"};
  message.subject = "Påmindelse: „Handleplan for Økonomi og Løn“ skal være færdig senest fredag";
  message.text_body = kDanishText;
  message.html_body = kDanishHtml;
  message.date = Utc(2026y / 12 / 5, 21, 40);
  message.message_id = "n42.1a2b3c@ledelsesportal.rm.dk";
  return message;
}

// ---------------------------------------------------------------------------------------------------
// A small reader of what ComposeMail writes, strict where the composer must be.

// The lines without their CRLF; fails the test on a bare CR or LF or a missing final CRLF.
std::vector<std::string> CrlfLines(std::string_view text) {
  std::vector<std::string> lines;
  while (!text.empty()) {
    const std::size_t end = text.find("\r\n");
    if (end == std::string_view::npos) {
      ADD_FAILURE() << "text does not end with CRLF: " << text;
      break;
    }
    const std::string_view line = text.substr(0, end);
    EXPECT_EQ(line.find_first_of("\r\n"), std::string_view::npos) << "bare CR or LF in: " << line;
    lines.emplace_back(line);
    text.remove_prefix(end + 2);
  }
  return lines;
}

struct Header {
  std::string name;
  std::string value;  // unfolded (CRLF removed), without the white space after the colon
};

struct Entity {
  std::vector<Header> headers;
  std::vector<std::string> header_lines;
  std::vector<std::string> body_lines;
};

Entity ParseEntity(const std::vector<std::string>& lines) {
  Entity entity;
  std::size_t i = 0;
  for (; i < lines.size() && !lines[i].empty(); ++i) {
    const std::string& line = lines[i];
    entity.header_lines.push_back(line);
    if (line.front() == ' ' || line.front() == '\t') {
      if (entity.headers.empty()) {
        ADD_FAILURE() << "continuation line before any header: " << line;
        continue;
      }
      entity.headers.back().value += line;
      continue;
    }
    const std::size_t colon = line.find(':');
    if (colon == std::string::npos) {
      ADD_FAILURE() << "header line without a colon: " << line;
      continue;
    }
    entity.headers.push_back({line.substr(0, colon), line.substr(colon + 1)});
  }
  for (Header& header : entity.headers) header.value.erase(0, header.value.find_first_not_of(" \t"));
  EXPECT_LT(i, lines.size()) << "no empty line after the headers";
  if (i < lines.size()) entity.body_lines.assign(lines.begin() + static_cast<std::ptrdiff_t>(i) + 1, lines.end());
  return entity;
}

Entity ParseMessage(std::string_view message) { return ParseEntity(CrlfLines(message)); }

std::vector<std::string> HeaderValues(const Entity& entity, std::string_view name) {
  std::vector<std::string> values;
  for (const Header& header : entity.headers) {
    if (header.name == name) values.push_back(header.value);
  }
  return values;
}

// The one value of the header; fails the test when there is none or more than one.
std::string HeaderValue(const Entity& entity, std::string_view name) {
  const std::vector<std::string> values = HeaderValues(entity, name);
  EXPECT_EQ(values.size(), 1U) << "header " << name;
  return values.empty() ? std::string{} : values.front();
}

int HexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;  // RFC 2045 requires upper-case hex digits
}

// Quoted-printable lines (without their CRLFs) back to bytes with "\n" line breaks. Fails the test on
// anything RFC 2045 forbids: a line over 76 characters, unencoded trailing white space, an "=" that
// starts no soft break or "=XX" triplet (a triplet split by a soft break is one), a raw byte that is
// not printable ASCII.
std::string DecodeQuotedPrintable(const std::vector<std::string>& lines) {
  std::string decoded;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    std::string_view line = lines[i];
    EXPECT_LE(line.size(), 76U) << "quoted-printable line too long: " << line;
    EXPECT_FALSE(!line.empty() && (line.back() == ' ' || line.back() == '\t')) << "trailing white space: " << line;
    // A line ending in "=" has a soft break; an escape cut by it ("=C" + "=") is then broken below.
    const bool soft_break = !line.empty() && line.back() == '=';
    if (soft_break) line.remove_suffix(1);
    for (std::size_t j = 0; j < line.size(); ++j) {
      const char c = line[j];
      if (c == '=') {
        const int high = j + 1 < line.size() ? HexValue(line[j + 1]) : -1;
        const int low = j + 2 < line.size() ? HexValue(line[j + 2]) : -1;
        if (high < 0 || low < 0) {
          ADD_FAILURE() << "broken escape in: " << lines[i];
          continue;
        }
        decoded += static_cast<char>(high * 16 + low);
        j += 2;
      } else {
        EXPECT_TRUE((c >= '!' && c <= '~') || c == ' ' || c == '\t') << "raw byte " << int(c) << " in " << lines[i];
        decoded += c;
      }
    }
    if (!soft_break && i + 1 < lines.size()) decoded += '\n';
  }
  return decoded;
}

std::vector<std::string> SplitCrlf(std::string_view text) {
  std::vector<std::string> lines;
  while (true) {
    const std::size_t end = text.find("\r\n");
    lines.emplace_back(text.substr(0, end));
    if (end == std::string_view::npos) return lines;
    text.remove_prefix(end + 2);
  }
}

std::string DecodeBase64(std::string_view text) {
  constexpr std::string_view kAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  std::string decoded;
  unsigned bits = 0;
  int count = 0;
  for (const char c : text) {
    if (c == '=') break;
    const std::size_t value = kAlphabet.find(c);
    if (value == std::string_view::npos) {
      ADD_FAILURE() << "not base64: " << text;
      return decoded;
    }
    bits = (bits << 6U) | static_cast<unsigned>(value);
    count += 6;
    if (count >= 8) {
      count -= 8;
      decoded += static_cast<char>((bits >> static_cast<unsigned>(count)) & 0xFFU);
    }
  }
  return decoded;
}

// One RFC 2047 encoded-word, or nullopt when the token is not one. Checks its length (at most 75),
// its charset (UTF-8) and that it holds whole UTF-8 characters.
std::optional<std::string> DecodeEncodedWord(std::string_view token) {
  if (!token.starts_with("=?") || !token.ends_with("?=") || token.size() < 8) return std::nullopt;
  const std::string_view inner = token.substr(2, token.size() - 4);
  const std::size_t first = inner.find('?');
  const std::size_t second = first == std::string_view::npos ? first : inner.find('?', first + 1);
  if (second == std::string_view::npos || second != first + 2) return std::nullopt;
  const std::string_view charset = inner.substr(0, first);
  const char encoding = inner[first + 1];
  const std::string_view text = inner.substr(second + 1);
  if (text.find('?') != std::string_view::npos) return std::nullopt;
  EXPECT_LE(token.size(), 75U) << "encoded-word too long: " << token;
  EXPECT_TRUE(charset == "UTF-8" || charset == "utf-8") << token;
  std::string decoded;
  if (encoding == 'B' || encoding == 'b') {
    decoded = DecodeBase64(text);
  } else if (encoding == 'Q' || encoding == 'q') {
    for (std::size_t i = 0; i < text.size(); ++i) {
      if (text[i] == '_') {
        decoded += ' ';
      } else if (text[i] == '=' && i + 2 < text.size() && HexValue(text[i + 1]) >= 0 && HexValue(text[i + 2]) >= 0) {
        decoded += static_cast<char>(HexValue(text[i + 1]) * 16 + HexValue(text[i + 2]));
        i += 2;
      } else {
        EXPECT_TRUE(text[i] > ' ' && text[i] <= '~' && text[i] != '=') << "bad Q text in " << token;
        decoded += text[i];
      }
    }
  } else {
    return std::nullopt;
  }
  EXPECT_TRUE(IsValidUtf8(decoded)) << "encoded-word splits a UTF-8 character: " << token;
  return decoded;
}

// Unstructured header text (unfolded) as a person reads it: encoded-words decoded, the white space
// between two adjacent encoded-words dropped (RFC 2047 6.2).
std::string DecodeHeaderText(std::string_view value) {
  std::string decoded;
  std::string pending_space;
  bool previous_encoded = false;
  while (!value.empty()) {
    const std::size_t word_start = value.find_first_not_of(" \t");
    const std::string_view space = value.substr(0, word_start);
    if (word_start == std::string_view::npos) {
      decoded += space;
      break;
    }
    value.remove_prefix(word_start);
    const std::size_t word_end = value.find_first_of(" \t");
    const std::string_view token = value.substr(0, word_end);
    value.remove_prefix(token.size());
    if (const std::optional<std::string> word = DecodeEncodedWord(token)) {
      if (!previous_encoded) decoded += space;
      decoded += *word;
      previous_encoded = true;
    } else {
      decoded += space;
      decoded += token;
      previous_encoded = false;
    }
  }
  return decoded;
}

struct Mailbox {
  std::string name;
  std::string address;
};

// A From or To value: `address`, `phrase <address>` or `"quoted string" <address>`.
Mailbox DecodeMailbox(std::string_view value) {
  Mailbox mailbox;
  if (!value.ends_with('>')) {
    mailbox.address = std::string(value);
    return mailbox;
  }
  const std::size_t open = value.rfind('<');
  if (open == std::string_view::npos || open == 0 || value[open - 1] != ' ') {
    ADD_FAILURE() << "bad mailbox: " << value;
    return mailbox;
  }
  mailbox.address = std::string(value.substr(open + 1, value.size() - open - 2));
  const std::string_view phrase = value.substr(0, open - 1);
  if (phrase.starts_with('"')) {
    EXPECT_TRUE(phrase.size() >= 2 && phrase.ends_with('"')) << "unterminated quoted-string: " << phrase;
    for (std::size_t i = 1; i + 1 < phrase.size(); ++i) {
      if (phrase[i] == '\\') {
        ++i;
      } else {
        EXPECT_NE(phrase[i], '"') << "unescaped quote in " << phrase;
      }
      mailbox.name += phrase[i];
    }
  } else {
    EXPECT_EQ(phrase.find_first_of("\"(),.:;<>@[\\]"), std::string_view::npos)
        << "a special outside quotes: " << phrase;
    mailbox.name = DecodeHeaderText(phrase);
  }
  return mailbox;
}

struct ComposedMessage {
  Entity top;
  std::vector<Entity> parts;  // the parts of the multipart body, in order
};

// The message and its multipart/alternative parts. Fails the test unless the body is exactly one
// delimiter line before each part and the close delimiter at the end, with no other line that starts
// with the delimiter (the boundary never occurs in a part).
ComposedMessage ParseMultipart(std::string_view message, std::string_view boundary) {
  ComposedMessage composed{ParseMessage(message), {}};
  const std::string delimiter = "--" + std::string(boundary);
  std::vector<std::vector<std::string>> part_lines;
  bool closed = false;
  for (const std::string& line : composed.top.body_lines) {
    if (closed) {
      ADD_FAILURE() << "text after the close delimiter: " << line;
    } else if (line == delimiter + "--") {
      closed = true;
    } else if (line == delimiter) {
      part_lines.emplace_back();
    } else if (part_lines.empty()) {
      ADD_FAILURE() << "preamble line: " << line;
    } else {
      EXPECT_FALSE(line.starts_with(delimiter)) << "a part line starts with the boundary: " << line;
      part_lines.back().push_back(line);
    }
  }
  EXPECT_TRUE(closed) << "no close delimiter";
  for (const auto& lines : part_lines) composed.parts.push_back(ParseEntity(lines));
  return composed;
}

// The decoded body of a part, checking its quoted-printable headers.
std::string PartText(const Entity& part) {
  EXPECT_EQ(HeaderValue(part, "Content-Transfer-Encoding"), "quoted-printable");
  return DecodeQuotedPrintable(part.body_lines);
}

std::string WithNewlines(std::string text) {
  for (std::size_t at = text.find("\r\n"); at != std::string::npos; at = text.find("\r\n", at)) text.erase(at, 1);
  return text;
}

// ---------------------------------------------------------------------------------------------------

TEST(ComposeMail, WritesEachRequiredHeaderOnce) {
  const Entity top = ParseMessage(ComposeMail(DanishMessage(), kBoundary));
  for (const char* name :
       {"Date", "From", "To", "Subject", "Message-ID", "Auto-Submitted", "MIME-Version", "Content-Type"}) {
    EXPECT_EQ(HeaderValues(top, name).size(), 1U) << name;
  }
  EXPECT_EQ(HeaderValue(top, "Message-ID"), "<n42.1a2b3c@ledelsesportal.rm.dk>");
  EXPECT_EQ(HeaderValue(top, "Auto-Submitted"), "auto-generated");
  EXPECT_EQ(HeaderValue(top, "MIME-Version"), "1.0");
  EXPECT_EQ(HeaderValue(top, "Content-Type"), "multipart/alternative; boundary=\"=_lp_7f3a9c\"");
  EXPECT_TRUE(HeaderValues(top, "List-Unsubscribe").empty());
  EXPECT_TRUE(HeaderValues(top, "List-Unsubscribe-Post").empty());
}

TEST(ComposeMail, WritesTheDateInCopenhagenWinterTimeWithItsOffset) {
  const Entity top = ParseMessage(ComposeMail(DanishMessage(), kBoundary));
  EXPECT_EQ(HeaderValue(top, "Date"), "Sat, 05 Dec 2026 22:40:00 +0100");
}

TEST(ComposeMail, WritesTheDateInCopenhagenSummerTimeWithItsOffset) {
  MailMessage message = DanishMessage();
  message.date = Utc(2026y / 7 / 1, 12, 5, 9);
  const Entity top = ParseMessage(ComposeMail(message, kBoundary));
  EXPECT_EQ(HeaderValue(top, "Date"), "Wed, 01 Jul 2026 14:05:09 +0200");
}

TEST(FormatMailDate, UsesTheLocalDateAcrossMidnightAndTheClockChanges) {
  EXPECT_EQ(FormatMailDate(Utc(2026y / 12 / 31, 23, 30)), "Fri, 01 Jan 2027 00:30:00 +0100");
  EXPECT_EQ(FormatMailDate(Utc(2026y / 3 / 29, 0, 59, 59)), "Sun, 29 Mar 2026 01:59:59 +0100");
  EXPECT_EQ(FormatMailDate(Utc(2026y / 3 / 29, 1)), "Sun, 29 Mar 2026 03:00:00 +0200");
  EXPECT_EQ(FormatMailDate(Utc(2026y / 10 / 25, 0, 59, 59)), "Sun, 25 Oct 2026 02:59:59 +0200");
  EXPECT_EQ(FormatMailDate(Utc(2026y / 10 / 25, 1)), "Sun, 25 Oct 2026 02:00:00 +0100");
}

TEST(ComposeMail, EndsEveryLineWithCrlfAndKeepsLinesShort) {
  MailMessage message = DanishMessage();
  message.unsubscribe_url = "https://ledelsesportal.rm.dk/notifikationer/afmeld?t=9f86d081884c7d659a2f";
  message.extra_headers = {{"X-Ledelsesportal-Kategori", "frister"},
                           {"X-Ledelsesportal-Emne", "Handleplan for Økonomi og Løn, Afdeling Ø, runde 2027"}};
  const std::string composed = ComposeMail(message, kBoundary);
  ASSERT_TRUE(composed.ends_with("\r\n"));
  const std::vector<std::string> lines = CrlfLines(composed);
  const std::size_t headers_end = static_cast<std::size_t>(std::ranges::find(lines, "") - lines.begin());
  ASSERT_LT(headers_end, lines.size());
  for (std::size_t i = 0; i < lines.size(); ++i) {
    EXPECT_LE(lines[i].size(), 998U) << lines[i];
    if (i < headers_end) {
      EXPECT_LE(lines[i].size(), 78U) << "header line: " << lines[i];
    }
    EXPECT_TRUE(std::ranges::all_of(lines[i], [](char c) { return c > 0 && c <= '~'; }))
        << "not 7-bit ASCII: " << lines[i];
    EXPECT_FALSE(i < headers_end && !lines[i].empty() && lines[i].find_first_not_of(" \t") == std::string::npos)
        << "a header line of white space only";
  }
}

TEST(ComposeMail, TextAndHtmlPartsDecodeToTheOriginalBytes) {
  const ComposedMessage composed = ParseMultipart(ComposeMail(DanishMessage(), kBoundary), kBoundary);
  ASSERT_EQ(composed.parts.size(), 2U);
  EXPECT_EQ(HeaderValue(composed.parts[0], "Content-Type"), "text/plain; charset=UTF-8");
  EXPECT_EQ(HeaderValue(composed.parts[1], "Content-Type"), "text/html; charset=UTF-8");
  EXPECT_EQ(PartText(composed.parts[0]), kDanishText);
  EXPECT_EQ(PartText(composed.parts[1]), kDanishHtml);
}

TEST(ComposeMail, WithoutHtmlWritesOneTextPart) {
  MailMessage message = DanishMessage();
  message.html_body.clear();
  const Entity top = ParseMessage(ComposeMail(message, kBoundary));
  EXPECT_EQ(HeaderValue(top, "Content-Type"), "text/plain; charset=UTF-8");
  EXPECT_EQ(PartText(top), kDanishText);
}

TEST(EncodeQuotedPrintable, RoundTripsTheEdgeCases) {
  const std::vector<std::string> cases = {
      "",
      "a",
      " ",
      "\t",
      "ends with a space ",
      "ends with a tab\t",
      std::string(75, 'x'),
      std::string(76, 'x'),
      std::string(77, 'x'),
      std::string(151, 'x') + "\n" + std::string(152, 'y'),
      std::string(74, 'x') + " ",
      std::string(75, 'x') + " ",
      std::string(76, 'x') + " ",
      std::string(74, 'x') + " z",
      std::string(75, 'x') + "=",
      std::string(74, 'x') + "ø",
      std::string(73, 'x') + "ø",
      std::string(72, 'x') + "€€€",
      std::string(100, '='),
      std::string(100, ' '),
      "\n\n\n",
      " \n \n",
      "\x01\x7f\x80\xff",
      "lone \r carriage return",
      "=3D=\n=",
      "𝄞 and 𝄞 and 𝄞 and 𝄞 and 𝄞 and 𝄞 and 𝄞 and 𝄞 and 𝄞 and 𝄞 and 𝄞 and 𝄞 and 𝄞 and 𝄞",
  };
  for (const std::string& text : cases) {
    const std::string encoded = EncodeQuotedPrintable(text);
    EXPECT_EQ(DecodeQuotedPrintable(SplitCrlf(encoded)), text) << "encoded as:\n" << encoded;
  }
}

TEST(EncodeQuotedPrintable, WritesCrlfLineBreaksAsHardBreaks) {
  EXPECT_EQ(EncodeQuotedPrintable("en\r\nto\ntre"), "en\r\nto\r\ntre");
  EXPECT_EQ(EncodeQuotedPrintable("sø "), "s=C3=B8=20");
  EXPECT_EQ(EncodeQuotedPrintable(std::string(76, 'x')), std::string(76, 'x'));
  EXPECT_EQ(EncodeQuotedPrintable(std::string(77, 'x')), std::string(75, 'x') + "=\r\nxx");
}

TEST(EncodeQuotedPrintable, KeepsAUtf8CharacterOnOneLine) {
  // 70 + 6 characters do not fit in 75: "ø" (=C3=B8) moves to the next line whole, though its first byte
  // (=C3) would fit.
  const std::string encoded = EncodeQuotedPrintable(std::string(70, 'x') + "øx");
  EXPECT_EQ(encoded, std::string(70, 'x') + "=\r\n=C3=B8x");
}

TEST(EncodeQuotedPrintable, RoundTripsRandomText) {
  const std::array<std::string_view, 14> pieces = {"a", "Z", " ", "\t", "\n", "\r\n", "=",
                                                   "æ", "Ø", "„", "“",  "€",  ".",    "\r"};
  std::mt19937 random(20261205);  // fixed: a failure reproduces
  std::uniform_int_distribution<std::size_t> piece(0, pieces.size() - 1);
  std::uniform_int_distribution<int> length(0, 400);
  for (int round = 0; round < 500; ++round) {
    std::string text;
    for (int i = length(random); i > 0; --i) text += pieces.at(piece(random));
    const std::string encoded = EncodeQuotedPrintable(text);
    ASSERT_EQ(DecodeQuotedPrintable(SplitCrlf(encoded)), WithNewlines(text)) << "encoded as:\n" << encoded;
  }
}

TEST(ComposeMail, EncodesADanishSubjectAndItDecodesBack) {
  const MailMessage message = DanishMessage();
  const Entity top = ParseMessage(ComposeMail(message, kBoundary));
  const std::string value = HeaderValue(top, "Subject");
  EXPECT_TRUE(value.starts_with("=?UTF-8?Q?")) << value;
  EXPECT_EQ(DecodeHeaderText(value), message.subject);
}

TEST(ComposeMail, FoldsALongSubjectIntoEncodedWordsOfWholeCharacters) {
  MailMessage message = DanishMessage();
  message.subject.clear();
  for (int i = 0; i < 30; ++i) message.subject += "Øvelse „" + std::to_string(i) + "“ på 3 € 𝄞 ";
  message.subject += "slut";
  const std::string composed = ComposeMail(message, kBoundary);
  const Entity top = ParseMessage(composed);
  EXPECT_EQ(DecodeHeaderText(HeaderValue(top, "Subject")), message.subject);
  for (const std::string& line : top.header_lines) EXPECT_LE(line.size(), 78U) << line;
}

TEST(ComposeMail, WritesAnAsciiSubjectAsItIsAndFoldsItAtSpaces) {
  MailMessage message = DanishMessage();
  message.subject = "Ny runde: aktivering 2027";
  EXPECT_EQ(HeaderValue(ParseMessage(ComposeMail(message, kBoundary)), "Subject"), message.subject);

  message.subject.clear();
  for (int i = 0; i < 20; ++i) message.subject += "word" + std::to_string(i) + " ";
  message.subject += "end";
  const Entity top = ParseMessage(ComposeMail(message, kBoundary));
  EXPECT_EQ(HeaderValue(top, "Subject"), message.subject);  // unfolding gives the text back
  EXPECT_GT(std::ranges::count_if(top.header_lines, [](const std::string& l) { return l.starts_with(' '); }), 0);
}

TEST(ComposeMail, EncodesAnAsciiSubjectThatLooksLikeAnEncodedWord) {
  MailMessage message = DanishMessage();
  message.subject = "=?UTF-8?Q?Hej?= is not an encoded-word here";
  const Entity top = ParseMessage(ComposeMail(message, kBoundary));
  EXPECT_EQ(DecodeHeaderText(HeaderValue(top, "Subject")), message.subject);
}

TEST(ComposeMail, ReplacesInvalidUtf8InHeaderTextWithTheReplacementCharacter) {
  MailMessage message = DanishMessage();
  message.subject = "Ugyldig \xC3( tekst";
  const Entity top = ParseMessage(ComposeMail(message, kBoundary));
  EXPECT_EQ(DecodeHeaderText(HeaderValue(top, "Subject")), "Ugyldig \xEF\xBF\xBD( tekst");
}

TEST(ComposeMail, EncodesDanishDisplayNamesAndTheyDecodeBack) {
  const MailMessage message = DanishMessage();
  const Entity top = ParseMessage(ComposeMail(message, kBoundary));
  const Mailbox from = DecodeMailbox(HeaderValue(top, "From"));
  EXPECT_EQ(from.name, message.from.name);
  EXPECT_EQ(from.address, message.from.address);
  const Mailbox to = DecodeMailbox(HeaderValue(top, "To"));
  EXPECT_EQ(to.name, message.to.name);
  EXPECT_EQ(to.address, message.to.address);
}

TEST(ComposeMail, QuotesDisplayNamesWithSpecialsAndWritesPlainOnesAsTheyAre) {
  MailMessage message = DanishMessage();
  message.from.name = "Hansen, Jens (HR) \"JH\" C:\\";
  message.to.name = "Jens Hansen";
  const Entity top = ParseMessage(ComposeMail(message, kBoundary));
  EXPECT_EQ(HeaderValue(top, "From"), R"("Hansen, Jens (HR) \"JH\" C:\\" <noreply@ledelsesportal.rm.dk>)");
  EXPECT_EQ(DecodeMailbox(HeaderValue(top, "From")).name, message.from.name);
  EXPECT_EQ(HeaderValue(top, "To"), "Jens Hansen <aase.aeroe@rm.dk>");
}

TEST(ComposeMail, WritesABareAddressWithoutADisplayName) {
  MailMessage message = DanishMessage();
  message.to.name = "  ";
  EXPECT_EQ(HeaderValue(ParseMessage(ComposeMail(message, kBoundary)), "To"), "aase.aeroe@rm.dk");
}

TEST(ComposeMail, EncodesALongDanishDisplayNameOnFoldedLines) {
  MailMessage message = DanishMessage();
  message.to.name = "Åse Ærø-Sørensen, afdelingsleder for Økonomi, Løn og Personale i Region Midtjylland";
  const Entity top = ParseMessage(ComposeMail(message, kBoundary));
  const Mailbox to = DecodeMailbox(HeaderValue(top, "To"));
  EXPECT_EQ(to.name, message.to.name);
  EXPECT_EQ(to.address, message.to.address);
  for (const std::string& line : top.header_lines) EXPECT_LE(line.size(), 78U) << line;
}

TEST(ComposeMail, LineBreaksInHeaderValuesCannotAddHeaders) {
  MailMessage message = DanishMessage();
  message.subject = "Hej\r\nBcc: evil@example.com\r\n\r\nInjected body";
  message.from.name = "Portal\r\nBcc: evil@example.com";
  message.to.name = "Åse\nX-Evil: 1\rX-Evil: 2";
  message.extra_headers = {{"X-Ledelsesportal-Kategori", "frister\r\nBcc: evil@example.com"},
                           {"X-Ledelsesportal-Emne", "ø\u2028X-Evil: 3\u0085X-Evil: 4"}};
  const ComposedMessage composed = ParseMultipart(ComposeMail(message, kBoundary), kBoundary);
  std::vector<std::string> names;
  for (const Header& header : composed.top.headers) names.push_back(header.name);
  const std::vector<std::string> expected = {"Date",
                                             "From",
                                             "To",
                                             "Subject",
                                             "Message-ID",
                                             "Auto-Submitted",
                                             "X-Ledelsesportal-Kategori",
                                             "X-Ledelsesportal-Emne",
                                             "MIME-Version",
                                             "Content-Type"};
  EXPECT_EQ(names, expected);
  EXPECT_EQ(DecodeHeaderText(HeaderValue(composed.top, "Subject")), "Hej Bcc: evil@example.com Injected body");
  EXPECT_EQ(DecodeMailbox(HeaderValue(composed.top, "From")).name, "Portal Bcc: evil@example.com");
  EXPECT_EQ(DecodeMailbox(HeaderValue(composed.top, "To")).name, "Åse X-Evil: 1 X-Evil: 2");
  EXPECT_EQ(HeaderValue(composed.top, "X-Ledelsesportal-Kategori"), "frister Bcc: evil@example.com");
  EXPECT_EQ(DecodeHeaderText(HeaderValue(composed.top, "X-Ledelsesportal-Emne")), "ø X-Evil: 3 X-Evil: 4");
  EXPECT_EQ(composed.parts.size(), 2U);
}

TEST(ComposeMail, RejectsAddressesThatCouldBreakTheHeader) {
  for (const char* address : {"", "jens", "@rm.dk", "jens@", "jens@rm.dk\r\nBcc: evil@example.com", "jens@rm.dk\n",
                              "jens\r@rm.dk", "<jens@rm.dk>", "jens@rm.dk>", "jens @rm.dk", "jens\t@rm.dk",
                              "jens@rm.dk, evil@example.com", "jens@rm@dk", "j\xC3\xB8rn@rm.dk"}) {
    MailMessage message = DanishMessage();
    message.to.address = address;
    EXPECT_THROW(ComposeMail(message, kBoundary), std::invalid_argument) << "to " << address;
    message = DanishMessage();
    message.from.address = address;
    EXPECT_THROW(ComposeMail(message, kBoundary), std::invalid_argument) << "from " << address;
  }
}

TEST(ComposeMail, RejectsExtraHeaderNamesThatAreInvalidOrReserved) {
  for (const char* name : {"", "X-Foo\r\nBcc", "X Foo", "X-Foo:", "X-Føø", "Bcc", "from", "SUBJECT", "Message-Id",
                           "Content-Type", "content-transfer-encoding", "MIME-Version", "List-Unsubscribe"}) {
    MailMessage message = DanishMessage();
    message.extra_headers = {{name, "x"}};
    EXPECT_THROW(ComposeMail(message, kBoundary), std::invalid_argument) << name;
  }
}

TEST(ComposeMail, WritesExtraHeadersAfterTheStandardOnes) {
  MailMessage message = DanishMessage();
  message.extra_headers = {{"X-Ledelsesportal-Kategori", "frister"}, {"X-Ledelsesportal-Enhed", "Afdeling Ø"}};
  const Entity top = ParseMessage(ComposeMail(message, kBoundary));
  EXPECT_EQ(HeaderValue(top, "X-Ledelsesportal-Kategori"), "frister");
  EXPECT_EQ(DecodeHeaderText(HeaderValue(top, "X-Ledelsesportal-Enhed")), "Afdeling Ø");
  EXPECT_NE(HeaderValue(top, "X-Ledelsesportal-Enhed"), "Afdeling Ø");  // encoded, not raw UTF-8
}

TEST(ComposeMail, WritesListUnsubscribeHeadersOnlyWithAUrl) {
  MailMessage message = DanishMessage();
  message.unsubscribe_url = "https://ledelsesportal.rm.dk/notifikationer/afmeld?t=9f86d081";
  const Entity with = ParseMessage(ComposeMail(message, kBoundary));
  EXPECT_EQ(HeaderValue(with, "List-Unsubscribe"), "<https://ledelsesportal.rm.dk/notifikationer/afmeld?t=9f86d081>");
  EXPECT_EQ(HeaderValue(with, "List-Unsubscribe-Post"), "List-Unsubscribe=One-Click");

  message.unsubscribe_url.clear();
  const Entity without = ParseMessage(ComposeMail(message, kBoundary));
  EXPECT_TRUE(HeaderValues(without, "List-Unsubscribe").empty());
  EXPECT_TRUE(HeaderValues(without, "List-Unsubscribe-Post").empty());
}

TEST(ComposeMail, KeepsALongUnsubscribeUrlWholeOnOneLine) {
  MailMessage message = DanishMessage();
  message.unsubscribe_url = "https://ledelsesportal.rm.dk/notifikationer/afmeld?t=" + std::string(200, 'a');
  const Entity top = ParseMessage(ComposeMail(message, kBoundary));
  EXPECT_EQ(HeaderValue(top, "List-Unsubscribe"), "<" + message.unsubscribe_url + ">");
  message.unsubscribe_url = "https://ledelsesportal.rm.dk/?t=" + std::string(1000, 'a');
  EXPECT_THROW(ComposeMail(message, kBoundary), std::invalid_argument);
}

TEST(ComposeMail, RejectsAnUnsubscribeUrlThatCouldBreakTheHeader) {
  for (const char* url : {"https://x.dk/a b", "https://x.dk/\r\nBcc: evil@example.com", "https://x.dk/>",
                          "<https://x.dk/", "https://x.dk/ø"}) {
    MailMessage message = DanishMessage();
    message.unsubscribe_url = url;
    EXPECT_THROW(ComposeMail(message, kBoundary), std::invalid_argument) << url;
  }
}

TEST(ComposeMail, TheBoundaryNeverOccursInTheBodies) {
  MailMessage message = DanishMessage();
  message.text_body = "--=_lp_7f3a9c\n--=_lp_7f3a9c--\n" + kDanishText;
  message.html_body = "--=_lp_7f3a9c\n" + kDanishHtml + "\n--=_lp_7f3a9c--";
  const std::string composed = ComposeMail(message, kBoundary);
  // ParseMultipart fails on any part line that starts with the delimiter.
  const ComposedMessage parsed = ParseMultipart(composed, kBoundary);
  ASSERT_EQ(parsed.parts.size(), 2U);
  EXPECT_EQ(PartText(parsed.parts[0]), message.text_body);
  EXPECT_EQ(PartText(parsed.parts[1]), message.html_body);
  for (const Entity& part : parsed.parts) {
    for (const std::string& line : part.body_lines) EXPECT_EQ(line.find(kBoundary), std::string::npos) << line;
  }
}

TEST(ComposeMail, RejectsABoundaryThatOccursInABody) {
  MailMessage message = DanishMessage();
  message.text_body = "før\n--simple-boundary\nefter";
  EXPECT_THROW(ComposeMail(message, "simple-boundary"), std::invalid_argument);
  message = DanishMessage();
  message.html_body = "<p>--simple-boundary</p>\n--simple-boundary-and-more";
  EXPECT_THROW(ComposeMail(message, "simple-boundary"), std::invalid_argument);
  message.html_body = "<p>--simple-boundary</p>";  // not at the start of a line: harmless
  EXPECT_NO_THROW(ComposeMail(message, "simple-boundary"));
}

TEST(ComposeMail, RejectsAnInvalidBoundary) {
  for (const std::string& boundary : {std::string(), std::string(71, 'b'), std::string("a b"), std::string("a\"b"),
                                      std::string("a\r\nb"), std::string("grænse")}) {
    EXPECT_THROW(ComposeMail(DanishMessage(), boundary), std::invalid_argument) << boundary;
  }
  EXPECT_NO_THROW(ComposeMail(DanishMessage(), std::string(70, 'b')));
}

TEST(ComposeMail, RejectsAnInvalidMessageId) {
  for (const char* id : {"", "abc", "<n42@rm.dk>", "n42 x@rm.dk", "n42@rm.dk\r\nBcc: evil@example.com", "n42@",
                         "@rm.dk", "n42@rm@dk", ".n42@rm.dk"}) {
    MailMessage message = DanishMessage();
    message.message_id = id;
    EXPECT_THROW(ComposeMail(message, kBoundary), std::invalid_argument) << id;
  }
}

TEST(MakeMessageId, JoinsTheTokenAndTheHost) {
  EXPECT_EQ(MakeMessageId("n42.1a2b3c", "ledelsesportal.rm.dk"), "n42.1a2b3c@ledelsesportal.rm.dk");
  EXPECT_EQ(MakeMessageId("n42.1a2b3c", MailDomain("noreply@ledelsesportal.rm.dk")), "n42.1a2b3c@ledelsesportal.rm.dk");
  for (const auto& [unique, host] : std::vector<std::pair<std::string, std::string>>{{"", "rm.dk"},
                                                                                     {"n42", ""},
                                                                                     {"n 42", "rm.dk"},
                                                                                     {"n42", "rm.dk>"},
                                                                                     {"<n42", "rm.dk"},
                                                                                     {"n42@x", "rm.dk"},
                                                                                     {"n42..x", "rm.dk"},
                                                                                     {"n42", "rm.dk\r\n"},
                                                                                     {"n42", "rm .dk"},
                                                                                     {"n42", "rø.dk"}}) {
    EXPECT_THROW(MakeMessageId(unique, host), std::invalid_argument) << unique << " @ " << host;
  }
}

TEST(MailDomain, IsThePartAfterTheLastAt) {
  EXPECT_EQ(MailDomain("noreply@ledelsesportal.rm.dk"), "ledelsesportal.rm.dk");
  EXPECT_EQ(MailDomain("no-at-sign"), "");
}

// Python's email package, a strict and widely used reader, sees what the composer meant. Skipped where
// there is no python3.
TEST(ComposeMail, PythonsEmailPackageReadsTheMessage) {
  MailMessage message = DanishMessage();
  message.unsubscribe_url = "https://ledelsesportal.rm.dk/notifikationer/afmeld?t=9f86d081";
  message.to.name = "Hansen, Jens (HR) \"JH\"";
  message.extra_headers = {{"X-Ledelsesportal-Enhed", "Afdeling Ø"}};
  const std::filesystem::path directory = std::filesystem::temp_directory_path();
  const std::string stem = "lp_mail_message_test_" + std::to_string(::getpid());
  const std::filesystem::path message_path = directory / (stem + ".eml");
  const std::filesystem::path script_path = directory / (stem + ".py");
  std::ofstream(message_path, std::ios::binary) << ComposeMail(message, kBoundary);
  std::ofstream(script_path) << R"(import sys, email, email.policy
msg = email.message_from_binary_file(open(sys.argv[1], 'rb'), policy=email.policy.default)
def out(text): print(text.encode('utf-8', 'surrogateescape').hex())
out(str(msg['Subject']))
out(msg['From'].addresses[0].display_name)
out(msg['From'].addresses[0].addr_spec)
out(msg['To'].addresses[0].display_name)
out(msg['To'].addresses[0].addr_spec)
out(msg['Date'].datetime.isoformat())
out(str(msg['X-Ledelsesportal-Enhed']))
out(msg.get_body(('plain',)).get_content().replace('\r\n', '\n'))
out(msg.get_body(('html',)).get_content().replace('\r\n', '\n'))
defects = list(msg.defects) + [d for part in msg.walk() for d in part.defects]
defects += [d for part in msg.walk() for value in part.values() for d in getattr(value, 'defects', ())]
out(' '.join(type(d).__name__ for d in defects))
)";
  const std::string command = "python3 " + script_path.string() + " " + message_path.string() + " 2>&1";
  FILE* pipe = ::popen(command.c_str(), "r");
  ASSERT_NE(pipe, nullptr);
  std::string output;
  std::array<char, 4096> buffer{};
  for (std::size_t n; (n = std::fread(buffer.data(), 1, buffer.size(), pipe)) > 0;) output.append(buffer.data(), n);
  const int status = ::pclose(pipe);
  std::filesystem::remove(message_path);
  std::filesystem::remove(script_path);
  if (WIFEXITED(status) && WEXITSTATUS(status) == 127) GTEST_SKIP() << "no python3: " << output;
  ASSERT_EQ(status, 0) << output;

  // One hex-encoded field per line.
  std::vector<std::string> fields;
  for (std::string_view rest = output; !rest.empty();) {
    const std::size_t end = rest.find('\n');
    const std::string_view hex = rest.substr(0, end);
    std::string field;
    for (std::size_t i = 0; i + 1 < hex.size(); i += 2) {
      field += static_cast<char>(std::stoi(std::string(hex.substr(i, 2)), nullptr, 16));
    }
    fields.push_back(field);
    if (end == std::string_view::npos) break;
    rest.remove_prefix(end + 1);
  }
  ASSERT_EQ(fields.size(), 10U) << output;
  EXPECT_EQ(fields[0], message.subject);
  EXPECT_EQ(fields[1], message.from.name);
  EXPECT_EQ(fields[2], message.from.address);
  EXPECT_EQ(fields[3], message.to.name);
  EXPECT_EQ(fields[4], message.to.address);
  EXPECT_EQ(fields[5], "2026-12-05T22:40:00+01:00");
  EXPECT_EQ(fields[6], "Afdeling Ø");
  EXPECT_EQ(fields[7], message.text_body);
  EXPECT_EQ(fields[8], message.html_body);
  EXPECT_EQ(fields[9], "") << "defects Python found";
}

}  // namespace
}  // namespace lp::domain
