#include "app/followup/followup_service.hpp"
#include "app/activation/activation_repository.hpp"
#include "app/followup/followup_access.hpp"
#include "app/translation/translation_repository.hpp"

#include <algorithm>
#include <unordered_map>
#include <utility>

#include "app/platform/errors.hpp"
#include "domain/platform/danish_format.hpp"

namespace lp::app {
namespace {

using domain::PlanState;

std::size_t TreePosition(const domain::Organisation& organisation, const domain::Unit* unit) {
  return static_cast<std::size_t>(unit - organisation.Units().data());
}

// The current round as ActivationService defines it (domain::CurrentRoundIndex).
std::optional<std::size_t> CurrentIndex(const std::vector<ActivationRound>& rounds, std::chrono::year_month_day today) {
  std::vector<domain::RoundDates> dates;
  dates.reserve(rounds.size());
  for (const auto& round : rounds) dates.push_back({round.fields.starts_on, round.fields.plan_deadline});
  return domain::CurrentRoundIndex(dates, today);
}

// The order of the plan column: the most urgent first.
int PlanRank(PlanState state) {
  switch (state) {
    case PlanState::Overdue: return 0;
    case PlanState::Missing: return 1;
    case PlanState::NotDue: return 2;
    case PlanState::Draft: return 3;
    case PlanState::Approved: return 4;
  }
  return 2;
}

int TranslationRank(TranslationState state) {
  switch (state) {
    case TranslationState::None: return 0;
    case TranslationState::Draft: return 1;
    case TranslationState::Published: return 2;
  }
  return 0;
}

bool IsTextColumn(FollowUpColumn column) {
  return column == FollowUpColumn::Unit || column == FollowUpColumn::Area || column == FollowUpColumn::Leaders;
}

// The text a text column shows (and sorts by); empty for the other columns.
std::string TextOf(const FollowUpRow& row, FollowUpColumn column) {
  switch (column) {
    case FollowUpColumn::Unit: return row.unit->name;
    case FollowUpColumn::Area: return row.area != nullptr ? row.area->name : std::string{};
    case FollowUpColumn::Leaders: {
      std::string names;
      for (const auto* leader : row.leaders) {
        if (!names.empty()) names += ", ";
        names += leader->FullName();
      }
      return names;
    }
    default: return {};
  }
}

// Negative, zero or positive like a three-way comparison, for the column.
int Compare(const FollowUpRow& a, const FollowUpRow& b, FollowUpColumn column) {
  const auto three_way = [](const auto& x, const auto& y) { return x < y ? -1 : (y < x ? 1 : 0); };
  switch (column) {
    case FollowUpColumn::Unit:
    case FollowUpColumn::Area:
    case FollowUpColumn::Leaders: return 0;  // sorted by their Danish keys (SortFollowUpRows)
    case FollowUpColumn::Translation: {
      if (const int rank = three_way(TranslationRank(a.translation), TranslationRank(b.translation)); rank != 0) {
        return rank;
      }
      return three_way(a.published_on, b.published_on);
    }
    case FollowUpColumn::Plan: return three_way(PlanRank(a.plan), PlanRank(b.plan));
    case FollowUpColumn::Planned: return three_way(a.planned, b.planned);
    case FollowUpColumn::Done: return three_way(a.done, b.done);
    case FollowUpColumn::Overdue: return three_way(a.overdue, b.overdue);
    case FollowUpColumn::LastMed: return three_way(a.last_med, b.last_med);
  }
  return 0;
}

bool NeedsAttention(const FollowUpRow& row) { return domain::PlanNeedsAttention(row.plan) || row.overdue > 0; }

}  // namespace

std::string_view TranslationStateCode(TranslationState state) { return kTranslationStateTable.Code(state); }
std::string_view TranslationStateLabel(TranslationState state) { return kTranslationStateTable.Label(state); }
std::optional<TranslationState> ParseTranslationState(std::string_view code) {
  return kTranslationStateTable.Parse(code);
}

std::string_view FollowUpColumnCode(FollowUpColumn column) { return kFollowUpColumnTable.Code(column); }
std::string_view FollowUpColumnLabel(FollowUpColumn column) { return kFollowUpColumnTable.Label(column); }
std::optional<FollowUpColumn> ParseFollowUpColumn(std::string_view code) { return kFollowUpColumnTable.Parse(code); }

std::vector<const domain::Unit*> AreasOf(const domain::Organisation& organisation) {
  std::vector<const domain::Unit*> areas;
  const auto* root = organisation.Root();
  if (root == nullptr) return areas;
  for (const auto& unit : organisation.Units()) {
    if (unit.parent == root->id && unit.kind == domain::UnitKind::Area) areas.push_back(&unit);
  }
  return areas;
}

std::vector<FollowUpRow> BuildFollowUpRows(const domain::Organisation& organisation,
                                           std::span<const domain::UnitId> roots,
                                           std::span<const UnitTranslationState> states,
                                           std::span<const UnitPlanSummary> summaries,
                                           std::optional<domain::RoundDates> round, std::chrono::year_month_day today) {
  const auto units = organisation.Units();
  std::unordered_map<domain::UnitId, const UnitTranslationState*> state_of;
  state_of.reserve(states.size());
  for (const auto& state : states) state_of.emplace(state.unit, &state);
  std::unordered_map<domain::UnitId, const UnitPlanSummary*> summary_of;
  summary_of.reserve(summaries.size());
  for (const auto& summary : summaries) summary_of.emplace(summary.unit, &summary);

  // One pass in tree order (parents before children): each unit's depth, area and the nearest unit
  // at or above it with a published translation.
  struct Walk {
    int depth = 0;
    const domain::Unit* area = nullptr;
    const domain::Unit* published = nullptr;
    std::optional<std::chrono::year_month_day> published_on;
  };
  std::vector<Walk> walk(units.size());
  for (std::size_t i = 0; i < units.size(); ++i) {
    const auto& unit = units[i];
    auto& here = walk[i];
    if (const auto* parent = organisation.Parent(unit.id)) {
      const auto& above = walk[TreePosition(organisation, parent)];
      here = above;
      here.depth = above.depth + 1;
      if (above.depth == 0) here.area = unit.kind == domain::UnitKind::Area ? &unit : nullptr;
    }
    const auto found = state_of.find(unit.id);
    if (found != state_of.end() && found->second->latest_number) {
      here.published = &unit;
      here.published_on.reset();
      if (found->second->published_at) here.published_on = domain::ToCopenhagenTime(*found->second->published_at).date;
    }
  }

  std::vector<FollowUpRow> rows;
  for (const auto root : roots) {
    for (const auto& unit : organisation.Subtree(root)) {
      if (!unit.active) continue;
      const auto& here = walk[TreePosition(organisation, &unit)];
      FollowUpRow row;
      row.unit = &unit;
      row.depth = here.depth;
      row.area = here.area;
      for (const auto& leadership : organisation.ActiveLeadersOf(unit.id)) {
        if (const auto* person = organisation.FindPerson(leadership.person)) row.leaders.push_back(person);
      }
      row.expected = !row.leaders.empty();
      const auto state = state_of.find(unit.id);
      if (state != state_of.end()) {
        const auto& found = *state->second;
        if (found.latest_number) {
          row.translation = TranslationState::Published;
          row.translation_number = found.latest_number;
          row.published_on = here.published_on;
          row.newer_draft = found.has_draft;
        } else if (found.has_draft) {
          row.translation = TranslationState::Draft;
        }
        row.last_med = found.last_med;
      }
      if (row.translation != TranslationState::Published && here.published != nullptr) {
        row.inherited_from = here.published;
        row.inherited_published_on = here.published_on;
      }
      const auto summary = summary_of.find(unit.id);
      const bool has_plan = summary != summary_of.end();
      if (has_plan) {
        row.planned = summary->second->planned;
        row.done = summary->second->done;
        row.overdue = summary->second->overdue;
      }
      if (round) {
        row.plan = domain::PlanStateOf(has_plan ? std::optional{summary->second->status} : std::nullopt,
                                       round->starts_on, round->plan_deadline, today);
      }
      rows.push_back(std::move(row));
    }
  }
  return rows;
}

FollowUpTotals TotalsOf(std::span<const FollowUpRow> rows) {
  FollowUpTotals totals;
  for (const auto& row : rows) {
    ++totals.units;
    if (row.expected) ++totals.expected;
    if (row.translation == TranslationState::Published) ++totals.published;
    if (row.translation == TranslationState::Draft) ++totals.draft_only;
    if (row.plan == PlanState::Approved) ++totals.approved;
    if (row.plan == PlanState::Draft) ++totals.draft_plans;
    if (row.expected && domain::PlanNeedsAttention(row.plan)) ++totals.missing;
    totals.planned += row.planned;
    totals.done += row.done;
    totals.overdue += row.overdue;
    if (row.last_med) ++totals.with_med;
  }
  return totals;
}

std::vector<FollowUpRow> FilterFollowUpRows(std::vector<FollowUpRow> rows, const FollowUpFilter& filter) {
  std::erase_if(rows, [&](const FollowUpRow& row) {
    if (filter.area && (row.area == nullptr || row.area->id != *filter.area)) return true;
    if (filter.translation && row.translation != *filter.translation) return true;
    // A leaderless unit is covered by the leader above: never "missing" a plan of its own.
    if (filter.plan && (row.plan != *filter.plan || (domain::PlanNeedsAttention(row.plan) && !row.expected))) {
      return true;
    }
    return false;
  });
  return rows;
}

void SortFollowUpRows(std::vector<FollowUpRow>& rows, FollowUpSort sort) {
  if (!sort.column) return;
  const auto column = *sort.column;
  if (!IsTextColumn(column)) {
    std::stable_sort(rows.begin(), rows.end(), [&](const FollowUpRow& a, const FollowUpRow& b) {
      const int order = Compare(a, b, column);
      return sort.descending ? order > 0 : order < 0;
    });
    return;
  }
  // A text column: each row's Danish key once (not two per comparison), then the rows in key order.
  std::vector<std::pair<std::string, std::size_t>> keyed;
  keyed.reserve(rows.size());
  for (std::size_t i = 0; i < rows.size(); ++i) keyed.emplace_back(domain::DanishSortKey(TextOf(rows[i], column)), i);
  std::stable_sort(keyed.begin(), keyed.end(), [&](const auto& a, const auto& b) {
    return sort.descending ? b.first < a.first : a.first < b.first;
  });
  std::vector<FollowUpRow> sorted;
  sorted.reserve(rows.size());
  for (const auto& [key, index] : keyed) sorted.push_back(std::move(rows[index]));
  rows = std::move(sorted);
}

namespace {
HeatRow HeatRowOf(const domain::Unit* unit) {
  HeatRow row;
  row.unit = unit;
  return row;
}
}  // namespace

std::vector<HeatRow> BuildHeatMap(const domain::Organisation& organisation, std::span<const FollowUpRow> rows,
                                  std::optional<domain::UnitId> drill_area) {
  std::vector<HeatRow> heat;
  std::unordered_map<domain::UnitId, std::size_t> index;
  if (drill_area) {
    const auto* area = organisation.FindUnit(*drill_area);
    if (area == nullptr) return heat;
    heat.push_back(HeatRowOf(area));  // the area's own unit
    index.emplace(area->id, 0);
    for (const auto* child : organisation.Children(area->id)) {
      if (!child->active) continue;
      index.emplace(child->id, heat.size());
      heat.push_back(HeatRowOf(child));
    }
  } else {
    for (const auto* area : AreasOf(organisation)) {
      index.emplace(area->id, heat.size());
      heat.push_back(HeatRowOf(area));
    }
  }
  for (const auto& row : rows) {
    if (!row.expected) continue;
    std::optional<std::size_t> at;
    if (drill_area) {
      if (row.area == nullptr || row.area->id != *drill_area) continue;
      // The row itself when it is the area, otherwise the child of the area it lies under.
      const domain::Unit* step = row.unit;
      while (step != nullptr && step->id != *drill_area && step->parent != *drill_area) {
        step = organisation.Parent(step->id);
      }
      if (step == nullptr) continue;
      const auto found = index.find(step->id);
      if (found != index.end()) at = found->second;
    } else if (row.area != nullptr) {
      const auto found = index.find(row.area->id);
      if (found != index.end()) at = found->second;
    }
    if (!at) continue;
    auto& cell = heat[*at];
    ++cell.units;
    const auto add = [](HeatCell& target, bool counts) {
      ++target.total;
      if (counts) ++target.count;
    };
    add(cell.published, row.translation == TranslationState::Published);
    add(cell.approved, row.plan == PlanState::Approved);
    add(cell.with_done, row.done > 0);
    add(cell.attention, NeedsAttention(row));
  }
  return heat;
}

FollowUpService::FollowUpService(Store& store, Clock clock) : store_(store), clock_(std::move(clock)) {}

std::chrono::year_month_day FollowUpService::Today() const { return domain::ToCopenhagenTime(clock_()).date; }

Result<std::shared_ptr<const FollowUpService::Loaded>> FollowUpService::Load(std::optional<RoundId> round,
                                                                             std::chrono::year_month_day today) const {
  // The counter is read first, in the same transaction as the data: on PostgreSQL (read committed)
  // the data is then at least as new as the version it is kept under, never older.
  auto loaded = store_.Read([&](Transaction& tx) -> std::shared_ptr<const Loaded> {
    const auto version = tx.Get<ChangeCounterRepository>().Version(kFollowUpCounter);
    {
      std::lock_guard lock(cache_mutex_);
      if (cache_.version == version && cache_.today == today) {
        if (const auto found = cache_.loaded.find(round); found != cache_.loaded.end()) return found->second;
      }
    }
    auto data = std::make_shared<Loaded>();
    data->round.rounds = tx.Get<ActivationRepository>().ListRounds();
    if (round) {
      for (const auto& candidate : data->round.rounds) {
        if (candidate.id == *round) data->round.shown = candidate;
      }
    } else if (const auto index = CurrentIndex(data->round.rounds, today)) {
      data->round.shown = data->round.rounds[*index];
    }
    if (data->round.shown)
      data->summaries = tx.Get<ActivationRepository>().SummariesOfRound(data->round.shown->id, today);
    data->states = tx.Get<TranslationRepository>().StatesOfAllUnits();
    if (round && !data->round.shown) return data;  // an unknown round is not kept
    std::lock_guard lock(cache_mutex_);
    if (version > cache_.version || today != cache_.today) cache_ = Cache{version, today, {}};
    if (version == cache_.version) cache_.loaded[round] = data;  // not when a newer one came meanwhile
    return data;
  });
  if (round && !loaded->round.shown) return NotFound("Aktiveringsrunden findes ikke.");
  return loaded;
}

std::vector<const domain::Unit*> AncestorsInRows(std::span<const FollowUpRow> rows, std::size_t index) {
  std::vector<const domain::Unit*> ancestors;
  if (index >= rows.size()) return ancestors;
  int depth = rows[index].depth;
  for (std::size_t i = index; i-- > 0;) {
    if (rows[i].depth < depth) {
      ancestors.push_back(rows[i].unit);
      depth = rows[i].depth;
    }
  }
  std::reverse(ancestors.begin(), ancestors.end());
  return ancestors;
}

Result<ChainFollowUp> FollowUpService::Chain(const OrganisationContext& context, std::optional<RoundId> round,
                                             std::size_t page) const {
  RegionQuery query;
  query.round = round;
  query.page = page;
  return ChainRows(context, query, true);
}

Result<ChainFollowUp> FollowUpService::Chain(const OrganisationContext& context, const RegionQuery& query) const {
  return ChainRows(context, query, true);
}

Result<ChainFollowUp> FollowUpService::ChainRows(const OrganisationContext& context, const RegionQuery& query,
                                                 bool page) const {
  const auto reach = context.Reach(actions::kFollowUp);
  if (!reach.Any()) {
    return Forbidden("Opfølgningen er for ledere, HR, koncernledelsen og administratorer.");
  }
  const auto& organisation = context.organisation();
  std::vector<domain::UnitId> roots;
  if (reach.Region()) {
    if (const auto* root = organisation.Root()) roots.push_back(root->id);
  } else {
    roots = reach.Roots(organisation);
  }
  const auto today = Today();
  const auto loaded = Load(query.round, today);
  if (!loaded) return loaded.error();
  const Loaded& data = *loaded.value();
  ChainFollowUp view;
  view.round = data.round;
  view.region = reach.Region();
  std::optional<domain::RoundDates> dates;
  if (view.round.shown)
    dates = domain::RoundDates{view.round.shown->fields.starts_on, view.round.shown->fields.plan_deadline};
  auto rows = BuildFollowUpRows(organisation, roots, data.states, data.summaries, dates, today);
  for (const auto* area : AreasOf(organisation)) {
    if (std::any_of(rows.begin(), rows.end(), [&](const FollowUpRow& row) { return row.area == area; })) {
      view.areas.push_back(area);
    }
  }
  if (query.filter.area && std::none_of(view.areas.begin(), view.areas.end(),
                                        [&](const domain::Unit* unit) { return unit->id == *query.filter.area; })) {
    return NotFound("Området findes ikke i din opfølgning.");
  }
  const bool filtered = query.filter.area || query.filter.translation || query.filter.plan;
  if (filtered) rows = FilterFollowUpRows(std::move(rows), query.filter);
  view.sorted = query.sort.column.has_value();
  if (view.sorted) SortFollowUpRows(rows, query.sort);
  view.totals = TotalsOf(rows);
  view.total_rows = rows.size();
  if (!rows.empty()) {
    view.top_depth = std::min_element(rows.begin(), rows.end(), [](const FollowUpRow& a, const FollowUpRow& b) {
                       return a.depth < b.depth;
                     })->depth;
  }
  if (!page) {
    view.page = PageOf(rows.size(), 1, rows.size());
    view.rows = std::move(rows);
    return view;
  }
  view.page = PageOf(rows.size(), query.page, kFollowUpPageSize);
  // In tree order (unfiltered and unsorted), a page that starts inside a subtree names the rows above.
  if (!view.sorted && !filtered) view.continued_from = AncestorsInRows(rows, view.page.first);
  for (auto i = view.page.first; i < view.page.last; ++i) view.rows.push_back(std::move(rows[i]));
  return view;
}

Result<RegionFollowUp> FollowUpService::RegionRows(const OrganisationContext& context, const RegionQuery& query,
                                                   bool page) const {
  if (!context.Reach(actions::kFollowUp).Region()) {
    return Forbidden("Opfølgningen for hele regionen er for koncernledelsen og administratorer.");
  }
  const auto& organisation = context.organisation();
  RegionFollowUp view;
  view.areas = AreasOf(organisation);
  const auto known_area = [&](std::optional<domain::UnitId> area) {
    return !area || std::any_of(view.areas.begin(), view.areas.end(),
                                [&](const domain::Unit* unit) { return unit->id == *area; });
  };
  if (!known_area(query.filter.area) || !known_area(query.heat_area)) return NotFound("Området findes ikke.");
  const auto today = Today();
  const auto loaded = Load(query.round, today);
  if (!loaded) return loaded.error();
  const Loaded& data = *loaded.value();
  view.round = data.round;
  std::optional<domain::RoundDates> dates;
  if (view.round.shown)
    dates = domain::RoundDates{view.round.shown->fields.starts_on, view.round.shown->fields.plan_deadline};
  std::vector<domain::UnitId> roots;
  if (const auto* root = organisation.Root()) roots.push_back(root->id);
  auto all = BuildFollowUpRows(organisation, roots, data.states, data.summaries, dates, today);
  view.heat = BuildHeatMap(organisation, all, query.heat_area);
  if (query.heat_area) view.heat_area = organisation.FindUnit(*query.heat_area);
  auto rows = FilterFollowUpRows(std::move(all), query.filter);
  SortFollowUpRows(rows, query.sort);
  view.total_rows = rows.size();
  view.totals = TotalsOf(rows);
  if (!page) {
    view.page = PageOf(rows.size(), 1, rows.size());
    view.rows = std::move(rows);
    return view;
  }
  view.page = PageOf(rows.size(), query.page, kFollowUpPageSize);
  for (auto i = view.page.first; i < view.page.last; ++i) view.rows.push_back(std::move(rows[i]));
  return view;
}

Result<RegionFollowUp> FollowUpService::Region(const OrganisationContext& context, const RegionQuery& query) const {
  return RegionRows(context, query, true);
}

void FollowUpService::AuditExport(const OrganisationContext& context, std::string_view subject, ExportFormat format,
                                  std::size_t rows, const FollowUpRound& round, std::string_view remote_address) {
  const auto now = clock_();
  const auto user = context.viewer.user ? std::optional{context.viewer.user->id} : std::nullopt;
  std::string details = format == ExportFormat::Csv ? "csv" : "xlsx";
  details += ", " + std::to_string(rows) + " rækker";
  if (round.shown) details += ", runde " + std::to_string(round.shown->id);
  store_.Write([&](Transaction& tx) {
    tx.Get<AuditRepository>().Append(
        {now, user, "followup.exported", std::string(subject), std::string(remote_address), details});
    return Unit{};
  });
}

Result<RegionFollowUp> FollowUpService::Export(const OrganisationContext& context, const RegionQuery& query,
                                               ExportFormat format, std::string_view remote_address) {
  auto view = RegionRows(context, query, false);
  if (!view) return view;
  AuditExport(context, "followup:region", format, view->rows.size(), view->round, remote_address);
  return view;
}

Result<ChainFollowUp> FollowUpService::ExportChain(const OrganisationContext& context, const RegionQuery& query,
                                                   ExportFormat format, std::string_view remote_address) {
  auto view = ChainRows(context, query, false);
  if (!view) return view;
  AuditExport(context, "followup:chain", format, view->rows.size(), view->round, remote_address);
  return view;
}

}  // namespace lp::app
