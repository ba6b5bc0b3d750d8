#include <gtest/gtest.h>

#include "app/dialogue/dialogue_service.hpp"
#include "app/platform/default_content.hpp"
#include "domain/dialogue/dialogue.hpp"
#include "domain/platform/text.hpp"

namespace lp {
namespace {

TEST(DialogueVocabulary, EveryTopicAndKindRoundTripsThroughItsCode) {
  for (const auto topic : domain::kAllDialogueTopics) {
    EXPECT_EQ(domain::ParseDialogueTopic(domain::DialogueTopicCode(topic)), topic);
    EXPECT_FALSE(domain::DialogueTopicLabel(topic).empty());
  }
  for (const auto kind : {domain::DialogueCardKind::Question, domain::DialogueCardKind::Case}) {
    EXPECT_EQ(domain::ParseDialogueCardKind(domain::DialogueCardKindCode(kind)), kind);
  }
  EXPECT_FALSE(domain::ParseDialogueTopic("Dialog").has_value());  // codes are exact
  EXPECT_FALSE(domain::ParseDialogueCardKind("").has_value());
  EXPECT_EQ(domain::DialogueTopicLabel(domain::DialogueTopic::Maalopfyldelse), "Målopfyldelse");
  EXPECT_EQ(domain::DialogueTopicGroup(domain::DialogueTopic::Nytaenkning), "De fire forventninger");
  EXPECT_EQ(domain::DialogueTopicChoiceLabel(domain::DialogueTopic::Nytaenkning), "De fire forventninger: Nytænkning");
  EXPECT_EQ(domain::DialogueTopicChoiceLabel(domain::DialogueTopic::Andet), "Andet");
}

TEST(CardFile, ParsesTitleHeaderLinesAndBody) {
  const auto card = app::ParseCardFile("# Turde vi?\ntype: case\nemne: dristighed\n\nEn kort case.\n\n- Spørgsmål\n");
  ASSERT_TRUE(card.has_value());
  EXPECT_EQ(card->title, "Turde vi?");
  EXPECT_EQ(card->kind, domain::DialogueCardKind::Case);
  EXPECT_EQ(card->topic, domain::DialogueTopic::Dristighed);
  EXPECT_EQ(card->body, "En kort case.\n\n- Spørgsmål");
}

TEST(CardFile, RefusesMissingOrUnknownHeadersAndEmptyBodies) {
  EXPECT_FALSE(app::ParseCardFile("type: kort\nemne: dialog\n\nTekst").has_value());                   // no title
  EXPECT_FALSE(app::ParseCardFile("# T\nemne: dialog\n\nTekst").has_value());                          // no type
  EXPECT_FALSE(app::ParseCardFile("# T\ntype: plakat\nemne: dialog\n\nTekst").has_value());            // unknown type
  EXPECT_FALSE(app::ParseCardFile("# T\ntype: kort\nemne: mod\n\nTekst").has_value());                 // unknown topic
  EXPECT_FALSE(app::ParseCardFile("# T\ntype: kort\nemne: dialog\nfarve: rød\n\nTekst").has_value());  // unknown line
  EXPECT_FALSE(app::ParseCardFile("# T\ntype: kort\nemne: dialog\n\n  \n").has_value());               // no body
}

TEST(CardFile, EveryShippedCardParses) {
  const auto files = app::DefaultContentIn("dialogue");
  ASSERT_FALSE(files.empty());
  int cases = 0;
  for (const auto& file : files) {
    const auto card = app::ParseCardFile(file.content);
    ASSERT_TRUE(card.has_value()) << file.path;
    EXPECT_LE(domain::CharacterCount(card->title), app::kMaxCardTitle) << file.path;
    EXPECT_LE(domain::CharacterCount(card->body), app::kMaxCardBody) << file.path;
    if (card->kind == domain::DialogueCardKind::Case) ++cases;
  }
  EXPECT_EQ(cases, 3);
}

TEST(Text, CleanTextTrimsAndUnifiesLineEnds) {
  EXPECT_EQ(domain::CleanText("  \r\n Hej\r\nmed dig\rog\n\t"), "Hej\nmed dig\nog");
  EXPECT_EQ(domain::CleanText(" \t\n"), "");
  EXPECT_EQ(domain::CleanText("æ"), "æ");
}

TEST(Text, CharacterCountCountsCodePointsNotBytes) {
  EXPECT_EQ(domain::CharacterCount(""), 0U);
  EXPECT_EQ(domain::CharacterCount("abc"), 3U);
  EXPECT_EQ(domain::CharacterCount("blåbær"), 6U);            // 8 bytes
  EXPECT_EQ(domain::CharacterCount("–"), 1U);                 // 3 bytes
  EXPECT_EQ(domain::CharacterCount("\xF0\x9F\x98\x80"), 1U);  // one emoji, 4 bytes
}

TEST(Text, OneLineJoinsLinesAndRunsOfSpace) {
  EXPECT_EQ(domain::OneLine("  Vi aftaler\n\n at \t mødes "), "Vi aftaler at mødes");
  EXPECT_EQ(domain::OneLine("\r\n"), "");
}

TEST(Text, AbbreviateCutsAtAWordAndCountsCharacters) {
  EXPECT_EQ(domain::Abbreviate("Kort nok", 8), "Kort nok");
  EXPECT_EQ(domain::Abbreviate("Dialog på møderne", 12), "Dialog på…");  // 10 characters, 11 bytes
  EXPECT_EQ(domain::Abbreviate("æøåæøåæøå", 5), "æøåæ…");                // no space: cut mid-word
  EXPECT_EQ(domain::Abbreviate("Ja, det gør vi", 6), "Ja…");             // no comma before the ellipsis
  EXPECT_EQ(domain::Abbreviate("abc", 0), "");
  EXPECT_LE(domain::CharacterCount(domain::Abbreviate("ord ord ord ord", 10)), 10U);
}

}  // namespace
}  // namespace lp
