#include "synthetic_region.hpp"

#include <array>
#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>
#include <variant>

namespace lp::domain {
namespace {

using namespace std::chrono_literals;

constexpr std::array<std::string_view, 12> kFirstNames = {"Anne",   "Søren",  "Mette", "Jens",   "Kirsten",  "Bjørn",
                                                          "Louise", "Ærling", "Åse",   "Henrik", "Birgitte", "Mads"};
constexpr std::array<std::string_view, 12> kLastNames = {"Jensen",     "Nielsen",    "Hansen",   "Sørensen",
                                                         "Rasmussen",  "Jørgensen",  "Pedersen", "Ærbøl",
                                                         "Kristensen", "Østergaard", "Madsen",   "Åkjær"};

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

}  // namespace

// A small deterministic generator (no <random> distributions, whose output differs between libraries).
std::uint64_t Mix(std::uint64_t x) {
  x += 0x9e3779b97f4a7c15ULL;
  x = (x ^ (x >> 30U)) * 0xbf58476d1ce4e5b9ULL;
  x = (x ^ (x >> 27U)) * 0x94d049bb133111ebULL;
  return x ^ (x >> 31U);
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

}  // namespace lp::domain
