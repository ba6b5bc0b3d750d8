#include "web/followup/followup_export.hpp"

#include <optional>
#include <variant>
#include <vector>

#include "domain/activation/activation.hpp"
#include "domain/platform/danish_format.hpp"
#include "web/platform/table_export.hpp"

namespace lp::web {
namespace {

using Cell = ExportCell;

std::string Leaders(const app::FollowUpRow& row) {
  std::string names;
  for (const auto* leader : row.leaders) {
    if (!names.empty()) names += ", ";
    names += leader->FullName();
  }
  return names;
}

Cell OptionalDate(const std::optional<std::chrono::year_month_day>& date) {
  if (!date) return std::monostate{};
  return *date;
}

std::string PlanText(const app::FollowUpRow& row, std::string_view round_name) {
  if (round_name.empty()) return "Ingen runde";
  if (!row.expected && domain::PlanNeedsAttention(row.plan)) return "Ingen leder (dækkes af lederen over)";
  return std::string(domain::PlanStateLabel(row.plan));
}

// The cells of one row, in kFollowUpExportColumns order.
std::vector<Cell> CellsOf(const app::FollowUpRow& row, std::string_view round_name) {
  std::vector<Cell> cells;
  cells.reserve(kFollowUpExportColumns.size());
  cells.emplace_back(row.unit->name);
  cells.emplace_back(row.unit->external_id);
  cells.emplace_back(std::string(domain::ShownUnitKind(row.unit->kind, row.unit->kind_label)));
  cells.emplace_back(static_cast<long long>(row.depth));
  cells.emplace_back(row.area ? Cell{row.area->name} : Cell{});
  cells.emplace_back(Leaders(row));
  cells.emplace_back(std::string(app::TranslationStateLabel(row.translation)));
  cells.emplace_back(row.translation_number ? Cell{static_cast<long long>(*row.translation_number)} : Cell{});
  cells.push_back(OptionalDate(row.published_on));
  cells.emplace_back(std::string(row.newer_draft ? "Ja" : "Nej"));
  cells.emplace_back(row.inherited_from ? Cell{row.inherited_from->name} : Cell{});
  cells.emplace_back(PlanText(row, round_name));
  cells.emplace_back(row.planned);
  cells.emplace_back(row.done);
  cells.emplace_back(row.overdue);
  cells.push_back(OptionalDate(row.last_med));
  cells.emplace_back(std::string(round_name));
  return cells;
}

constexpr std::array<double, kFollowUpExportColumns.size()> kColumnWidths = {40, 12, 14, 8,  22, 30, 14, 9, 12,
                                                                             13, 30, 34, 11, 12, 12, 22, 34};

std::vector<ExportColumn> Columns() {
  std::vector<ExportColumn> columns;
  for (std::size_t i = 0; i < kFollowUpExportColumns.size(); ++i)
    columns.push_back({kFollowUpExportColumns[i], kColumnWidths[i]});
  return columns;
}

}  // namespace

std::string FollowUpCsv(std::span<const app::FollowUpRow> rows, std::string_view round_name) {
  std::vector<ExportRow> table;
  table.reserve(rows.size());
  for (const auto& row : rows) table.push_back(CellsOf(row, round_name));
  return TableCsv(Columns(), table);
}

std::string FollowUpXlsx(std::span<const app::FollowUpRow> rows, std::string_view round_name) {
  std::vector<ExportRow> table;
  table.reserve(rows.size());
  for (const auto& row : rows) table.push_back(CellsOf(row, round_name));
  return TableXlsx(Columns(), table, "Opfølgning");
}

std::string FollowUpExportDisposition(std::chrono::year_month_day today, std::string_view extension,
                                      std::string_view view) {
  return ExportDisposition("opfoelgning-" + std::string(view), "opfølgning-" + std::string(view), today, extension);
}

}  // namespace lp::web
