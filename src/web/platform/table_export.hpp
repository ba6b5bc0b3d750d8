#pragma once

// A table as a file to download, for every module that exports (the follow-up, the programmes): the
// same rows as on the page, in CSV and XLSX.
//
// CSV is what Danish Excel opens by double-click: UTF-8 with a BOM, ';' between fields, CRLF line
// ends, RFC 4180 quoting (the same dialect domain/csv reads), dates as 23.11.2026. A text field that
// begins with =, +, -, @, tab or CR gets a leading apostrophe so a spreadsheet does not run it as a
// formula. XLSX (libxlsxwriter): a bold, frozen header row with an autofilter, column widths, real
// date cells (shown as dd.mm.yyyy) and numbers as numbers.

#include <chrono>
#include <span>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace lp::web {

// A number with decimals (a measurement): CSV writes it the Danish way ("1.234,5"), XLSX as a number
// shown with that many decimals.
struct ExportDecimal {
  double value = 0;
  int decimals = 1;  // 0..3
};

// A cell: text, a whole number, a decimal number or a date; monostate is an empty cell.
using ExportCell = std::variant<std::monostate, std::string, long long, std::chrono::year_month_day, ExportDecimal>;
using ExportRow = std::vector<ExportCell>;

struct ExportColumn {
  std::string_view title;
  double width = 14;  // XLSX column width, in characters
};

// One CSV field, quoted when it needs it and protected against formula injection.
std::string CsvField(std::string_view text);
// The whole file: BOM, header, one line per row (each row has a cell per column).
std::string TableCsv(std::span<const ExportColumn> columns, std::span<const ExportRow> rows);
// The workbook's bytes (a zip file, "PK…") with one sheet. Throws std::runtime_error when
// libxlsxwriter fails.
std::string TableXlsx(std::span<const ExportColumn> columns, std::span<const ExportRow> rows, std::string_view sheet);
// The RFC 6266 header of "<ascii_stem>-2026-12-02.<extension>", with the Danish name
// ("<danish_stem>-2026-12-02.<extension>") as filename*.
std::string ExportDisposition(std::string_view ascii_stem, std::string_view danish_stem,
                              std::chrono::year_month_day today, std::string_view extension);

}  // namespace lp::web
