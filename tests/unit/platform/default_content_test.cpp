#include "app/platform/default_content.hpp"

#include <gtest/gtest.h>

namespace lp::app {
namespace {

TEST(DefaultContent, ShipsTheRegionalFoundationDocumentsWithTitles) {
  for (const auto* path : {"foundation/vaerdier.md", "foundation/forventninger.md", "foundation/ledelsesopgave.md",
                           "foundation/demokratisk-grundlag.md", "foundation/for-leder.md",
                           "foundation/for-medarbejder.md", "foundation/for-med.md"}) {
    const auto content = DefaultContent(path);
    ASSERT_TRUE(content.has_value()) << path;
    const auto text = SplitTitle(*content);
    EXPECT_FALSE(text.title.empty()) << path;
    EXPECT_FALSE(text.body.empty()) << path;
  }
  EXPECT_FALSE(DefaultContent("foundation/findes-ikke.md").has_value());
}

TEST(DefaultContent, ListsADirectoryInFileOrderWithoutItsReadme) {
  const auto cards = DefaultContentIn("dialogue");
  ASSERT_EQ(cards.size(), 15U);
  EXPECT_EQ(cards.front().path, "dialogue/01-hvornaar-bliver-i-hoert.md");
  EXPECT_EQ(cards.back().path, "dialogue/15-ambition-og-budget.md");
  for (const auto& card : cards) EXPECT_NE(card.path, "dialogue/README.md");
  EXPECT_TRUE(DefaultContentIn("findes-ikke").empty());
  // A prefix of a directory's name is not that directory.
  EXPECT_TRUE(DefaultContentIn("dialog").empty());
}

TEST(DefaultContent, SplitTitleTakesTheFirstHeadingLineAndDropsBlankLinesAfterIt) {
  const auto text = SplitTitle("# Dialog\r\n\n\nFørste afsnit.\n\nAndet.\n");
  EXPECT_EQ(text.title, "Dialog");
  EXPECT_EQ(text.body, "Første afsnit.\n\nAndet.\n");

  const auto untitled = SplitTitle("Ingen overskrift\n# Senere\n");
  EXPECT_EQ(untitled.title, "");
  EXPECT_EQ(untitled.body, "Ingen overskrift\n# Senere\n");

  EXPECT_EQ(SplitTitle("# Kun titel").title, "Kun titel");
  EXPECT_EQ(SplitTitle("# Kun titel").body, "");
}

}  // namespace
}  // namespace lp::app
