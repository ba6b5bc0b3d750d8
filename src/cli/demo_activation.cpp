// The demo's activation round: "Aktivering af ledelsesgrundlaget 2026" from the launch at Ledertræf
// on 4 June 2026 with the plan deadline 1 October 2026. The portal's demo is shown in December 2026
// (the demo region's reference date is 1 December 2026), so the deadline has passed: units with an
// approved plan made before it show as on time, the units listed without a plan show as "Mangler,
// fristen er overskredet", and planned activities dated in November 2026 show as overdue, while
// those dated in 2027 are still ahead. Everything is fixed (dates, texts, units by HR key), so every
// load gives the same rows; only "today" moves, and with it what is overdue.
//
// The units: leder@'s department (Ortopædkirurgi at AUH, approved, activities done, overdue and
// ahead), its first section (a draft with an overdue activity) and its second (no plan), and under
// koncernledelse the region itself (approved), Psykiatrien (approved), Socialområdet (a draft with
// an overdue activity), Regional Udvikling (no plan) and Administrationen (approved, one activity
// cancelled).
#include "cli/demo_activation.hpp"

#include <array>
#include <optional>
#include <string_view>
#include <unordered_map>

#include "app/repositories.hpp"
#include "domain/danish_format.hpp"

namespace lp::cli {
namespace {

using domain::ActivityKind;
using std::chrono::year_month_day;

constexpr std::string_view kRoundName = "Aktivering af ledelsesgrundlaget 2026";

constexpr year_month_day Date(int y, unsigned m, unsigned d) {
  return year_month_day{std::chrono::year{y}, std::chrono::month{m}, std::chrono::day{d}};
}

// 10:00 Copenhagen time on that day.
domain::Timestamp At(year_month_day day) {
  return domain::CopenhagenMidnight(day).value_or(domain::Timestamp{}) + std::chrono::hours{10};
}

enum class Outcome { Planned, Done, Cancelled };

struct DemoActivity {
  ActivityKind kind;
  std::string_view title;
  year_month_day planned_on;
  std::string_view participants;
  Outcome outcome;
  std::optional<year_month_day> completed_on;
  std::string_view result;
  std::string_view agreements;
};

struct DemoPlan {
  std::string_view unit;  // HR key
  bool approved;
  year_month_day created_on;
  std::string_view notes;
  std::array<std::optional<DemoActivity>, 4> activities;
};

constexpr std::array<DemoPlan, 7> kPlans = {{
    {"AUH-C1-A1",
     true,
     Date(2026, 8, 20),
     "Vi arbejder med ledelsesgrundlaget i tre trin: først i afdelingsledelsen og med afsnitslederne, så i LMU, og "
     "til sidst på personalemøderne med dialogkort. Planen blev drøftet i LMU 2.10.2026.",
     {DemoActivity{ActivityKind::LeadershipChain, "Dialog om ledelsesgrundlaget i afdelingsledelsen", Date(2026, 8, 25),
                   "Afdelingsledelsen og afsnitslederne", Outcome::Done, Date(2026, 8, 25),
                   "Vi talte om, hvad **dristighed** betyder hos os, og hvor vi holder igen af vane.",
                   "- Hver afsnitsleder tager ét eksempel med til næste ledermøde.\n- Vi gentager dialogen i marts."},
      DemoActivity{ActivityKind::Med, "Planen drøftes i LMU", Date(2026, 9, 30), "LMU", Outcome::Done,
                   Date(2026, 10, 2), "LMU bakker op om planen og ønsker dialogkort på personalemøderne.",
                   "MED-repræsentanterne er med til at planlægge sessionerne."},
      DemoActivity{ActivityKind::DialogueCards, "Dialogkort-session på personalemødet", Date(2026, 11, 18),
                   "Alle medarbejdere i afdelingen", Outcome::Planned, std::nullopt, "", ""},
      DemoActivity{ActivityKind::Lus, "Værdierne som tema i årets LUS-samtaler", Date(2027, 2, 15), "Afdelingsledelsen",
                   Outcome::Planned, std::nullopt, "", ""}}},
    {"AUH-C1-A1-S1",
     false,
     Date(2026, 10, 20),
     "Udkast: afsnittet følger afdelingens plan og tilføjer et case-værksted.",
     {DemoActivity{ActivityKind::CaseWorkshop, "Case-værksted om svære prioriteringer", Date(2026, 11, 5),
                   "Afsnittets sygeplejersker og sekretærer", Outcome::Planned, std::nullopt, "", ""},
      std::nullopt, std::nullopt, std::nullopt}},
    {"RM",
     true,
     Date(2026, 6, 15),
     "Koncernledelsen sætter ledelsesgrundlaget på dagsordenen i sine egne fora og i hospitalernes og områdernes "
     "ledelser, og følger op i Regions-MED.",
     {DemoActivity{ActivityKind::LeadershipChain, "Koncernledelsens drøftelse efter Ledertræf", Date(2026, 6, 20),
                   "Koncernledelsen", Outcome::Done, Date(2026, 6, 20),
                   "Ledelsesgrundlaget kommer på dagsordenen i alle direktioner inden sommerferien.",
                   "Hver direktør melder tilbage om deres område i september."},
      DemoActivity{ActivityKind::Med, "Drøftelse i Regions-MED", Date(2026, 9, 10), "Regions-MED", Outcome::Done,
                   Date(2026, 9, 10), "Regions-MED ønsker, at MED-udvalgene inddrages i de lokale planer.", ""},
      DemoActivity{ActivityKind::Other, "Opfølgning på aktiveringen i koncernledelsen", Date(2027, 3, 1),
                   "Koncernledelsen", Outcome::Planned, std::nullopt, "", ""},
      std::nullopt}},
    {"PSY",
     true,
     Date(2026, 9, 1),
     "Psykiatriens ledelse bruger ledelsesgrundlaget ved rekruttering af nye ledere.",
     {DemoActivity{ActivityKind::Recruitment, "Ledelsesgrundlaget i stillingsopslag og samtaler", Date(2026, 9, 15),
                   "Psykiatriledelsen og HR", Outcome::Done, Date(2026, 9, 18),
                   "Værdierne indgår nu i alle opslag af lederstillinger.", ""},
      std::nullopt, std::nullopt, std::nullopt}},
    {"SOC",
     false,
     Date(2026, 9, 25),
     "",
     {DemoActivity{ActivityKind::LeadershipChain, "Dialog med områdecheferne", Date(2026, 10, 15),
                   "Direktøren og områdecheferne", Outcome::Planned, std::nullopt, "", ""},
      std::nullopt, std::nullopt, std::nullopt}},
    {"ADM",
     true,
     Date(2026, 8, 30),
     "Administrationen holder case-værksteder på tværs af afdelingerne.",
     {DemoActivity{ActivityKind::CaseWorkshop, "Case-værksted for afdelingschefer", Date(2026, 9, 22),
                   "Afdelingscheferne", Outcome::Done, Date(2026, 9, 22),
                   "Casen om en presset tidsplan gav en god snak om ordentlighed.", ""},
      DemoActivity{ActivityKind::DialogueCards, "Dialogkort i Koncern HR", Date(2026, 10, 6), "Koncern HR",
                   Outcome::Cancelled, std::nullopt, "", ""},
      std::nullopt, std::nullopt}},
    {"AUH-C1-A2", false, Date(2026, 9, 28), "", {std::nullopt, std::nullopt, std::nullopt, std::nullopt}},
}};

}  // namespace

bool LoadDemoActivation(app::Store& store) {
  return store.Write([](app::Transaction& tx) {
    auto& activation = tx.Activation();
    for (const auto& round : activation.ListRounds()) {
      if (round.fields.name == kRoundName) return false;
    }
    const auto records = tx.Organisation().LoadAll();
    std::unordered_map<std::string_view, domain::UnitId> units;
    for (const auto& unit : records.units) units.emplace(unit.external_id, unit.id);
    if (!units.contains("RM")) return false;
    std::unordered_map<domain::UnitId, domain::PersonId> first_leader;
    for (const auto& leadership : records.leaderships) first_leader.emplace(leadership.unit, leadership.person);

    app::RoundFields fields;
    fields.name = std::string(kRoundName);
    fields.description =
        "Ledelsesgrundlaget blev lanceret på Ledertræf 4.6.2026. Nu skal det oversættes og bruges i hele "
        "organisationen: hver enhed laver en **lokal plan** for, hvordan ledelsesgrundlaget drøftes i "
        "ledelseskæden og med MED, og hvordan det bruges ved rekruttering og i LUS.";
    fields.starts_on = Date(2026, 6, 4);
    fields.plan_deadline = Date(2026, 10, 1);
    const auto round = activation.CreateRound(fields, std::nullopt, At(Date(2026, 5, 20)));
    tx.Audit().Append({At(Date(2026, 5, 20)), std::nullopt, "activation_round.created",
                       "activation_round:" + std::to_string(round), "", "demo-data"});

    for (const auto& demo : kPlans) {
      const auto unit = units.find(demo.unit);
      if (unit == units.end()) continue;
      const auto created = At(demo.created_on);
      const auto plan = activation.CreatePlan(round, unit->second, std::nullopt, created);
      if (!demo.notes.empty()) activation.UpdatePlanNotes(plan, 1, std::string(demo.notes), created);
      const auto leader = first_leader.find(unit->second);
      for (const auto& entry : demo.activities) {
        if (!entry) continue;
        app::ActivityFields activity;
        activity.kind = entry->kind;
        activity.title = std::string(entry->title);
        activity.planned_on = entry->planned_on;
        if (leader != first_leader.end()) {
          activity.responsible_person = leader->second;
        } else {
          activity.responsible = "Enhedens ledelse";
        }
        activity.participants = std::string(entry->participants);
        const auto id = activation.CreateActivity(plan, activity, std::nullopt, std::nullopt, created);
        if (entry->outcome == Outcome::Done && entry->completed_on) {
          activation.CompleteActivity(id, 1, *entry->completed_on, std::string(entry->result),
                                      std::string(entry->agreements), At(*entry->completed_on));
        } else if (entry->outcome == Outcome::Cancelled) {
          activation.CancelActivity(id, 1, At(entry->planned_on));
        }
      }
      if (demo.approved) {
        const auto current = activation.FindPlan(plan);
        activation.ApprovePlan(plan, current ? current->revision : 1, std::nullopt, created + std::chrono::hours{2});
      }
    }
    return true;
  });
}

}  // namespace lp::cli
