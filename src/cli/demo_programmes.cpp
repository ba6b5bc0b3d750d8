// The demo's leadership development programmes (issue 17), as the region would look on the demo's
// reference date (1 December 2026):
// - Ledervejen: every new leader of the demo region (earliest current leadership within the two years
//   before the reference date) enrolled automatically, as the job does, and a handful of leaders of
//   2023–2024 enrolled by HR whose deadline has passed with course days missing (overdue);
// - sessions from January 2025 to December 2027: a course day every Tuesday, two sparring sessions
//   every Thursday and a short course every other Wednesday, at places around the region;
// - for each participant, registrations spread over the time since they started: past sessions mostly
//   attended (about one in twelve absent), a few booked ahead; how far each one has come is drawn from
//   a hash of their employee number, so some are on track, some at risk and a few completed.
// Deterministic and idempotent: nothing is written when the demo has sessions already, or when the
// demo region is not loaded.
#include "cli/demo_programmes.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <map>
#include <string>
#include <unordered_map>
#include <vector>

#include "app/organisation/organisation_repository.hpp"
#include "app/platform/repositories.hpp"
#include "app/programmes/programme_repository.hpp"
#include "app/programmes/programme_service.hpp"
#include "cli/demo_cohorts.hpp"
#include "cli/demo_explorer.hpp"
#include "cli/demo_region.hpp"
#include "cli/demo_teams.hpp"
#include "domain/platform/danish_format.hpp"

namespace lp::cli {
namespace {

using std::chrono::year_month_day;

constexpr year_month_day kFirstSessionDay{std::chrono::year{2025}, std::chrono::January, std::chrono::day{6}};
constexpr year_month_day kLastSessionDay{std::chrono::year{2027}, std::chrono::December, std::chrono::day{31}};

constexpr std::array kPlaces = {"Regionshuset Viborg, Skottenborg 26",
                                "Aarhus Universitetshospital, Palle Juul-Jensens Boulevard 99",
                                "Regionshospitalet Gødstrup, Hospitalsparken 15",
                                "Regionshospitalet Randers, Skovlyvej 15", "Hospitalsenhed Midt, Heibergs Allé 4"};
constexpr std::array kCourseThemes = {"Ledelsesgrundlaget og de tre værdier",
                                      "Den tredobbelte ledelsesopgave",
                                      "Dialog og feedback",
                                      "Ledelse af forandring",
                                      "Arbejdsmiljø og trivsel",
                                      "Økonomi og styring",
                                      "Det metodiske kompas",
                                      "Rekruttering og fastholdelse",
                                      "Ledelse af fagprofessionelle",
                                      "Samarbejde i MED",
                                      "Svære samtaler",
                                      "Egen lederrolle og næste skridt"};
constexpr std::array kShortCourses = {
    "Arbejdsmiljøloven for ledere", "Budget og regnskab",       "Sygefravær",
    "Ansættelsessamtalen",          "Ledelse af bæredygtighed", "Implementering i praksis"};

domain::Timestamp At(year_month_day day, int hour, int minute = 0) {
  return domain::CopenhagenMidnight(day).value_or(domain::Timestamp{}) + std::chrono::hours{hour} +
         std::chrono::minutes{minute};
}

year_month_day DaysAfter(year_month_day day, int days) {
  return year_month_day{std::chrono::sys_days{day} + std::chrono::days{days}};
}

std::uint32_t Hash(std::string_view text) {
  std::uint32_t hash = 2166136261U;  // FNV-1a
  for (const char c : text) {
    hash ^= static_cast<unsigned char>(c);
    hash *= 16777619U;
  }
  return hash;
}

struct PlannedSession {
  app::ProgrammeSessionId id = 0;
  domain::ElementKind kind = domain::ElementKind::CourseDay;
  domain::Timestamp starts_at{};
  int capacity = 0;
  int taken = 0;
};

std::vector<PlannedSession> CreateSessions(app::ProgrammeRepository& repository, app::ProgrammeId programme) {
  std::vector<PlannedSession> sessions;
  int course_day = 0;
  int sparring = 0;
  int short_course = 0;
  const auto created = At(DaysAfter(kFirstSessionDay, -30), 9);
  for (auto day = kFirstSessionDay; day <= kLastSessionDay; day = DaysAfter(day, 7)) {  // Mondays
    const auto add = [&](domain::ElementKind kind, std::string title, year_month_day on, int start_hour, int end_hour,
                         int capacity, std::string place, std::string teacher) {
      app::SessionFields fields;
      fields.kind = kind;
      fields.title = std::move(title);
      fields.starts_at = At(on, start_hour);
      fields.ends_at = At(on, end_hour);
      fields.place = std::move(place);
      fields.teacher = std::move(teacher);
      fields.capacity = capacity;
      fields.registration_deadline = DaysAfter(on, -7);
      fields.cancellation_deadline = DaysAfter(on, -3);
      const auto id = repository.CreateSession(programme, fields, std::nullopt, created);
      sessions.push_back({id, kind, fields.starts_at, capacity, 0});
    };
    const auto tuesday = DaysAfter(day, 1);
    add(domain::ElementKind::CourseDay,
        fmt::format("Kursusdag: {}", kCourseThemes[static_cast<std::size_t>(course_day) % kCourseThemes.size()]),
        tuesday, 9, 15, 30, kPlaces[static_cast<std::size_t>(course_day) % kPlaces.size()],
        "Koncern HR, Lederudvikling");
    ++course_day;
    const auto thursday = DaysAfter(day, 3);
    for (int group = 0; group < 2; ++group) {
      add(domain::ElementKind::Sparring, fmt::format("Ledersparring, gruppe {}", sparring % 20 + 1), thursday,
          group == 0 ? 9 : 13, group == 0 ? 12 : 16, 8, kPlaces[static_cast<std::size_t>(sparring) % kPlaces.size()],
          "Ledelseskonsulent fra Koncern HR");
      ++sparring;
    }
    if (course_day % 2 == 0) {
      add(domain::ElementKind::ShortCourse,
          fmt::format("Kort kursus: {}", kShortCourses[static_cast<std::size_t>(short_course) % kShortCourses.size()]),
          DaysAfter(day, 2), 12, 16, 25, kPlaces[static_cast<std::size_t>(short_course + 2) % kPlaces.size()],
          "Koncern HR");
      ++short_course;
    }
  }
  return sessions;
}

}  // namespace

bool LoadDemoProgrammes(app::Store& store) {
  app::ProgrammeService::LoadDefaultCatalogue(store, At(DaysAfter(kFirstSessionDay, -60), 9));
  LoadDemoTeams(store);
  LoadDemoExplorer(store);
  return store.Write([](app::Transaction& tx) {
    auto& repository = tx.Get<app::ProgrammeRepository>();
    const app::Programme* ledervejen = nullptr;
    const auto programmes = repository.Programmes();
    for (const auto& programme : programmes) {
      if (programme.fields.kind == domain::ProgrammeKind::Ledervejen) ledervejen = &programme;
    }
    if (ledervejen == nullptr || !repository.SessionsOfProgramme(ledervejen->id).empty()) return false;
    const auto records = tx.Get<app::OrganisationRepository>().LoadAll();
    if (records.units.empty()) return false;
    std::unordered_map<domain::UnitId, const domain::Unit*> units;
    for (const auto& unit : records.units) units.emplace(unit.id, &unit);
    std::unordered_map<domain::PersonId, const domain::Person*> people;
    for (const auto& person : records.people) people.emplace(person.id, &person);
    // Each active leader's earliest current leadership.
    std::map<domain::PersonId, const domain::Leadership*> first;
    for (const auto& leadership : records.leaderships) {
      const auto unit = units.find(leadership.unit);
      const auto person = people.find(leadership.person);
      if (unit == units.end() || !unit->second->active || person == people.end() || !person->second->active) continue;
      auto& earliest = first[leadership.person];
      if (earliest == nullptr || leadership.leader_since < earliest->leader_since) earliest = &leadership;
    }
    const auto reference = kDemoReferenceDate;
    auto sessions = CreateSessions(repository, ledervejen->id);
    const auto now = At(reference, 10);
    int enrolled = 0;
    for (const auto& [person_id, leadership] : first) {
      const auto deadline = domain::LedervejenDeadline(leadership->leader_since);
      const bool is_new = reference < deadline && leadership->leader_since <= reference;
      const auto& employee_no = people.at(person_id)->employee_no;
      const auto hash = Hash(employee_no);
      // A few leaders of 2023–2024 were enrolled by HR and are behind (their deadline has passed).
      const bool behind = !is_new && deadline <= reference && DaysAfter(deadline, 365) > reference && hash % 3 == 0;
      if (!is_new && !behind) continue;
      app::NewEnrollment enrollment;
      enrollment.programme = ledervejen->id;
      enrollment.person = person_id;
      enrollment.variant = leadership->kind;
      enrollment.enrolled_on = leadership->leader_since;
      enrollment.deadline = deadline;
      enrollment.source = is_new ? app::EnrollmentSource::Automatic : app::EnrollmentSource::Hr;
      enrollment.at = At(std::max(leadership->leader_since, kFirstSessionDay), 8);
      repository.Enroll(enrollment);
      ++enrolled;
      // How far they have come: a share of what the time since enrolment calls for (the behind ones less).
      const double pace = behind ? 0.3 + (hash % 20) / 100.0 : 0.55 + (hash % 60) / 100.0;  // 0.55–1.14
      const auto start = At(std::max(leadership->leader_since, kFirstSessionDay), 0);
      const double months_gone = std::max(0.0, std::chrono::duration<double, std::ratio<2629746>>(now - start).count());
      const auto wanted = [&](int required) {
        const int due = static_cast<int>(std::lround(required * std::min(1.0, months_gone / 24.0) * pace));
        return std::min(required, due);
      };
      const std::array<std::pair<domain::ElementKind, int>, 3> targets = {
          std::pair{domain::ElementKind::CourseDay, wanted(12)}, std::pair{domain::ElementKind::Sparring, wanted(4)},
          std::pair{domain::ElementKind::ShortCourse, wanted(3)}};
      const int offset = static_cast<int>(hash % 11);
      for (const auto& [kind, count] : targets) {
        // Past sessions since the start, spread out; one in twelve was absent once (and came to another).
        int placed = 0;
        int skip = offset;
        bool absent_once = hash % 12 == 0;
        for (auto& session : sessions) {
          if (placed >= count) break;
          if (session.kind != kind || session.starts_at < start || session.starts_at >= now) continue;
          if (session.taken >= session.capacity || skip-- > 0) continue;
          ++session.taken;
          skip = kind == domain::ElementKind::CourseDay ? 3 : 9;
          const auto registration =
              repository.AddRegistration(session.id, person_id, app::RegistrationStatus::Registered, std::nullopt,
                                         session.starts_at - std::chrono::hours{24 * 20});
          repository.SetAttendance(registration, absent_once ? app::Attendance::Absent : app::Attendance::Present,
                                   std::nullopt, session.starts_at + std::chrono::hours{8});
          if (absent_once) {
            absent_once = false;
          } else {
            ++placed;
          }
        }
        // One booked ahead for those still missing some (not for the ones behind: that is why they are).
        if (!behind && placed < (kind == domain::ElementKind::CourseDay  ? 12
                                 : kind == domain::ElementKind::Sparring ? 4
                                                                         : 3)) {
          for (auto& session : sessions) {
            if (session.kind != kind || session.starts_at <= now + std::chrono::hours{24 * (7 + offset)}) continue;
            if (session.taken >= session.capacity) continue;
            ++session.taken;
            repository.AddRegistration(session.id, person_id, app::RegistrationStatus::Registered, std::nullopt,
                                       now - std::chrono::hours{24 * 2});
            break;
          }
        }
      }
    }
    LoadDemoCohorts(tx, records, now);
    tx.Get<app::AuditRepository>().Append({now, std::nullopt, "programme.demo_loaded", "programmes", "",
                                           fmt::format("{} deltagere, {} sessioner", enrolled, sessions.size())});
    return true;
  });
}

}  // namespace lp::cli
