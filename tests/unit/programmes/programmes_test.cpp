// The programme rules without a database: which requirements apply to a kind of leader, a status
// against them (never a bare percentage), its state and why, Ledervejen's deadline and the
// certificates' verification codes.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <array>

#include "domain/programmes/programmes.hpp"

namespace lp::domain {
namespace {

using std::chrono::year_month_day;
using ::testing::ElementsAre;

constexpr year_month_day Day(int y, unsigned m, unsigned d) {
  return year_month_day{std::chrono::year{y}, std::chrono::month{m}, std::chrono::day{d}};
}

constexpr std::array kLedervejen = {
    Requirement{ElementKind::CourseDay, 12, std::nullopt},
    Requirement{ElementKind::Sparring, 4, std::nullopt},
    Requirement{ElementKind::ShortCourse, 3, std::nullopt},
    Requirement{ElementKind::CourseDay, 10, LeaderKind::KliniskLeder},
};

TEST(Programmes, AVariantsRequirementReplacesTheCommonOneOfItsKind) {
  EXPECT_THAT(RequirementsFor(kLedervejen, std::nullopt), ElementsAre(kLedervejen[0], kLedervejen[1], kLedervejen[2]));
  EXPECT_THAT(RequirementsFor(kLedervejen, LeaderKind::LederAfLedere),
              ElementsAre(kLedervejen[0], kLedervejen[1], kLedervejen[2]));
  EXPECT_THAT(RequirementsFor(kLedervejen, LeaderKind::KliniskLeder),
              ElementsAre(kLedervejen[3], kLedervejen[1], kLedervejen[2]));
}

ProgrammeStatus Status(std::vector<ElementCount> counts, year_month_day today, bool exempt = false) {
  const auto requirements = RequirementsFor(kLedervejen, LeaderKind::Personaleleder);
  StatusInput input;
  input.requirements = requirements;
  input.counts = counts;
  input.enrolled_on = Day(2025, 3, 1);
  input.deadline = Day(2027, 3, 1);
  input.exempt = exempt;
  return StatusOf(input, today);
}

TEST(Programmes, TheStatusNamesEveryElementWithItsFiguresAndTheDeadline) {
  const auto status =
      Status({{ElementKind::CourseDay, 8, 1, 2}, {ElementKind::Sparring, 3, 0, 0}, {ElementKind::ShortCourse, 2, 0, 1}},
             Day(2026, 6, 1));
  EXPECT_EQ(status.Criteria(), "9 af 12 kursusdage · 3 af 4 sparringer · 2 af 3 korte kurser · frist 01.03.2027");
  EXPECT_EQ(status.state, ProgressState::OnTrack);
  EXPECT_EQ(status.Missing(), 5);
  EXPECT_EQ(status.reason, "5 elementer mangler, heraf 2 ikke booket.");
}

TEST(Programmes, MoreThanRequiredCountsAsRequiredAndAllMetIsCompleted) {
  const auto status = Status(
      {{ElementKind::CourseDay, 14, 0, 0}, {ElementKind::Sparring, 2, 2, 0}, {ElementKind::ShortCourse, 3, 0, 0}},
      Day(2027, 6, 1));
  EXPECT_EQ(status.state, ProgressState::Completed) << "completed wins over a passed deadline";
  EXPECT_EQ(status.Criteria(), "12 af 12 kursusdage · 4 af 4 sparringer · 3 af 3 korte kurser · frist 01.03.2027");
  EXPECT_EQ(status.reason, "Alle krav er opfyldt.");
}

TEST(Programmes, ExemptOverdueAtRiskAndOnTrackFollowTheRules) {
  EXPECT_EQ(Status({}, Day(2027, 6, 1), true).state, ProgressState::Exempt);

  const auto overdue = Status({{ElementKind::CourseDay, 11, 0, 0}}, Day(2027, 3, 2));
  EXPECT_EQ(overdue.state, ProgressState::Overdue);
  EXPECT_EQ(overdue.reason, "Fristen 01.03.2027 er overskredet, og 8 elementer mangler.");
  EXPECT_EQ(Status({{ElementKind::CourseDay, 11, 0, 0}}, Day(2027, 3, 1)).state, ProgressState::AtRisk)
      << "the deadline day itself is not overdue";

  // Six months before the deadline, with one element neither done nor booked: at risk.
  const std::vector<ElementCount> nearly{
      {ElementKind::CourseDay, 12, 0, 0}, {ElementKind::Sparring, 3, 0, 0}, {ElementKind::ShortCourse, 2, 0, 0}};
  const auto soon = Status(nearly, Day(2026, 9, 1));
  EXPECT_EQ(soon.state, ProgressState::AtRisk);
  EXPECT_EQ(soon.reason, "Fristen er om 181 dage, og 2 elementer er hverken gennemført eller booket.");
  EXPECT_EQ(Status(nearly, Day(2026, 8, 31)).state, ProgressState::OnTrack) << "a day more than six months";
  const std::vector<ElementCount> booked{
      {ElementKind::CourseDay, 12, 0, 0}, {ElementKind::Sparring, 3, 0, 1}, {ElementKind::ShortCourse, 2, 0, 1}};
  const auto covered = Status(booked, Day(2026, 12, 1));
  EXPECT_EQ(covered.state, ProgressState::OnTrack) << "what remains is booked";
  EXPECT_EQ(covered.reason, "2 elementer mangler, og de er alle booket.");

  // Half the time gone (01.03.2026) and less than a sixth done: at risk; a sixth done is on track.
  const auto behind = Status({{ElementKind::CourseDay, 3, 0, 0}}, Day(2026, 3, 1));
  EXPECT_EQ(behind.state, ProgressState::AtRisk);
  EXPECT_EQ(behind.reason, "50 % af tiden er gået, men kun 3 af 19 elementer er gennemført.");
  EXPECT_EQ(Status({{ElementKind::CourseDay, 4, 0, 0}}, Day(2026, 3, 1)).state, ProgressState::OnTrack);
}

TEST(Programmes, APersonalPlanIsNamedNotCounted) {
  const std::vector<Requirement> explorer = {{ElementKind::CourseDay, 4, std::nullopt},
                                             {ElementKind::PersonalPlan, 1, std::nullopt}};
  const std::vector<ElementCount> counts = {{ElementKind::CourseDay, 4, 0, 0}};
  StatusInput input;
  input.requirements = explorer;
  input.counts = counts;
  EXPECT_EQ(StatusOf(input, Day(2026, 12, 1)).Criteria(), "4 af 4 kursusdage · personlig plan mangler");
  const std::vector<ElementCount> planned = {{ElementKind::CourseDay, 4, 0, 0}, {ElementKind::PersonalPlan, 1, 0, 0}};
  input.counts = planned;
  const auto done = StatusOf(input, Day(2026, 12, 1));
  EXPECT_EQ(done.Criteria(), "4 af 4 kursusdage · personlig plan lagt");
  EXPECT_EQ(done.state, ProgressState::Completed);
  input.requirements = {};
  EXPECT_EQ(StatusOf(input, Day(2026, 12, 1)).state, ProgressState::OnTrack) << "no requirements: nothing to complete";
}

TEST(Programmes, LedervejensDeadlineIsTwoYearsAfterBecomingALeader) {
  EXPECT_EQ(LedervejenDeadline(Day(2025, 3, 1)), Day(2027, 3, 1));
  EXPECT_EQ(LedervejenDeadline(Day(2024, 2, 29)), Day(2026, 2, 28));
}

TEST(Programmes, VerificationCodesAreReadInAnyCaseWithOrWithoutDashes) {
  EXPECT_EQ(FormatVerificationCode("K7PD3XQM9TWA"), "K7PD-3XQM-9TWA");
  EXPECT_EQ(NormalizeVerificationCode("k7pd-3xqm-9twa"), "K7PD3XQM9TWA");
  EXPECT_EQ(NormalizeVerificationCode(" K7PD 3XQM 9TWA "), "K7PD3XQM9TWA");
  EXPECT_EQ(NormalizeVerificationCode("K7PD-3XQM-9TW"), std::nullopt) << "too short";
  EXPECT_EQ(NormalizeVerificationCode("K7PD-3XQM-9TWO"), std::nullopt) << "O is not in the alphabet";
  EXPECT_EQ(NormalizeVerificationCode("K7PD-3XQM-9TWÅ"), std::nullopt);
}

TEST(Programmes, ElementNounsAreDanishSingularAndPlural) {
  EXPECT_EQ(ElementNoun(ElementKind::CourseDay, 1), "kursusdag");
  EXPECT_EQ(ElementNoun(ElementKind::CourseDay, 12), "kursusdage");
  EXPECT_EQ(ElementNoun(ElementKind::ShortCourse, 2), "korte kurser");
  EXPECT_TRUE(HasSessions(ElementKind::Sparring));
  EXPECT_FALSE(HasSessions(ElementKind::Preparation));
}

TEST(Programmes, DemandIsPacedTowardsTheDeadline) {
  const year_month_day today = Day(2027, 1, 1);
  const year_month_day window_end = Day(2027, 7, 1);  // 181 days
  // The deadline within the window, or passed: everything remaining.
  EXPECT_DOUBLE_EQ(PacedDemand(5, Day(2027, 3, 1), today, window_end), 5);
  EXPECT_DOUBLE_EQ(PacedDemand(5, Day(2026, 12, 1), today, window_end), 5);
  EXPECT_DOUBLE_EQ(PacedDemand(5, window_end, today, window_end), 5);
  // Twice the window's length away: half of it now.
  EXPECT_DOUBLE_EQ(
      PacedDemand(6, year_month_day{std::chrono::sys_days{window_end} + std::chrono::days{181}}, today, window_end), 3);
  // Without a deadline: paced over a year (181 of 365 days).
  EXPECT_DOUBLE_EQ(PacedDemand(4, std::nullopt, today, window_end), 4 * 181.0 / 365.0);
  // Nothing remaining, or an empty window: nothing.
  EXPECT_DOUBLE_EQ(PacedDemand(0, Day(2027, 3, 1), today, window_end), 0);
  EXPECT_DOUBLE_EQ(PacedDemand(3, Day(2027, 3, 1), today, today), 0);
}

}  // namespace
}  // namespace lp::domain
