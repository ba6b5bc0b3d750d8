#pragma once

// Markdown written by editors (the leadership foundation text, dialogue cards), rendered to HTML
// that may be inserted into a page unescaped. md4c parses (CommonMark with tables and
// strikethrough); the HTML is written here, not by md4c's own renderer, so that every piece of
// text and every attribute is escaped and nothing the editor types reaches the page as markup:
// raw HTML shows as text, links are kept only for http:, https:, mailto: and relative targets
// starting with '/' or '#', and images show their alt text (editors link documents instead).
// Headings move down (by default one level: # is h2, ## is h3, deeper is h4) because the page has its
// own h1; they never become h1 and never go below h4.

#include <cstddef>
#include <string>
#include <string_view>

namespace lp::web {

struct MarkdownOptions {
  // Longer input is cut (at a character boundary) before parsing. The editor forms should refuse
  // such input when it is saved; this only bounds the work done for what is already stored.
  std::size_t max_bytes = std::size_t{64} * 1024;
  // Levels each heading moves down. 0 for text whose first heading level is ## (a foundation
  // document, whose # line is its title) shown right under the page's h1.
  unsigned heading_shift = 1;
};

// Empty input gives an empty string. Throws std::runtime_error if md4c fails (out of memory).
std::string RenderMarkdown(std::string_view markdown, const MarkdownOptions& options = {});

}  // namespace lp::web
