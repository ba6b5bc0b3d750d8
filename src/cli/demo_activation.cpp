// The demo's activation round: "Aktivering af ledelsesgrundlaget 2026" from the launch at Ledertræf
// on 4 June 2026 with the plan deadline 1 October 2026. The portal's demo is shown in December 2026
// (the demo region's reference date is 1 December 2026), so the deadline has passed: units with an
// approved plan made before it show as on time, the units listed without a plan show as "Mangler,
// fristen er overskredet", and planned activities dated in November 2026 show as overdue, while
// those dated in 2027 are still ahead. Everything is fixed (dates, texts, units by HR key), so every
// load gives the same rows; only "today" moves, and with it what is overdue.
//
// The rest of the region gets a deterministic spread, so that the follow-up views and the heat map
// show a region midway (see SpreadOverTheRegion): each unit with a leader draws its plan, its
// activities, a local translation (draft or published) and a MED discussion from a hash of its HR
// key, weighted by how far its area has come. leder@'s department and the units above it are left to
// the examples, so leder@ still starts the translation of their own department from scratch.
//
// The units: leder@'s department (Ortopædkirurgi at AUH, approved, activities done, overdue and
// ahead), its first section (a draft with an overdue activity) and its second (no plan), and under
// koncernledelse the region itself (approved), Psykiatrien (approved), Socialområdet (a draft with
// an overdue activity), Regional Udvikling (no plan) and Administrationen (approved, one activity
// cancelled).
#include "cli/demo_activation.hpp"
#include "app/activation/activation_repository.hpp"
#include "app/organisation/organisation_repository.hpp"
#include "app/translation/translation_repository.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <optional>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "app/platform/repositories.hpp"
#include "domain/platform/danish_format.hpp"

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
                   Outcome::Cancelled, std::nullopt,
                   "Flyttet til næste runde: sessionen faldt sammen med flytningen af Koncern HR.", ""},
      std::nullopt, std::nullopt}},
    {"AUH-C1-A2", false, Date(2026, 9, 28), "", {std::nullopt, std::nullopt, std::nullopt, std::nullopt}},
}};

// How far each area has come, 0..1 (by the area's HR key): what makes the heat map differ by area.
constexpr std::array<std::pair<std::string_view, double>, 5> kAreaProgress = {
    {{"HOSP", 0.65}, {"PSY", 0.8}, {"SOC", 0.5}, {"RU", 0.3}, {"ADM", 0.7}}};

// FNV-1a of the HR key and a salt: the same draws on every load and every machine.
double Draw(std::string_view key, std::uint64_t salt) {
  std::uint64_t hash = 14695981039346656037ULL ^ (salt * 1099511628211ULL);
  for (const char c : key) {
    hash ^= static_cast<unsigned char>(c);
    hash *= 1099511628211ULL;
  }
  hash ^= hash >> 29U;
  return static_cast<double>(hash % 1'000'000ULL) / 1'000'000.0;
}

year_month_day DayAfter(year_month_day day, int days) {
  return year_month_day{std::chrono::sys_days{day} + std::chrono::days{days}};
}

struct SpreadActivity {
  ActivityKind kind;
  std::string_view title;
  std::string_view participants;
  std::string_view outcome;
};

constexpr std::array<SpreadActivity, 5> kSpreadActivities = {{
    {ActivityKind::LeadershipChain, "Ledelsesgrundlaget på ledermødet", "Enhedens ledere",
     "Vi blev enige om, hvad dialog og dristighed betyder i vores hverdag."},
    {ActivityKind::Med, "Drøftelse i MED-udvalget", "MED-udvalget", "Udvalget bakker op og følger med i planen."},
    {ActivityKind::DialogueCards, "Dialogkort på personalemødet", "Alle medarbejdere",
     "Kortene om ordentlighed gav en god snak om, hvordan vi giver hinanden besked."},
    {ActivityKind::Lus, "Værdierne som tema i LUS", "Lederen og de nærmeste ledere",
     "Værdierne indgik i årets samtaler."},
    {ActivityKind::CaseWorkshop, "Case-værksted om prioriteringer", "Enhedens faglige ledere",
     "Casen satte gang i en snak om, hvad vi siger nej til."},
}};

constexpr std::array<std::string_view, 4> kThemeTitles = {"Vi taler åbent om det, der er svært",
                                                          "Faglighed og udvikling hånd i hånd",
                                                          "Plads til at prøve nyt", "Ordentlighed i hverdagen"};

app::TranslationContent SpreadTranslation(std::size_t pick) {
  app::TranslationContent content;
  content.introduction = "Sådan forstår vi ledelsesgrundlaget i vores enhed.";
  for (std::size_t i = 0; i < 2; ++i) {
    app::TranslationTheme theme;
    theme.title = std::string(kThemeTitles[(pick + i) % kThemeTitles.size()]);
    theme.bullets = "Vi siger det, når noget ikke fungerer\nVi lytter, før vi beslutter";
    theme.employees_can_expect = "At lederen inddrager jer tidligt og forklarer beslutningerne.";
    theme.leaders_expect = "At I siger til, når I ser noget, der kan gøres bedre.";
    theme.values = {app::kAllRegionalValues[(pick + i) % app::kAllRegionalValues.size()]};
    content.themes.push_back(std::move(theme));
  }
  return content;
}

// The spread over every unit with a leader that the examples above leave alone (see the top).
void SpreadOverTheRegion(app::Transaction& tx, app::RoundId round, const app::OrganisationRecords& records,
                         const std::unordered_map<domain::UnitId, domain::PersonId>& first_leader) {
  std::unordered_map<domain::UnitId, const domain::Unit*> by_id;
  for (const auto& unit : records.units) by_id.emplace(unit.id, &unit);
  const auto ancestors_of = [&](const domain::Unit& unit) {
    std::vector<const domain::Unit*> chain;
    for (auto parent = unit.parent; parent;) {
      const auto found = by_id.find(*parent);
      if (found == by_id.end()) break;
      chain.push_back(found->second);
      parent = found->second->parent;
    }
    return chain;
  };
  // leder@'s department: kept as the hand-made example, and nothing above it gets a translation.
  std::unordered_set<domain::UnitId> no_translation;
  domain::UnitId example = 0;
  for (const auto& unit : records.units) {
    if (unit.external_id != kPlans[0].unit) continue;
    example = unit.id;
    for (const auto* above : ancestors_of(unit)) no_translation.insert(above->id);
  }
  std::unordered_set<std::string_view> curated;
  for (const auto& demo : kPlans) curated.insert(demo.unit);
  const auto author = tx.Get<app::UserRepository>().FindByEmail("koncernledelse@demo.ledelsesportal.dk");
  auto& activation = tx.Get<app::ActivationRepository>();
  auto& translations = tx.Get<app::TranslationRepository>();
  const auto today = Date(2026, 12, 1);

  for (const auto& unit : records.units) {
    if (!unit.active || !first_leader.contains(unit.id) || curated.contains(unit.external_id)) continue;
    const auto chain = ancestors_of(unit);
    if (unit.id == example || std::ranges::any_of(chain, [&](const auto* above) { return above->id == example; })) {
      continue;
    }
    double progress = 0.5;
    for (const auto* above : chain) {
      for (const auto& [area, value] : kAreaProgress) {
        if (above->external_id == area) progress = value;
      }
    }
    const std::string_view key = unit.external_id;
    const auto leader = first_leader.at(unit.id);

    if (Draw(key, 1) < progress * 1.1) {
      const auto created = DayAfter(Date(2026, 6, 10), static_cast<int>(Draw(key, 2) * 140));
      const auto plan = activation.CreatePlan(round, unit.id, std::nullopt, At(created));
      const auto count = 1 + static_cast<std::size_t>(Draw(key, 3) * 3);
      for (std::size_t i = 0; i < count; ++i) {
        const auto& kind = kSpreadActivities[(static_cast<std::size_t>(Draw(key, 4) * 5) + i) % 5];
        app::ActivityFields activity;
        activity.kind = kind.kind;
        activity.title = std::string(kind.title);
        activity.planned_on = DayAfter(created, 14 + static_cast<int>(Draw(key, 10 + i) * 200));
        activity.responsible_person = leader;
        activity.participants = std::string(kind.participants);
        const auto id = activation.CreateActivity(plan, activity, std::nullopt, std::nullopt, At(created));
        if (activity.planned_on < today && Draw(key, 20 + i) < progress + 0.15) {
          activation.CompleteActivity(id, 1, activity.planned_on, std::string(kind.outcome), "",
                                      At(activity.planned_on));
        }
      }
      if (Draw(key, 5) < 0.4 + progress / 2) {
        activation.ApprovePlan(plan, 1, std::nullopt, At(DayAfter(created, 7)));
      }
    }

    if (!author || no_translation.contains(unit.id)) continue;
    const auto translated = Draw(key, 6);
    if (translated >= progress) continue;
    const auto written = DayAfter(Date(2026, 6, 20), static_cast<int>(Draw(key, 7) * 150));
    const auto version =
        translations.CreateDraft(unit.id, std::nullopt, SpreadTranslation(static_cast<std::size_t>(Draw(key, 8) * 4)),
                                 author->user.id, At(written));
    if (translated >= progress * 0.75) continue;  // a draft only
    translations.Publish(version, 1, 1, author->user.id, At(written));
    if (Draw(key, 9) < 0.7) {
      app::MedDiscussion discussion;
      discussion.unit = unit.id;
      discussion.version = version;
      discussion.held_on = std::min(DayAfter(written, 10), Date(2026, 11, 30));
      discussion.committee = "Lokal-MED";
      discussion.remarks = "Udvalget drøftede oversættelsen og har ingen ændringer.";
      discussion.recorded_by = author->user.id;
      discussion.recorded_at = At(discussion.held_on);
      translations.AddMedDiscussion(discussion);
    }
  }
}

}  // namespace

bool LoadDemoActivation(app::Store& store) {
  return store.Write([](app::Transaction& tx) {
    auto& activation = tx.Get<app::ActivationRepository>();
    for (const auto& round : activation.ListRounds()) {
      if (round.fields.name == kRoundName) return false;
    }
    const auto records = tx.Get<app::OrganisationRepository>().LoadAll();
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
    tx.Get<app::AuditRepository>().Append({At(Date(2026, 5, 20)), std::nullopt, "activation_round.created",
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
          // A cancelled entry's `result` is the reason it was cancelled.
          activation.CancelActivity(id, 1, std::nullopt, At(entry->planned_on), std::string(entry->result));
        }
      }
      if (demo.approved) {
        const auto current = activation.FindPlan(plan);
        activation.ApprovePlan(plan, current ? current->revision : 1, std::nullopt, created + std::chrono::hours{2});
      }
    }
    SpreadOverTheRegion(tx, round, records, first_leader);
    return true;
  });
}

}  // namespace lp::cli
