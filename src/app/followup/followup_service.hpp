#pragma once

// The follow-up views of the leadership foundation (issue 4, opfølgning): per unit, its translation
// (own or inherited), its plan in an activation round, its activities and its latest MED dialogue.
//
// - The chain view: every unit in the subtrees the viewer may follow up (actions::kFollowUp:
//   the subtrees a leader leads, HR's scope, or the whole region), in tree order.
// - The region view (Region() reach only): the same rows for the whole region, filtered and sorted,
//   a heat map by area, and the export of the table (audited).
//
// Everything is built from the organisation snapshot and two grouped queries for the whole region
// (TranslationRepository::StatesOfAllUnits, ActivationRepository::SummariesOfRound). Their results
// (with the list of rounds) are kept per round and day while the follow-up change counter stands
// (ChangeCounterRepository, bumped by triggers with every change to the tables they read), so a
// request normally costs one indexed lookup of the counter. The pure functions below
// (BuildFollowUpRows, FilterFollowUpRows, SortFollowUpRows, BuildHeatMap) hold the rules and need
// no database, so they are unit-tested and benchmarked on their own.
//
// Rules:
// - Rows are the active units. A unit is *expected* to have a plan and a translation when it has an
//   active leader (domain rule of the activation plans); a leaderless unit is covered by the leader
//   above, and the heat map counts expected units only.
// - Translation: "published" when the unit has a published version of its own (the date is the
//   newest one's, in Copenhagen), "draft" when it has only a draft, "none" otherwise. A unit without
//   its own published version inherits the nearest unit above with one (the row names it).
// - The area of a unit is the UnitKind::Area unit directly under the root that it lies in (none for
//   the root and for units under a depth-1 unit of another kind).

#include <chrono>
#include <cstddef>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "app/activation/activation_repository.hpp"
#include "app/followup/followup_access.hpp"
#include "app/organisation/organisation_service.hpp"
#include "app/platform/paging.hpp"
#include "app/platform/result.hpp"
#include "app/platform/store.hpp"
#include "app/translation/translation_repository.hpp"
#include "domain/activation/activation.hpp"
#include "domain/platform/enum_table.hpp"

namespace lp::app {

inline constexpr std::size_t kFollowUpPageSize = 100;  // rows per page of the chain view and the region table

enum class TranslationState { None, Draft, Published };
inline constexpr auto kTranslationStateTable = domain::MakeEnumTable<TranslationState>({
    {TranslationState::None, "ingen", "Ingen"},
    {TranslationState::Draft, "kladde", "Kun kladde"},
    {TranslationState::Published, "udgivet", "Udgivet"},
});
inline constexpr auto kAllTranslationStates = kTranslationStateTable.Values();
std::string_view TranslationStateCode(TranslationState state);   // "ingen", "kladde", "udgivet" (URLs)
std::string_view TranslationStateLabel(TranslationState state);  // "Ingen", "Kun kladde", "Udgivet"
std::optional<TranslationState> ParseTranslationState(std::string_view code);

// The plan states in URLs (filters): "ikke-startet", "mangler", "overskredet", "kladde", "godkendt".
using domain::kAllPlanStates;
using domain::ParsePlanState;
using domain::PlanStateCode;

struct FollowUpRow {
  const domain::Unit* unit = nullptr;
  int depth = 0;                                          // 0 for the root
  const domain::Unit* area = nullptr;                     // see the rules above
  std::vector<const domain::Person*> leaders;             // active leaders
  bool expected = false;                                  // has an active leader
  TranslationState translation = TranslationState::None;  // the unit's own
  std::optional<int> translation_number;                  // the newest published number
  std::optional<std::chrono::year_month_day> published_on;
  bool newer_draft = false;                      // published, and a draft of a next version exists
  const domain::Unit* inherited_from = nullptr;  // no own published version: the nearest above with one
  std::optional<std::chrono::year_month_day> inherited_published_on;
  domain::PlanState plan = domain::PlanState::NotDue;  // NotDue also when there is no round
  long long planned = 0;                               // still planned (overdue included)
  long long done = 0;
  long long overdue = 0;
  std::optional<std::chrono::year_month_day> last_med;
};

struct FollowUpTotals {
  std::size_t units = 0;
  std::size_t expected = 0;
  std::size_t published = 0;  // own published translation (of all units)
  std::size_t draft_only = 0;
  std::size_t approved = 0;  // approved plans
  std::size_t draft_plans = 0;
  std::size_t missing = 0;  // expected units without a plan although the round has started
  long long planned = 0;
  long long done = 0;
  long long overdue = 0;
  std::size_t with_med = 0;
};

// The rows of every active unit in the subtrees of `roots` (outermost roots, in tree order), in tree
// order. `states` and `summaries` are the two queries' results (any order); `round` the round shown.
std::vector<FollowUpRow> BuildFollowUpRows(const domain::Organisation& organisation,
                                           std::span<const domain::UnitId> roots,
                                           std::span<const UnitTranslationState> states,
                                           std::span<const UnitPlanSummary> summaries,
                                           std::optional<domain::RoundDates> round, std::chrono::year_month_day today);
FollowUpTotals TotalsOf(std::span<const FollowUpRow> rows);

enum class FollowUpColumn { Unit, Area, Leaders, Translation, Plan, Planned, Done, Overdue, LastMed };
inline constexpr auto kFollowUpColumnTable = domain::MakeEnumTable<FollowUpColumn>({
    {FollowUpColumn::Unit, "enhed", "Enhed"},
    {FollowUpColumn::Area, "omraade", "Område"},
    {FollowUpColumn::Leaders, "leder", "Leder"},
    {FollowUpColumn::Translation, "oversaettelse", "Oversættelse"},
    {FollowUpColumn::Plan, "plan", "Plan"},
    {FollowUpColumn::Planned, "planlagt", "Planlagt"},
    {FollowUpColumn::Done, "gennemfoert", "Gennemført"},
    {FollowUpColumn::Overdue, "overskredet", "Overskredet"},
    {FollowUpColumn::LastMed, "med", "Seneste MED-drøftelse"},
});
inline constexpr auto kAllFollowUpColumns = kFollowUpColumnTable.Values();
std::string_view FollowUpColumnCode(FollowUpColumn column);   // "enhed", "omraade", … (URLs)
std::string_view FollowUpColumnLabel(FollowUpColumn column);  // "Enhed", "Område", …
std::optional<FollowUpColumn> ParseFollowUpColumn(std::string_view code);

struct FollowUpFilter {
  std::optional<domain::UnitId> area;  // rows in this area (the area unit included)
  std::optional<TranslationState> translation;
  std::optional<domain::PlanState> plan;
};

struct FollowUpSort {
  std::optional<FollowUpColumn> column;  // none: tree order
  bool descending = false;
};

std::vector<FollowUpRow> FilterFollowUpRows(std::vector<FollowUpRow> rows, const FollowUpFilter& filter);
// Stable: equal rows keep their order (tree order). Translation sorts none < draft < published
// (then by date), the plan from the most urgent (overdue) to approved, empty dates first.
void SortFollowUpRows(std::vector<FollowUpRow>& rows, FollowUpSort sort);

// One figure of the heat map: count of total, and the share (0 when total is 0).
struct HeatCell {
  std::size_t count = 0;
  std::size_t total = 0;
  double Share() const { return total == 0 ? 0.0 : static_cast<double>(count) / static_cast<double>(total); }
};

struct HeatRow {
  const domain::Unit* unit = nullptr;  // the area (or the unit one level below it when drilled down)
  std::size_t units = 0;               // expected units counted (the denominator)
  HeatCell published;                  // own published translation
  HeatCell approved;                   // approved plan
  HeatCell with_done;                  // at least one activity done
  HeatCell attention;                  // missing plan or overdue activities
};

// Per area (UnitKind::Area under the root, in tree order) over the expected units of `rows`; with
// `drill_area`, per child of that area (the area's own row counted under "the area itself").
std::vector<HeatRow> BuildHeatMap(const domain::Organisation& organisation, std::span<const FollowUpRow> rows,
                                  std::optional<domain::UnitId> drill_area);

// The areas (UnitKind::Area units directly under the root), in tree order.
std::vector<const domain::Unit*> AreasOf(const domain::Organisation& organisation);

struct FollowUpRound {
  std::vector<ActivationRound> rounds;  // every round, the latest start first
  std::optional<ActivationRound> shown;
};

// The rows above `rows[index]` in its subtree, outermost first: in tree order each unit's parent is
// the nearest row before it with a smaller depth. A page of the chain view that starts inside a
// subtree names them, so the indented rows keep their context.
std::vector<const domain::Unit*> AncestorsInRows(std::span<const FollowUpRow> rows, std::size_t index);

struct ChainFollowUp {
  FollowUpRound round;
  std::vector<const domain::Unit*> areas;  // the areas the chain has units in (for the area filter)
  bool sorted = false;                     // rows in the order of RegionQuery::sort, not tree order
  std::vector<FollowUpRow> rows;           // one page (the export: every row), in tree order unless sorted
  int top_depth = 0;                       // the smallest depth of all rows (shown without indentation)
  std::size_t total_rows = 0;
  PageSpan page;                                    // of kFollowUpPageSize rows
  std::vector<const domain::Unit*> continued_from;  // AncestorsInRows of the page's first row
  FollowUpTotals totals;                            // of every (filtered) row, not only the page
  bool region = false;                              // the viewer may open the region view
};

struct RegionQuery {
  std::optional<RoundId> round;
  FollowUpFilter filter;
  FollowUpSort sort;
  std::size_t page = 1;                     // 1-based; past the end shows the last page
  std::optional<domain::UnitId> heat_area;  // drill the heat map down into this area
};

struct RegionFollowUp {
  FollowUpRound round;
  std::vector<const domain::Unit*> areas;
  std::vector<FollowUpRow> rows;  // one page of the filtered, sorted rows
  std::size_t total_rows = 0;     // after filtering
  PageSpan page;                  // of kFollowUpPageSize rows (the export: one page of every row)
  FollowUpTotals totals;          // of the filtered rows
  std::vector<HeatRow> heat;      // of the whole region (or the drilled area)
  const domain::Unit* heat_area = nullptr;
};

enum class ExportFormat { Csv, Xlsx };

class FollowUpService {
 public:
  explicit FollowUpService(Store& store, Clock clock = SystemNow);

  std::chrono::year_month_day Today() const;

  // Forbidden for viewers without any follow-up reach (employees, editors); NotFound for an
  // unknown round.
  // The rows are paged (kFollowUpPageSize a page, in tree order): a regional viewer's chain is
  // every unit of the region.
  // With a query: the region view's filters (area, translation, plan) and sorting on the chain's rows
  // (query.heat_area is not used); NotFound for an area the chain has no units in.
  Result<ChainFollowUp> Chain(const OrganisationContext& context, const RegionQuery& query) const;
  // Every filtered, sorted row of the chain (no paging) for its export, and the audit event
  // followup.exported (subject followup:chain).
  Result<ChainFollowUp> ExportChain(const OrganisationContext& context, const RegionQuery& query, ExportFormat format,
                                    std::string_view remote_address);
  Result<ChainFollowUp> Chain(const OrganisationContext& context, std::optional<RoundId> round,
                              std::size_t page = 1) const;
  // Forbidden unless the follow-up reach is the whole region; NotFound for an unknown round or area.
  Result<RegionFollowUp> Region(const OrganisationContext& context, const RegionQuery& query) const;
  // Every filtered, sorted row (no paging) for the export, and the audit event followup.exported.
  Result<RegionFollowUp> Export(const OrganisationContext& context, const RegionQuery& query, ExportFormat format,
                                std::string_view remote_address);

 private:
  struct Loaded {
    FollowUpRound round;
    std::vector<UnitTranslationState> states;
    std::vector<UnitPlanSummary> summaries;
  };
  // What one counter version and day hold: per requested round (none: the current one).
  struct Cache {
    long long version = -1;
    std::chrono::year_month_day today{};
    std::map<std::optional<RoundId>, std::shared_ptr<const Loaded>> loaded;
  };
  Result<std::shared_ptr<const Loaded>> Load(std::optional<RoundId> round, std::chrono::year_month_day today) const;
  Result<RegionFollowUp> RegionRows(const OrganisationContext& context, const RegionQuery& query, bool page) const;
  Result<ChainFollowUp> ChainRows(const OrganisationContext& context, const RegionQuery& query, bool page) const;
  void AuditExport(const OrganisationContext& context, std::string_view subject, ExportFormat format, std::size_t rows,
                   const FollowUpRound& round, std::string_view remote_address);

  Store& store_;
  Clock clock_;
  mutable std::mutex cache_mutex_;  // guards cache_ (lookups and inserts only; loading runs outside)
  mutable Cache cache_;
};

}  // namespace lp::app
