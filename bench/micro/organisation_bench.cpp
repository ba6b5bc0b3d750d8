#include "domain/organisation/organisation.hpp"

#include <benchmark/benchmark.h>

#include <array>
#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

#include "app/organisation/organisation_access.hpp"
#include "synthetic_region.hpp"

namespace lp::domain {
namespace {

using namespace std::chrono_literals;

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
    const auto reach = app::ReachOf(organisation, viewer, app::actions::kViewHrDetails);
    benchmark::DoNotOptimize(reach.CoversPerson(organisation, static_cast<PersonId>(Mix(i++) % people + 1)));
  }
  state.SetLabel(state.range(0) == 0 ? "leader of an area" : "HR scoped to two centres");
}
BENCHMARK(BM_OrganisationAccessCheck)->Arg(0)->Arg(1);

}  // namespace
}  // namespace lp::domain
