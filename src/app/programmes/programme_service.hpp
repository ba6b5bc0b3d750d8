#pragma once

// The leadership development programmes (issue 17): the catalogue Koncern HR keeps, the participants'
// enrolments and their status against each programme's requirements, and Ledervejen's automatic
// enrolment of new leaders from the HR data.
//
// Access (app/programmes/programmes_access.hpp): everyone signed in reads the catalogue and their own
// programmes; a leader sees the programme status of the people they lead (their chain), HR within its
// scope; Koncern HR (kMaintainProgrammes) maintains the catalogue.
//
// Status (domain/programmes): computed on every read from the requirements that apply to the
// participant's variant and one grouped query of attendance, credits and bookings; nothing derived is
// stored, so a status can never be stale.
//
// Automatic enrolment (job "ledervejen-tilmelding", every 15 minutes, and at once after the
// organisation changes when the job runs): every active leader whose leadership began within the last
// two years (domain::Organisation::IsNewLeader) and who was never enrolled in Ledervejen is enrolled,
// with the kind of their earliest current leadership as variant, leader-since as enrolment day and
// leader-since + 2 years as deadline. Someone once enrolled (also withdrawn) is not enrolled again:
// HR decides then.

#include <cstddef>
#include <map>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "app/organisation/organisation_service.hpp"
#include "app/platform/auth_service.hpp"
#include "app/platform/paging.hpp"
#include "app/platform/result.hpp"
#include "app/platform/store.hpp"
#include "app/programmes/programme_repository.hpp"

namespace lp::app {

inline constexpr std::size_t kMaxProgrammeName = 120;
inline constexpr std::size_t kMaxProgrammeSummary = 500;
inline constexpr std::size_t kMaxProgrammeField = 1000;  // target group, purpose, duration, price, contact
inline constexpr std::size_t kMaxProgrammeContent = 8000;
inline constexpr int kMaxRequired = 100;

// The catalogue form as typed. Requirements: "krav-<element code>" for everyone, and
// "krav-<element code>-<leader kind code>" for a kind of leader; empty or 0 means none.
struct ProgrammeInput {
  std::string kind;
  std::string name;
  std::string summary;
  std::string target_group;
  std::string purpose;
  std::string content;
  std::string duration;
  std::string price;
  std::string contact;
  bool open = false;
  bool mandatory = false;
  std::map<std::string, std::string> requirements;
};
// The form field of a requirement: "krav-kursusdag", "krav-kursusdag-klinisk_leder".
std::string RequirementField(domain::ElementKind kind, std::optional<domain::LeaderKind> variant = std::nullopt);
// The form of an existing programme, as its fields would be typed.
ProgrammeInput InputOf(const Programme& programme);

// A participant's programme with its status on today.
struct ParticipantProgramme {
  Enrollment enrollment;
  Programme programme;
  domain::ProgrammeStatus status;
};

struct CatalogueView {
  std::vector<Programme> programmes;         // offered ones; for maintainers also archived ones (last)
  std::map<ProgrammeId, EnrollmentId> mine;  // the viewer's enrolments that are not withdrawn
  bool can_maintain = false;
};

struct ProgrammeView {
  Programme programme;
  std::optional<ParticipantProgramme> mine;  // the viewer's enrolment, if any (not withdrawn)
  bool can_maintain = false;
  bool has_person = false;     // the login is linked to a person in the HR data
  long long participants = 0;  // enrolments not withdrawn (shown to maintainers)
};

// Whether a person may enrol themselves: the continuing courses (ProgrammeKind::Course) while they are
// open. The four programmes have their own ways in: Ledervejen automatically from the HR data,
// Rejsefæller as a team, Globetrotter by application, Explorer by nomination or application.
bool SelfEnrolment(const Programme& programme);

// Koncern HR's enrolment of someone: who (e-mail or employee number) and, if any, the deadline typed.
struct EnrolmentInput {
  std::string person;
  std::string deadline;
};
inline constexpr std::size_t kMaxWithdrawalReason = 500;

// The active person with the employee number, or else the e-mail address, typed; none when nobody is.
const domain::Person* FindPersonTyped(const domain::Organisation& organisation, std::string_view typed);

// Someone in the viewer's reach with their programme (the chain view of "Min udvikling").
struct PersonProgramme {
  const domain::Person* person = nullptr;
  const domain::Unit* unit = nullptr;  // the person's own unit
  ParticipantProgramme programme;
};

// A seat or a waitlist place in a session still to come, with its programme's name.
struct UpcomingSession {
  Registration registration;
  ProgrammeSession session;
  std::string programme;
};

struct MyDevelopment {
  const domain::Person* me = nullptr;      // none when the login is linked to no person
  std::vector<ParticipantProgramme> mine;  // not withdrawn, the newest first
  std::vector<UpcomingSession> upcoming;   // planned sessions not yet begun, the earliest first
  bool sees_chain = false;                 // a leader of leaders: the leaders below them
  std::vector<PersonProgramme> chain;      // Ledervejen of the leaders below, the most urgent first
};

inline constexpr std::size_t kOverviewPageSize = 100;

// HR's overview of a programme: per area and in all, how many are enrolled and how they stand; the
// participants (the most urgent first) with filters; each row drills down to the enrolment.
// The order of the overview's rows (and of its export).
enum class OverviewSort { Urgency, Name, Unit, Deadline };
inline constexpr auto kOverviewSortTable = domain::MakeEnumTable<OverviewSort>({
    {OverviewSort::Urgency, "status", "Mest presserende først"},
    {OverviewSort::Name, "navn", "Navn"},
    {OverviewSort::Unit, "enhed", "Område og enhed"},
    {OverviewSort::Deadline, "frist", "Frist, den tidligste først"},
});

struct OverviewQuery {
  std::optional<ProgrammeId> programme;  // none: Ledervejen (or the first programme)
  std::optional<domain::UnitId> area;
  std::optional<domain::ProgressState> state;
  OverviewSort sort = OverviewSort::Urgency;
  std::size_t page = 1;
};

struct StateCounts {
  long long enrolled = 0;
  long long on_track = 0;
  long long at_risk = 0;
  long long overdue = 0;
  long long completed = 0;
  long long exempt = 0;
  void Add(domain::ProgressState state);
};

struct OverviewArea {
  const domain::Unit* area = nullptr;  // none: people outside the areas (the region's own staff units)
  StateCounts counts;
};

struct OverviewRow {
  const domain::Person* person = nullptr;
  const domain::Unit* unit = nullptr;
  const domain::Unit* area = nullptr;
  ParticipantProgramme programme;
};

struct ProgrammeOverview {
  std::vector<Programme> programmes;  // not archived, for the choice of programme
  Programme shown;
  std::vector<OverviewArea> areas;  // every area with participants, in tree order (filters ignored)
  StateCounts total;                // of the viewer's whole reach (filters ignored)
  std::vector<OverviewRow> rows;    // the filtered rows: one page, or all for the export
  std::size_t total_rows = 0;
  PageSpan page;
  bool region = false;  // the viewer sees the whole region
};

// An enrolment's status on `today` from its programme's requirements (for its variant) and the tallies
// (any enrolments'; those of others are skipped): the one place a status is put together.
domain::ProgrammeStatus StatusOfEnrollment(const Programme& programme, const Enrollment& enrollment,
                                           std::span<const ElementTally> tallies, std::chrono::year_month_day today);

// The area of a unit: the UnitKind::Area unit directly under the root that it lies in, if any.
const domain::Unit* AreaOf(const domain::Organisation& organisation, const domain::Unit& unit);

inline constexpr std::size_t kMaxCreditReason = 500;

// One enrolment as its page shows it (the person, HR, the leaders above).
struct EnrollmentView {
  const domain::Person* person = nullptr;
  const domain::Unit* unit = nullptr;
  ParticipantProgramme programme;
  std::vector<Credit> credits;
  std::vector<std::pair<Registration, ProgrammeSession>> registrations;  // in this programme
  bool can_maintain = false;                                             // Koncern HR: credits and exemption
  bool own = false;                                                      // the viewer's own enrolment
  bool can_withdraw = false;  // Koncern HR, or the participant of a course (ProgrammeKind::Course)
};

// A credit as typed: the element kind, how many, why.
struct CreditInput {
  std::string kind;
  std::string count;
  std::string reason;
};

// A participation certificate as it is printed, and as the verification page confirms it.
struct CertificateView {
  std::string name;       // the participant
  std::string programme;  // the programme's name
  std::string criteria;   // what was met
  std::string code;       // formatted, "K7PD-3XQM-9TWA"
  domain::Timestamp issued_at{};
};

class ProgrammeService {
 public:
  ProgrammeService(Store& store, OrganisationService& organisation, Clock clock = SystemNow);

  // Loads the default catalogue into an empty catalogue; returns how many programmes it wrote.
  static int LoadDefaultCatalogue(Store& store, domain::Timestamp now);

  bool CanMaintain(const domain::User& user) const;
  CatalogueView Catalogue(const domain::User& user) const;
  // NotFound for an unknown programme, and for an archived one unless the viewer maintains.
  Result<ProgrammeView> View(const domain::User& user, ProgrammeId id) const;
  // Forbidden unless CanMaintain; Invalid with a Danish message per field.
  Result<ProgrammeId> Create(const domain::User& user, const ProgrammeInput& input, std::string_view remote_address);
  // Conflict when someone saved since `revision`.
  Result<Unit> Update(const domain::User& user, ProgrammeId id, int revision, const ProgrammeInput& input,
                      std::string_view remote_address);

  MyDevelopment Mine(const domain::User& user) const;

  // Forbidden without a reach (actions::kSeeProgrammeStatus) or the overview permission; NotFound for
  // an unknown programme or area. `all_rows`: every filtered row (the export), audited.
  Result<ProgrammeOverview> Overview(const domain::User& user, const OverviewQuery& query, bool all_rows = false) const;

  // The person themselves, those whose reach covers them (kSeeProgrammeStatus) and maintainers;
  // NotFound otherwise, so an enrolment's existence is not revealed. Viewing someone else's is logged.
  Result<EnrollmentView> EnrollmentPage(const domain::User& user, EnrollmentId id,
                                        std::string_view remote_address) const;
  // The person joins an open course themselves (SelfEnrolment); Conflict when it is closed or they are
  // enrolled already.
  Result<EnrollmentId> EnrolSelf(const domain::User& user, ProgrammeId id, std::string_view remote_address);
  // Koncern HR enrols someone in a programme that is not archived (Invalid with Danish messages at the
  // fields). Ledervejen: the kind of their earliest current leadership as variant and, unless a deadline
  // is typed, two years after they became a leader.
  Result<EnrollmentId> EnrolOther(const domain::User& user, ProgrammeId id, const EnrolmentInput& input,
                                  std::string_view remote_address);
  // Withdraws an enrolment with a reason: the participant their own in a course (ProgrammeKind::Course),
  // Koncern HR any. The history stays (attendance, credits). Conflict on a stale revision.
  Result<Unit> Withdraw(const domain::User& user, EnrollmentId id, int revision, std::string_view reason,
                        std::string_view remote_address);
  // Koncern HR credits elements with a reason (Invalid with Danish messages at the fields).
  Result<Unit> AddCredit(const domain::User& user, EnrollmentId id, const CreditInput& input,
                         std::string_view remote_address);
  // Koncern HR records or lifts an exemption; a reason is required to exempt. Conflict on a stale revision.
  Result<Unit> SetExemption(const domain::User& user, EnrollmentId id, int revision, bool exempt,
                            std::string_view reason, std::string_view remote_address);

  // The participant's certificate of a completed programme, issued (with a new code) the first time;
  // NotFound for anyone else's, Conflict while the programme is not completed.
  Result<CertificateView> Certificate(const domain::User& user, EnrollmentId id);
  // The public check of a code (any case, with or without dashes); none when it is no certificate's.
  std::optional<CertificateView> Verify(std::string_view code) const;

  // The job "ledervejen-tilmelding": returns the run's result ("3 nye ledere tilmeldt Ledervejen").
  std::string EnrollNewLeaders(domain::Timestamp now);

 private:
  std::vector<ParticipantProgramme> WithStatus(Transaction& tx, const std::vector<Enrollment>& enrollments) const;
  void Audit(Transaction& tx, const domain::User& user, std::string action, std::string subject,
             std::string_view remote_address, std::string details) const;

  Store& store_;
  OrganisationService& organisation_;
  Clock clock_;
};

}  // namespace lp::app
