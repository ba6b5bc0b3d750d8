#include "web/platform/markdown.hpp"

#include "domain/platform/text.hpp"

#include <md4c.h>

#include <algorithm>
#include <cstdint>
#include <limits>
#include <stdexcept>
#include <vector>

#include "domain/platform/ascii.hpp"

namespace lp::web {
namespace {

// md4c's parser flags: CommonMark, tables and strikethrough. Raw HTML is not recognised, so it
// arrives as ordinary text and is escaped; no permissive autolinks, only <https://...> ones.
constexpr unsigned kParserFlags = MD_FLAG_NOHTML | MD_FLAG_TABLES | MD_FLAG_STRIKETHROUGH;

constexpr std::string_view kReplacementCharacter = "\xEF\xBF\xBD";  // U+FFFD in UTF-8

// Escapes for both text and (double or single quoted) attribute values.
void AppendEscaped(std::string& out, std::string_view text) { domain::AppendHtmlEscaped(out, text); }

void AppendUtf8(std::string& out, std::uint32_t code_point) {
  // CommonMark: NUL, surrogates and values beyond Unicode become U+FFFD.
  if (code_point == 0 || (code_point >= 0xD800 && code_point <= 0xDFFF) || code_point > 0x10FFFF) {
    out += kReplacementCharacter;
  } else if (code_point < 0x80) {
    out += static_cast<char>(code_point);
  } else if (code_point < 0x800) {
    out += static_cast<char>(0xC0 | (code_point >> 6));
    out += static_cast<char>(0x80 | (code_point & 0x3F));
  } else if (code_point < 0x10000) {
    out += static_cast<char>(0xE0 | (code_point >> 12));
    out += static_cast<char>(0x80 | ((code_point >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (code_point & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (code_point >> 18));
    out += static_cast<char>(0x80 | ((code_point >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((code_point >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (code_point & 0x3F));
  }
}

// The unescaped text of an entity md4c reports ("&amp;", "&#228;", "&#xE6;", "&copy;"). Only the
// HTML-special ones, &nbsp; and numeric ones are decoded; any other stays literal, which is safe
// because the result is escaped again when written.
std::string DecodeEntity(std::string_view entity) {
  if (entity == "&amp;") return "&";
  if (entity == "&lt;") return "<";
  if (entity == "&gt;") return ">";
  if (entity == "&quot;") return "\"";
  if (entity == "&apos;") return "'";
  if (entity == "&nbsp;") return "\xC2\xA0";
  if (entity.size() >= 4 && entity.starts_with("&#") && entity.back() == ';') {
    std::string_view digits = entity.substr(2, entity.size() - 3);
    std::uint32_t base = 10;
    if (digits.front() == 'x' || digits.front() == 'X') {
      base = 16;
      digits.remove_prefix(1);
    }
    std::uint32_t code_point = 0;
    bool valid = !digits.empty();
    for (const char c : digits) {
      std::uint32_t digit = 0;
      if (c >= '0' && c <= '9') {
        digit = static_cast<std::uint32_t>(c - '0');
      } else if (base == 16 && c >= 'a' && c <= 'f') {
        digit = static_cast<std::uint32_t>(c - 'a' + 10);
      } else if (base == 16 && c >= 'A' && c <= 'F') {
        digit = static_cast<std::uint32_t>(c - 'A' + 10);
      } else {
        valid = false;
        break;
      }
      code_point = std::min<std::uint32_t>(code_point * base + digit, 0x110000);  // saturate: no overflow
    }
    if (valid) {
      std::string decoded;
      AppendUtf8(decoded, code_point);
      return decoded;
    }
  }
  return std::string(entity);
}

// The decoded value of an attribute (a link's href or title): md4c splits it into plain text,
// entities and NUL characters.
std::string DecodeAttribute(const MD_ATTRIBUTE& attribute) {
  std::string decoded;
  if (attribute.text == nullptr) return decoded;
  for (std::size_t i = 0; attribute.substr_offsets[i] < attribute.size; ++i) {
    const MD_OFFSET begin = attribute.substr_offsets[i];
    const MD_OFFSET end = attribute.substr_offsets[i + 1];
    const std::string_view part(attribute.text + begin, end - begin);
    switch (attribute.substr_types[i]) {
      case MD_TEXT_ENTITY: decoded += DecodeEntity(part); break;
      case MD_TEXT_NULLCHAR: decoded += kReplacementCharacter; break;
      default: decoded += part;
    }
  }
  return decoded;
}

enum class LinkKind { Refused, Internal, External };

// An allow-list on the decoded href, so that entity tricks (&#106;avascript:), odd case and
// leading whitespace or control characters all end up refused rather than recognised.
LinkKind ClassifyHref(std::string_view href) {
  if (href.empty()) return LinkKind::Refused;
  // Browsers drop tabs and newlines inside URLs and trim control characters; refuse them outright.
  if (std::ranges::any_of(href, [](char c) { return static_cast<unsigned char>(c) <= 0x20 || c == 0x7F; })) {
    return LinkKind::Refused;
  }
  // "//host" and "/\\host" are protocol-relative: browsers open another site, so treat them as external.
  if (href.size() > 1 && href.front() == '/' && (href[1] == '/' || href[1] == '\\')) return LinkKind::External;
  if (href.front() == '/' || href.front() == '#') return LinkKind::Internal;
  if (domain::StartsWithIgnoringAsciiCase(href, "mailto:")) return LinkKind::Internal;
  if (domain::StartsWithIgnoringAsciiCase(href, "http:") || domain::StartsWithIgnoringAsciiCase(href, "https:"))
    return LinkKind::External;
  return LinkKind::Refused;
}

std::string_view AlignmentClass(MD_ALIGN align) {
  switch (align) {
    case MD_ALIGN_LEFT: return "md-align-left";
    case MD_ALIGN_CENTER: return "md-align-center";
    case MD_ALIGN_RIGHT: return "md-align-right";
    default: return {};
  }
}

struct Renderer {
  std::string out;
  int image_depth = 0;             // > 0 inside an image: only its alt text is written
  std::vector<bool> link_emitted;  // per open link span: whether an <a> was written
  bool in_table_head = false;
  unsigned heading_shift = 1;
};

unsigned HeadingLevel(const Renderer& r, const void* detail) {
  // Moved down, so the editor's outline keeps its shape under the page's own h1 (accessible
  // heading order); never a second h1, and deeper than h4 is flattened to h4.
  return std::clamp(static_cast<const MD_BLOCK_H_DETAIL*>(detail)->level + r.heading_shift, 2U, 4U);
}

void OpenCell(Renderer& r, std::string_view tag, const void* detail) {
  r.out += '<';
  r.out += tag;
  const auto css_class = AlignmentClass(static_cast<const MD_BLOCK_TD_DETAIL*>(detail)->align);
  if (!css_class.empty()) {
    r.out += " class=\"";
    r.out += css_class;
    r.out += '"';
  }
  r.out += '>';
}

int EnterBlock(MD_BLOCKTYPE type, void* detail, void* userdata) {
  auto& r = *static_cast<Renderer*>(userdata);
  switch (type) {
    case MD_BLOCK_DOC: break;
    case MD_BLOCK_QUOTE: r.out += "<blockquote>\n"; break;
    case MD_BLOCK_UL: r.out += "<ul>\n"; break;
    case MD_BLOCK_OL: {
      const unsigned start = static_cast<const MD_BLOCK_OL_DETAIL*>(detail)->start;
      r.out += start == 1 ? "<ol>\n" : "<ol start=\"" + std::to_string(start) + "\">\n";
      break;
    }
    case MD_BLOCK_LI: r.out += "<li>"; break;
    case MD_BLOCK_HR: r.out += "<hr>\n"; break;
    case MD_BLOCK_H: r.out += "<h" + std::to_string(HeadingLevel(r, detail)) + ">"; break;
    case MD_BLOCK_CODE: r.out += "<pre><code>"; break;
    case MD_BLOCK_HTML: break;  // not produced with MD_FLAG_NOHTML; its text would be escaped anyway
    case MD_BLOCK_P: r.out += "<p>"; break;
    case MD_BLOCK_TABLE: r.out += "<table>\n"; break;
    case MD_BLOCK_THEAD:
      r.out += "<thead>\n";
      r.in_table_head = true;
      break;
    case MD_BLOCK_TBODY: r.out += "<tbody>\n"; break;
    case MD_BLOCK_TR: r.out += "<tr>"; break;
    case MD_BLOCK_TH: OpenCell(r, "th", detail); break;
    case MD_BLOCK_TD: OpenCell(r, r.in_table_head ? "th" : "td", detail); break;
  }
  return 0;
}

int LeaveBlock(MD_BLOCKTYPE type, void* detail, void* userdata) {
  auto& r = *static_cast<Renderer*>(userdata);
  switch (type) {
    case MD_BLOCK_DOC: break;
    case MD_BLOCK_QUOTE: r.out += "</blockquote>\n"; break;
    case MD_BLOCK_UL: r.out += "</ul>\n"; break;
    case MD_BLOCK_OL: r.out += "</ol>\n"; break;
    case MD_BLOCK_LI: r.out += "</li>\n"; break;
    case MD_BLOCK_HR: break;
    case MD_BLOCK_H: r.out += "</h" + std::to_string(HeadingLevel(r, detail)) + ">\n"; break;
    case MD_BLOCK_CODE: r.out += "</code></pre>\n"; break;
    case MD_BLOCK_HTML: break;
    case MD_BLOCK_P: r.out += "</p>\n"; break;
    case MD_BLOCK_TABLE: r.out += "</table>\n"; break;
    case MD_BLOCK_THEAD:
      r.out += "</thead>\n";
      r.in_table_head = false;
      break;
    case MD_BLOCK_TBODY: r.out += "</tbody>\n"; break;
    case MD_BLOCK_TR: r.out += "</tr>\n"; break;
    case MD_BLOCK_TH: r.out += "</th>"; break;
    case MD_BLOCK_TD: r.out += r.in_table_head ? "</th>" : "</td>"; break;
  }
  return 0;
}

void OpenLink(Renderer& r, const MD_SPAN_A_DETAIL& detail) {
  const std::string href = DecodeAttribute(detail.href);
  const LinkKind kind = r.image_depth > 0 ? LinkKind::Refused : ClassifyHref(href);
  r.link_emitted.push_back(kind != LinkKind::Refused);
  if (kind == LinkKind::Refused) return;  // the link text is still written, just not as a link
  r.out += "<a href=\"";
  AppendEscaped(r.out, href);
  r.out += '"';
  const std::string title = DecodeAttribute(detail.title);
  if (!title.empty()) {
    r.out += " title=\"";
    AppendEscaped(r.out, title);
    r.out += '"';
  }
  if (kind == LinkKind::External) r.out += " rel=\"noopener\"";
  r.out += '>';
}

int EnterSpan(MD_SPANTYPE type, void* detail, void* userdata) {
  auto& r = *static_cast<Renderer*>(userdata);
  if (type == MD_SPAN_A) {
    OpenLink(r, *static_cast<const MD_SPAN_A_DETAIL*>(detail));
    return 0;
  }
  if (type == MD_SPAN_IMG) {
    ++r.image_depth;
    return 0;
  }
  if (r.image_depth > 0) return 0;
  switch (type) {
    case MD_SPAN_EM: r.out += "<em>"; break;
    case MD_SPAN_STRONG: r.out += "<strong>"; break;
    case MD_SPAN_CODE: r.out += "<code>"; break;
    case MD_SPAN_DEL: r.out += "<del>"; break;
    default: break;  // extensions that are not enabled: their text only
  }
  return 0;
}

int LeaveSpan(MD_SPANTYPE type, void* /*detail*/, void* userdata) {
  auto& r = *static_cast<Renderer*>(userdata);
  if (type == MD_SPAN_A) {
    if (!r.link_emitted.empty()) {
      if (r.link_emitted.back()) r.out += "</a>";
      r.link_emitted.pop_back();
    }
    return 0;
  }
  if (type == MD_SPAN_IMG) {
    --r.image_depth;
    return 0;
  }
  if (r.image_depth > 0) return 0;
  switch (type) {
    case MD_SPAN_EM: r.out += "</em>"; break;
    case MD_SPAN_STRONG: r.out += "</strong>"; break;
    case MD_SPAN_CODE: r.out += "</code>"; break;
    case MD_SPAN_DEL: r.out += "</del>"; break;
    default: break;
  }
  return 0;
}

int Text(MD_TEXTTYPE type, const MD_CHAR* text, MD_SIZE size, void* userdata) {
  auto& r = *static_cast<Renderer*>(userdata);
  const std::string_view part(text, size);
  switch (type) {
    case MD_TEXT_NULLCHAR: r.out += kReplacementCharacter; break;
    case MD_TEXT_BR: r.out += r.image_depth > 0 ? " " : "<br>\n"; break;
    case MD_TEXT_SOFTBR: r.out += r.image_depth > 0 ? " " : "\n"; break;
    case MD_TEXT_ENTITY: AppendEscaped(r.out, DecodeEntity(part)); break;
    default: AppendEscaped(r.out, part);  // normal, code, and (never produced here) HTML text
  }
  return 0;
}

// Cuts to at most max_bytes without splitting a UTF-8 sequence.
std::string_view CutToLimit(std::string_view text, std::size_t max_bytes) {
  if (text.size() <= max_bytes) return text;
  std::size_t end = max_bytes;
  while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) --end;
  return text.substr(0, end);
}

}  // namespace

std::string RenderMarkdown(std::string_view markdown, const MarkdownOptions& options) {
  markdown = CutToLimit(markdown, std::min<std::size_t>(options.max_bytes, std::numeric_limits<MD_SIZE>::max()));
  if (markdown.empty()) return {};

  MD_PARSER parser{};
  parser.abi_version = 0;
  parser.flags = kParserFlags;
  parser.enter_block = EnterBlock;
  parser.leave_block = LeaveBlock;
  parser.enter_span = EnterSpan;
  parser.leave_span = LeaveSpan;
  parser.text = Text;

  Renderer renderer;
  renderer.heading_shift = options.heading_shift;
  renderer.out.reserve(markdown.size() + markdown.size() / 4);
  if (md_parse(markdown.data(), static_cast<MD_SIZE>(markdown.size()), &parser, &renderer) != 0) {
    throw std::runtime_error("md4c could not parse the Markdown text");
  }
  return renderer.out;
}

}  // namespace lp::web
