// The demo's Globetrotter cohorts: see demo_cohorts.hpp.
#include "cli/demo_cohorts.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "app/platform/repositories.hpp"
#include "app/programmes/cohort_repository.hpp"
#include "app/programmes/cohort_service.hpp"
#include "app/programmes/programme_repository.hpp"
#include "domain/platform/danish_format.hpp"

namespace lp::cli {
namespace {

using std::chrono::year_month_day;
using Status = app::CohortApplicationStatus;

domain::Timestamp CohortDemoAt(year_month_day day, int hour, int minute = 0) {
  return domain::CopenhagenMidnight(day).value_or(domain::Timestamp{}) + std::chrono::hours{hour} +
         std::chrono::minutes{minute};
}

year_month_day CohortDemoDaysAfter(year_month_day day, int days) {
  return year_month_day{std::chrono::sys_days{day} + std::chrono::days{days}};
}

std::uint32_t CohortDemoHash(std::string_view text) {
  std::uint32_t hash = 2166136261U;
  for (const char c : text) hash = (hash ^ static_cast<unsigned char>(c)) * 16777619U;
  return hash;
}

struct DemoMeeting {
  int day_offset;  // days after the cohort's first day
  const char* theme;
  const char* notes;
};

constexpr std::array kMeetings = {
    DemoMeeting{0, "Opstart: hvad vil vi lære af hinanden?",
                "Vi præsenterer vores udviklingsspørgsmål og aftaler, hvordan vi arbejder sammen på holdet."},
    DemoMeeting{28, "Ledelse på tværs af faggrænser", ""},
    DemoMeeting{56, "Casearbejde i læringsgrupper",
                "Tag en aktuel situation fra din enhed med.\nVi arbejder i grupper på fire."},
    DemoMeeting{84, "Strategi, der kan mærkes i hverdagen", ""},
    DemoMeeting{112, "Besøg hos hinanden: erfaringer fra praksis", ""},
    DemoMeeting{140, "Afslutning: hvad tager vi med hjem?", "Vi samler op på udviklingsspørgsmålene."},
};

constexpr std::array kMotivations = {
    "Jeg har været leder i mange år og savner et rum, hvor jeg kan reflektere sammen med ledere fra andre dele af "
    "regionen.\nMin enhed står over for en stor omlægning, og jeg vil gerne blive bedre til at lede forandringen.",
    "Jeg vil gerne udvikle min måde at lede ledere på og lære af andres erfaringer med fælles ledelse.",
    "Vi har svært ved at fastholde erfarne medarbejdere. Jeg vil bruge holdet til at arbejde med det spørgsmål "
    "sammen med andre, der kender udfordringen.",
    "Efter ti år som leder vil jeg gerne udfordres på mine vaner og få nye perspektiver på min egen ledelse.",
};

struct DemoCohort {
  const char* name;
  year_month_day starts;
  year_month_day ends;
  year_month_day deadline;
  int capacity;
  const char* description;
};

// The applicant of an application with the states it went through.
struct DemoApplicant {
  domain::PersonId person = 0;
  Status status = Status::Submitted;
};

}  // namespace

int LoadDemoCohorts(app::Transaction& tx, const app::OrganisationRecords& records, domain::Timestamp now) {
  auto& programmes = tx.Get<app::ProgrammeRepository>();
  auto& cohorts = tx.Get<app::CohortRepository>();
  std::optional<app::Programme> globetrotter;
  for (auto& programme : programmes.Programmes()) {
    if (programme.fields.kind == domain::ProgrammeKind::Globetrotter && !programme.archived_at) {
      globetrotter = std::move(programme);
      break;
    }
  }
  if (!globetrotter || !cohorts.CohortsOfProgramme(globetrotter->id).empty()) return 0;

  // Experienced leaders (leader since 2022 or earlier) of departments and sections, in a stable
  // shuffled order; the section leaders of the demo leader's department apart (their nearest leader
  // is the demo leader, who then has an application to sign off).
  std::unordered_map<domain::UnitId, const domain::Unit*> units;
  for (const auto& unit : records.units) units.emplace(unit.id, &unit);
  std::unordered_map<domain::PersonId, const domain::Person*> people;
  for (const auto& person : records.people) people.emplace(person.id, &person);
  std::vector<const domain::Person*> candidates;
  std::vector<const domain::Person*> under_demo_leader;
  std::vector<domain::PersonId> seen;
  const year_month_day experienced{std::chrono::year{2022}, std::chrono::December, std::chrono::day{31}};
  for (const auto& leadership : records.leaderships) {
    const auto unit = units.find(leadership.unit);
    const auto person = people.find(leadership.person);
    if (unit == units.end() || person == people.end() || !unit->second->active || !person->second->active) continue;
    if (unit->second->kind != domain::UnitKind::Department && unit->second->kind != domain::UnitKind::Section) continue;
    if (std::ranges::find(seen, leadership.person) != seen.end()) continue;
    seen.push_back(leadership.person);
    if (unit->second->external_id.starts_with("AUH-C1-A1-S") && unit->second->kind == domain::UnitKind::Section) {
      under_demo_leader.push_back(person->second);
    } else if (leadership.leader_since <= experienced) {
      candidates.push_back(person->second);
    }
  }
  std::ranges::sort(candidates, [](const domain::Person* a, const domain::Person* b) {
    const auto ha = CohortDemoHash(a->employee_no);
    const auto hb = CohortDemoHash(b->employee_no);
    return ha != hb ? ha < hb : a->id < b->id;
  });
  std::size_t next = 0;
  const auto take = [&]() -> const domain::Person* { return next < candidates.size() ? candidates[next++] : nullptr; };

  using std::chrono::year;
  const std::array<DemoCohort, 3> plan = {
      DemoCohort{"Globetrotter forår 2026", year{2026} / 2 / 2, year{2026} / 6 / 26, year{2025} / 12 / 15, 12,
                 "Holdet arbejdede med ledelse af forandringer på tværs af hospitaler og psykiatri.\nSeks "
                 "mødegange i Viborg og Aarhus."},
      DemoCohort{"Globetrotter efterår 2026", year{2026} / 9 / 1, year{2027} / 2 / 26, year{2026} / 6 / 15, 14,
                 "Et hold med fokus på strategisk ledelse og ledelse af ledere."},
      DemoCohort{"Globetrotter forår 2027", year{2027} / 3 / 1, year{2027} / 8 / 27, year{2027} / 1 / 31, 16,
                 "Holdet er åbent for erfarne ledere fra hele regionen. Vi mødes seks gange i løbet af halvåret "
                 "og arbejder med deltagernes egne udviklingsspørgsmål."},
  };
  // Who applied to each cohort, and how it went.
  const std::array<std::vector<Status>, 3> outcomes = {
      std::vector<Status>{Status::Admitted, Status::Admitted, Status::Admitted, Status::Admitted, Status::Admitted,
                          Status::Admitted, Status::Admitted, Status::Admitted, Status::Rejected},
      std::vector<Status>{Status::Admitted, Status::Admitted, Status::Admitted, Status::Admitted, Status::Admitted,
                          Status::Admitted, Status::Admitted, Status::Admitted, Status::Admitted, Status::Admitted,
                          Status::Withdrawn},
      std::vector<Status>{Status::Submitted, Status::SignedOff, Status::SignedOff, Status::Returned, Status::Admitted,
                          Status::Rejected, Status::Withdrawn},
  };
  const auto checklist = app::DefaultCohortChecklist();
  const auto today = domain::ToCopenhagenTime(now).date;
  int written = 0;
  for (std::size_t c = 0; c < plan.size(); ++c) {
    const auto& cohort_plan = plan[c];
    app::CohortFields fields;
    fields.name = cohort_plan.name;
    fields.starts_on = cohort_plan.starts;
    fields.ends_on = cohort_plan.ends;
    fields.application_deadline = cohort_plan.deadline;
    fields.capacity = cohort_plan.capacity;
    fields.description = cohort_plan.description;
    fields.checklist = checklist;
    const auto created_at = CohortDemoAt(CohortDemoDaysAfter(cohort_plan.deadline, -90), 9);
    const auto cohort = cohorts.CreateCohort(globetrotter->id, fields, std::nullopt, created_at);
    std::vector<std::pair<app::CohortMeetingId, year_month_day>> meetings;
    for (std::size_t m = 0; m < kMeetings.size(); ++m) {
      const auto& meeting = kMeetings[m];
      app::CohortMeetingFields meeting_fields;
      const auto day = CohortDemoDaysAfter(cohort_plan.starts, meeting.day_offset);
      meeting_fields.starts_at = CohortDemoAt(day, 9);
      meeting_fields.ends_at = CohortDemoAt(day, 15, 30);
      if (m == 3) {
        meeting_fields.online_link = "https://moede.rm.dk/globetrotter";
      } else {
        meeting_fields.place = m % 2 == 0 ? "Regionshuset Viborg, Skottenborg 26" : "Aarhus Universitetshospital";
      }
      meeting_fields.theme = meeting.theme;
      meeting_fields.notes = meeting.notes;
      meetings.emplace_back(cohorts.AddMeeting(cohort, meeting_fields, std::nullopt, created_at), day);
    }
    app::CohortMaterial reading;
    reading.cohort = cohort;
    reading.title = "Læsestof til første mødegang";
    reading.link = "https://www.rm.dk/om-os/organisation/lederudvikling/";
    reading.body = "Læs afsnittet om ledelse af ledere før opstarten.";
    reading.added_at = CohortDemoAt(CohortDemoDaysAfter(cohort_plan.starts, -14), 10);
    cohorts.AddMaterial(reading);
    app::CohortMaterial groups;
    groups.cohort = cohort;
    groups.title = "Læringsgrupper";
    groups.body = "Gruppe 1: mødes i Viborg\nGruppe 2: mødes i Aarhus\nGruppe 3: mødes online";
    groups.added_at = CohortDemoAt(CohortDemoDaysAfter(cohort_plan.starts, 1), 10);
    cohorts.AddMaterial(groups);

    for (std::size_t a = 0; a < outcomes[c].size(); ++a) {
      const auto status = outcomes[c][a];
      // The open cohort's first application waits for the demo leader's sign-off.
      const domain::Person* person = nullptr;
      if (c == 2 && a == 0 && !under_demo_leader.empty()) {
        person = under_demo_leader.front();
      } else {
        person = take();
      }
      if (person == nullptr) break;
      const auto submitted = CohortDemoAt(CohortDemoDaysAfter(cohort_plan.deadline, -40 + static_cast<int>(a) * 3), 11);
      app::CohortApplication application;
      application.programme = globetrotter->id;
      application.cohort = cohort;
      application.person = person->id;
      application.motivation = kMotivations[CohortDemoHash(person->employee_no) % kMotivations.size()];
      const bool all_done = status != Status::Returned && status != Status::Submitted;
      for (std::size_t i = 0; i < checklist.size(); ++i) {
        const bool done = all_done || i + 1 < checklist.size();
        application.answers.push_back(
            {static_cast<int>(i) + 1, done, i == 0 ? "Samtale holdt med min leder." : std::string()});
      }
      application.submitted_at = submitted;
      application.created_at = submitted;
      const auto id = cohorts.AddApplication(application);
      ++written;
      const auto signed_at = submitted + std::chrono::hours{24 * 5};
      const auto decided_at = submitted + std::chrono::hours{24 * 12};
      if (status == Status::Withdrawn) {
        cohorts.Withdraw(id, 1, submitted + std::chrono::hours{24 * 2});
        continue;
      }
      if (status == Status::Returned) {
        cohorts.RecordSignOff(id, 1, Status::Returned, std::nullopt,
                              "Vi mangler at tale om, hvordan du får tid til mødegangene. Book en samtale med mig, "
                              "så sender du den igen bagefter.",
                              signed_at);
        continue;
      }
      if (status == Status::Submitted) continue;
      cohorts.RecordSignOff(id, 1, Status::SignedOff, std::nullopt, "God forberedelse. Jeg bakker op.", signed_at);
      if (status == Status::SignedOff) continue;
      if (status == Status::Rejected) {
        cohorts.RecordDecision(id, 2, Status::Rejected, std::nullopt, std::nullopt,
                               "Holdet havde flere ansøgere fra samme område; du er velkommen til at søge næste hold.",
                               decided_at);
        continue;
      }
      app::NewEnrollment enrollment;
      enrollment.programme = globetrotter->id;
      enrollment.person = person->id;
      enrollment.enrolled_on = cohort_plan.starts;
      enrollment.deadline = cohort_plan.ends;
      enrollment.source = app::EnrollmentSource::Application;
      enrollment.at = decided_at;
      const auto enrolled = programmes.Enroll(enrollment);
      programmes.SetStepsDone(enrolled, domain::ElementKind::Preparation, static_cast<int>(checklist.size()),
                              std::nullopt, decided_at);
      cohorts.RecordDecision(id, 2, Status::Admitted, enrolled, std::nullopt, "", decided_at);
      // Attendance at the meetings held so far, recorded by Koncern HR the day after: mostly present,
      // now and then absent or cancelled in time. Each meeting attended is a course day.
      int attended = 0;
      for (std::size_t m = 0; m < meetings.size(); ++m) {
        const auto& [meeting, day] = meetings[m];
        if (day > today) break;
        const auto roll = (CohortDemoHash(person->employee_no + ':' + std::to_string(m)) >> 8U) % 25;
        const auto attendance = roll == 0   ? app::Attendance::Absent
                                : roll == 1 ? app::Attendance::CancelledInTime
                                            : app::Attendance::Present;
        cohorts.SetMeetingAttendance({meeting, person->id, attendance, std::nullopt,
                                      std::min(now, CohortDemoAt(CohortDemoDaysAfter(day, 1), 10))});
        if (attendance == app::Attendance::Present) ++attended;
      }
      if (attended > 0) {
        programmes.SetStepsDone(enrolled, domain::ElementKind::CourseDay, attended, std::nullopt,
                                std::min(now, CohortDemoAt(cohort_plan.ends, 12)));
      }
    }
  }
  tx.Get<app::AuditRepository>().Append({now, std::nullopt, "programme_cohort.demo_loaded", "programme_cohorts", "",
                                         fmt::format("{} hold, {} ansøgninger", plan.size(), written)});
  return written;
}

}  // namespace lp::cli
