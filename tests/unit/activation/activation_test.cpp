// The rules of activation that need no database (domain/activation and the service's validation):
// labels, overdue activities, a plan's state in a round, the current round, round validation.
#include <gtest/gtest.h>

#include "app/activation/activation_service.hpp"
#include "domain/activation/activation.hpp"

namespace lp::domain {
namespace {

using std::chrono::year_month_day;

constexpr year_month_day Day(int y, unsigned m, unsigned d) {
  return year_month_day{std::chrono::year{y}, std::chrono::month{m}, std::chrono::day{d}};
}

TEST(ActivityKind, HasTheIssuesDanishLabelsAndParsesItsCodes) {
  EXPECT_EQ(ActivityKindLabel(ActivityKind::LeadershipChain), "Dialog i ledelseskæden");
  EXPECT_EQ(ActivityKindLabel(ActivityKind::Med), "Dialog med MED");
  EXPECT_EQ(ActivityKindLabel(ActivityKind::Recruitment), "Brug ved rekruttering");
  EXPECT_EQ(ActivityKindLabel(ActivityKind::Lus), "Brug i LUS");
  EXPECT_EQ(ActivityKindLabel(ActivityKind::CaseWorkshop), "Case-værksted");
  EXPECT_EQ(ActivityKindLabel(ActivityKind::DialogueCards), "Dialogkort-session");
  EXPECT_EQ(ActivityKindLabel(ActivityKind::Other), "Andet");
  for (const auto kind : kAllActivityKinds) EXPECT_EQ(ParseActivityKind(ActivityKindCode(kind)), kind);
  EXPECT_FALSE(ParseActivityKind("Dialog med MED").has_value());
  EXPECT_FALSE(ParseActivityKind("").has_value());
}

TEST(ActivityStatus, RoundTripsItsCodes) {
  for (const auto status : {ActivityStatus::Planned, ActivityStatus::Done, ActivityStatus::Cancelled}) {
    EXPECT_EQ(ParseActivityStatus(ActivityStatusCode(status)), status);
  }
  EXPECT_EQ(ParsePlanStatus("approved"), PlanStatus::Approved);
  EXPECT_EQ(ParsePlanStatus("draft"), PlanStatus::Draft);
  EXPECT_FALSE(ParsePlanStatus("published").has_value());
}

TEST(ActivityOverdue, OnlyAPlannedActivityWhoseDateHasPassedIsOverdue) {
  const auto today = Day(2026, 12, 2);
  EXPECT_TRUE(IsActivityOverdue(ActivityStatus::Planned, Day(2026, 12, 1), today));
  EXPECT_FALSE(IsActivityOverdue(ActivityStatus::Planned, Day(2026, 12, 2), today));  // today is not late
  EXPECT_FALSE(IsActivityOverdue(ActivityStatus::Done, Day(2026, 1, 1), today));
  EXPECT_FALSE(IsActivityOverdue(ActivityStatus::Cancelled, Day(2026, 1, 1), today));
}

TEST(PlanStateOf, GoesFromNotDueToMissingToOverdueWithoutAPlan) {
  const auto start = Day(2026, 6, 4);
  const auto deadline = Day(2026, 10, 1);
  EXPECT_EQ(PlanStateOf(std::nullopt, start, deadline, Day(2026, 6, 3)), PlanState::NotDue);
  EXPECT_EQ(PlanStateOf(std::nullopt, start, deadline, Day(2026, 6, 4)), PlanState::Missing);
  EXPECT_EQ(PlanStateOf(std::nullopt, start, deadline, Day(2026, 10, 1)), PlanState::Missing);
  EXPECT_EQ(PlanStateOf(std::nullopt, start, deadline, Day(2026, 10, 2)), PlanState::Overdue);
  EXPECT_EQ(PlanStateOf(PlanStatus::Draft, start, deadline, Day(2026, 12, 2)), PlanState::Draft);
  EXPECT_EQ(PlanStateOf(PlanStatus::Approved, start, deadline, Day(2026, 6, 1)), PlanState::Approved);
  EXPECT_TRUE(PlanNeedsAttention(PlanState::Missing));
  EXPECT_TRUE(PlanNeedsAttention(PlanState::Overdue));
  EXPECT_FALSE(PlanNeedsAttention(PlanState::NotDue));
  EXPECT_FALSE(PlanNeedsAttention(PlanState::Draft));
}

TEST(CurrentRound, IsTheLatestStartedOrElseTheNextToStart) {
  const std::vector<RoundDates> rounds = {{Day(2025, 6, 1), Day(2025, 9, 1)},
                                          {Day(2026, 6, 4), Day(2026, 10, 1)},
                                          {Day(2027, 6, 1), Day(2027, 9, 1)},
                                          {Day(2028, 6, 1), Day(2028, 9, 1)}};
  EXPECT_EQ(CurrentRoundIndex(rounds, Day(2026, 12, 2)), 1U);
  EXPECT_EQ(CurrentRoundIndex(rounds, Day(2026, 6, 4)), 1U);
  EXPECT_EQ(CurrentRoundIndex(rounds, Day(2026, 6, 3)), 0U);
  EXPECT_EQ(CurrentRoundIndex(std::span(rounds).subspan(2), Day(2026, 12, 2)), 0U);  // none started: the next
  EXPECT_FALSE(CurrentRoundIndex({}, Day(2026, 12, 2)).has_value());
}

}  // namespace
}  // namespace lp::domain

namespace lp::app {
namespace {

// How CheckDay reads a date is its own test (form_checks_test); here: the activation range and hint.
TEST(ActivationValidation, DatesLieFrom2020Through2035) {
  std::vector<FieldError> errors;
  EXPECT_EQ(CheckDay(errors, "on", "2020-01-01", kActivationDay), std::chrono::year{2020} / 1 / 1);
  EXPECT_EQ(CheckDay(errors, "on", "31.12.2035", kActivationDay), std::chrono::year{2035} / 12 / 31);
  EXPECT_TRUE(errors.empty());
  EXPECT_FALSE(CheckDay(errors, "on", "2019-12-31", kActivationDay));
  EXPECT_FALSE(CheckDay(errors, "on", "", kActivationDay));
  ASSERT_EQ(errors.size(), 2U);
  EXPECT_EQ(errors[0].message, "Datoen skal ligge mellem 01.01.2020 og 31.12.2035.");
  EXPECT_EQ(errors[1].message, "Skriv en dato, fx 4.6.2026.");
}

TEST(ActivationValidation, AllowsADeadlineOnTheStartDayButNotBefore) {
  RoundFields fields;
  EXPECT_TRUE(ValidateRound({"Runde", "", "2026-06-04", "2026-06-04"}, fields).empty());
  EXPECT_EQ(fields.name, "Runde");
  const auto errors = ValidateRound({" Runde ", "", "2026-06-04", "2026-06-03"}, fields);
  ASSERT_EQ(errors.size(), 1U);
  EXPECT_EQ(errors[0].field, "plan_deadline");
}

TEST(ActivationValidation, CountsCharactersNotBytes) {
  RoundFields fields;
  std::string name;
  for (int i = 0; i < 150; ++i) name += "ø";
  EXPECT_TRUE(ValidateRound({name, "", "2026-06-04", "2026-06-04"}, fields).empty());
  EXPECT_FALSE(ValidateRound({name + "x", "", "2026-06-04", "2026-06-04"}, fields).empty());
}

}  // namespace
}  // namespace lp::app
