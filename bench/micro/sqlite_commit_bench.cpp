// What a commit costs on SQLite with synchronous=FULL (the default: an acknowledged commit survives
// a power cut) and with NORMAL (LP_SQLITE_SYNCHRONOUS=normal: survives a crash of the portal only).
// Each iteration is one small write unit, as a form post makes: one audit event, committed. The
// database is a file in the system's temporary folder, so the figure depends on that disk.
#include <benchmark/benchmark.h>

#include <chrono>
#include <filesystem>
#include <memory>
#include <random>
#include <string>

#include "app/platform/repositories.hpp"
#include "app/platform/store.hpp"
#include "cli/modules.hpp"
#include "storage/platform/open_store.hpp"

namespace lp {
namespace {

void BM_SqliteSmallCommit(benchmark::State& state) {
  const auto sync = state.range(0) == 0 ? storage::SqliteSync::Full : storage::SqliteSync::Normal;
  const auto path =
      std::filesystem::temp_directory_path() / ("lp_commit_bench_" + std::to_string(std::random_device{}()) + ".db");
  {
    storage::StoreOptions options;
    options.sqlite_sync = sync;
    options.repositories = cli::ModuleRepositories();
    auto store = storage::OpenStore("sqlite://" + path.string(), options);
    store->Migrate();
    long long n = 0;
    for (auto _ : state) {
      store->Write([&](app::Transaction& tx) {
        tx.Get<app::AuditRepository>().Append(
            {std::chrono::time_point_cast<std::chrono::seconds>(std::chrono::system_clock::now()), std::nullopt,
             "bench.commit", "bench", "127.0.0.1", std::to_string(++n)});
      });
    }
    state.SetItemsProcessed(state.iterations());
  }
  for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(path.string() + suffix);
}
BENCHMARK(BM_SqliteSmallCommit)->Arg(0)->Arg(1)->ArgName("normal")->Unit(benchmark::kMicrosecond)->UseRealTime();

}  // namespace
}  // namespace lp
