#pragma once

// The storage interface of Globetrotter's cohorts and applications (issue 17; tables of migration
// 019): a cohort of a programme with its preparation checklist, meetings and shared material, and the
// applications for it with the applicant's checklist answers, the leader's sign-off and Koncern HR's
// decision; the members' attendance at the meetings.
//
// Conventions as in programme_repository.hpp: moments are domain::Timestamp (seconds, UTC), days are
// year_month_day; an update guarded by a revision changes nothing and returns false when the row is no
// longer at that revision (or does not exist); a write that breaks a unique rule (a second active
// application of a person for a cohort) throws ConstraintViolation. The service counts seats and
// admits inside one write unit of work (one writer at a time), so a cohort is never overfilled.

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "app/programmes/programme_repository.hpp"
#include "domain/platform/enum_table.hpp"
#include "domain/platform/time.hpp"
#include "domain/platform/user.hpp"

namespace lp::app {

using CohortId = std::int64_t;
using CohortMeetingId = std::int64_t;
using CohortMaterialId = std::int64_t;
using CohortApplicationId = std::int64_t;

struct CohortFields {
  std::string name;  // "Globetrotter forår 2027"
  std::chrono::year_month_day starts_on;
  std::chrono::year_month_day ends_on;               // after starts_on
  int capacity = 20;                                 // at least 1
  std::chrono::year_month_day application_deadline;  // on or before starts_on
  std::string description;                           // multi-line
  std::vector<std::string> checklist;                // the preparation steps, in order

  friend bool operator==(const CohortFields&, const CohortFields&) = default;
};

struct Cohort {
  CohortId id = 0;
  ProgrammeId programme = 0;
  CohortFields fields;
  int members = 0;  // admitted applications
  int revision = 1;
  domain::Timestamp updated_at{};
};

struct CohortMeetingFields {
  domain::Timestamp starts_at{};
  domain::Timestamp ends_at{};  // after starts_at
  std::string place;            // or empty when online
  std::string online_link;      // https URL or empty
  std::string theme;
  std::string notes;  // multi-line
};

struct CohortMeeting {
  CohortMeetingId id = 0;
  CohortId cohort = 0;
  CohortMeetingFields fields;
};

// A member's attendance at a meeting (the codes and labels of session attendance, app::Attendance).
struct CohortMeetingAttendance {
  CohortMeetingId meeting = 0;
  domain::PersonId person = 0;
  Attendance attendance = Attendance::Present;
  std::optional<domain::UserId> recorded_by;
  domain::Timestamp recorded_at{};

  friend bool operator==(const CohortMeetingAttendance&, const CohortMeetingAttendance&) = default;
};

struct CohortMaterial {
  CohortMaterialId id = 0;
  CohortId cohort = 0;
  std::string title;
  std::string link;  // https URL or empty
  std::string body;  // multi-line text or empty (not both empty)
  std::optional<domain::UserId> added_by;
  domain::Timestamp added_at{};
};

enum class CohortApplicationStatus { Submitted, SignedOff, Returned, Admitted, Rejected, Withdrawn };
inline constexpr auto kCohortApplicationStatusTable = domain::MakeEnumTable<CohortApplicationStatus>({
    {CohortApplicationStatus::Submitted, "indsendt", "Venter på lederens godkendelse"},
    {CohortApplicationStatus::SignedOff, "godkendt-lokalt", "Godkendt lokalt, venter på Koncern HR"},
    {CohortApplicationStatus::Returned, "sendt-tilbage", "Sendt tilbage til ændringer"},
    {CohortApplicationStatus::Admitted, "optaget", "Optaget"},
    {CohortApplicationStatus::Rejected, "afslaaet", "Afslået"},
    {CohortApplicationStatus::Withdrawn, "trukket-tilbage", "Trukket tilbage"},
});
// Neither withdrawn nor rejected: at most one per person and cohort.
inline bool IsActiveApplication(CohortApplicationStatus status) {
  return status != CohortApplicationStatus::Withdrawn && status != CohortApplicationStatus::Rejected;
}

// One answer of the checklist, by the item's position (1-based).
struct CohortChecklistAnswer {
  int position = 1;
  bool done = false;
  std::string note;

  friend bool operator==(const CohortChecklistAnswer&, const CohortChecklistAnswer&) = default;
};

struct CohortApplication {
  CohortApplicationId id = 0;
  ProgrammeId programme = 0;
  CohortId cohort = 0;
  domain::PersonId person = 0;
  std::string motivation;
  CohortApplicationStatus status = CohortApplicationStatus::Submitted;
  std::vector<CohortChecklistAnswer> answers;   // by position
  domain::Timestamp submitted_at{};             // the latest submission
  std::optional<domain::UserId> signed_off_by;  // also who returned it
  std::optional<domain::Timestamp> signed_off_at;
  std::string signoff_comment;
  std::optional<domain::UserId> decided_by;
  std::optional<domain::Timestamp> decided_at;
  std::string decision_reason;
  std::optional<EnrollmentId> enrollment;  // when admitted
  int revision = 1;
  domain::Timestamp created_at{};
  domain::Timestamp updated_at{};
};

class CohortRepository {
 public:
  virtual ~CohortRepository() = default;

  // ---- cohorts
  virtual CohortId CreateCohort(ProgrammeId programme, const CohortFields& fields, std::optional<domain::UserId> by,
                                domain::Timestamp at) = 0;
  // Replaces the fields and the whole checklist, guarded by the revision.
  virtual bool UpdateCohort(CohortId id, int revision, const CohortFields& fields, std::optional<domain::UserId> by,
                            domain::Timestamp at) = 0;
  virtual std::optional<Cohort> FindCohort(CohortId id) = 0;
  // The programme's cohorts, the earliest start first.
  virtual std::vector<Cohort> CohortsOfProgramme(ProgrammeId programme) = 0;

  // ---- meetings and material
  virtual CohortMeetingId AddMeeting(CohortId cohort, const CohortMeetingFields& fields,
                                     std::optional<domain::UserId> by, domain::Timestamp at) = 0;
  virtual bool DeleteMeeting(CohortId cohort, CohortMeetingId id) = 0;
  virtual std::vector<CohortMeeting> MeetingsOf(CohortId cohort) = 0;  // the earliest first
  // Records the person's attendance at the meeting, replacing an earlier record (deleting a meeting
  // deletes its records).
  virtual void SetMeetingAttendance(const CohortMeetingAttendance& attendance) = 0;
  // The records of the cohort's meetings, by meeting (the earliest first) and person.
  virtual std::vector<CohortMeetingAttendance> AttendanceOfCohort(CohortId cohort) = 0;
  virtual CohortMaterialId AddMaterial(const CohortMaterial& material) = 0;  // id is ignored
  virtual bool DeleteMaterial(CohortId cohort, CohortMaterialId id) = 0;
  virtual std::vector<CohortMaterial> MaterialsOf(CohortId cohort) = 0;  // the newest first

  // ---- applications
  // Status Submitted with its answers. ConstraintViolation when the person has an active one for the cohort.
  virtual CohortApplicationId AddApplication(const CohortApplication& application) = 0;
  virtual std::optional<CohortApplication> FindApplication(CohortApplicationId id) = 0;
  // The active application of the person for the cohort, if any.
  virtual std::optional<CohortApplication> ActiveApplication(CohortId cohort, domain::PersonId person) = 0;
  // The person's applications (all statuses), the newest first.
  virtual std::vector<CohortApplication> ApplicationsOfPerson(domain::PersonId person) = 0;
  // The cohort's applications (all statuses), the oldest first.
  virtual std::vector<CohortApplication> ApplicationsOfCohort(CohortId cohort) = 0;
  // Every application in the status, the oldest first.
  virtual std::vector<CohortApplication> ApplicationsInStatus(CohortApplicationStatus status) = 0;
  // A returned application submitted again: new motivation and answers, status Submitted, the
  // sign-off cleared (the comment is kept until the leader writes a new one). Guarded by the revision.
  virtual bool Resubmit(CohortApplicationId id, int revision, const std::string& motivation,
                        const std::vector<CohortChecklistAnswer>& answers, domain::Timestamp at) = 0;
  // The leader's step: SignedOff or Returned, with who, when and the comment. Guarded by the revision.
  virtual bool RecordSignOff(CohortApplicationId id, int revision, CohortApplicationStatus status,
                             std::optional<domain::UserId> by, const std::string& comment, domain::Timestamp at) = 0;
  // Koncern HR's decision: Admitted (with the enrolment) or Rejected (with the reason). Guarded by the revision.
  virtual bool RecordDecision(CohortApplicationId id, int revision, CohortApplicationStatus status,
                              std::optional<EnrollmentId> enrollment, std::optional<domain::UserId> by,
                              const std::string& reason, domain::Timestamp at) = 0;
  virtual bool Withdraw(CohortApplicationId id, int revision, domain::Timestamp at) = 0;
};

}  // namespace lp::app
