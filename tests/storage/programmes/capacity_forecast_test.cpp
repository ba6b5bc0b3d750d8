// The organisers' capacity forecast on the real stores (SQLite and PostgreSQL): the demand of the
// participants who still need elements, paced towards their deadlines, against the free seats of the
// planned sessions of the coming half year.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <algorithm>

#include "app/organisation/organisation_service.hpp"
#include "app/programmes/capacity_forecast.hpp"
#include "app/programmes/programme_service.hpp"
#include "domain/platform/danish_format.hpp"
#include "storage/store_fixture.hpp"

namespace lp::storage_test {
namespace {

using domain::ElementKind;

constexpr int kLeaders = 8;

// Region ─ eight departments, each with a leader since 01.03.2026 (Ledervejen's deadline 01.03.2028),
// enrolled automatically; today is 07.12.2026, so the half year runs to 07.06.2027.
class CapacityForecast : public StoreContract {
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
    SeedOrganisation(rows);
    organisation_ =
        std::make_unique<app::OrganisationService>(store(), app::OrganisationSettings{}, [this] { return Now(); });
    app::ProgrammeService::LoadDefaultCatalogue(store(), Now());
    app::ProgrammeService programmes(store(), *organisation_, [this] { return Now(); });
    ASSERT_EQ(programmes.EnrollNewLeaders(Now()), "8 nye ledere tilmeldt Ledervejen");
    hr_.id = CreateUser("hr@rm.dk", {domain::Role::Administrator});
    hr_.email = "hr@rm.dk";
    hr_.roles = {domain::Role::Administrator};
  }

  domain::Timestamp Now() const {
    return *domain::CopenhagenMidnight(std::chrono::year{2026} / 12 / 7) + std::chrono::hours{10};
  }
  domain::Timestamp Day(std::chrono::year_month_day day) const {
    return *domain::CopenhagenMidnight(day) + std::chrono::hours{9};
  }

  std::unique_ptr<app::OrganisationService> organisation_;
  domain::User hr_;
};

TEST_F(CapacityForecast, PacesTheRemainingDemandAndCountsTheFreeSeatsOfTheHalfYear) {
  store().Write([&](app::Transaction& tx) {
    auto& repository = tx.Get<app::ProgrammeRepository>();
    app::ProgrammeId ledervejen = 0;
    for (const auto& programme : repository.Programmes()) {
      if (programme.fields.kind == domain::ProgrammeKind::Ledervejen) ledervejen = programme.id;
    }
    const auto enrollments = repository.EnrollmentsOfProgramme(ledervejen);
    EXPECT_EQ(enrollments.size(), static_cast<std::size_t>(kLeaders));
    // Leader 0 is exempt, leader 1 withdrawn, leader 2 credited every course day; leader 3 holds a
    // seat on the first course day below; the other four need everything.
    repository.SetExemption(enrollments[0].id, enrollments[0].revision, true, "Erfaren leder", std::nullopt, Now());
    repository.Withdraw(enrollments[1].id, enrollments[1].revision, "Stoppet", std::nullopt, Now());
    repository.AddCredit({0, enrollments[2].id, ElementKind::CourseDay, 12, "Merit", std::nullopt, Now()});
    const auto session = [&](const char* title, std::chrono::year_month_day day, int capacity) {
      app::SessionFields fields;
      fields.kind = ElementKind::CourseDay;
      fields.title = title;
      fields.starts_at = Day(day);
      fields.ends_at = fields.starts_at + std::chrono::hours{6};
      fields.place = "Viborg";
      fields.capacity = capacity;
      fields.registration_deadline = day;
      fields.cancellation_deadline = day;
      return repository.CreateSession(ledervejen, fields, std::nullopt, Now());
    };
    const auto first = session("Kursusdag 1", std::chrono::year{2026} / 12 / 27, 3);
    repository.AddRegistration(first, enrollments[3].person, app::RegistrationStatus::Registered, std::nullopt, Now());
    session("Kursusdag 2", std::chrono::year{2027} / 3 / 10, 20);
    // Leader 5 is also in Globetrotter, whose course days are the cohort's meetings: not forecast.
    for (const auto& programme : repository.Programmes()) {
      if (programme.fields.kind != domain::ProgrammeKind::Globetrotter) continue;
      app::NewEnrollment globetrotter;
      globetrotter.programme = programme.id;
      globetrotter.person = enrollments[5].person;
      globetrotter.enrolled_on = std::chrono::year{2026} / 12 / 1;
      globetrotter.deadline = std::chrono::year{2027} / 5 / 31;
      globetrotter.source = app::EnrollmentSource::Application;
      globetrotter.at = Now();
      repository.Enroll(globetrotter);
    }
    session("Kursusdag 3 (efter perioden)", std::chrono::year{2027} / 8 / 1, 20);
    const auto cancelled = session("Kursusdag (aflyst)", std::chrono::year{2027} / 4 / 1, 20);
    repository.CancelSession(cancelled, 1, std::nullopt, Now());
    return 0;
  });

  app::CapacityForecastService service(store(), [this] { return Now(); });
  const auto forecast = service.Forecast(hr_);
  ASSERT_TRUE(forecast.ok());
  EXPECT_EQ(forecast->from, std::chrono::year{2026} / 12 / 7);
  EXPECT_EQ(forecast->until, std::chrono::year{2027} / 6 / 7);
  const auto ledervejen = std::find_if(
      forecast->programmes.begin(), forecast->programmes.end(),
      [](const app::ForecastProgramme& p) { return p.programme.fields.kind == domain::ProgrammeKind::Ledervejen; });
  ASSERT_NE(ledervejen, forecast->programmes.end());
  EXPECT_EQ(forecast->programmes.size(), 1U) << "Globetrotter's need is met by its cohort's meetings";
  ASSERT_EQ(ledervejen->lines.size(), 3U);
  // Course days: leaders 3–7 need 11 + 4 × 12 = 59; the half year is 182 of the 450 days to the
  // deadline: 59 × 182 / 450 = 23.9, so 24 seats; two planned sessions in the window with 22 free.
  const auto& days = ledervejen->lines[0];
  EXPECT_EQ(days.kind, ElementKind::CourseDay);
  EXPECT_EQ(days.participants, 5);
  EXPECT_EQ(days.remaining, 59);
  EXPECT_EQ(days.due, 0);
  EXPECT_EQ(days.demand, 24);
  EXPECT_EQ(days.sessions, 2);
  EXPECT_EQ(days.seats, 23);
  EXPECT_EQ(days.free, 22);
  EXPECT_EQ(days.Balance(), -2);
  ASSERT_EQ(days.months.size(), 7U) << "December to June, gaps included";
  EXPECT_EQ(days.months[0].month, std::chrono::year{2026} / std::chrono::December);
  EXPECT_EQ(days.months[0].sessions, 1);
  EXPECT_EQ(days.months[0].taken, 1);
  EXPECT_EQ(days.months[1].sessions, 0);
  EXPECT_EQ(days.months[3].month, std::chrono::year{2027} / std::chrono::March);
  EXPECT_EQ(days.months[3].seats, 20);
  // Sparring sessions: leaders 2–7 need 4 each (24 × 182 / 450 = 9.7), none planned.
  const auto& sparring = ledervejen->lines[1];
  EXPECT_EQ(sparring.kind, ElementKind::Sparring);
  EXPECT_EQ(sparring.participants, 6);
  EXPECT_EQ(sparring.demand, 10);
  EXPECT_EQ(sparring.sessions, 0);
  EXPECT_EQ(sparring.Balance(), -10);
  EXPECT_EQ(ledervejen->lines[2].kind, ElementKind::ShortCourse);

  // Only for HR, top management and administrators.
  domain::User leader;
  leader.email = "leder4@rm.dk";
  leader.roles = {domain::Role::Leder};
  const auto refused = service.Forecast(leader);
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().kind, app::ErrorKind::Forbidden);
}

}  // namespace
}  // namespace lp::storage_test
