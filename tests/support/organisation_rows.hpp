#pragma once

// The small organisations the storage and web tests are built on, written the way the HR import
// writes them, so each test names only its units, people and leaderships.

#include <optional>
#include <vector>

#include "app/organisation/organisation_repository.hpp"
#include "app/platform/store.hpp"
#include "domain/platform/time.hpp"

namespace lp::test {

struct OrganisationRows {
  std::vector<app::UnitRow> units;
  std::vector<app::PersonRow> people;
  std::vector<app::LeadershipRow> leaderships;
};

// Writes the rows in the caller's transaction; with `imported_at`, also the record of an import run
// (the organisation pages say when the organisation was last imported).
inline void WriteOrganisation(app::Transaction& tx, const OrganisationRows& rows,
                              std::optional<domain::Timestamp> imported_at = std::nullopt) {
  tx.Get<app::OrganisationRepository>().UpsertUnits(rows.units);
  tx.Get<app::OrganisationRepository>().UpsertPeople(rows.people);
  tx.Get<app::OrganisationRepository>().UpsertLeaderships(rows.leaderships);
  if (imported_at) {
    app::ImportRun run;
    run.at = *imported_at;
    run.source = "test";
    tx.Get<app::OrganisationRepository>().RecordImportRun(run);
  }
}

}  // namespace lp::test
