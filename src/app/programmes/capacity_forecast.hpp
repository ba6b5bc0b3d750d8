#pragma once

// The organisers' capacity forecast (issue 17): for the coming half year, per programme and kind of
// session (course days, sparring sessions, short courses), the demand from the enrolled participants
// who still need them against the seats offered in planned sessions.
//
// Demand: for each enrolment that is neither withdrawn, exempt nor completed, what remains of each
// element (required − done − booked; a booked seat already counts among the seats taken), paced
// towards the deadline (domain::PacedDemand: all of it when the deadline falls within the half year or
// has passed). Supply: the free seats (capacity − seats taken) of the planned sessions starting
// within the half year; the waitlists are shown beside them. The figures are aggregates: no person is
// named, so the forecast is read without an audit entry.

#include <chrono>
#include <optional>
#include <vector>

#include "app/platform/auth_service.hpp"
#include "app/platform/result.hpp"
#include "app/platform/store.hpp"
#include "app/programmes/programme_repository.hpp"

namespace lp::app {

inline constexpr int kForecastMonths = 6;

// Whether a programme's elements are delivered in sessions and so belong in the forecast: not
// Rejsefæller (a team's sparring is its own meetings) nor Globetrotter (a cohort's meetings are its
// course days, and its seats are the cohort's capacity).
bool ForecastsSessions(domain::ProgrammeKind kind);

// The sessions of one kind starting within a month of the window.
struct ForecastMonth {
  std::chrono::year_month month;
  int sessions = 0;
  int seats = 0;  // capacity
  int taken = 0;  // seats held
  int waiting = 0;
};

struct ForecastLine {
  domain::ElementKind kind = domain::ElementKind::CourseDay;
  int participants = 0;                          // participants who still need some of this kind (not booked)
  int remaining = 0;                             // elements they still need in all
  int due = 0;                                   // participants whose deadline falls within the window or has passed
  int demand = 0;                                // paced demand within the window, rounded up
  int sessions = 0;                              // planned sessions starting within the window
  int seats = 0;                                 // their capacity
  int free = 0;                                  // their seats not taken
  int waiting = 0;                               // on their waitlists
  int Balance() const { return free - demand; }  // negative: seats are missing
  std::vector<ForecastMonth> months;             // every month of the window, in order
};

struct ForecastProgramme {
  Programme programme;
  std::vector<ForecastLine> lines;  // the kinds of session participants need or sessions are planned of
};

struct CapacityForecast {
  std::chrono::year_month_day from;           // today
  std::chrono::year_month_day until;          // the window's end (exclusive): kForecastMonths later
  std::vector<ForecastProgramme> programmes;  // not archived, with a need or planned sessions
};

class CapacityForecastService {
 public:
  explicit CapacityForecastService(Store& store, Clock clock = SystemNow);

  // Forbidden without the overview permission (kViewProgrammeOverview).
  Result<CapacityForecast> Forecast(const domain::User& user) const;

 private:
  Store& store_;
  Clock clock_;
};

}  // namespace lp::app
