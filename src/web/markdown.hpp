#pragma once

// Markdown written by editors (the leadership foundation text, dialogue cards), rendered to HTML
// that may be inserted into a page unescaped. md4c parses (CommonMark with tables and
// strikethrough); the HTML is written here, not by md4c's own renderer, so that every piece of
// text and every attribute is escaped and nothing the editor types reaches the page as markup:
// raw HTML shows as text, links are kept only for http:, https:, mailto: and relative targets
// starting with '/' or '#', and images show their alt text (editors link documents instead).
// Headings move one level down (# is h2, ## is h3, deeper is h4) because the page has its own h1.

#include <cstddef>
#include <string>
#include <string_view>

namespace lp::web {

struct MarkdownLimits {
  // Longer input is cut (at a character boundary) before parsing. The editor forms should refuse
  // such input when it is saved; this only bounds the work done for what is already stored.
  std::size_t max_bytes = std::size_t{64} * 1024;
};

// Empty input gives an empty string. Throws std::runtime_error if md4c fails (out of memory).
std::string RenderMarkdown(std::string_view markdown, const MarkdownLimits& limits = {});

}  // namespace lp::web
