// The follow-up rules that need no database: building the rows from the snapshot and the two query
// results (inheritance, areas, plan states), filters, sorting and the heat map's shares.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "app/followup/followup_service.hpp"
#include "app/platform/paging.hpp"
#include "domain/platform/danish_format.hpp"
#include "web/followup/followup_export.hpp"

namespace lp::app {
namespace {

using domain::PlanState;
using domain::UnitKind;
using std::chrono::year_month_day;
using ::testing::ElementsAre;

constexpr year_month_day Day(int y, unsigned m, unsigned d) {
  return year_month_day{std::chrono::year{y}, std::chrono::month{m}, std::chrono::day{d}};
}

// 1 Region ─┬─ 2 Hospitalerne (area) ─┬─ 3 Afdeling A ─ 4 Afsnit S
//           │                         └─ 5 Afdeling C (inactive)
//           ├─ 6 Psykiatrien (area) ─ 7 Afdeling B
//           └─ 8 Sekretariat (not an area) ─ 9 Team
// Leaders: everyone but 4 and 9.
domain::Organisation Organisation() {
  std::vector<domain::Unit> units = {{1, "1", "Region", std::nullopt, UnitKind::Region, true},
                                     {2, "2", "Hospitalerne", 1, UnitKind::Area, true},
                                     {3, "3", "Afdeling A", 2, UnitKind::Department, true},
                                     {4, "4", "Afsnit S", 3, UnitKind::Section, true},
                                     {5, "5", "Afdeling C", 2, UnitKind::Department, false},
                                     {6, "6", "Psykiatrien", 1, UnitKind::Area, true},
                                     {7, "7", "Afdeling B", 6, UnitKind::Department, true},
                                     {8, "8", "Sekretariat", 1, UnitKind::Secretariat, true},
                                     {9, "9", "Team", 8, UnitKind::Other, true}};
  std::vector<domain::Person> people;
  std::vector<domain::Leadership> leaderships;
  for (const domain::UnitId unit : {1, 2, 3, 5, 6, 7, 8}) {
    const auto id = static_cast<domain::PersonId>(unit * 10);
    people.push_back({id, "P" + std::to_string(id), "Leder", std::to_string(unit), "", "", unit, true});
    leaderships.push_back({unit, id, Day(2020, 1, 1), domain::LeaderKind::Personaleleder});
  }
  auto built = domain::Organisation::Build(std::move(units), std::move(people), std::move(leaderships));
  return std::get<domain::Organisation>(std::move(built));
}

UnitTranslationState Published(domain::UnitId unit, year_month_day on, bool draft = false) {
  UnitTranslationState state;
  state.unit = unit;
  state.latest_number = 1;
  state.published_at = domain::CopenhagenMidnight(on).value() + std::chrono::hours{9};
  state.has_draft = draft;
  return state;
}

UnitPlanSummary Summary(domain::UnitId unit, domain::PlanStatus status, long long planned, long long done,
                        long long overdue) {
  UnitPlanSummary summary;
  summary.unit = unit;
  summary.status = status;
  summary.planned = planned;
  summary.done = done;
  summary.overdue = overdue;
  return summary;
}

constexpr domain::RoundDates kRound{Day(2026, 6, 4), Day(2026, 10, 1)};
constexpr year_month_day kToday = Day(2026, 12, 2);

std::vector<std::string> Names(const std::vector<FollowUpRow>& rows) {
  std::vector<std::string> names;
  for (const auto& row : rows) names.push_back(row.unit->name);
  return names;
}

class FollowUpRowsTest : public ::testing::Test {
 protected:
  std::vector<FollowUpRow> Rows(std::vector<domain::UnitId> roots = {1}) {
    return BuildFollowUpRows(organisation_, roots, states_, summaries_, kRound, kToday);
  }
  const FollowUpRow& Row(const std::vector<FollowUpRow>& rows, domain::UnitId unit) {
    for (const auto& row : rows) {
      if (row.unit->id == unit) return row;
    }
    ADD_FAILURE() << "no row for " << unit;
    return rows.front();
  }

  domain::Organisation organisation_ = Organisation();
  std::vector<UnitTranslationState> states_;
  std::vector<UnitPlanSummary> summaries_;
};

TEST_F(FollowUpRowsTest, RowsAreTheActiveUnitsInTreeOrderWithDepthAndArea) {
  const auto rows = Rows();
  EXPECT_THAT(Names(rows), ElementsAre("Region", "Hospitalerne", "Afdeling A", "Afsnit S", "Psykiatrien", "Afdeling B",
                                       "Sekretariat", "Team"));
  EXPECT_EQ(Row(rows, 4).depth, 3);
  EXPECT_EQ(Row(rows, 1).area, nullptr);
  EXPECT_EQ(Row(rows, 4).area->id, 2);
  EXPECT_EQ(Row(rows, 7).area->id, 6);
  EXPECT_EQ(Row(rows, 9).area, nullptr);  // under a unit that is no area
  EXPECT_FALSE(Row(rows, 4).expected);
  EXPECT_TRUE(Row(rows, 3).expected);
  EXPECT_THAT(Names(Rows({3, 7})), ElementsAre("Afdeling A", "Afsnit S", "Afdeling B"));
}

TEST_F(FollowUpRowsTest, APageStartingInsideASubtreeNamesTheRowsAboveItOutermostFirst) {
  const auto rows = Rows();  // Region, Hospitalerne, Afdeling A, Afsnit S, Psykiatrien, Afdeling B, …
  const auto names = [&](std::size_t index) {
    std::vector<std::string> result;
    for (const auto* unit : AncestorsInRows(rows, index)) result.push_back(unit->name);
    return result;
  };
  EXPECT_THAT(names(0), ElementsAre());
  EXPECT_THAT(names(3), ElementsAre("Region", "Hospitalerne", "Afdeling A"));  // Afsnit S
  EXPECT_THAT(names(5), ElementsAre("Region", "Psykiatrien"));                 // Afdeling B
  EXPECT_THAT(names(4), ElementsAre("Region"));                                // Psykiatrien
  EXPECT_THAT(names(rows.size()), ElementsAre());                              // past the end
  // Several roots (an HR scope): a root has nothing above it in the rows.
  const auto scoped = Rows({3, 7});
  EXPECT_TRUE(AncestorsInRows(scoped, 2).empty());
  ASSERT_EQ(AncestorsInRows(scoped, 1).size(), 1U);
  EXPECT_EQ(AncestorsInRows(scoped, 1).front()->name, "Afdeling A");
}

TEST(Paging, PagesAreClampedAndHoldTheirShareOfTheRows) {
  const auto first = PageOf(250, 1, 100);
  EXPECT_EQ(first.pages, 3U);
  EXPECT_EQ(first.first, 0U);
  EXPECT_EQ(first.last, 100U);
  const auto last = PageOf(250, 3, 100);
  EXPECT_EQ(last.first, 200U);
  EXPECT_EQ(last.last, 250U);
  EXPECT_EQ(PageOf(250, 99, 100).page, 3U);  // past the end: the last page
  EXPECT_EQ(PageOf(250, 0, 100).page, 1U);
  const auto empty = PageOf(0, 5, 100);
  EXPECT_EQ(empty.pages, 1U);
  EXPECT_EQ(empty.page, 1U);
  EXPECT_EQ(empty.first, 0U);
  EXPECT_EQ(empty.last, 0U);
  EXPECT_EQ(PageOf(100, 2, 100).page, 1U);  // exactly one full page
  EXPECT_EQ(PageOf(7, 2, 3).first, 3U);
  EXPECT_EQ(PageOf(7, 3, 3).last, 7U);
  EXPECT_EQ(PageOf(7, 1, 0).last, 1U);  // a page size of 0 is taken as 1
}

TEST_F(FollowUpRowsTest, TranslationIsOwnOrInheritedFromTheNearestUnitAbove) {
  states_ = {Published(2, Day(2026, 6, 4), true), Published(1, Day(2026, 5, 1))};
  UnitTranslationState draft;
  draft.unit = 3;
  draft.has_draft = true;
  draft.last_med = Day(2026, 9, 1);
  states_.push_back(draft);
  const auto rows = Rows();
  const auto& area = Row(rows, 2);
  EXPECT_EQ(area.translation, TranslationState::Published);
  EXPECT_EQ(area.published_on, Day(2026, 6, 4));
  EXPECT_TRUE(area.newer_draft);
  EXPECT_EQ(area.inherited_from, nullptr);
  const auto& a = Row(rows, 3);
  EXPECT_EQ(a.translation, TranslationState::Draft);
  EXPECT_EQ(a.inherited_from->id, 2);
  EXPECT_EQ(a.last_med, Day(2026, 9, 1));
  EXPECT_EQ(Row(rows, 4).inherited_from->id, 2);
  EXPECT_EQ(Row(rows, 4).inherited_published_on, Day(2026, 6, 4));
  EXPECT_EQ(Row(rows, 7).inherited_from->id, 1);
  EXPECT_EQ(Row(rows, 7).translation, TranslationState::None);
}

TEST_F(FollowUpRowsTest, PlanStatesFollowTheRound) {
  summaries_ = {Summary(3, domain::PlanStatus::Approved, 2, 1, 1), Summary(7, domain::PlanStatus::Draft, 0, 0, 0)};
  auto rows = Rows();
  EXPECT_EQ(Row(rows, 3).plan, PlanState::Approved);
  EXPECT_EQ(Row(rows, 3).overdue, 1);
  EXPECT_EQ(Row(rows, 7).plan, PlanState::Draft);
  EXPECT_EQ(Row(rows, 6).plan, PlanState::Overdue);  // after the deadline
  rows = BuildFollowUpRows(organisation_, std::vector<domain::UnitId>{1}, states_, summaries_, kRound, Day(2026, 9, 1));
  EXPECT_EQ(Row(rows, 6).plan, PlanState::Missing);
  rows = BuildFollowUpRows(organisation_, std::vector<domain::UnitId>{1}, states_, summaries_, std::nullopt, kToday);
  EXPECT_EQ(Row(rows, 3).plan, PlanState::NotDue);  // no round
  const auto totals = TotalsOf(Rows());
  EXPECT_EQ(totals.units, 8U);
  EXPECT_EQ(totals.expected, 6U);
  EXPECT_EQ(totals.approved, 1U);
  EXPECT_EQ(totals.missing, 4U);  // 1, 2, 6, 8
  EXPECT_EQ(totals.overdue, 1);
}

TEST_F(FollowUpRowsTest, SortsByAColumnStablyInBothDirections) {
  summaries_ = {Summary(3, domain::PlanStatus::Approved, 3, 1, 1), Summary(7, domain::PlanStatus::Draft, 5, 0, 2)};
  auto rows = Rows();
  SortFollowUpRows(rows, {FollowUpColumn::Unit, false});
  EXPECT_EQ(rows.front().unit->name, "Afdeling A");
  EXPECT_EQ(rows.back().unit->name, "Team");
  SortFollowUpRows(rows, {FollowUpColumn::Overdue, true});
  EXPECT_THAT(Names(rows), ::testing::ElementsAreArray({"Afdeling B", "Afdeling A", "Afsnit S", "Hospitalerne",
                                                        "Psykiatrien", "Region", "Sekretariat", "Team"}));
  rows = Rows();
  SortFollowUpRows(rows, {FollowUpColumn::Plan, false});
  EXPECT_EQ(rows.front().plan, PlanState::Overdue);
  EXPECT_EQ(rows.back().plan, PlanState::Approved);
  rows = Rows();
  SortFollowUpRows(rows, {std::nullopt, true});  // no column: tree order stays
  EXPECT_EQ(rows.front().unit->name, "Region");
}

TEST(FollowUpSortTest, TextColumnsSortInDanishAlphabeticalOrder) {
  // Byte order would put "Århus" before "Ærø" and upper case before lower case.
  const std::vector<domain::Unit> units = {{1, "1", "Århus", std::nullopt, UnitKind::Other, true},
                                           {2, "2", "Ødis", std::nullopt, UnitKind::Other, true},
                                           {3, "3", "ærø", std::nullopt, UnitKind::Other, true},
                                           {4, "4", "Zone", std::nullopt, UnitKind::Other, true},
                                           {5, "5", "anholt", std::nullopt, UnitKind::Other, true}};
  const std::vector<domain::Person> people = {{1, "1", "Åse", "Berg", "", "", 1, true},
                                              {2, "2", "Åse", "Andersen", "", "", 2, true},
                                              {3, "3", "Ole", "Holm", "", "", 3, true}};
  std::vector<FollowUpRow> rows(units.size());
  for (std::size_t i = 0; i < units.size(); ++i) rows[i].unit = &units[i];
  rows[0].leaders = {&people[0]};
  rows[1].leaders = {&people[1], &people[2]};
  rows[3].leaders = {&people[2]};
  SortFollowUpRows(rows, {FollowUpColumn::Unit, false});
  EXPECT_THAT(Names(rows), ElementsAre("anholt", "Zone", "ærø", "Ødis", "Århus"));
  SortFollowUpRows(rows, {FollowUpColumn::Unit, true});
  EXPECT_THAT(Names(rows), ElementsAre("Århus", "Ødis", "ærø", "Zone", "anholt"));
  // By the leaders' names as shown ("Åse Andersen, Ole Holm"); no leader sorts first, ties keep
  // their order.
  SortFollowUpRows(rows, {FollowUpColumn::Leaders, false});
  EXPECT_THAT(Names(rows), ElementsAre("ærø", "anholt", "Zone", "Ødis", "Århus"));
}

TEST_F(FollowUpRowsTest, FiltersByAreaAndState) {
  states_ = {Published(7, Day(2026, 6, 4))};
  const auto rows = Rows();
  EXPECT_THAT(Names(FilterFollowUpRows(rows, {.area = 2, .translation = std::nullopt, .plan = std::nullopt})),
              ElementsAre("Hospitalerne", "Afdeling A", "Afsnit S"));
  EXPECT_THAT(Names(FilterFollowUpRows(
                  rows, {.area = std::nullopt, .translation = TranslationState::Published, .plan = std::nullopt})),
              ElementsAre("Afdeling B"));
  EXPECT_THAT(
      Names(FilterFollowUpRows(rows, {.area = 2, .translation = TranslationState::Published, .plan = std::nullopt})),
      ElementsAre());
  EXPECT_EQ(
      FilterFollowUpRows(rows, {.area = std::nullopt, .translation = std::nullopt, .plan = PlanState::Overdue}).size(),
      6U);
}

TEST_F(FollowUpRowsTest, TheHeatMapCountsTheExpectedUnitsPerArea) {
  states_ = {Published(3, Day(2026, 6, 4))};
  summaries_ = {Summary(3, domain::PlanStatus::Approved, 1, 2, 1), Summary(2, domain::PlanStatus::Draft, 0, 0, 0)};
  const auto rows = Rows();
  const auto heat = BuildHeatMap(organisation_, rows, std::nullopt);
  ASSERT_EQ(heat.size(), 2U);
  EXPECT_EQ(heat[0].unit->name, "Hospitalerne");
  EXPECT_EQ(heat[0].units, 2U);  // 2 and 3; 4 has no leader
  EXPECT_EQ(heat[0].published.count, 1U);
  EXPECT_DOUBLE_EQ(heat[0].published.Share(), 0.5);
  EXPECT_EQ(domain::FormatPercent(heat[0].published.Share(), 1), "50,0 %");
  EXPECT_EQ(heat[0].approved.count, 1U);
  EXPECT_EQ(heat[0].with_done.count, 1U);
  EXPECT_EQ(heat[0].attention.count, 1U);  // 3 has an overdue activity; 2 has a draft plan
  EXPECT_EQ(heat[1].unit->name, "Psykiatrien");
  EXPECT_EQ(heat[1].units, 2U);
  EXPECT_EQ(heat[1].attention.count, 2U);  // both lack a plan after the deadline
  EXPECT_DOUBLE_EQ(heat[1].approved.Share(), 0.0);
  const auto drilled = BuildHeatMap(organisation_, rows, 2);
  ASSERT_EQ(drilled.size(), 2U);  // the area itself and its active child
  EXPECT_EQ(drilled[0].unit->id, 2);
  EXPECT_EQ(drilled[0].units, 1U);
  EXPECT_EQ(drilled[1].unit->id, 3);
  EXPECT_EQ(drilled[1].units, 1U);  // 3 (and 4, which has no leader)
  EXPECT_EQ(HeatCell{}.Share(), 0.0);
}

TEST_F(FollowUpRowsTest, TheCsvHasAHeaderAndOneQuotedProtectedLinePerRow) {
  states_ = {Published(3, Day(2026, 6, 4), true)};
  summaries_ = {Summary(3, domain::PlanStatus::Approved, 2, 1, 1)};
  const auto rows = Rows({3});
  const auto csv = web::FollowUpCsv(rows, "Runde; 2026");
  EXPECT_EQ(csv.rfind("\xEF\xBB\xBF"
                      "Enhed;Enheds-id;",
                      0),
            0U);
  EXPECT_NE(csv.find("\r\nAfdeling A;3;Afdeling;2;Hospitalerne;Leder 3;Udgivet;1;04.06.2026;Ja;;Godkendt;2;1;1;;"
                     "\"Runde; 2026\"\r\n"),
            std::string::npos)
      << csv;
  EXPECT_NE(
      csv.find("\r\nAfsnit S;4;Afsnit;3;Hospitalerne;;Ingen;;;Nej;Afdeling A;Ingen leder (dækkes af lederen over);"
               "0;0;0;;"),
      std::string::npos);
}

TEST(FollowUpCsv, QuotesAndProtectsFields) {
  EXPECT_EQ(web::CsvField("Afdeling A"), "Afdeling A");
  EXPECT_EQ(web::CsvField("A;B"), "\"A;B\"");
  EXPECT_EQ(web::CsvField("Sig \"hej\""), "\"Sig \"\"hej\"\"\"");
  EXPECT_EQ(web::CsvField("to\nlinjer"), "\"to\nlinjer\"");
  EXPECT_EQ(web::CsvField("=SUM(A1)"), "'=SUM(A1)");
  EXPECT_EQ(web::CsvField("-1"), "'-1");
  EXPECT_EQ(web::CsvField(""), "");
}

TEST(FollowUpExport, TheFileNameIsDanishWithTheDate) {
  const auto disposition = web::FollowUpExportDisposition(Day(2026, 12, 2), "csv");
  EXPECT_EQ(disposition,
            "attachment; filename=\"opfoelgning-region-2026-12-02.csv\"; "
            "filename*=UTF-8''opf%C3%B8lgning-region-2026-12-02.csv");
}

TEST(FollowUpCodes, RoundTrip) {
  for (const auto column : kAllFollowUpColumns) EXPECT_EQ(ParseFollowUpColumn(FollowUpColumnCode(column)), column);
  for (const auto state : kAllPlanStates) EXPECT_EQ(ParsePlanState(PlanStateCode(state)), state);
  for (const auto state : kAllTranslationStates) {
    EXPECT_EQ(ParseTranslationState(TranslationStateCode(state)), state);
  }
  EXPECT_EQ(ParseFollowUpColumn("x"), std::nullopt);
  EXPECT_EQ(ParsePlanState(""), std::nullopt);
}

}  // namespace
}  // namespace lp::app
