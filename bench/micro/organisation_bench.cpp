#include "domain/organisation.hpp"

#include <benchmark/benchmark.h>

#include <array>
#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

#include "app/organisation_access.hpp"

namespace lp::domain {
namespace {

using namespace std::chrono_literals;

// A synthetic region of Region Midtjylland's size: 1 region, 5 areas, 30 centres, 240 departments,
// 1,200 sections and 24 secretariats = 1,500 units, 20 people in each = 30,000 people. Every unit has
// a leader among its people except every seventh section; every tenth unit has shared leadership.
struct SyntheticOrganisation {
  std::vector<Unit> units;
  std::vector<Person> people;
  std::vector<Leadership> leaderships;
};

constexpr std::array<std::string_view, 12> kFirstNames = {"Anne",   "Søren",  "Mette", "Jens",   "Kirsten",  "Bjørn",
                                                          "Louise", "Ærling", "Åse",   "Henrik", "Birgitte", "Mads"};
constexpr std::array<std::string_view, 12> kLastNames = {"Jensen",     "Nielsen",    "Hansen",   "Sørensen",
                                                         "Rasmussen",  "Jørgensen",  "Pedersen", "Ærbøl",
                                                         "Kristensen", "Østergaard", "Madsen",   "Åkjær"};
constexpr std::size_t kPeoplePerUnit = 20;

// A small deterministic generator (no <random> distributions, whose output differs between libraries).
std::uint64_t Mix(std::uint64_t x) {
  x += 0x9e3779b97f4a7c15ULL;
  x = (x ^ (x >> 30U)) * 0xbf58476d1ce4e5b9ULL;
  x = (x ^ (x >> 27U)) * 0x94d049bb133111ebULL;
  return x ^ (x >> 31U);
}

// Joins text without `"literal" + std::string`, which trips GCC 12's -Wrestrict false positive at -O3.
std::string Concat(std::initializer_list<std::string_view> parts) {
  std::string text;
  for (std::string_view part : parts) text.append(part);
  return text;
}

SyntheticOrganisation MakeSyntheticOrganisation() {
  SyntheticOrganisation org;
  const auto add_unit = [&](std::string name, std::optional<UnitId> parent, UnitKind kind) {
    const auto id = static_cast<UnitId>(org.units.size() + 1);
    Unit unit;
    unit.id = id;
    unit.external_id = Concat({"U", std::to_string(id)});
    unit.name = std::move(name);
    unit.parent = parent;
    unit.kind = kind;
    org.units.push_back(std::move(unit));
    return id;
  };
  const UnitId region = add_unit("Region Midtjylland", std::nullopt, UnitKind::Region);
  for (int a = 1; a <= 5; ++a) {
    const UnitId area = add_unit(Concat({"Område ", std::to_string(a)}), region, UnitKind::Area);
    for (int c = 1; c <= 6; ++c) {
      const UnitId centre =
          add_unit(Concat({"Center ", std::to_string(a), ".", std::to_string(c)}), area, UnitKind::Centre);
      for (int d = 1; d <= 8; ++d) {
        const std::string department_name =
            Concat({"Afdeling ", std::to_string(a), ".", std::to_string(c), ".", std::to_string(d)});
        const UnitId department = add_unit(department_name, centre, UnitKind::Department);
        for (int s = 1; s <= 5; ++s) {
          add_unit(Concat({"Afsnit ", std::string_view(department_name).substr(9), ".", std::to_string(s)}), department,
                   UnitKind::Section);
        }
      }
    }
  }
  for (int s = 1; s <= 24; ++s) add_unit(Concat({"Sekretariat ", std::to_string(s)}), region, UnitKind::Secretariat);

  for (const Unit& unit : org.units) {
    for (std::size_t k = 0; k < kPeoplePerUnit; ++k) {
      const auto id = static_cast<PersonId>(org.people.size() + 1);
      const std::uint64_t random = Mix(static_cast<std::uint64_t>(id));
      Person person;
      person.id = id;
      person.employee_no = std::to_string(100000 + id);
      person.first_name = kFirstNames[random % kFirstNames.size()];
      person.last_name = kLastNames[(random >> 8U) % kLastNames.size()];
      person.email = Concat({"p", std::to_string(id), "@rm.dk"});
      person.title = k == 0 ? "Leder" : "Medarbejder";
      person.unit = unit.id;
      person.active = (random >> 16U) % 50 != 0;  // 2% have left
      if (k == 0) person.active = true;
      org.people.push_back(std::move(person));

      const bool leaderless = unit.kind == UnitKind::Section && unit.id % 7 == 0;
      const bool shared = unit.id % 10 == 0;
      if (leaderless || k > (shared ? 1U : 0U)) continue;
      Leadership leadership;
      leadership.unit = unit.id;
      leadership.person = id;
      const auto days_ago = static_cast<int>((random >> 24U) % (12U * 365U));
      leadership.leader_since = std::chrono::sys_days{2026y / 11 / 23} - std::chrono::days{days_ago};
      leadership.kind = unit.kind == UnitKind::Section ? LeaderKind::Personaleleder : LeaderKind::LederAfLedere;
      org.leaderships.push_back(leadership);
    }
  }
  return org;
}

const SyntheticOrganisation& Synthetic() {
  static const SyntheticOrganisation org = MakeSyntheticOrganisation();
  return org;
}

const Organisation& Snapshot() {
  static const Organisation organisation = [] {
    const SyntheticOrganisation& org = Synthetic();
    return std::get<Organisation>(Organisation::Build(org.units, org.people, org.leaderships));
  }();
  return organisation;
}

void BM_OrganisationBuild(benchmark::State& state) {
  const SyntheticOrganisation& org = Synthetic();
  for (auto _ : state) {
    state.PauseTiming();
    std::vector<Unit> units = org.units;
    std::vector<Person> people = org.people;
    std::vector<Leadership> leaderships = org.leaderships;
    state.ResumeTiming();
    auto built = Organisation::Build(std::move(units), std::move(people), std::move(leaderships));
    benchmark::DoNotOptimize(built);
  }
  state.counters["units"] = static_cast<double>(org.units.size());
  state.counters["people"] = static_cast<double>(org.people.size());
}
BENCHMARK(BM_OrganisationBuild)->Unit(benchmark::kMillisecond);

void BM_OrganisationValidate(benchmark::State& state) {
  const SyntheticOrganisation& org = Synthetic();
  for (auto _ : state) benchmark::DoNotOptimize(Organisation::Validate(org.units, org.people, org.leaderships));
}
BENCHMARK(BM_OrganisationValidate)->Unit(benchmark::kMillisecond);

void BM_OrganisationLeadershipChain(benchmark::State& state) {
  const Organisation& organisation = Snapshot();
  const auto people = static_cast<PersonId>(organisation.People().size());
  PersonId person = 1;
  for (auto _ : state) {
    benchmark::DoNotOptimize(organisation.LeadershipChain(person));
    person = person % people + 1;
  }
}
BENCHMARK(BM_OrganisationLeadershipChain);

void BM_OrganisationNearestLeaders(benchmark::State& state) {
  const Organisation& organisation = Snapshot();
  const auto people = static_cast<PersonId>(organisation.People().size());
  PersonId person = 1;
  for (auto _ : state) {
    benchmark::DoNotOptimize(organisation.NearestLeaders(person));
    person = person % people + 1;
  }
}
BENCHMARK(BM_OrganisationNearestLeaders);

void BM_OrganisationIsInSubtree(benchmark::State& state) {
  const Organisation& organisation = Snapshot();
  const auto units = static_cast<std::uint64_t>(organisation.Units().size());
  std::uint64_t i = 0;
  for (auto _ : state) {
    const std::uint64_t random = Mix(i++);
    benchmark::DoNotOptimize(organisation.IsInSubtree(static_cast<UnitId>(random % units + 1),
                                                      static_cast<UnitId>((random >> 32U) % units + 1)));
  }
}
BENCHMARK(BM_OrganisationIsInSubtree);

void BM_OrganisationIsLeaderOver(benchmark::State& state) {
  const Organisation& organisation = Snapshot();
  const auto people = static_cast<std::uint64_t>(organisation.People().size());
  std::uint64_t i = 0;
  for (auto _ : state) {
    const std::uint64_t random = Mix(i++);
    // Leaders are the first person of each unit: ids 1, 21, 41, …
    const auto leader = static_cast<PersonId>((random % (people / kPeoplePerUnit)) * kPeoplePerUnit + 1);
    benchmark::DoNotOptimize(organisation.IsLeaderOver(leader, static_cast<PersonId>((random >> 32U) % people + 1)));
  }
}
BENCHMARK(BM_OrganisationIsLeaderOver);

// The region's whole subtree (30,000 people) down to one section's: the call itself is O(1); the
// loop over the span is what a page listing them pays.
void BM_OrganisationPeopleInSubtree(benchmark::State& state) {
  const Organisation& organisation = Snapshot();
  const auto unit = static_cast<UnitId>(state.range(0));
  for (auto _ : state) {
    const auto people = organisation.PeopleInSubtree(unit);
    std::size_t active = 0;
    for (const Person& person : people) active += person.active ? 1U : 0U;
    benchmark::DoNotOptimize(active);
  }
  state.counters["people"] = static_cast<double>(organisation.PeopleInSubtree(unit).size());
}
BENCHMARK(BM_OrganisationPeopleInSubtree)->Arg(1)->Arg(2)->Arg(4);

void BM_OrganisationCountPeople(benchmark::State& state) {
  const Organisation& organisation = Snapshot();
  const auto units = static_cast<UnitId>(organisation.Units().size());
  UnitId unit = 1;
  for (auto _ : state) {
    benchmark::DoNotOptimize(organisation.CountPeople(unit));
    unit = unit % units + 1;
  }
}
BENCHMARK(BM_OrganisationCountPeople);

void BM_OrganisationSearchPeople(benchmark::State& state) {
  const Organisation& organisation = Snapshot();
  // A common prefix (stops early), a full name, two words, and no match at all (a full scan).
  constexpr std::array<std::string_view, 4> kQueries = {"søren", "Mette Østergaard", "ann ÅKJ", "zzz"};
  const std::string_view query = kQueries[static_cast<std::size_t>(state.range(0))];
  for (auto _ : state) benchmark::DoNotOptimize(organisation.SearchPeople(query, 20));
  state.SetLabel(std::string(query));
}
BENCHMARK(BM_OrganisationSearchPeople)->DenseRange(0, 3);

void BM_OrganisationSearchUnits(benchmark::State& state) {
  const Organisation& organisation = Snapshot();
  for (auto _ : state) benchmark::DoNotOptimize(organisation.SearchUnits("afdeling 3.4", 20));
}
BENCHMARK(BM_OrganisationSearchUnits);

void BM_OrganisationNewLeaders(benchmark::State& state) {
  const Organisation& organisation = Snapshot();
  for (auto _ : state) benchmark::DoNotOptimize(organisation.NewLeaders(2026y / 11 / 23));
}
BENCHMARK(BM_OrganisationNewLeaders);

// The access check of every organisation page: a viewer's reach for HR details, then whether it
// covers one person. A leader of an area (person 21 leads unit 2) is checked through IsLeaderOver;
// HR scoped to two centres (units 3 and 52) through the scope subtrees.
void BM_OrganisationAccessCheck(benchmark::State& state) {
  const Organisation& organisation = Snapshot();
  User user;
  user.id = 1;
  if (state.range(0) == 0) {
    user.roles = {Role::Leder};
  } else {
    user.roles = {Role::Hr};
    user.scopes = {{Role::Hr, 3}, {Role::Hr, 52}};
  }
  const app::Viewer viewer{&user, PersonId{21}, {}};
  const auto people = organisation.People().size();
  std::uint64_t i = 0;
  for (auto _ : state) {
    const auto reach = app::ReachOf(organisation, viewer, app::OrganisationAction::ViewHrDetails);
    benchmark::DoNotOptimize(reach.CoversPerson(organisation, static_cast<PersonId>(Mix(i++) % people + 1)));
  }
  state.SetLabel(state.range(0) == 0 ? "leader of an area" : "HR scoped to two centres");
}
BENCHMARK(BM_OrganisationAccessCheck)->Arg(0)->Arg(1);

}  // namespace
}  // namespace lp::domain
