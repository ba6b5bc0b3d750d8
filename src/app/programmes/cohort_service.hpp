#pragma once

// Globetrotter's cohorts and applications (issue 17): a half-year learning community for experienced
// leaders, run in cohorts with a capacity. A leader applies to an open cohort with a motivation and the
// cohort's local preparation checklist, worked through with their own leader; that leader (the
// leader's leader) signs the preparation off, or sends the application back with a comment; Koncern HR
// then admits (which enrols the applicant in the programme) or rejects with a reason.
//
// Rules:
// - Koncern HR (kMaintainProgrammes) creates and edits the cohorts of the Globetrotter programme (the
//   first programme of that kind that is not archived), with their checklist, meetings and material.
//   The checklist is fixed once someone has applied (answers are kept by the item's position).
// - Only someone who leads a unit applies, before the end of the deadline's day, to a cohort that is
//   not full; at most one active application (neither withdrawn nor rejected) per person and cohort.
//   A returned application is changed and submitted again on the same form.
// - The signers are the applicant's nearest leaders (domain::Organisation::NearestLeaders: the leaders
//   of the nearest unit above the applicant's own with an active leader); they are told of a
//   submission. A signer or Koncern HR signs off only when every checklist item is ticked.
// - Admission counts the seats in the same write unit of work as it enrols (one writer at a time), so
//   a cohort never gets more members than its capacity. The enrolment (source: application) starts on
//   the cohort's first day with its last day as deadline, and has the checklist's steps done
//   (ProgrammeRepository::SetStepsDone, ElementKind::Preparation). The applicant is told either way.
// - An application is seen by the applicant, its signers (and whoever signed it off), Koncern HR and
//   HR whose scope covers the applicant; others get NotFound. Viewing someone else's is audited.
// - A cohort meeting counts as a course day (domain::ElementKind::CourseDay) of the Globetrotter
//   programme: Koncern HR records each admitted member's attendance at a meeting (mødt, udeblevet,
//   afmeldt i tide: the codes and labels of session attendance), on or after the meeting's day, and in
//   the same write unit of work the member's enrolment gets the number of the cohort's meetings
//   attended as its course days done (ProgrammeRepository::SetStepsDone), so the programme's status
//   ("4 af 6 kursusdage") follows attendance. Deleting a meeting recounts its members' course days.
// - The cohort's members (names and units) are seen by its members, HR and Koncern HR; the
//   participant table of each meeting with everyone's attendance by Koncern HR; a member sees their own
//   attendance; the rest of the cohort page by everyone signed in.

#include <chrono>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "app/organisation/organisation_access.hpp"
#include "app/organisation/organisation_service.hpp"
#include "app/platform/auth_service.hpp"
#include "app/platform/result.hpp"
#include "app/platform/services.hpp"
#include "app/platform/store.hpp"
#include "app/programmes/cohort_repository.hpp"
#include "app/programmes/programme_repository.hpp"

namespace lp::app {

inline constexpr std::size_t kMaxCohortName = 120;
inline constexpr std::size_t kMaxCohortDescription = 4000;
inline constexpr std::size_t kMaxCohortChecklistItem = 300;
inline constexpr std::size_t kMaxCohortChecklistItems = 10;
inline constexpr int kMaxCohortCapacity = 200;
inline constexpr std::size_t kMaxCohortMotivation = 4000;
inline constexpr std::size_t kMaxCohortAnswerNote = 300;
inline constexpr std::size_t kMaxCohortComment = 1000;
inline constexpr std::size_t kMaxCohortMeetingTheme = 150;
inline constexpr std::size_t kMaxCohortMeetingPlace = 300;
inline constexpr std::size_t kMaxCohortMeetingNotes = 2000;
inline constexpr std::size_t kMaxCohortMaterialTitle = 150;
inline constexpr std::size_t kMaxCohortMaterialBody = 4000;
inline constexpr std::size_t kMaxCohortLink = 500;

namespace actions {
// Whose Globetrotter applications HR sees besides the applicant and the signers: HR its scope,
// administrators the region (Koncern HR maintains and sees all).
inline constexpr std::array kCohortApplicationGrants = {Grant{domain::Role::Hr, Reach::RoleScope},
                                                        Grant{domain::Role::Administrator, Reach::Region}};
inline constexpr OrganisationAction kSeeCohortApplications{"see-cohort-applications", kCohortApplicationGrants};
}  // namespace actions

// The checklist a new cohort starts with.
std::vector<std::string> DefaultCohortChecklist();

// A cohort as typed into Koncern HR's form; the checklist one item per line.
struct CohortInput {
  std::string name;
  std::string starts_on;
  std::string ends_on;
  std::string capacity;
  std::string application_deadline;
  std::string description;
  std::string checklist;
};
CohortInput CohortInputOf(const CohortFields& fields);

struct CohortMeetingInput {
  std::string day;
  std::string starts;  // "09:00"
  std::string ends;
  std::string place;
  std::string online_link;
  std::string theme;
  std::string notes;
};

struct CohortMaterialInput {
  std::string title;
  std::string link;
  std::string body;
};

// An application as typed: the motivation and, per checklist item in order, ticked and a note.
struct GlobetrotterApplicationInput {
  std::string motivation;
  std::vector<CohortChecklistAnswer> answers;  // positions 1..n as in the cohort's checklist
};

// A cohort with what the lists show.
struct CohortCard {
  Cohort cohort;
  bool open = false;  // taking applications: the deadline not passed and seats free
  int free = 0;       // seats not taken
};

struct CohortListView {
  Programme programme;
  std::vector<CohortCard> open;    // taking applications, the earliest deadline first
  std::vector<CohortCard> others;  // running, to come without applications, past: the latest start first
  bool can_maintain = false;
};

struct CohortPerson {
  const domain::Person* person = nullptr;
  const domain::Unit* unit = nullptr;
};

struct CohortApplicationRow {
  CohortApplication application;
  CohortPerson applicant;
};

// A member's line in a meeting's participant table.
struct CohortAttendanceLine {
  CohortPerson member;
  domain::PersonId person = 0;
  std::optional<Attendance> attendance;  // none until recorded
};

// A meeting's attendance as the cohort page shows it.
struct CohortMeetingRoll {
  CohortMeetingId meeting = 0;
  bool held = false;                        // the meeting's day has come: attendance may be recorded
  std::vector<CohortAttendanceLine> lines;  // Koncern HR: every member, by name; others: none
  std::optional<Attendance> mine;           // a member: their own attendance, once recorded
};

struct CohortPageView {
  Programme programme;
  Cohort cohort;
  std::vector<CohortMeeting> meetings;
  std::vector<CohortMeetingRoll> rolls;  // one per meeting, in the same order
  int attended = 0;                      // a member: the meetings attended (their course days)
  std::vector<CohortMaterial> materials;
  bool open = false;                      // taking applications
  bool sees_members = false;              // members, HR, Koncern HR
  std::vector<CohortPerson> members;      // by name
  bool member = false;                    // the viewer is admitted
  bool leads_unit = false;                // the viewer may apply (when open and without an active application)
  std::optional<CohortApplication> mine;  // the viewer's active application
  bool can_maintain = false;
  std::vector<CohortApplicationRow> applications;  // for Koncern HR: every application but withdrawn ones
};

// One application as its page shows it.
struct GlobetrotterApplicationView {
  CohortApplication application;
  Cohort cohort;
  Programme programme;
  CohortPerson applicant;
  std::vector<const domain::Person*> signers;  // the applicant's nearest leaders now
  bool own = false;
  bool can_sign_off = false;  // a signer or Koncern HR, while it is submitted
  bool can_decide = false;    // Koncern HR, once signed off
  bool can_edit = false;      // the applicant, when it was sent back and the deadline has not passed
  bool can_withdraw = false;  // the applicant, before the decision
  bool checklist_done = false;
};

// A line of the lists of applications ("Min udvikling", the signers' list).
struct GlobetrotterApplicationSummary {
  CohortApplicationId id = 0;
  CohortApplicationStatus status = CohortApplicationStatus::Submitted;
  std::string status_label;  // "Godkendt lokalt, venter på Koncern HR"
  std::string cohort;        // the cohort's name
  std::string applicant;     // the applicant's name
  std::string unit;          // the applicant's unit
  std::string href;          // "/udvikling/ansoegninger/12"
  domain::Timestamp submitted_at{};
};

struct GlobetrotterApplicationsView {
  std::vector<GlobetrotterApplicationSummary> mine;
  std::vector<GlobetrotterApplicationSummary> to_sign_off;
  std::vector<GlobetrotterApplicationSummary> to_decide;  // Koncern HR: signed off, the oldest first
  bool can_maintain = false;
};

// The form of applying: the cohort and, when one was sent back, the application to change.
struct GlobetrotterApplyView {
  Programme programme;
  Cohort cohort;
  std::optional<CohortApplication> returned;
};

class CohortService {
 public:
  CohortService(Store& store, OrganisationService& organisation, Clock clock = SystemNow);

  bool CanMaintain(const domain::User& user) const;
  // NotFound when there is no Globetrotter programme.
  Result<CohortListView> List(const domain::User& user) const;
  Result<CohortPageView> Page(const domain::User& user, CohortId id) const;
  // The cohort as it is for its edit form (Koncern HR).
  Result<Cohort> Find(const domain::User& user, CohortId id) const;

  // Koncern HR. Invalid with a Danish message per field; Conflict on a stale revision.
  Result<CohortId> Create(const domain::User& user, const CohortInput& input, std::string_view remote_address);
  Result<Unit> Update(const domain::User& user, CohortId id, int revision, const CohortInput& input,
                      std::string_view remote_address);
  Result<CohortMeetingId> AddMeeting(const domain::User& user, CohortId cohort, const CohortMeetingInput& input,
                                     std::string_view remote_address);
  Result<Unit> DeleteMeeting(const domain::User& user, CohortId cohort, CohortMeetingId meeting,
                             std::string_view remote_address);
  // Koncern HR records a member's attendance at a meeting ("moedt", "udeblevet", "afmeldt-i-tide", as
  // ParseAttendance) and, in the same write, sets the member's course days done to the meetings of the
  // cohort attended. NotFound for an unknown cohort or meeting; Conflict before the meeting's day;
  // Invalid at "attendance" for an unknown code or someone who is not admitted to the cohort.
  Result<Unit> RecordAttendance(const domain::User& user, CohortId cohort, CohortMeetingId meeting,
                                domain::PersonId person, std::string_view attendance_code,
                                std::string_view remote_address);
  Result<CohortMaterialId> AddMaterial(const domain::User& user, CohortId cohort, const CohortMaterialInput& input,
                                       std::string_view remote_address);
  Result<Unit> DeleteMaterial(const domain::User& user, CohortId cohort, CohortMaterialId material,
                              std::string_view remote_address);

  // The applicant. ApplyForm: Forbidden without a unit led; Conflict when the cohort is closed or the
  // viewer has an active application that is not sent back.
  Result<GlobetrotterApplyView> ApplyForm(const domain::User& user, CohortId cohort) const;
  // Submits (or, with the revision of a returned one, submits again); the signers are told.
  Result<CohortApplicationId> Apply(const domain::User& user, CohortId cohort,
                                    const GlobetrotterApplicationInput& input, std::optional<int> revision,
                                    std::string_view remote_address);
  Result<Unit> Withdraw(const domain::User& user, CohortApplicationId id, int revision,
                        std::string_view remote_address);

  Result<GlobetrotterApplicationView> Application(const domain::User& user, CohortApplicationId id,
                                                  std::string_view remote_address) const;
  // The signer. SignOff: Invalid at "checklist" while an item is not ticked. Return: a comment is required.
  Result<Unit> SignOff(const domain::User& user, CohortApplicationId id, int revision, std::string_view comment,
                       std::string_view remote_address);
  Result<Unit> Return(const domain::User& user, CohortApplicationId id, int revision, std::string_view comment,
                      std::string_view remote_address);
  // Koncern HR. Admit: Conflict when the cohort is full or the applicant is already enrolled in the
  // programme. Reject: a reason is required.
  Result<Unit> Admit(const domain::User& user, CohortApplicationId id, int revision, std::string_view remote_address);
  Result<Unit> Reject(const domain::User& user, CohortApplicationId id, int revision, std::string_view reason,
                      std::string_view remote_address);

  // The list page (/udvikling/ansoegninger).
  GlobetrotterApplicationsView Applications(const domain::User& user) const;
  // For "Min udvikling" (read-only): the viewer's own applications, the newest first, and the
  // applications waiting for the viewer's sign-off, the oldest first (its size is the count).
  std::vector<GlobetrotterApplicationSummary> MyApplications(const domain::User& user) const;
  std::vector<GlobetrotterApplicationSummary> AwaitingMySignOff(const domain::User& user) const;

 private:
  Store& store_;
  OrganisationService& organisation_;
  Clock clock_;
};

// Registers the service (ProvideProgrammeServices calls it).
void ProvideCohortServices(Services& services);

// "/udvikling/kohorter/3", "/udvikling/ansoegninger/12".
std::string CohortHref(CohortId id);
std::string CohortApplicationHref(CohortApplicationId id);

}  // namespace lp::app
