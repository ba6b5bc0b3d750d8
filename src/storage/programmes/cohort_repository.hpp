#pragma once

#include "app/programmes/cohort_repository.hpp"
#include "storage/platform/transaction.hpp"

namespace lp::storage {

// app::CohortRepository over SOCI (programme_cohorts, cohort_checklist_items, cohort_meetings,
// cohort_meeting_attendance, cohort_materials, cohort_applications, cohort_application_answers;
// migration 019). One SQL text for
// both databases.
class SociCohortRepository final : public app::CohortRepository {
 public:
  explicit SociCohortRepository(UnitOfWork& unit) : unit_(unit) {}

  app::CohortId CreateCohort(app::ProgrammeId programme, const app::CohortFields& fields,
                             std::optional<domain::UserId> by, domain::Timestamp at) override;
  bool UpdateCohort(app::CohortId id, int revision, const app::CohortFields& fields, std::optional<domain::UserId> by,
                    domain::Timestamp at) override;
  std::optional<app::Cohort> FindCohort(app::CohortId id) override;
  std::vector<app::Cohort> CohortsOfProgramme(app::ProgrammeId programme) override;

  app::CohortMeetingId AddMeeting(app::CohortId cohort, const app::CohortMeetingFields& fields,
                                  std::optional<domain::UserId> by, domain::Timestamp at) override;
  bool DeleteMeeting(app::CohortId cohort, app::CohortMeetingId id) override;
  std::vector<app::CohortMeeting> MeetingsOf(app::CohortId cohort) override;
  void SetMeetingAttendance(const app::CohortMeetingAttendance& attendance) override;
  std::vector<app::CohortMeetingAttendance> AttendanceOfCohort(app::CohortId cohort) override;
  app::CohortMaterialId AddMaterial(const app::CohortMaterial& material) override;
  bool DeleteMaterial(app::CohortId cohort, app::CohortMaterialId id) override;
  std::vector<app::CohortMaterial> MaterialsOf(app::CohortId cohort) override;

  app::CohortApplicationId AddApplication(const app::CohortApplication& application) override;
  std::optional<app::CohortApplication> FindApplication(app::CohortApplicationId id) override;
  std::optional<app::CohortApplication> ActiveApplication(app::CohortId cohort, domain::PersonId person) override;
  std::vector<app::CohortApplication> ApplicationsOfPerson(domain::PersonId person) override;
  std::vector<app::CohortApplication> ApplicationsOfCohort(app::CohortId cohort) override;
  std::vector<app::CohortApplication> ApplicationsInStatus(app::CohortApplicationStatus status) override;
  bool Resubmit(app::CohortApplicationId id, int revision, const std::string& motivation,
                const std::vector<app::CohortChecklistAnswer>& answers, domain::Timestamp at) override;
  bool RecordSignOff(app::CohortApplicationId id, int revision, app::CohortApplicationStatus status,
                     std::optional<domain::UserId> by, const std::string& comment, domain::Timestamp at) override;
  bool RecordDecision(app::CohortApplicationId id, int revision, app::CohortApplicationStatus status,
                      std::optional<app::EnrollmentId> enrollment, std::optional<domain::UserId> by,
                      const std::string& reason, domain::Timestamp at) override;
  bool Withdraw(app::CohortApplicationId id, int revision, domain::Timestamp at) override;

 private:
  void InsertChecklist(long long cohort, const std::vector<std::string>& checklist);
  void InsertAnswers(long long application, const std::vector<app::CohortChecklistAnswer>& answers);
  void LoadChecklists(std::vector<app::Cohort>& cohorts);
  void LoadAnswers(std::vector<app::CohortApplication>& applications);

  UnitOfWork& unit_;
};

}  // namespace lp::storage
