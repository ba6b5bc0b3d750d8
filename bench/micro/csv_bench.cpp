#include "domain/platform/csv.hpp"
#include "domain/platform/text_encoding.hpp"

#include <benchmark/benchmark.h>

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace lp::domain {
namespace {

constexpr std::array<std::string_view, 9> kPeopleColumns = {"employee_no",    "first_name",   "last_name",
                                                            "email",          "title",        "unit_id",
                                                            "leads_unit_ids", "leader_since", "leader_kind"};

constexpr std::size_t kPeopleRows = 30'000;

// A people.csv as HR exports it: 30,000 rows, Danish names, some leaders, a few quoted titles.
std::string PeopleCsv() {
  constexpr std::array<std::string_view, 8> kFirstNames = {"Søren",     "Anne", "Mette", "Jens",
                                                           "Ærtebjørn", "Åse",  "Lars",  "Kirsten"};
  constexpr std::array<std::string_view, 8> kLastNames = {"Sørensen",  "Jensen",   "Nielsen", "Hansen",
                                                          "Østergård", "Pedersen", "Møller",  "Kjærgaard"};
  constexpr std::array<std::string_view, 4> kTitles = {"Sygeplejerske", "Overlæge", "\"Leder; klinik\"", "Fuldmægtig"};
  std::string csv = "employee_no;first_name;last_name;email;title;unit_id;leads_unit_ids;leader_since;leader_kind\r\n";
  csv.reserve(kPeopleRows * 120);
  for (std::size_t i = 0; i < kPeopleRows; ++i) {
    const std::string number = std::to_string(100000 + i);
    const bool leader = i % 17 == 0;
    csv += number;
    csv += ';';
    csv += kFirstNames[i % kFirstNames.size()];
    csv += ';';
    csv += kLastNames[(i / 8) % kLastNames.size()];
    csv += ';';
    csv += "medarbejder" + number + "@rm.dk";
    csv += ';';
    csv += kTitles[i % kTitles.size()];
    csv += ';';
    csv += std::to_string(1000 + i % 1500);
    csv += ';';
    if (leader) csv += std::to_string(1000 + i % 1500) + "|" + std::to_string(2000 + i % 300);
    csv += ';';
    if (leader) csv += "01.03.2025";
    csv += ';';
    if (leader) csv += "personaleleder";
    csv += "\r\n";
  }
  return csv;
}

// Windows-1252 of the same file, as Danish Excel saves it (every character above is in Latin-1).
std::string ToLatin1(std::string_view utf8) {
  std::string latin1;
  latin1.reserve(utf8.size());
  for (std::size_t i = 0; i < utf8.size(); ++i) {
    const auto byte = static_cast<unsigned char>(utf8[i]);
    if (byte == 0xC3 && i + 1 < utf8.size()) {
      latin1.push_back(static_cast<char>(0xC0 | (static_cast<unsigned char>(utf8[++i]) & 0x3F)));
    } else {
      latin1.push_back(static_cast<char>(byte));
    }
  }
  return latin1;
}

void BM_ParseCsvPeopleUtf8(benchmark::State& state) {
  const std::string csv = PeopleCsv();
  for (auto _ : state) {
    CsvParseResult result = ParseCsv("people.csv", csv, kPeopleColumns);
    if (!result.ok() || result.table->records().size() != kPeopleRows) state.SkipWithError("parse failed");
    benchmark::DoNotOptimize(result);
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations()) * static_cast<std::int64_t>(csv.size()));
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations()) * static_cast<std::int64_t>(kPeopleRows));
}
BENCHMARK(BM_ParseCsvPeopleUtf8)->Unit(benchmark::kMillisecond);

void BM_ParseCsvPeopleWindows1252(benchmark::State& state) {
  const std::string csv = ToLatin1(PeopleCsv());
  for (auto _ : state) {
    CsvParseResult result = ParseCsv("people.csv", csv, kPeopleColumns);
    if (!result.ok() || result.table->encoding() != TextEncoding::Windows1252) state.SkipWithError("parse failed");
    benchmark::DoNotOptimize(result);
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations()) * static_cast<std::int64_t>(csv.size()));
}
BENCHMARK(BM_ParseCsvPeopleWindows1252)->Unit(benchmark::kMillisecond);

void BM_IsValidUtf8(benchmark::State& state) {
  const std::string csv = PeopleCsv();
  for (auto _ : state) benchmark::DoNotOptimize(IsValidUtf8(csv));
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations()) * static_cast<std::int64_t>(csv.size()));
}
BENCHMARK(BM_IsValidUtf8)->Unit(benchmark::kMicrosecond);

}  // namespace
}  // namespace lp::domain
