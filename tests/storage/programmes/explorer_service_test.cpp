// Explorer's use cases on the real stores (SQLite and PostgreSQL): who may nominate and who may decide
// an application, that a decision is made once, and that an agreed plan counts as the programme's
// personal plan in the enrolment's status; the read-only summaries for "Min udvikling".
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <memory>
#include <string>

#include "app/organisation/organisation_service.hpp"
#include "app/platform/repositories.hpp"
#include "app/programmes/explorer_service.hpp"
#include "app/programmes/programme_service.hpp"
#include "domain/platform/danish_format.hpp"
#include "storage/store_fixture.hpp"

namespace lp::storage_test {
namespace {

using ::testing::HasSubstr;

// Region (Rita) ─ A (Bo leads; Anna works there) and B (Dora leads; Carl works there).
class ExplorerUseCases : public StoreContract {
 protected:
  void SetUp() override {
    StoreContract::SetUp();
    test::OrganisationRows rows;
    rows.units = {{"R", "Region", "", domain::UnitKind::Region},
                  {"A", "Afdeling A", "R", domain::UnitKind::Department},
                  {"B", "Afdeling B", "R", domain::UnitKind::Department}};
    rows.people = {{"P0", "Rita", "Regionsen", "rita@rm.dk", "Direktør", "R"},
                   {"P1", "Anna", "Andersen", "anna@rm.dk", "Sygeplejerske", "A"},
                   {"P2", "Bo", "Berg", "bo@rm.dk", "Afdelingsleder", "A"},
                   {"P3", "Carl", "Carlsen", "carl@rm.dk", "Bioanalytiker", "B"},
                   {"P4", "Dora", "Dahl", "dora@rm.dk", "Afdelingsleder", "B"}};
    rows.leaderships = {{"R", "P0", std::chrono::year{2015} / 1 / 1, domain::LeaderKind::LederAfLedere},
                        {"A", "P2", std::chrono::year{2019} / 1 / 1, domain::LeaderKind::Personaleleder},
                        {"B", "P4", std::chrono::year{2019} / 1 / 1, domain::LeaderKind::Personaleleder}};
    SeedOrganisation(rows);
    organisation_ =
        std::make_unique<app::OrganisationService>(store(), app::OrganisationSettings{}, [this] { return Now(); });
    app::ProgrammeService::LoadDefaultCatalogue(store(), Now());
    explorer_ = std::make_unique<app::ExplorerService>(store(), *organisation_, [this] { return Now(); });
    programmes_ = std::make_unique<app::ProgrammeService>(store(), *organisation_, [this] { return Now(); });
    for (const auto* name : {"anna", "bo", "carl", "dora"}) {
      const std::string email = std::string(name) + "@rm.dk";
      const bool leader = std::string(name) == "bo" || std::string(name) == "dora";
      domain::User user;
      user.roles = {leader ? domain::Role::Leder : domain::Role::Medarbejder};
      user.id = CreateUser(email, user.roles);
      user.email = email;
      users_[name] = user;
    }
  }

  domain::Timestamp Now() const {
    return *domain::CopenhagenMidnight(std::chrono::year{2026} / 12 / 7) + std::chrono::hours{10};
  }

  const domain::User& U(const std::string& name) { return users_.at(name); }

  std::unique_ptr<app::OrganisationService> organisation_;
  std::unique_ptr<app::ExplorerService> explorer_;
  std::unique_ptr<app::ProgrammeService> programmes_;
  std::map<std::string, domain::User> users_;
};

TEST_F(ExplorerUseCases, OnlyALeaderNominatesAndOnlyPeopleOfTheirUnits) {
  EXPECT_EQ(explorer_->NominatePage(U("anna")).error().kind, app::ErrorKind::Forbidden);
  const auto page = explorer_->NominatePage(U("bo"));
  ASSERT_TRUE(page.ok());
  ASSERT_EQ(page->candidates.size(), 1U);
  EXPECT_EQ(page->candidates.front().person->FullName(), "Anna Andersen");

  const auto refused = explorer_->Nominate(U("anna"), {"", "carl@rm.dk", "Dygtig"}, "");
  EXPECT_EQ(refused.error().kind, app::ErrorKind::Forbidden);
  const auto outside = explorer_->Nominate(U("bo"), {"", "P3", "Dygtig"}, "");
  ASSERT_FALSE(outside.ok());
  EXPECT_EQ(outside.error().kind, app::ErrorKind::Invalid);
  ASSERT_EQ(outside.error().field_errors.size(), 1U);
  EXPECT_EQ(outside.error().field_errors[0].field, "who");
  EXPECT_EQ(outside.error().field_errors[0].message, "Carl Carlsen hører ikke til de enheder, du er leder for.");
  const auto self = explorer_->Nominate(U("bo"), {"", "bo@rm.dk", "Mig selv"}, "");
  EXPECT_EQ(self.error().kind, app::ErrorKind::Invalid);

  const auto enrolled = explorer_->Nominate(U("bo"), {"", "anna@rm.dk", "Anna tager ansvar."}, "");
  ASSERT_TRUE(enrolled.ok());
  const auto enrollment = store().Read(
      [&](app::Transaction& tx) { return tx.Get<app::ProgrammeRepository>().FindEnrollment(enrolled.value()); });
  EXPECT_EQ(enrollment->source, app::EnrollmentSource::Nomination);
  const auto again = explorer_->Nominate(U("bo"), {"", "anna@rm.dk", "Igen"}, "");
  EXPECT_EQ(again.error().field_errors.at(0).message, "Anna Andersen er allerede med i Explorer.");
  const auto summary = explorer_->Summary(U("anna"));
  ASSERT_EQ(summary.applications.size(), 1U);
  EXPECT_EQ(summary.applications[0].source, app::ExplorerSource::Nomination);
  ASSERT_TRUE(summary.plan.has_value());
  EXPECT_EQ(summary.plan->enrollment, enrolled.value());
}

TEST_F(ExplorerUseCases, OnlyTheLeaderOfTheUnitDecidesAnApplicationAndOnlyOnce) {
  const auto id = explorer_->Apply(U("anna"), "Jeg vil gerne lede.", "");
  ASSERT_TRUE(id.ok());
  EXPECT_EQ(explorer_->Apply(U("anna"), "Igen", "").error().kind, app::ErrorKind::Conflict);
  const auto waiting = explorer_->WaitingForDecision(U("bo"));
  ASSERT_EQ(waiting.size(), 1U);
  EXPECT_EQ(waiting[0].person->FullName(), "Anna Andersen");
  EXPECT_TRUE(explorer_->WaitingForDecision(U("dora")).empty());

  EXPECT_EQ(explorer_->Approve(U("dora"), id.value(), 1, "").error().kind, app::ErrorKind::NotFound);
  EXPECT_EQ(explorer_->Approve(U("anna"), id.value(), 1, "").error().kind, app::ErrorKind::NotFound)
      << "nobody approves their own application";
  EXPECT_EQ(explorer_->Decision(U("carl"), id.value()).error().kind, app::ErrorKind::NotFound);
  const auto no_reason = explorer_->Reject(U("bo"), id.value(), 1, "  ", "");
  ASSERT_FALSE(no_reason.ok());
  EXPECT_EQ(no_reason.error().field_errors.at(0).field, "reason");
  EXPECT_EQ(explorer_->Approve(U("bo"), id.value(), 2, "").error().kind, app::ErrorKind::Conflict) << "stale";

  const auto enrollment = explorer_->Approve(U("bo"), id.value(), 1, "");
  ASSERT_TRUE(enrollment.ok());
  const auto twice = explorer_->Reject(U("bo"), id.value(), 2, "For sent", "");
  ASSERT_FALSE(twice.ok());
  EXPECT_EQ(twice.error().kind, app::ErrorKind::Conflict);
  EXPECT_THAT(twice.error().message, HasSubstr("allerede afgjort: godkendt"));
  const auto stored = store().Read(
      [&](app::Transaction& tx) { return tx.Get<app::ProgrammeRepository>().FindEnrollment(enrollment.value()); });
  EXPECT_EQ(stored->source, app::EnrollmentSource::Application);
  EXPECT_TRUE(explorer_->WaitingForDecision(U("bo")).empty());
  EXPECT_EQ(explorer_->Summary(U("anna")).applications.at(0).status, app::ExplorerNominationStatus::Approved);
}

TEST_F(ExplorerUseCases, AnAgreedPlanCountsAsThePersonalPlanInTheStatus) {
  const auto id = explorer_->Apply(U("anna"), "Gerne", "");
  const auto enrollment = explorer_->Approve(U("bo"), id.value(), 1, "").value();
  EXPECT_EQ(explorer_->Plan(U("carl"), enrollment, "").error().kind, app::ErrorKind::NotFound);
  EXPECT_EQ(explorer_->Plan(U("dora"), enrollment, "").error().kind, app::ErrorKind::NotFound);
  auto plan = explorer_->Plan(U("anna"), enrollment, "");
  ASSERT_TRUE(plan.ok());
  EXPECT_EQ(plan->plan.revision, 0);
  EXPECT_EQ(plan->status.Criteria(), "0 af 4 kursusdage · personlig plan mangler");

  EXPECT_EQ(explorer_->Agree(U("anna"), enrollment, 0, "").error().field_errors.at(0).field, "agree");
  const auto bad = explorer_->AddActivity(U("anna"), enrollment, 0,
                                          {"Praktik", "", "praktik", "2027-02-01", "2027-01-15", "planlagt"}, "");
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.error().field_errors.at(0).field, "ends_on");
  ASSERT_TRUE(explorer_
                  ->AddActivity(U("anna"), enrollment, 0,
                                {"Praktik", "", "praktik", "2027-02-01", "2027-02-15", "gennemfoert"}, "")
                  .ok());
  ASSERT_TRUE(
      explorer_->AddActivity(U("bo"), enrollment, 2, {"Mentor", "", "mentor", "2027-03-01", "", "planlagt"}, "").ok());
  EXPECT_EQ(explorer_->AddActivity(U("bo"), enrollment, 2, {"Igen", "", "mentor", "2027-03-01", "", "planlagt"}, "")
                .error()
                .kind,
            app::ErrorKind::Conflict)
      << "stale plan revision";
  ASSERT_TRUE(explorer_->Agree(U("bo"), enrollment, 3, "").ok());
  EXPECT_EQ(explorer_->Agree(U("bo"), enrollment, 4, "").error().kind, app::ErrorKind::Conflict) << "agreed once";

  // Viewing someone else's plan is recorded; one's own is not.
  const auto viewed = [&] {
    const auto events =
        store().Read([](app::Transaction& tx) { return tx.Get<app::AuditRepository>().ListRecent(500); });
    return std::count_if(events.begin(), events.end(),
                         [](const app::AuditEvent& event) { return event.action == "explorer.plan_viewed"; });
  };
  const auto before = viewed();
  ASSERT_TRUE(explorer_->Plan(U("bo"), enrollment, "10.0.0.1").ok());
  EXPECT_EQ(viewed(), before + 1);
  plan = explorer_->Plan(U("anna"), enrollment, "");
  EXPECT_EQ(viewed(), before + 1);
  EXPECT_EQ(plan->status.Criteria(), "0 af 4 kursusdage · personlig plan lagt");
  EXPECT_TRUE(plan->plan.agreed_at.has_value());
  const auto page = programmes_->EnrollmentPage(U("anna"), enrollment, "");
  EXPECT_EQ(page->programme.status.Criteria(), "0 af 4 kursusdage · personlig plan lagt");

  const auto summary = explorer_->Summary(U("anna"));
  ASSERT_TRUE(summary.plan.has_value());
  EXPECT_TRUE(summary.plan->agreed);
  EXPECT_EQ(summary.plan->done, 1);
  EXPECT_EQ(summary.plan->total, 2);
  ASSERT_TRUE(summary.plan->next.has_value());
  EXPECT_EQ(summary.plan->next->fields.title, "Mentor");
}

}  // namespace
}  // namespace lp::storage_test
