#pragma once

// The reader for HR's CSV exports (units.csv, people.csv). It turns bytes into a table of text
// fields and reports every structural problem with file, line and column, in Danish, so HR can fix
// many at once. What the fields mean (ids, dates, e-mail) is the importer's business.
//
// The rules:
// - Encoding: UTF-8 with or without BOM, otherwise Windows-1252 (see text_encoding.hpp).
// - Delimiter: ";" or ",", whichever of the two the header line has outside quotes.
// - Line breaks: CRLF, LF or a lone CR. Entirely empty lines, and lines of only delimiters (Excel
//   writes those for formatted but empty rows), are skipped; a trailing line break is fine.
// - Quoting (RFC 4180): a field in double quotes may hold delimiters, line breaks and "" for a quote.
//   Line breaks inside a quoted field are stored as "\n".
// - The first record is the header. Names are trimmed and matched case-insensitively (ASCII).
// - Line numbers are physical lines of the file (1-based), so a record after a quoted field with a
//   line break in it still gets the number a text editor shows.
// - Limits (CsvLimits): the header's columns, a field's length and the number of records are bounded,
//   so that a hostile or broken file costs time and memory in proportion to its size and no more. A
//   header over the limit stops the reading at once; a field over it is reported and not kept; past
//   the last allowed record the reading stops with one error.
// - Control characters (NUL, ESC, DEL, … anything below U+0020 but tab and line breaks) are refused
//   with file, line and column: a database may store them, truncate at them or print them raw.
// - The work is linear in the file's size: one pass, and the header checked with a hash set.

#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "domain/platform/text_encoding.hpp"

namespace lp::domain {

struct CsvError {
  std::string file;  // "people.csv"
  long line = 0;     // physical line, 1-based; 0 when the error concerns the whole file
  std::string column;
  std::string message;  // Danish, a full sentence

  // "people.csv, linje 7, kolonne title: …"; ", linje …" and ", kolonne …" are left out when unset.
  std::string Format() const;

  bool operator==(const CsvError&) const = default;
};

struct CsvRecord {
  long line = 0;                    // the physical line the record starts on
  std::vector<std::string> fields;  // as many as the header has columns
};

class CsvTable {
 public:
  CsvTable(std::string file_name, std::vector<std::string> header, std::vector<CsvRecord> records, char delimiter,
           TextEncoding encoding, std::vector<std::string> unknown_columns);

  const std::string& file_name() const { return file_name_; }
  // The column names as written in the header, trimmed.
  const std::vector<std::string>& header() const { return header_; }
  // The index of a column, matched case-insensitively; nullopt when the header does not have it.
  std::optional<std::size_t> Column(std::string_view name) const;
  // Only well-formed records: each has exactly header().size() fields.
  const std::vector<CsvRecord>& records() const { return records_; }
  char delimiter() const { return delimiter_; }
  TextEncoding encoding() const { return encoding_; }
  // Header columns that were not among the required ones, in header order; allowed, but worth telling HR.
  const std::vector<std::string>& unknown_columns() const { return unknown_columns_; }

  // An error about one field of a record, named as the header names the column.
  CsvError ErrorAt(const CsvRecord& record, std::size_t column, std::string message) const;

 private:
  std::string file_name_;
  std::vector<std::string> header_;
  std::vector<CsvRecord> records_;
  char delimiter_;
  TextEncoding encoding_;
  std::vector<std::string> unknown_columns_;
};

// The bounds of what ParseCsv reads. The defaults fit an HR export of a region many times this one's
// size (about 30,000 people and 3,000 units, nine columns) with room to spare.
struct CsvLimits {
  std::size_t max_columns = 64;
  std::size_t max_field_bytes = 4'096;  // after decoding to UTF-8
  std::size_t max_records = 500'000;    // data records, the header not counted
};

// ParseCsv reports at most this many errors per file, plus one saying that there were more.
inline constexpr std::size_t kMaxCsvErrors = 200;

struct CsvParseResult {
  // Set whenever the header is usable (every required column, no duplicate or empty names), even when
  // some records had errors (those records are left out), so the caller can check the rest and report
  // everything at once. Nothing may be imported unless errors is empty.
  std::optional<CsvTable> table;
  std::vector<CsvError> errors;

  bool ok() const { return table.has_value() && errors.empty(); }
};

// file_name is only used in error messages. required_columns are matched case-insensitively.
CsvParseResult ParseCsv(std::string_view file_name, std::string_view bytes,
                        std::span<const std::string_view> required_columns, const CsvLimits& limits = {});

}  // namespace lp::domain
