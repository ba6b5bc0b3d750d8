// The weekly "Status for din ledelseskæde" without a database: who is a leader of leaders and which
// units are below them, what the leadership foundation reports for them, and the notification.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "app/followup/followup_chain_status.hpp"
#include "app/notifications/chain_status.hpp"
#include "domain/platform/danish_format.hpp"

namespace lp::app {
namespace {

using domain::UnitKind;
using std::chrono::year_month_day;
using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::Not;

constexpr year_month_day Day(int y, unsigned m, unsigned d) {
  return year_month_day{std::chrono::year{y}, std::chrono::month{m}, std::chrono::day{d}};
}

// 1 Region (Rikke) ─┬─ 2 Hospitalet (Hans) ─┬─ 3 Afdeling A (Anna) ─ 4 Afsnit S (no leader)
//                   │                       ├─ 5 Afdeling B (Hans himself)
//                   │                       └─ 6 Afdeling C (inactive; Carl)
//                   └─ 7 Psykiatrien (Pia; and Bo, who has left) ─ 8 Afsnit P (Pia)
domain::Organisation Organisation() {
  std::vector<domain::Unit> units = {
      {1, "1", "Region", std::nullopt, UnitKind::Region, true}, {2, "2", "Hospitalet", 1, UnitKind::Area, true},
      {3, "3", "Afdeling A", 2, UnitKind::Department, true},    {4, "4", "Afsnit S", 3, UnitKind::Section, true},
      {5, "5", "Afdeling B", 2, UnitKind::Department, true},    {6, "6", "Afdeling C", 2, UnitKind::Department, false},
      {7, "7", "Psykiatrien", 1, UnitKind::Area, true},         {8, "8", "Afsnit P", 7, UnitKind::Section, true}};
  std::vector<domain::Person> people = {
      {10, "10", "Rikke", "Region", "rikke@example.test", "", 1, true},
      {20, "20", "Hans", "Hospital", "hans@example.test", "", 2, true},
      {30, "30", "Anna", "Afdeling", "anna@example.test", "", 3, true},
      {60, "60", "Carl", "Afdeling", "carl@example.test", "", 6, true},
      {70, "70", "Pia", "Psykiatri", "pia@example.test", "", 7, true},
      {71, "71", "Bo", "Tidligere", "bo@example.test", "", 7, false},
  };
  const auto since = Day(2020, 1, 1);
  std::vector<domain::Leadership> leaderships = {
      {1, 10, since, domain::LeaderKind::LederAfLedere},  {2, 20, since, domain::LeaderKind::LederAfLedere},
      {3, 30, since, domain::LeaderKind::Personaleleder}, {5, 20, since, domain::LeaderKind::Personaleleder},
      {6, 60, since, domain::LeaderKind::Personaleleder}, {7, 70, since, domain::LeaderKind::LederAfLedere},
      {8, 70, since, domain::LeaderKind::Personaleleder}, {7, 71, since, domain::LeaderKind::LederAfLedere},
  };
  auto built = domain::Organisation::Build(std::move(units), std::move(people), std::move(leaderships));
  return std::get<domain::Organisation>(std::move(built));
}

std::vector<std::string> Names(const std::vector<const domain::Unit*>& units) {
  std::vector<std::string> names;
  names.reserve(units.size());
  for (const auto* unit : units) names.push_back(unit->name);
  return names;
}

const ChainLeader* LeaderNamed(const std::vector<ChainLeader>& leaders, std::string_view first_name) {
  for (const auto& leader : leaders) {
    if (leader.person->first_name == first_name) return &leader;
  }
  return nullptr;
}

TEST(ChainLeaders, AreThoseWithAnotherLeaderBelowThemWithTheActiveUnitsBelowExceptTheirOwn) {
  const auto organisation = Organisation();
  const auto leaders = ChainLeadersOf(organisation);
  ASSERT_EQ(leaders.size(), 2U);  // Rikke and Hans; Pia leads only herself below, Anna only a leaderless unit
  const auto* rikke = LeaderNamed(leaders, "Rikke");
  ASSERT_NE(rikke, nullptr);
  EXPECT_THAT(Names(rikke->own), ElementsAre("Region"));
  EXPECT_THAT(Names(rikke->below),
              ElementsAre("Hospitalet", "Afdeling A", "Afsnit S", "Afdeling B", "Psykiatrien", "Afsnit P"));
  const auto* hans = LeaderNamed(leaders, "Hans");
  ASSERT_NE(hans, nullptr);
  EXPECT_THAT(Names(hans->own), ElementsAre("Hospitalet", "Afdeling B"));
  EXPECT_THAT(Names(hans->below), ElementsAre("Afdeling A", "Afsnit S"));  // not his own B, not the inactive C
  EXPECT_EQ(LeaderNamed(leaders, "Pia"), nullptr);
  EXPECT_EQ(LeaderNamed(leaders, "Anna"), nullptr);
  EXPECT_EQ(LeaderNamed(leaders, "Bo"), nullptr);  // an inactive person leads nobody
}

TEST(ChainLeaders, ListOfNamesNamesAFewAndCountsTheRest) {
  const std::vector<std::string> names = {"A", "B", "C", "D"};
  EXPECT_EQ(ListOfNames(std::span(names).first(1)), "A");
  EXPECT_EQ(ListOfNames(std::span(names).first(2)), "A og B");
  EXPECT_EQ(ListOfNames(names), "A, B, C og D");
  EXPECT_EQ(ListOfNames(names, 3), "A, B, C og 1 anden");
  EXPECT_EQ(ListOfNames(names, 2), "A, B og 2 andre");
}

class FoundationChainTest : public ::testing::Test {
 protected:
  FoundationChainTest() {
    round_.id = 4;
    round_.fields.name = "Aktivering 2027";
    round_.fields.starts_on = Day(2026, 11, 2);
    round_.fields.plan_deadline = Day(2027, 1, 15);
  }
  // The rows of the units below `leader`, as FoundationChainStatus hands them over.
  std::optional<ChainStatusSection> Section(std::string_view leader, bool with_round = true) {
    const domain::UnitId roots[] = {1};
    rows_ = BuildFollowUpRows(organisation_, roots, states_, summaries_,
                              domain::RoundDates{round_.fields.starts_on, round_.fields.plan_deadline}, kToday);
    const auto leaders = ChainLeadersOf(organisation_);
    const auto* chain = LeaderNamed(leaders, leader);
    if (chain == nullptr) {
      ADD_FAILURE() << "no leader of leaders named " << leader;
      return std::nullopt;
    }
    std::vector<const FollowUpRow*> below;
    for (const auto* unit : chain->below) {
      for (const auto& row : rows_) {
        if (row.unit == unit) below.push_back(&row);
      }
    }
    return FoundationChainSection(organisation_, below, with_round ? std::optional{round_} : std::nullopt);
  }
  void Plan(domain::UnitId unit, domain::PlanStatus status, long long overdue = 0) {
    UnitPlanSummary summary;
    summary.unit = unit;
    summary.status = status;
    summary.planned = overdue + 1;
    summary.overdue = overdue;
    summaries_.push_back(summary);
  }
  void Translation(domain::UnitId unit, std::optional<year_month_day> med) {
    UnitTranslationState state;
    state.unit = unit;
    state.latest_number = 1;
    state.published_at = domain::CopenhagenMidnight(Day(2026, 5, 1)).value();
    state.last_med = med;
    states_.push_back(state);
  }

  static constexpr year_month_day kToday = Day(2026, 12, 7);
  domain::Organisation organisation_ = Organisation();
  ActivationRound round_;
  std::vector<UnitTranslationState> states_;
  std::vector<UnitPlanSummary> summaries_;
  std::vector<FollowUpRow> rows_;
};

TEST_F(FoundationChainTest, MissingPlansOverdueActivitiesAndMissingMedDialoguesAreReportedWithTheirLeaders) {
  // Hospitalet has a plan; Afdeling A has none; Psykiatrien's plan has 2 overdue activities, Afsnit P's 3.
  Plan(2, domain::PlanStatus::Approved);
  Plan(8, domain::PlanStatus::Draft, 3);
  Plan(7, domain::PlanStatus::Approved, 2);
  Plan(5, domain::PlanStatus::Approved);
  // The region's translation is in force everywhere; Hospitalet has discussed it in MED.
  Translation(1, Day(2026, 6, 1));
  Translation(2, Day(2026, 9, 1));
  const auto section = Section("Rikke");
  ASSERT_TRUE(section.has_value());
  EXPECT_EQ(section->heading, "Ledelsesgrundlaget, aktiveringsrunden „Aktivering 2027“");
  EXPECT_EQ(section->link, "/opfoelgning");
  ASSERT_EQ(section->findings.size(), 3U);
  // Expected below Rikke: Hospitalet, Afdeling A, Afdeling B, Psykiatrien, Afsnit P (Afsnit S has no leader).
  EXPECT_EQ(section->findings[0],
            "1 af 5 enheder med leder mangler en aktiveringsplan (fristen er 15.01.2027): Afdeling A under "
            "Hospitalet (Anna Afdeling).");
  EXPECT_EQ(section->findings[1],
            "5 aktiviteter er overskredet: 3 i Afsnit P under Psykiatrien (Pia Psykiatri) og 2 i Psykiatrien (Pia "
            "Psykiatri).");
  EXPECT_EQ(section->findings[2],
            "4 enheder har ikke drøftet ledelsesgrundlaget i MED endnu: Afdeling A under Hospitalet (Anna "
            "Afdeling), Afdeling B under Hospitalet (Hans Hospital), Psykiatrien (Pia Psykiatri) og Afsnit P under "
            "Psykiatrien (Pia Psykiatri).");
  EXPECT_THAT(section->summary,
              ElementsAre("1 plan mangler", "5 aktiviteter er overskredet", "4 mangler MED-drøftelse"));
}

TEST_F(FoundationChainTest, AChainInOrderHasNothingToReport) {
  Plan(3, domain::PlanStatus::Approved);
  Translation(3, Day(2026, 9, 1));
  EXPECT_FALSE(Section("Hans").has_value());  // Afdeling A: plan, MED; Afsnit S is not expected to act
}

TEST_F(FoundationChainTest, WithoutACurrentRoundOnlyTheMedDialoguesCount) {
  Translation(1, std::nullopt);
  const auto section = Section("Hans", false);
  ASSERT_TRUE(section.has_value());
  EXPECT_EQ(section->heading, "Ledelsesgrundlaget");
  EXPECT_THAT(section->findings,
              ElementsAre("1 enhed har ikke drøftet ledelsesgrundlaget i MED endnu: Afdeling A under "
                          "Hospitalet (Anna Afdeling)."));
}

TEST_F(FoundationChainTest, APassedDeadlineIsSaidSo) {
  round_.fields.plan_deadline = Day(2026, 12, 1);
  const auto section = Section("Hans");
  ASSERT_TRUE(section.has_value());
  EXPECT_THAT(section->findings.front(), HasSubstr("(fristen var 01.12.2026): Afdeling A under Hospitalet"));
}

TEST(ChainStatusNotification, OneNotificationOfTheWeekWithEverySectionAndASubjectThatSaysWhat) {
  const auto organisation = Organisation();
  const auto leaders = ChainLeadersOf(organisation);
  const auto* hans = LeaderNamed(leaders, "Hans");
  ASSERT_NE(hans, nullptr);
  ChainStatusSection foundation{
      "Ledelsesgrundlaget", {"1 af 1 enhed med leder mangler en aktiveringsplan."}, {"1 plan mangler"}, "/opfoelgning"};
  ChainStatusSection programmes{"Ledervejen", {"2 ledere er bagud."}, {"2 ledere er bagud"}, "/udvikling"};
  ChainStatusSection quiet{"Andet", {}, {}, "/andet"};
  // Wednesday 09.12.2026, week 50: the topic is the week's Monday.
  const auto now = domain::CopenhagenMidnight(Day(2026, 12, 9)).value() + std::chrono::hours{6};
  const std::vector sections = {quiet, foundation, programmes};
  const auto notification = ChainStatusNotification(*hans, sections, now);
  ASSERT_TRUE(notification.has_value());
  EXPECT_EQ(notification->recipient, "hans@example.test");
  EXPECT_EQ(notification->category, domain::NotificationCategory::Chain);
  EXPECT_EQ(notification->topic, "kaede:status:2026-12-07");
  EXPECT_EQ(notification->subject, "Status for din ledelseskæde, uge 50: 1 plan mangler og 2 ledere er bagud");
  EXPECT_EQ(notification->body,
            "Sådan står det til i enhederne under dig i uge 50.\n\nLedelsesgrundlaget\n• 1 af 1 enhed med leder "
            "mangler en aktiveringsplan.\n\nLedervejen\n• 2 ledere er bagud.");
  EXPECT_EQ(notification->link, "/opfoelgning");
  EXPECT_EQ(notification->created_at, now);
  EXPECT_THAT(notification->body, Not(HasSubstr("Andet")));

  const std::vector nothing = {quiet};
  EXPECT_FALSE(ChainStatusNotification(*hans, nothing, now).has_value());
}

}  // namespace
}  // namespace lp::app
