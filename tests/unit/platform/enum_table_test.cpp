// The one way an enum gets its code, label and parser (domain/platform/enum_table.hpp), and every
// enum of the portal run through it both ways: each value has a code and a label, and its code parses
// back to it. A value added to an enum but not to its table fails here.
#include "domain/platform/enum_table.hpp"

#include <gtest/gtest.h>

#include <set>
#include <stdexcept>
#include <string>

#include "app/followup/followup_service.hpp"
#include "app/translation/translation_repository.hpp"
#include "domain/activation/activation.hpp"
#include "domain/dialogue/dialogue.hpp"
#include "domain/organisation/organisation.hpp"
#include "domain/platform/role.hpp"

namespace lp::domain {
namespace {

enum class Colour { Red, Green, Blue };

constexpr auto kColours = MakeEnumTable<Colour>({
    {Colour::Red, "roed", "Rød"},
    {Colour::Green, "groen", "Grøn"},
});

TEST(EnumTable, GivesCodeLabelAndParsesTheCode) {
  EXPECT_EQ(kColours.Code(Colour::Green), "groen");
  EXPECT_EQ(kColours.Label(Colour::Red), "Rød");
  EXPECT_EQ(kColours.Parse("roed"), Colour::Red);
  static_assert(kColours.Parse("groen") == Colour::Green);
  static_assert(kColours.size() == 2);
}

TEST(EnumTable, RefusesUnknownCodesExactly) {
  EXPECT_EQ(kColours.Parse(""), std::nullopt);
  EXPECT_EQ(kColours.Parse("Roed"), std::nullopt);  // codes are exact; a form sends what it was given
  EXPECT_EQ(kColours.Parse("Rød"), std::nullopt);   // a label is not a code
  EXPECT_EQ(kColours.Parse("roed "), std::nullopt);
}

TEST(EnumTable, AValueMissingFromTheTableIsAProgrammingError) {
  EXPECT_THROW((void)kColours.Code(Colour::Blue), std::logic_error);
  EXPECT_THROW((void)kColours.Label(Colour::Blue), std::logic_error);
}

TEST(EnumTable, KeepsTheTablesOrder) {
  std::string codes;
  for (const auto& colour : kColours) codes += std::string(colour.code) + " ";
  EXPECT_EQ(codes, "roed groen ");
}

// Every value of `values` has a distinct, non-empty code and a label, and parses back from its code.
template <typename Values, typename CodeOf, typename LabelOf, typename Parse>
void ExpectRoundTrip(const Values& values, CodeOf code_of, LabelOf label_of, Parse parse) {
  std::set<std::string> codes;
  for (const auto value : values) {
    const std::string code(code_of(value));
    EXPECT_FALSE(code.empty());
    EXPECT_FALSE(std::string(label_of(value)).empty()) << code;
    EXPECT_TRUE(codes.insert(code).second) << "code used twice: " << code;
    EXPECT_EQ(parse(code), value) << code;
  }
  EXPECT_EQ(parse("findes-ikke"), std::nullopt);
}

TEST(PortalEnums, EveryValueHasACodeAndALabelAndParsesBack) {
  ExpectRoundTrip(kAllRoles, RoleCode, RoleLabel, ParseRole);
  ExpectRoundTrip(kAllUnitKinds, UnitKindCode, UnitKindLabel, ParseUnitKind);
  ExpectRoundTrip(kAllLeaderKinds, LeaderKindCode, LeaderKindLabel, ParseLeaderKind);
  ExpectRoundTrip(kAllActivityKinds, ActivityKindCode, ActivityKindLabel, ParseActivityKind);
  ExpectRoundTrip(std::array{ActivityStatus::Planned, ActivityStatus::Done, ActivityStatus::Cancelled},
                  ActivityStatusCode, ActivityStatusLabel, ParseActivityStatus);
  ExpectRoundTrip(std::array{PlanStatus::Draft, PlanStatus::Approved}, PlanStatusCode, PlanStatusLabel,
                  ParsePlanStatus);
  ExpectRoundTrip(app::kAllPlanStates, PlanStateCode, PlanStateLabel, ParsePlanState);
  ExpectRoundTrip(std::array{DialogueCardKind::Question, DialogueCardKind::Case}, DialogueCardKindCode,
                  DialogueCardKindLabel, ParseDialogueCardKind);
  ExpectRoundTrip(kAllDialogueTopics, DialogueTopicCode, DialogueTopicLabel, ParseDialogueTopic);
  ExpectRoundTrip(app::kAllRegionalValues, app::RegionalValueCode, app::RegionalValueLabel, app::ParseRegionalValue);
  ExpectRoundTrip(app::kAllTranslationStates, app::TranslationStateCode, app::TranslationStateLabel,
                  app::ParseTranslationState);
  ExpectRoundTrip(app::kAllFollowUpColumns, app::FollowUpColumnCode, app::FollowUpColumnLabel,
                  app::ParseFollowUpColumn);
}

// The parsers that accept more than the code, for people and HR files.
TEST(PortalEnums, ParsersThatAcceptMoreThanTheCode) {
  EXPECT_EQ(ParseRole("redaktør"), Role::Redaktoer);
  EXPECT_EQ(ParseUnitKind(" OMRÅDE "), UnitKind::Area);
  EXPECT_EQ(ParseLeaderKind("Leder af ledere"), LeaderKind::LederAfLedere);
  EXPECT_EQ(ParseLeaderKind("funktionsleder"), LeaderKind::Personaleleder);
}

}  // namespace
}  // namespace lp::domain
