#pragma once

// ASCII case rules for protocol text (HTTP header names, MIME types, CSV headers, URL schemes): only
// A–Z fold, so a UTF-8 byte is never changed. Danish letters in names use domain::LowerCaseDanish.

#include <algorithm>
#include <string_view>

namespace lp::domain {

constexpr char LowerAscii(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

constexpr bool EqualsIgnoringAsciiCase(std::string_view a, std::string_view b) {
  return a.size() == b.size() &&
         std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) { return LowerAscii(x) == LowerAscii(y); });
}

constexpr bool StartsWithIgnoringAsciiCase(std::string_view text, std::string_view prefix) {
  return text.size() >= prefix.size() && EqualsIgnoringAsciiCase(text.substr(0, prefix.size()), prefix);
}

}  // namespace lp::domain
