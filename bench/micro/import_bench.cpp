#include "app/organisation/hr_import.hpp"

#include <benchmark/benchmark.h>

#include <string>
#include <unordered_map>

#include "cli/demo_region.hpp"

namespace lp::app {
namespace {

// The default demo region (about 1,500 units, 30,000 people) as rows and as HR's two CSV files.
struct Export {
  OrganisationRows rows;
  std::string units_csv;
  std::string people_csv;
};

const Export& DemoExport() {
  static const Export demo = [] {
    Export e;
    e.rows = cli::GenerateDemoRegion(cli::DemoSize::Default);
    e.units_csv = cli::UnitsCsv(e.rows);
    e.people_csv = cli::PeopleCsv(e.rows);
    return e;
  }();
  return demo;
}

// What the database holds after importing the rows: the same organisation with database ids.
OrganisationRecords Stored(const OrganisationRows& rows) {
  OrganisationRecords records;
  std::unordered_map<std::string, domain::UnitId> unit_ids;
  std::unordered_map<std::string, domain::PersonId> person_ids;
  for (const UnitRow& row : rows.units) {
    const auto id = static_cast<domain::UnitId>(records.units.size() + 1);
    unit_ids.emplace(row.external_id, id);
    std::optional<domain::UnitId> parent;
    if (!row.parent_external_id.empty()) parent = unit_ids.at(row.parent_external_id);
    records.units.push_back({id, row.external_id, row.name, parent, row.kind, true});
  }
  for (const PersonRow& row : rows.people) {
    const auto id = static_cast<domain::PersonId>(records.people.size() + 1);
    person_ids.emplace(row.employee_no, id);
    records.people.push_back({id, row.employee_no, row.first_name, row.last_name, row.email, row.title,
                              unit_ids.at(row.unit_external_id), true});
  }
  for (const LeadershipRow& row : rows.leaderships) {
    records.leaderships.push_back(
        {unit_ids.at(row.unit_external_id), person_ids.at(row.employee_no), row.leader_since, row.kind});
  }
  return records;
}

void SetCounters(benchmark::State& state) {
  state.counters["units"] = static_cast<double>(DemoExport().rows.units.size());
  state.counters["people"] = static_cast<double>(DemoExport().rows.people.size());
}

// Reading and checking both files: CSV, fields, CPR screening, the structural validation.
void BM_ParseHrExport(benchmark::State& state) {
  const Export& demo = DemoExport();
  for (auto _ : state) {
    HrParseResult parsed = ParseHrExport("units.csv", demo.units_csv, "people.csv", demo.people_csv);
    if (!parsed.ok()) state.SkipWithError("the demo export does not parse");
    benchmark::DoNotOptimize(parsed);
  }
  state.SetBytesProcessed(static_cast<long long>(state.iterations()) *
                          static_cast<long long>(demo.units_csv.size() + demo.people_csv.size()));
  SetCounters(state);
}
BENCHMARK(BM_ParseHrExport)->Unit(benchmark::kMillisecond);

// The first import: nothing stored, everything is created.
void BM_PlanImportIntoEmpty(benchmark::State& state) {
  const Export& demo = DemoExport();
  const OrganisationRecords empty;
  for (auto _ : state) {
    ImportPlan plan = PlanImport(empty, demo.rows);
    benchmark::DoNotOptimize(plan);
  }
  SetCounters(state);
}
BENCHMARK(BM_PlanImportIntoEmpty)->Unit(benchmark::kMillisecond);

// The daily import: the same organisation is stored, the plan is empty.
void BM_PlanImportUnchanged(benchmark::State& state) {
  const Export& demo = DemoExport();
  const OrganisationRecords stored = Stored(demo.rows);
  for (auto _ : state) {
    ImportPlan plan = PlanImport(stored, demo.rows);
    if (plan.HasChanges()) state.SkipWithError("the unchanged import plans changes");
    benchmark::DoNotOptimize(plan);
  }
  SetCounters(state);
}
BENCHMARK(BM_PlanImportUnchanged)->Unit(benchmark::kMillisecond);

// What `import` does in memory for a 30,000-person export: parse and check, then plan.
void BM_ParseAndPlanImport(benchmark::State& state) {
  const Export& demo = DemoExport();
  const OrganisationRecords stored = Stored(demo.rows);
  for (auto _ : state) {
    HrParseResult parsed = ParseHrExport("units.csv", demo.units_csv, "people.csv", demo.people_csv);
    ImportPlan plan = PlanImport(stored, *parsed.rows);
    benchmark::DoNotOptimize(plan);
  }
  SetCounters(state);
}
BENCHMARK(BM_ParseAndPlanImport)->Unit(benchmark::kMillisecond);

// Generating the default demo region (what `demo-data` does before planning).
void BM_GenerateDemoRegion(benchmark::State& state) {
  for (auto _ : state) {
    OrganisationRows rows = cli::GenerateDemoRegion(cli::DemoSize::Default);
    benchmark::DoNotOptimize(rows);
  }
  SetCounters(state);
}
BENCHMARK(BM_GenerateDemoRegion)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace lp::app
