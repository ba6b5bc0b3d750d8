// Contract of app::ExplorerRepository (migration 020), run on SQLite and PostgreSQL: nominations and
// applications (one waiting per person and programme, decided once, guarded by the revision), and the
// personal path plans with their ordered activities, agreement and the changes listed after it.
#include <gmock/gmock.h>

#include <string>
#include <vector>

#include "app/programmes/explorer_repository.hpp"
#include "app/programmes/programme_repository.hpp"
#include "storage/programmes/programmes_storage.hpp"
#include "storage/store_fixture.hpp"

namespace lp::storage_test {
namespace {

using app::ExplorerNominationStatus;
using app::ExplorerSource;
using app::PathPlanActivityKind;
using app::PathPlanActivityStatus;
using ::testing::ElementsAre;

class ExplorerRepositoryContract : public StoreContract {
 protected:
  void SetUp() override {
    storage::StoreOptions options;
    storage::RegisterProgrammeRepositories(options.repositories);
    store_ = database_.Open(options);
    const auto ids = SeedOrganisation(
        {{{"R", "Region", "", domain::UnitKind::Region}, {"A", "Afdeling", "R", domain::UnitKind::Department}},
         {{"P1", "Anna", "Andersen", "anna@rm.dk", "Sygeplejerske", "A"},
          {"P2", "Bo", "Berg", "bo@rm.dk", "Afdelingsleder", "A"}},
         {{"A", "P2", Day(2020, 1, 1), domain::LeaderKind::Personaleleder}}});
    anna_ = ids.people.at("P1");
    bo_ = ids.people.at("P2");
    unit_ = ids.units.at("A");
    programme_ = store().Write([&](app::Transaction& tx) {
      app::ProgrammeFields fields;
      fields.kind = domain::ProgrammeKind::Explorer;
      fields.name = "Explorer";
      return tx.Get<app::ProgrammeRepository>().CreateProgramme(
          fields, {{domain::ElementKind::PersonalPlan, 1, std::nullopt}}, std::nullopt, At(1));
    });
  }

  template <typename Work>
  auto Write(Work work) {
    return store().Write([&](app::Transaction& tx) { return work(tx.Get<app::ExplorerRepository>()); });
  }
  template <typename Work>
  auto Read(Work work) {
    return store().Read([&](app::Transaction& tx) { return work(tx.Get<app::ExplorerRepository>()); });
  }

  app::EnrollmentId Enroll(domain::PersonId person) {
    return store().Write([&](app::Transaction& tx) {
      app::NewEnrollment enrollment;
      enrollment.programme = programme_;
      enrollment.person = person;
      enrollment.enrolled_on = Day(2026, 3, 1);
      enrollment.source = app::EnrollmentSource::Application;
      enrollment.at = At(100);
      return tx.Get<app::ProgrammeRepository>().Enroll(enrollment);
    });
  }

  app::NewExplorerNomination Application(domain::PersonId person, std::string motivation) {
    app::NewExplorerNomination nomination;
    nomination.programme = programme_;
    nomination.person = person;
    nomination.source = ExplorerSource::Application;
    nomination.motivation = std::move(motivation);
    nomination.leader_unit = unit_;
    nomination.at = At(50);
    return nomination;
  }

  static app::PathPlanActivityFields Activity(std::string title, std::chrono::year_month_day starts,
                                              std::optional<std::chrono::year_month_day> ends = std::nullopt) {
    app::PathPlanActivityFields fields;
    fields.title = std::move(title);
    fields.description = "Første linje\nAnden linje";
    fields.kind = PathPlanActivityKind::Rotation;
    fields.starts_on = starts;
    fields.ends_on = ends;
    fields.status = PathPlanActivityStatus::Planned;
    return fields;
  }

  domain::PersonId anna_ = 0;
  domain::PersonId bo_ = 0;
  domain::UnitId unit_ = 0;
  app::ProgrammeId programme_ = 0;
};

TEST_F(ExplorerRepositoryContract, AnApplicationWaitsOnceAndIsDecidedOnceAtItsRevision) {
  const auto user = CreateUser("bo@rm.dk", {domain::Role::Leder});
  const auto id = Write([&](app::ExplorerRepository& r) {
    return r.AddNomination(Application(anna_, "Jeg vil gerne.\nJeg koordinerer allerede."));
  });
  const auto found = Read([&](app::ExplorerRepository& r) { return r.FindNomination(id); });
  ASSERT_TRUE(found.has_value());
  EXPECT_EQ(found->programme, programme_);
  EXPECT_EQ(found->person, anna_);
  EXPECT_EQ(found->source, ExplorerSource::Application);
  EXPECT_EQ(found->motivation, "Jeg vil gerne.\nJeg koordinerer allerede.");
  EXPECT_EQ(found->leader_unit, unit_);
  EXPECT_FALSE(found->leader_person.has_value());
  EXPECT_EQ(found->status, ExplorerNominationStatus::Waiting);
  EXPECT_FALSE(found->decided_at.has_value());
  EXPECT_FALSE(found->enrollment.has_value());
  EXPECT_EQ(found->revision, 1);
  EXPECT_EQ(found->created_at, At(50));

  EXPECT_THROW(Write([&](app::ExplorerRepository& r) { return r.AddNomination(Application(anna_, "Igen")); }),
               app::ConstraintViolation)
      << "one waiting application per person and programme";

  const auto enrollment = Enroll(anna_);
  EXPECT_FALSE(Write([&](app::ExplorerRepository& r) { return r.ApproveNomination(id, 2, enrollment, user, At(60)); }));
  EXPECT_TRUE(Write([&](app::ExplorerRepository& r) { return r.ApproveNomination(id, 1, enrollment, user, At(60)); }));
  EXPECT_FALSE(Write([&](app::ExplorerRepository& r) { return r.RejectNomination(id, 2, "Nej", user, At(61)); }))
      << "decided once";
  const auto approved = Read([&](app::ExplorerRepository& r) { return r.FindNomination(id); });
  EXPECT_EQ(approved->status, ExplorerNominationStatus::Approved);
  EXPECT_EQ(approved->enrollment, enrollment);
  EXPECT_EQ(approved->decided_by, user);
  EXPECT_EQ(approved->decided_at, At(60));
  EXPECT_EQ(approved->revision, 2);

  // Once decided, a new application may wait again; rejected with its reason; another withdrawn.
  const auto second = Write([&](app::ExplorerRepository& r) { return r.AddNomination(Application(anna_, "Igen")); });
  EXPECT_TRUE(
      Write([&](app::ExplorerRepository& r) { return r.RejectNomination(second, 1, "Vent\nlidt", user, At(70)); }));
  const auto rejected = Read([&](app::ExplorerRepository& r) { return r.FindNomination(second); });
  EXPECT_EQ(rejected->status, ExplorerNominationStatus::Rejected);
  EXPECT_EQ(rejected->decision_reason, "Vent\nlidt");
  const auto third = Write([&](app::ExplorerRepository& r) { return r.AddNomination(Application(anna_, "Tredje")); });
  EXPECT_TRUE(Write([&](app::ExplorerRepository& r) { return r.WithdrawNomination(third, 1, user, At(80)); }));
  EXPECT_EQ(Read([&](app::ExplorerRepository& r) { return r.FindNomination(third); })->status,
            ExplorerNominationStatus::Withdrawn);

  // A leader's nomination is made decided, with the enrolment and who nominated.
  auto nomination = Application(bo_, "Indstillet");
  nomination.source = ExplorerSource::Nomination;
  nomination.leader_person = anna_;
  nomination.status = ExplorerNominationStatus::Approved;
  nomination.enrollment = Enroll(bo_);
  nomination.by = user;
  nomination.at = At(90);
  const auto nominated = Write([&](app::ExplorerRepository& r) { return r.AddNomination(nomination); });
  const auto stored = Read([&](app::ExplorerRepository& r) { return r.FindNomination(nominated); });
  EXPECT_EQ(stored->source, ExplorerSource::Nomination);
  EXPECT_EQ(stored->leader_person, anna_);
  EXPECT_EQ(stored->decided_at, At(90));

  std::vector<app::ExplorerNominationId> of_anna;
  for (const auto& n : Read([&](app::ExplorerRepository& r) { return r.NominationsOfPerson(anna_); })) {
    of_anna.push_back(n.id);
  }
  EXPECT_THAT(of_anna, ElementsAre(third, second, id)) << "the newest first";
  EXPECT_EQ(Read([&](app::ExplorerRepository& r) { return r.NominationsOfUnits({unit_}); }).size(), 4U);
  EXPECT_TRUE(Read([&](app::ExplorerRepository& r) { return r.NominationsOfUnits({}); }).empty());
  EXPECT_FALSE(Read([&](app::ExplorerRepository& r) { return r.FindNomination(nominated + 100); }).has_value());
}

TEST_F(ExplorerRepositoryContract, APlanKeepsItsActivitiesInOrderAndIsAgreedOnce) {
  const auto user = CreateUser("anna@rm.dk");
  const auto enrollment = Enroll(anna_);
  EXPECT_FALSE(Read([&](app::ExplorerRepository& r) { return r.PlanOfEnrollment(enrollment); }).has_value());
  const auto plan = Write([&](app::ExplorerRepository& r) { return r.EnsurePlan(enrollment, At(200)); });
  EXPECT_EQ(plan.revision, 1);
  EXPECT_EQ(plan.helper, "");
  EXPECT_FALSE(plan.agreed_at.has_value());
  EXPECT_EQ(Write([&](app::ExplorerRepository& r) { return r.EnsurePlan(enrollment, At(300)); }).id, plan.id)
      << "one plan per enrolment";

  EXPECT_FALSE(Write([&](app::ExplorerRepository& r) { return r.SetPlanHelper(plan.id, 2, "Lise", user, At(210)); }));
  EXPECT_TRUE(Write([&](app::ExplorerRepository& r) {
    return r.SetPlanHelper(plan.id, 1, "Lise Lund, lederudviklingskonsulent", user, At(210));
  }));
  const auto first = Write([&](app::ExplorerRepository& r) {
    return r.AddActivity(plan.id, Activity("Praktik", Day(2026, 9, 1), Day(2026, 9, 14)), user, At(220));
  });
  const auto second = Write([&](app::ExplorerRepository& r) {
    return r.AddActivity(plan.id, Activity("Mentor", Day(2026, 10, 1)), user, At(230));
  });
  auto activities = Read([&](app::ExplorerRepository& r) { return r.ActivitiesOf(plan.id); });
  ASSERT_EQ(activities.size(), 2U);
  EXPECT_EQ(activities[0].id, first);
  EXPECT_EQ(activities[0].position, 1);
  EXPECT_EQ(activities[0].fields, Activity("Praktik", Day(2026, 9, 1), Day(2026, 9, 14)));
  EXPECT_EQ(activities[1].fields, Activity("Mentor", Day(2026, 10, 1))) << "no end day";
  EXPECT_EQ(activities[1].position, 2);

  auto changed = Activity("Mentor hos Bo", Day(2026, 10, 1), Day(2027, 3, 31));
  changed.kind = PathPlanActivityKind::Mentor;
  changed.status = PathPlanActivityStatus::Started;
  EXPECT_FALSE(Write([&](app::ExplorerRepository& r) { return r.UpdateActivity(second, 2, changed, user, At(240)); }));
  EXPECT_TRUE(Write([&](app::ExplorerRepository& r) { return r.UpdateActivity(second, 1, changed, user, At(240)); }));
  const auto updated = Read([&](app::ExplorerRepository& r) { return r.FindActivity(second); });
  EXPECT_EQ(updated->fields, changed);
  EXPECT_EQ(updated->revision, 2);
  EXPECT_EQ(updated->updated_at, At(240));

  Write([&](app::ExplorerRepository& r) {
    r.SetActivityOrder(plan.id, {second, first});
    return 0;
  });
  activities = Read([&](app::ExplorerRepository& r) { return r.ActivitiesOf(plan.id); });
  EXPECT_EQ(activities[0].id, second);
  EXPECT_EQ(activities[1].id, first);
  EXPECT_EQ(activities[1].position, 2);

  EXPECT_TRUE(Write([&](app::ExplorerRepository& r) { return r.TouchPlan(plan.id, 2, user, At(250)); }));
  EXPECT_FALSE(Write([&](app::ExplorerRepository& r) { return r.SetPlanAgreed(plan.id, 2, user, At(260)); }));
  EXPECT_TRUE(Write([&](app::ExplorerRepository& r) { return r.SetPlanAgreed(plan.id, 3, user, At(260)); }));
  EXPECT_TRUE(Write([&](app::ExplorerRepository& r) { return r.SetPlanAgreed(plan.id, 4, std::nullopt, At(270)); }));
  const auto agreed = Read([&](app::ExplorerRepository& r) { return r.PlanOfEnrollment(enrollment); });
  EXPECT_EQ(agreed->agreed_at, At(260)) << "the first agreement is kept";
  EXPECT_EQ(agreed->agreed_by, user);
  EXPECT_EQ(agreed->helper, "Lise Lund, lederudviklingskonsulent");
  EXPECT_EQ(agreed->revision, 5);

  Write([&](app::ExplorerRepository& r) {
    r.AddPlanChange(plan.id, {At(290), user, "„Mentor hos Bo“ ændret: datoerne."});
    r.AddPlanChange(plan.id, {At(280), std::nullopt, "„Praktik“ flyttet ned."});
    return 0;
  });
  const auto changes = Read([&](app::ExplorerRepository& r) { return r.ChangesOf(plan.id); });
  ASSERT_EQ(changes.size(), 2U);
  EXPECT_EQ(changes[0].text, "„Praktik“ flyttet ned.");
  EXPECT_EQ(changes[1].by, user);

  const auto other = Enroll(bo_);
  EXPECT_EQ(Read([&](app::ExplorerRepository& r) { return r.PlansOfEnrollments({enrollment, other}); }).size(), 1U);
  EXPECT_EQ(Read([&](app::ExplorerRepository& r) { return r.ActivitiesOfPlans({plan.id}); }).size(), 2U);
  EXPECT_TRUE(Read([&](app::ExplorerRepository& r) { return r.ActivitiesOfPlans({}); }).empty());
}

TEST_F(ExplorerRepositoryContract, TheSchemaRefusesAnEndBeforeTheStartAndARejectionWithoutReason) {
  const auto enrollment = Enroll(anna_);
  const auto plan = Write([&](app::ExplorerRepository& r) { return r.EnsurePlan(enrollment, At(200)); });
  EXPECT_ANY_THROW(Write([&](app::ExplorerRepository& r) {
    return r.AddActivity(plan.id, Activity("Baglæns", Day(2026, 9, 14), Day(2026, 9, 1)), std::nullopt, At(1));
  }));
  const auto id = Write([&](app::ExplorerRepository& r) { return r.AddNomination(Application(anna_, "Gerne")); });
  EXPECT_ANY_THROW(
      Write([&](app::ExplorerRepository& r) { return r.RejectNomination(id, 1, "", std::nullopt, At(1)); }));
  EXPECT_EQ(Read([&](app::ExplorerRepository& r) { return r.FindNomination(id); })->status,
            ExplorerNominationStatus::Waiting)
      << "nothing half-written";
}

}  // namespace
}  // namespace lp::storage_test
