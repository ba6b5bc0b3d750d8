// The follow-up pages (issue 4, opfølgning): the chain view (/opfoelgning) of every unit the viewer
// follows up, the region view (/opfoelgning/region: a sortable, filterable table of all units and a
// heat map by area) and its export (/opfoelgning/region.csv and .xlsx, the same rows as the table).
// Everything is a GET with query parameters, so sorting, filtering and paging work without
// JavaScript and every view has a link of its own.
#include <algorithm>
#include <optional>
#include <string>

#include "app/followup/followup_access.hpp"
#include "app/followup/followup_service.hpp"
#include "app/organisation/organisation_service.hpp"
#include "domain/platform/danish_format.hpp"
#include "web/followup/followup_export.hpp"
#include "web/followup/followup_pages.hpp"
#include "web/platform/errors.hpp"
#include "web/platform/pages.hpp"

namespace lp::web {
namespace {

using app::FollowUpColumn;
using app::TranslationState;
using domain::PlanState;

constexpr std::string_view kChainPath = "/opfoelgning";
constexpr std::string_view kRegionPath = "/opfoelgning/region";
constexpr int kMaxIndent = 8;  // deeper units are indented like depth 8

std::string UnitHref(domain::UnitId unit) { return "/organisation/enheder/" + std::to_string(unit); }

std::string Count(long long n) { return domain::FormatInteger(n); }
std::string Count(std::size_t n) { return domain::FormatInteger(static_cast<long long>(n)); }

std::string_view PlanBadge(PlanState state) {
  switch (state) {
    case PlanState::Approved: return "badge-success";
    case PlanState::Draft: return "badge-info";
    case PlanState::Missing: return "badge-warning";
    case PlanState::Overdue: return "badge-error";
    case PlanState::NotDue: return "";
  }
  return "";
}

std::string_view TranslationBadge(TranslationState state) {
  switch (state) {
    case TranslationState::Published: return "badge-success";
    case TranslationState::Draft: return "badge-info";
    case TranslationState::None: return "";
  }
  return "";
}

std::string LeaderNames(const app::FollowUpRow& row) {
  std::string names;
  for (const auto* leader : row.leaders) {
    if (!names.empty()) names += ", ";
    names += leader->FullName();
  }
  return names;
}

// The query of a view: what the page was asked for, as parsed, and whether anything was malformed.
struct ParsedQuery {
  app::RegionQuery query;
  std::optional<std::string> error;  // Danish, for a 400 page
};

ParsedQuery ParseRegionQuery(const RequestContext& context) {
  ParsedQuery parsed;
  const auto form = FormData::Parse(context.request.query);
  if (!form) {
    parsed.error = "Adressen kan ikke læses.";
    return parsed;
  }
  auto& query = parsed.query;
  if (form->Has("runde")) {
    query.round = ParsePositive(form->Get("runde"));
    if (!query.round) parsed.error = "Aktiveringsrunden findes ikke.";
  }
  if (const auto area = form->Get("omraade"); !area.empty()) {
    query.filter.area = ParsePositive(area);
    if (!query.filter.area) parsed.error = "Området findes ikke.";
  }
  if (const auto state = form->Get("oversaettelse"); !state.empty()) {
    query.filter.translation = app::ParseTranslationState(state);
    if (!query.filter.translation) parsed.error = "Den valgte oversættelsesstatus findes ikke.";
  }
  if (const auto state = form->Get("plan"); !state.empty()) {
    query.filter.plan = app::ParsePlanState(state);
    if (!query.filter.plan) parsed.error = "Den valgte planstatus findes ikke.";
  }
  if (const auto column = form->Get("sorter"); !column.empty()) {
    query.sort.column = app::ParseFollowUpColumn(column);
    if (!query.sort.column) parsed.error = "Tabellen kan ikke sorteres efter den kolonne.";
  }
  if (const auto direction = form->Get("retning"); !direction.empty()) {
    if (direction != "stigende" && direction != "faldende")
      parsed.error = "Sorteringsretningen skal være stigende eller faldende.";
    query.sort.descending = direction == "faldende";
  }
  if (const auto page = form->Get("side"); !page.empty()) {
    const auto number = ParsePositive(page);
    if (!number) parsed.error = "Sidetallet skal være et positivt heltal.";
    query.page = static_cast<std::size_t>(number.value_or(1));
  }
  if (const auto area = form->Get("kort"); !area.empty()) {
    query.heat_area = ParsePositive(area);
    if (!query.heat_area) parsed.error = "Området findes ikke.";
  }
  return parsed;
}

// The query string of a region view (without '?'), leaving out what is unset.
struct QueryParts {
  std::optional<app::RoundId> round;
  app::FollowUpFilter filter;
  app::FollowUpSort sort;
  std::size_t page = 1;
  std::optional<domain::UnitId> heat_area;
};

std::string QueryString(const QueryParts& parts) {
  std::string query;
  const auto add = [&](std::string_view key, const std::string& value) {
    query += query.empty() ? "" : "&";
    query += std::string(key) + "=" + PercentEncode(value);
  };
  if (parts.round) add("runde", std::to_string(*parts.round));
  if (parts.filter.area) add("omraade", std::to_string(*parts.filter.area));
  if (parts.filter.translation) add("oversaettelse", std::string(app::TranslationStateCode(*parts.filter.translation)));
  if (parts.filter.plan) add("plan", std::string(app::PlanStateCode(*parts.filter.plan)));
  if (parts.sort.column) {
    add("sorter", std::string(app::FollowUpColumnCode(*parts.sort.column)));
    add("retning", parts.sort.descending ? "faldende" : "stigende");
  }
  if (parts.page > 1) add("side", std::to_string(parts.page));
  if (parts.heat_area) add("kort", std::to_string(*parts.heat_area));
  return query;
}

std::string WithQuery(std::string_view path, const QueryParts& parts) {
  const auto query = QueryString(parts);
  return query.empty() ? std::string(path) : std::string(path) + "?" + query;
}

QueryParts PartsOf(const app::RegionQuery& query) {
  return {query.round, query.filter, query.sort, query.page, query.heat_area};
}

void SetRound(View& content, const app::FollowUpRound& round, std::string_view path,
              const std::optional<QueryParts>& keep) {
  if (!round.shown) {
    content.Show("NO_ROUND");
    return;
  }
  auto& shown = content.AddSection("ROUND_SHOWN");
  shown.Set("ROUND_NAME", round.shown->fields.name);
  shown.Set("ROUND_STARTS", domain::FormatDate(round.shown->fields.starts_on));
  shown.Set("ROUND_DEADLINE", domain::FormatDate(round.shown->fields.plan_deadline));
  if (round.rounds.size() < 2) return;
  auto& others = content.AddSection("OTHER_ROUNDS");
  for (const auto& other : round.rounds) {
    auto& item = others.AddSection("OTHER_ROUND");
    item.Set("OTHER_NAME", other.fields.name);
    auto parts = keep.value_or(QueryParts{});
    parts.round = other.id;
    parts.page = 1;
    item.Set("OTHER_HREF", WithQuery(path, parts));
    item.Show(other.id == round.shown->id ? "OTHER_SELECTED" : "OTHER_LINK");
  }
}

// The totals, with each noun in the number its figure calls for ("1 godkendt plan").
View& SetTotals(View& content, const app::FollowUpTotals& totals) {
  auto& view = content.AddSection("TOTALS");
  const auto noun = [](auto n, std::string_view singular, std::string_view plural) {
    return std::string(n == 1 ? singular : plural);
  };
  view.Set("UNITS_NOUN", noun(totals.units, "enhed", "enheder"));
  view.Set("APPROVED_NOUN", noun(totals.approved, "godkendt plan", "godkendte planer"));
  view.Set("DRAFT_PLANS_NOUN", noun(totals.draft_plans, "kladde", "kladder"));
  view.Set("PLANNED_NOUN", noun(totals.planned, "planlagt aktivitet", "planlagte aktiviteter"));
  view.Set("WITH_MED_NOUN", noun(totals.with_med, "enhed har", "enheder har"));
  view.Set("UNITS", Count(totals.units));
  view.Set("EXPECTED", Count(totals.expected));
  view.Set("PUBLISHED", Count(totals.published));
  view.Set("DRAFT_ONLY", Count(totals.draft_only));
  view.Set("APPROVED", Count(totals.approved));
  view.Set("DRAFT_PLANS", Count(totals.draft_plans));
  view.Set("MISSING", Count(totals.missing));
  view.Set("PLANNED", Count(totals.planned));
  view.Set("DONE", Count(totals.done));
  view.Set("OVERDUE", Count(totals.overdue));
  view.Set("WITH_MED", Count(totals.with_med));
  return view;
}

// One table row; `depth_from` is the depth shown without indentation (chain view), none: no indent.
void AddRow(View& table, const app::FollowUpRow& row, std::optional<int> depth_from,
            const std::optional<app::RoundId>& round) {
  auto& view = table.AddSection("ROW");
  view.Set("UNIT_NAME", row.unit->name);
  view.Set("UNIT_HREF", UnitHref(row.unit->id));
  view.Set("UNIT_KIND", std::string(domain::ShownUnitKind(row.unit->kind, row.unit->kind_label)));
  if (depth_from) {
    const int indent = std::clamp(row.depth - *depth_from, 0, kMaxIndent);
    view.Set("INDENT", std::to_string(indent));
    view.AddSection("LEVEL").Set("LEVEL_NUMBER", std::to_string(row.depth - *depth_from + 1));
  } else {
    view.Set("INDENT", "0");
  }
  view.Set("AREA", row.area ? row.area->name : "–");
  const auto leaders = LeaderNames(row);
  if (leaders.empty()) {
    view.Show("NO_LEADER");
  } else {
    view.AddSection("LEADERS").Set("LEADER_NAMES", leaders);
  }
  view.Set("TRANSLATION_HREF", UnitHref(row.unit->id) + "/oversaettelse");
  view.Set("TRANSLATION_LABEL", std::string(app::TranslationStateLabel(row.translation)));
  view.Set("TRANSLATION_BADGE", std::string(TranslationBadge(row.translation)));
  if (row.published_on) view.AddSection("PUBLISHED_ON").Set("DATE", domain::FormatDate(*row.published_on));
  if (row.translation_number) {
    view.AddSection("VERSION").Set("NUMBER", std::to_string(*row.translation_number));
  }
  if (row.newer_draft) view.Show("NEWER_DRAFT");
  if (row.inherited_from) {
    auto& inherited = view.AddSection("INHERITED");
    inherited.Set("FROM_NAME", row.inherited_from->name);
    inherited.Set("FROM_HREF", UnitHref(row.inherited_from->id) + "/oversaettelse");
  }
  auto plan_href = UnitHref(row.unit->id) + "/plan";
  if (round) plan_href += "?runde=" + std::to_string(*round);
  view.Set("PLAN_HREF", plan_href);
  if (!round) {
    view.Set("PLAN_LABEL", "Ingen runde");
    view.Set("PLAN_BADGE", "");
  } else if (!row.expected && domain::PlanNeedsAttention(row.plan)) {
    view.Set("PLAN_LABEL", "Ingen leder");
    view.Set("PLAN_BADGE", "");
  } else {
    view.Set("PLAN_LABEL", std::string(domain::PlanStateLabel(row.plan)));
    view.Set("PLAN_BADGE", std::string(PlanBadge(row.plan)));
  }
  view.Set("PLANNED", Count(row.planned));
  view.Set("DONE", Count(row.done));
  view.Set("OVERDUE", Count(row.overdue));
  if (row.overdue > 0) view.Show("HAS_OVERDUE");
  view.Set("LAST_MED", row.last_med ? domain::FormatDate(*row.last_med) : "–");
}

std::optional<app::RoundId> RoundIdOf(const app::FollowUpRound& round) {
  if (!round.shown) return std::nullopt;
  return round.shown->id;
}

// The rows a page shows (FIRST_ROW–LAST_ROW) and, with more than one page, the links to the pages
// before and after it (the other parts of the query kept).
void SetPager(View& table, const app::PageSpan& page, std::string_view path, QueryParts parts,
              std::string_view anchor) {
  table.Set("FIRST_ROW", Count(page.first + 1));
  table.Set("LAST_ROW", Count(page.last));
  AddPager(table, "Sider i tabellen", page.page, page.pages, [&](std::size_t number) {
    parts.page = number;
    return WithQuery(path, parts) + std::string(anchor);
  });
}

// The table's column headings, each a link that sorts by it (again: the other way). The chain view
// has no area column.
void SetColumnHeaders(View& table, const app::RegionQuery& query, std::string_view path) {
  for (const auto column : app::kAllFollowUpColumns) {
    if (column == FollowUpColumn::Area && path == kChainPath) continue;
    auto& header = table.AddSection("HEADER");
    header.Set("LABEL", std::string(app::FollowUpColumnLabel(column)));
    const bool current = query.sort.column == column;
    auto parts = PartsOf(query);
    parts.page = 1;
    parts.sort.column = column;
    parts.sort.descending = current && !query.sort.descending;
    header.Set("HREF", WithQuery(path, parts) + (path == kChainPath ? "#enheder" : "#tabel"));
    if (current) {
      header.AddSection("SORTED").Set("ARIA_SORT", query.sort.descending ? "descending" : "ascending");
      header.Set("SORT_ARROW", query.sort.descending ? "▼" : "▲");
    }
    const bool number =
        column == FollowUpColumn::Planned || column == FollowUpColumn::Done || column == FollowUpColumn::Overdue;
    if (number) header.Show("NUMBER");
  }
}

// The heat map's colour step (0–4) for a share; the legend in the template names the ranges.
int Step(double share) {
  if (share < 0.2) return 0;
  if (share < 0.4) return 1;
  if (share < 0.6) return 2;
  if (share < 0.8) return 3;
  return 4;
}

void AddHeatCell(View& row, std::string_view scale, const app::HeatCell& cell, std::string_view label) {
  auto& view = row.AddSection("CELL");
  view.Set("CELL_LABEL", std::string(label));  // the column's heading, shown beside the figure on a phone
  view.Set("CLASS", std::string(scale) + "-" + std::to_string(Step(cell.Share())));
  view.Set("PERCENT", domain::FormatPercent(cell.Share(), 1));
  view.Set("COUNT", Count(cell.count));
  view.Set("TOTAL", Count(cell.total));
}

void SetHeatMap(View& content, const app::RegionFollowUp& region, const app::RegionQuery& query) {
  auto& heat = content.AddSection("HEAT");
  if (region.heat_area) {
    auto& drilled = heat.AddSection("DRILLED");
    drilled.Set("AREA_NAME", region.heat_area->name);
    auto parts = PartsOf(query);
    parts.heat_area.reset();
    drilled.Set("BACK_HREF", WithQuery(kRegionPath, parts) + "#varmekort");
  } else {
    heat.Show("BY_AREA");
  }
  for (const auto& cells : region.heat) {
    auto& row = heat.AddSection("HEAT_ROW");
    row.Set("NAME", cells.unit->name);
    if (!region.heat_area) {
      auto parts = PartsOf(query);
      parts.heat_area = cells.unit->id;
      row.AddSection("DRILL").Set("DRILL_HREF", WithQuery(kRegionPath, parts) + "#varmekort");
    } else if (cells.unit->id == region.heat_area->id) {
      row.Show("AREA_ITSELF");
    }
    row.Set("UNITS", Count(cells.units));
    AddHeatCell(row, "portal-heat", cells.published, "Udgivet oversættelse");
    AddHeatCell(row, "portal-heat", cells.approved, "Godkendt plan");
    AddHeatCell(row, "portal-heat", cells.with_done, "Aktiviteter gennemført");
    AddHeatCell(row, "portal-heat-bad", cells.attention, "Mangler plan eller har overskredne aktiviteter");
  }
}

// The filter form (templates/followup/followup_filters.tpl) of a view at `path`, keeping the round,
// the sorting and the heat map's area.
void SetFilters(View& content, std::span<const domain::Unit* const> areas, const app::RegionQuery& query,
                std::string_view path) {
  auto& filters = content.AddInclude("FILTERS", "followup/followup_filters.tpl");
  filters.Set("ACTION", std::string(path));
  if (query.round) filters.AddSection("KEEP").Set("NAME", "runde").Set("VALUE", std::to_string(*query.round));
  // Sorting is in the form too: on a phone the column headings (the sorting links) are hidden by the
  // stacked rows, and a form field is easier to reach than a heading anyway.
  for (const auto column : app::kAllFollowUpColumns) {
    if (column == FollowUpColumn::Area && path == kChainPath) continue;
    auto& option = filters.AddSection("SORT_OPTION");
    option.Set("VALUE", std::string(app::FollowUpColumnCode(column)));
    option.Set("LABEL", std::string(app::FollowUpColumnLabel(column)));
    if (query.sort.column == column) option.Show("SELECTED");
  }
  if (query.sort.descending) filters.Show("DESCENDING");
  if (query.heat_area) filters.AddSection("KEEP").Set("NAME", "kort").Set("VALUE", std::to_string(*query.heat_area));
  for (const auto* area : areas) {
    auto& option = filters.AddSection("AREA_OPTION");
    option.Set("VALUE", std::to_string(area->id));
    option.Set("LABEL", area->name);
    if (query.filter.area == area->id) option.Show("SELECTED");
  }
  for (const auto state : app::kAllTranslationStates) {
    auto& option = filters.AddSection("TRANSLATION_OPTION");
    option.Set("VALUE", std::string(app::TranslationStateCode(state)));
    option.Set("LABEL", std::string(app::TranslationStateLabel(state)));
    if (query.filter.translation == state) option.Show("SELECTED");
  }
  for (const auto state : app::kAllPlanStates) {
    auto& option = filters.AddSection("PLAN_OPTION");
    option.Set("VALUE", std::string(app::PlanStateCode(state)));
    option.Set("LABEL", std::string(domain::PlanStateLabel(state)));
    if (query.filter.plan == state) option.Show("SELECTED");
  }
  if (query.filter.area || query.filter.translation || query.filter.plan) {
    auto parts = PartsOf(query);
    parts.filter = {};
    parts.page = 1;
    filters.AddSection("CLEAR").Set("CLEAR_HREF", WithQuery(path, parts));
  }
}

Response RenderChain(const PageServices& services, RequestContext& context) {
  const auto parsed = ParseRegionQuery(context);
  if (parsed.error) return services.pages.Error(context, 400, *parsed.error);
  const auto& query = parsed.query;
  const auto organisation = services.Get<app::OrganisationService>().ForFoundation(*context.user());
  const auto chain = services.Get<app::FollowUpService>().Chain(organisation, query);
  if (!chain) return services.pages.Error(context, StatusFor(chain.error().kind), chain.error().message);
  View content;
  auto keep = PartsOf(query);
  keep.page = 1;
  keep.heat_area.reset();
  SetRound(content, chain->round, kChainPath, keep);
  if (chain->region) content.Show("REGION_LINK");
  const bool filtered = query.filter.area || query.filter.translation || query.filter.plan;
  if (chain->rows.empty() && !filtered) {
    content.Show("NO_UNITS");
    return services.pages.Render(context, "Opfølgning", "followup/followup_chain.tpl", content);
  }
  auto& totals = SetTotals(content, chain->totals);
  if (filtered) totals.Show("FILTERED");
  auto& units = content.AddSection("UNITS");
  SetFilters(units, chain->areas, query, kChainPath);
  units.Set("CSV_HREF", WithQuery("/opfoelgning.csv", keep));
  units.Set("XLSX_HREF", WithQuery("/opfoelgning.xlsx", keep));
  units.Set("TOTAL_ROWS", domain::CountOf(static_cast<long long>(chain->total_rows), "enhed", "enheder"));
  if (chain->rows.empty()) {
    units.Show("NO_ROWS");
    return services.pages.Render(context, "Opfølgning", "followup/followup_chain.tpl", content);
  }
  auto& table = units.AddSection("TABLE");
  SetColumnHeaders(table, query, kChainPath);
  table.Show(chain->sorted ? "SORTED_CAPTION" : "TREE_CAPTION");
  if (!chain->continued_from.empty()) {
    auto& continued = table.AddSection("CONTINUED");
    for (const auto* unit : chain->continued_from) {
      auto& item = continued.AddSection("ANCESTOR");
      item.Set("ANCESTOR_NAME", unit->name);
      item.Set("ANCESTOR_HREF", UnitHref(unit->id));
    }
  }
  const auto round = RoundIdOf(chain->round);
  // Sorted or filtered rows lose their tree, so they are not indented.
  if (chain->sorted || filtered) {
    for (const auto& row : chain->rows) AddRow(table, row, std::nullopt, round);
  } else {
    for (const auto& row : chain->rows) AddRow(table, row, chain->top_depth, round);
  }
  auto parts = PartsOf(query);
  parts.heat_area.reset();
  SetPager(table, chain->page, kChainPath, parts, "#enheder");
  return services.pages.Render(context, "Opfølgning", "followup/followup_chain.tpl", content);
}

Response RenderRegion(const PageServices& services, RequestContext& context) {
  const auto parsed = ParseRegionQuery(context);
  if (parsed.error) return services.pages.Error(context, 400, *parsed.error);
  const auto& query = parsed.query;
  const auto organisation = services.Get<app::OrganisationService>().ForFoundation(*context.user());
  const auto region = services.Get<app::FollowUpService>().Region(organisation, query);
  if (!region) return services.pages.Error(context, StatusFor(region.error().kind), region.error().message);
  View content;
  auto keep = PartsOf(query);
  keep.page = 1;
  SetRound(content, region->round, kRegionPath, keep);
  SetTotals(content, region->totals);
  SetHeatMap(content, region.value(), query);
  SetFilters(content, region->areas, query, kRegionPath);
  auto export_parts = PartsOf(query);
  export_parts.page = 1;
  export_parts.heat_area.reset();
  content.Set("CSV_HREF", WithQuery("/opfoelgning/region.csv", export_parts));
  content.Set("XLSX_HREF", WithQuery("/opfoelgning/region.xlsx", export_parts));
  content.Set("TOTAL_ROWS", domain::CountOf(static_cast<long long>(region->total_rows), "enhed", "enheder"));
  if (region->rows.empty()) {
    content.Show("NO_ROWS");
    return services.pages.Render(context, "Opfølgning for hele regionen", "followup/followup_region.tpl", content);
  }
  auto& table = content.AddSection("TABLE");
  SetColumnHeaders(table, query, kRegionPath);
  const auto round = RoundIdOf(region->round);
  for (const auto& row : region->rows) AddRow(table, row, std::nullopt, round);
  SetPager(table, region->page, kRegionPath, PartsOf(query), "#tabel");
  return services.pages.Render(context, "Opfølgning for hele regionen", "followup/followup_region.tpl", content);
}

// The rows of a view as a file: the chain view's (`chain`) or the region view's, with the filters and
// the sorting of the page it was asked from.
Response RenderExport(const PageServices& services, RequestContext& context, app::ExportFormat format, bool chain) {
  const auto parsed = ParseRegionQuery(context);
  if (parsed.error) return services.pages.Error(context, 400, *parsed.error);
  const auto organisation = services.Get<app::OrganisationService>().ForFoundation(*context.user());
  auto& followup = services.Get<app::FollowUpService>();
  std::vector<app::FollowUpRow> rows;
  std::string round_name;
  const auto take = [&](auto& exported) {
    rows = std::move(exported->rows);
    if (exported->round.shown) round_name = exported->round.shown->fields.name;
  };
  if (chain) {
    auto exported = followup.ExportChain(organisation, parsed.query, format, context.request.remote_address);
    if (!exported) return services.pages.Error(context, StatusFor(exported.error().kind), exported.error().message);
    take(exported);
  } else {
    auto exported = followup.Export(organisation, parsed.query, format, context.request.remote_address);
    if (!exported) return services.pages.Error(context, StatusFor(exported.error().kind), exported.error().message);
    take(exported);
  }
  const auto today = followup.Today();
  Response response;
  response.status = 200;
  if (format == app::ExportFormat::Csv) {
    response.body = FollowUpCsv(rows, round_name);
    response.SetHeader("Content-Type", "text/csv; charset=utf-8");
    response.SetHeader("Content-Disposition", FollowUpExportDisposition(today, "csv", chain ? "kaede" : "region"));
  } else {
    response.body = FollowUpXlsx(rows, round_name);
    response.SetHeader("Content-Type", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    response.SetHeader("Content-Disposition", FollowUpExportDisposition(today, "xlsx", chain ? "kaede" : "region"));
  }
  response.SetHeader("Cache-Control", "no-store");
  return response;
}

Response RenderCsvExport(const PageServices& services, RequestContext& context) {
  return RenderExport(services, context, app::ExportFormat::Csv, false);
}

Response RenderXlsxExport(const PageServices& services, RequestContext& context) {
  return RenderExport(services, context, app::ExportFormat::Xlsx, false);
}

Response RenderChainCsvExport(const PageServices& services, RequestContext& context) {
  return RenderExport(services, context, app::ExportFormat::Csv, true);
}

Response RenderChainXlsxExport(const PageServices& services, RequestContext& context) {
  return RenderExport(services, context, app::ExportFormat::Xlsx, true);
}

}  // namespace

void RegisterFollowUpPages(PageModule& module) {
  module.shell.AddNavigation(
      {"/opfoelgning", "Opfølgning",
       "Oversættelser, planer, aktiviteter og MED-drøftelser i alle de enheder, du følger op på.",
       app::Requires(app::kViewFollowUp), &kGoalsSection, 50});
  const auto follow_up = app::Requires(app::kViewFollowUp);
  module.Get(std::string(kChainPath), follow_up, &RenderChain);
  module.Get(std::string(kRegionPath), follow_up, &RenderRegion);
  module.Get("/opfoelgning.csv", follow_up, &RenderChainCsvExport);
  module.Get("/opfoelgning.xlsx", follow_up, &RenderChainXlsxExport);
  module.Get("/opfoelgning/region.csv", follow_up, &RenderCsvExport);
  module.Get("/opfoelgning/region.xlsx", follow_up, &RenderXlsxExport);
}

}  // namespace lp::web
