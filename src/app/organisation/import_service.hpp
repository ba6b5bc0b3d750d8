#pragma once

// The HR import as a web use case: upload → preview → confirm. The files are parsed and planned
// against the stored organisation (hr_import), kept server-side as a PendingImport between the two
// steps, and applied on confirmation only if the organisation is still the one the preview showed.
//
// - Preview stores nothing of the organisation; it replaces the user's earlier pending upload and
//   purges expired ones, and records that HR data were shown (audit "organisation.import_previewed").
//   Files with errors are not kept: there is nothing to confirm.
// - Confirm runs in one Store::Write: load, parse and plan again, compare the fingerprint of the
//   stored organisation with the preview's. When it differs (another import, from the web or the
//   command line, came in between), nothing is applied: the new plan is returned as a preview
//   (OrganisationChanged) and the pending upload now carries the new fingerprint, so confirming
//   that preview applies it. Otherwise the plan is applied, the run recorded with source
//   "web: <units file>, <people file>" and the actor, "organisation.imported" audited and the
//   pending upload deleted.
// - Only the user who uploaded may confirm. Overriding the deactivation safety limit (force) is for
//   administrators only: HR can see that the limit refuses the import, an administrator decides.

#include <chrono>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "app/organisation/hr_import.hpp"
#include "app/platform/auth_service.hpp"
#include "app/platform/result.hpp"
#include "app/platform/store.hpp"
#include "domain/platform/user.hpp"

namespace lp::app {

struct ImportFile {
  std::string name;  // as uploaded; empty when no file was chosen
  std::string bytes;
};

struct ImportUpload {
  ImportFile units;
  ImportFile people;
  std::string remote_address;  // for the audit log
};

struct ImportSettings {
  std::chrono::seconds pending_lifetime{std::chrono::hours{1}};
  double max_deactivation_share = 0.10;
};

struct ImportPreview {
  // outcome: WouldApply, RefusedErrors or RefusedSafetyLimit (before Confirm), Applied (after);
  // errors and notes from parsing; plan and summary once the files are valid.
  ImportReport report;
  std::optional<std::string> pending_id;  // set when there is something to confirm
  domain::Timestamp expires_at{};
  bool organisation_changed = false;  // planned again because the organisation changed since the preview
  bool may_force = false;             // the actor may override the safety limit
  // Who and what would be deactivated, by HR key, as stored now (the plan has only the keys, and the
  // files no longer hold them): "Anne Sørensen" / "Sengeafsnit M1".
  std::map<std::string, std::string> deactivated_names;
};

enum class ConfirmOutcome {
  Applied,
  OrganisationChanged,  // nothing applied; preview holds the new plan
  RefusedSafetyLimit,   // nothing applied; preview holds the plan (force to override)
  RefusedErrors,        // nothing applied; the stored files no longer parse (a newer program's rules)
};

struct ImportConfirmation {
  ConfirmOutcome outcome = ConfirmOutcome::Applied;
  ImportPreview preview;  // report.run has the counts when applied
};

struct ImportRunView {
  ImportRun run;
  std::string actor_name;  // empty for the command line or a deleted user
};

class ImportService {
 public:
  explicit ImportService(Store& store, ImportSettings settings = {}, Clock clock = SystemNow);

  // Invalid (field "units"/"people") when a file is missing; parse errors are a preview with
  // outcome RefusedErrors, not an Error. Throttled while another upload is being read or applied:
  // one import at a time per process, so that imports (seconds of CPU and tens of MB each) can
  // never occupy all the request threads and starve the portal's ordinary pages.
  Result<ImportPreview> Preview(const domain::User& actor, const ImportUpload& upload);
  // NotFound when the pending upload is unknown or expired; Forbidden when it is someone else's or
  // force is asked for by someone who may not force; Throttled as for Preview.
  Result<ImportConfirmation> Confirm(const domain::User& actor, const std::string& pending_id, bool force,
                                     const std::string& remote_address);

  std::vector<ImportRunView> RecentRuns(int limit);
  long long PurgeExpired();

  const ImportSettings& settings() const { return settings_; }
  static bool MayForce(const domain::User& actor);

 private:
  Store& store_;
  ImportSettings settings_;
  Clock clock_;
  std::shared_ptr<std::mutex> busy_ = std::make_shared<std::mutex>();  // held while an import is read or applied
};

// SHA-256 (hex) over every stored unit, person and leadership: equal exactly when the import would
// plan against the same organisation.
std::string OrganisationFingerprint(const OrganisationRecords& records);

}  // namespace lp::app
