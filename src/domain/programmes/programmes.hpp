#pragma once

// Leadership development programmes (issue 17): the region's offers (Ledervejen, Rejsefæller,
// Globetrotter, Explorer and the continuing courses), what a programme asks of a participant, and a
// participant's status against it. The rules that hold whatever the storage or the web:
// - A programme has requirements: so many course days, leader sparring sessions, short courses, steps
//   of local preparation, a personal plan. A requirement may be specific to a kind of leader (a
//   variant: Ledervejen differs for leaders of leaders and clinical leaders); the variant's
//   requirement replaces the common one of the same element kind.
// - Progress counts what was attended (completion is derived from attendance) plus what HR credited
//   with a reason; more than required counts as required. Sessions booked ahead are shown, and
//   counted when judging whether the deadline can still be kept, never as done.
// - A status is never a bare percentage: it always names each element with its figures and the
//   deadline ("9 af 12 kursusdage · 3 af 4 sparringer · 2 af 3 korte kurser · frist 01.03.2027"), and
//   the state says why (ProgrammeStatus::reason).
// - States, in this order of precedence: exempt (HR recorded it), completed (every requirement met),
//   overdue (the deadline has passed), at risk (see kAtRiskMonths and StatusOf), on track.
// - Ledervejen is mandatory in a leader's first two years: the deadline is leader-since + 2 years.

#include <chrono>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "domain/organisation/organisation.hpp"
#include "domain/platform/enum_table.hpp"

namespace lp::domain {

enum class ProgrammeKind { Ledervejen, Rejsefaeller, Globetrotter, Explorer, Course };
inline constexpr auto kProgrammeKindTable = MakeEnumTable<ProgrammeKind>({
    {ProgrammeKind::Ledervejen, "ledervejen", "Ledervejen (nye ledere)"},
    {ProgrammeKind::Rejsefaeller, "rejsefaeller", "Rejsefæller (fælles ledelse)"},
    {ProgrammeKind::Globetrotter, "globetrotter", "Globetrotter (erfarne ledere)"},
    {ProgrammeKind::Explorer, "explorer", "Explorer (medarbejdere med lyst til ledelse)"},
    {ProgrammeKind::Course, "kursus", "Andet forløb eller kursus"},
});
inline constexpr auto kAllProgrammeKinds = kProgrammeKindTable.Values();
std::string_view ProgrammeKindCode(ProgrammeKind kind);
std::string_view ProgrammeKindLabel(ProgrammeKind kind);
std::optional<ProgrammeKind> ParseProgrammeKind(std::string_view code);

// What a programme is made of; sessions are held for the first three.
enum class ElementKind { CourseDay, Sparring, ShortCourse, Preparation, PersonalPlan };
inline constexpr auto kElementKindTable = MakeEnumTable<ElementKind>({
    {ElementKind::CourseDay, "kursusdag", "Kursusdag"},
    {ElementKind::Sparring, "sparring", "Ledersparring"},
    {ElementKind::ShortCourse, "kort-kursus", "Kort kursus"},
    {ElementKind::Preparation, "forberedelse", "Lokal forberedelse"},
    {ElementKind::PersonalPlan, "personlig-plan", "Personlig plan"},
});
inline constexpr auto kAllElementKinds = kElementKindTable.Values();
std::string_view ElementKindCode(ElementKind kind);
std::string_view ElementKindLabel(ElementKind kind);
std::optional<ElementKind> ParseElementKind(std::string_view code);
// "kursusdag"/"kursusdage", "sparring"/"sparringer", "kort kursus"/"korte kurser", … as counted.
std::string_view ElementNoun(ElementKind kind, long long count);
// Whether sessions are held for the kind (course days, sparring sessions, short courses).
bool HasSessions(ElementKind kind);

struct Requirement {
  ElementKind kind = ElementKind::CourseDay;
  int required = 0;                   // at least 1
  std::optional<LeaderKind> variant;  // none: for everyone in the programme

  friend bool operator==(const Requirement&, const Requirement&) = default;
};

// The requirements that apply to a participant of the variant: the common ones, each replaced by the
// variant's own of the same element kind; in the order of kAllElementKinds.
std::vector<Requirement> RequirementsFor(std::span<const Requirement> requirements, std::optional<LeaderKind> variant);

enum class ProgressState { OnTrack, AtRisk, Overdue, Completed, Exempt };
inline constexpr auto kProgressStateTable = MakeEnumTable<ProgressState>({
    {ProgressState::OnTrack, "paa-vej", "På vej"},
    {ProgressState::AtRisk, "i-risiko", "I risiko"},
    {ProgressState::Overdue, "overskredet", "Fristen er overskredet"},
    {ProgressState::Completed, "gennemfoert", "Gennemført"},
    {ProgressState::Exempt, "fritaget", "Fritaget"},
});
inline constexpr auto kAllProgressStates = kProgressStateTable.Values();
std::string_view ProgressStateCode(ProgressState state);
std::string_view ProgressStateLabel(ProgressState state);
std::optional<ProgressState> ParseProgressState(std::string_view code);

// What a participant has of one element kind.
struct ElementCount {
  ElementKind kind = ElementKind::CourseDay;
  int attended = 0;  // sessions attended (or steps done)
  int credited = 0;  // credited by HR, with a reason
  int booked = 0;    // registered for sessions still to come (not counted as done)
};

struct ElementProgress {
  ElementKind kind = ElementKind::CourseDay;
  int required = 0;
  int done = 0;  // attended + credited, at most `required`
  int booked = 0;

  bool Met() const { return done >= required; }
};

// Within this many months of the deadline, a participant whose remaining elements are not all booked
// is at risk.
inline constexpr int kAtRiskMonths = 6;

struct ProgrammeStatus {
  ProgressState state = ProgressState::OnTrack;
  std::vector<ElementProgress> elements;  // in the order of the requirements
  std::optional<std::chrono::year_month_day> deadline;
  std::string reason;  // Danish, one sentence: why the state is what it is

  // "9 af 12 kursusdage · 3 af 4 sparringer · 2 af 3 korte kurser · frist 01.03.2027"
  std::string Criteria() const;
  int Missing() const;  // elements still to do (neither done nor credited)
};

struct StatusInput {
  std::span<const Requirement> requirements;  // those that apply (RequirementsFor)
  std::span<const ElementCount> counts;       // any order; kinds without a count have none
  std::optional<std::chrono::year_month_day> enrolled_on;
  std::optional<std::chrono::year_month_day> deadline;
  bool exempt = false;
};

// The status on `today` (see the rules at the top). At risk: the deadline is within kAtRiskMonths and
// what remains is not all booked, or more than a third of the time is gone beyond the share done
// (half the time gone and less than a sixth done).
ProgrammeStatus StatusOf(const StatusInput& input, std::chrono::year_month_day today);

// Ledervejen's deadline for a leader since `leader_since`: two years later (29 February → 28 February).
std::chrono::year_month_day LedervejenDeadline(std::chrono::year_month_day leader_since);

// The organisers' capacity forecast: how many of a participant's remaining elements (neither done
// nor booked) should be taken in the window from `today` to `window_end` to keep the deadline at an
// even pace: all of them when the deadline falls within the window or has passed; otherwise the
// window's share of the time left (remaining × days in the window / days to the deadline). Without a
// deadline the rest is paced over kUndatedPaceMonths. A fraction: the forecast adds them up first.
inline constexpr int kUndatedPaceMonths = 12;
double PacedDemand(int remaining, std::optional<std::chrono::year_month_day> deadline,
                   std::chrono::year_month_day today, std::chrono::year_month_day window_end);

// A participation certificate's verification code: 12 characters from an alphabet without look-alikes
// (no 0/O, 1/I/L), shown in groups of four ("K7PD-3XQM-9TWA"); Normalize accepts it in any case,
// with or without the dashes and spaces, and says none for anything else.
std::string FormatVerificationCode(std::string_view code);
std::optional<std::string> NormalizeVerificationCode(std::string_view text);
inline constexpr std::string_view kVerificationAlphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

}  // namespace lp::domain
