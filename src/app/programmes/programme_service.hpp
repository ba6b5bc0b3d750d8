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
#include <string>
#include <string_view>
#include <vector>

#include "app/organisation/organisation_service.hpp"
#include "app/platform/auth_service.hpp"
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
  long long participants = 0;  // enrolments not withdrawn (shown to maintainers)
};

// Someone in the viewer's reach with their programme (the chain view of "Min udvikling").
struct PersonProgramme {
  const domain::Person* person = nullptr;
  const domain::Unit* unit = nullptr;  // the person's own unit
  ParticipantProgramme programme;
};

struct MyDevelopment {
  const domain::Person* me = nullptr;      // none when the login is linked to no person
  std::vector<ParticipantProgramme> mine;  // not withdrawn, the newest first
  bool sees_chain = false;                 // a leader of leaders: the leaders below them
  std::vector<PersonProgramme> chain;      // Ledervejen of the leaders below, the most urgent first
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
