#include "web/platform/table_export.hpp"

#include <unistd.h>
#include <xlsxwriter.h>

#include <algorithm>
#include <array>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <stdexcept>

#include "domain/platform/danish_format.hpp"
#include "web/platform/http.hpp"

namespace lp::web {
namespace {

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

std::string TableCsv(std::span<const ExportColumn> columns, std::span<const ExportRow> rows) {
  std::string out = "\xEF\xBB\xBF";
  const auto line = [&](const std::vector<std::string>& fields) {
    bool first = true;
    for (const auto& field : fields) {
      if (!first) out += ';';
      first = false;
      out += field;
    }
    out += "\r\n";
  };
  std::vector<std::string> fields;
  for (const auto& column : columns) fields.emplace_back(CsvField(column.title));
  line(fields);
  for (const auto& row : rows) {
    fields.clear();
    for (const auto& cell : row) {
      if (const auto* text = std::get_if<std::string>(&cell)) {
        fields.push_back(CsvField(*text));
      } else if (const auto* number = std::get_if<long long>(&cell)) {
        fields.push_back(std::to_string(*number));
      } else if (const auto* date = std::get_if<std::chrono::year_month_day>(&cell)) {
        fields.push_back(domain::FormatDate(*date));
      } else if (const auto* decimal = std::get_if<ExportDecimal>(&cell)) {
        fields.push_back(CsvField(domain::FormatDecimal(decimal->value, decimal->decimals)));
      } else {
        fields.emplace_back();
      }
    }
    line(fields);
  }
  return out;
}

std::string TableXlsx(std::span<const ExportColumn> columns, std::span<const ExportRow> rows,
                      std::string_view sheet_name) {
  const PrivateDirectory directory;
  const auto path = (directory.path() / "export.xlsx").string();
  {
    Workbook workbook(path);
    auto* sheet = workbook_add_worksheet(workbook.get(), std::string(sheet_name).c_str());
    auto* bold = workbook_add_format(workbook.get());
    format_set_bold(bold);
    format_set_text_wrap(bold);
    auto* date_format = workbook_add_format(workbook.get());
    format_set_num_format(date_format, "dd.mm.yyyy");
    std::array<lxw_format*, 4> decimal_formats{};
    for (std::size_t decimals = 0; decimals < decimal_formats.size(); ++decimals) {
      decimal_formats[decimals] = workbook_add_format(workbook.get());
      format_set_num_format(decimal_formats[decimals],
                            decimals == 0 ? "0" : ("0." + std::string(decimals, '0')).c_str());
    }
    for (std::size_t column = 0; column < columns.size(); ++column) {
      const auto col = static_cast<lxw_col_t>(column);
      worksheet_set_column(sheet, col, col, columns[column].width, nullptr);
      worksheet_write_string(sheet, 0, col, std::string(columns[column].title).c_str(), bold);
    }
    worksheet_freeze_panes(sheet, 1, 0);
    lxw_row_t at = 1;
    for (const auto& row : rows) {
      lxw_col_t col = 0;
      for (const auto& cell : row) {
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
        } else if (const auto* decimal = std::get_if<ExportDecimal>(&cell)) {
          const auto decimals = static_cast<std::size_t>(std::clamp(decimal->decimals, 0, 3));
          worksheet_write_number(sheet, at, col, decimal->value, decimal_formats[decimals]);
        }
        ++col;
      }
      ++at;
    }
    worksheet_autofilter(sheet, 0, 0, at > 1 ? at - 1 : 1,
                         static_cast<lxw_col_t>(columns.empty() ? 0 : columns.size() - 1));
    workbook.Close();
  }
  std::ifstream file(path, std::ios::binary);
  if (!file) throw std::runtime_error("could not read the workbook back");
  return {std::istreambuf_iterator<char>(file), std::istreambuf_iterator<char>()};
}

std::string ExportDisposition(std::string_view ascii_stem, std::string_view danish_stem,
                              std::chrono::year_month_day today, std::string_view extension) {
  const auto date = domain::FormatIsoDate(today);
  const std::string ascii = std::string(ascii_stem) + "-" + date + "." + std::string(extension);
  const std::string danish = std::string(danish_stem) + "-" + date + "." + std::string(extension);
  return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + PercentEncode(danish);
}

}  // namespace lp::web
