#include "cli/import_command.hpp"
#include "app/organisation/organisation_repository.hpp"

#include <algorithm>
#include <cerrno>
#include <charconv>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iomanip>
#include <iterator>
#include <optional>
#include <ostream>
#include <sstream>
#include <stdexcept>

#include "domain/platform/danish_format.hpp"

namespace lp::cli {
namespace {

constexpr int kApplied = 0;
constexpr int kRefused = 1;

// One line on standard error, redrawn with '\r' as the import goes, and wiped before the report is
// written, so a terminal shows where a 150,000-person import is without anything reaching stdout.
class ProgressBar {
 public:
  ProgressBar(std::ostream& err, bool enabled) : err_(err), enabled_(enabled) {}
  ~ProgressBar() { Clear(); }
  ProgressBar(const ProgressBar&) = delete;
  ProgressBar& operator=(const ProgressBar&) = delete;

  app::ImportProgress Callback() {
    if (!enabled_) return {};
    return [this](app::ImportStage stage, std::size_t done, std::size_t total) { Draw(stage, done, total); };
  }

  void Clear() {
    if (!drawn_) return;
    err_ << '\r' << std::string(kLineWidth, ' ') << '\r' << std::flush;
    drawn_ = false;
    percent_ = -1;
  }

 private:
  static constexpr std::size_t kBarWidth = 30;
  static constexpr std::size_t kLabelWidth = 14;
  static constexpr std::size_t kLineWidth = kLabelWidth + kBarWidth + 9;

  void Draw(app::ImportStage stage, std::size_t done, std::size_t total) {
    const int percent = total == 0 ? 100 : static_cast<int>(std::min(done, total) * 100 / total);
    if (drawn_ && stage == stage_ && percent == percent_) return;  // redraw only when it shows
    stage_ = stage;
    percent_ = percent;
    const std::string_view label = app::ImportStageLabel(stage);
    std::size_t characters = 0;  // UTF-8: count the bytes that start a character
    for (const char c : label) characters += (static_cast<unsigned char>(c) & 0xC0) != 0x80 ? 1 : 0;
    const std::size_t filled = static_cast<std::size_t>(percent) * kBarWidth / 100;
    err_ << '\r' << label << std::string(kLabelWidth > characters ? kLabelWidth - characters : 1, ' ') << '['
         << std::string(filled, '#') << std::string(kBarWidth - filled, '.') << "] " << std::setw(3) << percent << " %"
         << std::flush;
    drawn_ = true;
  }

  std::ostream& err_;
  bool enabled_;
  bool drawn_ = false;
  app::ImportStage stage_ = app::ImportStage::Reading;
  int percent_ = -1;
};

// Reads an HR file: a regular file (or a pipe, for process substitution) of at most max_bytes.
// Directories and devices are refused before anything is read, so `--units /dev/zero` or a folder
// gives a clear message instead of filling memory or a raw C++ error.
std::optional<std::string> ReadFile(const std::string& path, std::size_t max_bytes, std::string& error) {
  std::error_code status_error;
  const auto status = std::filesystem::status(path, status_error);
  if (status_error) {
    error = status_error.value() == ENOENT ? "filen findes ikke" : status_error.message();
    return std::nullopt;
  }
  if (std::filesystem::is_directory(status)) {
    error = "det er en mappe, ikke en fil";
    return std::nullopt;
  }
  if (!std::filesystem::is_regular_file(status) && !std::filesystem::is_fifo(status)) {
    error = "det er ikke en almindelig fil (men en enhed, en socket eller lignende)";
    return std::nullopt;
  }
  const std::string too_big = "filen er større end " + domain::FormatInteger(static_cast<long long>(max_bytes)) +
                              " byte, som er grænsen (LP_MAX_UPLOAD_BYTES)";
  if (std::filesystem::is_regular_file(status)) {
    std::error_code size_error;
    const auto size = std::filesystem::file_size(path, size_error);
    if (!size_error && size > max_bytes) {
      error = too_big;
      return std::nullopt;
    }
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    error = std::strerror(errno);
    return std::nullopt;
  }
  // Read at most one byte past the limit: a file that grows while it is read is refused too.
  std::string bytes(max_bytes + 1, '\0');
  in.read(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  if (in.bad()) {
    error = std::strerror(errno);
    return std::nullopt;
  }
  bytes.resize(static_cast<std::size_t>(in.gcount()));
  if (bytes.size() > max_bytes) {
    error = too_big;
    return std::nullopt;
  }
  return bytes;
}

// "units +3 ~2 -1; people +7 ~0 -0; leaderships +5 ~0 -0": the run's counts, short enough for the audit log.
std::string AuditDetails(const app::ImportRun& run) {
  std::ostringstream details;
  details << run.source << "; units +" << run.units_created << " ~" << run.units_changed << " -"
          << run.units_deactivated << "; people +" << run.people_created << " ~" << run.people_changed << " -"
          << run.people_deactivated << "; leaderships +" << run.leaderships_added << " ~" << run.leaderships_changed
          << " -" << run.leaderships_removed << (run.forced ? "; forced" : "");
  return details.str();
}

}  // namespace

app::ImportReport ImportOrganisation(app::Store& store, const app::OrganisationRows& rows,
                                     const app::ImportOptions& options, std::string source, ImportMode mode,
                                     const app::ImportProgress& progress, const app::Clock& clock) {
  auto plan = [&](app::Transaction& tx) {
    const app::OrganisationRecords current = tx.Get<app::OrganisationRepository>().LoadAll();
    if (progress) progress(app::ImportStage::Planning, 0, 1);
    app::ImportPlan planned = app::PlanImport(current, rows, options);
    if (progress) progress(app::ImportStage::Planning, 1, 1);
    return planned;
  };

  if (mode == ImportMode::DryRun) {
    app::ImportReport report;
    report.plan = store.Read(plan);
    report.outcome =
        report.plan->refused_by_safety_limit ? app::ImportOutcome::RefusedSafetyLimit : app::ImportOutcome::WouldApply;
    report.summary = app::DescribePlan(*report.plan, false);
    return report;
  }

  return store.Write([&](app::Transaction& tx) {
    const app::ImportPlan planned = plan(tx);
    if (mode == ImportMode::ApplyIfChanged && !planned.HasChanges()) {
      app::ImportReport report;
      report.outcome = app::ImportOutcome::Applied;
      report.summary = app::DescribePlan(planned, true);
      report.plan = planned;
      return report;
    }
    app::ImportRun run;
    run.at = clock();
    run.source = std::move(source);
    app::ImportReport report =
        app::ApplyImportPlan(tx.Get<app::OrganisationRepository>(), planned, std::move(run), progress);
    if (report.outcome == app::ImportOutcome::Applied) {
      tx.Get<app::AuditRepository>().Append(
          {report.run.at, std::nullopt, "organisation.imported", "organisation", "", AuditDetails(report.run)});
    }
    return report;
  });
}

double MaxDeactivationShare(const Config& config) {
  std::string text = config.Get("import_max_deactivation_share");
  for (char& c : text) {
    if (c == ',') c = '.';  // "0,10" as a Dane writes it
  }
  double share = -1.0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), share);
  if (text.empty() || error != std::errc{} || end != text.data() + text.size() || !(share >= 0.0 && share <= 1.0)) {
    throw std::runtime_error("LP_IMPORT_MAX_DEACTIVATION_SHARE must be a share from 0 to 1 such as 0.10, not '" +
                             config.Get("import_max_deactivation_share") + "'");
  }
  return share;
}

int RunImport(app::Store& store, const ImportCommand& command, double max_deactivation_share, std::ostream& out,
              std::ostream& err, bool show_progress) {
  ProgressBar bar(err, show_progress);
  const app::ImportProgress progress = bar.Callback();

  if (progress) progress(app::ImportStage::Reading, 0, 2);
  std::string read_error;
  const auto units = ReadFile(command.units_path, command.max_file_bytes, read_error);
  if (!units) {
    bar.Clear();
    err << "Kan ikke læse " << command.units_path << ": " << read_error << ". Intet er indlæst.\n";
    return kRefused;
  }
  if (progress) progress(app::ImportStage::Reading, 1, 2);
  const auto people = ReadFile(command.people_path, command.max_file_bytes, read_error);
  if (!people) {
    bar.Clear();
    err << "Kan ikke læse " << command.people_path << ": " << read_error << ". Intet er indlæst.\n";
    return kRefused;
  }
  if (progress) progress(app::ImportStage::Reading, 2, 2);

  // Messages and the run's source name the files as HR knows them, without the folders.
  const std::string units_name = std::filesystem::path(command.units_path).filename().string();
  const std::string people_name = std::filesystem::path(command.people_path).filename().string();
  const app::HrParseResult parsed = app::ParseHrExport(units_name, *units, people_name, *people, progress);
  bar.Clear();
  for (const domain::CsvError& error : parsed.errors) out << error.Format() << "\n";
  for (const std::string& note : parsed.notes) out << "Bemærk: " << note << "\n";
  if (!parsed.ok()) {
    out << "Importen er afvist: " << domain::FormatInteger(static_cast<long long>(parsed.errors.size()))
        << " fejl i filerne. Intet er indlæst; ret filerne, og prøv igen.\n";
    return kRefused;
  }

  const app::ImportOptions options{max_deactivation_share, command.force};
  const app::ImportReport report =
      ImportOrganisation(store, *parsed.rows, options, "cli: " + units_name + ", " + people_name,
                         command.dry_run ? ImportMode::DryRun : ImportMode::Apply, progress);
  bar.Clear();
  for (const std::string& line : report.summary) out << line << "\n";
  switch (report.outcome) {
    case app::ImportOutcome::Applied: out << "Importen er gennemført.\n"; return kApplied;
    case app::ImportOutcome::WouldApply:
      out << "Prøvekørsel: importen kan gennemføres som vist. Intet er skrevet.\n";
      return kApplied;
    case app::ImportOutcome::RefusedSafetyLimit:
      out << (command.dry_run ? "Prøvekørsel: intet er skrevet.\n" : "Intet er indlæst.\n");
      return kRefused;
    case app::ImportOutcome::RefusedErrors: break;  // the files were checked above
  }
  return kRefused;
}

}  // namespace lp::cli
