// Globetrotter's applications on the real stores (SQLite and PostgreSQL): the leader's leader signs
// off only a complete checklist and may send an application back; the applicant changes and submits
// again; Koncern HR admits within the capacity (never more members than seats, also when admissions
// race) and the admission enrols the applicant with the preparation steps done; Koncern HR records the
// members' attendance at the meetings from the meeting's day, and the meetings attended are the
// enrolment's course days; the Danish refusals.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <algorithm>

#include "app/notifications/notification_service.hpp"
#include "app/organisation/organisation_service.hpp"
#include "app/programmes/cohort_service.hpp"
#include "app/programmes/programme_service.hpp"
#include "domain/platform/danish_format.hpp"
#include "storage/store_fixture.hpp"
#include "support/parallel.hpp"

namespace lp::storage_test {
namespace {

using app::CohortApplicationStatus;
using ::testing::HasSubstr;

constexpr int kApplicants = 6;

// Region (Rita) ─ Hospital (Hans) ─ six departments, each led by an experienced leader (L0…L5); one
// employee (Sam) in department 0.
class CohortApplications : public StoreContract {
 protected:
  void SetUp() override {
    StoreContract::SetUp();
    test::OrganisationRows rows;
    rows.units.push_back({"R", "Region", "", domain::UnitKind::Region});
    rows.units.push_back({"H", "Hospitalet", "R", domain::UnitKind::Hospital});
    rows.people.push_back({"PR", "Rita", "Regionsen", "rita@rm.dk", "Direktør", "R"});
    rows.people.push_back({"PH", "Hans", "Hospital", "hans@rm.dk", "Hospitalsdirektør", "H"});
    rows.leaderships.push_back({"R", "PR", std::chrono::year{2010} / 1 / 1, domain::LeaderKind::LederAfLedere});
    rows.leaderships.push_back({"H", "PH", std::chrono::year{2012} / 1 / 1, domain::LeaderKind::LederAfLedere});
    for (int i = 0; i < kApplicants; ++i) {
      const auto n = std::to_string(i);
      rows.units.push_back({"D" + n, "Afdeling " + n, "H", domain::UnitKind::Department});
      rows.people.push_back({"P" + n, "Leder", n, "leder" + n + "@rm.dk", "Afdelingsleder", "D" + n});
      rows.leaderships.push_back(
          {"D" + n, "P" + n, std::chrono::year{2015} / 3 / 1, domain::LeaderKind::Personaleleder});
    }
    rows.people.push_back({"PS", "Sam", "Sygeplejerske", "sam@rm.dk", "Sygeplejerske", "D0"});
    SeedOrganisation(rows);
    organisation_ =
        std::make_unique<app::OrganisationService>(store(), app::OrganisationSettings{}, [this] { return Now(); });
    cohorts_ = std::make_unique<app::CohortService>(store(), *organisation_, [this] { return Now(); });
    app::ProgrammeService::LoadDefaultCatalogue(store(), Now());
    for (int i = 0; i < kApplicants; ++i)
      leaders_.push_back(User("leder" + std::to_string(i) + "@rm.dk", {domain::Role::Leder}));
    hans_ = User("hans@rm.dk", {domain::Role::Leder});
    rita_ = User("rita@rm.dk", {domain::Role::Leder});
    sam_ = User("sam@rm.dk", {domain::Role::Medarbejder});
    hr_ = User("hr@rm.dk", {domain::Role::Hr});
  }

  domain::User User(const std::string& email, std::vector<domain::Role> roles) {
    domain::User user;
    user.id = CreateUser(email, roles);
    user.email = email;
    user.roles = std::move(roles);
    return user;
  }

  domain::Timestamp Now() const { return now_; }

  app::CohortInput Cohort(int capacity = 2, std::string deadline = "2027-01-31") const {
    return {"Globetrotter forår 2027",
            "2027-03-01",
            "2027-08-27",
            std::to_string(capacity),
            std::move(deadline),
            "Seks mødegange.",
            "Samtale med egen leder\nAftale om tid\nEt udviklingsspørgsmål"};
  }

  static app::GlobetrotterApplicationInput Answers(bool all_done) {
    return {"Jeg vil lære af andre ledere.", {{1, true, "Holdt"}, {2, true, ""}, {3, all_done, ""}}};
  }

  app::CohortApplication Find(app::CohortApplicationId id) {
    return *store().Read([&](app::Transaction& tx) { return tx.Get<app::CohortRepository>().FindApplication(id); });
  }

  // Applies and has Hans sign off.
  app::CohortApplicationId SignedOff(const domain::User& leader, app::CohortId cohort) {
    const auto id = cohorts_->Apply(leader, cohort, Answers(true), std::nullopt, "127.0.0.1");
    EXPECT_TRUE(id.ok()) << (id.ok() ? "" : id.error().message);
    EXPECT_TRUE(cohorts_->SignOff(hans_, id.value(), 1, "", "127.0.0.1").ok());
    return id.value();
  }

  // A meeting of the cohort on the day, 9:00–15:30.
  app::CohortMeetingId Meeting(app::CohortId cohort, const std::string& day, const std::string& theme) {
    const auto id = cohorts_->AddMeeting(hr_, cohort, {day, "09:00", "15:30", "Viborg", "", theme, ""}, "127.0.0.1");
    EXPECT_TRUE(id.ok()) << (id.ok() ? "" : id.error().message);
    return id.value();
  }

  domain::PersonId PersonId(const domain::User& user) const {
    const auto context = organisation_->For(user);
    return context.me() != nullptr ? context.me()->id : 0;
  }

  // "1 af 6 kursusdage, 3 af 3 forberedelse" for the leader's enrolment.
  std::string CriteriaOf(const domain::User& leader) {
    app::ProgrammeService programmes(store(), *organisation_, [this] { return Now(); });
    const auto mine = programmes.Mine(leader);
    return mine.mine.size() == 1U ? mine.mine.front().status.Criteria() : std::string("no enrolment");
  }

  domain::Timestamp now_ = *domain::CopenhagenMidnight(std::chrono::year{2026} / 12 / 7) + std::chrono::hours{10};
  std::unique_ptr<app::OrganisationService> organisation_;
  std::unique_ptr<app::CohortService> cohorts_;
  std::vector<domain::User> leaders_;
  domain::User hans_, rita_, sam_, hr_;
};

TEST_F(CohortApplications, TheLeadersLeaderSignsOffOnlyACompleteChecklistOrSendsItBack) {
  const auto cohort = cohorts_->Create(hr_, Cohort(), "127.0.0.1");
  ASSERT_TRUE(cohort.ok()) << cohort.error().message;
  const auto id = cohorts_->Apply(leaders_[0], cohort.value(), Answers(false), std::nullopt, "127.0.0.1");
  ASSERT_TRUE(id.ok()) << id.error().message;

  // Hans, the leader above department 0, is told and sees it waiting; Rita (above Hans) is not.
  app::NotificationService inbox(store(), [this] { return Now(); });
  const auto told = inbox.Inbox(hans_, 1).items;
  ASSERT_EQ(told.size(), 1U);
  EXPECT_EQ(told.front().subject, "Leder 0 søger Globetrotter forår 2027: godkend forberedelsen");
  EXPECT_EQ(told.front().link, app::CohortApplicationHref(id.value()));
  EXPECT_TRUE(inbox.Inbox(rita_, 1).items.empty());
  ASSERT_EQ(cohorts_->AwaitingMySignOff(hans_).size(), 1U);
  EXPECT_TRUE(cohorts_->AwaitingMySignOff(rita_).empty());
  EXPECT_TRUE(cohorts_->AwaitingMySignOff(leaders_[1]).empty());

  // Others may neither see nor sign it.
  EXPECT_EQ(cohorts_->Application(leaders_[1], id.value(), "127.0.0.1").error().kind, app::ErrorKind::NotFound);
  EXPECT_EQ(cohorts_->SignOff(leaders_[1], id.value(), 1, "", "127.0.0.1").error().kind, app::ErrorKind::NotFound);
  EXPECT_EQ(cohorts_->SignOff(leaders_[0], id.value(), 1, "", "127.0.0.1").error().kind, app::ErrorKind::NotFound)
      << "not one's own";

  // An item is not ticked: no sign-off, the reason at the checklist.
  const auto incomplete = cohorts_->SignOff(hans_, id.value(), 1, "", "127.0.0.1");
  ASSERT_FALSE(incomplete.ok());
  EXPECT_EQ(incomplete.error().kind, app::ErrorKind::Invalid);
  ASSERT_EQ(incomplete.error().field_errors.size(), 1U);
  EXPECT_EQ(incomplete.error().field_errors[0].field, "checklist");
  EXPECT_THAT(incomplete.error().field_errors[0].message,
              HasSubstr("Alle punkter i forberedelsen skal være krydset af"));
  EXPECT_EQ(Find(id.value()).status, CohortApplicationStatus::Submitted) << "nothing written";

  // Sent back: a comment is required; the applicant is told and sees it.
  const auto no_comment = cohorts_->Return(hans_, id.value(), 1, "  ", "127.0.0.1");
  ASSERT_FALSE(no_comment.ok());
  EXPECT_EQ(no_comment.error().field_errors.at(0).field, "comment");
  ASSERT_TRUE(cohorts_->Return(hans_, id.value(), 1, "Aftal tiden med mig først.", "127.0.0.1").ok());
  const auto mine = cohorts_->Application(leaders_[0], id.value(), "127.0.0.1");
  ASSERT_TRUE(mine.ok());
  EXPECT_EQ(mine->application.status, CohortApplicationStatus::Returned);
  EXPECT_EQ(mine->application.signoff_comment, "Aftal tiden med mig først.");
  EXPECT_TRUE(mine->can_edit);
  EXPECT_EQ(inbox.Inbox(leaders_[0], 1).items.size(), 1U);

  // Submitted again against a stale revision: refused; with the current one, it waits again.
  EXPECT_EQ(cohorts_->Apply(leaders_[0], cohort.value(), Answers(true), 1, "127.0.0.1").error().kind,
            app::ErrorKind::Conflict);
  ASSERT_TRUE(cohorts_->Apply(leaders_[0], cohort.value(), Answers(true), 2, "127.0.0.1").ok());
  EXPECT_EQ(cohorts_->SignOff(hans_, id.value(), 2, "", "127.0.0.1").error().kind, app::ErrorKind::Conflict)
      << "stale revision";
  ASSERT_TRUE(cohorts_->SignOff(hans_, id.value(), 3, "God forberedelse.", "127.0.0.1").ok());
  EXPECT_EQ(Find(id.value()).status, CohortApplicationStatus::SignedOff);
  EXPECT_EQ(Find(id.value()).signed_off_by, hans_.id);
  EXPECT_TRUE(cohorts_->AwaitingMySignOff(hans_).empty());
  const auto summaries = cohorts_->MyApplications(leaders_[0]);
  ASSERT_EQ(summaries.size(), 1U);
  EXPECT_EQ(summaries[0].status_label, "Godkendt lokalt, venter på Koncern HR");
  EXPECT_EQ(summaries[0].cohort, "Globetrotter forår 2027");
}

TEST_F(CohortApplications, RefusesWhoMayNotApplyTwiceLateOrToAFullCohort) {
  const auto cohort = cohorts_->Create(hr_, Cohort(1), "127.0.0.1");
  ASSERT_TRUE(cohort.ok());
  const auto employee = cohorts_->Apply(sam_, cohort.value(), Answers(true), std::nullopt, "127.0.0.1");
  EXPECT_EQ(employee.error().kind, app::ErrorKind::Forbidden);
  EXPECT_THAT(employee.error().message, HasSubstr("Globetrotter er for ledere"));
  const auto empty = cohorts_->Apply(leaders_[0], cohort.value(), {" ", {}}, std::nullopt, "127.0.0.1");
  ASSERT_FALSE(empty.ok());
  EXPECT_EQ(empty.error().field_errors.at(0).field, "motivation");
  const auto first = cohorts_->Apply(leaders_[0], cohort.value(), Answers(true), std::nullopt, "127.0.0.1");
  ASSERT_TRUE(first.ok());
  const auto twice = cohorts_->Apply(leaders_[0], cohort.value(), Answers(true), std::nullopt, "127.0.0.1");
  EXPECT_EQ(twice.error().kind, app::ErrorKind::Conflict);
  EXPECT_THAT(twice.error().message, HasSubstr("Du har allerede søgt"));

  const auto late = cohorts_->Create(hr_, Cohort(5, "2026-12-01"), "127.0.0.1");
  ASSERT_TRUE(late.ok());
  const auto after = cohorts_->Apply(leaders_[1], late.value(), Answers(true), std::nullopt, "127.0.0.1");
  EXPECT_EQ(after.error().kind, app::ErrorKind::Conflict);
  EXPECT_EQ(after.error().message, "Ansøgningsfristen var 01.12.2026.");

  // The one seat taken: no more applications.
  ASSERT_TRUE(cohorts_->SignOff(hans_, first.value(), 1, "", "127.0.0.1").ok());
  ASSERT_TRUE(cohorts_->Admit(hr_, first.value(), 2, "127.0.0.1").ok());
  const auto full = cohorts_->Apply(leaders_[2], cohort.value(), Answers(true), std::nullopt, "127.0.0.1");
  EXPECT_EQ(full.error().kind, app::ErrorKind::Conflict);
  EXPECT_THAT(full.error().message, HasSubstr("Holdet er fuldt"));
}

TEST_F(CohortApplications, KoncernHrValidatesTheCohortFieldByField) {
  auto input = Cohort();
  input.name = "";
  input.ends_on = "2027-02-01";
  input.capacity = "mange";
  input.application_deadline = "2027-03-05";
  input.checklist = "\n \n";
  const auto refused = cohorts_->Create(hr_, input, "127.0.0.1");
  ASSERT_FALSE(refused.ok());
  std::vector<std::string> fields;
  for (const auto& error : refused.error().field_errors) fields.push_back(error.field);
  EXPECT_THAT(fields,
              ::testing::UnorderedElementsAre("name", "ends_on", "capacity", "application_deadline", "checklist"));
  EXPECT_EQ(cohorts_->Create(leaders_[0], Cohort(), "127.0.0.1").error().kind, app::ErrorKind::Forbidden);
  const auto list = cohorts_->List(leaders_[0]);
  ASSERT_TRUE(list.ok());
  EXPECT_TRUE(list->open.empty() && list->others.empty()) << "nothing half-written";
}

TEST_F(CohortApplications, TheChecklistIsFixedOnceSomeoneAppliedAndSeatsNeverBelowTheMembers) {
  const auto cohort = cohorts_->Create(hr_, Cohort(3), "127.0.0.1");
  ASSERT_TRUE(cohort.ok());
  auto changed = Cohort(3);
  changed.checklist = "Samtale med egen leder\nAftale om tid";
  ASSERT_TRUE(cohorts_->Update(hr_, cohort.value(), 1, changed, "127.0.0.1").ok()) << "nobody has applied yet";
  EXPECT_EQ(cohorts_->Update(hr_, cohort.value(), 1, changed, "127.0.0.1").error().kind, app::ErrorKind::Conflict)
      << "stale revision";
  const auto id = cohorts_->Apply(leaders_[0], cohort.value(), {"Motivation", {{1, true, ""}, {2, true, ""}}},
                                  std::nullopt, "127.0.0.1");
  ASSERT_TRUE(id.ok());
  auto again = changed;
  again.checklist = "Et helt nyt punkt";
  const auto locked = cohorts_->Update(hr_, cohort.value(), 2, again, "127.0.0.1");
  ASSERT_FALSE(locked.ok());
  EXPECT_EQ(locked.error().field_errors.at(0).field, "checklist");
  ASSERT_TRUE(cohorts_->SignOff(hans_, id.value(), 1, "", "127.0.0.1").ok());
  ASSERT_TRUE(cohorts_->Admit(hr_, id.value(), 2, "127.0.0.1").ok());
  const auto third = cohorts_->Apply(leaders_[3], cohort.value(), {"Motivation", {{1, true, ""}, {2, true, ""}}},
                                     std::nullopt, "127.0.0.1");
  ASSERT_TRUE(third.ok());
  ASSERT_TRUE(cohorts_->SignOff(hans_, third.value(), 1, "", "127.0.0.1").ok());
  ASSERT_TRUE(cohorts_->Admit(hr_, third.value(), 2, "127.0.0.1").ok());
  auto fewer = changed;
  fewer.capacity = "1";
  const auto below = cohorts_->Update(hr_, cohort.value(), 2, fewer, "127.0.0.1");
  ASSERT_FALSE(below.ok());
  EXPECT_EQ(below.error().field_errors.at(0).field, "capacity");
  EXPECT_EQ(below.error().field_errors.at(0).message, "Holdet har allerede 2 deltagere; skriv mindst 2.");
  const auto found = cohorts_->Find(hr_, cohort.value());
  ASSERT_TRUE(found.ok());
  EXPECT_EQ(found->fields.checklist.size(), 2U) << "nothing half-written";
  EXPECT_EQ(found->revision, 2);

  // The applicant withdraws before the decision and may apply again.
  const auto second = cohorts_->Apply(leaders_[1], cohort.value(), Answers(true), std::nullopt, "127.0.0.1");
  ASSERT_TRUE(second.ok());
  EXPECT_EQ(cohorts_->Withdraw(leaders_[2], second.value(), 1, "127.0.0.1").error().kind, app::ErrorKind::NotFound);
  ASSERT_TRUE(cohorts_->Withdraw(leaders_[1], second.value(), 1, "127.0.0.1").ok());
  EXPECT_EQ(Find(second.value()).status, CohortApplicationStatus::Withdrawn);
  EXPECT_TRUE(cohorts_->AwaitingMySignOff(hans_).empty());
  EXPECT_TRUE(cohorts_->Apply(leaders_[1], cohort.value(), Answers(true), std::nullopt, "127.0.0.1").ok());
}

TEST_F(CohortApplications, AdmissionEnrolsWithThePreparationDoneAndNeverOverfillsTheCohort) {
  const auto cohort = cohorts_->Create(hr_, Cohort(2), "127.0.0.1");
  ASSERT_TRUE(cohort.ok());
  std::vector<app::CohortApplicationId> ids;
  ids.reserve(kApplicants);
  for (int i = 0; i < kApplicants; ++i) ids.push_back(SignedOff(leaders_[i], cohort.value()));

  // Six signed-off applications admitted at once for two seats: exactly two get in.
  const auto results =
      test::RunTogether(kApplicants, [&](std::size_t i) { return cohorts_->Admit(hr_, ids[i], 2, "127.0.0.1").ok(); });
  EXPECT_EQ(std::count(results.begin(), results.end(), true), 2);
  const auto page = cohorts_->Page(hr_, cohort.value());
  ASSERT_TRUE(page.ok());
  EXPECT_EQ(page->cohort.members, 2);
  EXPECT_EQ(page->members.size(), 2U);
  const auto refused = std::find(results.begin(), results.end(), false) - results.begin();
  const auto full = cohorts_->Admit(hr_, ids[static_cast<std::size_t>(refused)], 2, "127.0.0.1");
  EXPECT_EQ(full.error().kind, app::ErrorKind::Conflict);
  EXPECT_EQ(full.error().message,
            "Holdet er fuldt: alle 2 pladser er besat. Afslå ansøgningen, eller giv holdet flere pladser først.");

  // The admitted have an enrolment from the cohort's first day to its last, preparation done.
  const auto admitted = std::find(results.begin(), results.end(), true) - results.begin();
  const auto& leader = leaders_[static_cast<std::size_t>(admitted)];
  const auto application = Find(ids[static_cast<std::size_t>(admitted)]);
  EXPECT_EQ(application.status, CohortApplicationStatus::Admitted);
  ASSERT_TRUE(application.enrollment.has_value());
  app::ProgrammeService programmes(store(), *organisation_, [this] { return Now(); });
  const auto mine = programmes.Mine(leader);
  ASSERT_EQ(mine.mine.size(), 1U);
  const auto& enrolment = mine.mine.front();
  EXPECT_EQ(enrolment.enrollment.id, *application.enrollment);
  EXPECT_EQ(enrolment.enrollment.source, app::EnrollmentSource::Application);
  EXPECT_EQ(enrolment.enrollment.enrolled_on, std::chrono::year{2027} / 3 / 1);
  EXPECT_EQ(enrolment.enrollment.deadline, std::chrono::year{2027} / 8 / 27);
  bool preparation = false;
  for (const auto& element : enrolment.status.elements) {
    if (element.kind == domain::ElementKind::Preparation) {
      preparation = true;
      EXPECT_EQ(element.done, 3);
      EXPECT_TRUE(element.Met());
    }
  }
  EXPECT_TRUE(preparation) << enrolment.status.Criteria();
  app::NotificationService inbox(store(), [this] { return Now(); });
  const auto items = inbox.Inbox(leader, 1).items;
  ASSERT_FALSE(items.empty());
  EXPECT_EQ(items.front().subject, "Du er optaget på Globetrotter forår 2027");

  // A rejection needs a reason and tells the applicant.
  const auto other = ids[static_cast<std::size_t>(refused)];
  EXPECT_EQ(cohorts_->Reject(hr_, other, 2, "", "127.0.0.1").error().field_errors.at(0).field, "reason");
  ASSERT_TRUE(cohorts_->Reject(hr_, other, 2, "Holdet blev fuldt.", "127.0.0.1").ok());
  EXPECT_EQ(Find(other).status, CohortApplicationStatus::Rejected);
  EXPECT_EQ(cohorts_->Admit(leaders_[0], other, 3, "127.0.0.1").error().kind, app::ErrorKind::Forbidden);
}

TEST_F(CohortApplications, MembersAndHrSeeTheMembersOthersOnlyThePublicPart) {
  const auto cohort = cohorts_->Create(hr_, Cohort(3), "127.0.0.1");
  ASSERT_TRUE(cohort.ok());
  const auto id = SignedOff(leaders_[0], cohort.value());
  ASSERT_TRUE(cohorts_->Admit(hr_, id, 2, "127.0.0.1").ok());
  const auto member = cohorts_->Page(leaders_[0], cohort.value());
  ASSERT_TRUE(member.ok());
  EXPECT_TRUE(member->member);
  ASSERT_EQ(member->members.size(), 1U);
  EXPECT_EQ(member->members[0].unit->name, "Afdeling 0");
  const auto outsider = cohorts_->Page(sam_, cohort.value());
  ASSERT_TRUE(outsider.ok());
  EXPECT_FALSE(outsider->sees_members);
  EXPECT_TRUE(outsider->members.empty());
  EXPECT_FALSE(outsider->leads_unit);
  EXPECT_EQ(cohorts_->Page(sam_, 999'999).error().kind, app::ErrorKind::NotFound);

  // HR reads the application (audited); the applicant's own view is not.
  ASSERT_TRUE(cohorts_->Application(hr_, id, "127.0.0.1").ok());
  ASSERT_TRUE(cohorts_->Application(leaders_[0], id, "127.0.0.1").ok());
  const auto audited =
      store().Read([&](app::Transaction& tx) { return tx.Get<app::AuditRepository>().ListRecent(100); });
  int viewed = 0;
  for (const auto& entry : audited) {
    if (entry.action == "cohort_application.viewed") {
      ++viewed;
      EXPECT_EQ(entry.actor_user_id, hr_.id);
    }
  }
  EXPECT_EQ(viewed, 1);
}

TEST_F(CohortApplications, AttendanceAtTheMeetingsCountsAsCourseDaysFromTheMeetingsDay) {
  const auto cohort = cohorts_->Create(hr_, Cohort(3), "127.0.0.1");
  ASSERT_TRUE(cohort.ok());
  ASSERT_TRUE(cohorts_->Admit(hr_, SignedOff(leaders_[0], cohort.value()), 2, "127.0.0.1").ok());
  ASSERT_TRUE(cohorts_->Admit(hr_, SignedOff(leaders_[1], cohort.value()), 2, "127.0.0.1").ok());
  const auto waiting = SignedOff(leaders_[2], cohort.value());  // signed off, not admitted
  const auto first = Meeting(cohort.value(), "2027-03-01", "Opstart");
  const auto second = Meeting(cohort.value(), "2027-03-29", "Ledelse af ledere");
  const auto leader0 = PersonId(leaders_[0]);
  const auto leader1 = PersonId(leaders_[1]);
  const auto leader2 = PersonId(leaders_[2]);
  EXPECT_THAT(CriteriaOf(leaders_[0]), HasSubstr("0 af 6 kursusdage"));

  // Before the meeting's day: refused, nothing written.
  const auto early = cohorts_->RecordAttendance(hr_, cohort.value(), first, leader0, "moedt", "127.0.0.1");
  ASSERT_FALSE(early.ok());
  EXPECT_EQ(early.error().kind, app::ErrorKind::Conflict);
  EXPECT_EQ(early.error().message, "Fremmødet kan først registreres på mødets dag, 01.03.2027.");

  // On the day (in the evening): the members' attendance; only present counts as a course day.
  now_ = *domain::CopenhagenMidnight(std::chrono::year{2027} / 3 / 1) + std::chrono::hours{20};
  ASSERT_TRUE(cohorts_->RecordAttendance(hr_, cohort.value(), first, leader0, "moedt", "127.0.0.1").ok());
  ASSERT_TRUE(cohorts_->RecordAttendance(hr_, cohort.value(), first, leader1, "udeblevet", "127.0.0.1").ok());
  EXPECT_THAT(CriteriaOf(leaders_[0]), HasSubstr("1 af 6 kursusdage"));
  EXPECT_THAT(CriteriaOf(leaders_[1]), HasSubstr("0 af 6 kursusdage"));
  // The second meeting is still to come.
  EXPECT_EQ(cohorts_->RecordAttendance(hr_, cohort.value(), second, leader0, "moedt", "127.0.0.1").error().kind,
            app::ErrorKind::Conflict);

  // Refusals: someone not admitted, an unknown choice, an unknown meeting or cohort, not Koncern HR.
  const auto outsider = cohorts_->RecordAttendance(hr_, cohort.value(), first, leader2, "moedt", "127.0.0.1");
  ASSERT_FALSE(outsider.ok());
  EXPECT_EQ(outsider.error().kind, app::ErrorKind::Invalid);
  ASSERT_EQ(outsider.error().field_errors.size(), 1U);
  EXPECT_EQ(outsider.error().field_errors[0].field, "attendance");
  EXPECT_EQ(outsider.error().field_errors[0].message,
            "Leder 2 er ikke optaget på holdet, så fremmødet kan ikke registreres.");
  EXPECT_EQ(Find(waiting).status, CohortApplicationStatus::SignedOff);
  EXPECT_EQ(cohorts_->RecordAttendance(hr_, cohort.value(), first, leader0, "tilstede", "127.0.0.1").error().kind,
            app::ErrorKind::Invalid);
  EXPECT_EQ(cohorts_->RecordAttendance(hr_, cohort.value(), 999'999, leader0, "moedt", "127.0.0.1").error().kind,
            app::ErrorKind::NotFound);
  EXPECT_EQ(cohorts_->RecordAttendance(hr_, 999'999, first, leader0, "moedt", "127.0.0.1").error().kind,
            app::ErrorKind::NotFound);
  EXPECT_EQ(cohorts_->RecordAttendance(leaders_[0], cohort.value(), first, leader0, "moedt", "127.0.0.1").error().kind,
            app::ErrorKind::Forbidden);

  // Changed later: the course days follow.
  now_ = *domain::CopenhagenMidnight(std::chrono::year{2027} / 3 / 30) + std::chrono::hours{9};
  ASSERT_TRUE(cohorts_->RecordAttendance(hr_, cohort.value(), second, leader0, "moedt", "127.0.0.1").ok());
  ASSERT_TRUE(cohorts_->RecordAttendance(hr_, cohort.value(), first, leader1, "moedt", "127.0.0.1").ok());
  ASSERT_TRUE(cohorts_->RecordAttendance(hr_, cohort.value(), second, leader1, "afmeldt-i-tide", "127.0.0.1").ok());
  EXPECT_THAT(CriteriaOf(leaders_[0]), HasSubstr("2 af 6 kursusdage"));
  EXPECT_THAT(CriteriaOf(leaders_[1]), HasSubstr("1 af 6 kursusdage"));

  // Koncern HR sees every member per meeting; a member sees their own attendance only.
  const auto hr_page = cohorts_->Page(hr_, cohort.value());
  ASSERT_TRUE(hr_page.ok());
  ASSERT_EQ(hr_page->rolls.size(), 2U);
  EXPECT_TRUE(hr_page->rolls[0].held);
  ASSERT_EQ(hr_page->rolls[1].lines.size(), 2U);
  EXPECT_EQ(hr_page->rolls[1].lines[0].attendance, app::Attendance::Present);
  EXPECT_EQ(hr_page->rolls[1].lines[1].attendance, app::Attendance::CancelledInTime);
  const auto member_page = cohorts_->Page(leaders_[1], cohort.value());
  ASSERT_TRUE(member_page.ok());
  ASSERT_EQ(member_page->rolls.size(), 2U);
  EXPECT_TRUE(member_page->rolls[0].lines.empty());
  EXPECT_EQ(member_page->rolls[0].mine, app::Attendance::Present);
  EXPECT_EQ(member_page->rolls[1].mine, app::Attendance::CancelledInTime);
  EXPECT_EQ(member_page->attended, 1);
  const auto outsider_page = cohorts_->Page(sam_, cohort.value());
  ASSERT_TRUE(outsider_page.ok());
  EXPECT_FALSE(outsider_page->rolls[0].mine.has_value());
  EXPECT_TRUE(outsider_page->rolls[0].lines.empty());

  // A meeting deleted takes its attendance along, and the course days are counted again.
  ASSERT_TRUE(cohorts_->DeleteMeeting(hr_, cohort.value(), second, "127.0.0.1").ok());
  EXPECT_THAT(CriteriaOf(leaders_[0]), HasSubstr("1 af 6 kursusdage"));
  EXPECT_THAT(CriteriaOf(leaders_[1]), HasSubstr("1 af 6 kursusdage"));
}

}  // namespace
}  // namespace lp::storage_test
