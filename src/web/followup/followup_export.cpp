#include "web/followup/followup_export.hpp"

#include <unistd.h>
#include <xlsxwriter.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <optional>
#include <sstream>
#include <stdexcept>
#include <variant>
#include <vector>

#include "domain/activation/activation.hpp"
#include "domain/platform/danish_format.hpp"
#include "web/platform/http.hpp"

namespace lp::web {
namespace {

// A cell of the export: text, a whole number or a date; monostate is an empty cell.
using Cell = std::variant<std::monostate, std::string, long long, std::chrono::year_month_day>;

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

class Workbook {
 public:
  explicit Workbook(const std::string& path) : workbook_(workbook_new(path.c_str())) {
    if (workbook_ == nullptr) throw std::runtime_error("libxlsxwriter could not create the workbook");
  }
  Workbook(const Workbook&) = delete;
  Workbook& operator=(const Workbook&) = delete;
  ~Workbook() {
    if (workbook_ != nullptr) workbook_close(workbook_);
  }
  lxw_workbook* get() const { return workbook_; }
  void Close() {
    const auto error = workbook_close(workbook_);
    workbook_ = nullptr;
    if (error != LXW_NO_ERROR) throw std::runtime_error(std::string("libxlsxwriter: ") + lxw_strerror(error));
  }

 private:
  lxw_workbook* workbook_;
};

// A private directory for the one file libxlsxwriter writes, removed with everything in it.
class PrivateDirectory {
 public:
  PrivateDirectory() {
    const char* base = std::getenv("TMPDIR");
    std::string pattern = std::string(base != nullptr && *base != '\0' ? base : "/tmp") + "/lp-export-XXXXXX";
    if (mkdtemp(pattern.data()) == nullptr) throw std::runtime_error("could not create a temporary directory");
    path_ = pattern;  // mkdtemp creates it with mode 0700
  }
  PrivateDirectory(const PrivateDirectory&) = delete;
  PrivateDirectory& operator=(const PrivateDirectory&) = delete;
  ~PrivateDirectory() {
    std::error_code ignored;
    std::filesystem::remove_all(path_, ignored);
  }
  const std::filesystem::path& path() const { return path_; }

 private:
  std::filesystem::path path_;
};

}  // namespace

std::string CsvField(std::string_view text) {
  std::string value(text);
  if (!value.empty() && (value[0] == '=' || value[0] == '+' || value[0] == '-' || value[0] == '@' || value[0] == '\t' ||
                         value[0] == '\r')) {
    value.insert(value.begin(), '\'');
  }
  if (value.find_first_of(";\"\r\n") == std::string::npos) return value;
  std::string quoted = "\"";
  for (const char c : value) {
    if (c == '"') quoted += '"';
    quoted += c;
  }
  quoted += '"';
  return quoted;
}

std::string FollowUpCsv(std::span<const app::FollowUpRow> rows, std::string_view round_name) {
  std::string out = "\xEF\xBB\xBF";
  const auto line = [&](const auto& fields) {
    bool first = true;
    for (const auto& field : fields) {
      if (!first) out += ';';
      first = false;
      out += field;
    }
    out += "\r\n";
  };
  std::vector<std::string> header(kFollowUpExportColumns.begin(), kFollowUpExportColumns.end());
  line(header);
  std::vector<std::string> fields;
  for (const auto& row : rows) {
    fields.clear();
    for (const auto& cell : CellsOf(row, round_name)) {
      if (const auto* text = std::get_if<std::string>(&cell)) {
        fields.push_back(CsvField(*text));
      } else if (const auto* number = std::get_if<long long>(&cell)) {
        fields.push_back(std::to_string(*number));
      } else if (const auto* date = std::get_if<std::chrono::year_month_day>(&cell)) {
        fields.push_back(domain::FormatDate(*date));
      } else {
        fields.emplace_back();
      }
    }
    line(fields);
  }
  return out;
}

std::string FollowUpXlsx(std::span<const app::FollowUpRow> rows, std::string_view round_name) {
  const PrivateDirectory directory;
  const auto path = (directory.path() / "opfoelgning.xlsx").string();
  {
    Workbook workbook(path);
    auto* sheet = workbook_add_worksheet(workbook.get(), "Opfølgning");
    auto* bold = workbook_add_format(workbook.get());
    format_set_bold(bold);
    format_set_text_wrap(bold);
    auto* date_format = workbook_add_format(workbook.get());
    format_set_num_format(date_format, "dd.mm.yyyy");
    for (std::size_t column = 0; column < kFollowUpExportColumns.size(); ++column) {
      const auto col = static_cast<lxw_col_t>(column);
      worksheet_set_column(sheet, col, col, kColumnWidths[column], nullptr);
      worksheet_write_string(sheet, 0, col, std::string(kFollowUpExportColumns[column]).c_str(), bold);
    }
    worksheet_freeze_panes(sheet, 1, 0);
    lxw_row_t at = 1;
    for (const auto& row : rows) {
      lxw_col_t col = 0;
      for (const auto& cell : CellsOf(row, round_name)) {
        if (const auto* text = std::get_if<std::string>(&cell)) {
          if (!text->empty()) worksheet_write_string(sheet, at, col, text->c_str(), nullptr);
        } else if (const auto* number = std::get_if<long long>(&cell)) {
          worksheet_write_number(sheet, at, col, static_cast<double>(*number), nullptr);
        } else if (const auto* date = std::get_if<std::chrono::year_month_day>(&cell)) {
          lxw_datetime value{static_cast<int>(date->year()),
                             static_cast<int>(static_cast<unsigned>(date->month())),
                             static_cast<int>(static_cast<unsigned>(date->day())),
                             0,
                             0,
                             0.0};
          worksheet_write_datetime(sheet, at, col, &value, date_format);
        }
        ++col;
      }
      ++at;
    }
    worksheet_autofilter(sheet, 0, 0, at > 1 ? at - 1 : 1, static_cast<lxw_col_t>(kFollowUpExportColumns.size() - 1));
    workbook.Close();
  }
  std::ifstream file(path, std::ios::binary);
  if (!file) throw std::runtime_error("could not read the workbook back");
  return {std::istreambuf_iterator<char>(file), std::istreambuf_iterator<char>()};
}

std::string FollowUpExportDisposition(std::chrono::year_month_day today, std::string_view extension,
                                      std::string_view view) {
  const auto date = domain::FormatIsoDate(today);
  const std::string ascii = "opfoelgning-" + std::string(view) + "-" + date + "." + std::string(extension);
  const std::string danish = "opfølgning-" + std::string(view) + "-" + date + "." + std::string(extension);
  return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + PercentEncode(danish);
}

}  // namespace lp::web
