#pragma once

// The storage interface of the leadership development programmes (issue 17; tables of migration
// 015): the catalogue with each programme's requirements, the participants' enrolments with HR's
// credits and exemptions, and the sessions (course days, sparring sessions, short courses) with their
// registrations, waitlists and attendance.
//
// Conventions as elsewhere: moments are domain::Timestamp (seconds, UTC), days are year_month_day;
// updates guarded by a revision change nothing and return false when the row is no longer at that
// revision (or does not exist); a write that would break a unique rule throws ConstraintViolation.
// The writes that decide a seat (Register, Cancel) are made by the service inside one write unit of
// work (app::Store::Write, one writer at a time), so counting the seats and taking one cannot be
// interleaved with another registration, on SQLite and on PostgreSQL alike.

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "domain/organisation/organisation.hpp"
#include "domain/platform/time.hpp"
#include "domain/platform/user.hpp"
#include "domain/programmes/programmes.hpp"

namespace lp::app {

using ProgrammeId = std::int64_t;
using EnrollmentId = std::int64_t;
using ProgrammeSessionId = std::int64_t;
using RegistrationId = std::int64_t;

// ---- the catalogue

struct ProgrammeFields {
  domain::ProgrammeKind kind = domain::ProgrammeKind::Course;
  std::string name;          // "Ledervejen"
  std::string summary;       // one or two sentences for the catalogue list
  std::string target_group;  // who it is for
  std::string purpose;
  std::string content;   // Markdown: what happens, in what order
  std::string duration;  // "2 år", "et halvt år", "2 × 2 kursusdage"
  std::string price;     // price and time cost, as text ("Betales centralt; 12 dage ud af kalenderen")
  std::string contact;   // who to ask (name, e-mail)
  bool open = true;      // open for enrolment and applications
  bool mandatory = false;

  friend bool operator==(const ProgrammeFields&, const ProgrammeFields&) = default;
};

struct Programme {
  ProgrammeId id = 0;
  ProgrammeFields fields;
  std::vector<domain::Requirement> requirements;  // in the order given when saved
  int position = 0;                               // the catalogue's order
  std::optional<domain::Timestamp> archived_at;   // archived: kept for its participants, not offered
  int revision = 1;
  domain::Timestamp updated_at{};
};

// ---- enrolments

enum class EnrollmentSource { Automatic, Hr, Application, Nomination };
inline constexpr auto kEnrollmentSourceTable = domain::MakeEnumTable<EnrollmentSource>({
    {EnrollmentSource::Automatic, "automatisk", "Tilmeldt automatisk som ny leder"},
    {EnrollmentSource::Hr, "hr", "Tilmeldt af HR"},
    {EnrollmentSource::Application, "ansoegning", "Optaget efter ansøgning"},
    {EnrollmentSource::Nomination, "indstilling", "Indstillet af sin leder"},
});

struct NewEnrollment {
  ProgrammeId programme = 0;
  domain::PersonId person = 0;
  std::optional<domain::LeaderKind> variant;  // Ledervejen: the kind of leader
  std::chrono::year_month_day enrolled_on;    // Ledervejen: leader-since
  std::optional<std::chrono::year_month_day> deadline;
  EnrollmentSource source = EnrollmentSource::Hr;
  std::optional<domain::UserId> by;  // none: the system (automatic enrolment)
  domain::Timestamp at{};
};

struct Enrollment {
  EnrollmentId id = 0;
  ProgrammeId programme = 0;
  domain::PersonId person = 0;
  std::optional<domain::LeaderKind> variant;
  std::chrono::year_month_day enrolled_on;
  std::optional<std::chrono::year_month_day> deadline;
  EnrollmentSource source = EnrollmentSource::Hr;
  bool exempt = false;
  std::string exemption_reason;                   // when exempt
  std::optional<domain::Timestamp> withdrawn_at;  // withdrawn enrolments stay as history
  std::string withdrawal_reason;
  int revision = 1;
  domain::Timestamp created_at{};
  domain::Timestamp updated_at{};
};

// A credit HR records: so many elements of a kind counted as done, with the reason (merit from an
// earlier programme, a course elsewhere).
struct Credit {
  std::int64_t id = 0;
  EnrollmentId enrollment = 0;
  domain::ElementKind kind = domain::ElementKind::CourseDay;
  int count = 1;  // at least 1
  std::string reason;
  std::optional<domain::UserId> by;
  domain::Timestamp at{};
};

// ---- sessions

enum class SessionStatus { Planned, Cancelled };

struct SessionFields {
  domain::ElementKind kind = domain::ElementKind::CourseDay;  // one that HasSessions
  std::string title;                                          // "Kursusdag 3: Ledelse af forandring"
  domain::Timestamp starts_at{};
  domain::Timestamp ends_at{};                        // after starts_at
  std::string place;                                  // address or room; may be empty when online
  std::string online_link;                            // https URL or empty
  std::string teacher;                                // teacher or leadership consultant
  int capacity = 20;                                  // at least 1
  std::chrono::year_month_day registration_deadline;  // on or before the day it starts
  std::chrono::year_month_day cancellation_deadline;  // cancelled later counts as absent
  std::optional<domain::UserId> organiser;            // may see participants and register attendance
};

struct ProgrammeSession {
  ProgrammeSessionId id = 0;
  ProgrammeId programme = 0;
  SessionFields fields;
  SessionStatus status = SessionStatus::Planned;
  int registered = 0;  // holding a seat
  int waiting = 0;     // on the waitlist
  int revision = 1;
  domain::Timestamp updated_at{};
};

enum class RegistrationStatus { Registered, Waitlisted, Cancelled };
enum class Attendance { Present, Absent, CancelledInTime };

struct Registration {
  RegistrationId id = 0;
  ProgrammeSessionId session = 0;
  domain::PersonId person = 0;
  RegistrationStatus status = RegistrationStatus::Registered;
  int waitlist_position = 0;  // 1-based while waitlisted, 0 otherwise
  std::optional<Attendance> attendance;
  domain::Timestamp registered_at{};
  std::optional<domain::Timestamp> cancelled_at;
  std::optional<domain::UserId> by;  // who registered (the person, HR for them)
};

// What a person has of each element kind in a programme: attended sessions, HR's credits, and seats
// held in sessions still to come (after `now`).
struct ElementTally {
  EnrollmentId enrollment = 0;
  domain::ElementKind kind = domain::ElementKind::CourseDay;
  int attended = 0;
  int credited = 0;
  int booked = 0;
};

// A participation certificate (migration 016).
struct Certificate {
  EnrollmentId enrollment = 0;
  std::string code;      // 12 characters, without dashes
  std::string criteria;  // the status's criteria when it was issued
  domain::Timestamp issued_at{};
};

class ProgrammeRepository {
 public:
  virtual ~ProgrammeRepository() = default;

  // ---- the catalogue
  virtual long long CountProgrammes() = 0;
  // Every programme, archived ones included, in the catalogue's order (position, then id).
  virtual std::vector<Programme> Programmes() = 0;
  virtual std::optional<Programme> FindProgramme(ProgrammeId id) = 0;
  // Appended at the end of the catalogue.
  virtual ProgrammeId CreateProgramme(const ProgrammeFields& fields,
                                      const std::vector<domain::Requirement>& requirements,
                                      std::optional<domain::UserId> by, domain::Timestamp at) = 0;
  // Replaces the fields and every requirement, guarded by the revision.
  virtual bool UpdateProgramme(ProgrammeId id, int revision, const ProgrammeFields& fields,
                               const std::vector<domain::Requirement>& requirements, std::optional<domain::UserId> by,
                               domain::Timestamp at) = 0;
  virtual bool SetProgrammeArchived(ProgrammeId id, int revision, std::optional<domain::Timestamp> archived_at,
                                    std::optional<domain::UserId> by, domain::Timestamp at) = 0;

  // ---- enrolments
  // ConstraintViolation when the person has an enrolment in the programme that is not withdrawn.
  virtual EnrollmentId Enroll(const NewEnrollment& enrollment) = 0;
  virtual std::optional<Enrollment> FindEnrollment(EnrollmentId id) = 0;
  // The person's enrolments (withdrawn ones included), the newest first.
  virtual std::vector<Enrollment> EnrollmentsOfPerson(domain::PersonId person) = 0;
  // The programme's enrolments (withdrawn ones included), by id.
  virtual std::vector<Enrollment> EnrollmentsOfProgramme(ProgrammeId programme) = 0;
  // Everyone who was ever enrolled in the programme (withdrawn included), for automatic enrolment
  // not to enrol anyone twice.
  virtual std::vector<domain::PersonId> PeopleEverEnrolled(ProgrammeId programme) = 0;
  virtual bool SetExemption(EnrollmentId id, int revision, bool exempt, const std::string& reason,
                            std::optional<domain::UserId> by, domain::Timestamp at) = 0;
  virtual bool Withdraw(EnrollmentId id, int revision, const std::string& reason, std::optional<domain::UserId> by,
                        domain::Timestamp at) = 0;
  virtual std::int64_t AddCredit(const Credit& credit) = 0;            // credit.id is ignored
  virtual std::vector<Credit> CreditsOf(EnrollmentId enrollment) = 0;  // oldest first
  // Sets how many elements of the kind the enrolment has done outside sessions (steps of local
  // preparation signed off, a personal plan agreed, team sparring meetings held); replaces the previous
  // figure for that enrolment and kind (0 clears it). Counted as attended in the tallies (migration 017).
  virtual void SetStepsDone(EnrollmentId enrollment, domain::ElementKind kind, int done,
                            std::optional<domain::UserId> by, domain::Timestamp at) = 0;
  // The tallies of every enrolment of the programme that is not withdrawn (one grouped query); kinds
  // with nothing are left out. Attendance counts sessions of the programme marked Present and the steps
  // done outside sessions (SetStepsDone).
  virtual std::vector<ElementTally> TalliesOfProgramme(ProgrammeId programme, domain::Timestamp now) = 0;
  // The same for the given enrolments (of any programmes).
  virtual std::vector<ElementTally> TalliesOfEnrollments(const std::vector<EnrollmentId>& enrollments,
                                                         domain::Timestamp now) = 0;

  // ---- certificates
  // ConstraintViolation when the enrolment has one already or the code is taken.
  virtual void IssueCertificate(const Certificate& certificate) = 0;
  virtual std::optional<Certificate> CertificateOfEnrollment(EnrollmentId enrollment) = 0;
  virtual std::optional<Certificate> FindCertificate(const std::string& code) = 0;

  // ---- sessions
  virtual ProgrammeSessionId CreateSession(ProgrammeId programme, const SessionFields& fields,
                                           std::optional<domain::UserId> by, domain::Timestamp at) = 0;
  virtual bool UpdateSession(ProgrammeSessionId id, int revision, const SessionFields& fields,
                             std::optional<domain::UserId> by, domain::Timestamp at) = 0;
  virtual bool CancelSession(ProgrammeSessionId id, int revision, std::optional<domain::UserId> by,
                             domain::Timestamp at) = 0;
  virtual std::optional<ProgrammeSession> FindSession(ProgrammeSessionId id) = 0;
  // The programme's sessions (cancelled ones included), the earliest first.
  virtual std::vector<ProgrammeSession> SessionsOfProgramme(ProgrammeId programme) = 0;
  // Every session starting in [from, until), the earliest first (the organisers' forecast, calendars).
  virtual std::vector<ProgrammeSession> SessionsBetween(domain::Timestamp from, domain::Timestamp until) = 0;

  // ---- registrations
  // The person's registration for the session that is not cancelled, if any.
  virtual std::optional<Registration> ActiveRegistration(ProgrammeSessionId session, domain::PersonId person) = 0;
  virtual std::optional<Registration> FindRegistration(RegistrationId id) = 0;
  // A registration with the status given: Registered takes a seat, Waitlisted goes last in the queue
  // (waitlist_position = the number waiting + 1). The caller has checked capacity in the same unit of
  // work. ConstraintViolation when the person already has one that is not cancelled.
  virtual RegistrationId AddRegistration(ProgrammeSessionId session, domain::PersonId person, RegistrationStatus status,
                                         std::optional<domain::UserId> by, domain::Timestamp at) = 0;
  // Cancels it and closes the waitlist's gap. A seat holder's attendance becomes CancelledInTime when
  // `in_time`, else Absent; leaving the waitlist records no attendance.
  virtual bool CancelRegistration(RegistrationId id, bool in_time, domain::Timestamp at) = 0;
  // The first on the waitlist gets the seat (status Registered, position 0, the others move up);
  // returns that registration, none when nobody waits.
  virtual std::optional<Registration> PromoteFirstWaiting(ProgrammeSessionId session, domain::Timestamp at) = 0;
  // The session's registrations that are not cancelled: seats first (by time), then the waitlist in order.
  virtual std::vector<Registration> RegistrationsOfSession(ProgrammeSessionId session) = 0;
  // The person's registrations (cancelled ones included) with their sessions, the earliest session first.
  virtual std::vector<std::pair<Registration, ProgrammeSession>> RegistrationsOfPerson(domain::PersonId person) = 0;
  // Records attendance for a registration that holds a seat; false when it holds none.
  virtual bool SetAttendance(RegistrationId id, Attendance attendance, std::optional<domain::UserId> by,
                             domain::Timestamp at) = 0;
};

}  // namespace lp::app
