#pragma once

#include <string_view>

#include "app/organisation/organisation_repository.hpp"
#include "storage/platform/transaction.hpp"

namespace lp::storage {

// app::OrganisationRepository over SOCI, one SQL text for SQLite and PostgreSQL.
//
// - Upserts use INSERT … ON CONFLICT (key) DO UPDATE … WHERE <something differs>, so an unchanged
//   row is not written at all (updated_at moves only on a real change) and a deactivated one is
//   reactivated. Each span runs one prepared statement, re-executed per row.
// - References by HR key are resolved with a subselect in the same statement. An unknown key
//   resolves to id -1, which no row has, so the foreign key rejects it: a unit whose parent is
//   unknown (or comes later in the span), a person in an unknown unit, and a leadership of an
//   unknown unit or person all throw app::ConstraintViolation.
// - created_at/updated_at/deactivated_at are unix seconds; upserts take the time from the
//   program's clock (the contract has no timestamp for them).
class SociOrganisationRepository final : public app::OrganisationRepository {
 public:
  explicit SociOrganisationRepository(UnitOfWork& unit) : unit_(unit) {}

  app::OrganisationRecords LoadAll() override;
  void UpsertUnits(std::span<const app::UnitRow> units) override;
  void UpsertPeople(std::span<const app::PersonRow> people) override;
  void DeactivateUnits(std::span<const std::string> external_ids, domain::Timestamp at) override;
  void DeactivatePeople(std::span<const std::string> employee_nos, domain::Timestamp at) override;
  void UpsertLeaderships(std::span<const app::LeadershipRow> leaderships) override;
  void DeleteLeaderships(std::span<const std::pair<std::string, std::string>> unit_and_employee_no) override;
  void RecordImportRun(const app::ImportRun& run) override;
  std::vector<app::ImportRun> ListImportRuns(int limit) override;
  std::optional<long long> LatestImportRunId() override;

 private:
  void Deactivate(std::string_view query, std::span<const std::string> keys, domain::Timestamp at);

  UnitOfWork& unit_;
};

}  // namespace lp::storage
