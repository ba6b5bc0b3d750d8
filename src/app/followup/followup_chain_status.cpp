#include "app/followup/followup_chain_status.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <memory>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "app/activation/activation_repository.hpp"
#include "app/translation/translation_repository.hpp"
#include "domain/platform/danish_format.hpp"

namespace lp::app {
namespace {

// "Sengeafsnit 1 under Kardiologi (Jens Madsen)": the parent tells apart the many units of one name.
std::string UnitAndLeaders(const domain::Organisation& organisation, const FollowUpRow& row) {
  std::string text = row.unit->name;
  if (const auto* parent = organisation.Parent(row.unit->id); parent != nullptr && row.depth > 1) {
    text += " under " + parent->name;
  }
  if (row.leaders.empty()) return text;
  text += " (";
  for (std::size_t i = 0; i < row.leaders.size(); ++i) {
    if (i > 0) text += ", ";
    text += row.leaders[i]->FullName();
  }
  return text + ")";
}

}  // namespace

std::optional<ChainStatusSection> FoundationChainSection(const domain::Organisation& organisation,
                                                         std::span<const FollowUpRow* const> rows,
                                                         const std::optional<ActivationRound>& round) {
  std::vector<std::string> missing;
  std::vector<std::pair<long long, std::string>> overdue_units;
  std::vector<std::string> without_med;
  bool deadline_passed = false;
  long long expected = 0;
  long long overdue = 0;
  for (const auto* row : rows) {
    if (row == nullptr || !row->expected) continue;
    ++expected;
    if (round && domain::PlanNeedsAttention(row->plan)) {
      missing.push_back(UnitAndLeaders(organisation, *row));
      deadline_passed = deadline_passed || row->plan == domain::PlanState::Overdue;
    }
    if (round && row->overdue > 0) {
      overdue += row->overdue;
      overdue_units.emplace_back(row->overdue, fmt::format("{} i {}", domain::FormatInteger(row->overdue),
                                                           UnitAndLeaders(organisation, *row)));
    }
    const bool in_force = row->translation == TranslationState::Published || row->inherited_from != nullptr;
    if (in_force && !row->last_med) without_med.push_back(UnitAndLeaders(organisation, *row));
  }
  if (missing.empty() && overdue_units.empty() && without_med.empty()) return std::nullopt;
  ChainStatusSection section;
  section.heading = round ? "Ledelsesgrundlaget, aktiveringsrunden „" + round->fields.name + "“" : "Ledelsesgrundlaget";
  section.link = "/opfoelgning";
  const auto count = [](std::size_t n) { return static_cast<long long>(n); };
  if (!missing.empty()) {
    const auto deadline = domain::FormatDate(round->fields.plan_deadline);
    section.findings.push_back(
        fmt::format("{} af {} mangler en aktiveringsplan ({} {}): {}.", domain::FormatInteger(count(missing.size())),
                    domain::CountOf(expected, "enhed med leder", "enheder med leder"),
                    deadline_passed ? "fristen var" : "fristen er", deadline, ListOfNames(missing)));
    section.summary.push_back(domain::CountOf(count(missing.size()), "plan mangler", "planer mangler"));
  }
  if (!overdue_units.empty()) {
    // The most overdue first (stable: then in tree order).
    std::stable_sort(overdue_units.begin(), overdue_units.end(),
                     [](const auto& a, const auto& b) { return a.first > b.first; });
    std::vector<std::string> named;
    named.reserve(overdue_units.size());
    for (auto& unit : overdue_units) named.push_back(std::move(unit.second));
    section.findings.push_back(fmt::format(
        "{} overskredet: {}.", domain::CountOf(overdue, "aktivitet er", "aktiviteter er"), ListOfNames(named)));
    section.summary.push_back(domain::CountOf(overdue, "aktivitet er overskredet", "aktiviteter er overskredet"));
  }
  if (!without_med.empty()) {
    section.findings.push_back(fmt::format("{} ikke drøftet ledelsesgrundlaget i MED endnu: {}.",
                                           domain::CountOf(count(without_med.size()), "enhed har", "enheder har"),
                                           ListOfNames(without_med)));
    section.summary.push_back(
        domain::CountOf(count(without_med.size()), "mangler MED-drøftelse", "mangler MED-drøftelse"));
  }
  return section;
}

ChainStatusReport FoundationChainStatus(Transaction& tx, const domain::Organisation& organisation,
                                        std::chrono::year_month_day today) {
  struct Data {
    std::optional<ActivationRound> round;
    std::vector<FollowUpRow> rows;
    std::unordered_map<domain::UnitId, std::size_t> index;
  };
  auto data = std::make_shared<Data>();
  const auto* root = organisation.Root();
  if (root == nullptr) return [](const ChainLeader&) { return std::optional<ChainStatusSection>{}; };
  auto& activation = tx.Get<ActivationRepository>();
  const auto rounds = activation.ListRounds();
  std::vector<domain::RoundDates> dates;
  dates.reserve(rounds.size());
  for (const auto& round : rounds) dates.push_back({round.fields.starts_on, round.fields.plan_deadline});
  std::vector<UnitPlanSummary> summaries;
  std::optional<domain::RoundDates> shown;
  if (const auto current = domain::CurrentRoundIndex(dates, today)) {
    data->round = rounds[*current];
    shown = dates[*current];
    summaries = activation.SummariesOfRound(data->round->id, today);
  }
  const auto states = tx.Get<TranslationRepository>().StatesOfAllUnits();
  const domain::UnitId roots[] = {root->id};
  data->rows = BuildFollowUpRows(organisation, roots, states, summaries, shown, today);
  data->index.reserve(data->rows.size());
  for (std::size_t i = 0; i < data->rows.size(); ++i) data->index.emplace(data->rows[i].unit->id, i);
  return [data, &organisation](const ChainLeader& leader) {
    std::vector<const FollowUpRow*> rows;
    rows.reserve(leader.below.size());
    for (const auto* unit : leader.below) {
      const auto found = data->index.find(unit->id);
      if (found != data->index.end()) rows.push_back(&data->rows[found->second]);
    }
    return FoundationChainSection(organisation, rows, data->round);
  };
}

}  // namespace lp::app
