#include "web/platform/markdown.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>

namespace lp::web {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

TEST(MarkdownTest, EmptyInputGivesEmptyString) { EXPECT_EQ(RenderMarkdown(""), ""); }

TEST(MarkdownTest, ParagraphsAndDanishTextPassThrough) {
  EXPECT_EQ(RenderMarkdown("Ledelse på tværs: æøå ÆØÅ\n\nAnden del"),
            "<p>Ledelse på tværs: æøå ÆØÅ</p>\n<p>Anden del</p>\n");
}

TEST(MarkdownTest, HeadingsMoveOneLevelDownAndStopAtH4) {
  EXPECT_EQ(RenderMarkdown("# Et"), "<h2>Et</h2>\n");
  EXPECT_EQ(RenderMarkdown("## To"), "<h3>To</h3>\n");
  // A foundation document under the page's h1: ## is its first level; # never becomes a second h1.
  const MarkdownOptions under_h1{.heading_shift = 0};
  EXPECT_EQ(RenderMarkdown("## To", under_h1), "<h2>To</h2>\n");
  EXPECT_EQ(RenderMarkdown("# Et", under_h1), "<h2>Et</h2>\n");
  EXPECT_EQ(RenderMarkdown("#### Fire", under_h1), "<h4>Fire</h4>\n");
  EXPECT_EQ(RenderMarkdown("###### Seks", under_h1), "<h4>Seks</h4>\n");
  EXPECT_EQ(RenderMarkdown("### Tre"), "<h4>Tre</h4>\n");
  EXPECT_EQ(RenderMarkdown("#### Fire"), "<h4>Fire</h4>\n");
  EXPECT_EQ(RenderMarkdown("##### Fem"), "<h4>Fem</h4>\n");
  EXPECT_EQ(RenderMarkdown("###### Seks"), "<h4>Seks</h4>\n");
}

TEST(MarkdownTest, Lists) {
  EXPECT_EQ(RenderMarkdown("- a\n- b"), "<ul>\n<li>a</li>\n<li>b</li>\n</ul>\n");
  EXPECT_EQ(RenderMarkdown("1. a\n2. b"), "<ol>\n<li>a</li>\n<li>b</li>\n</ol>\n");
  EXPECT_EQ(RenderMarkdown("3. c\n4. d"), "<ol start=\"3\">\n<li>c</li>\n<li>d</li>\n</ol>\n");
}

TEST(MarkdownTest, EmphasisStrongStrikethroughAndCode) {
  EXPECT_EQ(RenderMarkdown("*a* **b** ~~c~~ `<d>`"),
            "<p><em>a</em> <strong>b</strong> <del>c</del> <code>&lt;d&gt;</code></p>\n");
}

TEST(MarkdownTest, CodeBlockQuoteRuleAndBreaks) {
  EXPECT_EQ(RenderMarkdown("```\nx < y\n```"), "<pre><code>x &lt; y\n</code></pre>\n");
  EXPECT_EQ(RenderMarkdown("> citat"), "<blockquote>\n<p>citat</p>\n</blockquote>\n");
  EXPECT_EQ(RenderMarkdown("---"), "<hr>\n");
  EXPECT_EQ(RenderMarkdown("a  \nb\nc"), "<p>a<br>\nb\nc</p>\n");
}

TEST(MarkdownTest, TablesWithAlignmentClasses) {
  EXPECT_EQ(RenderMarkdown("| A | B |\n|:--|--:|\n| 1 | 2 |"),
            "<table>\n<thead>\n<tr><th class=\"md-align-left\">A</th><th class=\"md-align-right\">B</th></tr>\n"
            "</thead>\n<tbody>\n<tr><td class=\"md-align-left\">1</td><td class=\"md-align-right\">2</td></tr>\n"
            "</tbody>\n</table>\n");
  EXPECT_THAT(RenderMarkdown("| A |\n|---|\n| 1 |"), Not(HasSubstr("style")));
}

TEST(MarkdownTest, RawHtmlBlockIsEscapedText) {
  const std::string html = RenderMarkdown("<script>alert(1)</script>");
  EXPECT_THAT(html, Not(HasSubstr("<script")));
  EXPECT_THAT(html, HasSubstr("&lt;script&gt;alert(1)&lt;/script&gt;"));
}

TEST(MarkdownTest, RawHtmlSpanIsEscapedText) {
  const std::string html = RenderMarkdown("Tekst <b onclick=x>fed</b>");
  EXPECT_EQ(html, "<p>Tekst &lt;b onclick=x&gt;fed&lt;/b&gt;</p>\n");
}

TEST(MarkdownTest, ScriptLinksAreRenderedAsTextOnly) {
  for (const char* markdown :
       {"[x](javascript:alert(1))", "[x](JaVaScRiPt:alert(1))", "[x]( javascript:alert(1))",
        "[x](&#106;avascript:alert(1))", "[x](data:text/html,hi)", "[x](vbscript:msgbox)", "<javascript:alert(1)>"}) {
    const std::string html = RenderMarkdown(markdown);
    EXPECT_THAT(html, Not(HasSubstr("href"))) << markdown;
    EXPECT_THAT(html, Not(HasSubstr("<a"))) << markdown;
  }
  EXPECT_EQ(RenderMarkdown("[x](javascript:alert(1))"), "<p>x</p>\n");
}

TEST(MarkdownTest, AllowedLinksAreKept) {
  EXPECT_EQ(RenderMarkdown("[Skriv](mailto:hr@region.dk)"), "<p><a href=\"mailto:hr@region.dk\">Skriv</a></p>\n");
  EXPECT_EQ(RenderMarkdown("[Læs](https://www.regionh.dk/a?b=1&c=2)"),
            "<p><a href=\"https://www.regionh.dk/a?b=1&amp;c=2\" rel=\"noopener\">Læs</a></p>\n");
  EXPECT_EQ(RenderMarkdown("[Grundlag](/ledelsesgrundlag#dialog)"),
            "<p><a href=\"/ledelsesgrundlag#dialog\">Grundlag</a></p>\n");
  EXPECT_EQ(RenderMarkdown("[Op](#top \"Til toppen\")"), "<p><a href=\"#top\" title=\"Til toppen\">Op</a></p>\n");
}

TEST(MarkdownTest, RelativeLinksWithoutSlashOrHashAreTextOnly) {
  EXPECT_EQ(RenderMarkdown("[x](side.html)"), "<p>x</p>\n");
}

TEST(MarkdownTest, QuoteInUrlCannotLeaveTheAttribute) {
  EXPECT_EQ(RenderMarkdown("[x](https://example.org/a\"onmouseover=alert(1))"),
            "<p><a href=\"https://example.org/a&quot;onmouseover=alert(1)\" rel=\"noopener\">x</a></p>\n");
  EXPECT_EQ(RenderMarkdown("[x](https://example.org/&quot;b)"),
            "<p><a href=\"https://example.org/&quot;b\" rel=\"noopener\">x</a></p>\n");
}

TEST(MarkdownTest, ImageGivesAltTextOnly) {
  const std::string html = RenderMarkdown("![Organisationsdiagram *2026*](https://example.org/x.png)");
  EXPECT_EQ(html, "<p>Organisationsdiagram 2026</p>\n");
  EXPECT_THAT(RenderMarkdown("![a](javascript:alert(1))"), Not(HasSubstr("<img")));
}

TEST(MarkdownTest, EntitiesAreDecodedOrShownLiterally) {
  EXPECT_EQ(RenderMarkdown("&amp; &lt;b&gt; &quot; &#230; &#xF8; &copy;"),
            "<p>&amp; &lt;b&gt; &quot; æ ø &amp;copy;</p>\n");
  EXPECT_EQ(RenderMarkdown("&#0; &#x110000;"), "<p>\xEF\xBF\xBD \xEF\xBF\xBD</p>\n");
}

TEST(MarkdownTest, NulCharacterBecomesReplacementCharacter) {
  EXPECT_EQ(RenderMarkdown(std::string("a\0b", 3)),
            "<p>a\xEF\xBF\xBD"
            "b</p>\n");
}

TEST(MarkdownTest, InputBeyondTheLimitIsCutAtACharacterBoundary) {
  EXPECT_EQ(RenderMarkdown("abcdef", MarkdownOptions{.max_bytes = 3}), "<p>abc</p>\n");
  // "æ" is two bytes; a cut after its first byte would leave half a character.
  EXPECT_EQ(RenderMarkdown("aæ", MarkdownOptions{.max_bytes = 2}), "<p>a</p>\n");
}

}  // namespace
}  // namespace lp::web

namespace lp::web {
namespace {

TEST(MarkdownTest, ProtocolRelativeLinksAreTreatedAsExternal) {
  EXPECT_THAT(RenderMarkdown("[x](//evil.example/side)"), ::testing::HasSubstr("rel=\"noopener\""));
  EXPECT_THAT(RenderMarkdown("[x](/\\\\evil.example)"), ::testing::HasSubstr("rel=\"noopener\""));
  EXPECT_THAT(RenderMarkdown("[x](/organisation)"), ::testing::Not(::testing::HasSubstr("noopener")));
}

}  // namespace
}  // namespace lp::web
