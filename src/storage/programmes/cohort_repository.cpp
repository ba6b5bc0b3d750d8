#include "storage/programmes/cohort_repository.hpp"

#include <map>
#include <string>

#include "storage/platform/rows.hpp"

namespace lp::storage {
namespace {

using domain::FromUnixSeconds;
using domain::ToUnixSeconds;

std::optional<app::CohortApplicationStatus> ParseApplicationStatus(std::string_view code) {
  return app::kCohortApplicationStatusTable.Parse(code);
}

// The stored codes of attendance, those of session attendance.
constexpr auto kCohortAttendanceCodes = domain::MakeEnumTable<app::Attendance>({
    {app::Attendance::Present, "moedt", ""},
    {app::Attendance::Absent, "udeblevet", ""},
    {app::Attendance::CancelledInTime, "afmeldt-i-tide", ""},
});

std::optional<app::Attendance> ParseCohortAttendance(std::string_view code) {
  return kCohortAttendanceCodes.Parse(code);
}

// Cohorts, with their members (admitted applications).

constexpr std::string_view kSelectCohorts =
    "SELECT c.id, c.programme_id, c.name, c.starts_on, c.ends_on, c.capacity, c.application_deadline, "
    "c.description, (SELECT COUNT(*) FROM cohort_applications a WHERE a.cohort_id = c.id AND a.status = 'optaget'), "
    "c.revision, c.updated_at FROM programme_cohorts c";
constexpr std::string_view kCohortById = "WHERE c.id = :id";
constexpr std::string_view kCohortsOfProgrammeInOrder = "WHERE c.programme_id = :programme ORDER BY c.starts_on, c.id";
constexpr std::string_view kFindCohort = kJoined<kSelectCohorts, kCohortById>;
constexpr std::string_view kCohortsOfProgramme = kJoined<kSelectCohorts, kCohortsOfProgrammeInOrder>;
constexpr std::string_view kInsertCohort =
    "INSERT INTO programme_cohorts (programme_id, name, starts_on, ends_on, capacity, application_deadline, "
    "description, created_by_user_id, created_at, updated_by_user_id, updated_at) "
    "VALUES (:programme_id, :name, :starts_on, :ends_on, :capacity, :application_deadline, :description, "
    ":created_by, :created_at, :updated_by, :updated_at) RETURNING id";
constexpr std::string_view kUpdateCohort =
    "UPDATE programme_cohorts SET name = :name, starts_on = :starts_on, ends_on = :ends_on, capacity = :capacity, "
    "application_deadline = :application_deadline, description = :description, revision = revision + 1, "
    "updated_by_user_id = :updated_by, updated_at = :updated_at WHERE id = :id AND revision = :revision";

constexpr std::string_view kChecklistOf =
    "SELECT position, text FROM cohort_checklist_items WHERE cohort_id = :cohort ORDER BY position";
constexpr std::string_view kDeleteChecklist = "DELETE FROM cohort_checklist_items WHERE cohort_id = :cohort";
constexpr std::string_view kInsertChecklistItem =
    "INSERT INTO cohort_checklist_items (cohort_id, position, text) VALUES (:cohort, :position, :text)";

// Meetings and material.

constexpr std::string_view kMeetingsOf =
    "SELECT id, cohort_id, starts_at, ends_at, place, online_link, theme, notes FROM cohort_meetings "
    "WHERE cohort_id = :cohort ORDER BY starts_at, id";
constexpr std::string_view kInsertMeeting =
    "INSERT INTO cohort_meetings (cohort_id, starts_at, ends_at, place, online_link, theme, notes, "
    "created_by_user_id, created_at) VALUES (:cohort, :starts_at, :ends_at, :place, :online_link, :theme, :notes, "
    ":created_by, :created_at) RETURNING id";
constexpr std::string_view kDeleteMeeting = "DELETE FROM cohort_meetings WHERE id = :id AND cohort_id = :cohort";
constexpr std::string_view kSetMeetingAttendance =
    "INSERT INTO cohort_meeting_attendance (meeting_id, person_id, attendance, recorded_by_user_id, recorded_at) "
    "VALUES (:meeting, :person, :attendance, :by, :at) ON CONFLICT (meeting_id, person_id) DO UPDATE SET "
    "attendance = excluded.attendance, recorded_by_user_id = excluded.recorded_by_user_id, "
    "recorded_at = excluded.recorded_at";
constexpr std::string_view kAttendanceOfCohort =
    "SELECT a.meeting_id, a.person_id, a.attendance, a.recorded_by_user_id, a.recorded_at "
    "FROM cohort_meeting_attendance a JOIN cohort_meetings m ON m.id = a.meeting_id "
    "WHERE m.cohort_id = :cohort ORDER BY m.starts_at, m.id, a.person_id";
constexpr std::string_view kMaterialsOf =
    "SELECT id, cohort_id, title, link, body, added_by_user_id, added_at FROM cohort_materials "
    "WHERE cohort_id = :cohort ORDER BY added_at DESC, id DESC";
constexpr std::string_view kInsertMaterial =
    "INSERT INTO cohort_materials (cohort_id, title, link, body, added_by_user_id, added_at) "
    "VALUES (:cohort, :title, :link, :body, :added_by, :added_at) RETURNING id";
constexpr std::string_view kDeleteMaterial = "DELETE FROM cohort_materials WHERE id = :id AND cohort_id = :cohort";

// Applications and their answers.

constexpr std::string_view kSelectApplications =
    "SELECT id, programme_id, cohort_id, person_id, motivation, status, submitted_at, signed_off_by_user_id, "
    "signed_off_at, signoff_comment, decided_by_user_id, decided_at, decision_reason, enrollment_id, revision, "
    "created_at, updated_at FROM cohort_applications";
constexpr std::string_view kApplicationById = "WHERE id = :id";
constexpr std::string_view kActiveOfCohortAndPerson =
    "WHERE cohort_id = :cohort AND person_id = :person AND status NOT IN ('trukket-tilbage', 'afslaaet')";
constexpr std::string_view kOfPersonNewestFirst = "WHERE person_id = :person ORDER BY created_at DESC, id DESC";
constexpr std::string_view kOfCohortOldestFirst = "WHERE cohort_id = :cohort ORDER BY created_at, id";
constexpr std::string_view kInStatusOldestFirst = "WHERE status = :status ORDER BY submitted_at, id";
constexpr std::string_view kFindApplication = kJoined<kSelectApplications, kApplicationById>;
constexpr std::string_view kActiveApplication = kJoined<kSelectApplications, kActiveOfCohortAndPerson>;
constexpr std::string_view kApplicationsOfPerson = kJoined<kSelectApplications, kOfPersonNewestFirst>;
constexpr std::string_view kApplicationsOfCohort = kJoined<kSelectApplications, kOfCohortOldestFirst>;
constexpr std::string_view kApplicationsInStatus = kJoined<kSelectApplications, kInStatusOldestFirst>;

constexpr std::string_view kInsertApplication =
    "INSERT INTO cohort_applications (programme_id, cohort_id, person_id, motivation, status, submitted_at, "
    "created_at, updated_at) VALUES (:programme_id, :cohort_id, :person_id, :motivation, 'indsendt', "
    ":submitted_at, :created_at, :updated_at) RETURNING id";
constexpr std::string_view kResubmit =
    "UPDATE cohort_applications SET motivation = :motivation, status = 'indsendt', submitted_at = :submitted_at, "
    "signed_off_by_user_id = NULL, signed_off_at = NULL, revision = revision + 1, updated_at = :updated_at "
    "WHERE id = :id AND revision = :revision AND status = 'sendt-tilbage'";
constexpr std::string_view kRecordSignOff =
    "UPDATE cohort_applications SET status = :status, signed_off_by_user_id = :by, signed_off_at = :at, "
    "signoff_comment = :comment, revision = revision + 1, updated_at = :updated_at "
    "WHERE id = :id AND revision = :revision AND status = 'indsendt'";
constexpr std::string_view kRecordDecision =
    "UPDATE cohort_applications SET status = :status, enrollment_id = :enrollment, decided_by_user_id = :by, "
    "decided_at = :at, decision_reason = :reason, revision = revision + 1, updated_at = :updated_at "
    "WHERE id = :id AND revision = :revision AND status = 'godkendt-lokalt'";
constexpr std::string_view kWithdraw =
    "UPDATE cohort_applications SET status = 'trukket-tilbage', revision = revision + 1, updated_at = :updated_at "
    "WHERE id = :id AND revision = :revision AND status IN ('indsendt', 'godkendt-lokalt', 'sendt-tilbage')";

constexpr std::string_view kAnswersOf =
    "SELECT position, CASE WHEN done THEN 1 ELSE 0 END, note FROM cohort_application_answers "
    "WHERE application_id = :application ORDER BY position";
constexpr std::string_view kDeleteAnswers =
    "DELETE FROM cohort_application_answers WHERE application_id = :application";
constexpr std::string_view kInsertAnswer =
    "INSERT INTO cohort_application_answers (application_id, position, done, note) "
    "VALUES (:application, :position, CASE WHEN :done = 1 THEN TRUE ELSE FALSE END, :note)";

// The columns of kSelectCohorts (the checklist is read apart).
struct CohortRow {
  long long id = 0;
  long long programme = 0;
  std::string name;
  std::string starts_on;
  std::string ends_on;
  int capacity = 0;
  std::string application_deadline;
  std::string description;
  long long members = 0;
  int revision = 0;
  long long updated_at = 0;

  app::Cohort ToCohort() const {
    app::Cohort cohort;
    cohort.id = static_cast<app::CohortId>(id);
    cohort.programme = static_cast<app::ProgrammeId>(programme);
    cohort.fields.name = name;
    cohort.fields.starts_on = FromSqlDate(starts_on, "programme_cohorts.starts_on");
    cohort.fields.ends_on = FromSqlDate(ends_on, "programme_cohorts.ends_on");
    cohort.fields.capacity = capacity;
    cohort.fields.application_deadline = FromSqlDate(application_deadline, "programme_cohorts.application_deadline");
    cohort.fields.description = description;
    cohort.members = static_cast<int>(members);
    cohort.revision = revision;
    cohort.updated_at = FromUnixSeconds(updated_at);
    return cohort;
  }
};

void Into(soci::statement& statement, CohortRow& row) {
  statement.exchange(soci::into(row.id));
  statement.exchange(soci::into(row.programme));
  statement.exchange(soci::into(row.name));
  statement.exchange(soci::into(row.starts_on));
  statement.exchange(soci::into(row.ends_on));
  statement.exchange(soci::into(row.capacity));
  statement.exchange(soci::into(row.application_deadline));
  statement.exchange(soci::into(row.description));
  statement.exchange(soci::into(row.members));
  statement.exchange(soci::into(row.revision));
  statement.exchange(soci::into(row.updated_at));
}

// The columns of kChecklistOf.
struct ChecklistItemRow {
  int position = 0;
  std::string text;

  std::string ToText() const { return text; }
};

void Into(soci::statement& statement, ChecklistItemRow& row) {
  statement.exchange(soci::into(row.position));
  statement.exchange(soci::into(row.text));
}

// The columns of kMeetingsOf.
struct MeetingRow {
  long long id = 0;
  long long cohort = 0;
  long long starts_at = 0;
  long long ends_at = 0;
  std::string place;
  std::string online_link;
  std::string theme;
  std::string notes;

  app::CohortMeeting ToMeeting() const {
    app::CohortMeeting meeting;
    meeting.id = static_cast<app::CohortMeetingId>(id);
    meeting.cohort = static_cast<app::CohortId>(cohort);
    meeting.fields.starts_at = FromUnixSeconds(starts_at);
    meeting.fields.ends_at = FromUnixSeconds(ends_at);
    meeting.fields.place = place;
    meeting.fields.online_link = online_link;
    meeting.fields.theme = theme;
    meeting.fields.notes = notes;
    return meeting;
  }
};

void Into(soci::statement& statement, MeetingRow& row) {
  statement.exchange(soci::into(row.id));
  statement.exchange(soci::into(row.cohort));
  statement.exchange(soci::into(row.starts_at));
  statement.exchange(soci::into(row.ends_at));
  statement.exchange(soci::into(row.place));
  statement.exchange(soci::into(row.online_link));
  statement.exchange(soci::into(row.theme));
  statement.exchange(soci::into(row.notes));
}

// The columns of kAttendanceOfCohort.
struct MeetingAttendanceRow {
  long long meeting = 0;
  long long person = 0;
  std::string attendance;
  Nullable<domain::UserId> recorded_by;
  long long recorded_at = 0;

  app::CohortMeetingAttendance ToAttendance() const {
    app::CohortMeetingAttendance record;
    record.meeting = static_cast<app::CohortMeetingId>(meeting);
    record.person = static_cast<domain::PersonId>(person);
    record.attendance = DecodeCode(attendance, "cohort_meeting_attendance.attendance", ParseCohortAttendance);
    record.recorded_by = recorded_by.Get();
    record.recorded_at = FromUnixSeconds(recorded_at);
    return record;
  }
};

void Into(soci::statement& statement, MeetingAttendanceRow& row) {
  statement.exchange(soci::into(row.meeting));
  statement.exchange(soci::into(row.person));
  statement.exchange(soci::into(row.attendance));
  statement.exchange(IntoNullable(row.recorded_by));
  statement.exchange(soci::into(row.recorded_at));
}

// The columns of kMaterialsOf.
struct MaterialRow {
  long long id = 0;
  long long cohort = 0;
  std::string title;
  std::string link;
  std::string body;
  Nullable<domain::UserId> added_by;
  long long added_at = 0;

  app::CohortMaterial ToMaterial() const {
    app::CohortMaterial material;
    material.id = static_cast<app::CohortMaterialId>(id);
    material.cohort = static_cast<app::CohortId>(cohort);
    material.title = title;
    material.link = link;
    material.body = body;
    material.added_by = added_by.Get();
    material.added_at = FromUnixSeconds(added_at);
    return material;
  }
};

void Into(soci::statement& statement, MaterialRow& row) {
  statement.exchange(soci::into(row.id));
  statement.exchange(soci::into(row.cohort));
  statement.exchange(soci::into(row.title));
  statement.exchange(soci::into(row.link));
  statement.exchange(soci::into(row.body));
  statement.exchange(IntoNullable(row.added_by));
  statement.exchange(soci::into(row.added_at));
}

// The columns of kSelectApplications (the answers are read apart).
struct ApplicationRow {
  long long id = 0;
  long long programme = 0;
  long long cohort = 0;
  long long person = 0;
  std::string motivation;
  std::string status;
  long long submitted_at = 0;
  Nullable<domain::UserId> signed_off_by;
  Nullable<domain::Timestamp> signed_off_at;
  std::string signoff_comment;
  Nullable<domain::UserId> decided_by;
  Nullable<domain::Timestamp> decided_at;
  std::string decision_reason;
  Nullable<app::EnrollmentId> enrollment;
  int revision = 0;
  long long created_at = 0;
  long long updated_at = 0;

  app::CohortApplication ToApplication() const {
    app::CohortApplication application;
    application.id = static_cast<app::CohortApplicationId>(id);
    application.programme = static_cast<app::ProgrammeId>(programme);
    application.cohort = static_cast<app::CohortId>(cohort);
    application.person = static_cast<domain::PersonId>(person);
    application.motivation = motivation;
    application.status = DecodeCode(status, "cohort_applications.status", ParseApplicationStatus);
    application.submitted_at = FromUnixSeconds(submitted_at);
    application.signed_off_by = signed_off_by.Get();
    application.signed_off_at = signed_off_at.Get();
    application.signoff_comment = signoff_comment;
    application.decided_by = decided_by.Get();
    application.decided_at = decided_at.Get();
    application.decision_reason = decision_reason;
    application.enrollment = enrollment.Get();
    application.revision = revision;
    application.created_at = FromUnixSeconds(created_at);
    application.updated_at = FromUnixSeconds(updated_at);
    return application;
  }
};

void Into(soci::statement& statement, ApplicationRow& row) {
  statement.exchange(soci::into(row.id));
  statement.exchange(soci::into(row.programme));
  statement.exchange(soci::into(row.cohort));
  statement.exchange(soci::into(row.person));
  statement.exchange(soci::into(row.motivation));
  statement.exchange(soci::into(row.status));
  statement.exchange(soci::into(row.submitted_at));
  statement.exchange(IntoNullable(row.signed_off_by));
  statement.exchange(IntoNullable(row.signed_off_at));
  statement.exchange(soci::into(row.signoff_comment));
  statement.exchange(IntoNullable(row.decided_by));
  statement.exchange(IntoNullable(row.decided_at));
  statement.exchange(soci::into(row.decision_reason));
  statement.exchange(IntoNullable(row.enrollment));
  statement.exchange(soci::into(row.revision));
  statement.exchange(soci::into(row.created_at));
  statement.exchange(soci::into(row.updated_at));
}

// The columns of kAnswersOf.
struct AnswerRow {
  int position = 0;
  int done = 0;
  std::string note;

  app::CohortChecklistAnswer ToAnswer() const { return {position, done != 0, note}; }
};

void Into(soci::statement& statement, AnswerRow& row) {
  statement.exchange(soci::into(row.position));
  statement.exchange(soci::into(row.done));
  statement.exchange(soci::into(row.note));
}

}  // namespace

void SociCohortRepository::InsertChecklist(long long cohort, const std::vector<std::string>& checklist) {
  if (checklist.empty()) return;
  // The bound values of one row, re-executed per item (SOCI reads them when it runs).
  struct {
    int position = 0;
    std::string text;
  } row;
  soci::statement insert = (unit_.sql.prepare << kInsertChecklistItem, soci::use(cohort, "cohort"),
                            soci::use(row.position, "position"), soci::use(row.text, "text"));
  for (const auto& item : checklist) {
    ++row.position;
    row.text = item;
    insert.execute(true);
  }
}

void SociCohortRepository::LoadChecklists(std::vector<app::Cohort>& cohorts) {
  for (auto& cohort : cohorts) {
    long long cohort_id = cohort.id;
    cohort.fields.checklist = SelectRows<ChecklistItemRow>(unit_.sql, kChecklistOf, &ChecklistItemRow::ToText,
                                                           soci::use(cohort_id, "cohort"));
  }
}

void SociCohortRepository::InsertAnswers(long long application,
                                         const std::vector<app::CohortChecklistAnswer>& answers) {
  if (answers.empty()) return;
  // The bound values of one row, re-executed per answer (SOCI reads them when it runs).
  struct {
    int position = 0;
    int done = 0;
    std::string note;
  } row;
  soci::statement insert =
      (unit_.sql.prepare << kInsertAnswer, soci::use(application, "application"), soci::use(row.position, "position"),
       soci::use(row.done, "done"), soci::use(row.note, "note"));
  for (const auto& answer : answers) {
    row.position = answer.position;
    row.done = answer.done ? 1 : 0;
    row.note = answer.note;
    insert.execute(true);
  }
}

void SociCohortRepository::LoadAnswers(std::vector<app::CohortApplication>& applications) {
  for (auto& application : applications) {
    long long application_id = application.id;
    application.answers =
        SelectRows<AnswerRow>(unit_.sql, kAnswersOf, &AnswerRow::ToAnswer, soci::use(application_id, "application"));
  }
}

app::CohortId SociCohortRepository::CreateCohort(app::ProgrammeId programme, const app::CohortFields& fields,
                                                 std::optional<domain::UserId> by, domain::Timestamp at) {
  return Guarded(unit_, [&] {
    long long programme_id = programme;
    std::string starts_on = ToSqlDate(fields.starts_on);
    std::string ends_on = ToSqlDate(fields.ends_on);
    std::string deadline = ToSqlDate(fields.application_deadline);
    int capacity = fields.capacity;
    Nullable<domain::UserId> user(by);
    long long now = ToUnixSeconds(at);
    long long id = 0;
    Execute(unit_.sql, kInsertCohort, soci::use(programme_id, "programme_id"), soci::use(fields.name, "name"),
            soci::use(starts_on, "starts_on"), soci::use(ends_on, "ends_on"), soci::use(capacity, "capacity"),
            soci::use(deadline, "application_deadline"), soci::use(fields.description, "description"),
            UseNullable(user, "created_by"), soci::use(now, "created_at"), UseNullable(user, "updated_by"),
            soci::use(now, "updated_at"), soci::into(id));
    InsertChecklist(id, fields.checklist);
    return static_cast<app::CohortId>(id);
  });
}

bool SociCohortRepository::UpdateCohort(app::CohortId id, int revision, const app::CohortFields& fields,
                                        std::optional<domain::UserId> by, domain::Timestamp at) {
  return Guarded(unit_, [&] {
    long long cohort_id = id;
    int expected = revision;
    std::string starts_on = ToSqlDate(fields.starts_on);
    std::string ends_on = ToSqlDate(fields.ends_on);
    std::string deadline = ToSqlDate(fields.application_deadline);
    int capacity = fields.capacity;
    Nullable<domain::UserId> user(by);
    long long now = ToUnixSeconds(at);
    const bool updated =
        Execute(unit_.sql, kUpdateCohort, soci::use(fields.name, "name"), soci::use(starts_on, "starts_on"),
                soci::use(ends_on, "ends_on"), soci::use(capacity, "capacity"),
                soci::use(deadline, "application_deadline"), soci::use(fields.description, "description"),
                UseNullable(user, "updated_by"), soci::use(now, "updated_at"), soci::use(cohort_id, "id"),
                soci::use(expected, "revision")) > 0;
    if (!updated) return false;
    Execute(unit_.sql, kDeleteChecklist, soci::use(cohort_id, "cohort"));
    InsertChecklist(cohort_id, fields.checklist);
    return true;
  });
}

std::optional<app::Cohort> SociCohortRepository::FindCohort(app::CohortId id) {
  return Guarded(unit_, [&]() -> std::optional<app::Cohort> {
    long long cohort_id = id;
    auto cohort = SelectFirst<CohortRow>(unit_.sql, kFindCohort, &CohortRow::ToCohort, soci::use(cohort_id, "id"));
    if (!cohort) return std::nullopt;
    std::vector<app::Cohort> one{std::move(*cohort)};
    LoadChecklists(one);
    return std::move(one.front());
  });
}

std::vector<app::Cohort> SociCohortRepository::CohortsOfProgramme(app::ProgrammeId programme) {
  return Guarded(unit_, [&] {
    long long programme_id = programme;
    auto cohorts = SelectRows<CohortRow>(unit_.sql, kCohortsOfProgramme, &CohortRow::ToCohort,
                                         soci::use(programme_id, "programme"));
    LoadChecklists(cohorts);
    return cohorts;
  });
}

app::CohortMeetingId SociCohortRepository::AddMeeting(app::CohortId cohort, const app::CohortMeetingFields& fields,
                                                      std::optional<domain::UserId> by, domain::Timestamp at) {
  return Guarded(unit_, [&] {
    long long cohort_id = cohort;
    long long starts_at = ToUnixSeconds(fields.starts_at);
    long long ends_at = ToUnixSeconds(fields.ends_at);
    Nullable<domain::UserId> user(by);
    long long now = ToUnixSeconds(at);
    long long id = 0;
    Execute(unit_.sql, kInsertMeeting, soci::use(cohort_id, "cohort"), soci::use(starts_at, "starts_at"),
            soci::use(ends_at, "ends_at"), soci::use(fields.place, "place"),
            soci::use(fields.online_link, "online_link"), soci::use(fields.theme, "theme"),
            soci::use(fields.notes, "notes"), UseNullable(user, "created_by"), soci::use(now, "created_at"),
            soci::into(id));
    return static_cast<app::CohortMeetingId>(id);
  });
}

bool SociCohortRepository::DeleteMeeting(app::CohortId cohort, app::CohortMeetingId id) {
  return Guarded(unit_, [&] {
    long long cohort_id = cohort;
    long long meeting_id = id;
    return Execute(unit_.sql, kDeleteMeeting, soci::use(meeting_id, "id"), soci::use(cohort_id, "cohort")) > 0;
  });
}

std::vector<app::CohortMeeting> SociCohortRepository::MeetingsOf(app::CohortId cohort) {
  return Guarded(unit_, [&] {
    long long cohort_id = cohort;
    return SelectRows<MeetingRow>(unit_.sql, kMeetingsOf, &MeetingRow::ToMeeting, soci::use(cohort_id, "cohort"));
  });
}

void SociCohortRepository::SetMeetingAttendance(const app::CohortMeetingAttendance& attendance) {
  Guarded(unit_, [&] {
    long long meeting_id = attendance.meeting;
    long long person_id = attendance.person;
    std::string code(kCohortAttendanceCodes.Code(attendance.attendance));
    Nullable<domain::UserId> user(attendance.recorded_by);
    long long at = ToUnixSeconds(attendance.recorded_at);
    Execute(unit_.sql, kSetMeetingAttendance, soci::use(meeting_id, "meeting"), soci::use(person_id, "person"),
            soci::use(code, "attendance"), UseNullable(user, "by"), soci::use(at, "at"));
  });
}

std::vector<app::CohortMeetingAttendance> SociCohortRepository::AttendanceOfCohort(app::CohortId cohort) {
  return Guarded(unit_, [&] {
    long long cohort_id = cohort;
    return SelectRows<MeetingAttendanceRow>(unit_.sql, kAttendanceOfCohort, &MeetingAttendanceRow::ToAttendance,
                                            soci::use(cohort_id, "cohort"));
  });
}

app::CohortMaterialId SociCohortRepository::AddMaterial(const app::CohortMaterial& material) {
  return Guarded(unit_, [&] {
    long long cohort_id = material.cohort;
    Nullable<domain::UserId> user(material.added_by);
    long long at = ToUnixSeconds(material.added_at);
    long long id = 0;
    Execute(unit_.sql, kInsertMaterial, soci::use(cohort_id, "cohort"), soci::use(material.title, "title"),
            soci::use(material.link, "link"), soci::use(material.body, "body"), UseNullable(user, "added_by"),
            soci::use(at, "added_at"), soci::into(id));
    return static_cast<app::CohortMaterialId>(id);
  });
}

bool SociCohortRepository::DeleteMaterial(app::CohortId cohort, app::CohortMaterialId id) {
  return Guarded(unit_, [&] {
    long long cohort_id = cohort;
    long long material_id = id;
    return Execute(unit_.sql, kDeleteMaterial, soci::use(material_id, "id"), soci::use(cohort_id, "cohort")) > 0;
  });
}

std::vector<app::CohortMaterial> SociCohortRepository::MaterialsOf(app::CohortId cohort) {
  return Guarded(unit_, [&] {
    long long cohort_id = cohort;
    return SelectRows<MaterialRow>(unit_.sql, kMaterialsOf, &MaterialRow::ToMaterial, soci::use(cohort_id, "cohort"));
  });
}

app::CohortApplicationId SociCohortRepository::AddApplication(const app::CohortApplication& application) {
  return Guarded(unit_, [&] {
    long long programme_id = application.programme;
    long long cohort_id = application.cohort;
    long long person_id = application.person;
    long long submitted_at = ToUnixSeconds(application.submitted_at);
    long long now = ToUnixSeconds(application.created_at);
    long long id = 0;
    Execute(unit_.sql, kInsertApplication, soci::use(programme_id, "programme_id"), soci::use(cohort_id, "cohort_id"),
            soci::use(person_id, "person_id"), soci::use(application.motivation, "motivation"),
            soci::use(submitted_at, "submitted_at"), soci::use(now, "created_at"), soci::use(now, "updated_at"),
            soci::into(id));
    InsertAnswers(id, application.answers);
    return static_cast<app::CohortApplicationId>(id);
  });
}

std::optional<app::CohortApplication> SociCohortRepository::FindApplication(app::CohortApplicationId id) {
  return Guarded(unit_, [&]() -> std::optional<app::CohortApplication> {
    long long application_id = id;
    auto found = SelectFirst<ApplicationRow>(unit_.sql, kFindApplication, &ApplicationRow::ToApplication,
                                             soci::use(application_id, "id"));
    if (!found) return std::nullopt;
    std::vector<app::CohortApplication> one{std::move(*found)};
    LoadAnswers(one);
    return std::move(one.front());
  });
}

std::optional<app::CohortApplication> SociCohortRepository::ActiveApplication(app::CohortId cohort,
                                                                              domain::PersonId person) {
  return Guarded(unit_, [&]() -> std::optional<app::CohortApplication> {
    long long cohort_id = cohort;
    long long person_id = person;
    auto found = SelectFirst<ApplicationRow>(unit_.sql, kActiveApplication, &ApplicationRow::ToApplication,
                                             soci::use(cohort_id, "cohort"), soci::use(person_id, "person"));
    if (!found) return std::nullopt;
    std::vector<app::CohortApplication> one{std::move(*found)};
    LoadAnswers(one);
    return std::move(one.front());
  });
}

std::vector<app::CohortApplication> SociCohortRepository::ApplicationsOfPerson(domain::PersonId person) {
  return Guarded(unit_, [&] {
    long long person_id = person;
    auto applications = SelectRows<ApplicationRow>(unit_.sql, kApplicationsOfPerson, &ApplicationRow::ToApplication,
                                                   soci::use(person_id, "person"));
    LoadAnswers(applications);
    return applications;
  });
}

std::vector<app::CohortApplication> SociCohortRepository::ApplicationsOfCohort(app::CohortId cohort) {
  return Guarded(unit_, [&] {
    long long cohort_id = cohort;
    auto applications = SelectRows<ApplicationRow>(unit_.sql, kApplicationsOfCohort, &ApplicationRow::ToApplication,
                                                   soci::use(cohort_id, "cohort"));
    LoadAnswers(applications);
    return applications;
  });
}

std::vector<app::CohortApplication> SociCohortRepository::ApplicationsInStatus(app::CohortApplicationStatus status) {
  return Guarded(unit_, [&] {
    std::string code(app::kCohortApplicationStatusTable.Code(status));
    auto applications = SelectRows<ApplicationRow>(unit_.sql, kApplicationsInStatus, &ApplicationRow::ToApplication,
                                                   soci::use(code, "status"));
    LoadAnswers(applications);
    return applications;
  });
}

bool SociCohortRepository::Resubmit(app::CohortApplicationId id, int revision, const std::string& motivation,
                                    const std::vector<app::CohortChecklistAnswer>& answers, domain::Timestamp at) {
  return Guarded(unit_, [&] {
    long long application_id = id;
    int expected = revision;
    long long now = ToUnixSeconds(at);
    const bool updated =
        Execute(unit_.sql, kResubmit, soci::use(motivation, "motivation"), soci::use(now, "submitted_at"),
                soci::use(now, "updated_at"), soci::use(application_id, "id"), soci::use(expected, "revision")) > 0;
    if (!updated) return false;
    Execute(unit_.sql, kDeleteAnswers, soci::use(application_id, "application"));
    InsertAnswers(application_id, answers);
    return true;
  });
}

bool SociCohortRepository::RecordSignOff(app::CohortApplicationId id, int revision, app::CohortApplicationStatus status,
                                         std::optional<domain::UserId> by, const std::string& comment,
                                         domain::Timestamp at) {
  return Guarded(unit_, [&] {
    long long application_id = id;
    int expected = revision;
    std::string code(app::kCohortApplicationStatusTable.Code(status));
    Nullable<domain::UserId> user(by);
    long long now = ToUnixSeconds(at);
    long long when = now;
    return Execute(unit_.sql, kRecordSignOff, soci::use(code, "status"), UseNullable(user, "by"), soci::use(when, "at"),
                   soci::use(comment, "comment"), soci::use(now, "updated_at"), soci::use(application_id, "id"),
                   soci::use(expected, "revision")) > 0;
  });
}

bool SociCohortRepository::RecordDecision(app::CohortApplicationId id, int revision,
                                          app::CohortApplicationStatus status,
                                          std::optional<app::EnrollmentId> enrollment, std::optional<domain::UserId> by,
                                          const std::string& reason, domain::Timestamp at) {
  return Guarded(unit_, [&] {
    long long application_id = id;
    int expected = revision;
    std::string code(app::kCohortApplicationStatusTable.Code(status));
    Nullable<app::EnrollmentId> enrolment(enrollment);
    Nullable<domain::UserId> user(by);
    long long now = ToUnixSeconds(at);
    long long when = now;
    return Execute(unit_.sql, kRecordDecision, soci::use(code, "status"), UseNullable(enrolment, "enrollment"),
                   UseNullable(user, "by"), soci::use(when, "at"), soci::use(reason, "reason"),
                   soci::use(now, "updated_at"), soci::use(application_id, "id"), soci::use(expected, "revision")) > 0;
  });
}

bool SociCohortRepository::Withdraw(app::CohortApplicationId id, int revision, domain::Timestamp at) {
  return Guarded(unit_, [&] {
    long long application_id = id;
    int expected = revision;
    long long now = ToUnixSeconds(at);
    return Execute(unit_.sql, kWithdraw, soci::use(now, "updated_at"), soci::use(application_id, "id"),
                   soci::use(expected, "revision")) > 0;
  });
}

}  // namespace lp::storage
