// Registrations for programme sessions on the real stores (SQLite and PostgreSQL): the last seat goes
// to exactly one of many simultaneous registrations and the rest wait in a gapless queue; a
// cancellation promotes the first waiting, who is told; the Danish refusals.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <algorithm>

#include "app/notifications/notification_service.hpp"
#include "app/organisation/organisation_service.hpp"
#include "app/programmes/programme_service.hpp"
#include "app/programmes/session_service.hpp"
#include "domain/platform/danish_format.hpp"
#include "storage/store_fixture.hpp"
#include "support/parallel.hpp"

namespace lp::storage_test {
namespace {

constexpr int kLeaders = 8;

// Region ─ eight departments, each with a new leader enrolled in Ledervejen.
class SessionRegistration : public StoreContract {
 protected:
  void SetUp() override {
    StoreContract::SetUp();
    test::OrganisationRows rows;
    rows.units.push_back({"R", "Region", "", domain::UnitKind::Region});
    for (int i = 0; i < kLeaders; ++i) {
      const auto n = std::to_string(i);
      rows.units.push_back({"U" + n, "Afdeling " + n, "R", domain::UnitKind::Department});
      rows.people.push_back({"P" + n, "Leder", n, "leder" + n + "@rm.dk", "Afdelingsleder", "U" + n});
      rows.leaderships.push_back(
          {"U" + n, "P" + n, std::chrono::year{2026} / 3 / 1, domain::LeaderKind::Personaleleder});
    }
    const auto ids = SeedOrganisation(rows);
    organisation_ =
        std::make_unique<app::OrganisationService>(store(), app::OrganisationSettings{}, [this] { return Now(); });
    sessions_ = std::make_unique<app::SessionService>(store(), *organisation_, [this] { return Now(); });
    app::ProgrammeService::LoadDefaultCatalogue(store(), Now());
    app::ProgrammeService programmes(store(), *organisation_, [this] { return Now(); });
    EXPECT_EQ(programmes.EnrollNewLeaders(Now()), "8 nye ledere tilmeldt Ledervejen");
    for (int i = 0; i < kLeaders; ++i) {
      domain::User user;
      user.id = CreateUser("leder" + std::to_string(i) + "@rm.dk", {domain::Role::Leder});
      user.email = "leder" + std::to_string(i) + "@rm.dk";
      user.roles = {domain::Role::Leder};
      users_.push_back(user);
    }
    session_ = store().Write([&](app::Transaction& tx) {
      auto& repository = tx.Get<app::ProgrammeRepository>();
      app::ProgrammeId ledervejen = 0;
      for (const auto& programme : repository.Programmes()) {
        if (programme.fields.kind == domain::ProgrammeKind::Ledervejen) ledervejen = programme.id;
      }
      app::SessionFields fields;
      fields.kind = domain::ElementKind::CourseDay;
      fields.title = "Kursusdag 1";
      fields.starts_at = Now() + std::chrono::hours{24 * 20};
      fields.ends_at = fields.starts_at + std::chrono::hours{6};
      fields.place = "Viborg";
      fields.capacity = 3;
      fields.registration_deadline = domain::ToCopenhagenTime(Now() + std::chrono::hours{24 * 10}).date;
      fields.cancellation_deadline = domain::ToCopenhagenTime(Now() + std::chrono::hours{24 * 15}).date;
      return repository.CreateSession(ledervejen, fields, std::nullopt, Now());
    });
  }

  domain::Timestamp Now() const {
    return *domain::CopenhagenMidnight(std::chrono::year{2026} / 12 / 7) + std::chrono::hours{10};
  }

  std::unique_ptr<app::OrganisationService> organisation_;
  std::unique_ptr<app::SessionService> sessions_;
  std::vector<domain::User> users_;
  app::ProgrammeSessionId session_ = 0;
};

TEST_F(SessionRegistration, SimultaneousRegistrationsNeverOverbookAndTheRestQueueWithoutGaps) {
  const auto results = test::RunTogether(kLeaders, [&](std::size_t i) {
    const auto result = sessions_->Register(users_[i], session_, "127.0.0.1");
    EXPECT_TRUE(result.ok()) << (result.ok() ? "" : result.error().message);
    return result.ok() ? result.value() : app::RegistrationResult{};
  });
  const auto seated = std::count_if(results.begin(), results.end(), [](const app::RegistrationResult& result) {
    return result.outcome == app::RegistrationOutcome::Registered;
  });
  EXPECT_EQ(seated, 3) << "exactly the capacity";
  std::vector<int> positions;
  for (const auto& result : results) {
    if (result.outcome == app::RegistrationOutcome::Waitlisted) positions.push_back(result.waitlist_position);
  }
  std::sort(positions.begin(), positions.end());
  EXPECT_THAT(positions, ::testing::ElementsAre(1, 2, 3, 4, 5));
  const auto session =
      store().Read([&](app::Transaction& tx) { return tx.Get<app::ProgrammeRepository>().FindSession(session_); });
  EXPECT_EQ(session->registered, 3);
  EXPECT_EQ(session->waiting, 5);
}

TEST_F(SessionRegistration, ACancelledSeatGoesToTheFirstWaitingWhoIsToldAndRefusalsAreDanish) {
  for (int i = 0; i < 4; ++i) ASSERT_TRUE(sessions_->Register(users_[i], session_, "127.0.0.1").ok());
  const auto twice = sessions_->Register(users_[3], session_, "127.0.0.1");
  ASSERT_FALSE(twice.ok());
  EXPECT_EQ(twice.error().kind, app::ErrorKind::Conflict);
  EXPECT_EQ(twice.error().message, "Du står allerede på ventelisten til sessionen.");
  ASSERT_TRUE(sessions_->Cancel(users_[0], session_, "127.0.0.1").ok());
  const auto view = sessions_->View(users_[3], session_);
  ASSERT_TRUE(view.ok());
  ASSERT_TRUE(view->mine.has_value());
  EXPECT_EQ(view->mine->status, app::RegistrationStatus::Registered) << "the first waiting got the seat";
  app::NotificationService inbox(store(), [this] { return Now(); });
  const auto items = inbox.Inbox(users_[3], 1).items;
  ASSERT_EQ(items.size(), 1U);
  EXPECT_EQ(items.front().subject, "Du har fået en plads: Kursusdag 1");
  EXPECT_EQ(items.front().link, "/udvikling/sessioner/" + std::to_string(session_));
  const auto cancelled = store().Read([&](app::Transaction& tx) {
    return tx.Get<app::ProgrammeRepository>().RegistrationsOfPerson(
        organisation_->Current()->organisation.FindPersonByEmployeeNo("P0")->id);
  });
  ASSERT_EQ(cancelled.size(), 1U);
  EXPECT_EQ(cancelled.front().first.attendance, app::Attendance::CancelledInTime);
  EXPECT_EQ(sessions_->Cancel(users_[0], session_, "127.0.0.1").error().kind, app::ErrorKind::NotFound);
}

TEST_F(SessionRegistration, SeatHoldersAreRemindedOnceInTheDaysBeforeAndTheWaitingAreNot) {
  for (int i = 0; i < 4; ++i) ASSERT_TRUE(sessions_->Register(users_[i], session_, "127.0.0.1").ok());
  const std::chrono::hours quiet{72};
  EXPECT_EQ(sessions_->SendReminders(Now(), quiet), "0 påmindelser om sessioner") << "20 days ahead: not yet";
  const auto two_days_before = Now() + std::chrono::hours{24 * 18};
  EXPECT_EQ(sessions_->SendReminders(two_days_before, quiet), "3 påmindelser om sessioner");
  EXPECT_EQ(sessions_->SendReminders(two_days_before + std::chrono::hours{24}, quiet), "0 påmindelser om sessioner")
      << "once";
  app::NotificationService inbox(store(), [this] { return Now(); });
  const auto items = inbox.Inbox(users_[0], 1).items;
  ASSERT_EQ(items.size(), 1U);
  EXPECT_THAT(items.front().subject, ::testing::StartsWith("Kursusdag 1 "));
  EXPECT_THAT(items.front().body, ::testing::HasSubstr("Sted: Viborg"));
  EXPECT_TRUE(inbox.Inbox(users_[3], 1).items.empty()) << "the waiting hold no seat";
}

}  // namespace
}  // namespace lp::storage_test
