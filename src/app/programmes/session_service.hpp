#pragma once

// The sessions of the programmes (issue 17): course days, leader sparring sessions and short courses
// held on a day, at a place or online, with a capacity, a registration deadline and a cancellation
// deadline. Participants register themselves (or HR registers them); a full session puts them on its
// waitlist, and a seat that frees goes to the first waiting, who is told. The organiser (or HR)
// registers attendance after the day; completion is derived from attendance (ProgrammeService).
//
// Rules:
// - Only someone enrolled in the programme (not withdrawn) may hold a place in its sessions.
// - Registration closes at the end of the registration deadline's day and when the session starts; a
//   cancelled session takes no registrations.
// - A seat is taken or the waitlist joined inside one write unit of work (one writer at a time on
//   both databases), so the last seat goes to exactly one of two simultaneous registrations.
// - Cancelling on or before the cancellation deadline counts as "afmeldt i tide"; later as absent.
// - Attendance is only for those holding a seat, on or after the session's day.

#include <chrono>
#include <cstddef>
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

inline constexpr std::size_t kMaxSessionTitleLength = 150;
inline constexpr std::size_t kMaxSessionPlace = 300;
inline constexpr std::size_t kMaxSessionTeacher = 200;
inline constexpr int kMaxSessionCapacity = 500;
inline constexpr int kSessionReminderDays = 3;

// A session as typed into HR's form.
struct ProgrammeSessionInput {
  std::string kind;  // an ElementKind code with sessions
  std::string title;
  std::string day;     // "2027-03-04" or "4.3.2027"
  std::string starts;  // "09:00"
  std::string ends;    // "15:30"
  std::string place;
  std::string online_link;
  std::string teacher;
  std::string capacity;
  std::string registration_deadline;
  std::string cancellation_deadline;
};

enum class RegistrationOutcome { Registered, Waitlisted };

struct RegistrationResult {
  RegistrationOutcome outcome = RegistrationOutcome::Registered;
  int waitlist_position = 0;
};

// A session with what the viewer may do there.
struct SessionView {
  ProgrammeSession session;
  Programme programme;
  std::optional<Registration> mine;  // the viewer's registration that is not cancelled
  bool has_person = false;           // the login is linked to a person of the HR data
  bool enrolled = false;             // the viewer may register
  bool registration_open = false;
  bool organises = false;                     // sees the participants and registers attendance
  std::vector<Registration> participants;     // for organisers: seats, then the waitlist
  std::vector<const domain::Person*> people;  // the participants' people (same order; null if unknown)
};

class SessionService {
 public:
  SessionService(Store& store, OrganisationService& organisation, Clock clock = SystemNow);

  // Koncern HR plans sessions. Invalid with a Danish message per field.
  Result<ProgrammeSessionId> Create(const domain::User& user, ProgrammeId programme, const ProgrammeSessionInput& input,
                                    std::string_view remote_address);
  Result<SessionView> View(const domain::User& user, ProgrammeSessionId id) const;
  // The programme's sessions from today on, the earliest first (for its page).
  std::vector<ProgrammeSession> Upcoming(ProgrammeId programme) const;

  Result<RegistrationResult> Register(const domain::User& user, ProgrammeSessionId id, std::string_view remote_address);
  // Koncern HR registers someone else (by e-mail or employee number), also after the registration
  // deadline as long as the session has not started; Invalid with the reason at the field "person".
  Result<RegistrationResult> RegisterFor(const domain::User& user, ProgrammeSessionId id, std::string_view who,
                                         std::string_view remote_address);
  // Cancels the viewer's own registration; the first waiting gets the seat and is told.
  Result<Unit> Cancel(const domain::User& user, ProgrammeSessionId id, std::string_view remote_address);
  // The job "forloeb-paamindelser": everyone holding a seat in a planned session that starts within
  // kSessionReminderDays is reminded once (Repeat::Reminder: not again within the quiet interval).
  // Returns the run's result ("4 påmindelser om sessioner").
  std::string SendReminders(domain::Timestamp now, std::chrono::hours quiet);

  // The organiser or HR records attendance for a participant holding a seat.
  Result<Unit> RecordAttendance(const domain::User& user, ProgrammeSessionId id, RegistrationId registration,
                                std::string_view attendance_code, std::string_view remote_address);

 private:
  bool Organises(const domain::User& user, const ProgrammeSession& session) const;
  Result<RegistrationResult> RegisterPerson(const domain::User& user, ProgrammeSessionId id,
                                            const domain::Person& person, bool self, std::string_view remote_address);

  Store& store_;
  OrganisationService& organisation_;
  Clock clock_;
};

// The codes of attendance in forms: "moedt", "udeblevet", "afmeldt-i-tide".
std::optional<Attendance> ParseAttendance(std::string_view code);
std::string_view AttendanceCode(Attendance attendance);
std::string_view AttendanceLabel(Attendance attendance);

}  // namespace lp::app
