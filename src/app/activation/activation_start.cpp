#include "app/activation/activation_start.hpp"

#include <algorithm>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "app/activation/activation_repository.hpp"
#include "app/activation/activation_service.hpp"
#include "domain/activation/activation.hpp"
#include "domain/platform/danish_format.hpp"

namespace lp::app {
namespace {

constexpr std::size_t kMaxResponsibleActivities = 50;

std::string PlanHref(domain::UnitId unit) { return "/organisation/enheder/" + std::to_string(unit) + "/plan"; }

std::chrono::sys_days Days(std::chrono::year_month_day day) { return std::chrono::sys_days{day}; }

bool Within(std::chrono::year_month_day day, std::chrono::year_month_day today, int days) {
  return Days(day) <= Days(today) && Days(today) - Days(day) <= std::chrono::days{days};
}

std::string Quote(std::string_view inner) { return "„" + std::string(inner) + "“"; }

// The person's relation to one of their own units, for the reason of an item.
std::string RoleIn(const OrganisationContext& context, const domain::Unit& unit) {
  if (context.viewer.person) {
    for (const auto& leadership : context.organisation().ActiveLeadersOf(unit.id)) {
      if (leadership.person == *context.viewer.person) return "Du er leder af " + unit.name + ".";
    }
  }
  return "Du er stedfortræder for lederen af " + unit.name + ".";
}

bool Approves(const domain::Organisation& organisation, domain::UnitId unit, domain::PersonId person) {
  const auto approvers = PlanApprovers(organisation, unit);
  return std::any_of(approvers.begin(), approvers.end(), [&](const domain::Person* p) { return p->id == person; });
}

// The units whose plan waits for the person's approval: in the subtrees they lead, the units with an
// active leader whose approvers include them; at the top of the region, koncernledelse's.
std::vector<const domain::Unit*> UnitsToApprove(const OrganisationContext& context) {
  const auto& organisation = context.organisation();
  std::vector<const domain::Unit*> units;
  if (const auto* me = context.me()) {
    std::vector<const domain::Unit*> roots;
    for (const auto& leadership : organisation.UnitsLedBy(me->id)) {
      const auto* unit = organisation.FindUnit(leadership.unit);
      if (unit == nullptr) continue;
      if (std::any_of(roots.begin(), roots.end(),
                      [&](const domain::Unit* r) { return organisation.IsInSubtree(unit->id, r->id); })) {
        continue;
      }
      std::erase_if(roots, [&](const domain::Unit* r) { return organisation.IsInSubtree(r->id, unit->id); });
      roots.push_back(unit);
    }
    for (const auto* root : roots) {
      for (const auto& unit : organisation.Subtree(root->id)) {
        if (!unit.active || organisation.ActiveLeadersOf(unit.id).empty()) continue;
        if (Approves(organisation, unit.id, me->id)) units.push_back(&unit);
      }
    }
  }
  const auto* top = organisation.Root();
  if (top != nullptr && context.viewer.user != nullptr && context.viewer.user->HasRole(domain::Role::Koncernledelse) &&
      PlanApprovers(organisation, top->id).empty() && !organisation.ActiveLeadersOf(top->id).empty() &&
      std::find(units.begin(), units.end(), top) == units.end()) {
    units.push_back(top);
  }
  return units;
}

}  // namespace

void AddActivationStartItems(Store& store, const StartRequest& request, StartPage& page) {
  const auto& context = request.context;
  const auto& organisation = context.organisation();
  const auto today = request.today;
  const auto* me = context.me();
  const auto own = OwnUnits(context);
  const auto to_approve = UnitsToApprove(context);
  // The plan that concerns the person's own unit: its own, or, for a unit without a leader, that of
  // the nearest unit above with one (which covers it).
  const domain::Unit* covering = me != nullptr ? CoveringUnit(organisation, me->unit) : nullptr;

  struct Loaded {
    std::vector<ActivationRound> rounds;
    std::optional<std::size_t> current;
    std::vector<UnitPlanSummary> summaries;
    std::vector<PlacedPlanActivity> responsible;
    std::optional<ActivationPlan> my_unit_plan;
  };
  const auto loaded = store.Read([&](Transaction& tx) {
    auto& repository = tx.Get<ActivationRepository>();
    Loaded data;
    data.rounds = repository.ListRounds();
    std::vector<domain::RoundDates> dates;
    for (const auto& round : data.rounds) dates.push_back({round.fields.starts_on, round.fields.plan_deadline});
    data.current = domain::CurrentRoundIndex(dates, today);
    if (data.current && (!own.empty() || !to_approve.empty())) {
      std::vector<domain::UnitId> units;
      units.reserve(own.size() + to_approve.size());
      for (const auto* unit : own) units.push_back(unit->id);
      for (const auto* unit : to_approve) units.push_back(unit->id);
      std::sort(units.begin(), units.end());
      units.erase(std::unique(units.begin(), units.end()), units.end());
      data.summaries = repository.SummariesOfUnits(data.rounds[*data.current].id, units, today);
    }
    if (me != nullptr) {
      data.responsible = repository.PlannedActivitiesOf(
          me->id, std::chrono::year_month_day{Days(today) + std::chrono::days{kStartSoonDays}},
          kMaxResponsibleActivities);
      if (data.current && covering != nullptr) {
        data.my_unit_plan = repository.FindPlanFor(data.rounds[*data.current].id, covering->id);
      }
    }
    return data;
  });

  std::unordered_set<domain::UnitId> own_ids;
  for (const auto* unit : own) own_ids.insert(unit->id);

  if (loaded.current) {
    const auto& round = loaded.rounds[*loaded.current];
    const auto& fields = round.fields;
    const bool started = Days(fields.starts_on) <= Days(today);
    const bool soon = Days(fields.starts_on) - Days(today) <= std::chrono::days{kStartSoonDays};
    const auto deadline = domain::FormatDate(fields.plan_deadline);
    const bool deadline_passed = Days(fields.plan_deadline) < Days(today);
    std::unordered_map<domain::UnitId, const UnitPlanSummary*> by_unit;
    for (const auto& summary : loaded.summaries) by_unit.emplace(summary.unit, &summary);

    if (started || soon) {
      for (const auto* unit : own) {
        if (organisation.ActiveLeadersOf(unit->id).empty()) continue;  // covered by the leader above
        const auto found = by_unit.find(unit->id);
        const auto role = RoleIn(context, *unit);
        if (found == by_unit.end()) {
          auto reason = role + " Runden " + Quote(fields.name);
          reason += started ? " er i gang" : " starter " + domain::FormatDate(fields.starts_on);
          reason += ", og planen skal være klar senest " + deadline;
          reason += deadline_passed ? "; fristen er overskredet." : ".";
          page.tasks.push_back({"Lav en aktiveringsplan for " + unit->name, std::move(reason), PlanHref(unit->id),
                                "Lav planen", fields.plan_deadline, deadline_passed});
          continue;
        }
        const auto& summary = *found->second;
        if (summary.status == domain::PlanStatus::Draft && summary.planned + summary.done == 0) {
          auto reason = role;
          reason += " Planen har ingen aktiviteter endnu, og en tom plan kan ikke godkendes. Fristen er ";
          reason += deadline;
          reason += '.';
          page.tasks.push_back({"Tilføj aktiviteter til planen for " + unit->name, std::move(reason),
                                PlanHref(unit->id), "Åbn planen", fields.plan_deadline, deadline_passed});
        }
        if (summary.overdue > 0) {
          page.tasks.push_back(
              {domain::CountOf(summary.overdue, "aktivitet", "aktiviteter") + " i planen for " + unit->name +
                   " er overskredet",
               role + (summary.overdue == 1
                           ? " Marker den som gennemført, flyt datoen, eller aflys den med en begrundelse."
                           : " Marker dem som gennemført, flyt datoen, eller aflys dem med en begrundelse."),
               PlanHref(unit->id), "Åbn planen", std::nullopt, true});
        }
      }
    }
    for (const auto* unit : to_approve) {
      const auto found = by_unit.find(unit->id);
      if (found == by_unit.end()) continue;
      const auto& summary = *found->second;
      if (summary.status != domain::PlanStatus::Draft || summary.planned + summary.done == 0) continue;
      const bool top = PlanApprovers(organisation, unit->id).empty();
      page.tasks.push_back(
          {"Godkend planen for " + unit->name,
           (top ? std::string("Du er i koncernledelsen, som godkender planen for regionens top. ")
                : "Du er leder over " + unit->name + ", og planer godkendes af lederen over enheden. ") +
               "Planen har " + domain::CountOf(summary.planned + summary.done, "aktivitet", "aktiviteter") + ".",
           PlanHref(unit->id) + "#approve", "Se og godkend planen", fields.plan_deadline, false});
    }
    if (Within(fields.starts_on, today, kStartNewsDays)) {
      page.news.push_back({"Aktiveringsrunden " + Quote(fields.name) + " er startet",
                           !own.empty()    ? "Planerne for dine enheder skal være klar senest " + deadline + "."
                           : me != nullptr ? std::string("Din leder laver en plan for, hvordan enheden arbejder med "
                                                         "ledelsesgrundlaget.")
                                           : "Enhedernes ledere laver hver en plan for, hvordan enheden arbejder med "
                                             "ledelsesgrundlaget. Fristen er " +
                                                 deadline + ".",
                           "/aktivering", fields.starts_on});
    }
    if (loaded.my_unit_plan && loaded.my_unit_plan->approved_at && covering != nullptr) {
      const auto approved_on = domain::ToCopenhagenTime(*loaded.my_unit_plan->approved_at).date;
      if (Within(approved_on, today, kStartNewsDays)) {
        page.news.push_back({"Planen for " + covering->name + " er godkendt",
                             covering->id == me->unit
                                 ? std::string("Se, hvilke dialoger og aktiviteter enheden skal i gang med.")
                                 : "Din enhed er omfattet af planen for " + covering->name +
                                       ". Se, hvilke dialoger og aktiviteter der er planlagt.",
                             PlanHref(covering->id), approved_on});
      }
    }
  }

  for (const auto& placed : loaded.responsible) {
    const auto& activity = placed.activity;
    const bool overdue = domain::IsActivityOverdue(activity.status, activity.fields.planned_on, today);
    // An overdue activity of one's own unit is already counted in that unit's task above.
    if (overdue && own_ids.contains(placed.unit)) continue;
    const auto* unit = organisation.FindUnit(placed.unit);
    const auto unit_name = unit != nullptr ? unit->name : std::string("en enhed");
    const auto planned = domain::FormatDate(activity.fields.planned_on);
    page.tasks.push_back({"Aktiviteten " + Quote(activity.fields.title) + " i " + unit_name,
                          overdue ? "Du er ansvarlig for den, og den var planlagt til " + planned +
                                        ". Marker den som gennemført, eller flyt datoen."
                                  : "Du er ansvarlig for den, og den er planlagt til " + planned + ".",
                          PlanHref(placed.unit) + "#aktivitet-" + std::to_string(activity.id), "Åbn aktiviteten",
                          activity.fields.planned_on, overdue});
  }
}

}  // namespace lp::app
