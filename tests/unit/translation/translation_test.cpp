// The parts of the local translations that need no database: normalising and validating what the
// editor submits, and the demo translation's parser.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "app/platform/default_content.hpp"
#include "app/translation/translation_service.hpp"
#include "cli/demo_data.hpp"

namespace lp::app {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;

std::vector<std::string> Fields(const std::vector<FieldError>& errors) {
  std::vector<std::string> fields;
  for (const auto& error : errors) fields.push_back(error.field);
  return fields;
}

TEST(TranslationValidation, NormalisingTrimsAndDropsEmptyThemesAndBlankBullets) {
  TranslationContent content;
  content.introduction = "  Indledning\r\n\r\n";
  content.themes.push_back(
      {" Titel ", "- Et\r\n\r\n  * To  \n", " A ", "B\r\n", {RegionalValue::Dristighed, RegionalValue::Dialog}});
  content.themes.push_back({"  ", "\n", "", " ", {}});
  const auto normalised = NormaliseTranslation(content);
  EXPECT_EQ(normalised.introduction, "Indledning");
  ASSERT_EQ(normalised.themes.size(), 1U);
  EXPECT_EQ(normalised.themes[0].title, "Titel");
  EXPECT_EQ(normalised.themes[0].bullets, "Et\nTo");
  EXPECT_EQ(normalised.themes[0].employees_can_expect, "A");
  EXPECT_THAT(normalised.themes[0].values, ElementsAre(RegionalValue::Dialog, RegionalValue::Dristighed));
}

TEST(TranslationValidation, TheLimitsCountCharactersNotBytes) {
  TranslationContent content;
  content.themes.push_back(
      {std::string(150 / 2, 'x') + std::string(150 / 2, 'x'), "", "", "", {RegionalValue::Dialog}});
  EXPECT_TRUE(ValidateTranslation(content, true).empty());
  content.themes[0].title = "";
  for (int i = 0; i < 150; ++i) content.themes[0].title += "æ";  // 300 bytes, 150 characters
  EXPECT_TRUE(ValidateTranslation(content, true).empty());
  content.themes[0].title += "ø";
  const auto errors = ValidateTranslation(content, true);
  ASSERT_THAT(Fields(errors), ElementsAre("theme-1-title"));
  EXPECT_THAT(errors[0].message, HasSubstr("må højst være 150 tegn; der står 151."));
}

TEST(TranslationValidation, BulletsTextsThemesAndInvalidUtf8HaveTheirLimits) {
  TranslationContent content;
  content.introduction = std::string(kMaxTranslationTextChars + 1, 'i');
  std::string bullets;
  for (std::size_t i = 0; i < kMaxBulletLines + 1; ++i) bullets += "punkt\n";
  content.themes.push_back({"Tema", bullets, std::string(kMaxTranslationTextChars + 1, 'e'), "\xff", {}});
  content.themes.push_back({"Tema", std::string(kMaxBulletChars + 1, 'p'), "", "", {RegionalValue::Dialog}});
  EXPECT_THAT(
      Fields(ValidateTranslation(content, false)),
      ElementsAre("introduction", "theme-1-bullets", "theme-1-employees", "theme-1-leaders", "theme-2-bullets"));
  EXPECT_THAT(Fields(ValidateTranslation(content, true)),
              ElementsAre("introduction", "theme-1-bullets", "theme-1-employees", "theme-1-leaders", "theme-1-values",
                          "theme-2-bullets"));
  TranslationContent many;
  for (std::size_t i = 0; i < kMaxThemes + 1; ++i) many.themes.push_back({"T", "", "", "", {RegionalValue::Dialog}});
  EXPECT_THAT(Fields(ValidateTranslation(many, false)), ElementsAre("themes"));
  EXPECT_THAT(Fields(ValidateTranslation({}, true)), ElementsAre("themes"));
  EXPECT_TRUE(ValidateTranslation({}, false).empty());  // an empty draft is allowed
}

TEST(TranslationValidation, RegionalValueCodesRoundTrip) {
  for (const auto value : kAllRegionalValues) EXPECT_EQ(ParseRegionalValue(RegionalValueCode(value)), value);
  EXPECT_FALSE(ParseRegionalValue("ordentlighed"));
}

TEST(DemoTranslation, TheShippedFileGivesFourPublishableThemes) {
  const auto markdown = DefaultContent(cli::kDemoTranslationFile);
  ASSERT_TRUE(markdown);
  const auto content = NormaliseTranslation(cli::ParseDemoTranslation(*markdown));
  EXPECT_THAT(content.introduction, ::testing::StartsWith("Ledergruppen i Regionssekretariatet"));
  ASSERT_EQ(content.themes.size(), 4U);
  EXPECT_EQ(content.themes[0].title, "Åben og ligeværdig dialog");
  EXPECT_THAT(content.themes[0].values, ElementsAre(RegionalValue::Dialog));
  EXPECT_THAT(BulletLines(content.themes[1].bullets), ::testing::SizeIs(6));
  EXPECT_THAT(content.themes[1].values, ElementsAre(RegionalValue::Dialog, RegionalValue::Dygtighed));
  EXPECT_THAT(content.themes[2].employees_can_expect, ::testing::StartsWith("At vi ser og bruger"));
  EXPECT_THAT(content.themes[2].leaders_expect, ::testing::StartsWith("At du er fagligt nysgerrig"));
  EXPECT_TRUE(ValidateTranslation(content, true).empty());
  // Already normalised as parsed, so the stored text is exactly what the parser gives.
  EXPECT_EQ(content, cli::ParseDemoTranslation(*markdown));
}

TEST(DemoTranslation, AThemeWithoutAKnownValueIsRefused) {
  EXPECT_THROW(cli::ParseDemoTranslation("# T\n\n## Tema\nværdier: mod\n"), std::runtime_error);
  EXPECT_THROW(cli::ParseDemoTranslation("# T\n\n## Tema\n- punkt\n"), std::runtime_error);
}

}  // namespace
}  // namespace lp::app
