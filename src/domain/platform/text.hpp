#pragma once

// Small text rules shared by every form of the portal: what "empty" and "too long" mean.

#include <cstddef>
#include <string>
#include <string_view>

namespace lp::domain {

// Without surrounding white space (ASCII space, tab, CR, LF, FF, VT), and with line ends as "\n"
// (browsers send "\r\n" from a textarea).
std::string CleanText(std::string_view text);

// The number of characters (Unicode code points) of UTF-8 text, which is what a person counts: every
// byte that does not continue a sequence starts a character.
std::size_t CharacterCount(std::string_view utf8);

// The text on one line: every run of white space (line ends included) becomes one space.
std::string OneLine(std::string_view text);

// The text cut to at most `max` characters for a field with that limit, ending in "…" when cut: at the
// last space that leaves room for it (mid-word only when there is none). Unchanged when it fits.
std::string Abbreviate(std::string_view utf8, std::size_t max);

// Appends `text` escaped for HTML text and for (double or single quoted) attribute values.
void AppendHtmlEscaped(std::string& out, std::string_view text);
std::string HtmlEscaped(std::string_view text);

}  // namespace lp::domain
