// ActivationService on the real stores (SQLite and PostgreSQL) with a fixed clock: who may manage
// rounds and edit or read a unit's plan, validation with Danish messages, stale revisions, what
// AddActivity creates, and what the leaders' overview counts as missing and overdue.
#include <gmock/gmock.h>

#include "app/activation/activation_service.hpp"
#include "app/organisation/organisation_service.hpp"
#include "app/organisation/unit_delegate_repository.hpp"
#include "domain/platform/danish_format.hpp"
#include "storage/store_fixture.hpp"

namespace lp::storage_test {
namespace {

using app::ErrorKind;
using domain::PlanState;
using domain::Role;
using std::chrono::year_month_day;
using ::testing::HasSubstr;

// Region R (led by Bo) ─┬─ Afdeling A (led by Lea; Anna works there) ─ Afsnit S (no leader)
//                       └─ Afdeling B (led by Ib)
// Today is 2 December 2026 in Copenhagen.
class ActivationServiceTest : public StoreContract {
 protected:
  void SetUp() override {
    StoreContract::SetUp();
    const auto ids =
        SeedOrganisation({{{"R", "Region", "", domain::UnitKind::Region},
                           {"A", "Afdeling A", "R", domain::UnitKind::Department},
                           {"S", "Afsnit S", "A", domain::UnitKind::Section},
                           {"B", "Afdeling B", "R", domain::UnitKind::Department}},
                          {{"P1", "Anna", "Andersen", "anna@rm.dk", "Sygeplejerske", "A"},
                           {"P2", "Bo", "Berg", "bo@rm.dk", "Direktør", "R"},
                           {"P3", "Lea", "Lund", "lea@rm.dk", "Oversygeplejerske", "A"},
                           {"P4", "Ib", "Isaksen", "ib@rm.dk", "Afdelingsleder", "B"}},
                          {{"R", "P2", std::chrono::year{2020} / 1 / 1, domain::LeaderKind::LederAfLedere},
                           {"A", "P3", std::chrono::year{2021} / 1 / 1, domain::LeaderKind::LederAfLedere},
                           {"B", "P4", std::chrono::year{2021} / 1 / 1, domain::LeaderKind::Personaleleder}}});
    organisation_ = std::make_unique<app::OrganisationService>(store(), app::OrganisationSettings{}, Clock());
    activation_ = std::make_unique<app::ActivationService>(store(), *organisation_, Clock());
    region_ = ids.units.at("R");
    a_ = ids.units.at("A");
    s_ = ids.units.at("S");
    b_ = ids.units.at("B");
    anna_ = ids.people.at("P1");
    lea_ = ids.people.at("P3");
    users_["lea"] = CreateUser("lea@rm.dk", {Role::Leder});
    users_["bo"] = CreateUser("bo@rm.dk", {Role::Leder});
    users_["ib"] = CreateUser("ib@rm.dk", {Role::Leder});
    users_["anna"] = CreateUser("anna@rm.dk", {Role::Medarbejder});
    users_["kl"] = CreateUser("kl@rm.dk", {Role::Koncernledelse});
    users_["admin"] = CreateUser("admin@rm.dk", {Role::Administrator});
  }

  app::Clock Clock() const {
    return [this] { return now_; };
  }

  app::OrganisationContext As(const std::string& who) {
    const auto id = users_.at(who);
    user_ = store().Read([&](app::Transaction& tx) { return tx.Get<app::UserRepository>().FindById(id); });
    return organisation_->ForFoundation(user_.value());
  }

  app::RoundId MakeRound(year_month_day starts_on = Day(2026, 6, 4), year_month_day deadline = Day(2026, 10, 1)) {
    auto result = activation_->CreateRound(
        As("kl"), {"Aktivering 2026", "", domain::FormatIsoDate(starts_on), domain::FormatIsoDate(deadline)},
        "127.0.0.1");
    EXPECT_TRUE(result.ok()) << (result.ok() ? "" : result.error().message);
    return result.ok() ? result.value() : 0;
  }

  static app::ActivityInput Input(std::string title = "Dialog i LMU", std::string planned_on = "2026-12-10") {
    return {"med", std::move(title), std::move(planned_on), "", "MED-formanden", "LMU"};
  }

  static std::string FieldMessage(const app::Error& error, const std::string& field) {
    for (const auto& e : error.field_errors) {
      if (e.field == field) return e.message;
    }
    return "";
  }

  domain::Timestamp now_ = domain::CopenhagenMidnight(Day(2026, 12, 2)).value() + std::chrono::hours{12};
  std::unique_ptr<app::OrganisationService> organisation_;
  std::unique_ptr<app::ActivationService> activation_;
  std::map<std::string, domain::UserId> users_;
  std::optional<domain::User> user_;
  domain::UnitId region_ = 0, a_ = 0, s_ = 0, b_ = 0;
  domain::PersonId anna_ = 0, lea_ = 0;
};

TEST_F(ActivationServiceTest, OnlyKoncernledelseAndAdministratorsManageRounds) {
  for (const auto* who : {"lea", "anna", "bo"}) {
    const auto result = activation_->CreateRound(As(who), {"Runde", "", "2026-06-04", "2026-10-01"}, "");
    ASSERT_FALSE(result.ok()) << who;
    EXPECT_EQ(result.error().kind, ErrorKind::Forbidden) << who;
  }
  EXPECT_TRUE(activation_->CreateRound(As("admin"), {"Runde", "", "2026-06-04", "2026-10-01"}, "").ok());
  const auto id = MakeRound();
  EXPECT_EQ(activation_->RoundForEdit(As("lea"), id).error().kind, ErrorKind::Forbidden);
  EXPECT_TRUE(activation_->RoundForEdit(As("kl"), id).ok());
  EXPECT_EQ(CountAudit("activation_round.created"), 2);
  EXPECT_FALSE(activation_->Rounds(As("lea")).can_manage);
  EXPECT_TRUE(activation_->Rounds(As("kl")).can_manage);
}

TEST_F(ActivationServiceTest, ChecksRoundsWithDanishMessages) {
  const auto result = activation_->CreateRound(As("kl"), {"  ", std::string(4'001, 'x'), "2019-12-31", "1.1.2036"}, "");
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.error().kind, ErrorKind::Invalid);
  EXPECT_EQ(FieldMessage(result.error(), "name"), "Skriv et navn.");
  EXPECT_THAT(FieldMessage(result.error(), "description"),
              HasSubstr("Beskrivelsen må højst være 4.000 tegn; der står 4.001."));
  EXPECT_EQ(FieldMessage(result.error(), "starts_on"), "Datoen skal ligge mellem 01.01.2020 og 31.12.2035.");
  EXPECT_EQ(FieldMessage(result.error(), "plan_deadline"), "Datoen skal ligge mellem 01.01.2020 og 31.12.2035.");
  const auto backwards = activation_->CreateRound(As("kl"), {std::string(150, 'n'), "", "4.6.2026", "3.6.2026"}, "");
  ASSERT_FALSE(backwards.ok());
  EXPECT_EQ(FieldMessage(backwards.error(), "plan_deadline"),
            "Fristen for planerne kan ikke ligge før rundens start (04.06.2026).");
  EXPECT_EQ(FieldMessage(backwards.error(), "name"), "");
  const auto long_name =
      activation_->CreateRound(As("kl"), {std::string(151, 'n'), "", "2026-06-04", "2026-06-04"}, "");
  EXPECT_THAT(FieldMessage(long_name.error(), "name"), HasSubstr("må højst være 150 tegn; der står 151."));
  // Æ, Ø and Å count as one character each, not two bytes.
  EXPECT_TRUE(activation_
                  ->CreateRound(As("kl"),
                                {std::string(75, 'x') +
                                     [] {
                                       std::string s;
                                       for (int i = 0; i < 75; ++i) s += "æ";
                                       return s;
                                     }(),
                                 "", "2026-06-04", "2026-06-04"},
                                "")
                  .ok());
  EXPECT_EQ(CountAudit("activation_round.created"), 1);
}

TEST_F(ActivationServiceTest, RefusesAStaleRoundEdit) {
  const auto id = MakeRound();
  const app::RoundInput changed{"Ny titel", "", "2026-06-04", "2026-10-01"};
  EXPECT_TRUE(activation_->UpdateRound(As("kl"), id, 1, changed, "").ok());
  const auto stale = activation_->UpdateRound(As("admin"), id, 1, {"Anden titel", "", "2026-06-04", "2026-10-01"}, "");
  ASSERT_FALSE(stale.ok());
  EXPECT_EQ(stale.error().kind, ErrorKind::Conflict);
  EXPECT_THAT(stale.error().message, HasSubstr("ændret af en anden"));
  EXPECT_EQ(activation_->RoundForEdit(As("kl"), id)->fields.name, "Ny titel");
  EXPECT_EQ(CountAudit("activation_round.updated"), 1);
}

TEST_F(ActivationServiceTest, TheUnitsOwnLeaderAndDelegatesEditTheLeaderAboveReadsOthersAreRefused) {
  const auto round = MakeRound();
  // The leader above reads but does not edit; another department's leader sees nothing; the unit's own
  // employee reads (EmployeesReadTheirOwnUnitsPlanButNotOthers).
  EXPECT_EQ(activation_->CreatePlan(As("bo"), a_, round, "").error().kind, ErrorKind::Forbidden);
  EXPECT_EQ(activation_->CreatePlan(As("anna"), a_, round, "").error().kind, ErrorKind::Forbidden);
  const auto plan = activation_->CreatePlan(As("lea"), a_, round, "");
  ASSERT_TRUE(plan.ok());
  const auto read = activation_->UnitPlan(As("bo"), a_, std::nullopt);
  ASSERT_TRUE(read.ok());
  EXPECT_FALSE(read->can_edit);
  EXPECT_EQ(read->plan->id, plan.value());
  EXPECT_TRUE(activation_->UnitPlan(As("lea"), a_, std::nullopt)->can_edit);
  EXPECT_TRUE(activation_->UnitPlan(As("kl"), a_, std::nullopt).ok());
  EXPECT_EQ(activation_->UnitPlan(As("ib"), a_, std::nullopt).error().kind, ErrorKind::Forbidden);
  EXPECT_FALSE(activation_->UnitPlan(As("anna"), a_, std::nullopt)->can_edit);
  EXPECT_EQ(activation_->AddActivity(As("bo"), plan.value(), Input(), "").error().kind, ErrorKind::Forbidden);
  // The leader of A does not lead the section below, so she reads its plan but does not edit it.
  EXPECT_FALSE(activation_->UnitPlan(As("lea"), s_, std::nullopt)->can_edit);

  // Anna becomes A's delegate: now she edits A's plan.
  store().Write([&](app::Transaction& tx) {
    tx.Get<app::UnitDelegateRepository>().Add({a_, anna_, users_.at("lea"), now_});
  });
  EXPECT_TRUE(activation_->UnitPlan(As("anna"), a_, std::nullopt)->can_edit);
  EXPECT_TRUE(activation_->AddActivity(As("anna"), plan.value(), Input(), "").ok());
  EXPECT_EQ(activation_->UnitPlan(As("anna"), b_, std::nullopt).error().kind, ErrorKind::Forbidden);
  EXPECT_EQ(CountAudit("activation_plan.created"), 1);
  EXPECT_EQ(CountAudit("plan_activity.created"), 1);
}

TEST_F(ActivationServiceTest, KeepsOnePlanPerRoundAndUnit) {
  const auto round = MakeRound();
  ASSERT_TRUE(activation_->CreatePlan(As("lea"), a_, round, "").ok());
  const auto again = activation_->CreatePlan(As("lea"), a_, round, "");
  ASSERT_FALSE(again.ok());
  EXPECT_EQ(again.error().kind, ErrorKind::Conflict);
  EXPECT_EQ(activation_->CreatePlan(As("lea"), a_, round + 100, "").error().kind, ErrorKind::NotFound);
}

TEST_F(ActivationServiceTest, TheLeaderAboveApprovesAPlanWithActivitiesOnceAndMayWithdrawTheApproval) {
  const auto round = MakeRound();
  const auto plan = activation_->CreatePlan(As("lea"), a_, round, "").value();
  ASSERT_TRUE(activation_->UpdatePlanNotes(As("lea"), plan, 1, "Vi starter i LMU.\r\n", "").ok());
  // Bo leads the region above Afdeling A: he is asked, and he approves; Lea's own unit is not hers to
  // approve, and Ib (a sibling) has no say.
  const auto approvers = app::PlanApprovers(As("bo").organisation(), a_);
  ASSERT_EQ(approvers.size(), 1U);
  EXPECT_EQ(approvers[0]->first_name, "Bo");
  EXPECT_FALSE(activation_->UnitPlan(As("lea"), a_, round)->can_approve);
  EXPECT_TRUE(activation_->UnitPlan(As("bo"), a_, round)->can_approve);
  const auto empty = activation_->ApprovePlan(As("bo"), plan, 2, "");
  ASSERT_EQ(empty.error().kind, ErrorKind::Invalid);
  EXPECT_THAT(FieldMessage(empty.error(), "approve"), HasSubstr("En tom plan kan ikke godkendes."));
  ASSERT_TRUE(activation_->AddActivity(As("lea"), plan, Input(), "").ok());
  EXPECT_EQ(activation_->ApprovePlan(As("bo"), plan, 1, "").error().kind, ErrorKind::Conflict);  // stale
  EXPECT_EQ(activation_->ApprovePlan(As("lea"), plan, 2, "").error().kind, ErrorKind::Forbidden);
  EXPECT_EQ(activation_->ApprovePlan(As("ib"), plan, 2, "").error().kind, ErrorKind::Forbidden);
  EXPECT_EQ(activation_->ApprovePlan(As("admin"), plan, 2, "").error().kind, ErrorKind::Forbidden);
  ASSERT_TRUE(activation_->ApprovePlan(As("bo"), plan, 2, "").ok());
  EXPECT_EQ(activation_->ApprovePlan(As("bo"), plan, 3, "").error().kind, ErrorKind::Conflict);
  auto page = activation_->UnitPlan(As("lea"), a_, round);
  EXPECT_EQ(page->state, PlanState::Approved);
  EXPECT_EQ(page->plan->notes, "Vi starter i LMU.");
  EXPECT_EQ(page->approved_by_name, "Test Person");
  // An approved plan is a living plan.
  EXPECT_TRUE(activation_->AddActivity(As("lea"), plan, Input("Dialog igen"), "").ok());
  EXPECT_EQ(CountAudit("activation_plan.approved"), 1);

  // Withdrawing needs the approver and a reason, and leaves the plan a draft that says why.
  EXPECT_EQ(activation_->WithdrawApproval(As("lea"), plan, 3, "Ikke min", "").error().kind, ErrorKind::Forbidden);
  const auto no_reason = activation_->WithdrawApproval(As("bo"), plan, 3, "  \n ", "");
  ASSERT_EQ(no_reason.error().kind, ErrorKind::Invalid);
  EXPECT_EQ(FieldMessage(no_reason.error(), "reason"), "Skriv, hvorfor godkendelsen trækkes tilbage.");
  ASSERT_TRUE(activation_->WithdrawApproval(As("bo"), plan, 3, "MED mangler i planen.", "").ok());
  page = activation_->UnitPlan(As("lea"), a_, round);
  EXPECT_EQ(page->state, PlanState::Draft);
  EXPECT_FALSE(page->plan->approved_at.has_value());
  EXPECT_EQ(page->plan->withdrawal_reason, "MED mangler i planen.");
  EXPECT_EQ(page->withdrawn_by_name, "Test Person");
  EXPECT_EQ(activation_->WithdrawApproval(As("bo"), plan, 4, "Igen", "").error().kind, ErrorKind::Conflict);
  EXPECT_EQ(CountAudit("activation_plan.approval_withdrawn"), 1);
}

TEST_F(ActivationServiceTest, KoncernledelseApprovesThePlanAtTheTopOfTheRegion) {
  const auto round = MakeRound();
  const auto plan = activation_->CreatePlan(As("bo"), region_, round, "").value();
  ASSERT_TRUE(activation_->AddActivity(As("bo"), plan, Input(), "").ok());
  EXPECT_TRUE(app::PlanApprovers(As("bo").organisation(), region_).empty());
  EXPECT_EQ(activation_->ApprovePlan(As("bo"), plan, 1, "").error().kind, ErrorKind::Forbidden);
  EXPECT_TRUE(activation_->ApprovePlan(As("kl"), plan, 1, "").ok());
}

TEST_F(ActivationServiceTest, EmployeesReadTheirOwnUnitsPlanButNotOthers) {
  const auto round = MakeRound();
  const auto plan = activation_->CreatePlan(As("lea"), a_, round, "").value();
  const auto id = activation_->AddActivity(As("lea"), plan, Input(), "").value();
  const auto page = activation_->UnitPlan(As("anna"), a_, round);
  ASSERT_TRUE(page.ok());
  EXPECT_FALSE(page->can_edit);
  EXPECT_FALSE(page->can_approve);
  EXPECT_EQ(page->activities.size(), 1U);
  EXPECT_TRUE(activation_->Activity(As("anna"), id).ok());
  EXPECT_TRUE(activation_->UnitPlan(As("anna"), region_, round).ok());  // the unit above hers
  EXPECT_EQ(activation_->UnitPlan(As("anna"), b_, round).error().kind, ErrorKind::Forbidden);
  EXPECT_EQ(activation_->AddActivity(As("anna"), plan, Input(), "").error().kind, ErrorKind::Forbidden);
}

TEST_F(ActivationServiceTest, ChecksActivitiesAndKeepsNothingInvalid) {
  const auto round = MakeRound();
  const auto plan = activation_->CreatePlan(As("lea"), a_, round, "").value();
  const auto result = activation_->AddActivity(
      As("lea"), plan, {"ukendt", std::string(151, 't'), "2036-01-01", "999999", "", std::string(1'001, 'd')}, "");
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.error().kind, ErrorKind::Invalid);
  EXPECT_EQ(FieldMessage(result.error(), "kind"), "Vælg, hvilken slags aktivitet det er.");
  EXPECT_THAT(FieldMessage(result.error(), "title"), HasSubstr("må højst være 150 tegn; der står 151."));
  EXPECT_EQ(FieldMessage(result.error(), "planned_on"), "Datoen skal ligge mellem 01.01.2020 og 31.12.2035.");
  EXPECT_THAT(FieldMessage(result.error(), "responsible_person"), HasSubstr("Vælg en person fra listen"));
  EXPECT_THAT(FieldMessage(result.error(), "participants"),
              HasSubstr("Deltagerne må højst være 1.000 tegn; der står 1.001."));
  const auto no_one = activation_->AddActivity(As("lea"), plan, {"med", "Møde", "2026-12-10", "", " ", ""}, "");
  EXPECT_THAT(FieldMessage(no_one.error(), "responsible"), HasSubstr("Angiv, hvem der er ansvarlig"));
  // A person of the unit is offered; someone of another unit is not.
  const auto choices = activation_->ResponsibleChoices(As("lea"), a_);
  ASSERT_EQ(choices.size(), 2U);
  EXPECT_EQ(choices[0]->id, lea_);  // the leaders first
  EXPECT_TRUE(
      activation_->AddActivity(As("lea"), plan, {"lus", "LUS", "2026-12-10", std::to_string(anna_), "", ""}, "").ok());
  EXPECT_TRUE(activation_->UnitPlan(As("lea"), a_, round)->activities.size() == 1);
}

TEST_F(ActivationServiceTest, RecordsCompletionBetweenTheRoundsStartAndToday) {
  const auto round = MakeRound();
  const auto plan = activation_->CreatePlan(As("lea"), a_, round, "").value();
  const auto id = activation_->AddActivity(As("lea"), plan, Input(), "").value();
  const auto future = activation_->CompleteActivity(As("lea"), id, 1, {"2026-12-03", "Godt", ""}, "");
  EXPECT_EQ(FieldMessage(future.error(), "completed_on"), "Datoen kan ikke ligge efter i dag (02.12.2026).");
  const auto early = activation_->CompleteActivity(As("lea"), id, 1, {"3.6.2026", "", ""}, "");
  EXPECT_EQ(FieldMessage(early.error(), "completed_on"), "Datoen kan ikke ligge før rundens start (04.06.2026).");
  EXPECT_EQ(activation_->CompleteActivity(As("bo"), id, 1, {"", "", ""}, "").error().kind, ErrorKind::Forbidden);
  ASSERT_TRUE(activation_->CompleteActivity(As("lea"), id, 1, {"", "Godt møde", "Vi mødes igen"}, "").ok());
  const auto page = activation_->Activity(As("lea"), id);
  EXPECT_EQ(page->activity.activity.completed_on, Day(2026, 12, 2));  // empty: today
  EXPECT_EQ(page->activity.activity.outcome, "Godt møde");
  // A form opened before the completion is stale now.
  const auto stale = activation_->UpdateActivity(As("lea"), id, 1, Input("Gammel titel"), "");
  EXPECT_EQ(stale.error().kind, ErrorKind::Conflict);
  EXPECT_EQ(activation_->CancelActivity(As("lea"), id, 2, "Aflyst", "").error().kind, ErrorKind::Conflict);  // done
  EXPECT_EQ(CountAudit("plan_activity.done"), 1);
}

TEST_F(ActivationServiceTest, CancelsWithAReasonRefusesStaleOrLaterEditsAndTakesItUpAgain) {
  const auto round = MakeRound();
  const auto plan = activation_->CreatePlan(As("lea"), a_, round, "").value();
  const auto id = activation_->AddActivity(As("lea"), plan, Input(), "").value();
  ASSERT_TRUE(activation_->UpdateActivity(As("lea"), id, 1, Input("Ny titel"), "").ok());
  EXPECT_EQ(activation_->CancelActivity(As("lea"), id, 1, "Sygdom", "").error().kind, ErrorKind::Conflict);
  const auto no_reason = activation_->CancelActivity(As("lea"), id, 2, " ", "");
  ASSERT_EQ(no_reason.error().kind, ErrorKind::Invalid);
  EXPECT_EQ(FieldMessage(no_reason.error(), "reason"), "Skriv, hvorfor aktiviteten aflyses.");
  EXPECT_EQ(activation_->CancelActivity(As("anna"), id, 2, "Sygdom", "").error().kind, ErrorKind::Forbidden);
  ASSERT_TRUE(activation_->CancelActivity(As("lea"), id, 2, "Mange syge i december.", "").ok());
  auto page = activation_->Activity(As("lea"), id);
  EXPECT_EQ(page->activity.activity.status, domain::ActivityStatus::Cancelled);
  EXPECT_EQ(page->activity.activity.cancellation_reason, "Mange syge i december.");
  EXPECT_TRUE(page->activity.activity.cancelled_at.has_value());
  EXPECT_EQ(activation_->UnitPlan(As("lea"), a_, round)->activities[0].cancelled_by_name, "Test Person");
  EXPECT_EQ(activation_->UpdateActivity(As("lea"), id, 3, Input(), "").error().kind, ErrorKind::Conflict);
  EXPECT_EQ(activation_->CompleteActivity(As("lea"), id, 3, {"", "", ""}, "").error().kind, ErrorKind::Conflict);
  // Taken up again: planned, the cancellation's record gone, editable again.
  EXPECT_EQ(activation_->ReopenActivity(As("lea"), id, 2, "").error().kind, ErrorKind::Conflict);  // stale
  ASSERT_TRUE(activation_->ReopenActivity(As("lea"), id, 3, "").ok());
  page = activation_->Activity(As("lea"), id);
  EXPECT_EQ(page->activity.activity.status, domain::ActivityStatus::Planned);
  EXPECT_TRUE(page->activity.activity.cancellation_reason.empty());
  EXPECT_FALSE(page->activity.activity.cancelled_by.has_value());
  EXPECT_EQ(activation_->ReopenActivity(As("lea"), id, 4, "").error().kind, ErrorKind::Conflict);  // not cancelled
  EXPECT_TRUE(activation_->UpdateActivity(As("lea"), id, 4, Input(), "").ok());
  EXPECT_EQ(CountAudit("plan_activity.updated"), 2);
  EXPECT_EQ(CountAudit("plan_activity.cancelled"), 1);
  EXPECT_EQ(CountAudit("plan_activity.reopened"), 1);
}

TEST_F(ActivationServiceTest, AddActivityForOtherModulesCreatesTheDraftPlanOfTheCurrentRound) {
  app::NewActivity activity;
  activity.kind = domain::ActivityKind::DialogueCards;
  activity.title = "Aftale fra dialogkort-sessionen";
  activity.planned_on = Day(2027, 1, 20);
  activity.responsible_person = lea_;
  activity.source_agreement = 42;
  const auto none = activation_->AddActivity(As("lea"), a_, activity, "");
  ASSERT_FALSE(none.ok());
  EXPECT_THAT(none.error().message, HasSubstr("ingen aktiveringsrunde"));

  MakeRound(Day(2025, 6, 1), Day(2025, 10, 1));  // an older round
  const auto current = MakeRound();
  MakeRound(Day(2027, 6, 1), Day(2027, 10, 1));  // not started yet
  const auto first = activation_->AddActivity(As("lea"), a_, activity, "");
  ASSERT_TRUE(first.ok()) << first.error().message;
  activity.source_agreement = 43;  // an agreement becomes one activity at most (migration 010)
  const auto second = activation_->AddActivity(As("lea"), a_, activity, "");
  ASSERT_TRUE(second.ok());
  // The same agreement again breaks the unique key: a conflict, and nothing of it is kept.
  const auto again = activation_->AddActivity(As("lea"), a_, activity, "");
  ASSERT_FALSE(again.ok());
  EXPECT_EQ(again.error().kind, ErrorKind::Conflict);
  EXPECT_EQ(again.error().message, app::kLostRace);
  const auto page = activation_->UnitPlan(As("lea"), a_, std::nullopt);
  EXPECT_EQ(page->round->round.id, current);
  ASSERT_TRUE(page->plan.has_value());
  EXPECT_EQ(page->plan->status, domain::PlanStatus::Draft);
  ASSERT_EQ(page->activities.size(), 2U);
  EXPECT_EQ(page->activities[0].activity.source_agreement, 42);
  EXPECT_EQ(CountAudit("activation_plan.created"), 1);
  EXPECT_EQ(activation_->AddActivity(As("bo"), a_, activity, "").error().kind, ErrorKind::Forbidden);
}

TEST_F(ActivationServiceTest, ShowsMissingPlansAndOverdueActivitiesToTheLeaderAbove) {
  const auto round = MakeRound();
  const auto plan = activation_->CreatePlan(As("lea"), a_, round, "").value();
  activation_->AddActivity(As("lea"), plan, Input("Overskredet", "2026-11-30"), "");
  activation_->AddActivity(As("lea"), plan, Input("Kommende", "2026-12-02"), "");
  const auto overview = activation_->MyUnits(As("bo"), std::nullopt);
  ASSERT_TRUE(overview.round.has_value());
  ASSERT_EQ(overview.own.size(), 1U);
  EXPECT_EQ(overview.own[0].unit->id, region_);
  EXPECT_EQ(overview.own[0].state, PlanState::Overdue);  // the deadline 1.10.2026 has passed
  EXPECT_EQ(overview.expected_units, 3U);                // R, A and B; S has no leader
  EXPECT_EQ(overview.with_plan, 1U);
  EXPECT_EQ(overview.missing, 2U);
  EXPECT_EQ(overview.overdue_activities, 1);
  ASSERT_EQ(overview.attention.size(), 3U);  // R and B without plan, A with an overdue activity
  EXPECT_EQ(overview.attention[1].unit->id, a_);
  EXPECT_EQ(overview.attention[1].state, PlanState::Draft);
  EXPECT_EQ(overview.attention[1].summary->overdue, 1);
  const auto page = activation_->UnitPlan(As("bo"), a_, std::nullopt);
  EXPECT_EQ(page->overdue_activities, 1U);

  // Lea sees her own unit only; an employee leads nothing.
  const auto lea = activation_->MyUnits(As("lea"), std::nullopt);
  ASSERT_EQ(lea.own.size(), 1U);
  EXPECT_EQ(lea.attention.size(), 1U);
  EXPECT_TRUE(activation_->MyUnits(As("anna"), std::nullopt).own.empty());

  // Before the deadline a missing plan is "missing"; before the start it is not due.
  now_ = domain::CopenhagenMidnight(Day(2026, 9, 1)).value();
  EXPECT_EQ(activation_->MyUnits(As("ib"), std::nullopt).own[0].state, PlanState::Missing);
  now_ = domain::CopenhagenMidnight(Day(2026, 6, 3)).value();
  EXPECT_EQ(activation_->MyUnits(As("ib"), std::nullopt).own[0].state, PlanState::NotDue);
  EXPECT_TRUE(activation_->MyUnits(As("ib"), std::nullopt).attention.empty());
}

}  // namespace
}  // namespace lp::storage_test
