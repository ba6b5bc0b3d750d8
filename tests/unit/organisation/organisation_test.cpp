#include "domain/organisation/organisation.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <array>
#include <initializer_list>
#include <ostream>
#include <string>
#include <utility>
#include <vector>

namespace lp::domain {

// Problem kinds as numbers in failure messages, instead of gtest's byte dump.
void PrintTo(OrganisationProblemKind kind, std::ostream* out) { *out << static_cast<int>(kind); }

namespace {

using namespace std::chrono_literals;
using std::chrono::year_month_day;

// --- A small region, built by hand ---
//
// Region Midtjylland (1)                      Anders Direktør, leader of leaders
// ├─ Hospitalsenheden Vest (10)               Bente Hansen, leader of leaders
// │  ├─ Akutafdelingen (100)                  Carsten Ølgaard; Niels Graham (employee)
// │  │  ├─ Akutmodtagelsen (1000)             Dorte Åberg; Erik Jensen (employee)
// │  │  ├─ Ældremedicinsk afsnit (1002)       no people
// │  │  ├─ Øre-næse-hals (1001)               Lars Larsen (inactive leader); Mette Mortensen (employee)
// │  │  └─ Åbent afsnit (1003)                closed unit
// │  └─ Børneafdelingen (101)                 Gitte Nielsen, clinical leader (starts in the future)
// │     └─ Børnesengeafsnit (1010)            leaderless; Frida Æbelø (employee)
// └─ Psykiatrien (20)                         Hans Holm
//    └─ Afdeling Q (200)                      Ida Storm and Jens Storm: shared leadership
//       └─ Sengeafsnit Q1 (2000)              leaderless; Karen Kjær (employee)
//
// The lists are deliberately not in tree order, so the snapshot's own ordering is tested.

constexpr year_month_day kToday = 2026y / 11 / 23;

// Joins text without `"literal" + std::string`, which trips GCC 12's -Wrestrict false positive at -O3.
std::string Concat(std::initializer_list<std::string_view> parts) {
  std::string text;
  for (std::string_view part : parts) text.append(part);
  return text;
}

Unit MakeUnit(UnitId id, std::string name, std::optional<UnitId> parent, UnitKind kind, bool active = true) {
  Unit unit;
  unit.id = id;
  unit.external_id = Concat({"HR-", std::to_string(id)});
  unit.name = std::move(name);
  unit.parent = parent;
  unit.kind = kind;
  unit.active = active;
  return unit;
}

Person MakePerson(PersonId id, std::string first_name, std::string last_name, UnitId unit, bool active = true) {
  Person person;
  person.id = id;
  person.employee_no = Concat({"E", std::to_string(1000 + id)});
  person.email = Concat({first_name, ".", std::to_string(id), "@rm.dk"});
  person.first_name = std::move(first_name);
  person.last_name = std::move(last_name);
  person.title = "Sygeplejerske";
  person.unit = unit;
  person.active = active;
  return person;
}

Leadership MakeLeadership(UnitId unit, PersonId person, year_month_day since,
                          LeaderKind kind = LeaderKind::Personaleleder) {
  Leadership leadership;
  leadership.unit = unit;
  leadership.person = person;
  leadership.leader_since = since;
  leadership.kind = kind;
  return leadership;
}

std::vector<Unit> RegionUnits() {
  return {
      MakeUnit(20, "Psykiatrien", 1, UnitKind::Area),
      MakeUnit(1, "Region Midtjylland", std::nullopt, UnitKind::Region),
      MakeUnit(1001, "Øre-næse-hals", 100, UnitKind::Section),
      MakeUnit(10, "Hospitalsenheden Vest", 1, UnitKind::Area),
      MakeUnit(1003, "Åbent afsnit", 100, UnitKind::Section, false),
      MakeUnit(100, "Akutafdelingen", 10, UnitKind::Department),
      MakeUnit(1000, "Akutmodtagelsen", 100, UnitKind::Section),
      MakeUnit(1002, "Ældremedicinsk afsnit", 100, UnitKind::Section),
      MakeUnit(101, "Børneafdelingen", 10, UnitKind::Department),
      MakeUnit(1010, "Børnesengeafsnit", 101, UnitKind::Section),
      MakeUnit(200, "Afdeling Q", 20, UnitKind::Department),
      MakeUnit(2000, "Sengeafsnit Q1", 200, UnitKind::Section),
  };
}

// People ids, named so the tests read as the picture above.
constexpr PersonId kAnders = 1, kBente = 2, kCarsten = 3, kDorte = 4, kErik = 5, kFrida = 6, kGitte = 7, kHans = 8,
                   kIda = 9, kJens = 10, kKaren = 11, kLars = 12, kMette = 13, kNiels = 14;

std::vector<Person> RegionPeople() {
  return {
      MakePerson(kErik, "Erik", "Jensen", 1000),       MakePerson(kDorte, "Dorte", "Åberg", 1000),
      MakePerson(kAnders, "Anders", "Direktør", 1),    MakePerson(kBente, "Bente", "Hansen", 10),
      MakePerson(kCarsten, "Carsten", "Ølgaard", 100), MakePerson(kFrida, "Frida", "Æbelø", 1010),
      MakePerson(kGitte, "Gitte", "Nielsen", 101),     MakePerson(kHans, "Hans", "Holm", 20),
      MakePerson(kJens, "Jens", "Storm", 200),         MakePerson(kIda, "Ida", "Storm", 200),
      MakePerson(kKaren, "Karen", "Kjær", 2000),       MakePerson(kLars, "Lars", "Larsen", 1001, false),
      MakePerson(kMette, "Mette", "Mortensen", 1001),  MakePerson(kNiels, "Niels", "Graham", 100),
  };
}

std::vector<Leadership> RegionLeaderships() {
  return {
      MakeLeadership(1, kAnders, 2015y / 1 / 1, LeaderKind::LederAfLedere),
      MakeLeadership(10, kBente, 2020y / 5 / 1, LeaderKind::LederAfLedere),
      MakeLeadership(100, kCarsten, 2024y / 11 / 23),                         // exactly two years before kToday
      MakeLeadership(1000, kDorte, 2024y / 11 / 24),                          // one day less than two years
      MakeLeadership(1001, kLars, 2026y / 1 / 1),                             // new, but Lars has left
      MakeLeadership(101, kGitte, 2026y / 12 / 1, LeaderKind::KliniskLeder),  // starts next month
      MakeLeadership(20, kHans, 2010y / 9 / 1, LeaderKind::LederAfLedere),
      MakeLeadership(200, kJens, 2019y / 8 / 1),
      MakeLeadership(200, kIda, 2025y / 3 / 1),
  };
}

// The organisation, or an empty one and a test failure listing the problems.
Organisation BuildOrFail(std::vector<Unit> units, std::vector<Person> people, std::vector<Leadership> leaderships) {
  OrganisationOrProblems result = Organisation::Build(std::move(units), std::move(people), std::move(leaderships));
  if (auto* problems = std::get_if<std::vector<OrganisationProblem>>(&result)) {
    for (const OrganisationProblem& problem : *problems) ADD_FAILURE() << DescribeProblem(problem);
    return {};
  }
  return std::get<Organisation>(std::move(result));
}

Organisation Region() { return BuildOrFail(RegionUnits(), RegionPeople(), RegionLeaderships()); }

std::vector<UnitId> Ids(std::span<const Unit> units) {
  std::vector<UnitId> ids;
  ids.reserve(units.size());
  for (const Unit& unit : units) ids.push_back(unit.id);
  return ids;
}

std::vector<UnitId> Ids(const std::vector<const Unit*>& units) {
  std::vector<UnitId> ids;
  ids.reserve(units.size());
  for (const Unit* unit : units) ids.push_back(unit->id);
  return ids;
}

std::vector<PersonId> Ids(std::span<const Person> people) {
  std::vector<PersonId> ids;
  ids.reserve(people.size());
  for (const Person& person : people) ids.push_back(person.id);
  return ids;
}

std::vector<PersonId> Ids(const std::vector<const Person*>& people) {
  std::vector<PersonId> ids;
  ids.reserve(people.size());
  for (const Person* person : people) ids.push_back(person->id);
  return ids;
}

std::vector<PersonId> LeaderIds(std::span<const Leadership> leaderships) {
  std::vector<PersonId> ids;
  ids.reserve(leaderships.size());
  for (const Leadership& leadership : leaderships) ids.push_back(leadership.person);
  return ids;
}

// A chain as (unit, leaders) pairs, for one readable comparison.
using ChainSteps = std::vector<std::pair<UnitId, std::vector<PersonId>>>;

ChainSteps Steps(const std::vector<LeaderGroup>& chain) {
  ChainSteps steps;
  steps.reserve(chain.size());
  for (const LeaderGroup& group : chain) steps.emplace_back(group.unit->id, LeaderIds(group.leaders));
  return steps;
}

std::vector<OrganisationProblemKind> Kinds(const std::vector<OrganisationProblem>& problems) {
  std::vector<OrganisationProblemKind> kinds;
  kinds.reserve(problems.size());
  for (const OrganisationProblem& problem : problems) kinds.push_back(problem.kind);
  return kinds;
}

// --- Codes, labels and text ---

TEST(OrganisationUnitKind, EveryCodeAndLabelParsesBackToItsKind) {
  for (UnitKind kind : kAllUnitKinds) {
    EXPECT_EQ(ParseUnitKind(UnitKindCode(kind)), kind) << UnitKindCode(kind);
    EXPECT_EQ(ParseUnitKind(UnitKindLabel(kind)), kind) << UnitKindLabel(kind);
  }
}

TEST(OrganisationUnitKind, CodesAreTheAsciiCodesOfTheCsvFiles) {
  std::vector<std::string_view> codes;
  for (UnitKind kind : kAllUnitKinds) codes.push_back(UnitKindCode(kind));
  EXPECT_EQ(codes, (std::vector<std::string_view>{"region", "omraade", "hospital", "center", "afdeling", "afsnit",
                                                  "sekretariat", "andet"}));
  EXPECT_EQ(UnitKindLabel(UnitKind::Area), "Område");
}

TEST(OrganisationUnitKind, ParserAcceptsDanishLettersAnyCaseAndSurroundingSpace) {
  EXPECT_EQ(ParseUnitKind("område"), UnitKind::Area);
  EXPECT_EQ(ParseUnitKind("OMRÅDE"), UnitKind::Area);
  EXPECT_EQ(ParseUnitKind("Omraade"), UnitKind::Area);
  EXPECT_EQ(ParseUnitKind(" Afdeling\t"), UnitKind::Department);
  EXPECT_EQ(ParseUnitKind("SEKRETARIAT"), UnitKind::Secretariat);
  EXPECT_EQ(ParseUnitKind(""), std::nullopt);
  EXPECT_EQ(ParseUnitKind("ward"), std::nullopt);
  EXPECT_EQ(ParseUnitKind("områder"), std::nullopt);
}

TEST(OrganisationLeaderKind, CodesLabelsAndCommonSpellingsParse) {
  for (LeaderKind kind : kAllLeaderKinds) {
    EXPECT_EQ(ParseLeaderKind(LeaderKindCode(kind)), kind);
    EXPECT_EQ(ParseLeaderKind(LeaderKindLabel(kind)), kind);
  }
  EXPECT_EQ(LeaderKindCode(LeaderKind::LederAfLedere), "leder_af_ledere");
  EXPECT_EQ(LeaderKindLabel(LeaderKind::LederAfLedere), "Leder af ledere");
  EXPECT_EQ(ParseLeaderKind("LEDER-AF-LEDERE"), LeaderKind::LederAfLedere);
  EXPECT_EQ(ParseLeaderKind(" Klinisk  leder "), LeaderKind::KliniskLeder);
  EXPECT_EQ(ParseLeaderKind("Funktionsleder"), LeaderKind::Personaleleder);
  EXPECT_EQ(ParseLeaderKind("leder"), std::nullopt);
  EXPECT_EQ(ParseLeaderKind(""), std::nullopt);
}

TEST(OrganisationText, LowerCaseDanishLowersAsciiAndLatin1Letters) {
  EXPECT_EQ(LowerCaseDanish("ÆØÅ Æbelø ÉMILE Ünal"), "æøå æbelø émile ünal");
  EXPECT_EQ(LowerCaseDanish("æøå"), "æøå");
  EXPECT_EQ(LowerCaseDanish("2 × 3"), "2 × 3");  // × sits among the capitals but is no letter
  EXPECT_EQ(LowerCaseDanish("ß"), "ß");
  EXPECT_EQ(LowerCaseDanish("A\xC3"), "a\xC3");  // a cut-off sequence is kept as it is
}

TEST(OrganisationText, DanishSortKeyOrdersAeOeAaAfterZ) {
  std::vector<std::string> names = {"Åse", "ærø", "Øster", "Zeta", "anna", "Émile", "Ödegaard"};
  std::sort(names.begin(), names.end(),
            [](const std::string& a, const std::string& b) { return DanishSortKey(a) < DanishSortKey(b); });
  EXPECT_EQ(names, (std::vector<std::string>{"anna", "Émile", "Zeta", "ærø", "Ödegaard", "Øster", "Åse"}));
}

TEST(OrganisationPerson, FullNameJoinsTheNamesAndToleratesAMissingOne) {
  Person person = MakePerson(1, "Anne", "Sørensen", 1);
  EXPECT_EQ(person.FullName(), "Anne Sørensen");
  person.first_name.clear();
  EXPECT_EQ(person.FullName(), "Sørensen");
  person.first_name = "Anne";
  person.last_name.clear();
  EXPECT_EQ(person.FullName(), "Anne");
}

// --- Validation ---

TEST(OrganisationValidation, TheHandBuiltRegionHasNoProblems) {
  const auto units = RegionUnits();
  const auto people = RegionPeople();
  const auto leaderships = RegionLeaderships();
  EXPECT_EQ(Organisation::Validate(units, people, leaderships), std::vector<OrganisationProblem>{});
}

TEST(OrganisationValidation, AnEmptyOrganisationIsValidAndAnswersEmpty) {
  const Organisation organisation = BuildOrFail({}, {}, {});
  EXPECT_EQ(organisation.Root(), nullptr);
  EXPECT_TRUE(organisation.Units().empty());
  EXPECT_TRUE(organisation.SearchUnits("a", 10).empty());
  EXPECT_TRUE(organisation.NewLeaders(kToday).empty());
}

TEST(OrganisationValidation, ReportsAnUnknownParentWithTheMissingId) {
  auto units = RegionUnits();
  units.push_back(MakeUnit(3000, "Forældreløs", 99, UnitKind::Section));
  const auto problems = Organisation::Validate(units, {}, {});
  ASSERT_EQ(problems.size(), 1U);
  EXPECT_EQ(problems[0].kind, OrganisationProblemKind::UnknownParent);
  EXPECT_EQ(problems[0].unit, 3000);
  EXPECT_EQ(problems[0].related_unit, 99);
  EXPECT_EQ(problems[0].index, units.size() - 1);
  EXPECT_EQ(DescribeProblem(problems[0]), "Enheden 3000 har den overordnede enhed 99, som ikke findes.");
}

TEST(OrganisationValidation, ReportsAUnitThatIsItsOwnParentAsACycle) {
  const std::vector<Unit> units = {MakeUnit(1, "Region", std::nullopt, UnitKind::Region),
                                   MakeUnit(2, "Selvstændig", 2, UnitKind::Other)};
  const auto problems = Organisation::Validate(units, {}, {});
  ASSERT_EQ(problems.size(), 1U);
  EXPECT_EQ(problems[0].kind, OrganisationProblemKind::Cycle);
  EXPECT_EQ(problems[0].cycle, std::vector<UnitId>{2});
}

TEST(OrganisationValidation, ReportsALongerCycleOnceStartingAtItsFirstUnitInTheInput) {
  // 2 lies under 4, 4 under 3, 3 under 2; 5 hangs below the cycle and is not a separate problem.
  const std::vector<Unit> units = {
      MakeUnit(1, "Region", std::nullopt, UnitKind::Region),
      MakeUnit(5, "Under ringen", 2, UnitKind::Section),
      MakeUnit(3, "C", 2, UnitKind::Centre),
      MakeUnit(2, "A", 4, UnitKind::Centre),
      MakeUnit(4, "B", 3, UnitKind::Centre),
  };
  const auto problems = Organisation::Validate(units, {}, {});
  ASSERT_EQ(problems.size(), 1U);
  EXPECT_EQ(problems[0].kind, OrganisationProblemKind::Cycle);
  EXPECT_EQ(problems[0].unit, 3);
  EXPECT_EQ(problems[0].index, 2U);
  EXPECT_EQ(problems[0].cycle, (std::vector<UnitId>{3, 2, 4}));
  EXPECT_NE(DescribeProblem(problems[0]).find("3 → 2 → 4 → 3"), std::string::npos);
  EXPECT_TRUE(std::holds_alternative<std::vector<OrganisationProblem>>(Organisation::Build(units, {}, {})));
}

TEST(OrganisationValidation, ACycleWithoutAnyRootIsStillFound) {
  const std::vector<Unit> units = {MakeUnit(1, "A", 2, UnitKind::Other), MakeUnit(2, "B", 1, UnitKind::Other)};
  EXPECT_EQ(Kinds(Organisation::Validate(units, {}, {})), std::vector{OrganisationProblemKind::Cycle});
}

TEST(OrganisationValidation, ReportsEveryRootAfterTheFirst) {
  auto units = RegionUnits();
  units.push_back(MakeUnit(7, "Anden region", std::nullopt, UnitKind::Region));
  units.push_back(MakeUnit(8, "Tredje region", std::nullopt, UnitKind::Region));
  const auto problems = Organisation::Validate(units, {}, {});
  ASSERT_EQ(problems.size(), 2U);
  EXPECT_EQ(problems[0].kind, OrganisationProblemKind::SeveralRoots);
  EXPECT_EQ(problems[0].unit, 7);
  EXPECT_EQ(problems[0].related_unit, 1);
  EXPECT_EQ(problems[1].unit, 8);
}

TEST(OrganisationValidation, ReportsDuplicateUnitIdsAndExternalIds) {
  auto units = RegionUnits();
  Unit copy = MakeUnit(100, "Kopi", 10, UnitKind::Department);
  copy.external_id = "HR-unique";
  units.push_back(copy);
  Unit same_external = MakeUnit(4000, "Samme HR-id", 10, UnitKind::Department);
  same_external.external_id = "HR-20";
  units.push_back(same_external);
  const auto problems = Organisation::Validate(units, {}, {});
  ASSERT_EQ(problems.size(), 2U);
  EXPECT_EQ(problems[0].kind, OrganisationProblemKind::DuplicateUnitId);
  EXPECT_EQ(problems[0].unit, 100);
  EXPECT_EQ(problems[0].related_index, 5U);
  EXPECT_EQ(problems[1].kind, OrganisationProblemKind::DuplicateUnitExternalId);
  EXPECT_EQ(problems[1].related_index, 0U);
}

TEST(OrganisationValidation, ReportsAPersonInAnUnknownUnit) {
  auto people = RegionPeople();
  people.push_back(MakePerson(50, "Ukendt", "Enhed", 555));
  const auto problems = Organisation::Validate(RegionUnits(), people, {});
  ASSERT_EQ(problems.size(), 1U);
  EXPECT_EQ(problems[0].kind, OrganisationProblemKind::PersonInUnknownUnit);
  EXPECT_EQ(problems[0].person, 50);
  EXPECT_EQ(problems[0].unit, 555);
  EXPECT_EQ(problems[0].index, people.size() - 1);
}

TEST(OrganisationValidation, ReportsDuplicatePersonIdsEmployeeNumbersAndActiveEmails) {
  auto people = RegionPeople();
  Person same_id = MakePerson(kErik, "Anden", "Erik", 1000);
  same_id.employee_no = "X1";
  same_id.email = "x1@rm.dk";
  Person same_number = MakePerson(60, "Samme", "Nummer", 1000);
  same_number.employee_no = people[0].employee_no;
  Person same_email = MakePerson(61, "Samme", "Mail", 1000);
  same_email.email = "  ERIK.5@RM.DK ";  // case and spaces do not make an address different
  Person former = MakePerson(62, "Tidligere", "Ansat", 1000, false);
  former.email = "erik.5@rm.dk";  // inactive: the address may have been reused
  people.insert(people.end(), {same_id, same_number, same_email, former});
  const auto problems = Organisation::Validate(RegionUnits(), people, {});
  EXPECT_EQ(Kinds(problems),
            (std::vector{OrganisationProblemKind::DuplicatePersonId, OrganisationProblemKind::DuplicateEmployeeNumber,
                         OrganisationProblemKind::DuplicateEmail}));
  ASSERT_EQ(problems.size(), 3U);
  EXPECT_EQ(problems[1].person, 60);
  EXPECT_EQ(problems[1].related_index, 0U);
  EXPECT_EQ(problems[2].person, 61);
  EXPECT_EQ(problems[2].related_index, 0U);
}

TEST(OrganisationValidation, ReportsLeadershipsOfUnknownUnitsAndUnknownPeople) {
  auto leaderships = RegionLeaderships();
  leaderships.push_back(MakeLeadership(999, kErik, 2025y / 1 / 1));
  leaderships.push_back(MakeLeadership(1000, 888, 2025y / 1 / 1));
  const auto problems = Organisation::Validate(RegionUnits(), RegionPeople(), leaderships);
  ASSERT_EQ(problems.size(), 2U);
  EXPECT_EQ(problems[0].kind, OrganisationProblemKind::LeadershipOfUnknownUnit);
  EXPECT_EQ(problems[0].unit, 999);
  EXPECT_EQ(problems[0].person, kErik);
  EXPECT_EQ(problems[1].kind, OrganisationProblemKind::LeadershipOfUnknownPerson);
  EXPECT_EQ(problems[1].person, 888);
  EXPECT_EQ(problems[1].index, leaderships.size() - 1);
}

TEST(OrganisationValidation, ReportsDuplicateLeadershipsAndImpossibleDates) {
  auto leaderships = RegionLeaderships();
  leaderships.push_back(MakeLeadership(200, kIda, 2025y / 4 / 1));
  leaderships.push_back(MakeLeadership(2000, kKaren, 2026y / 2 / 30));
  const auto problems = Organisation::Validate(RegionUnits(), RegionPeople(), leaderships);
  EXPECT_EQ(Kinds(problems),
            (std::vector{OrganisationProblemKind::DuplicateLeadership, OrganisationProblemKind::InvalidLeaderSince}));
  ASSERT_EQ(problems.size(), 2U);
  EXPECT_EQ(problems[0].related_index, 8U);
}

TEST(OrganisationValidation, ProblemsComeInInputOrderUnitsThenPeopleThenLeaderships) {
  auto units = RegionUnits();
  units.push_back(MakeUnit(3000, "Forældreløs", 99, UnitKind::Section));
  Unit duplicate = MakeUnit(1, "Dublet", 1, UnitKind::Region);  // a duplicate id and a cycle
  duplicate.external_id = "HR-dublet";
  units.insert(units.begin(), duplicate);
  auto people = RegionPeople();
  people.push_back(MakePerson(50, "Ukendt", "Enhed", 555));
  auto leaderships = RegionLeaderships();
  leaderships.push_back(MakeLeadership(999, kErik, 2025y / 1 / 1));
  const auto problems = Organisation::Validate(units, people, leaderships);
  EXPECT_EQ(Kinds(problems),
            (std::vector{OrganisationProblemKind::Cycle, OrganisationProblemKind::DuplicateUnitId,
                         OrganisationProblemKind::UnknownParent, OrganisationProblemKind::PersonInUnknownUnit,
                         OrganisationProblemKind::LeadershipOfUnknownUnit}));
  const auto built = Organisation::Build(units, people, leaderships);
  ASSERT_TRUE(std::holds_alternative<std::vector<OrganisationProblem>>(built));
  EXPECT_EQ(std::get<std::vector<OrganisationProblem>>(built), problems);
}

TEST(OrganisationValidation, ProblemsHaveDanishDescriptionsNamingTheirIds) {
  OrganisationProblem problem;
  problem.kind = OrganisationProblemKind::LeadershipOfUnknownPerson;
  problem.unit = 200;
  problem.person = 888;
  EXPECT_EQ(DescribeProblem(problem), "Enheden 200 har lederen 888, som ikke findes.");
  problem.kind = OrganisationProblemKind::SeveralRoots;
  problem.related_unit = 1;
  EXPECT_EQ(DescribeProblem(problem),
            "Enheden 200 har ingen overordnet enhed, og det har enheden 1 heller ikke; der må kun være én øverste "
            "enhed.");
}

// --- The tree ---

TEST(OrganisationTree, UnitsComeInTreeOrderWithSiblingsInDanishAlphabeticalOrder) {
  const Organisation organisation = Region();
  EXPECT_EQ(Ids(organisation.Units()),
            (std::vector<UnitId>{1, 10, 100, 1000, 1002, 1001, 1003, 101, 1010, 20, 200, 2000}));
  EXPECT_EQ(Ids(organisation.Children(100)), (std::vector<UnitId>{1000, 1002, 1001, 1003}));
}

TEST(OrganisationTree, RootParentAndChildren) {
  const Organisation organisation = Region();
  ASSERT_NE(organisation.Root(), nullptr);
  EXPECT_EQ(organisation.Root()->id, 1);
  EXPECT_EQ(organisation.Parent(1), nullptr);
  ASSERT_NE(organisation.Parent(1010), nullptr);
  EXPECT_EQ(organisation.Parent(1010)->id, 101);
  EXPECT_EQ(Ids(organisation.Children(1)), (std::vector<UnitId>{10, 20}));
  EXPECT_TRUE(organisation.Children(2000).empty());
}

TEST(OrganisationTree, AncestorsRunFromTheParentUpToTheRoot) {
  const Organisation organisation = Region();
  EXPECT_EQ(Ids(organisation.Ancestors(1001)), (std::vector<UnitId>{100, 10, 1}));
  EXPECT_TRUE(organisation.Ancestors(1).empty());
}

TEST(OrganisationTree, SubtreeIsTheUnitFollowedByAllItsDescendants) {
  const Organisation organisation = Region();
  EXPECT_EQ(Ids(organisation.Subtree(10)), (std::vector<UnitId>{10, 100, 1000, 1002, 1001, 1003, 101, 1010}));
  EXPECT_EQ(Ids(organisation.Subtree(2000)), std::vector<UnitId>{2000});
  EXPECT_EQ(organisation.Subtree(1).size(), 12U);
}

TEST(OrganisationTree, IsInSubtreeHoldsForTheUnitItselfAndItsDescendantsOnly) {
  const Organisation organisation = Region();
  EXPECT_TRUE(organisation.IsInSubtree(1010, 10));
  EXPECT_TRUE(organisation.IsInSubtree(1010, 1));
  EXPECT_TRUE(organisation.IsInSubtree(100, 100));
  EXPECT_FALSE(organisation.IsInSubtree(10, 1010));
  EXPECT_FALSE(organisation.IsInSubtree(2000, 10));
  EXPECT_FALSE(organisation.IsInSubtree(1003, 101));  // a sibling's subtree
  EXPECT_FALSE(organisation.IsInSubtree(42, 1));
  EXPECT_FALSE(organisation.IsInSubtree(1, 42));
}

TEST(OrganisationTree, DepthCountsFromTheRoot) {
  const Organisation organisation = Region();
  EXPECT_EQ(organisation.Depth(1), 0);
  EXPECT_EQ(organisation.Depth(20), 1);
  EXPECT_EQ(organisation.Depth(1002), 3);
  EXPECT_EQ(organisation.Depth(42), std::nullopt);
}

TEST(OrganisationTree, CountsPeopleDirectlyAndInTheWholeSubtreeWithTheActiveOnesApart) {
  const Organisation organisation = Region();
  const HeadCount hospital = organisation.CountPeople(10);
  EXPECT_EQ(hospital.direct, 1U);
  EXPECT_EQ(hospital.total, 9U);  // Bente, Carsten, Niels, Dorte, Erik, Lars, Mette, Gitte, Frida
  EXPECT_EQ(hospital.active_direct, 1U);
  EXPECT_EQ(hospital.active_total, 8U);  // not Lars
  const HeadCount section = organisation.CountPeople(1001);
  EXPECT_EQ(section.direct, 2U);
  EXPECT_EQ(section.active_direct, 1U);
  EXPECT_EQ(organisation.CountPeople(1).total, 14U);
  EXPECT_EQ(organisation.CountPeople(1002).total, 0U);
  EXPECT_EQ(organisation.CountPeople(42).total, 0U);
}

TEST(OrganisationTree, PeopleInSubtreeHoldsTheUnitsOwnPeopleAndTheirDescendantsByName) {
  const Organisation organisation = Region();
  EXPECT_EQ(Ids(organisation.PeopleInSubtree(100)),
            (std::vector<PersonId>{kNiels, kCarsten, kErik, kDorte, kLars, kMette}));
  EXPECT_EQ(Ids(organisation.PeopleIn(100)), (std::vector<PersonId>{kNiels, kCarsten}));  // Graham before Ølgaard
  EXPECT_EQ(Ids(organisation.PeopleInSubtree(20)), (std::vector<PersonId>{kHans, kIda, kJens, kKaren}));
  EXPECT_TRUE(organisation.PeopleInSubtree(1003).empty());
  EXPECT_TRUE(organisation.PeopleInSubtree(42).empty());
}

TEST(OrganisationTree, FindsUnitsAndPeopleByTheirIdsAndHrKeys) {
  const Organisation organisation = Region();
  ASSERT_NE(organisation.FindUnit(1002), nullptr);
  EXPECT_EQ(organisation.FindUnit(1002)->name, "Ældremedicinsk afsnit");
  ASSERT_NE(organisation.FindUnitByExternalId("HR-200"), nullptr);
  EXPECT_EQ(organisation.FindUnitByExternalId("HR-200")->id, 200);
  ASSERT_NE(organisation.FindPersonByEmployeeNo("E1007"), nullptr);
  EXPECT_EQ(organisation.FindPersonByEmployeeNo("E1007")->id, kGitte);
  EXPECT_EQ(organisation.FindPerson(kFrida)->last_name, "Æbelø");
  EXPECT_EQ(organisation.FindUnit(42), nullptr);
  EXPECT_EQ(organisation.FindPerson(42), nullptr);
  EXPECT_EQ(organisation.FindPersonByEmployeeNo("nope"), nullptr);
}

TEST(OrganisationTree, PointersStayValidWhenTheOrganisationIsMoved) {
  Organisation organisation = Region();
  const Unit* unit = organisation.FindUnit(200);
  const Organisation moved = std::move(organisation);
  EXPECT_EQ(moved.FindUnit(200), unit);
}

// --- Leadership ---

TEST(OrganisationLeadership, LeadersOfListsSharedLeadersAndPutsActiveLeadersFirst) {
  const Organisation organisation = Region();
  EXPECT_EQ(LeaderIds(organisation.LeadersOf(200)), (std::vector<PersonId>{kJens, kIda}));  // by leader-since
  EXPECT_EQ(LeaderIds(organisation.LeadersOf(1001)), std::vector<PersonId>{kLars});
  EXPECT_TRUE(organisation.ActiveLeadersOf(1001).empty());
  EXPECT_TRUE(organisation.LeadersOf(1010).empty());
  EXPECT_EQ(organisation.LeadershipCount(), 9U);
}

TEST(OrganisationLeadership, UnitsLedByListsEveryLeadershipOfThePerson) {
  auto leaderships = RegionLeaderships();
  leaderships.push_back(MakeLeadership(1002, kCarsten, 2021y / 1 / 1));
  const Organisation organisation = BuildOrFail(RegionUnits(), RegionPeople(), leaderships);
  std::vector<UnitId> units;
  for (const Leadership& leadership : organisation.UnitsLedBy(kCarsten)) units.push_back(leadership.unit);
  EXPECT_EQ(units, (std::vector<UnitId>{100, 1002}));
  EXPECT_TRUE(organisation.IsLeader(kCarsten));
  EXPECT_FALSE(organisation.IsLeader(kErik));
}

TEST(OrganisationLeadership, AnEmployeesNearestLeadersAreTheLeadersOfTheirUnit) {
  const Organisation organisation = Region();
  const auto nearest = organisation.NearestLeaders(kErik);
  ASSERT_TRUE(nearest.has_value());
  EXPECT_EQ(nearest->unit->id, 1000);
  EXPECT_EQ(LeaderIds(nearest->leaders), std::vector<PersonId>{kDorte});
}

TEST(OrganisationLeadership, ALeadersNearestLeadersAreTheLeadersOfTheParentUnit) {
  const Organisation organisation = Region();
  const auto nearest = organisation.NearestLeaders(kDorte);
  ASSERT_TRUE(nearest.has_value());
  EXPECT_EQ(nearest->unit->id, 100);
  EXPECT_EQ(LeaderIds(nearest->leaders), std::vector<PersonId>{kCarsten});
}

TEST(OrganisationLeadership, ALeaderlessUnitDefersToTheNearestAncestorWithALeader) {
  const Organisation organisation = Region();
  const auto frida = organisation.NearestLeaders(kFrida);
  ASSERT_TRUE(frida.has_value());
  EXPECT_EQ(frida->unit->id, 101);
  EXPECT_EQ(LeaderIds(frida->leaders), std::vector<PersonId>{kGitte});
  const auto karen = organisation.NearestLeaders(kKaren);
  ASSERT_TRUE(karen.has_value());
  EXPECT_EQ(karen->unit->id, 200);
  EXPECT_EQ(LeaderIds(karen->leaders), (std::vector<PersonId>{kJens, kIda}));  // shared leadership
}

TEST(OrganisationLeadership, AnInactiveLeaderIsNobodysNearestLeader) {
  const Organisation organisation = Region();
  const auto nearest = organisation.NearestLeaders(kMette);
  ASSERT_TRUE(nearest.has_value());
  EXPECT_EQ(nearest->unit->id, 100);
  EXPECT_EQ(LeaderIds(nearest->leaders), std::vector<PersonId>{kCarsten});
}

TEST(OrganisationLeadership, SharedLeadersAreNotEachOthersLeaders) {
  const Organisation organisation = Region();
  const auto nearest = organisation.NearestLeaders(kIda);
  ASSERT_TRUE(nearest.has_value());
  EXPECT_EQ(nearest->unit->id, 20);
  EXPECT_EQ(LeaderIds(nearest->leaders), std::vector<PersonId>{kHans});
  EXPECT_FALSE(organisation.IsLeaderOver(kIda, kJens));
  EXPECT_FALSE(organisation.IsLeaderOver(kJens, kIda));
}

TEST(OrganisationLeadership, TheTopLeaderHasNoNearestLeaderAndAnEmptyChain) {
  const Organisation organisation = Region();
  EXPECT_FALSE(organisation.NearestLeaders(kAnders).has_value());
  EXPECT_TRUE(organisation.LeadershipChain(kAnders).empty());
  EXPECT_FALSE(organisation.NearestLeaders(42).has_value());
  EXPECT_TRUE(organisation.LeadershipChain(42).empty());
}

TEST(OrganisationLeadership, TheChainRunsFromTheNearestLeadersUpToTheTop) {
  const Organisation organisation = Region();
  EXPECT_EQ(Steps(organisation.LeadershipChain(kErik)),
            (ChainSteps{{1000, {kDorte}}, {100, {kCarsten}}, {10, {kBente}}, {1, {kAnders}}}));
  EXPECT_EQ(Steps(organisation.LeadershipChain(kDorte)),
            (ChainSteps{{100, {kCarsten}}, {10, {kBente}}, {1, {kAnders}}}));
  EXPECT_EQ(Steps(organisation.LeadershipChain(kBente)), (ChainSteps{{1, {kAnders}}}));
}

TEST(OrganisationLeadership, TheChainSkipsLeaderlessUnitsAndKeepsSharedLeadersTogether) {
  const Organisation organisation = Region();
  EXPECT_EQ(Steps(organisation.LeadershipChain(kKaren)),
            (ChainSteps{{200, {kJens, kIda}}, {20, {kHans}}, {1, {kAnders}}}));
  EXPECT_EQ(Steps(organisation.LeadershipChain(kMette)),
            (ChainSteps{{100, {kCarsten}}, {10, {kBente}}, {1, {kAnders}}}));
}

TEST(OrganisationLeadership, TheChainEndsWhenNoUnitAboveHasALeader) {
  // Only the department has a leader: the section's employee gets one step, the leader none.
  const std::vector<Unit> units = {
      MakeUnit(1, "Region", std::nullopt, UnitKind::Region), MakeUnit(2, "Område", 1, UnitKind::Area),
      MakeUnit(3, "Afdeling", 2, UnitKind::Department), MakeUnit(4, "Afsnit", 3, UnitKind::Section)};
  const std::vector<Person> people = {MakePerson(1, "Leder", "Afdeling", 3), MakePerson(2, "Med", "Arbejder", 4)};
  const Organisation organisation = BuildOrFail(units, people, {MakeLeadership(3, 1, 2020y / 1 / 1)});
  EXPECT_EQ(Steps(organisation.LeadershipChain(2)), (ChainSteps{{3, {1}}}));
  EXPECT_TRUE(organisation.LeadershipChain(1).empty());
}

TEST(OrganisationLeadership, APersonIsNeverTheirOwnLeaderEvenWhenTheyLeadAnAncestorOfTheirUnit) {
  // Odd but possible HR data: placed in a leaderless section, leading the department above it.
  const std::vector<Unit> units = {MakeUnit(1, "Region", std::nullopt, UnitKind::Region),
                                   MakeUnit(2, "Afdeling", 1, UnitKind::Department),
                                   MakeUnit(3, "Afsnit", 2, UnitKind::Section)};
  const std::vector<Person> people = {MakePerson(1, "Top", "Leder", 1), MakePerson(2, "Afdelings", "Leder", 3)};
  const Organisation organisation =
      BuildOrFail(units, people, {MakeLeadership(1, 1, 2010y / 1 / 1), MakeLeadership(2, 2, 2020y / 1 / 1)});
  EXPECT_EQ(Steps(organisation.LeadershipChain(2)), (ChainSteps{{1, {1}}}));
}

TEST(OrganisationLeadership, ALeaderIsOverThePeopleInTheSubtreesOfTheUnitsTheyLead) {
  const Organisation organisation = Region();
  EXPECT_TRUE(organisation.IsLeaderOver(kCarsten, kErik));
  EXPECT_TRUE(organisation.IsLeaderOver(kCarsten, kDorte));
  EXPECT_TRUE(organisation.IsLeaderOver(kCarsten, kNiels));
  EXPECT_TRUE(organisation.IsLeaderOver(kIda, kKaren));
  EXPECT_TRUE(organisation.IsLeaderOver(kAnders, kKaren));
  EXPECT_FALSE(organisation.IsLeaderOver(kDorte, kCarsten));  // not upwards
  EXPECT_FALSE(organisation.IsLeaderOver(kCarsten, kFrida));  // not sideways
  EXPECT_FALSE(organisation.IsLeaderOver(kErik, kDorte));     // employees lead nobody
  EXPECT_FALSE(organisation.IsLeaderOver(kCarsten, kCarsten));
  EXPECT_FALSE(organisation.IsLeaderOver(kLars, kMette));  // Lars has left
  EXPECT_FALSE(organisation.IsLeaderOver(kCarsten, 42));
}

TEST(OrganisationLeadership, ALeaderIsNewUntilTheSecondAnniversaryOfLeaderSince) {
  const Organisation organisation = Region();
  // Carsten has led since 23.11.2024.
  EXPECT_TRUE(organisation.IsNewLeader(kCarsten, 2026y / 11 / 22));
  EXPECT_FALSE(organisation.IsNewLeader(kCarsten, 2026y / 11 / 23));
  // Dorte has led since 24.11.2024.
  EXPECT_TRUE(organisation.IsNewLeader(kDorte, kToday));
  EXPECT_FALSE(organisation.IsNewLeader(kDorte, 2026y / 11 / 24));
  EXPECT_TRUE(organisation.IsNewLeader(kGitte, kToday));  // starts next month
  EXPECT_FALSE(organisation.IsNewLeader(kJens, kToday));
  EXPECT_FALSE(organisation.IsNewLeader(kErik, kToday));  // not a leader
}

TEST(OrganisationLeadership, ALeaderSinceTwentyNinthFebruaryIsNewThroughTwentyEighthFebruary) {
  const std::vector<Unit> units = {MakeUnit(1, "Region", std::nullopt, UnitKind::Region)};
  const Organisation organisation =
      BuildOrFail(units, {MakePerson(1, "Skud", "År", 1)}, {MakeLeadership(1, 1, 2024y / 2 / 29)});
  EXPECT_TRUE(organisation.IsNewLeader(1, 2026y / 2 / 28));
  EXPECT_FALSE(organisation.IsNewLeader(1, 2026y / 3 / 1));
}

TEST(OrganisationLeadership, OneNewLeadershipMakesANewLeader) {
  auto leaderships = RegionLeaderships();
  leaderships.push_back(MakeLeadership(1002, kCarsten, 2026y / 6 / 1));
  const Organisation organisation = BuildOrFail(RegionUnits(), RegionPeople(), leaderships);
  EXPECT_TRUE(organisation.IsNewLeader(kCarsten, 2027y / 1 / 1));
}

TEST(OrganisationLeadership, NewLeadersListsTheActiveNewLeadersInTreeOrder) {
  const Organisation organisation = Region();
  EXPECT_TRUE(organisation.IsNewLeader(kLars, kToday));  // new, but inactive: not listed
  EXPECT_EQ(Ids(organisation.NewLeaders(kToday)), (std::vector<PersonId>{kDorte, kGitte, kIda}));
  EXPECT_EQ(Ids(organisation.NewLeaders(2026y / 11 / 22)), (std::vector<PersonId>{kCarsten, kDorte, kGitte, kIda}));
}

// --- Search ---

TEST(OrganisationSearch, FindsUnitsCaseInsensitivelyWithDanishLetters) {
  const Organisation organisation = Region();
  EXPECT_EQ(Ids(organisation.SearchUnits("øRE", 10)), std::vector<UnitId>{1001});
  EXPECT_EQ(Ids(organisation.SearchUnits("ÆLDRE", 10)), std::vector<UnitId>{1002});
  EXPECT_EQ(Ids(organisation.SearchUnits("børne", 10)), (std::vector<UnitId>{101, 1010}));
}

TEST(OrganisationSearch, NamesStartingWithTheQueryComeFirstThenWordStartsThenTheRest) {
  const Organisation organisation = Region();
  // "Hans Holm" starts with it, "Hansen" is a word starting with it, "Graham" only contains it.
  EXPECT_EQ(Ids(organisation.SearchPeople("ha", 10)), (std::vector<PersonId>{kHans, kBente, kNiels}));
  // No unit name starts with "afsnit"; "Ældremedicinsk afsnit" has it as a word; the others inside a word.
  EXPECT_EQ(Ids(organisation.SearchUnits("afsnit", 10)), (std::vector<UnitId>{1002, 1010, 2000}));
}

TEST(OrganisationSearch, EveryWordOfTheQueryMustMatch) {
  const Organisation organisation = Region();
  EXPECT_EQ(Ids(organisation.SearchPeople("storm", 10)), (std::vector<PersonId>{kIda, kJens}));
  EXPECT_EQ(Ids(organisation.SearchPeople("  ida   STORM ", 10)), std::vector<PersonId>{kIda});
  EXPECT_EQ(Ids(organisation.SearchPeople("storm ida", 10)), std::vector<PersonId>{kIda});
  EXPECT_TRUE(organisation.SearchPeople("ida hansen", 10).empty());
}

TEST(OrganisationSearch, FindsPeopleByNamesWithDanishCapitals) {
  const Organisation organisation = Region();
  EXPECT_EQ(Ids(organisation.SearchPeople("ÆBELØ", 10)), std::vector<PersonId>{kFrida});
  EXPECT_EQ(Ids(organisation.SearchPeople("åberg", 10)), std::vector<PersonId>{kDorte});
}

TEST(OrganisationSearch, SkipsInactiveUnitsAndPeople) {
  const Organisation organisation = Region();
  EXPECT_TRUE(organisation.SearchPeople("lars", 10).empty());
  EXPECT_TRUE(organisation.SearchUnits("åbent", 10).empty());
}

TEST(OrganisationSearch, ReturnsAtMostTheLimitAndNothingForAnEmptyQuery) {
  const Organisation organisation = Region();
  EXPECT_EQ(organisation.SearchPeople("e", 3).size(), 3U);
  EXPECT_GT(organisation.SearchPeople("e", 100).size(), 3U);
  EXPECT_TRUE(organisation.SearchPeople("e", 0).empty());
  EXPECT_TRUE(organisation.SearchPeople("", 10).empty());
  EXPECT_TRUE(organisation.SearchUnits("   ", 10).empty());
}

TEST(OrganisationSearch, FindsExactlyTheActivePeopleWhoseNamesHoldEveryWord) {
  // 600 people with repeating names in 30 units, against a plain scan of every name.
  constexpr std::array<std::string_view, 7> kFirst = {"Anne", "Søren", "Åse", "Bjørn", "Ærling", "Mette", "Jens"};
  constexpr std::array<std::string_view, 5> kLast = {"Østergaard", "Jensen", "Åkjær", "Sørensen", "Hansen"};
  std::vector<Unit> units = {MakeUnit(1, "Region", std::nullopt, UnitKind::Region)};
  for (UnitId id = 2; id <= 30; ++id)
    units.push_back(MakeUnit(id, Concat({"Enhed ", std::to_string(id)}), 1, UnitKind::Other));
  std::vector<Person> people;
  for (PersonId id = 1; id <= 600; ++id) {
    const auto i = static_cast<std::size_t>(id);
    people.push_back(MakePerson(id, std::string(kFirst[i % kFirst.size()]), std::string(kLast[i / 7 % kLast.size()]),
                                id % 30 + 1, id % 11 != 0));
  }
  const Organisation organisation = BuildOrFail(units, people, {});
  for (std::string_view query : {"øster", "ÅSE åkjær", "sen", "ørn sen", "n", "anne jensen", "zzz", "jens jens"}) {
    std::vector<PersonId> expected;
    for (const Person& person : organisation.People()) {
      const std::string name = LowerCaseDanish(person.FullName());
      bool all = person.active;
      for (const std::string_view word :
           {query.substr(0, query.find(' ')),
            query.find(' ') == std::string_view::npos ? query.substr(0, 0) : query.substr(query.find(' ') + 1)}) {
        all = all && name.find(LowerCaseDanish(word)) != std::string::npos;
      }
      if (all) expected.push_back(person.id);
    }
    std::vector<PersonId> found = Ids(organisation.SearchPeople(query, 1000));
    std::sort(found.begin(), found.end());
    std::sort(expected.begin(), expected.end());
    EXPECT_EQ(found, expected) << query;
    EXPECT_EQ(organisation.SearchPeople(query, 7).size(), std::min<std::size_t>(7, expected.size())) << query;
  }
}

}  // namespace
}  // namespace lp::domain
