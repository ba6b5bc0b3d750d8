// Contract of app::ActivationRepository (migration 008), run on SQLite and PostgreSQL: rounds,
// plans unique per round and unit, optimistic updates, activity states and the one-query summary.
#include <gmock/gmock.h>

#include "app/activation/activation_repository.hpp"
#include "storage/store_fixture.hpp"

namespace lp::storage_test {
namespace {

using domain::ActivityKind;
using domain::ActivityStatus;
using domain::PlanStatus;
using std::chrono::year_month_day;

app::RoundFields Round2026() { return {"Aktivering 2026", "Fra *Ledertræf*.", Day(2026, 6, 4), Day(2026, 10, 1)}; }

app::ActivityFields Activity(std::string title, year_month_day planned_on) {
  return {ActivityKind::Med, std::move(title), planned_on, std::nullopt, "MED-formanden", "LMU"};
}

TEST_F(StoreContract, CreatesListsAndUpdatesActivationRoundsWithRevisions) {
  const auto user = CreateUser("kl@rm.dk", {domain::Role::Koncernledelse});
  const auto first = store().Write([&](app::Transaction& tx) {
    return tx.Get<app::ActivationRepository>().CreateRound(Round2026(), user, At(1'000));
  });
  const auto second = store().Write([&](app::Transaction& tx) {
    return tx.Get<app::ActivationRepository>().CreateRound({"Aktivering 2027", "", Day(2027, 1, 10), Day(2027, 1, 10)},
                                                           std::nullopt, At(2'000));
  });
  const auto found =
      store().Read([&](app::Transaction& tx) { return tx.Get<app::ActivationRepository>().FindRound(first); });
  ASSERT_TRUE(found.has_value());
  EXPECT_EQ(found->fields, Round2026());
  EXPECT_EQ(found->revision, 1);
  EXPECT_EQ(found->created_by, user);
  EXPECT_EQ(found->created_at, At(1'000));
  const auto rounds =
      store().Read([](app::Transaction& tx) { return tx.Get<app::ActivationRepository>().ListRounds(); });
  ASSERT_EQ(rounds.size(), 2U);
  EXPECT_EQ(rounds[0].id, second);  // the latest start first
  EXPECT_FALSE(rounds[0].created_by.has_value());
  EXPECT_EQ(rounds[1].created_by, user);

  auto changed = Round2026();
  changed.name = "Aktivering af ledelsesgrundlaget 2026";
  EXPECT_TRUE(store().Write([&](app::Transaction& tx) {
    return tx.Get<app::ActivationRepository>().UpdateRound(first, 1, changed, user, At(3'000));
  }));
  // A form opened at revision 1 is now stale: nothing changes.
  auto stale = Round2026();
  stale.name = "Forældet";
  EXPECT_FALSE(store().Write([&](app::Transaction& tx) {
    return tx.Get<app::ActivationRepository>().UpdateRound(first, 1, stale, user, At(4'000));
  }));
  const auto after =
      store().Read([&](app::Transaction& tx) { return tx.Get<app::ActivationRepository>().FindRound(first); });
  EXPECT_EQ(after->fields.name, "Aktivering af ledelsesgrundlaget 2026");
  EXPECT_EQ(after->revision, 2);
  EXPECT_EQ(after->updated_at, At(3'000));
  EXPECT_FALSE(
      store().Read([&](app::Transaction& tx) { return tx.Get<app::ActivationRepository>().FindRound(first + 100); }));
}

TEST_F(StoreContract, RefusesARoundWhoseDeadlineIsBeforeItsStart) {
  EXPECT_THROW(store().Write([&](app::Transaction& tx) {
    return tx.Get<app::ActivationRepository>().CreateRound({"Baglæns", "", Day(2026, 6, 4), Day(2026, 6, 3)},
                                                           std::nullopt, At(1));
  }),
               app::StorageError);
}

TEST_F(StoreContract, KeepsOnePlanPerRoundAndUnit) {
  const auto org = SeedSmallOrganisation();
  const auto round = store().Write([&](app::Transaction& tx) {
    return tx.Get<app::ActivationRepository>().CreateRound(Round2026(), std::nullopt, At(1));
  });
  const auto plan = store().Write([&](app::Transaction& tx) {
    return tx.Get<app::ActivationRepository>().CreatePlan(round, org.department, std::nullopt, At(10));
  });
  EXPECT_THROW(store().Write([&](app::Transaction& tx) {
    return tx.Get<app::ActivationRepository>().CreatePlan(round, org.department, std::nullopt, At(11));
  }),
               app::ConstraintViolation);
  EXPECT_THROW(store().Write([&](app::Transaction& tx) {
    return tx.Get<app::ActivationRepository>().CreatePlan(round + 100, org.department, std::nullopt, At(11));
  }),
               app::ConstraintViolation);
  const auto region_plan = store().Write([&](app::Transaction& tx) {
    return tx.Get<app::ActivationRepository>().CreatePlan(round, org.region, std::nullopt, At(12));
  });
  const auto found = store().Read(
      [&](app::Transaction& tx) { return tx.Get<app::ActivationRepository>().FindPlanFor(round, org.department); });
  ASSERT_TRUE(found.has_value());
  EXPECT_EQ(found->id, plan);
  EXPECT_EQ(found->status, PlanStatus::Draft);
  EXPECT_EQ(found->revision, 1);
  EXPECT_FALSE(found->approved_at.has_value());
  EXPECT_EQ(store()
                .Read([&](app::Transaction& tx) { return tx.Get<app::ActivationRepository>().PlansOfUnit(org.region); })
                .at(0)
                .id,
            region_plan);
}

TEST_F(StoreContract, ApprovesADraftPlanOnceAndOnlyAtItsRevision) {
  const auto org = SeedSmallOrganisation();
  const auto user = CreateUser("leder@rm.dk", {domain::Role::Leder});
  const auto plan = store().Write([&](app::Transaction& tx) {
    const auto round = tx.Get<app::ActivationRepository>().CreateRound(Round2026(), std::nullopt, At(1));
    return tx.Get<app::ActivationRepository>().CreatePlan(round, org.department, user, At(10));
  });
  EXPECT_TRUE(store().Write([&](app::Transaction& tx) {
    return tx.Get<app::ActivationRepository>().UpdatePlanNotes(plan, 1, "Vi starter i LMU.", At(20));
  }));
  EXPECT_FALSE(store().Write(
      [&](app::Transaction& tx) { return tx.Get<app::ActivationRepository>().ApprovePlan(plan, 1, user, At(30)); }));
  EXPECT_TRUE(store().Write(
      [&](app::Transaction& tx) { return tx.Get<app::ActivationRepository>().ApprovePlan(plan, 2, user, At(30)); }));
  EXPECT_FALSE(store().Write(
      [&](app::Transaction& tx) { return tx.Get<app::ActivationRepository>().ApprovePlan(plan, 3, user, At(40)); }));
  const auto found =
      store().Read([&](app::Transaction& tx) { return tx.Get<app::ActivationRepository>().FindPlan(plan); });
  EXPECT_EQ(found->status, PlanStatus::Approved);
  EXPECT_EQ(found->notes, "Vi starter i LMU.");
  EXPECT_EQ(found->approved_by, user);
  EXPECT_EQ(found->approved_at, At(30));
  EXPECT_EQ(found->revision, 3);
  // Withdrawn: back to draft with who, when and why; only from approved and at its revision.
  EXPECT_FALSE(store().Write([&](app::Transaction& tx) {
    return tx.Get<app::ActivationRepository>().WithdrawApproval(plan, 2, user, At(50), "For tidligt");
  }));
  EXPECT_TRUE(store().Write([&](app::Transaction& tx) {
    return tx.Get<app::ActivationRepository>().WithdrawApproval(plan, 3, user, At(50), "MED mangler.\nRet den.");
  }));
  EXPECT_FALSE(store().Write([&](app::Transaction& tx) {
    return tx.Get<app::ActivationRepository>().WithdrawApproval(plan, 4, user, At(51), "Igen");
  }));
  const auto withdrawn =
      store().Read([&](app::Transaction& tx) { return tx.Get<app::ActivationRepository>().FindPlan(plan); });
  EXPECT_EQ(withdrawn->status, PlanStatus::Draft);
  EXPECT_FALSE(withdrawn->approved_at.has_value());
  EXPECT_FALSE(withdrawn->approved_by.has_value());
  EXPECT_EQ(withdrawn->withdrawn_by, user);
  EXPECT_EQ(withdrawn->withdrawn_at, At(50));
  EXPECT_EQ(withdrawn->withdrawal_reason, "MED mangler.\nRet den.");
  EXPECT_EQ(withdrawn->revision, 4);
}

TEST_F(StoreContract, MovesActivitiesThroughTheirStatesWithRevisions) {
  const auto org = SeedSmallOrganisation();
  const auto plan = store().Write([&](app::Transaction& tx) {
    const auto round = tx.Get<app::ActivationRepository>().CreateRound(Round2026(), std::nullopt, At(1));
    return tx.Get<app::ActivationRepository>().CreatePlan(round, org.department, std::nullopt, At(10));
  });
  auto fields = Activity("Drøftelse i LMU", Day(2026, 9, 30));
  fields.responsible_person = org.anna;
  const auto first = store().Write([&](app::Transaction& tx) {
    return tx.Get<app::ActivationRepository>().CreateActivity(plan, fields, 77, std::nullopt, At(20));
  });
  const auto second = store().Write([&](app::Transaction& tx) {
    return tx.Get<app::ActivationRepository>().CreateActivity(plan, Activity("Tidligere", Day(2026, 8, 1)),
                                                              std::nullopt, std::nullopt, At(21));
  });
  auto listed =
      store().Read([&](app::Transaction& tx) { return tx.Get<app::ActivationRepository>().ActivitiesOf(plan); });
  ASSERT_EQ(listed.size(), 2U);
  EXPECT_EQ(listed[0].id, second);  // by planned date
  EXPECT_EQ(listed[1].fields, fields);
  EXPECT_EQ(listed[1].status, ActivityStatus::Planned);
  EXPECT_EQ(listed[1].source_agreement, 77);
  EXPECT_FALSE(listed[1].completed_on.has_value());

  auto edited = fields;
  edited.title = "Drøftelse i LMU og MED";
  edited.responsible_person.reset();
  EXPECT_TRUE(store().Write([&](app::Transaction& tx) {
    return tx.Get<app::ActivationRepository>().UpdateActivity(first, 1, edited, At(30));
  }));
  EXPECT_FALSE(store().Write([&](app::Transaction& tx) {
    return tx.Get<app::ActivationRepository>().UpdateActivity(first, 1, fields, At(31));
  }));
  EXPECT_FALSE(store().Write([&](app::Transaction& tx) {
    return tx.Get<app::ActivationRepository>().CompleteActivity(first, 1, Day(2026, 10, 2), "Godt møde", "", At(32));
  }));
  EXPECT_TRUE(store().Write([&](app::Transaction& tx) {
    return tx.Get<app::ActivationRepository>().CompleteActivity(first, 2, Day(2026, 10, 2), "Godt møde",
                                                                "- Næste møde i marts", At(32));
  }));
  // A done activity cannot be cancelled; a planned one can, and is then final.
  EXPECT_FALSE(store().Write([&](app::Transaction& tx) {
    return tx.Get<app::ActivationRepository>().CancelActivity(first, 3, std::nullopt, At(33), "Nej");
  }));
  EXPECT_TRUE(store().Write([&](app::Transaction& tx) {
    return tx.Get<app::ActivationRepository>().CancelActivity(second, 1, std::nullopt, At(34), "Sygdom");
  }));
  EXPECT_FALSE(store().Write([&](app::Transaction& tx) {
    return tx.Get<app::ActivationRepository>().UpdateActivity(second, 2, Activity("Igen", Day(2026, 8, 1)), At(35));
  }));
  EXPECT_FALSE(store().Write([&](app::Transaction& tx) {
    return tx.Get<app::ActivationRepository>().CompleteActivity(second, 2, Day(2026, 10, 2), "", "", At(36));
  }));
  const auto done =
      store().Read([&](app::Transaction& tx) { return tx.Get<app::ActivationRepository>().FindActivity(first); });
  EXPECT_EQ(done->status, ActivityStatus::Done);
  EXPECT_EQ(done->completed_on, Day(2026, 10, 2));
  EXPECT_EQ(done->outcome, "Godt møde");
  EXPECT_EQ(done->agreements, "- Næste møde i marts");
  EXPECT_EQ(done->fields.title, "Drøftelse i LMU og MED");
  EXPECT_FALSE(done->fields.responsible_person.has_value());
  EXPECT_EQ(done->revision, 3);
  const auto cancelled =
      store().Read([&](app::Transaction& tx) { return tx.Get<app::ActivationRepository>().FindActivity(second); });
  EXPECT_EQ(cancelled->status, ActivityStatus::Cancelled);
  EXPECT_EQ(cancelled->revision, 2);
  EXPECT_EQ(cancelled->cancelled_at, At(34));
  EXPECT_EQ(cancelled->cancellation_reason, "Sygdom");
  // Taken up again: planned, the record cleared; only a cancelled one, at its revision.
  EXPECT_FALSE(store().Write(
      [&](app::Transaction& tx) { return tx.Get<app::ActivationRepository>().ReopenActivity(first, 3, At(35)); }));
  EXPECT_FALSE(store().Write(
      [&](app::Transaction& tx) { return tx.Get<app::ActivationRepository>().ReopenActivity(second, 1, At(35)); }));
  EXPECT_TRUE(store().Write(
      [&](app::Transaction& tx) { return tx.Get<app::ActivationRepository>().ReopenActivity(second, 2, At(35)); }));
  const auto reopened =
      store().Read([&](app::Transaction& tx) { return tx.Get<app::ActivationRepository>().FindActivity(second); });
  EXPECT_EQ(reopened->status, ActivityStatus::Planned);
  EXPECT_FALSE(reopened->cancelled_at.has_value());
  EXPECT_TRUE(reopened->cancellation_reason.empty());
  EXPECT_EQ(reopened->revision, 3);
}

TEST_F(StoreContract, ListsThePlannedActivitiesAPersonIsResponsibleForUpToADay) {
  const auto org = SeedSmallOrganisation();
  const auto [round, plan] = store().Write([&](app::Transaction& tx) {
    auto& activation = tx.Get<app::ActivationRepository>();
    const auto r = activation.CreateRound(Round2026(), std::nullopt, At(1));
    const auto p = activation.CreatePlan(r, org.department, std::nullopt, At(10));
    auto mine = [&](std::string title, year_month_day day) {
      auto fields = Activity(std::move(title), day);
      fields.responsible_person = org.anna;
      return activation.CreateActivity(p, fields, std::nullopt, std::nullopt, At(11));
    };
    mine("Senere", Day(2026, 12, 20));
    mine("Først", Day(2026, 11, 1));
    mine("For langt ude", Day(2027, 3, 1));
    const auto done = mine("Holdt", Day(2026, 10, 1));
    activation.CompleteActivity(done, 1, Day(2026, 10, 1), "", "", At(12));
    const auto cancelled = mine("Aflyst", Day(2026, 10, 2));
    activation.CancelActivity(cancelled, 1, std::nullopt, At(12), "Sygdom");
    auto others = Activity("Bos", Day(2026, 11, 2));
    others.responsible_person = org.bo;
    activation.CreateActivity(p, others, std::nullopt, std::nullopt, At(11));
    return std::make_pair(r, p);
  });
  const auto found = store().Read([&](app::Transaction& tx) {
    return tx.Get<app::ActivationRepository>().PlannedActivitiesOf(org.anna, Day(2026, 12, 31), 10);
  });
  ASSERT_EQ(found.size(), 2U);
  EXPECT_EQ(found[0].activity.fields.title, "Først");
  EXPECT_EQ(found[1].activity.fields.title, "Senere");
  EXPECT_EQ(found[0].unit, org.department);
  EXPECT_EQ(found[0].round, round);
  EXPECT_EQ(found[0].activity.plan, plan);
  const auto limited = store().Read([&](app::Transaction& tx) {
    return tx.Get<app::ActivationRepository>().PlannedActivitiesOf(org.anna, Day(2027, 12, 31), 1);
  });
  ASSERT_EQ(limited.size(), 1U);
  EXPECT_EQ(limited[0].activity.fields.title, "Først");
}

TEST_F(StoreContract, RefusesAnActivityOfAnUnknownPlanOrPerson) {
  const auto org = SeedSmallOrganisation();
  const auto plan = store().Write([&](app::Transaction& tx) {
    const auto round = tx.Get<app::ActivationRepository>().CreateRound(Round2026(), std::nullopt, At(1));
    return tx.Get<app::ActivationRepository>().CreatePlan(round, org.department, std::nullopt, At(10));
  });
  EXPECT_THROW(store().Write([&](app::Transaction& tx) {
    return tx.Get<app::ActivationRepository>().CreateActivity(plan + 100, Activity("X", Day(2026, 9, 1)), std::nullopt,
                                                              std::nullopt, At(2));
  }),
               app::ConstraintViolation);
  auto fields = Activity("X", Day(2026, 9, 1));
  fields.responsible_person = org.anna + org.bo + 100;
  EXPECT_THROW(store().Write([&](app::Transaction& tx) {
    return tx.Get<app::ActivationRepository>().CreateActivity(plan, fields, std::nullopt, std::nullopt, At(2));
  }),
               app::ConstraintViolation);
}

TEST_F(StoreContract, SummarisesEveryPlanOfARoundWithItsActivityCounts) {
  const auto org = SeedSmallOrganisation();
  const auto [round, other_round, department_plan, region_plan] = store().Write([&](app::Transaction& tx) {
    auto& activation = tx.Get<app::ActivationRepository>();
    const auto r = activation.CreateRound(Round2026(), std::nullopt, At(1));
    const auto other = activation.CreateRound({"Anden", "", Day(2027, 1, 1), Day(2027, 2, 1)}, std::nullopt, At(1));
    const auto department = activation.CreatePlan(r, org.department, std::nullopt, At(10));
    const auto region = activation.CreatePlan(r, org.region, std::nullopt, At(10));
    activation.CreatePlan(other, org.department, std::nullopt, At(10));
    // Department: overdue (planned before today), planned ahead, done, cancelled.
    activation.CreateActivity(department, Activity("Overskredet", Day(2026, 11, 30)), std::nullopt, std::nullopt,
                              At(11));
    activation.CreateActivity(department, Activity("I dag", Day(2026, 12, 2)), std::nullopt, std::nullopt, At(11));
    const auto done =
        activation.CreateActivity(department, Activity("Holdt", Day(2026, 9, 1)), std::nullopt, std::nullopt, At(11));
    activation.CompleteActivity(done, 1, Day(2026, 9, 1), "", "", At(12));
    const auto cancelled =
        activation.CreateActivity(department, Activity("Aflyst", Day(2026, 9, 1)), std::nullopt, std::nullopt, At(11));
    activation.CancelActivity(cancelled, 1, std::nullopt, At(12), "Aflyst");
    activation.ApprovePlan(region, 1, std::nullopt, At(13));
    return std::make_tuple(r, other, department, region);
  });
  const auto summaries = store().Read([&](app::Transaction& tx) {
    return tx.Get<app::ActivationRepository>().SummariesOfRound(round, Day(2026, 12, 2));
  });
  ASSERT_EQ(summaries.size(), 2U);
  const auto& department = summaries[0].unit == org.department ? summaries[0] : summaries[1];
  const auto& region = summaries[0].unit == org.department ? summaries[1] : summaries[0];
  EXPECT_EQ(department.plan, department_plan);
  EXPECT_EQ(department.status, PlanStatus::Draft);
  EXPECT_EQ(department.planned, 2);
  EXPECT_EQ(department.overdue, 1);
  EXPECT_EQ(department.done, 1);
  EXPECT_EQ(department.cancelled, 1);
  EXPECT_EQ(region.plan, region_plan);
  EXPECT_EQ(region.status, PlanStatus::Approved);
  EXPECT_EQ(region.planned + region.done + region.cancelled + region.overdue, 0);
  // A day later, the activity planned for 2 December is overdue too.
  const auto later = store().Read([&](app::Transaction& tx) {
    return tx.Get<app::ActivationRepository>().SummariesOfRound(round, Day(2026, 12, 3));
  });
  EXPECT_EQ((later[0].unit == org.department ? later[0] : later[1]).overdue, 2);
  EXPECT_EQ(store()
                .Read([&](app::Transaction& tx) {
                  return tx.Get<app::ActivationRepository>().SummariesOfRound(other_round, Day(2026, 12, 2));
                })
                .size(),
            1U);
  // The same rows for chosen units only: exactly the whole round's rows of those units.
  const auto chosen = store().Read([&](app::Transaction& tx) {
    return tx.Get<app::ActivationRepository>().SummariesOfUnits(round, {org.department, 987654}, Day(2026, 12, 2));
  });
  ASSERT_EQ(chosen.size(), 1U);
  EXPECT_EQ(chosen[0], department);
  const auto both = store().Read([&](app::Transaction& tx) {
    return tx.Get<app::ActivationRepository>().SummariesOfUnits(round, {org.region, org.department}, Day(2026, 12, 2));
  });
  EXPECT_EQ(both, summaries);
  EXPECT_TRUE(store()
                  .Read([&](app::Transaction& tx) {
                    return tx.Get<app::ActivationRepository>().SummariesOfUnits(round, {}, Day(2026, 12, 2));
                  })
                  .empty());
}

}  // namespace
}  // namespace lp::storage_test
