// Ledervejen in the weekly chain status, on both databases: a new leader whose deadline has passed
// without the requirements met is named to the leader above, once a week; a completed one is not.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "app/notifications/chain_status.hpp"
#include "app/notifications/notification_service.hpp"
#include "app/organisation/organisation_service.hpp"
#include "app/programmes/programme_service.hpp"
#include "app/programmes/programmes_chain_status.hpp"
#include "domain/platform/danish_format.hpp"
#include "storage/store_fixture.hpp"

namespace lp::storage_test {
namespace {

using ::testing::HasSubstr;

// Region (Bo) ─┬─ Afdeling A (Carl, leader since 01.09.2024)
//              └─ Afdeling B (Dorte, leader since 01.10.2024)
class ProgrammeChainStatus : public StoreContract {
 protected:
  void SetUp() override {
    StoreContract::SetUp();
    const auto ids =
        SeedOrganisation({{{"R", "Region", "", domain::UnitKind::Region},
                           {"A", "Afdeling A", "R", domain::UnitKind::Department},
                           {"B", "Afdeling B", "R", domain::UnitKind::Department}},
                          {{"P2", "Bo", "Berg", "bo@rm.dk", "Direktør", "R"},
                           {"P3", "Carl", "Carlsen", "carl@rm.dk", "Afdelingsleder", "A"},
                           {"P4", "Dorte", "Dahl", "dorte@rm.dk", "Afdelingsleder", "B"}},
                          {{"R", "P2", std::chrono::year{2010} / 1 / 1, domain::LeaderKind::LederAfLedere},
                           {"A", "P3", std::chrono::year{2024} / 9 / 1, domain::LeaderKind::Personaleleder},
                           {"B", "P4", std::chrono::year{2024} / 10 / 1, domain::LeaderKind::Personaleleder}}});
    carl_ = ids.people.at("P3");
    dorte_ = ids.people.at("P4");
    organisation_ =
        std::make_unique<app::OrganisationService>(store(), app::OrganisationSettings{}, [this] { return Now(); });
    inbox_ = std::make_unique<app::NotificationService>(store(), [this] { return Now(); });
    chain_ = std::make_unique<app::ChainStatusService>(store(), *organisation_);
    chain_->Add(&app::ProgrammeChainStatus);
    app::ProgrammeService::LoadDefaultCatalogue(store(), Now());
  }

  domain::Timestamp Now() const { return *domain::CopenhagenMidnight(today_) + std::chrono::hours{6}; }

  std::chrono::year_month_day today_{std::chrono::year{2026}, std::chrono::December, std::chrono::day{7}};
  domain::PersonId carl_ = 0;
  domain::PersonId dorte_ = 0;
  std::unique_ptr<app::OrganisationService> organisation_;
  std::unique_ptr<app::NotificationService> inbox_;
  std::unique_ptr<app::ChainStatusService> chain_;
};

TEST_F(ProgrammeChainStatus, ALeaderBehindInLedervejenIsNamedToTheLeaderAbove) {
  store().Write([&](app::Transaction& tx) {
    auto& programmes = tx.Get<app::ProgrammeRepository>();
    app::ProgrammeId ledervejen = 0;
    for (const auto& programme : programmes.Programmes()) {
      if (programme.fields.kind == domain::ProgrammeKind::Ledervejen) ledervejen = programme.id;
    }
    // Carl's deadline (01.09.2026) has passed with nothing done; Dorte has been credited everything.
    for (const auto& [person, since] :
         {std::pair{carl_, std::chrono::year{2024} / 9 / 1}, std::pair{dorte_, std::chrono::year{2024} / 10 / 1}}) {
      app::NewEnrollment enrollment;
      enrollment.programme = ledervejen;
      enrollment.person = person;
      enrollment.variant = domain::LeaderKind::Personaleleder;
      enrollment.enrolled_on = since;
      enrollment.deadline = domain::LedervejenDeadline(since);
      enrollment.source = app::EnrollmentSource::Automatic;
      enrollment.at = Now();
      const auto id = programmes.Enroll(enrollment);
      if (person == dorte_) {
        for (const auto& [kind, count] :
             {std::pair{domain::ElementKind::CourseDay, 12}, std::pair{domain::ElementKind::Sparring, 4},
              std::pair{domain::ElementKind::ShortCourse, 3}}) {
          programmes.AddCredit({0, id, kind, count, "Gennemført i en anden region", std::nullopt, Now()});
        }
      }
    }
    return 0;
  });
  EXPECT_EQ(chain_->Send(Now()), "1 leder fik status for deres ledelseskæde (af 1 leder af ledere)");
  domain::User bo;
  bo.email = "bo@rm.dk";
  const auto items = inbox_->Inbox(bo, 1).items;
  ASSERT_EQ(items.size(), 1U);
  EXPECT_EQ(items.front().subject, "Status for din ledelseskæde, uge 50: 1 leder bagud i Ledervejen");
  EXPECT_THAT(items.front().body, HasSubstr("Ledervejen for nye ledere\n• 1 leder har overskredet fristen for "
                                            "Ledervejen: Carl Carlsen (Afdeling A, fristen var 01.09.2026)."));
  EXPECT_THAT(items.front().body, ::testing::Not(HasSubstr("Dorte")));
}

}  // namespace
}  // namespace lp::storage_test
