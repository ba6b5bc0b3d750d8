#pragma once

// The HR import (issue 3): two CSV files from the HR system in, a checked, complete organisation out,
// compared with what is stored, and written as one all-or-nothing unit of work.
//
//   ParseHrExport   bytes of units.csv and people.csv -> OrganisationRows, or every error with file,
//                   line and column (nothing is imported when there is one).
//   PlanImport      stored records + incoming rows -> what would change (pure; the dry run and the
//                   web preview show it).
//   ApplyImportPlan writes the plan through an OrganisationRepository; the caller runs it inside one
//                   Store::Write, so an exception rolls everything back.
//   DescribePlan    Danish summary lines for the CLI and the preview page.
//
// The decisions, in one place:
// - Columns (names matched case-insensitively, any order, extra columns allowed but reported as notes):
//     units.csv:  unit_id;name;parent_id;kind
//     people.csv: employee_no;first_name;last_name;email;title;unit_id;leads_unit_ids;leader_since;leader_kind
//   A header column that looks like a CPR column (cpr, cpr_nr, personnummer, …) refuses the whole file.
// - Every field is trimmed. Required: unit_id, name and kind in units.csv (parent_id is empty only for
//   the one root, the region); employee_no, first_name, last_name and unit_id in people.csv. email and
//   title may be empty (the data check page lists people without e-mail); a given e-mail must be
//   plausible and is stored normalised (trimmed, lower case). leads_unit_ids holds unit ids separated
//   by "|"; when it is set, leader_since (2025-03-01, 01.03.2025 or 01-03-2025) and leader_kind
//   (personaleleder, leder_af_ledere, klinisk_leder, or their labels) are required, and when it is
//   empty they must be empty too (a leader-since date without a unit is a sign of a broken export).
//   A unit id may not contain "|". A unit's kind is any name the HR system gives its levels: the
//   portal's codes and labels give its category, other names are kept as written and shown as such
//   (domain::ReadUnitKind); a kind never refuses an import.
// - Every field has a maximum length for its column (a name 200 characters, an e-mail 254, …) and
//   holds one line; ParseCsv has already refused control characters and bounded the file.
// - A CPR-like value (ddmmyy-xxxx or ten digits ddmmyyxxxx with a real day and month) anywhere in any
//   field is refused; the message never repeats the value, and no other message about that field does.
// - Structural checks (unknown parent, cycle, several roots, duplicate unit id / employee number /
//   active e-mail, person in or leader of an unknown unit) come from domain::Organisation::Validate and
//   are mapped back to file, line and column.
// - The import is complete: units and people that are stored and active but missing from the files are
//   deactivated (never deleted), and leaderships missing from the files are removed. A unit can only be
//   deactivated together with everything in it, and that holds by construction: the incoming rows are
//   a validated tree, so no incoming person or unit can sit in a unit that is missing from them.
// - Stored units and people without an HR key (empty external id / employee number) are not the
//   import's business: they are never matched, changed or deactivated.
// - Safety limit: refused when the deactivated share of the active people, or of the active units,
//   exceeds ImportOptions::max_deactivation_share (default 10 %), unless forced.
// - Idempotent: the same files twice give an empty plan the second time (nothing is written except
//   the import run itself, which is history).

#include <array>
#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "app/organisation/organisation_repository.hpp"
#include "domain/platform/csv.hpp"

namespace lp::app {

inline constexpr std::array<std::string_view, 4> kUnitsCsvColumns = {"unit_id", "name", "parent_id", "kind"};
inline constexpr std::array<std::string_view, 9> kPeopleCsvColumns = {"employee_no",    "first_name",   "last_name",
                                                                      "email",          "title",        "unit_id",
                                                                      "leads_unit_ids", "leader_since", "leader_kind"};

// The phases a progress display shows; done/total count records (Checking) or steps (Writing).
enum class ImportStage { Reading, Checking, Planning, Writing };
std::string_view ImportStageLabel(ImportStage stage);  // "Læser", "Kontrollerer", "Sammenligner", "Skriver"
using ImportProgress = std::function<void(ImportStage stage, std::size_t done, std::size_t total)>;

struct HrParseResult {
  std::optional<OrganisationRows> rows;  // set exactly when errors is empty; units in tree order
  std::vector<domain::CsvError> errors;  // by file (units first), then line
  // Things worth telling HR that do not stop the import (unknown columns, the encoding read).
  std::vector<std::string> notes;

  bool ok() const { return rows.has_value(); }
};

HrParseResult ParseHrExport(std::string_view units_name, std::string_view units_bytes, std::string_view people_name,
                            std::string_view people_bytes, const ImportProgress& progress = {});

// True when the text holds something that looks like a CPR number (see the rules above).
bool LooksLikeCpr(std::string_view text);
// True for header names such as "cpr", "CPR-nr.", "cpr_nummer", "personnummer", "personnr".
bool LooksLikeCprColumn(std::string_view name);

struct ImportOptions {
  double max_deactivation_share = 0.10;
  bool force = false;
};

// One changed field: the CSV column, its Danish label, and the values before and after.
struct FieldChange {
  std::string field;  // "name", "parent_id", "kind", "first_name", …, "leader_since", "leader_kind"
  std::string label;  // "navn", "overordnet enhed", …
  std::string before;
  std::string after;

  friend bool operator==(const FieldChange&, const FieldChange&) = default;
};

struct UnitChange {
  UnitRow row;  // the incoming row
  std::vector<FieldChange> changes;
};

struct PersonChange {
  PersonRow row;
  std::vector<FieldChange> changes;
};

struct LeadershipChange {
  LeadershipRow row;
  std::vector<FieldChange> changes;
};

struct ImportPlan {
  std::vector<UnitRow> units_created;
  std::vector<UnitChange> units_changed;       // active now, some field differs
  std::vector<UnitChange> units_reactivated;   // inactive now, in the files again (changes may be empty)
  std::vector<std::string> units_deactivated;  // external ids, children before parents
  std::size_t units_unchanged = 0;

  std::vector<PersonRow> people_created;
  std::vector<PersonChange> people_changed;
  std::vector<PersonChange> people_reactivated;
  std::vector<std::string> people_deactivated;  // employee numbers
  std::size_t people_unchanged = 0;

  std::vector<LeadershipRow> leaderships_added;
  std::vector<LeadershipChange> leaderships_changed;
  std::vector<std::pair<std::string, std::string>> leaderships_removed;  // (unit external id, employee no)
  std::size_t leaderships_unchanged = 0;

  // What ApplyImportPlan upserts: created, changed and reactivated rows; units in tree order.
  std::vector<UnitRow> units_to_upsert;
  std::vector<PersonRow> people_to_upsert;

  std::size_t active_units_now = 0;
  std::size_t active_people_now = 0;
  double unit_deactivation_share = 0.0;    // units_deactivated / active_units_now (0 when none)
  double person_deactivation_share = 0.0;  // people_deactivated / active_people_now (0 when none)
  double max_deactivation_share = 0.10;
  bool forced = false;                   // the limit was exceeded and overridden
  bool refused_by_safety_limit = false;  // the limit was exceeded and not overridden

  bool HasChanges() const;
};

ImportPlan PlanImport(const OrganisationRecords& current, const OrganisationRows& incoming,
                      const ImportOptions& options = {});

enum class ImportOutcome {
  Applied,             // written (possibly nothing changed)
  WouldApply,          // dry run: valid and within the limit; nothing written
  RefusedErrors,       // the files have errors; nothing written
  RefusedSafetyLimit,  // too much would be deactivated; nothing written
};

struct ImportReport {
  ImportOutcome outcome = ImportOutcome::RefusedErrors;
  std::vector<domain::CsvError> errors;
  std::vector<std::string> notes;
  std::optional<ImportPlan> plan;    // set once the files were valid
  ImportRun run;                     // the counts (recorded when applied)
  std::vector<std::string> summary;  // DescribePlan's lines (past tense when applied)

  bool ok() const { return outcome == ImportOutcome::Applied || outcome == ImportOutcome::WouldApply; }
};

// Writes the plan's changes (only those) and records the run, whose counts it fills in from the plan.
// Writes nothing when the plan is refused by the safety limit. Run it inside one Store::Write.
ImportReport ApplyImportPlan(OrganisationRepository& repository, const ImportPlan& plan, ImportRun run,
                             const ImportProgress& progress = {});

// Danish summary lines, e.g. "Enheder: 3 oprettes, 2 ændres (navn), 1 lukkes, 1.495 uændrede", then
// the same for people and leaderships, and a line about the safety limit when it matters. applied
// switches to the past tense ("3 oprettet").
std::vector<std::string> DescribePlan(const ImportPlan& plan, bool applied);

}  // namespace lp::app
