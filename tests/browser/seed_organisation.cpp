// Seeds a database with an organisation from the two HR export files, through the same parse, plan
// and apply steps as the HR import, so that the browser tests have units, people and leaders to
// navigate. Used by tests/browser/run.sh; not part of the product.
//
//   lp_browser_seed DATABASE_URL UNITS_CSV PEOPLE_CSV
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>
#include <string>

#include "app/hr_import.hpp"
#include "storage/open_store.hpp"

namespace {

std::string ReadFile(const std::string& path) {
  std::ifstream file(path, std::ios::binary);
  if (!file) throw std::runtime_error("cannot read " + path);
  return {std::istreambuf_iterator<char>(file), std::istreambuf_iterator<char>()};
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 4) {
    std::cerr << "usage: lp_browser_seed DATABASE_URL UNITS_CSV PEOPLE_CSV\n";
    return 2;
  }
  try {
    auto store = lp::storage::OpenStore(argv[1], {});
    store->Migrate();
    const auto parsed = lp::app::ParseHrExport(argv[2], ReadFile(argv[2]), argv[3], ReadFile(argv[3]));
    if (!parsed.ok()) {
      std::cerr << "the HR export has " << parsed.errors.size() << " error(s)\n";
      return 1;
    }
    const auto report = store->Write([&](lp::app::Transaction& tx) {
      const auto plan = lp::app::PlanImport(tx.Organisation().LoadAll(), *parsed.rows);
      lp::app::ImportRun run;
      run.at = lp::domain::Timestamp{
          std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch())};
      run.source = "browser test seed";
      return lp::app::ApplyImportPlan(tx.Organisation(), plan, run);
    });
    for (const auto& line : report.summary) std::cout << line << "\n";
    return report.ok() ? 0 : 1;
  } catch (const std::exception& error) {
    std::cerr << "lp_browser_seed: " << error.what() << "\n";
    return 1;
  }
}
