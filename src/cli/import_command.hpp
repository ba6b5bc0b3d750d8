#pragma once

// `ledelsesportal import --units FILE --people FILE [--dry-run] [--force]`: the HR import from the
// command line, and the one way the command line writes the organisation (demo-data uses it too).
//
// The contract operations scripts rely on:
// - Exit status 0 only when the import was applied (with --dry-run: would be applied); 1 when it is
//   refused (errors in the files, the safety limit) or fails, also when a file cannot be read; 2 for
//   wrong usage (a missing --units or --people).
// - Standard output: every file error on its own line ("people.csv, linje 7, kolonne title: …"), the
//   notes, then DescribePlan's Danish summary and one closing line. The progress bar goes to standard
//   error, and only when that is a terminal.
// - Applying is one Store::Write: the plan is made on the records read in that same transaction, the
//   changes are written, the run is recorded (source "cli: units.csv, people.csv") and an
//   "organisation.imported" audit event appended. A dry run only reads; `main` does not even migrate
//   for it (an unmigrated database is refused), so a new binary's dry run leaves production alone.

#include <cstddef>
#include <iosfwd>
#include <string>

#include "app/organisation/hr_import.hpp"
#include "app/platform/auth_service.hpp"
#include "app/platform/store.hpp"
#include "cli/config.hpp"

namespace lp::cli {

enum class ImportMode {
  Apply,           // write the plan and record the run, also when nothing changed (the run is history)
  DryRun,          // plan only: nothing is written, not even the run
  ApplyIfChanged,  // write only when the plan changes something (demo-data, which runs at every start)
};

// Plans `rows` against the stored organisation and, unless the mode is DryRun or the safety limit
// refuses the plan, applies it, records the run with `source` and appends the audit event, all in
// one transaction.
app::ImportReport ImportOrganisation(app::Store& store, const app::OrganisationRows& rows,
                                     const app::ImportOptions& options, std::string source, ImportMode mode,
                                     const app::ImportProgress& progress = {},
                                     const app::Clock& clock = app::SystemNow);

// The safety limit set by import_max_deactivation_share (a share from 0 to 1, "0.10" or "0,10");
// throws std::runtime_error naming the variable when it is not one.
double MaxDeactivationShare(const Config& config);

struct ImportCommand {
  std::string units_path;
  std::string people_path;
  bool dry_run = false;
  bool force = false;
  // The largest file read (LP_MAX_UPLOAD_BYTES, as for uploads); larger files are refused unread.
  std::size_t max_file_bytes = 33'554'432;
};

// Runs the command and returns its exit status. The report goes to `out`; unreadable files and the
// progress bar (only when show_progress, i.e. standard error is a terminal) go to `err`.
int RunImport(app::Store& store, const ImportCommand& command, double max_deactivation_share, std::ostream& out,
              std::ostream& err, bool show_progress);

}  // namespace lp::cli
