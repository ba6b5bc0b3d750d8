#include "cli/demo_region.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <set>
#include <string>
#include <unordered_map>
#include <variant>

#include "app/organisation/hr_import.hpp"
#include "cli/demo_data.hpp"
#include "domain/organisation/organisation.hpp"

namespace lp::cli {
namespace {

using domain::Organisation;
using testing::EndsWith;

// The rows as the domain snapshot, with ids given in row order (as the database would give them).
Organisation Build(const app::OrganisationRows& rows) {
  std::unordered_map<std::string, domain::UnitId> unit_ids;
  std::unordered_map<std::string, domain::PersonId> person_ids;
  std::vector<domain::Unit> units;
  for (const app::UnitRow& row : rows.units) {
    const auto id = static_cast<domain::UnitId>(units.size() + 1);
    unit_ids.emplace(row.external_id, id);
    std::optional<domain::UnitId> parent;
    if (!row.parent_external_id.empty()) parent = unit_ids.at(row.parent_external_id);
    units.push_back({id, row.external_id, row.name, parent, row.kind, true});
  }
  std::vector<domain::Person> people;
  for (const app::PersonRow& row : rows.people) {
    const auto id = static_cast<domain::PersonId>(people.size() + 1);
    person_ids.emplace(row.employee_no, id);
    people.push_back(
        {id, row.employee_no, row.first_name, row.last_name, row.email, row.title, unit_ids.at(row.unit_external_id)});
  }
  std::vector<domain::Leadership> leaderships;
  for (const app::LeadershipRow& row : rows.leaderships) {
    leaderships.push_back(
        {unit_ids.at(row.unit_external_id), person_ids.at(row.employee_no), row.leader_since, row.kind});
  }
  auto built = Organisation::Build(std::move(units), std::move(people), std::move(leaderships));
  if (auto* problems = std::get_if<std::vector<domain::OrganisationProblem>>(&built)) {
    ADD_FAILURE() << problems->size() << " problems, the first: " << domain::DescribeProblem(problems->front());
    return {};
  }
  return std::get<Organisation>(std::move(built));
}

// Generating and building the default region takes seconds under the sanitizers, so each size is
// generated once for all tests (GivesTheSameRowsEveryTime generates afresh).
const app::OrganisationRows& Rows(DemoSize size) {
  static std::map<DemoSize, app::OrganisationRows> generated;
  auto found = generated.find(size);
  if (found == generated.end()) found = generated.emplace(size, GenerateDemoRegion(size)).first;
  return found->second;
}

const Organisation& Built(DemoSize size) {
  static std::map<DemoSize, Organisation> built;
  auto found = built.find(size);
  if (found == built.end()) found = built.emplace(size, Build(Rows(size))).first;
  return found->second;
}

const domain::Person* PersonWithEmail(const Organisation& organisation, std::string_view email) {
  for (const domain::Person& person : organisation.People()) {
    if (person.email == email) return &person;
  }
  return nullptr;
}

const DemoAccount& Account(domain::Role role) {
  for (const DemoAccount& account : DemoAccounts()) {
    if (account.role == role) return account;
  }
  throw std::logic_error("no such demo account");
}

class DemoRegion : public ::testing::TestWithParam<DemoSize> {};

TEST(DemoRegionTest, GivesTheSameRowsEveryTime) {
  for (const DemoSize size : {DemoSize::Small, DemoSize::Default}) {
    const auto& first = Rows(size);
    const auto second = GenerateDemoRegion(size);
    EXPECT_EQ(first.units, second.units);
    EXPECT_EQ(first.people, second.people);
    EXPECT_EQ(first.leaderships, second.leaderships);
  }
}

TEST(DemoRegionTest, SizesHaveTheirNumbersOfUnitsAndPeople) {
  const auto& small = Rows(DemoSize::Small);
  EXPECT_GE(small.units.size(), 24U);
  EXPECT_LE(small.units.size(), 96U);
  EXPECT_GE(small.people.size(), 200U);
  EXPECT_LE(small.people.size(), 900U);

  const auto& normal = Rows(DemoSize::Default);
  EXPECT_GE(normal.units.size(), 1'300U);
  EXPECT_LE(normal.units.size(), 1'700U);
  EXPECT_EQ(normal.people.size(), 30'000U);

  const auto large = GenerateDemoRegion(DemoSize::Large);
  EXPECT_GT(large.units.size(), normal.units.size());
  EXPECT_EQ(large.people.size(), 150'000U);
}

TEST_P(DemoRegion, BuildsAValidOrganisationShapedLikeTheRegion) {
  const Organisation& organisation = Built(GetParam());
  ASSERT_NE(organisation.Root(), nullptr);
  EXPECT_EQ(organisation.Root()->name, "Region Midtjylland");
  EXPECT_EQ(organisation.Root()->kind, domain::UnitKind::Region);
  std::set<std::string> top;
  for (const domain::Unit* child : organisation.Children(organisation.Root()->id)) top.insert(child->name);
  EXPECT_EQ(top, (std::set<std::string>{"Administrationen", "Hospitalerne", "Psykiatrien", "Regional Udvikling",
                                        "Socialområdet"}));
  std::set<std::string> names;
  for (const domain::Unit& unit : organisation.Units()) names.insert(unit.name);
  for (const char* name : {"Aarhus Universitetshospital", "Regionshospitalet Gødstrup", "Koncern HR",
                           "Koncern Kommunikation", "Koncernøkonomi", "Regionssekretariatet", "Koncern IT"}) {
    EXPECT_TRUE(names.contains(name)) << name;
  }
  // The direktion leads the region together.
  EXPECT_EQ(organisation.ActiveLeadersOf(organisation.Root()->id).size(), 3U);
}

TEST_P(DemoRegion, HasSharedLeadershipNewAndClinicalLeadersAndLeaderlessSections) {
  const Organisation& organisation = Built(GetParam());
  std::size_t shared = 0;
  std::size_t leaderless_sections = 0;
  std::size_t sections = 0;
  std::size_t clinical = 0;
  std::set<domain::PersonId> leaders;
  for (const domain::Unit& unit : organisation.Units()) {
    const auto led_by = organisation.ActiveLeadersOf(unit.id);
    if (led_by.size() >= 2) ++shared;
    if (unit.kind == domain::UnitKind::Section) {
      ++sections;
      if (led_by.empty()) ++leaderless_sections;
    }
    for (const domain::Leadership& leadership : led_by) {
      leaders.insert(leadership.person);
      if (leadership.kind == domain::LeaderKind::KliniskLeder) ++clinical;
    }
  }
  EXPECT_GT(shared, 0U);
  EXPECT_GT(clinical, 0U);
  EXPECT_GT(leaderless_sections, 0U);
  EXPECT_LT(leaderless_sections * 3, sections);  // most sections have their own leader
  const auto new_leaders = organisation.NewLeaders(kDemoReferenceDate);
  EXPECT_GT(new_leaders.size(), 0U);
  EXPECT_LT(new_leaders.size() * 2, leaders.size());  // most leaders are not new
}

TEST_P(DemoRegion, PersonnelLeadersLeadOnlyUnitsWithoutSubUnits) {
  const Organisation& organisation = Built(GetParam());
  for (const domain::Unit& unit : organisation.Units()) {
    for (const domain::Leadership& leadership : organisation.ActiveLeadersOf(unit.id)) {
      if (leadership.kind == domain::LeaderKind::Personaleleder) {
        EXPECT_TRUE(organisation.Children(unit.id).empty()) << unit.name;
      }
    }
  }
}

TEST_P(DemoRegion, EveryDemoLoginIsAPersonInTheRightPlace) {
  const Organisation& organisation = Built(GetParam());
  for (const DemoAccount& account : DemoAccounts()) {
    const domain::Person* person = PersonWithEmail(organisation, account.email);
    ASSERT_NE(person, nullptr) << account.email;
    EXPECT_EQ(person->FullName(), account.name);
  }
  const auto* director = PersonWithEmail(organisation, Account(domain::Role::Koncernledelse).email);
  const auto led_by_director = organisation.UnitsLedBy(director->id);
  ASSERT_FALSE(led_by_director.empty());
  EXPECT_EQ(led_by_director.front().unit, organisation.Root()->id);
  EXPECT_EQ(director->title, "Regionsdirektør");

  const auto* leder = PersonWithEmail(organisation, Account(domain::Role::Leder).email);
  const auto led_by_leder = organisation.UnitsLedBy(leder->id);
  ASSERT_EQ(led_by_leder.size(), 1U);
  const domain::UnitId department = led_by_leder.front().unit;
  EXPECT_EQ(organisation.FindUnit(department)->kind, domain::UnitKind::Department);
  const auto sections = organisation.Children(department);
  ASSERT_FALSE(sections.empty());
  EXPECT_FALSE(organisation.ActiveLeadersOf(sections.front()->id).empty());
  EXPECT_TRUE(organisation.IsNewLeader(leder->id, kDemoReferenceDate));

  const auto* employee = PersonWithEmail(organisation, Account(domain::Role::Medarbejder).email);
  EXPECT_FALSE(organisation.IsLeader(employee->id));
  EXPECT_TRUE(organisation.IsLeaderOver(leder->id, employee->id));
  const auto chain = organisation.LeadershipChain(employee->id);
  ASSERT_GE(chain.size(), 3U);
  EXPECT_EQ(chain.front().unit->kind, domain::UnitKind::Section);  // the section's own leader first
  const bool leder_in_chain = std::ranges::any_of(chain, [&](const domain::LeaderGroup& group) {
    return std::ranges::any_of(group.leaders, [&](const domain::Leadership& l) { return l.person == leder->id; });
  });
  EXPECT_TRUE(leder_in_chain);
  EXPECT_EQ(chain.back().unit->id, organisation.Root()->id);

  const auto unit_of = [&](domain::Role role) {
    return organisation.FindUnit(PersonWithEmail(organisation, Account(role).email)->unit);
  };
  EXPECT_EQ(unit_of(domain::Role::Hr)->name, "Koncern HR");
  EXPECT_EQ(PersonWithEmail(organisation, Account(domain::Role::Hr).email)->title, "HR-konsulent");
  EXPECT_EQ(unit_of(domain::Role::Redaktoer)->name, "Koncern Kommunikation");
  const domain::Unit* it = unit_of(domain::Role::Administrator);
  const domain::Unit* it_department = organisation.Parent(it->id);
  ASSERT_NE(it_department, nullptr);
  EXPECT_EQ(it_department->name, "Koncern IT");
}

TEST_P(DemoRegion, IsSyntheticAndFreeOfCprLikeValues) {
  const auto& rows = Rows(GetParam());
  std::set<std::string> emails;
  for (const app::PersonRow& person : rows.people) {
    EXPECT_THAT(person.email, EndsWith("@demo.ledelsesportal.dk"));
    EXPECT_TRUE(emails.insert(person.email).second) << person.email;
    EXPECT_EQ(person.employee_no.size(), 6U);
    for (const std::string* field : {&person.employee_no, &person.email, &person.first_name, &person.last_name}) {
      EXPECT_FALSE(app::LooksLikeCpr(*field)) << *field;
    }
  }
}

TEST_P(DemoRegion, CsvFilesParseBackIntoExactlyTheGeneratedRows) {
  const auto& rows = Rows(GetParam());
  const std::string units = UnitsCsv(rows);
  const std::string people = PeopleCsv(rows);
  EXPECT_EQ(units.substr(0, units.find('\n')), "unit_id;name;parent_id;kind");
  EXPECT_EQ(people.substr(0, people.find('\n')),
            "employee_no;first_name;last_name;email;title;unit_id;leads_unit_ids;leader_since;leader_kind");
  const auto parsed = app::ParseHrExport("units.csv", units, "people.csv", people);
  ASSERT_TRUE(parsed.ok()) << (parsed.errors.empty() ? "" : parsed.errors.front().Format());
  EXPECT_TRUE(parsed.notes.empty());
  EXPECT_EQ(parsed.rows->units, rows.units);
  EXPECT_EQ(parsed.rows->people, rows.people);
  EXPECT_EQ(parsed.rows->leaderships, rows.leaderships);
}

INSTANTIATE_TEST_SUITE_P(Sizes, DemoRegion, ::testing::Values(DemoSize::Small, DemoSize::Default),
                         [](const ::testing::TestParamInfo<DemoSize>& param) {
                           return std::string(DemoSizeName(param.param));
                         });

TEST(DemoRegionCsvTest, QuotesFieldsWithDelimitersAndQuotes) {
  app::OrganisationRows rows;
  rows.units.push_back({"RM", "Region; \"Midt\"", "", domain::UnitKind::Region});
  const std::string csv = UnitsCsv(rows);
  EXPECT_EQ(csv, "unit_id;name;parent_id;kind\nRM;\"Region; \"\"Midt\"\"\";;region\n");
}

TEST(DemoRegionCsvTest, RefusesRowsPeopleCsvCannotHold) {
  app::OrganisationRows rows;
  rows.people.push_back({"1", "A", "B", "", "", "U1"});
  rows.leaderships.push_back({"U1", "1", std::chrono::year{2020} / 1 / 1, domain::LeaderKind::Personaleleder});
  rows.leaderships.push_back({"U2", "1", std::chrono::year{2021} / 1 / 1, domain::LeaderKind::Personaleleder});
  EXPECT_THROW(PeopleCsv(rows), std::invalid_argument);
}

}  // namespace
}  // namespace lp::cli
