#include "domain/platform/text.hpp"

namespace lp::domain {

std::string CleanText(std::string_view text) {
  constexpr std::string_view kSpace = " \t\r\n\f\v";
  const auto first = text.find_first_not_of(kSpace);
  if (first == std::string_view::npos) return {};
  const auto last = text.find_last_not_of(kSpace);
  text = text.substr(first, last - first + 1);
  std::string cleaned;
  cleaned.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\r') {
      cleaned += '\n';
      if (i + 1 < text.size() && text[i + 1] == '\n') ++i;
    } else {
      cleaned += text[i];
    }
  }
  return cleaned;
}

std::size_t CharacterCount(std::string_view utf8) {
  std::size_t count = 0;
  for (const char c : utf8) {
    // Continuation bytes (10xxxxxx) belong to the character before them.
    if ((static_cast<unsigned char>(c) & 0xC0U) != 0x80U) ++count;
  }
  return count;
}

std::string OneLine(std::string_view text) {
  std::string line;
  line.reserve(text.size());
  bool space = false;
  for (const char c : CleanText(text)) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') {
      space = true;
      continue;
    }
    if (space) line += ' ';
    space = false;
    line += c;
  }
  return line;
}

std::string Abbreviate(std::string_view utf8, std::size_t max) {
  if (CharacterCount(utf8) <= max) return std::string(utf8);
  if (max == 0) return {};
  // The byte offset after the first max - 1 characters (room for the ellipsis).
  std::size_t end = 0;
  for (std::size_t characters = 0; end < utf8.size(); ++end) {
    if ((static_cast<unsigned char>(utf8[end]) & 0xC0U) != 0x80U) {
      if (characters == max - 1) break;
      ++characters;
    }
  }
  auto kept = utf8.substr(0, end);
  if (const auto space = kept.find_last_of(' '); space != std::string_view::npos && space > 0) {
    kept = kept.substr(0, space);
  }
  while (!kept.empty() && (kept.back() == ' ' || kept.back() == ',' || kept.back() == '.')) kept.remove_suffix(1);
  return std::string(kept) + "…";
}

void AppendHtmlEscaped(std::string& out, std::string_view text) {
  for (const char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out += c;
    }
  }
}

std::string HtmlEscaped(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  AppendHtmlEscaped(out, text);
  return out;
}

}  // namespace lp::domain
