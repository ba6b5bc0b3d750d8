// Contract of app::CohortRepository (migration 019), run on SQLite and PostgreSQL: cohorts with their
// ordered checklist and member count, meetings and shared material, applications with their answers,
// one active application per person and cohort, the status steps guarded by revision and status, the
// members' attendance at the meetings (replaced, per cohort, gone with its meeting), and an unknown
// stored status refused.
#include <gmock/gmock.h>

#include <string>
#include <vector>

#include "app/programmes/cohort_repository.hpp"
#include "app/programmes/programme_repository.hpp"
#include "storage/programmes/programmes_storage.hpp"
#include "storage/store_fixture.hpp"

namespace lp::storage_test {
namespace {

using app::CohortApplicationStatus;
using ::testing::ElementsAre;
using ::testing::HasSubstr;

app::CohortFields SpringCohort() {
  app::CohortFields fields;
  fields.name = "Globetrotter forår 2027";
  fields.starts_on = Day(2027, 3, 1);
  fields.ends_on = Day(2027, 8, 27);
  fields.capacity = 2;
  fields.application_deadline = Day(2027, 1, 31);
  fields.description = "Seks mødegange.\nI Viborg og Aarhus.";
  fields.checklist = {"Samtale med egen leder", "Aftale om tid", "Et udviklingsspørgsmål"};
  return fields;
}

class CohortRepositoryContract : public StoreContract {
 protected:
  void SetUp() override {
    storage::StoreOptions options;
    storage::RegisterProgrammeRepositories(options.repositories);
    store_ = database_.Open(options);
    const auto ids = SeedOrganisation({{{"R", "Region", "", domain::UnitKind::Region}},
                                       {{"P1", "Anna", "Andersen", "anna@rm.dk", "Leder", "R"},
                                        {"P2", "Bo", "Berg", "bo@rm.dk", "Leder", "R"},
                                        {"P3", "Carl", "Carlsen", "carl@rm.dk", "Leder", "R"}},
                                       {}});
    anna_ = ids.people.at("P1");
    bo_ = ids.people.at("P2");
    carl_ = ids.people.at("P3");
    programme_ = store().Write([&](app::Transaction& tx) {
      app::ProgrammeFields fields;
      fields.kind = domain::ProgrammeKind::Globetrotter;
      fields.name = "Globetrotter";
      return tx.Get<app::ProgrammeRepository>().CreateProgramme(
          fields, {{domain::ElementKind::Preparation, 3, std::nullopt}}, std::nullopt, At(1));
    });
  }

  template <typename Work>
  auto Write(Work work) {
    return store().Write([&](app::Transaction& tx) { return work(tx.Get<app::CohortRepository>()); });
  }
  template <typename Work>
  auto Read(Work work) {
    return store().Read([&](app::Transaction& tx) { return work(tx.Get<app::CohortRepository>()); });
  }

  app::CohortId CreateCohort(const app::CohortFields& fields = SpringCohort()) {
    return Write([&](app::CohortRepository& r) { return r.CreateCohort(programme_, fields, std::nullopt, At(10)); });
  }

  app::CohortApplication Application(app::CohortId cohort, domain::PersonId person) const {
    app::CohortApplication application;
    application.programme = programme_;
    application.cohort = cohort;
    application.person = person;
    application.motivation = "Jeg vil lære.\nOg dele.";
    application.answers = {{1, true, "Holdt 3.1."}, {2, true, ""}, {3, false, "Mangler"}};
    application.submitted_at = At(100);
    application.created_at = At(100);
    return application;
  }

  app::EnrollmentId Enroll(domain::PersonId person) {
    return store().Write([&](app::Transaction& tx) {
      app::NewEnrollment enrollment;
      enrollment.programme = programme_;
      enrollment.person = person;
      enrollment.enrolled_on = Day(2027, 3, 1);
      enrollment.source = app::EnrollmentSource::Application;
      enrollment.at = At(200);
      return tx.Get<app::ProgrammeRepository>().Enroll(enrollment);
    });
  }

  app::ProgrammeId programme_ = 0;
  domain::PersonId anna_ = 0, bo_ = 0, carl_ = 0;
};

TEST_F(CohortRepositoryContract, CreatesUpdatesAndFindsCohortsWithTheirChecklistInOrder) {
  const auto spring = CreateCohort();
  auto autumn_fields = SpringCohort();
  autumn_fields.name = "Globetrotter efterår 2026";
  autumn_fields.starts_on = Day(2026, 9, 1);
  autumn_fields.ends_on = Day(2027, 2, 26);
  autumn_fields.application_deadline = Day(2026, 6, 15);
  autumn_fields.checklist = {"Ét punkt"};
  const auto autumn = CreateCohort(autumn_fields);

  const auto found = Read([&](app::CohortRepository& r) { return r.FindCohort(spring); });
  ASSERT_TRUE(found.has_value());
  EXPECT_EQ(found->fields, SpringCohort()) << "every field and the checklist in its order, line breaks kept";
  EXPECT_EQ(found->programme, programme_);
  EXPECT_EQ(found->members, 0);
  EXPECT_EQ(found->revision, 1);
  const auto list = Read([&](app::CohortRepository& r) { return r.CohortsOfProgramme(programme_); });
  ASSERT_EQ(list.size(), 2U);
  EXPECT_EQ(list[0].id, autumn) << "the earliest start first";
  EXPECT_THAT(list[0].fields.checklist, ElementsAre("Ét punkt"));
  EXPECT_EQ(list[1].id, spring);

  auto changed = SpringCohort();
  changed.capacity = 5;
  changed.checklist = {"Aftale om tid", "Samtale med egen leder"};
  EXPECT_TRUE(
      Write([&](app::CohortRepository& r) { return r.UpdateCohort(spring, 1, changed, std::nullopt, At(20)); }));
  EXPECT_FALSE(Write([&](app::CohortRepository& r) {
    return r.UpdateCohort(spring, 1, changed, std::nullopt, At(21));
  })) << "a stale revision changes nothing";
  const auto updated = Read([&](app::CohortRepository& r) { return r.FindCohort(spring); });
  EXPECT_EQ(updated->fields, changed);
  EXPECT_EQ(updated->revision, 2);
  EXPECT_FALSE(Read([&](app::CohortRepository& r) { return r.FindCohort(999'999); }).has_value());
}

TEST_F(CohortRepositoryContract, RefusesACohortThatEndsBeforeItStartsOrHasNoSeats) {
  auto backwards = SpringCohort();
  backwards.ends_on = Day(2027, 2, 1);
  EXPECT_THROW(CreateCohort(backwards), app::StorageError);
  auto no_seats = SpringCohort();
  no_seats.capacity = 0;
  EXPECT_THROW(CreateCohort(no_seats), app::StorageError);
  auto late_deadline = SpringCohort();
  late_deadline.application_deadline = Day(2027, 3, 2);
  EXPECT_THROW(CreateCohort(late_deadline), app::StorageError);
  EXPECT_TRUE(Read([&](app::CohortRepository& r) { return r.CohortsOfProgramme(programme_); }).empty())
      << "nothing half-written";
}

TEST_F(CohortRepositoryContract, KeepsMeetingsEarliestFirstAndMaterialNewestFirst) {
  const auto cohort = CreateCohort();
  const auto other = CreateCohort();
  app::CohortMeetingFields late{At(5'000), At(9'000), "Viborg", "", "Afslutning", "Noter\npå to linjer"};
  app::CohortMeetingFields early{At(1'000), At(2'000), "", "https://moede.rm.dk/x", "Opstart", ""};
  const auto late_id =
      Write([&](app::CohortRepository& r) { return r.AddMeeting(cohort, late, std::nullopt, At(30)); });
  const auto early_id =
      Write([&](app::CohortRepository& r) { return r.AddMeeting(cohort, early, std::nullopt, At(31)); });
  const auto meetings = Read([&](app::CohortRepository& r) { return r.MeetingsOf(cohort); });
  ASSERT_EQ(meetings.size(), 2U);
  EXPECT_EQ(meetings[0].id, early_id);
  EXPECT_EQ(meetings[0].fields.online_link, "https://moede.rm.dk/x");
  EXPECT_EQ(meetings[1].fields.notes, "Noter\npå to linjer");
  EXPECT_FALSE(Write([&](app::CohortRepository& r) { return r.DeleteMeeting(other, late_id); }))
      << "only within its own cohort";
  EXPECT_TRUE(Write([&](app::CohortRepository& r) { return r.DeleteMeeting(cohort, late_id); }));
  EXPECT_EQ(Read([&](app::CohortRepository& r) { return r.MeetingsOf(cohort); }).size(), 1U);
  app::CohortMeetingFields nowhere{At(1'000), At(2'000), "", "", "Intet sted", ""};
  EXPECT_THROW(Write([&](app::CohortRepository& r) { return r.AddMeeting(cohort, nowhere, std::nullopt, At(32)); }),
               app::StorageError);

  app::CohortMaterial first{0, cohort, "Læsestof", "https://rm.dk/a", "", std::nullopt, At(40)};
  app::CohortMaterial second{0, cohort, "Grupper", "", "Gruppe 1\nGruppe 2", std::nullopt, At(41)};
  const auto first_id = Write([&](app::CohortRepository& r) { return r.AddMaterial(first); });
  Write([&](app::CohortRepository& r) { return r.AddMaterial(second); });
  const auto materials = Read([&](app::CohortRepository& r) { return r.MaterialsOf(cohort); });
  ASSERT_EQ(materials.size(), 2U);
  EXPECT_EQ(materials[0].title, "Grupper");
  EXPECT_EQ(materials[0].body, "Gruppe 1\nGruppe 2");
  EXPECT_EQ(materials[1].link, "https://rm.dk/a");
  EXPECT_TRUE(Write([&](app::CohortRepository& r) { return r.DeleteMaterial(cohort, first_id); }));
  app::CohortMaterial empty{0, cohort, "Tom", "", "", std::nullopt, At(42)};
  EXPECT_THROW(Write([&](app::CohortRepository& r) { return r.AddMaterial(empty); }), app::StorageError);
}

TEST_F(CohortRepositoryContract, KeepsOneActiveApplicationPerPersonAndCohort) {
  const auto cohort = CreateCohort();
  const auto id = Write([&](app::CohortRepository& r) { return r.AddApplication(Application(cohort, anna_)); });
  const auto found = Read([&](app::CohortRepository& r) { return r.FindApplication(id); });
  ASSERT_TRUE(found.has_value());
  EXPECT_EQ(found->status, CohortApplicationStatus::Submitted);
  EXPECT_EQ(found->motivation, "Jeg vil lære.\nOg dele.");
  EXPECT_EQ(found->answers, Application(cohort, anna_).answers);
  EXPECT_EQ(found->programme, programme_);
  EXPECT_FALSE(found->enrollment.has_value());
  EXPECT_THROW(Write([&](app::CohortRepository& r) { return r.AddApplication(Application(cohort, anna_)); }),
               app::ConstraintViolation);
  EXPECT_EQ(Read([&](app::CohortRepository& r) { return r.ActiveApplication(cohort, anna_); })->id, id);
  EXPECT_TRUE(Write([&](app::CohortRepository& r) { return r.Withdraw(id, 1, At(110)); }));
  EXPECT_FALSE(Read([&](app::CohortRepository& r) { return r.ActiveApplication(cohort, anna_); }).has_value());
  const auto again = Write([&](app::CohortRepository& r) { return r.AddApplication(Application(cohort, anna_)); });
  EXPECT_NE(again, id) << "after a withdrawal one may apply again";
  const auto mine = Read([&](app::CohortRepository& r) { return r.ApplicationsOfPerson(anna_); });
  ASSERT_EQ(mine.size(), 2U);
  EXPECT_EQ(mine[0].status, CohortApplicationStatus::Submitted);
  EXPECT_EQ(mine[1].status, CohortApplicationStatus::Withdrawn);
}

TEST_F(CohortRepositoryContract, StepsAnApplicationThroughSignOffAndDecisionGuardedByRevisionAndStatus) {
  const auto cohort = CreateCohort();
  const auto anna = Write([&](app::CohortRepository& r) { return r.AddApplication(Application(cohort, anna_)); });
  const auto bo = Write([&](app::CohortRepository& r) { return r.AddApplication(Application(cohort, bo_)); });
  const auto carl = Write([&](app::CohortRepository& r) { return r.AddApplication(Application(cohort, carl_)); });

  // Returned, then submitted again with new answers.
  EXPECT_TRUE(Write([&](app::CohortRepository& r) {
    return r.RecordSignOff(bo, 1, CohortApplicationStatus::Returned, std::nullopt, "Tal med mig først.", At(120));
  }));
  EXPECT_FALSE(Write([&](app::CohortRepository& r) {
    return r.RecordSignOff(bo, 2, CohortApplicationStatus::SignedOff, std::nullopt, "", At(121));
  })) << "only a submitted application is signed off";
  const std::vector<app::CohortChecklistAnswer> all_done = {{1, true, "Ja"}, {2, true, "Ja"}, {3, true, "Ja"}};
  EXPECT_FALSE(Write([&](app::CohortRepository& r) { return r.Resubmit(bo, 1, "Ny", all_done, At(122)); }))
      << "stale revision";
  EXPECT_TRUE(Write([&](app::CohortRepository& r) { return r.Resubmit(bo, 2, "Ny motivation", all_done, At(123)); }));
  const auto resubmitted = Read([&](app::CohortRepository& r) { return r.FindApplication(bo); });
  EXPECT_EQ(resubmitted->status, CohortApplicationStatus::Submitted);
  EXPECT_EQ(resubmitted->answers, all_done);
  EXPECT_EQ(resubmitted->motivation, "Ny motivation");
  EXPECT_EQ(resubmitted->signoff_comment, "Tal med mig først.") << "the comment stays until a new one";
  EXPECT_FALSE(resubmitted->signed_off_at.has_value());

  // Signed off and admitted with an enrolment; the cohort counts the member.
  EXPECT_TRUE(Write([&](app::CohortRepository& r) {
    return r.RecordSignOff(anna, 1, CohortApplicationStatus::SignedOff, std::nullopt, "Fint.", At(130));
  }));
  const auto enrolment = Enroll(anna_);
  EXPECT_FALSE(Write([&](app::CohortRepository& r) {
    return r.RecordDecision(anna, 1, CohortApplicationStatus::Admitted, enrolment, std::nullopt, "", At(140));
  })) << "stale revision";
  EXPECT_TRUE(Write([&](app::CohortRepository& r) {
    return r.RecordDecision(anna, 2, CohortApplicationStatus::Admitted, enrolment, std::nullopt, "", At(140));
  }));
  const auto admitted = Read([&](app::CohortRepository& r) { return r.FindApplication(anna); });
  EXPECT_EQ(admitted->status, CohortApplicationStatus::Admitted);
  EXPECT_EQ(admitted->enrollment, enrolment);
  EXPECT_EQ(admitted->signoff_comment, "Fint.");
  EXPECT_EQ(admitted->decided_at, At(140));
  EXPECT_EQ(Read([&](app::CohortRepository& r) { return r.FindCohort(cohort); })->members, 1);
  EXPECT_FALSE(Write([&](app::CohortRepository& r) { return r.Withdraw(anna, 3, At(141)); }))
      << "a decided application is not withdrawn";

  // Rejected with a reason: no longer active.
  EXPECT_TRUE(Write([&](app::CohortRepository& r) {
    return r.RecordSignOff(carl, 1, CohortApplicationStatus::SignedOff, std::nullopt, "", At(150));
  }));
  EXPECT_TRUE(Write([&](app::CohortRepository& r) {
    return r.RecordDecision(carl, 2, CohortApplicationStatus::Rejected, std::nullopt, std::nullopt, "Fuldt.", At(151));
  }));
  EXPECT_FALSE(Read([&](app::CohortRepository& r) { return r.ActiveApplication(cohort, carl_); }).has_value());
  EXPECT_EQ(Read([&](app::CohortRepository& r) { return r.FindApplication(carl); })->decision_reason, "Fuldt.");

  const auto submitted =
      Read([&](app::CohortRepository& r) { return r.ApplicationsInStatus(CohortApplicationStatus::Submitted); });
  ASSERT_EQ(submitted.size(), 1U);
  EXPECT_EQ(submitted[0].id, bo);
  EXPECT_EQ(Read([&](app::CohortRepository& r) { return r.ApplicationsOfCohort(cohort); }).size(), 3U);
}

TEST_F(CohortRepositoryContract, AnUnknownStoredStatusIsAStorageError) {
  const auto cohort = CreateCohort();
  const auto id = Write([&](app::CohortRepository& r) { return r.AddApplication(Application(cohort, anna_)); });
  const std::string update = "UPDATE cohort_applications SET status = 'bogus' WHERE id = " + std::to_string(id);
  if (database_.backend() == "sqlite") {
    database_.Execute("PRAGMA ignore_check_constraints = ON; " + update);
  } else {
    database_.Execute(
        "DO $$ DECLARE c record; BEGIN FOR c IN SELECT conname FROM pg_constraint WHERE conrelid = "
        "'cohort_applications'::regclass AND contype = 'c' LOOP EXECUTE format('ALTER TABLE cohort_applications DROP "
        "CONSTRAINT %I', c.conname); END LOOP; END $$; " +
        update);
  }
  try {
    Read([&](app::CohortRepository& r) { return r.FindApplication(id); });
    ADD_FAILURE() << "reading status = 'bogus' did not throw";
  } catch (const app::StorageError& error) {
    EXPECT_THAT(error.what(), HasSubstr("cohort_applications.status"));
    EXPECT_THAT(error.what(), HasSubstr("bogus"));
  }
}

TEST_F(CohortRepositoryContract, KeepsEachMembersAttendanceAtAMeetingReplacedAndGoneWithTheMeeting) {
  const auto cohort = CreateCohort();
  const auto other = CreateCohort();
  const auto hr = CreateUser("hr@rm.dk", {domain::Role::Hr});
  app::CohortMeetingFields opening{At(1'000), At(2'000), "Viborg", "", "Opstart", ""};
  app::CohortMeetingFields closing{At(5'000), At(9'000), "Aarhus", "", "Afslutning", ""};
  const auto first =
      Write([&](app::CohortRepository& r) { return r.AddMeeting(cohort, closing, std::nullopt, At(30)); });
  const auto earlier =
      Write([&](app::CohortRepository& r) { return r.AddMeeting(cohort, opening, std::nullopt, At(31)); });
  const auto elsewhere =
      Write([&](app::CohortRepository& r) { return r.AddMeeting(other, opening, std::nullopt, At(32)); });
  EXPECT_TRUE(Read([&](app::CohortRepository& r) { return r.AttendanceOfCohort(cohort); }).empty());

  const app::CohortMeetingAttendance bo_late{first, bo_, app::Attendance::Absent, hr, At(6'000)};
  const app::CohortMeetingAttendance anna_late{first, anna_, app::Attendance::Present, std::nullopt, At(6'001)};
  const app::CohortMeetingAttendance anna_early{earlier, anna_, app::Attendance::CancelledInTime, hr, At(6'002)};
  const app::CohortMeetingAttendance carl_elsewhere{elsewhere, carl_, app::Attendance::Present, hr, At(6'003)};
  for (const auto& record : {bo_late, anna_late, anna_early, carl_elsewhere}) {
    Write([&](app::CohortRepository& r) {
      r.SetMeetingAttendance(record);
      return 0;
    });
  }
  // By meeting (the earliest first), then person; only the cohort's own meetings.
  EXPECT_THAT(Read([&](app::CohortRepository& r) { return r.AttendanceOfCohort(cohort); }),
              ElementsAre(anna_early, anna_late, bo_late));
  EXPECT_THAT(Read([&](app::CohortRepository& r) { return r.AttendanceOfCohort(other); }), ElementsAre(carl_elsewhere));

  // Recorded again: replaced, who and when included.
  const app::CohortMeetingAttendance bo_changed{first, bo_, app::Attendance::Present, std::nullopt, At(7'000)};
  Write([&](app::CohortRepository& r) {
    r.SetMeetingAttendance(bo_changed);
    return 0;
  });
  EXPECT_THAT(Read([&](app::CohortRepository& r) { return r.AttendanceOfCohort(cohort); }),
              ElementsAre(anna_early, anna_late, bo_changed));

  // Someone who is not a person, or a meeting that does not exist: refused, nothing written.
  const app::CohortMeetingAttendance nobody{first, 999'999, app::Attendance::Present, std::nullopt, At(7'001)};
  EXPECT_THROW(Write([&](app::CohortRepository& r) {
                 r.SetMeetingAttendance(nobody);
                 return 0;
               }),
               app::StorageError);
  const app::CohortMeetingAttendance nowhere{999'999, anna_, app::Attendance::Present, std::nullopt, At(7'002)};
  EXPECT_THROW(Write([&](app::CohortRepository& r) {
                 r.SetMeetingAttendance(nowhere);
                 return 0;
               }),
               app::StorageError);

  // A deleted meeting takes its attendance along.
  EXPECT_TRUE(Write([&](app::CohortRepository& r) { return r.DeleteMeeting(cohort, first); }));
  EXPECT_THAT(Read([&](app::CohortRepository& r) { return r.AttendanceOfCohort(cohort); }), ElementsAre(anna_early));
}

}  // namespace
}  // namespace lp::storage_test
