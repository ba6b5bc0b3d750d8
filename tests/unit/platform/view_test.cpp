#include "web/platform/view.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <stdexcept>
#include <string>

namespace lp::web {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

std::size_t Occurrences(const std::string& text, const std::string& needle) {
  std::size_t count = 0;
  for (auto at = text.find(needle); at != std::string::npos; at = text.find(needle, at + needle.size())) ++count;
  return count;
}

View ErrorContent(std::string message) {
  View content;
  content.Set("STATUS", "404");
  content.Set("HEADING", "Siden findes ikke");
  content.Set("MESSAGE", std::move(message));
  content.Set("REQUEST_ID", "req-123");
  return content;
}

TEST(View, KeepsValuesAndSectionsInTheOrderTheyWereAdded) {
  View view;
  view.Set("A", "1").Set("B", "2");
  view.AddSection("ROW").Set("X", "first");
  view.AddSection("ROW").Set("X", "second");
  view.Show("FLAG");

  ASSERT_EQ(view.values().size(), 2U);
  EXPECT_EQ(view.values()[1].first, "B");
  EXPECT_EQ(view.values()[1].second, "2");
  ASSERT_EQ(view.sections().size(), 3U);
  EXPECT_EQ(view.sections()[1].first, "ROW");
  EXPECT_EQ(view.sections()[1].second->values().at(0).second, "second");
  EXPECT_EQ(view.sections()[2].first, "FLAG");
  EXPECT_TRUE(view.sections()[2].second->values().empty());
}

TEST(TemplateEngine, KnowsTheEmbeddedTemplatesAndNoOthers) {
  const TemplateEngine engine;

  EXPECT_TRUE(engine.Has("platform/layout.tpl"));
  EXPECT_TRUE(engine.Has("platform/error.tpl"));
  EXPECT_TRUE(engine.Has("account/login.tpl"));
  EXPECT_FALSE(engine.Has("pages/none.tpl"));
  EXPECT_FALSE(engine.Has("error.tpl"));
}

TEST(TemplateEngine, RefusesToRenderAnUnknownTemplate) {
  const TemplateEngine engine;
  const View view;

  EXPECT_THROW(static_cast<void>(engine.Render("pages/none.tpl", view)), std::logic_error);
  EXPECT_THROW(static_cast<void>(engine.RenderPage("pages/none.tpl", view, view)), std::logic_error);
}

TEST(TemplateEngine, FillsTheValuesOfATemplate) {
  const TemplateEngine engine;

  const auto html = engine.Render("platform/error.tpl", ErrorContent("Prøv adressen igen."));

  EXPECT_THAT(html, HasSubstr("Fejl 404"));
  EXPECT_THAT(html, HasSubstr("<h1>Siden findes ikke</h1>"));
  EXPECT_THAT(html, HasSubstr("Prøv adressen igen."));
  EXPECT_THAT(html, HasSubstr(">req-123</span>"));
  EXPECT_THAT(html, Not(HasSubstr("{{")));
}

TEST(TemplateEngine, EscapesValuesForHtml) {
  const TemplateEngine engine;

  const auto html = engine.Render("platform/error.tpl", ErrorContent("<script>alert(1)</script> & \"'"));

  EXPECT_THAT(html, HasSubstr("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;&#39;"));
  EXPECT_THAT(html, Not(HasSubstr("<script>")));
}

TEST(TemplateEngine, EscapesAValueInsideAnAttribute) {
  const TemplateEngine engine;
  View layout;
  layout.Set("PAGE_TITLE", "Forside");
  layout.Set("CSRF_TOKEN", "\"><script>x</script>");
  layout.AddSection("SIGNED_IN").Set("USER_NAME", "Anna");

  const auto html = engine.RenderPage("platform/error.tpl", layout, ErrorContent("x"));

  EXPECT_THAT(html, HasSubstr("name=\"_csrf\" value=\"&quot;&gt;&lt;script&gt;x&lt;/script&gt;\""));
  EXPECT_THAT(html, Not(HasSubstr("<script>x")));
}

TEST(TemplateEngine, LeavesOutASectionThatIsNotShown) {
  const TemplateEngine engine;

  const auto html = engine.Render("platform/error.tpl", ErrorContent("x"));

  EXPECT_THAT(html, Not(HasSubstr("Gå til forsiden")));
  EXPECT_THAT(html, Not(HasSubstr("href=\"/log-ind\"")));
}

TEST(TemplateEngine, ShowsASectionOnce) {
  const TemplateEngine engine;
  auto content = ErrorContent("x");
  content.Show("LOGIN_LINK");

  const auto html = engine.Render("platform/error.tpl", content);

  EXPECT_EQ(Occurrences(html, "href=\"/log-ind\""), 1U);
  EXPECT_THAT(html, Not(HasSubstr("Gå til forsiden")));
}

TEST(TemplateEngine, RepeatsASectionOncePerRowWithItsOwnValues) {
  const TemplateEngine engine;
  View content;
  content.Set("USER_NAME", "Anna");
  for (const char* label : {"Leder", "HR", "<Admin>"}) content.AddSection("ROLE").Set("LABEL", label);

  const auto html = engine.Render("account/profile.tpl", content);

  EXPECT_EQ(Occurrences(html, "class=\"badge portal-role\""), 3U);
  const auto leder = html.find(">Leder</span>");
  const auto hr = html.find(">HR</span>");
  const auto admin = html.find(">&lt;Admin&gt;</span>");
  ASSERT_NE(leder, std::string::npos);
  ASSERT_NE(hr, std::string::npos);
  ASSERT_NE(admin, std::string::npos);
  EXPECT_LT(leder, hr);
  EXPECT_LT(hr, admin);
}

TEST(TemplateEngine, RenderPagePutsTheContentInsideTheLayoutsMainElement) {
  const TemplateEngine engine;
  View layout;
  layout.Set("PAGE_TITLE", "Siden findes ikke");
  layout.Set("ASSET_VERSION", "v42");
  layout.Show("SIGNED_OUT");

  const auto html = engine.RenderPage("platform/error.tpl", layout, ErrorContent("Prøv igen."));

  EXPECT_THAT(html, HasSubstr("<!DOCTYPE html>"));
  EXPECT_THAT(html, HasSubstr("<title>Siden findes ikke – Ledelsesportalen</title>"));
  EXPECT_THAT(html, HasSubstr("portal.css?v=v42"));
  const auto main_open = html.find("<main id=\"main-content\"");
  const auto heading = html.find("<h1>Siden findes ikke</h1>");
  const auto main_close = html.find("</main>");
  ASSERT_NE(main_open, std::string::npos);
  ASSERT_NE(heading, std::string::npos);
  ASSERT_NE(main_close, std::string::npos);
  EXPECT_LT(main_open, heading);
  EXPECT_LT(heading, main_close);
  EXPECT_EQ(Occurrences(html, "<!DOCTYPE html>"), 1U);
}

TEST(TemplateEngine, RenderPageKeepsLayoutAndContentValuesApart) {
  const TemplateEngine engine;
  View layout;
  layout.Set("PAGE_TITLE", "Titel");
  layout.Set("MESSAGE", "fra layoutet");  // the content's MESSAGE must not come from here
  auto& signed_in = layout.AddSection("SIGNED_IN");
  signed_in.Set("USER_NAME", "<b>Anna</b>");
  signed_in.Set("USER_ROLES", "Leder");

  const auto html = engine.RenderPage("platform/error.tpl", layout, ErrorContent("fra indholdet"));

  EXPECT_THAT(html, HasSubstr("fra indholdet"));
  EXPECT_THAT(html, Not(HasSubstr("fra layoutet")));
  EXPECT_THAT(html, HasSubstr("&lt;b&gt;Anna&lt;/b&gt;"));
  EXPECT_THAT(html, Not(HasSubstr("<b>Anna</b>")));
  EXPECT_THAT(html, Not(HasSubstr("href=\"/log-ind\" class=\"function-link log-on\"")));  // SIGNED_OUT not shown
}

}  // namespace
}  // namespace lp::web
