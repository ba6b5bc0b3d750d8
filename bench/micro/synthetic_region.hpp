#pragma once

// A synthetic region of Region Midtjylland's size for the micro benchmarks: 1 region, 5 areas,
// 30 centres, 240 departments, 1,200 sections and 24 secretariats = 1,500 units, 20 people in each =
// 30,000 people. Every unit has a leader among its people except every seventh section; every tenth
// unit has shared leadership. Deterministic, built once per process.

#include <cstddef>
#include <cstdint>
#include <vector>

#include "domain/organisation/organisation.hpp"

namespace lp::domain {

struct SyntheticOrganisation {
  std::vector<Unit> units;
  std::vector<Person> people;
  std::vector<Leadership> leaderships;
};

inline constexpr std::size_t kPeoplePerUnit = 20;

const SyntheticOrganisation& Synthetic();
const Organisation& Snapshot();  // Synthetic() built into a snapshot

// A small deterministic generator (no <random> distributions, whose output differs between libraries).
std::uint64_t Mix(std::uint64_t x);

}  // namespace lp::domain
