#pragma once

#include <chrono>
#include <optional>
#include <span>
#include <string>
#include <utility>
#include <vector>

#include "domain/organisation/organisation.hpp"
#include "domain/platform/time.hpp"
#include "domain/platform/user.hpp"

namespace lp::app {

// The organisation as the HR system describes it. Rows refer to each other by the HR system's keys
// (unit id, employee number), so an import can name units and people that have no database id yet.
// The HR import, the demo-data generator and the storage all speak these rows.
struct UnitRow {
  std::string external_id;
  std::string name;
  std::string parent_external_id;  // empty for the root (the region)
  domain::UnitKind kind = domain::UnitKind::Other;
  std::string kind_label{};  // the HR system's name for the kind (domain::ReadUnitKind)

  friend bool operator==(const UnitRow&, const UnitRow&) = default;
};

struct PersonRow {
  std::string employee_no;
  std::string first_name;
  std::string last_name;
  std::string email;
  std::string title;
  std::string unit_external_id;

  friend bool operator==(const PersonRow&, const PersonRow&) = default;
};

struct LeadershipRow {
  std::string unit_external_id;
  std::string employee_no;
  std::chrono::year_month_day leader_since;
  domain::LeaderKind kind = domain::LeaderKind::Personaleleder;

  friend bool operator==(const LeadershipRow&, const LeadershipRow&) = default;
};

// A complete HR export: every unit, person and leadership that exists now.
struct OrganisationRows {
  std::vector<UnitRow> units;  // in tree order: a parent before its children
  std::vector<PersonRow> people;
  std::vector<LeadershipRow> leaderships;
};

// Everything stored, active and inactive, with database ids: the input of domain::Organisation::Build.
struct OrganisationRecords {
  std::vector<domain::Unit> units;
  std::vector<domain::Person> people;
  std::vector<domain::Leadership> leaderships;
};

// One applied import, kept as history (who, when, from where, what changed).
struct ImportRun {
  domain::Timestamp at{};
  std::optional<domain::UserId> actor_user_id;  // none when run from the command line
  std::string source;                           // e.g. "cli: units.csv, people.csv" or "web"
  long long units_created = 0, units_changed = 0, units_deactivated = 0;
  long long people_created = 0, people_changed = 0, people_deactivated = 0;
  long long leaderships_added = 0, leaderships_removed = 0, leaderships_changed = 0;
  bool forced = false;  // the deactivation safety limit was overridden
};

// Storage of the organisation. All writes happen inside one app::Transaction (the import is one
// unit of work: all or nothing).
class OrganisationRepository {
 public:
  virtual ~OrganisationRepository() = default;

  virtual OrganisationRecords LoadAll() = 0;

  // Inserts or updates by external key, and marks the records active. A unit's parent must exist
  // already or come earlier in `units` (tree order).
  virtual void UpsertUnits(std::span<const UnitRow> units) = 0;
  virtual void UpsertPeople(std::span<const PersonRow> people) = 0;
  // Deactivation keeps the record and its history; it is never a delete.
  virtual void DeactivateUnits(std::span<const std::string> external_ids, domain::Timestamp at) = 0;
  virtual void DeactivatePeople(std::span<const std::string> employee_nos, domain::Timestamp at) = 0;

  // Leaderships are keyed by (unit, person): upsert sets leader_since and kind.
  virtual void UpsertLeaderships(std::span<const LeadershipRow> leaderships) = 0;
  virtual void DeleteLeaderships(std::span<const std::pair<std::string, std::string>> unit_and_employee_no) = 0;

  virtual void RecordImportRun(const ImportRun& run) = 0;
  virtual std::vector<ImportRun> ListImportRuns(int limit) = 0;  // newest first
  // The id of the newest import run; none before the first. Every applied import records a run (also
  // one that changed nothing), so a different id means the organisation may have changed: a cheap
  // check for caches in other processes and nodes.
  virtual std::optional<long long> LatestImportRunId() = 0;
};

}  // namespace lp::app
