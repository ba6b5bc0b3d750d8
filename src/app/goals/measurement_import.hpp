#pragma once

// The CSV import of measurements (issue 18): a file of values for one or many indicators, checked as
// a whole and stored all or nothing, with a preview first.
//
// The file (a contract for the data warehouses' and analysts' scripts; keep the names):
//   indikator;periode;enhed;vaerdi[;aarsag;handling]
//   17;2026-03;;84,5
//   17;2026-03;AUH;81,2;Ventelister efter strejken;Ekstra udredningsdage i april
// - indikator: the indicator's number (as in its address, /maalbilleder/indikatorer/17);
// - periode: "2026-03", "2026-K2" or "2026" as the indicator's frequency says;
// - enhed: the unit's HR id, or empty for the whole (the region, or a local indicator's unit);
// - vaerdi: the value, "84,5" (a comma) or "84.5"; "1.234" is refused as ambiguous;
// - aarsag, handling (optional columns): the comment on a red value.
// The reading is the HR import's (domain::ParseCsv): UTF-8 with or without BOM or Windows-1252,
// ";" or ",", quoted fields, errors with file, line and column. Every value is checked as the form
// and the API check them (IndicatorService::Check); a red value without a comment is stored, and its
// period counts as reported when the owner has commented. The user must be allowed to report every
// indicator in the file.

#include <string>
#include <string_view>
#include <vector>

#include "app/goals/indicator_service.hpp"
#include "domain/platform/csv.hpp"

namespace lp::app {

inline constexpr std::array<std::string_view, 4> kMeasurementCsvColumns = {"indikator", "periode", "enhed", "vaerdi"};
inline constexpr std::size_t kMaxMeasurementRows = 50'000;

enum class ImportChange { New, Changed, Same };

struct MeasurementImportRow {
  long line = 0;
  std::string indicator;  // its name
  std::string period;     // "marts 2026"
  std::string unit;       // the unit's name, or the whole's
  std::string value;      // as the indicator shows it: "84,5 %"
  std::string stored;     // the value stored before, when changed
  ImportChange change = ImportChange::New;
  std::optional<domain::StatusColour> colour;
  bool uncommented_red = false;
  bool commented = false;
};

struct MeasurementImportPreview {
  std::string file_name;
  std::vector<domain::CsvError> errors;  // nothing can be imported while there are any
  std::vector<std::string> notes;        // e.g. unknown columns that were left out
  std::vector<MeasurementImportRow> rows;
  std::size_t new_values = 0;
  std::size_t changed = 0;
  std::size_t same = 0;
  std::size_t uncommented = 0;
  std::string content;  // the file as UTF-8, for the confirmation form
  bool ok() const { return errors.empty() && !rows.empty(); }
};

class MeasurementImport {
 public:
  MeasurementImport(Store& store, IndicatorService& indicators, OrganisationService& organisation);

  // Reads and checks the file; stores nothing.
  MeasurementImportPreview Preview(const domain::User& user, std::string_view file_name, std::string_view bytes);
  // Reads and checks the file again and, when it has no errors, stores all its values in one transaction
  // (audit "goals.measurements_imported"); the preview with its errors otherwise.
  std::variant<MeasurementOutcome, MeasurementImportPreview> Apply(const domain::User& user, std::string_view file_name,
                                                                   std::string_view bytes,
                                                                   const std::string& remote_address);

 private:
  struct Checked {
    MeasurementImportPreview preview;
    std::vector<MeasurementCheck> checks;
  };
  Checked Read(const domain::User& user, std::string_view file_name, std::string_view bytes);

  Store& store_;
  IndicatorService& indicators_;
  OrganisationService& organisation_;
};

}  // namespace lp::app
