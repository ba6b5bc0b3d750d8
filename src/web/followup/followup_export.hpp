#pragma once

// The region follow-up table as files (/opfoelgning/region.csv and .xlsx): the same rows, filters
// and order as the table on the page. The columns are a contract, documented in
// docs/ARCHITECTURE.md ("Follow-up"): kFollowUpExportColumns, in that order, in both formats.
//
// The formats are the shared ones of web/platform/table_export.hpp (CSV for Danish Excel, XLSX).

#include <array>
#include <chrono>
#include <span>
#include <string>
#include <string_view>

#include "app/followup/followup_service.hpp"
#include "web/platform/table_export.hpp"

namespace lp::web {

inline constexpr std::array<std::string_view, 17> kFollowUpExportColumns = {
    "Enhed",     "Enheds-id",    "Enhedstype",   "Niveau",
    "Område",    "Ledere",       "Oversættelse", "Version",
    "Udgivet",   "Nyere kladde", "Arver fra",    "Plan",
    "Planlagte", "Gennemførte",  "Overskredne",  "Seneste MED-drøftelse",
    "Runde"};

// The whole file: BOM, header, one line per row.
std::string FollowUpCsv(std::span<const app::FollowUpRow> rows, std::string_view round_name);
// The workbook's bytes (a zip file, "PK…"). Throws std::runtime_error when libxlsxwriter fails.
std::string FollowUpXlsx(std::span<const app::FollowUpRow> rows, std::string_view round_name);
// "opfoelgning-region-2026-12-02.csv" (view "region"; the chain view's: "kaede") and the RFC 6266
// header with the Danish name ("opfølgning-region-2026-12-02.csv") as filename*.
std::string FollowUpExportDisposition(std::chrono::year_month_day today, std::string_view extension,
                                      std::string_view view = "region");

}  // namespace lp::web
