#include "storage/programmes/programme_repository.hpp"

#include <algorithm>
#include <map>
#include <stdexcept>

#include "domain/platform/enum_table.hpp"
#include "storage/platform/rows.hpp"

namespace lp::storage {
namespace {

using domain::FromUnixSeconds;
using domain::ToUnixSeconds;

// The stored codes of the app's enumerations that have no table of their own yet (the labels are the
// app's to give). The schema's CHECKs list the same codes.
constexpr auto kSessionStatusCodes = domain::MakeEnumTable<app::SessionStatus>({
    {app::SessionStatus::Planned, "planlagt", ""},
    {app::SessionStatus::Cancelled, "aflyst", ""},
});
constexpr auto kRegistrationStatusCodes = domain::MakeEnumTable<app::RegistrationStatus>({
    {app::RegistrationStatus::Registered, "tilmeldt", ""},
    {app::RegistrationStatus::Waitlisted, "venteliste", ""},
    {app::RegistrationStatus::Cancelled, "afmeldt", ""},
});
constexpr auto kAttendanceCodes = domain::MakeEnumTable<app::Attendance>({
    {app::Attendance::Present, "moedt", ""},
    {app::Attendance::Absent, "udeblevet", ""},
    {app::Attendance::CancelledInTime, "afmeldt-i-tide", ""},
});

std::optional<app::SessionStatus> ParseSessionStatus(std::string_view code) { return kSessionStatusCodes.Parse(code); }
std::optional<app::RegistrationStatus> ParseRegistrationStatus(std::string_view code) {
  return kRegistrationStatusCodes.Parse(code);
}
std::optional<app::Attendance> ParseAttendance(std::string_view code) { return kAttendanceCodes.Parse(code); }
std::optional<app::EnrollmentSource> ParseEnrollmentSource(std::string_view code) {
  return app::kEnrollmentSourceTable.Parse(code);
}
// Only the code as stored (domain::ParseLeaderKind also reads labels and synonyms from HR files).
std::optional<domain::LeaderKind> ParseLeaderKindCode(std::string_view code) {
  return domain::kLeaderKindTable.Parse(code);
}

// A leader kind as bound: its code, or NULL for none.
Nullable<std::string> VariantColumn(std::optional<domain::LeaderKind> variant) {
  std::optional<std::string> code;
  if (variant) code = std::string(domain::LeaderKindCode(*variant));
  return Nullable<std::string>(code);
}

// The catalogue.

constexpr std::string_view kCountProgrammes = "SELECT COUNT(*) FROM programmes";
constexpr std::string_view kSelectProgrammes =
    "SELECT id, kind, name, summary, target_group, purpose, content, duration, price, contact, "
    "CASE WHEN open THEN 1 ELSE 0 END, CASE WHEN mandatory THEN 1 ELSE 0 END, position, archived_at, revision, "
    "updated_at FROM programmes";
constexpr std::string_view kInCatalogueOrder = "ORDER BY position, id";
constexpr std::string_view kProgrammeById = "WHERE id = :id";
constexpr std::string_view kListProgrammes = kJoined<kSelectProgrammes, kInCatalogueOrder>;
constexpr std::string_view kFindProgramme = kJoined<kSelectProgrammes, kProgrammeById>;

constexpr std::string_view kInsertProgramme =
    "INSERT INTO programmes (kind, name, summary, target_group, purpose, content, duration, price, contact, open, "
    "mandatory, position, created_by_user_id, created_at, updated_by_user_id, updated_at) "
    "VALUES (:kind, :name, :summary, :target_group, :purpose, :content, :duration, :price, :contact, "
    "CASE WHEN :open = 1 THEN TRUE ELSE FALSE END, CASE WHEN :mandatory = 1 THEN TRUE ELSE FALSE END, "
    "(SELECT COALESCE(MAX(position), 0) + 1 FROM programmes), :created_by, :created_at, :updated_by, :updated_at) "
    "RETURNING id";
constexpr std::string_view kUpdateProgramme =
    "UPDATE programmes SET kind = :kind, name = :name, summary = :summary, target_group = :target_group, "
    "purpose = :purpose, content = :content, duration = :duration, price = :price, contact = :contact, "
    "open = CASE WHEN :open = 1 THEN TRUE ELSE FALSE END, "
    "mandatory = CASE WHEN :mandatory = 1 THEN TRUE ELSE FALSE END, revision = revision + 1, "
    "updated_by_user_id = :updated_by, updated_at = :updated_at WHERE id = :id AND revision = :revision";
constexpr std::string_view kSetProgrammeArchived =
    "UPDATE programmes SET archived_at = :archived_at, revision = revision + 1, updated_by_user_id = :updated_by, "
    "updated_at = :updated_at WHERE id = :id AND revision = :revision";

// Requirements, in the order they were given (position).
constexpr std::string_view kSelectRequirements =
    "SELECT programme_id, kind, required, variant FROM programme_requirements";
constexpr std::string_view kRequirementsOfProgramme = "WHERE programme_id = :id ORDER BY position";
constexpr std::string_view kRequirementsByProgramme = "ORDER BY programme_id, position";
constexpr std::string_view kFindRequirements = kJoined<kSelectRequirements, kRequirementsOfProgramme>;
constexpr std::string_view kListRequirements = kJoined<kSelectRequirements, kRequirementsByProgramme>;
constexpr std::string_view kDeleteRequirements = "DELETE FROM programme_requirements WHERE programme_id = :id";
constexpr std::string_view kInsertRequirement =
    "INSERT INTO programme_requirements (programme_id, position, kind, required, variant) "
    "VALUES (:programme_id, :position, :kind, :required, :variant)";

// Enrolments and credits.

constexpr std::string_view kSelectEnrollments =
    "SELECT id, programme_id, person_id, variant, enrolled_on, deadline, source, "
    "CASE WHEN exempt THEN 1 ELSE 0 END, exemption_reason, withdrawn_at, withdrawal_reason, revision, created_at, "
    "updated_at FROM programme_enrollments";
constexpr std::string_view kEnrollmentById = "WHERE id = :id";
constexpr std::string_view kOfPersonNewestFirst = "WHERE person_id = :person ORDER BY enrolled_on DESC, id DESC";
constexpr std::string_view kOfProgrammeById = "WHERE programme_id = :programme ORDER BY id";
constexpr std::string_view kFindEnrollment = kJoined<kSelectEnrollments, kEnrollmentById>;
constexpr std::string_view kEnrollmentsOfPerson = kJoined<kSelectEnrollments, kOfPersonNewestFirst>;
constexpr std::string_view kEnrollmentsOfProgramme = kJoined<kSelectEnrollments, kOfProgrammeById>;

constexpr std::string_view kInsertEnrollment =
    "INSERT INTO programme_enrollments (programme_id, person_id, variant, enrolled_on, deadline, source, "
    "created_by_user_id, created_at, updated_by_user_id, updated_at) "
    "VALUES (:programme_id, :person_id, :variant, :enrolled_on, :deadline, :source, :created_by, :created_at, "
    ":updated_by, :updated_at) RETURNING id";
constexpr std::string_view kPeopleEverEnrolled =
    "SELECT DISTINCT person_id FROM programme_enrollments WHERE programme_id = :programme ORDER BY person_id";
constexpr std::string_view kSetExemption =
    "UPDATE programme_enrollments SET exempt = CASE WHEN :exempt = 1 THEN TRUE ELSE FALSE END, "
    "exemption_reason = :reason, revision = revision + 1, updated_by_user_id = :updated_by, "
    "updated_at = :updated_at WHERE id = :id AND revision = :revision";
// A withdrawn enrolment is history: withdrawing it again changes nothing.
constexpr std::string_view kWithdraw =
    "UPDATE programme_enrollments SET withdrawn_at = :withdrawn_at, withdrawal_reason = :reason, "
    "revision = revision + 1, updated_by_user_id = :updated_by, updated_at = :updated_at "
    "WHERE id = :id AND revision = :revision AND withdrawn_at IS NULL";

constexpr std::string_view kInsertCredit =
    "INSERT INTO programme_credits (enrollment_id, kind, count, reason, created_by_user_id, created_at) "
    "VALUES (:enrollment_id, :kind, :count, :reason, :created_by, :created_at) RETURNING id";
// Steps done outside sessions (migration 017): one figure per enrolment and kind, replaced.
constexpr std::string_view kUpsertSteps =
    "INSERT INTO programme_steps (enrollment_id, kind, done, updated_by_user_id, updated_at) "
    "VALUES (:enrollment_id, :kind, :done, :updated_by, :updated_at) "
    "ON CONFLICT (enrollment_id, kind) DO UPDATE SET done = excluded.done, "
    "updated_by_user_id = excluded.updated_by_user_id, updated_at = excluded.updated_at";
constexpr std::string_view kDeleteSteps =
    "DELETE FROM programme_steps WHERE enrollment_id = :enrollment_id AND kind = :kind";
constexpr std::string_view kIssueCertificate =
    "INSERT INTO programme_certificates (enrollment_id, code, criteria, issued_at) "
    "VALUES (:enrollment_id, :code, :criteria, :issued_at)";
constexpr std::string_view kSelectCertificate =
    "SELECT enrollment_id, code, criteria, issued_at FROM programme_certificates ";
constexpr std::string_view kWhereEnrollmentIs = "WHERE enrollment_id = :id";
constexpr std::string_view kWhereCodeIs = "WHERE code = :code";
constexpr std::string_view kCertificateOfEnrollment = kJoined<kSelectCertificate, kWhereEnrollmentIs>;
constexpr std::string_view kCertificateByCode = kJoined<kSelectCertificate, kWhereCodeIs>;
constexpr std::string_view kCreditsOf =
    "SELECT id, enrollment_id, kind, count, reason, created_by_user_id, created_at FROM programme_credits "
    "WHERE enrollment_id = :enrollment_id ORDER BY created_at, id";

// Tallies: per enrolment and element kind, in one statement, the sessions attended and the seats held
// in planned sessions still to come (registrations of the enrolment's person to sessions of its
// programme), the steps done outside sessions (counted as attended), and HR's credits. Put together as
// kTalliesHead <enrolments> kTalliesSteps <enrolments again> kTalliesMiddle <enrolments a third time>
// kTalliesTail, where <enrolments> is a condition on `e` (its parameters named differently in the three
// places: SOCI binds each name once).
constexpr std::string_view kTalliesHead =
    "SELECT enrollment_id, kind, CAST(SUM(attended) AS BIGINT), CAST(SUM(credited) AS BIGINT), "
    "CAST(SUM(booked) AS BIGINT) FROM ("
    "SELECT e.id AS enrollment_id, s.kind AS kind, "
    "SUM(CASE WHEN r.attendance = 'moedt' THEN 1 ELSE 0 END) AS attended, 0 AS credited, "
    "SUM(CASE WHEN r.status = 'tilmeldt' AND r.attendance IS NULL AND s.status = 'planlagt' "
    "AND s.starts_at > :now THEN 1 ELSE 0 END) AS booked "
    "FROM programme_enrollments e "
    "JOIN session_registrations r ON r.person_id = e.person_id "
    "JOIN programme_sessions s ON s.id = r.session_id AND s.programme_id = e.programme_id WHERE";
constexpr std::string_view kTalliesSteps =
    "GROUP BY e.id, s.kind UNION ALL "
    "SELECT e.id, t.kind, t.done, 0, 0 FROM programme_enrollments e "
    "JOIN programme_steps t ON t.enrollment_id = e.id WHERE";
constexpr std::string_view kTalliesMiddle =
    "UNION ALL "
    "SELECT e.id, c.kind, 0, SUM(c.count), 0 FROM programme_enrollments e "
    "JOIN programme_credits c ON c.enrollment_id = e.id WHERE";
constexpr std::string_view kTalliesTail =
    "GROUP BY e.id, c.kind) tallies GROUP BY enrollment_id, kind "
    "HAVING SUM(attended) + SUM(credited) + SUM(booked) > 0 ORDER BY enrollment_id, kind";
constexpr std::string_view kActiveOfProgramme = "e.programme_id = :programme AND e.withdrawn_at IS NULL";
constexpr std::string_view kActiveOfProgrammeAgain = "e.programme_id = :programme_again AND e.withdrawn_at IS NULL";
constexpr std::string_view kActiveOfProgrammeThird = "e.programme_id = :programme_third AND e.withdrawn_at IS NULL";
constexpr std::string_view kTalliesOfProgramme =
    kJoined<kTalliesHead, kActiveOfProgramme, kTalliesSteps, kActiveOfProgrammeAgain, kTalliesMiddle,
            kActiveOfProgrammeThird, kTalliesTail>;
// TalliesOfEnrollments names the enrolments as "e.id IN (…)" with the ids written as numbers (integers,
// never text from a request), at most this many per statement.
constexpr std::size_t kEnrollmentsPerStatement = 500;

// Sessions, with the seats taken and the places in the waitlist
// (session_registrations_session_id).

constexpr std::string_view kSessionColumns =
    "s.id, s.programme_id, s.kind, s.title, s.starts_at, s.ends_at, s.place, s.online_link, s.teacher, "
    "s.capacity, s.registration_deadline, s.cancellation_deadline, s.organiser_user_id, s.status, "
    "(SELECT COUNT(*) FROM session_registrations c WHERE c.session_id = s.id AND c.status = 'tilmeldt'), "
    "(SELECT COUNT(*) FROM session_registrations c WHERE c.session_id = s.id AND c.status = 'venteliste'), "
    "s.revision, s.updated_at";
constexpr std::string_view kSelect = "SELECT";
constexpr std::string_view kFromSessions = "FROM programme_sessions s";
constexpr std::string_view kSelectSessions = kJoined<kSelect, kSessionColumns, kFromSessions>;
constexpr std::string_view kSessionById = "WHERE s.id = :id";
constexpr std::string_view kOfProgrammeEarliestFirst = "WHERE s.programme_id = :programme ORDER BY s.starts_at, s.id";
constexpr std::string_view kStartingBetween =
    "WHERE s.starts_at >= :from AND s.starts_at < :until ORDER BY s.starts_at, s.id";
constexpr std::string_view kFindSession = kJoined<kSelectSessions, kSessionById>;
constexpr std::string_view kSessionsOfProgramme = kJoined<kSelectSessions, kOfProgrammeEarliestFirst>;
constexpr std::string_view kSessionsBetween = kJoined<kSelectSessions, kStartingBetween>;

constexpr std::string_view kInsertSession =
    "INSERT INTO programme_sessions (programme_id, kind, title, starts_at, ends_at, place, online_link, teacher, "
    "capacity, registration_deadline, cancellation_deadline, organiser_user_id, status, created_by_user_id, "
    "created_at, updated_by_user_id, updated_at) "
    "VALUES (:programme_id, :kind, :title, :starts_at, :ends_at, :place, :online_link, :teacher, :capacity, "
    ":registration_deadline, :cancellation_deadline, :organiser, 'planlagt', :created_by, :created_at, "
    ":updated_by, :updated_at) RETURNING id";
constexpr std::string_view kUpdateSession =
    "UPDATE programme_sessions SET kind = :kind, title = :title, starts_at = :starts_at, ends_at = :ends_at, "
    "place = :place, online_link = :online_link, teacher = :teacher, capacity = :capacity, "
    "registration_deadline = :registration_deadline, cancellation_deadline = :cancellation_deadline, "
    "organiser_user_id = :organiser, revision = revision + 1, updated_by_user_id = :updated_by, "
    "updated_at = :updated_at WHERE id = :id AND revision = :revision";
// Only a planned session is cancelled.
constexpr std::string_view kCancelSession =
    "UPDATE programme_sessions SET status = 'aflyst', revision = revision + 1, updated_by_user_id = :updated_by, "
    "updated_at = :updated_at WHERE id = :id AND revision = :revision AND status = 'planlagt'";

// Registrations.

constexpr std::string_view kRegistrationColumns =
    "r.id, r.session_id, r.person_id, r.status, r.waitlist_position, r.attendance, r.registered_at, "
    "r.cancelled_at, r.by_user_id";
constexpr std::string_view kFromRegistrations = "FROM session_registrations r";
constexpr std::string_view kSelectRegistrations = kJoined<kSelect, kRegistrationColumns, kFromRegistrations>;
constexpr std::string_view kRegistrationById = "WHERE r.id = :id";
constexpr std::string_view kActiveOfSessionAndPerson =
    "WHERE r.session_id = :session AND r.person_id = :person AND r.status <> 'afmeldt'";
// Seats first, in the order they were taken, then the waitlist in its order.
constexpr std::string_view kActiveOfSessionInOrder =
    "WHERE r.session_id = :session AND r.status <> 'afmeldt' "
    "ORDER BY CASE WHEN r.status = 'tilmeldt' THEN 0 ELSE 1 END, r.waitlist_position, "
    "COALESCE(r.promoted_at, r.registered_at), r.id";
constexpr std::string_view kFirstWaitingOfSession =
    "WHERE r.session_id = :session AND r.status = 'venteliste' ORDER BY r.waitlist_position, r.id LIMIT 1";
constexpr std::string_view kFindRegistration = kJoined<kSelectRegistrations, kRegistrationById>;
constexpr std::string_view kActiveRegistration = kJoined<kSelectRegistrations, kActiveOfSessionAndPerson>;
constexpr std::string_view kRegistrationsOfSession = kJoined<kSelectRegistrations, kActiveOfSessionInOrder>;
constexpr std::string_view kFirstWaiting = kJoined<kSelectRegistrations, kFirstWaitingOfSession>;

constexpr std::string_view kComma = ",";
constexpr std::string_view kFromRegistrationsWithSessions =
    "FROM session_registrations r JOIN programme_sessions s ON s.id = r.session_id "
    "WHERE r.person_id = :person ORDER BY s.starts_at, s.id, r.id";
constexpr std::string_view kRegistrationsOfPerson =
    kJoined<kSelect, kRegistrationColumns, kComma, kSessionColumns, kFromRegistrationsWithSessions>;

constexpr std::string_view kInsertRegistration =
    "INSERT INTO session_registrations (session_id, person_id, status, registered_at, by_user_id) "
    "VALUES (:session, :person, 'tilmeldt', :registered_at, :by) RETURNING id";
// Last in the queue: positions stay 1..n, so the highest is the number waiting.
constexpr std::string_view kInsertWaiting =
    "INSERT INTO session_registrations (session_id, person_id, status, waitlist_position, registered_at, "
    "by_user_id) VALUES (:session, :person, 'venteliste', (SELECT COALESCE(MAX(waitlist_position), 0) + 1 FROM "
    "session_registrations WHERE session_id = :session_again AND status = 'venteliste'), :registered_at, :by) "
    "RETURNING id";
constexpr std::string_view kCancelRegistration =
    "UPDATE session_registrations SET status = 'afmeldt', waitlist_position = NULL, cancelled_at = :cancelled_at, "
    "attendance = :attendance WHERE id = :id AND status <> 'afmeldt'";
// Those waiting behind `position` move up one.
constexpr std::string_view kMoveWaitlistUp =
    "UPDATE session_registrations SET waitlist_position = waitlist_position - 1 "
    "WHERE session_id = :session AND status = 'venteliste' AND waitlist_position > :position";
constexpr std::string_view kPromote =
    "UPDATE session_registrations SET status = 'tilmeldt', waitlist_position = NULL, promoted_at = :promoted_at "
    "WHERE id = :id AND status = 'venteliste'";
constexpr std::string_view kSetAttendance =
    "UPDATE session_registrations SET attendance = :attendance, attendance_by_user_id = :by, "
    "attendance_at = :at WHERE id = :id AND status = 'tilmeldt'";

// The columns of kSelectProgrammes (the requirements are read apart).
struct ProgrammeRow {
  long long id = 0;
  std::string kind;
  std::string name;
  std::string summary;
  std::string target_group;
  std::string purpose;
  std::string content;
  std::string duration;
  std::string price;
  std::string contact;
  int open = 0;
  int mandatory = 0;
  int position = 0;
  Nullable<domain::Timestamp> archived_at;
  int revision = 0;
  long long updated_at = 0;

  app::Programme ToProgramme() const {
    app::Programme programme;
    programme.id = static_cast<app::ProgrammeId>(id);
    programme.fields.kind = DecodeCode(kind, "programmes.kind", domain::ParseProgrammeKind);
    programme.fields.name = name;
    programme.fields.summary = summary;
    programme.fields.target_group = target_group;
    programme.fields.purpose = purpose;
    programme.fields.content = content;
    programme.fields.duration = duration;
    programme.fields.price = price;
    programme.fields.contact = contact;
    programme.fields.open = open != 0;
    programme.fields.mandatory = mandatory != 0;
    programme.position = position;
    programme.archived_at = archived_at.Get();
    programme.revision = revision;
    programme.updated_at = FromUnixSeconds(updated_at);
    return programme;
  }
};

void Into(soci::statement& statement, ProgrammeRow& row) {
  statement.exchange(soci::into(row.id));
  statement.exchange(soci::into(row.kind));
  statement.exchange(soci::into(row.name));
  statement.exchange(soci::into(row.summary));
  statement.exchange(soci::into(row.target_group));
  statement.exchange(soci::into(row.purpose));
  statement.exchange(soci::into(row.content));
  statement.exchange(soci::into(row.duration));
  statement.exchange(soci::into(row.price));
  statement.exchange(soci::into(row.contact));
  statement.exchange(soci::into(row.open));
  statement.exchange(soci::into(row.mandatory));
  statement.exchange(soci::into(row.position));
  statement.exchange(IntoNullable(row.archived_at));
  statement.exchange(soci::into(row.revision));
  statement.exchange(soci::into(row.updated_at));
}

// The columns of kSelectRequirements.
struct RequirementRow {
  long long programme = 0;
  std::string kind;
  int required = 0;
  Nullable<std::string> variant;

  std::pair<app::ProgrammeId, domain::Requirement> ToRequirement() const {
    domain::Requirement requirement;
    requirement.kind = DecodeCode(kind, "programme_requirements.kind", domain::ParseElementKind);
    requirement.required = required;
    if (const auto code = variant.Get()) {
      requirement.variant = DecodeCode(*code, "programme_requirements.variant", ParseLeaderKindCode);
    }
    return {static_cast<app::ProgrammeId>(programme), requirement};
  }
};

void Into(soci::statement& statement, RequirementRow& row) {
  statement.exchange(soci::into(row.programme));
  statement.exchange(soci::into(row.kind));
  statement.exchange(soci::into(row.required));
  statement.exchange(IntoNullable(row.variant));
}

// The columns of kSelectEnrollments.
struct EnrollmentRow {
  long long id = 0;
  long long programme = 0;
  long long person = 0;
  Nullable<std::string> variant;
  std::string enrolled_on;
  Nullable<std::chrono::year_month_day> deadline;
  std::string source;
  int exempt = 0;
  std::string exemption_reason;
  Nullable<domain::Timestamp> withdrawn_at;
  std::string withdrawal_reason;
  int revision = 0;
  long long created_at = 0;
  long long updated_at = 0;

  app::Enrollment ToEnrollment() const {
    app::Enrollment enrollment;
    enrollment.id = static_cast<app::EnrollmentId>(id);
    enrollment.programme = static_cast<app::ProgrammeId>(programme);
    enrollment.person = static_cast<domain::PersonId>(person);
    if (const auto code = variant.Get()) {
      enrollment.variant = DecodeCode(*code, "programme_enrollments.variant", ParseLeaderKindCode);
    }
    enrollment.enrolled_on = FromSqlDate(enrolled_on, "programme_enrollments.enrolled_on");
    enrollment.deadline = deadline.Get("programme_enrollments.deadline");
    enrollment.source = DecodeCode(source, "programme_enrollments.source", ParseEnrollmentSource);
    enrollment.exempt = exempt != 0;
    enrollment.exemption_reason = exemption_reason;
    enrollment.withdrawn_at = withdrawn_at.Get();
    enrollment.withdrawal_reason = withdrawal_reason;
    enrollment.revision = revision;
    enrollment.created_at = FromUnixSeconds(created_at);
    enrollment.updated_at = FromUnixSeconds(updated_at);
    return enrollment;
  }
};

void Into(soci::statement& statement, EnrollmentRow& row) {
  statement.exchange(soci::into(row.id));
  statement.exchange(soci::into(row.programme));
  statement.exchange(soci::into(row.person));
  statement.exchange(IntoNullable(row.variant));
  statement.exchange(soci::into(row.enrolled_on));
  statement.exchange(IntoNullable(row.deadline));
  statement.exchange(soci::into(row.source));
  statement.exchange(soci::into(row.exempt));
  statement.exchange(soci::into(row.exemption_reason));
  statement.exchange(IntoNullable(row.withdrawn_at));
  statement.exchange(soci::into(row.withdrawal_reason));
  statement.exchange(soci::into(row.revision));
  statement.exchange(soci::into(row.created_at));
  statement.exchange(soci::into(row.updated_at));
}

// The column of kPeopleEverEnrolled.
struct PersonRow {
  long long person = 0;

  domain::PersonId ToPerson() const { return static_cast<domain::PersonId>(person); }
};

void Into(soci::statement& statement, PersonRow& row) { statement.exchange(soci::into(row.person)); }

// The columns of kCreditsOf.
struct CreditRow {
  long long id = 0;
  long long enrollment = 0;
  std::string kind;
  int count = 0;
  std::string reason;
  Nullable<domain::UserId> by;
  long long at = 0;

  app::Credit ToCredit() const {
    app::Credit credit;
    credit.id = id;
    credit.enrollment = static_cast<app::EnrollmentId>(enrollment);
    credit.kind = DecodeCode(kind, "programme_credits.kind", domain::ParseElementKind);
    credit.count = count;
    credit.reason = reason;
    credit.by = by.Get();
    credit.at = FromUnixSeconds(at);
    return credit;
  }
};

void Into(soci::statement& statement, CreditRow& row) {
  statement.exchange(soci::into(row.id));
  statement.exchange(soci::into(row.enrollment));
  statement.exchange(soci::into(row.kind));
  statement.exchange(soci::into(row.count));
  statement.exchange(soci::into(row.reason));
  statement.exchange(IntoNullable(row.by));
  statement.exchange(soci::into(row.at));
}

// The columns of kSelectCertificate.
struct CertificateRow {
  long long enrollment = 0;
  std::string code;
  std::string criteria;
  long long issued_at = 0;

  app::Certificate ToCertificate() const {
    return {static_cast<app::EnrollmentId>(enrollment), code, criteria, FromUnixSeconds(issued_at)};
  }
};

void Into(soci::statement& statement, CertificateRow& row) {
  statement.exchange(soci::into(row.enrollment));
  statement.exchange(soci::into(row.code));
  statement.exchange(soci::into(row.criteria));
  statement.exchange(soci::into(row.issued_at));
}

// The columns of the tallies (kTalliesHead).
struct TallyRow {
  long long enrollment = 0;
  std::string kind;
  long long attended = 0;
  long long credited = 0;
  long long booked = 0;

  app::ElementTally ToTally() const {
    app::ElementTally tally;
    tally.enrollment = static_cast<app::EnrollmentId>(enrollment);
    // The kind of a session or of a credit.
    tally.kind = DecodeCode(kind, "programme_sessions.kind or programme_credits.kind", domain::ParseElementKind);
    tally.attended = static_cast<int>(attended);
    tally.credited = static_cast<int>(credited);
    tally.booked = static_cast<int>(booked);
    return tally;
  }
};

void Into(soci::statement& statement, TallyRow& row) {
  statement.exchange(soci::into(row.enrollment));
  statement.exchange(soci::into(row.kind));
  statement.exchange(soci::into(row.attended));
  statement.exchange(soci::into(row.credited));
  statement.exchange(soci::into(row.booked));
}

// The columns of kSessionColumns.
struct SessionRow {
  long long id = 0;
  long long programme = 0;
  std::string kind;
  std::string title;
  long long starts_at = 0;
  long long ends_at = 0;
  std::string place;
  std::string online_link;
  std::string teacher;
  int capacity = 0;
  std::string registration_deadline;
  std::string cancellation_deadline;
  Nullable<domain::UserId> organiser;
  std::string status;
  int registered = 0;
  int waiting = 0;
  int revision = 0;
  long long updated_at = 0;

  app::ProgrammeSession ToSession() const {
    app::ProgrammeSession session;
    session.id = static_cast<app::ProgrammeSessionId>(id);
    session.programme = static_cast<app::ProgrammeId>(programme);
    session.fields.kind = DecodeCode(kind, "programme_sessions.kind", domain::ParseElementKind);
    session.fields.title = title;
    session.fields.starts_at = FromUnixSeconds(starts_at);
    session.fields.ends_at = FromUnixSeconds(ends_at);
    session.fields.place = place;
    session.fields.online_link = online_link;
    session.fields.teacher = teacher;
    session.fields.capacity = capacity;
    session.fields.registration_deadline =
        FromSqlDate(registration_deadline, "programme_sessions.registration_deadline");
    session.fields.cancellation_deadline =
        FromSqlDate(cancellation_deadline, "programme_sessions.cancellation_deadline");
    session.fields.organiser = organiser.Get();
    session.status = DecodeCode(status, "programme_sessions.status", ParseSessionStatus);
    session.registered = registered;
    session.waiting = waiting;
    session.revision = revision;
    session.updated_at = FromUnixSeconds(updated_at);
    return session;
  }
};

void Into(soci::statement& statement, SessionRow& row) {
  statement.exchange(soci::into(row.id));
  statement.exchange(soci::into(row.programme));
  statement.exchange(soci::into(row.kind));
  statement.exchange(soci::into(row.title));
  statement.exchange(soci::into(row.starts_at));
  statement.exchange(soci::into(row.ends_at));
  statement.exchange(soci::into(row.place));
  statement.exchange(soci::into(row.online_link));
  statement.exchange(soci::into(row.teacher));
  statement.exchange(soci::into(row.capacity));
  statement.exchange(soci::into(row.registration_deadline));
  statement.exchange(soci::into(row.cancellation_deadline));
  statement.exchange(IntoNullable(row.organiser));
  statement.exchange(soci::into(row.status));
  statement.exchange(soci::into(row.registered));
  statement.exchange(soci::into(row.waiting));
  statement.exchange(soci::into(row.revision));
  statement.exchange(soci::into(row.updated_at));
}

// The columns of kRegistrationColumns.
struct RegistrationRow {
  long long id = 0;
  long long session = 0;
  long long person = 0;
  std::string status;
  Nullable<int> waitlist_position;
  Nullable<std::string> attendance;
  long long registered_at = 0;
  Nullable<domain::Timestamp> cancelled_at;
  Nullable<domain::UserId> by;

  app::Registration ToRegistration() const {
    app::Registration registration;
    registration.id = static_cast<app::RegistrationId>(id);
    registration.session = static_cast<app::ProgrammeSessionId>(session);
    registration.person = static_cast<domain::PersonId>(person);
    registration.status = DecodeCode(status, "session_registrations.status", ParseRegistrationStatus);
    registration.waitlist_position = waitlist_position.Get().value_or(0);
    if (const auto code = attendance.Get()) {
      registration.attendance = DecodeCode(*code, "session_registrations.attendance", ParseAttendance);
    }
    registration.registered_at = FromUnixSeconds(registered_at);
    registration.cancelled_at = cancelled_at.Get();
    registration.by = by.Get();
    return registration;
  }
};

void Into(soci::statement& statement, RegistrationRow& row) {
  statement.exchange(soci::into(row.id));
  statement.exchange(soci::into(row.session));
  statement.exchange(soci::into(row.person));
  statement.exchange(soci::into(row.status));
  statement.exchange(IntoNullable(row.waitlist_position));
  statement.exchange(IntoNullable(row.attendance));
  statement.exchange(soci::into(row.registered_at));
  statement.exchange(IntoNullable(row.cancelled_at));
  statement.exchange(IntoNullable(row.by));
}

// The columns of kRegistrationsOfPerson.
struct RegistrationWithSessionRow {
  RegistrationRow registration;
  SessionRow session;

  std::pair<app::Registration, app::ProgrammeSession> ToPair() const {
    return {registration.ToRegistration(), session.ToSession()};
  }
};

void Into(soci::statement& statement, RegistrationWithSessionRow& row) {
  Into(statement, row.registration);
  Into(statement, row.session);
}

// Orders tallies by enrolment, then by element kind in the domain's order.
bool TallyOrder(const app::ElementTally& a, const app::ElementTally& b) {
  if (a.enrollment != b.enrollment) return a.enrollment < b.enrollment;
  return static_cast<int>(a.kind) < static_cast<int>(b.kind);
}

}  // namespace

long long SociProgrammeRepository::CountProgrammes() {
  return Guarded(unit_, [&] {
    long long count = 0;
    unit_.sql << kCountProgrammes, soci::into(count);
    return count;
  });
}

std::vector<app::Programme> SociProgrammeRepository::Programmes() {
  return Guarded(unit_, [&] {
    auto programmes = SelectRows<ProgrammeRow>(unit_.sql, kListProgrammes, &ProgrammeRow::ToProgramme);
    std::map<app::ProgrammeId, app::Programme*> by_id;
    for (auto& programme : programmes) by_id[programme.id] = &programme;
    for (const auto& [programme, requirement] :
         SelectRows<RequirementRow>(unit_.sql, kListRequirements, &RequirementRow::ToRequirement)) {
      const auto found = by_id.find(programme);
      if (found != by_id.end()) found->second->requirements.push_back(requirement);
    }
    return programmes;
  });
}

std::optional<app::Programme> SociProgrammeRepository::FindProgramme(app::ProgrammeId id) {
  return Guarded(unit_, [&]() -> std::optional<app::Programme> {
    long long programme_id = id;
    auto programme =
        SelectFirst<ProgrammeRow>(unit_.sql, kFindProgramme, &ProgrammeRow::ToProgramme, soci::use(programme_id, "id"));
    if (!programme) return std::nullopt;
    for (const auto& row : SelectRows<RequirementRow>(unit_.sql, kFindRequirements, &RequirementRow::ToRequirement,
                                                      soci::use(programme_id, "id"))) {
      programme->requirements.push_back(row.second);
    }
    return programme;
  });
}

void SociProgrammeRepository::InsertRequirements(long long programme,
                                                 const std::vector<domain::Requirement>& requirements) {
  if (requirements.empty()) return;
  // The bound values of one row, re-executed per requirement (SOCI reads them when it runs).
  struct {
    int position = 0;
    std::string kind;
    int required = 0;
    Nullable<std::string> variant;
  } row;
  soci::statement insert = (unit_.sql.prepare << kInsertRequirement, soci::use(programme, "programme_id"),
                            soci::use(row.position, "position"), soci::use(row.kind, "kind"),
                            soci::use(row.required, "required"), UseNullable(row.variant, "variant"));
  for (const auto& requirement : requirements) {
    ++row.position;
    row.kind = std::string(domain::ElementKindCode(requirement.kind));
    row.required = requirement.required;
    row.variant = VariantColumn(requirement.variant);
    insert.execute(true);
  }
}

app::ProgrammeId SociProgrammeRepository::CreateProgramme(const app::ProgrammeFields& fields,
                                                          const std::vector<domain::Requirement>& requirements,
                                                          std::optional<domain::UserId> by, domain::Timestamp at) {
  return Guarded(unit_, [&] {
    std::string kind(domain::ProgrammeKindCode(fields.kind));
    int open = fields.open ? 1 : 0;
    int mandatory = fields.mandatory ? 1 : 0;
    Nullable<domain::UserId> user(by);
    long long now = ToUnixSeconds(at);
    long long id = 0;
    Execute(unit_.sql, kInsertProgramme, soci::use(kind, "kind"), soci::use(fields.name, "name"),
            soci::use(fields.summary, "summary"), soci::use(fields.target_group, "target_group"),
            soci::use(fields.purpose, "purpose"), soci::use(fields.content, "content"),
            soci::use(fields.duration, "duration"), soci::use(fields.price, "price"),
            soci::use(fields.contact, "contact"), soci::use(open, "open"), soci::use(mandatory, "mandatory"),
            UseNullable(user, "created_by"), soci::use(now, "created_at"), UseNullable(user, "updated_by"),
            soci::use(now, "updated_at"), soci::into(id));
    InsertRequirements(id, requirements);
    return static_cast<app::ProgrammeId>(id);
  });
}

bool SociProgrammeRepository::UpdateProgramme(app::ProgrammeId id, int revision, const app::ProgrammeFields& fields,
                                              const std::vector<domain::Requirement>& requirements,
                                              std::optional<domain::UserId> by, domain::Timestamp at) {
  return Guarded(unit_, [&] {
    long long programme_id = id;
    int expected = revision;
    std::string kind(domain::ProgrammeKindCode(fields.kind));
    int open = fields.open ? 1 : 0;
    int mandatory = fields.mandatory ? 1 : 0;
    Nullable<domain::UserId> user(by);
    long long now = ToUnixSeconds(at);
    const bool updated =
        Execute(unit_.sql, kUpdateProgramme, soci::use(kind, "kind"), soci::use(fields.name, "name"),
                soci::use(fields.summary, "summary"), soci::use(fields.target_group, "target_group"),
                soci::use(fields.purpose, "purpose"), soci::use(fields.content, "content"),
                soci::use(fields.duration, "duration"), soci::use(fields.price, "price"),
                soci::use(fields.contact, "contact"), soci::use(open, "open"), soci::use(mandatory, "mandatory"),
                UseNullable(user, "updated_by"), soci::use(now, "updated_at"), soci::use(programme_id, "id"),
                soci::use(expected, "revision")) > 0;
    if (!updated) return false;
    Execute(unit_.sql, kDeleteRequirements, soci::use(programme_id, "id"));
    InsertRequirements(programme_id, requirements);
    return true;
  });
}

bool SociProgrammeRepository::SetProgrammeArchived(app::ProgrammeId id, int revision,
                                                   std::optional<domain::Timestamp> archived_at,
                                                   std::optional<domain::UserId> by, domain::Timestamp at) {
  return Guarded(unit_, [&] {
    long long programme_id = id;
    int expected = revision;
    Nullable<domain::Timestamp> archived(archived_at);
    Nullable<domain::UserId> user(by);
    long long now = ToUnixSeconds(at);
    return Execute(unit_.sql, kSetProgrammeArchived, UseNullable(archived, "archived_at"),
                   UseNullable(user, "updated_by"), soci::use(now, "updated_at"), soci::use(programme_id, "id"),
                   soci::use(expected, "revision")) > 0;
  });
}

app::EnrollmentId SociProgrammeRepository::Enroll(const app::NewEnrollment& enrollment) {
  return Guarded(unit_, [&] {
    long long programme_id = enrollment.programme;
    long long person_id = enrollment.person;
    Nullable<std::string> variant = VariantColumn(enrollment.variant);
    std::string enrolled_on = ToSqlDate(enrollment.enrolled_on);
    Nullable<std::chrono::year_month_day> deadline(enrollment.deadline);
    std::string source(app::kEnrollmentSourceTable.Code(enrollment.source));
    Nullable<domain::UserId> user(enrollment.by);
    long long now = ToUnixSeconds(enrollment.at);
    long long id = 0;
    Execute(unit_.sql, kInsertEnrollment, soci::use(programme_id, "programme_id"), soci::use(person_id, "person_id"),
            UseNullable(variant, "variant"), soci::use(enrolled_on, "enrolled_on"), UseNullable(deadline, "deadline"),
            soci::use(source, "source"), UseNullable(user, "created_by"), soci::use(now, "created_at"),
            UseNullable(user, "updated_by"), soci::use(now, "updated_at"), soci::into(id));
    return static_cast<app::EnrollmentId>(id);
  });
}

std::optional<app::Enrollment> SociProgrammeRepository::FindEnrollment(app::EnrollmentId id) {
  return Guarded(unit_, [&] {
    long long enrollment_id = id;
    return SelectFirst<EnrollmentRow>(unit_.sql, kFindEnrollment, &EnrollmentRow::ToEnrollment,
                                      soci::use(enrollment_id, "id"));
  });
}

std::vector<app::Enrollment> SociProgrammeRepository::EnrollmentsOfPerson(domain::PersonId person) {
  return Guarded(unit_, [&] {
    long long person_id = person;
    return SelectRows<EnrollmentRow>(unit_.sql, kEnrollmentsOfPerson, &EnrollmentRow::ToEnrollment,
                                     soci::use(person_id, "person"));
  });
}

std::vector<app::Enrollment> SociProgrammeRepository::EnrollmentsOfProgramme(app::ProgrammeId programme) {
  return Guarded(unit_, [&] {
    long long programme_id = programme;
    return SelectRows<EnrollmentRow>(unit_.sql, kEnrollmentsOfProgramme, &EnrollmentRow::ToEnrollment,
                                     soci::use(programme_id, "programme"));
  });
}

std::vector<domain::PersonId> SociProgrammeRepository::PeopleEverEnrolled(app::ProgrammeId programme) {
  return Guarded(unit_, [&] {
    long long programme_id = programme;
    return SelectRows<PersonRow>(unit_.sql, kPeopleEverEnrolled, &PersonRow::ToPerson,
                                 soci::use(programme_id, "programme"));
  });
}

bool SociProgrammeRepository::SetExemption(app::EnrollmentId id, int revision, bool exempt, const std::string& reason,
                                           std::optional<domain::UserId> by, domain::Timestamp at) {
  return Guarded(unit_, [&] {
    long long enrollment_id = id;
    int expected = revision;
    int exempt_value = exempt ? 1 : 0;
    Nullable<domain::UserId> user(by);
    long long now = ToUnixSeconds(at);
    return Execute(unit_.sql, kSetExemption, soci::use(exempt_value, "exempt"), soci::use(reason, "reason"),
                   UseNullable(user, "updated_by"), soci::use(now, "updated_at"), soci::use(enrollment_id, "id"),
                   soci::use(expected, "revision")) > 0;
  });
}

bool SociProgrammeRepository::Withdraw(app::EnrollmentId id, int revision, const std::string& reason,
                                       std::optional<domain::UserId> by, domain::Timestamp at) {
  return Guarded(unit_, [&] {
    long long enrollment_id = id;
    int expected = revision;
    Nullable<domain::UserId> user(by);
    long long now = ToUnixSeconds(at);
    return Execute(unit_.sql, kWithdraw, soci::use(now, "withdrawn_at"), soci::use(reason, "reason"),
                   UseNullable(user, "updated_by"), soci::use(now, "updated_at"), soci::use(enrollment_id, "id"),
                   soci::use(expected, "revision")) > 0;
  });
}

std::int64_t SociProgrammeRepository::AddCredit(const app::Credit& credit) {
  return Guarded(unit_, [&] {
    long long enrollment_id = credit.enrollment;
    std::string kind(domain::ElementKindCode(credit.kind));
    int count = credit.count;
    Nullable<domain::UserId> user(credit.by);
    long long at = ToUnixSeconds(credit.at);
    long long id = 0;
    Execute(unit_.sql, kInsertCredit, soci::use(enrollment_id, "enrollment_id"), soci::use(kind, "kind"),
            soci::use(count, "count"), soci::use(credit.reason, "reason"), UseNullable(user, "created_by"),
            soci::use(at, "created_at"), soci::into(id));
    return static_cast<std::int64_t>(id);
  });
}

void SociProgrammeRepository::SetStepsDone(app::EnrollmentId enrollment, domain::ElementKind kind, int done,
                                           std::optional<domain::UserId> by, domain::Timestamp at) {
  Guarded(unit_, [&] {
    long long enrollment_id = enrollment;
    std::string code(domain::ElementKindCode(kind));
    if (done <= 0) {
      Execute(unit_.sql, kDeleteSteps, soci::use(enrollment_id, "enrollment_id"), soci::use(code, "kind"));
      return;
    }
    Nullable<domain::UserId> user(by);
    long long updated_at = ToUnixSeconds(at);
    Execute(unit_.sql, kUpsertSteps, soci::use(enrollment_id, "enrollment_id"), soci::use(code, "kind"),
            soci::use(done, "done"), UseNullable(user, "updated_by"), soci::use(updated_at, "updated_at"));
  });
}

void SociProgrammeRepository::IssueCertificate(const app::Certificate& certificate) {
  Guarded(unit_, [&] {
    long long enrollment_id = certificate.enrollment;
    long long issued_at = ToUnixSeconds(certificate.issued_at);
    Execute(unit_.sql, kIssueCertificate, soci::use(enrollment_id, "enrollment_id"),
            soci::use(certificate.code, "code"), soci::use(certificate.criteria, "criteria"),
            soci::use(issued_at, "issued_at"));
    return 0;
  });
}

std::optional<app::Certificate> SociProgrammeRepository::CertificateOfEnrollment(app::EnrollmentId enrollment) {
  return Guarded(unit_, [&] {
    long long id = enrollment;
    return SelectFirst<CertificateRow>(unit_.sql, kCertificateOfEnrollment, &CertificateRow::ToCertificate,
                                       soci::use(id, "id"));
  });
}

std::optional<app::Certificate> SociProgrammeRepository::FindCertificate(const std::string& code) {
  return Guarded(unit_, [&] {
    std::string wanted = code;
    return SelectFirst<CertificateRow>(unit_.sql, kCertificateByCode, &CertificateRow::ToCertificate,
                                       soci::use(wanted, "code"));
  });
}

std::vector<app::Credit> SociProgrammeRepository::CreditsOf(app::EnrollmentId enrollment) {
  return Guarded(unit_, [&] {
    long long enrollment_id = enrollment;
    return SelectRows<CreditRow>(unit_.sql, kCreditsOf, &CreditRow::ToCredit,
                                 soci::use(enrollment_id, "enrollment_id"));
  });
}

std::vector<app::ElementTally> SociProgrammeRepository::TalliesOfProgramme(app::ProgrammeId programme,
                                                                           domain::Timestamp now) {
  return Guarded(unit_, [&] {
    long long programme_id = programme;
    long long now_seconds = ToUnixSeconds(now);
    auto tallies =
        SelectRows<TallyRow>(unit_.sql, kTalliesOfProgramme, &TallyRow::ToTally, soci::use(now_seconds, "now"),
                             soci::use(programme_id, "programme"), soci::use(programme_id, "programme_again"),
                             soci::use(programme_id, "programme_third"));
    std::sort(tallies.begin(), tallies.end(), TallyOrder);
    return tallies;
  });
}

std::vector<app::ElementTally> SociProgrammeRepository::TalliesOfEnrollments(
    const std::vector<app::EnrollmentId>& enrollments, domain::Timestamp now) {
  return Guarded(unit_, [&] {
    std::vector<app::ElementTally> tallies;
    long long now_seconds = ToUnixSeconds(now);
    for (std::size_t from = 0; from < enrollments.size(); from += kEnrollmentsPerStatement) {
      std::string ids;
      for (std::size_t i = from; i < std::min(enrollments.size(), from + kEnrollmentsPerStatement); ++i) {
        if (i > from) ids += ',';
        ids += std::to_string(enrollments[i]);
      }
      const std::string condition = " e.id IN (" + ids + ") ";
      std::string query(kTalliesHead);
      query += condition;
      query += kTalliesSteps;
      query += condition;
      query += kTalliesMiddle;
      query += condition;
      query += kTalliesTail;
      auto part = SelectRows<TallyRow>(unit_.sql, query, &TallyRow::ToTally, soci::use(now_seconds, "now"));
      tallies.insert(tallies.end(), part.begin(), part.end());
    }
    // An enrolment named twice (in two statements) is counted once.
    std::sort(tallies.begin(), tallies.end(), TallyOrder);
    tallies.erase(std::unique(tallies.begin(), tallies.end(),
                              [](const app::ElementTally& a, const app::ElementTally& b) {
                                return a.enrollment == b.enrollment && a.kind == b.kind;
                              }),
                  tallies.end());
    return tallies;
  });
}

app::ProgrammeSessionId SociProgrammeRepository::CreateSession(app::ProgrammeId programme,
                                                               const app::SessionFields& fields,
                                                               std::optional<domain::UserId> by, domain::Timestamp at) {
  return Guarded(unit_, [&] {
    long long programme_id = programme;
    std::string kind(domain::ElementKindCode(fields.kind));
    long long starts_at = ToUnixSeconds(fields.starts_at);
    long long ends_at = ToUnixSeconds(fields.ends_at);
    int capacity = fields.capacity;
    std::string registration_deadline = ToSqlDate(fields.registration_deadline);
    std::string cancellation_deadline = ToSqlDate(fields.cancellation_deadline);
    Nullable<domain::UserId> organiser(fields.organiser);
    Nullable<domain::UserId> user(by);
    long long now = ToUnixSeconds(at);
    long long id = 0;
    Execute(unit_.sql, kInsertSession, soci::use(programme_id, "programme_id"), soci::use(kind, "kind"),
            soci::use(fields.title, "title"), soci::use(starts_at, "starts_at"), soci::use(ends_at, "ends_at"),
            soci::use(fields.place, "place"), soci::use(fields.online_link, "online_link"),
            soci::use(fields.teacher, "teacher"), soci::use(capacity, "capacity"),
            soci::use(registration_deadline, "registration_deadline"),
            soci::use(cancellation_deadline, "cancellation_deadline"), UseNullable(organiser, "organiser"),
            UseNullable(user, "created_by"), soci::use(now, "created_at"), UseNullable(user, "updated_by"),
            soci::use(now, "updated_at"), soci::into(id));
    return static_cast<app::ProgrammeSessionId>(id);
  });
}

bool SociProgrammeRepository::UpdateSession(app::ProgrammeSessionId id, int revision, const app::SessionFields& fields,
                                            std::optional<domain::UserId> by, domain::Timestamp at) {
  return Guarded(unit_, [&] {
    long long session_id = id;
    int expected = revision;
    std::string kind(domain::ElementKindCode(fields.kind));
    long long starts_at = ToUnixSeconds(fields.starts_at);
    long long ends_at = ToUnixSeconds(fields.ends_at);
    int capacity = fields.capacity;
    std::string registration_deadline = ToSqlDate(fields.registration_deadline);
    std::string cancellation_deadline = ToSqlDate(fields.cancellation_deadline);
    Nullable<domain::UserId> organiser(fields.organiser);
    Nullable<domain::UserId> user(by);
    long long now = ToUnixSeconds(at);
    return Execute(unit_.sql, kUpdateSession, soci::use(kind, "kind"), soci::use(fields.title, "title"),
                   soci::use(starts_at, "starts_at"), soci::use(ends_at, "ends_at"), soci::use(fields.place, "place"),
                   soci::use(fields.online_link, "online_link"), soci::use(fields.teacher, "teacher"),
                   soci::use(capacity, "capacity"), soci::use(registration_deadline, "registration_deadline"),
                   soci::use(cancellation_deadline, "cancellation_deadline"), UseNullable(organiser, "organiser"),
                   UseNullable(user, "updated_by"), soci::use(now, "updated_at"), soci::use(session_id, "id"),
                   soci::use(expected, "revision")) > 0;
  });
}

bool SociProgrammeRepository::CancelSession(app::ProgrammeSessionId id, int revision, std::optional<domain::UserId> by,
                                            domain::Timestamp at) {
  return Guarded(unit_, [&] {
    long long session_id = id;
    int expected = revision;
    Nullable<domain::UserId> user(by);
    long long now = ToUnixSeconds(at);
    return Execute(unit_.sql, kCancelSession, UseNullable(user, "updated_by"), soci::use(now, "updated_at"),
                   soci::use(session_id, "id"), soci::use(expected, "revision")) > 0;
  });
}

std::optional<app::ProgrammeSession> SociProgrammeRepository::FindSession(app::ProgrammeSessionId id) {
  return Guarded(unit_, [&] {
    long long session_id = id;
    return SelectFirst<SessionRow>(unit_.sql, kFindSession, &SessionRow::ToSession, soci::use(session_id, "id"));
  });
}

std::vector<app::ProgrammeSession> SociProgrammeRepository::SessionsOfProgramme(app::ProgrammeId programme) {
  return Guarded(unit_, [&] {
    long long programme_id = programme;
    return SelectRows<SessionRow>(unit_.sql, kSessionsOfProgramme, &SessionRow::ToSession,
                                  soci::use(programme_id, "programme"));
  });
}

std::vector<app::ProgrammeSession> SociProgrammeRepository::SessionsBetween(domain::Timestamp from,
                                                                            domain::Timestamp until) {
  return Guarded(unit_, [&] {
    long long from_seconds = ToUnixSeconds(from);
    long long until_seconds = ToUnixSeconds(until);
    return SelectRows<SessionRow>(unit_.sql, kSessionsBetween, &SessionRow::ToSession, soci::use(from_seconds, "from"),
                                  soci::use(until_seconds, "until"));
  });
}

std::optional<app::Registration> SociProgrammeRepository::ActiveRegistration(app::ProgrammeSessionId session,
                                                                             domain::PersonId person) {
  return Guarded(unit_, [&] {
    long long session_id = session;
    long long person_id = person;
    return SelectFirst<RegistrationRow>(unit_.sql, kActiveRegistration, &RegistrationRow::ToRegistration,
                                        soci::use(session_id, "session"), soci::use(person_id, "person"));
  });
}

std::optional<app::Registration> SociProgrammeRepository::FindRegistration(app::RegistrationId id) {
  return Guarded(unit_, [&] {
    long long registration_id = id;
    return SelectFirst<RegistrationRow>(unit_.sql, kFindRegistration, &RegistrationRow::ToRegistration,
                                        soci::use(registration_id, "id"));
  });
}

app::RegistrationId SociProgrammeRepository::AddRegistration(app::ProgrammeSessionId session, domain::PersonId person,
                                                             app::RegistrationStatus status,
                                                             std::optional<domain::UserId> by, domain::Timestamp at) {
  return Guarded(unit_, [&] {
    long long session_id = session;
    long long person_id = person;
    Nullable<domain::UserId> user(by);
    long long now = ToUnixSeconds(at);
    long long id = 0;
    switch (status) {
      case app::RegistrationStatus::Registered:
        Execute(unit_.sql, kInsertRegistration, soci::use(session_id, "session"), soci::use(person_id, "person"),
                soci::use(now, "registered_at"), UseNullable(user, "by"), soci::into(id));
        break;
      case app::RegistrationStatus::Waitlisted:
        Execute(unit_.sql, kInsertWaiting, soci::use(session_id, "session"), soci::use(person_id, "person"),
                soci::use(session_id, "session_again"), soci::use(now, "registered_at"), UseNullable(user, "by"),
                soci::into(id));
        break;
      case app::RegistrationStatus::Cancelled:
        throw std::invalid_argument("AddRegistration: a new registration is Registered or Waitlisted");
    }
    return static_cast<app::RegistrationId>(id);
  });
}

bool SociProgrammeRepository::CancelRegistration(app::RegistrationId id, bool in_time, domain::Timestamp at) {
  return Guarded(unit_, [&] {
    long long registration_id = id;
    const auto registration = SelectFirst<RegistrationRow>(
        unit_.sql, kFindRegistration, &RegistrationRow::ToRegistration, soci::use(registration_id, "id"));
    if (!registration || registration->status == app::RegistrationStatus::Cancelled) return false;
    long long now = ToUnixSeconds(at);
    // Only a seat holder gets an attendance: leaving the waitlist late is no absence.
    std::optional<std::string> code;
    if (registration->status == app::RegistrationStatus::Registered) {
      code = std::string(kAttendanceCodes.Code(in_time ? app::Attendance::CancelledInTime : app::Attendance::Absent));
    }
    Nullable<std::string> attendance(code);
    if (Execute(unit_.sql, kCancelRegistration, soci::use(now, "cancelled_at"), UseNullable(attendance, "attendance"),
                soci::use(registration_id, "id")) == 0) {
      return false;
    }
    if (registration->status == app::RegistrationStatus::Waitlisted) {
      long long session_id = registration->session;
      int position = registration->waitlist_position;
      Execute(unit_.sql, kMoveWaitlistUp, soci::use(session_id, "session"), soci::use(position, "position"));
    }
    return true;
  });
}

std::optional<app::Registration> SociProgrammeRepository::PromoteFirstWaiting(app::ProgrammeSessionId session,
                                                                              domain::Timestamp at) {
  return Guarded(unit_, [&]() -> std::optional<app::Registration> {
    long long session_id = session;
    const auto first = SelectFirst<RegistrationRow>(unit_.sql, kFirstWaiting, &RegistrationRow::ToRegistration,
                                                    soci::use(session_id, "session"));
    if (!first) return std::nullopt;
    long long registration_id = first->id;
    long long now = ToUnixSeconds(at);
    Execute(unit_.sql, kPromote, soci::use(now, "promoted_at"), soci::use(registration_id, "id"));
    int position = first->waitlist_position;
    Execute(unit_.sql, kMoveWaitlistUp, soci::use(session_id, "session"), soci::use(position, "position"));
    return SelectFirst<RegistrationRow>(unit_.sql, kFindRegistration, &RegistrationRow::ToRegistration,
                                        soci::use(registration_id, "id"));
  });
}

std::vector<app::Registration> SociProgrammeRepository::RegistrationsOfSession(app::ProgrammeSessionId session) {
  return Guarded(unit_, [&] {
    long long session_id = session;
    return SelectRows<RegistrationRow>(unit_.sql, kRegistrationsOfSession, &RegistrationRow::ToRegistration,
                                       soci::use(session_id, "session"));
  });
}

std::vector<std::pair<app::Registration, app::ProgrammeSession>> SociProgrammeRepository::RegistrationsOfPerson(
    domain::PersonId person) {
  return Guarded(unit_, [&] {
    long long person_id = person;
    return SelectRows<RegistrationWithSessionRow>(unit_.sql, kRegistrationsOfPerson,
                                                  &RegistrationWithSessionRow::ToPair, soci::use(person_id, "person"));
  });
}

bool SociProgrammeRepository::SetAttendance(app::RegistrationId id, app::Attendance attendance,
                                            std::optional<domain::UserId> by, domain::Timestamp at) {
  return Guarded(unit_, [&] {
    long long registration_id = id;
    std::string code(kAttendanceCodes.Code(attendance));
    Nullable<domain::UserId> user(by);
    long long now = ToUnixSeconds(at);
    return Execute(unit_.sql, kSetAttendance, soci::use(code, "attendance"), UseNullable(user, "by"),
                   soci::use(now, "at"), soci::use(registration_id, "id")) > 0;
  });
}

}  // namespace lp::storage
