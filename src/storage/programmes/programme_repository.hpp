#pragma once

#include "app/programmes/programme_repository.hpp"
#include "storage/platform/transaction.hpp"

namespace lp::storage {

// app::ProgrammeRepository over SOCI (programmes, programme_requirements, programme_enrollments,
// programme_credits, programme_sessions, session_registrations; migration 015). One SQL text for both
// databases.
class SociProgrammeRepository final : public app::ProgrammeRepository {
 public:
  explicit SociProgrammeRepository(UnitOfWork& unit) : unit_(unit) {}

  long long CountProgrammes() override;
  std::vector<app::Programme> Programmes() override;
  std::optional<app::Programme> FindProgramme(app::ProgrammeId id) override;
  app::ProgrammeId CreateProgramme(const app::ProgrammeFields& fields,
                                   const std::vector<domain::Requirement>& requirements,
                                   std::optional<domain::UserId> by, domain::Timestamp at) override;
  bool UpdateProgramme(app::ProgrammeId id, int revision, const app::ProgrammeFields& fields,
                       const std::vector<domain::Requirement>& requirements, std::optional<domain::UserId> by,
                       domain::Timestamp at) override;
  bool SetProgrammeArchived(app::ProgrammeId id, int revision, std::optional<domain::Timestamp> archived_at,
                            std::optional<domain::UserId> by, domain::Timestamp at) override;

  app::EnrollmentId Enroll(const app::NewEnrollment& enrollment) override;
  std::optional<app::Enrollment> FindEnrollment(app::EnrollmentId id) override;
  std::vector<app::Enrollment> EnrollmentsOfPerson(domain::PersonId person) override;
  std::vector<app::Enrollment> EnrollmentsOfProgramme(app::ProgrammeId programme) override;
  std::vector<domain::PersonId> PeopleEverEnrolled(app::ProgrammeId programme) override;
  bool SetExemption(app::EnrollmentId id, int revision, bool exempt, const std::string& reason,
                    std::optional<domain::UserId> by, domain::Timestamp at) override;
  bool Withdraw(app::EnrollmentId id, int revision, const std::string& reason, std::optional<domain::UserId> by,
                domain::Timestamp at) override;
  std::int64_t AddCredit(const app::Credit& credit) override;
  std::vector<app::Credit> CreditsOf(app::EnrollmentId enrollment) override;
  void SetStepsDone(app::EnrollmentId enrollment, domain::ElementKind kind, int done, std::optional<domain::UserId> by,
                    domain::Timestamp at) override;
  std::vector<app::ElementTally> TalliesOfProgramme(app::ProgrammeId programme, domain::Timestamp now) override;
  std::vector<app::ElementTally> TalliesOfEnrollments(const std::vector<app::EnrollmentId>& enrollments,
                                                      domain::Timestamp now) override;

  void IssueCertificate(const app::Certificate& certificate) override;
  std::optional<app::Certificate> CertificateOfEnrollment(app::EnrollmentId enrollment) override;
  std::optional<app::Certificate> FindCertificate(const std::string& code) override;

  app::ProgrammeSessionId CreateSession(app::ProgrammeId programme, const app::SessionFields& fields,
                                        std::optional<domain::UserId> by, domain::Timestamp at) override;
  bool UpdateSession(app::ProgrammeSessionId id, int revision, const app::SessionFields& fields,
                     std::optional<domain::UserId> by, domain::Timestamp at) override;
  bool CancelSession(app::ProgrammeSessionId id, int revision, std::optional<domain::UserId> by,
                     domain::Timestamp at) override;
  std::optional<app::ProgrammeSession> FindSession(app::ProgrammeSessionId id) override;
  std::vector<app::ProgrammeSession> SessionsOfProgramme(app::ProgrammeId programme) override;
  std::vector<app::ProgrammeSession> SessionsBetween(domain::Timestamp from, domain::Timestamp until) override;

  std::optional<app::Registration> ActiveRegistration(app::ProgrammeSessionId session,
                                                      domain::PersonId person) override;
  std::optional<app::Registration> FindRegistration(app::RegistrationId id) override;
  app::RegistrationId AddRegistration(app::ProgrammeSessionId session, domain::PersonId person,
                                      app::RegistrationStatus status, std::optional<domain::UserId> by,
                                      domain::Timestamp at) override;
  bool CancelRegistration(app::RegistrationId id, bool in_time, domain::Timestamp at) override;
  std::optional<app::Registration> PromoteFirstWaiting(app::ProgrammeSessionId session, domain::Timestamp at) override;
  std::vector<app::Registration> RegistrationsOfSession(app::ProgrammeSessionId session) override;
  std::vector<std::pair<app::Registration, app::ProgrammeSession>> RegistrationsOfPerson(
      domain::PersonId person) override;
  bool SetAttendance(app::RegistrationId id, app::Attendance attendance, std::optional<domain::UserId> by,
                     domain::Timestamp at) override;

 private:
  void InsertRequirements(long long programme, const std::vector<domain::Requirement>& requirements);

  UnitOfWork& unit_;
};

}  // namespace lp::storage
