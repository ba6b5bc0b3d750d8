#include "app/organisation/hr_import.hpp"
#include "app/organisation/organisation_repository.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <fstream>
#include <iterator>
#include <map>
#include <sstream>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#ifndef LP_FIXTURE_DIR
#error "tests/CMakeLists.txt defines LP_FIXTURE_DIR for the unit tests"
#endif

namespace lp::app {
namespace {

using namespace std::chrono_literals;
using testing::HasSubstr;
using testing::Not;

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  EXPECT_TRUE(in.good()) << "cannot open " << path;
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

HrParseResult ParseFixture(const std::string& set) {
  const std::string dir = std::string(LP_FIXTURE_DIR) + "/import/" + set;
  return ParseHrExport("units.csv", ReadFile(dir + "/units.csv"), "people.csv", ReadFile(dir + "/people.csv"));
}

std::vector<std::string> Formatted(const std::vector<domain::CsvError>& errors) {
  std::vector<std::string> lines;
  for (const domain::CsvError& error : errors) lines.push_back(error.Format());
  return lines;
}

HrParseResult Parse(std::string_view units, std::string_view people) {
  return ParseHrExport("units.csv", units, "people.csv", people);
}

constexpr std::string_view kUnitsHeader = "unit_id;name;parent_id;kind\n";
constexpr std::string_view kPeopleHeader =
    "employee_no;first_name;last_name;email;title;unit_id;leads_unit_ids;leader_since;leader_kind\n";
constexpr std::string_view kTwoUnits =
    "unit_id;name;parent_id;kind\n"
    "RM;Region Midtjylland;;region\n"
    "HEM;Hospitalsenhed Midt;RM;hospital\n";

// --- An in-memory OrganisationRepository, keeping the contract's rules ---

class FakeOrganisationRepository final : public OrganisationRepository {
 public:
  OrganisationRecords records;
  std::vector<ImportRun> runs;
  std::vector<std::string> calls;  // the write calls, with how many rows each
  domain::UnitId next_unit_id = 1;
  domain::PersonId next_person_id = 1;

  OrganisationRecords LoadAll() override { return records; }

  void UpsertUnits(std::span<const UnitRow> units) override {
    calls.push_back("UpsertUnits " + std::to_string(units.size()));
    for (const UnitRow& row : units) {
      std::optional<domain::UnitId> parent;
      if (!row.parent_external_id.empty()) {
        domain::Unit* found = FindUnit(row.parent_external_id);
        if (found == nullptr) throw std::logic_error("parent not upserted first: " + row.parent_external_id);
        parent = found->id;
      }
      domain::Unit* unit = FindUnit(row.external_id);
      if (unit == nullptr) {
        unit = &records.units.emplace_back();
        unit->id = next_unit_id++;
        unit->external_id = row.external_id;
      }
      unit->name = row.name;
      unit->parent = parent;
      unit->kind = row.kind;
      unit->kind_label = row.kind_label;
      unit->active = true;
    }
  }

  void UpsertPeople(std::span<const PersonRow> people) override {
    calls.push_back("UpsertPeople " + std::to_string(people.size()));
    for (const PersonRow& row : people) {
      domain::Unit* unit = FindUnit(row.unit_external_id);
      if (unit == nullptr) throw std::logic_error("unknown unit " + row.unit_external_id);
      domain::Person* person = FindPerson(row.employee_no);
      if (person == nullptr) {
        person = &records.people.emplace_back();
        person->id = next_person_id++;
        person->employee_no = row.employee_no;
      }
      person->first_name = row.first_name;
      person->last_name = row.last_name;
      person->email = row.email;
      person->title = row.title;
      person->unit = unit->id;
      person->active = true;
    }
  }

  void DeactivateUnits(std::span<const std::string> external_ids, domain::Timestamp) override {
    calls.push_back("DeactivateUnits " + std::to_string(external_ids.size()));
    for (const std::string& id : external_ids) FindUnit(id)->active = false;
  }

  void DeactivatePeople(std::span<const std::string> employee_nos, domain::Timestamp) override {
    calls.push_back("DeactivatePeople " + std::to_string(employee_nos.size()));
    for (const std::string& number : employee_nos) FindPerson(number)->active = false;
  }

  void UpsertLeaderships(std::span<const LeadershipRow> leaderships) override {
    calls.push_back("UpsertLeaderships " + std::to_string(leaderships.size()));
    for (const LeadershipRow& row : leaderships) {
      const domain::UnitId unit = FindUnit(row.unit_external_id)->id;
      const domain::PersonId person = FindPerson(row.employee_no)->id;
      auto found = std::find_if(records.leaderships.begin(), records.leaderships.end(),
                                [&](const domain::Leadership& l) { return l.unit == unit && l.person == person; });
      if (found == records.leaderships.end()) {
        found = records.leaderships.insert(found, domain::Leadership{unit, person, row.leader_since, row.kind});
      }
      found->leader_since = row.leader_since;
      found->kind = row.kind;
    }
  }

  void DeleteLeaderships(std::span<const std::pair<std::string, std::string>> unit_and_employee_no) override {
    calls.push_back("DeleteLeaderships " + std::to_string(unit_and_employee_no.size()));
    for (const auto& [unit_id, employee_no] : unit_and_employee_no) {
      const domain::UnitId unit = FindUnit(unit_id)->id;
      const domain::PersonId person = FindPerson(employee_no)->id;
      std::erase_if(records.leaderships,
                    [&](const domain::Leadership& l) { return l.unit == unit && l.person == person; });
    }
  }

  void RecordImportRun(const ImportRun& run) override { runs.insert(runs.begin(), run); }
  std::vector<ImportRun> ListImportRuns(int limit) override {
    return {runs.begin(), runs.begin() + std::min<std::ptrdiff_t>(limit, std::ssize(runs))};
  }
  std::optional<long long> LatestImportRunId() override {
    if (runs.empty()) return std::nullopt;
    return static_cast<long long>(runs.size());
  }

 private:
  domain::Unit* FindUnit(const std::string& external_id) {
    for (domain::Unit& unit : records.units) {
      if (unit.external_id == external_id) return &unit;
    }
    return nullptr;
  }
  domain::Person* FindPerson(const std::string& employee_no) {
    for (domain::Person& person : records.people) {
      if (person.employee_no == employee_no) return &person;
    }
    return nullptr;
  }
};

OrganisationRows ValidRows() {
  HrParseResult parsed = ParseFixture("valid");
  EXPECT_TRUE(parsed.ok()) << testing::PrintToString(Formatted(parsed.errors));
  return parsed.rows.value_or(OrganisationRows{});
}

ImportRun CliRun() {
  ImportRun run;
  run.at = domain::FromUnixSeconds(1'790'000'000);
  run.source = "cli: units.csv, people.csv";
  return run;
}

// Imports rows into the fake as the CLI would: plan against what is stored, then apply.
ImportReport Import(FakeOrganisationRepository& repository, const OrganisationRows& rows,
                    const ImportOptions& options = {}) {
  const ImportPlan plan = PlanImport(repository.LoadAll(), rows, options);
  return ApplyImportPlan(repository, plan, CliRun());
}

std::vector<std::string> Keys(const std::vector<UnitRow>& rows) {
  std::vector<std::string> keys;
  for (const UnitRow& row : rows) keys.push_back(row.external_id);
  return keys;
}

// --- Parsing the fixtures ---

TEST(HrImportParse, ReadsTheValidSet) {
  const HrParseResult parsed = ParseFixture("valid");
  ASSERT_TRUE(parsed.ok()) << testing::PrintToString(Formatted(parsed.errors));
  const OrganisationRows& rows = *parsed.rows;
  // Tree order: HOSP comes before HEM although the file has HEM first.
  EXPECT_EQ(Keys(rows.units), (std::vector<std::string>{"RM", "HOSP", "ADM", "HEM", "HEM-MED", "HEM-MED-M1"}));
  EXPECT_EQ(rows.units[0], (UnitRow{"RM", "Region Midtjylland", "", domain::UnitKind::Region}));
  EXPECT_EQ(rows.units[4], (UnitRow{"HEM-MED", "Medicinsk Afdeling; Viborg", "HEM", domain::UnitKind::Department}));
  ASSERT_EQ(rows.people.size(), 7u);
  EXPECT_EQ(rows.people[2], (PersonRow{"1003", "Anne", "Kjær", "anne.kjaer@rm.dk", "Ledende overlæge", "HEM-MED"}));
  EXPECT_EQ(rows.people[4].email, "");
  EXPECT_EQ(rows.people[5].last_name, "Nielsen \"Ida\"");
  EXPECT_EQ(rows.people[5].title, "Sygeplejerske; nat");
  EXPECT_EQ(rows.leaderships, (std::vector<LeadershipRow>{
                                  {"RM", "1001", 2019y / 1 / 1, domain::LeaderKind::LederAfLedere},
                                  {"HOSP", "1002", 2025y / 3 / 1, domain::LeaderKind::LederAfLedere},
                                  {"HEM", "1002", 2025y / 3 / 1, domain::LeaderKind::LederAfLedere},
                                  {"HEM-MED", "1003", 2025y / 3 / 1, domain::LeaderKind::KliniskLeder},
                                  {"HEM-MED", "1004", 2020y / 8 / 15, domain::LeaderKind::Personaleleder},
                              }));
  EXPECT_TRUE(parsed.notes.empty()) << testing::PrintToString(parsed.notes);
}

TEST(HrImportParse, ReadsWindows1252WithCrlfAndCommasAsTheSameRows) {
  const HrParseResult parsed = ParseFixture("valid_windows1252");
  ASSERT_TRUE(parsed.ok()) << testing::PrintToString(Formatted(parsed.errors));
  OrganisationRows expected = ValidRows();
  expected.units[4].name = "Medicinsk Afdeling, Viborg";
  expected.people[5].title = "Sygeplejerske, nat";
  EXPECT_EQ(parsed.rows->units, expected.units);
  EXPECT_EQ(parsed.rows->people, expected.people);
  EXPECT_EQ(parsed.rows->leaderships, expected.leaderships);
  EXPECT_THAT(parsed.notes, testing::Contains(HasSubstr("Windows-1252")));
}

// One fixture set per kind of error, each with exactly one error at a known line and column.
struct ErrorCase {
  std::string set;
  std::string where;  // the Format() prefix: "people.csv, linje 8, kolonne email"
  std::string says;   // part of the message
};

void PrintTo(const ErrorCase& error_case, std::ostream* out) { *out << error_case.set; }

class HrImportErrorFixture : public testing::TestWithParam<ErrorCase> {};

TEST_P(HrImportErrorFixture, ReportsExactlyOneErrorWithFileLineAndColumn) {
  const ErrorCase& expected = GetParam();
  const HrParseResult parsed = ParseFixture(expected.set);
  EXPECT_FALSE(parsed.rows.has_value());
  ASSERT_EQ(parsed.errors.size(), 1u) << testing::PrintToString(Formatted(parsed.errors));
  const std::string formatted = parsed.errors[0].Format();
  EXPECT_THAT(formatted, testing::StartsWith(expected.where + ": ")) << formatted;
  EXPECT_THAT(formatted, HasSubstr(expected.says)) << formatted;
}

INSTANTIATE_TEST_SUITE_P(
    HrImport, HrImportErrorFixture,
    testing::Values(
        ErrorCase{"unknown_parent", "units.csv, linje 6, kolonne parent_id",
                  "Den overordnede enhed \"HEM-XYZ\" findes ikke i units.csv."},
        ErrorCase{
            "cycle", "units.csv, linje 3, kolonne parent_id",
            "ring: \"HEM\" (Hospitalsenhed Midt) → \"HOSP\" (Hospitalsenhederne) → \"HEM\" (Hospitalsenhed Midt)"},
        ErrorCase{"several_roots", "units.csv, linje 7, kolonne parent_id", "\"RM\" (Region Midtjylland) på linje 2"},
        ErrorCase{"duplicate_unit_id", "units.csv, linje 8, kolonne unit_id",
                  "Enheds-id'et \"HEM\" står også på linje 3"},
        ErrorCase{"missing_required_field", "people.csv, linje 6, kolonne last_name", "Feltet skal udfyldes."},
        ErrorCase{"duplicate_employee_no", "people.csv, linje 8, kolonne employee_no",
                  "Medarbejdernummeret \"1005\" står også på linje 6"},
        ErrorCase{"duplicate_email", "people.csv, linje 8, kolonne email",
                  "\"mette.sorensen@rm.dk\" står også på linje 2"},
        ErrorCase{"invalid_email", "people.csv, linje 8, kolonne email",
                  "E-mailadressen \"karen.bach(at)rm.dk\" er ikke gyldig."},
        ErrorCase{"person_in_unknown_unit", "people.csv, linje 8, kolonne unit_id",
                  "Enheden \"HR\" findes ikke i units.csv."},
        ErrorCase{"leader_of_unknown_unit", "people.csv, linje 3, kolonne leads_unit_ids",
                  "leder af enheden \"HEM-X\", som ikke findes"},
        ErrorCase{"bad_date", "people.csv, linje 5, kolonne leader_since", "Datoen \"31.02.2020\" findes ikke"},
        ErrorCase{"unknown_leader_kind", "people.csv, linje 5, kolonne leader_kind", "Ledertypen \"chef\" kendes ikke"},
        ErrorCase{"cpr_value", "people.csv, linje 7, kolonne employee_no", "CPR-numre må aldrig indlæses"},
        ErrorCase{"cpr_column", "people.csv, linje 1, kolonne cpr_nr", "CPR-numre må aldrig indlæses"}),
    [](const testing::TestParamInfo<ErrorCase>& param_info) { return param_info.param.set; });

// Issue 14.7: an export whose levels have the HR system's own names is read, never refused.
TEST(HrImportParse, AcceptsTheHrSystemsOwnUnitKindsAndKeepsTheirNames) {
  const HrParseResult parsed = ParseFixture("valid_own_unit_kinds");
  ASSERT_TRUE(parsed.ok()) << testing::PrintToString(Formatted(parsed.errors));
  std::map<std::string, std::pair<domain::UnitKind, std::string>> kinds;
  for (const UnitRow& unit : parsed.rows->units) kinds[unit.external_id] = {unit.kind, unit.kind_label};
  EXPECT_EQ(kinds["RM"], std::make_pair(domain::UnitKind::Region, std::string()));
  EXPECT_EQ(kinds["HOSP"], std::make_pair(domain::UnitKind::Area, std::string()));
  EXPECT_EQ(kinds["HEM-MED"], std::make_pair(domain::UnitKind::Department, std::string("Klinik")));
  EXPECT_EQ(kinds["HEM-MED-M1"], std::make_pair(domain::UnitKind::Section, std::string("sengeafsnit")));
  EXPECT_EQ(kinds["ADM"], std::make_pair(domain::UnitKind::Secretariat, std::string("Stab")));

  const HrParseResult unknown = Parse(std::string(kUnitsHeader) + "RM;Region;;region\nT1;Team Nord;RM; Niveau 7 \n",
                                      std::string(kPeopleHeader) + "1;Anna;Berg;;;T1;;;\n");
  ASSERT_TRUE(unknown.ok()) << testing::PrintToString(Formatted(unknown.errors));
  EXPECT_EQ(unknown.rows->units[1].kind, domain::UnitKind::Other);
  EXPECT_EQ(unknown.rows->units[1].kind_label, "Niveau 7");
  EXPECT_EQ(domain::ShownUnitKind(unknown.rows->units[1].kind, unknown.rows->units[1].kind_label), "Niveau 7");
  EXPECT_EQ(domain::ShownUnitKind(domain::UnitKind::Department, ""), "Afdeling");
}

TEST(HrImportPlan, SeesARenamedKindAndNothingWhenTheSameKindsComeAgain) {
  FakeOrganisationRepository repository;
  const HrParseResult first = ParseFixture("valid_own_unit_kinds");
  ASSERT_TRUE(first.ok());
  Import(repository, *first.rows);
  EXPECT_TRUE(PlanImport(repository.LoadAll(), *first.rows).units_changed.empty());
  OrganisationRows renamed = *first.rows;
  for (UnitRow& unit : renamed.units) {
    if (unit.external_id == "ADM") unit.kind_label = "Stabsfunktion";
  }
  const ImportPlan plan = PlanImport(repository.LoadAll(), renamed);
  ASSERT_EQ(plan.units_changed.size(), 1u);
  EXPECT_EQ(plan.units_changed[0].changes, (std::vector<FieldChange>{{"kind", "type", "Stab", "Stabsfunktion"}}));
}

// Issue 14.6: a value too long for its column, or spread over lines, is refused with file, line and column.
TEST(HrImportParse, RefusesValuesTooLongForTheirColumnAndLineBreaks) {
  const std::string long_name(201, 'x');
  const HrParseResult parsed = Parse(std::string(kUnitsHeader) + "RM;Region;;region\nA;" + long_name + ";RM;afdeling\n",
                                     std::string(kPeopleHeader) + "1;\"Anna\nMaria\";Berg;;;A;;;\n2;Bo;Bæk;" +
                                         std::string(250, 'b') + "@rm.dk;;A;;;\n");
  EXPECT_FALSE(parsed.ok());
  EXPECT_EQ(Formatted(parsed.errors),
            (std::vector<std::string>{
                "units.csv, linje 3, kolonne name: Feltet må højst være 200 tegn; der står 201.",
                "people.csv, linje 2, kolonne first_name: Feltet indeholder et linjeskift, men skal stå på én linje. "
                "Ret det i HR-systemet eller i filen.",
                "people.csv, linje 4, kolonne email: Feltet må højst være 254 tegn; der står 256."}));
  for (const std::string& line : Formatted(parsed.errors)) EXPECT_THAT(line, Not(HasSubstr(long_name)));
}

TEST(HrImportParse, NeverRepeatsACprNumber) {
  for (const std::string set : {"cpr_value", "cpr_column"}) {
    const HrParseResult parsed = ParseFixture(set);
    for (const std::string& line : Formatted(parsed.errors)) {
      EXPECT_THAT(line, Not(HasSubstr("0101901234")));
      EXPECT_THAT(line, Not(HasSubstr("010190-1234")));
    }
  }
  // Not in any other message about the record either, nor when hidden in a longer text or an extra column.
  const HrParseResult parsed = Parse(
      "unit_id;name;parent_id;kind;note\n"
      "RM;Region Midtjylland;;region;\n"
      "HEM;Hospitalsenhed Midt;RM;hospital;cpr 241299-4321\n",
      std::string(kPeopleHeader) + "1001;Mette;Sørensen;x@rm.dk;Direktør 0101901234;RM;;;\n");
  const std::string cpr_message =
      "Feltet ligner et CPR-nummer. CPR-numre må aldrig indlæses i Ledelsesportalen; fjern værdien fra eksporten, og "
      "indlæs filerne igen.";
  EXPECT_EQ(Formatted(parsed.errors), (std::vector<std::string>{"units.csv, linje 3, kolonne note: " + cpr_message,
                                                                "people.csv, linje 2, kolonne title: " + cpr_message}));
}

TEST(HrImportParse, RecognisesCprLikeValues) {
  EXPECT_TRUE(LooksLikeCpr("010190-1234"));
  EXPECT_TRUE(LooksLikeCpr("0101901234"));
  EXPECT_TRUE(LooksLikeCpr("290200-1234"));  // 29 February
  EXPECT_TRUE(LooksLikeCpr("CPR: 311299-0001."));
  EXPECT_FALSE(LooksLikeCpr("320190-1234"));  // no 32nd
  EXPECT_FALSE(LooksLikeCpr("011390-1234"));  // no 13th month
  EXPECT_FALSE(LooksLikeCpr("310490-1234"));  // no 31 April
  EXPECT_FALSE(LooksLikeCpr("4512345678"));
  EXPECT_FALSE(LooksLikeCpr("01019012345"));  // eleven digits
  EXPECT_FALSE(LooksLikeCpr("1001"));
  EXPECT_FALSE(LooksLikeCpr("2025-03-01"));
  EXPECT_FALSE(LooksLikeCpr("01.03.2025"));
  EXPECT_FALSE(LooksLikeCpr("+45 78 41 00 00"));
  EXPECT_FALSE(LooksLikeCpr("010190-12345"));

  for (const std::string_view name : {"cpr", "CPR", "cpr_nr", "CPR-nr.", "cprnummer", "personnummer", "Person nr"}) {
    EXPECT_TRUE(LooksLikeCprColumn(name)) << name;
  }
  for (const std::string_view name : {"employee_no", "person", "personale", "note", "title"}) {
    EXPECT_FALSE(LooksLikeCprColumn(name)) << name;
  }
}

TEST(HrImportParse, ReportsEveryErrorAtOnceSortedByFileAndLine) {
  const HrParseResult parsed =
      Parse(std::string(kUnitsHeader) + "RM;Region Midtjylland;;region\nHEM;;RM;hospital\nA|B;Afdeling;HEM;afdeling\n",
            std::string(kPeopleHeader) +
                "1001;Mette;Sørensen;;;RM;;2019-01-01;\n"
                ";Jens;Holm;;;HEM;;;\n"
                "1003;Anne;Kjær;;;HEM;HEM||RM;2020-01-01;personaleleder\n"
                "1004;Lars;;;;;RM;;\n");
  EXPECT_EQ(Formatted(parsed.errors),
            (std::vector<std::string>{
                "units.csv, linje 3, kolonne name: Feltet skal udfyldes.",
                "units.csv, linje 4, kolonne unit_id: Et enheds-id må ikke indeholde |, som adskiller enheder i "
                "leads_unit_ids.",
                "people.csv, linje 2, kolonne leader_since: Feltet er udfyldt, men leads_unit_ids er tom, så personen "
                "leder ingen enhed. Udfyld leads_unit_ids, eller lad feltet være tomt.",
                "people.csv, linje 3, kolonne employee_no: Feltet skal udfyldes.",
                "people.csv, linje 4, kolonne leads_unit_ids: Der står et tomt enheds-id mellem skilletegnene |. Skriv "
                "enhederne som 12|13.",
                "people.csv, linje 5, kolonne last_name: Feltet skal udfyldes.",
                "people.csv, linje 5, kolonne unit_id: Feltet skal udfyldes.",
                "people.csv, linje 5, kolonne leader_since: Feltet skal udfyldes.",
                "people.csv, linje 5, kolonne leader_kind: Feltet skal udfyldes.",
            }));
}

TEST(HrImportParse, ReportsCsvAndHeaderProblemsOfBothFiles) {
  const HrParseResult parsed = Parse("unit_id;name;kind\nRM;Region;region\n", "");
  EXPECT_EQ(Formatted(parsed.errors),
            (std::vector<std::string>{
                "units.csv, linje 1, kolonne parent_id: Kolonnen mangler i overskriften, som har kolonnerne: unit_id, "
                "name, kind.",
                "people.csv: Filen er tom.",
            }));
  EXPECT_EQ(Formatted(Parse(kUnitsHeader, kPeopleHeader).errors),
            (std::vector<std::string>{"units.csv: Filen indeholder ingen enheder."}));
}

TEST(HrImportParse, NotesUnknownColumnsAndAcceptsColumnsInAnyOrder) {
  const HrParseResult parsed =
      Parse("kind;name;unit_id;parent_id;afdelingsnummer\nregion;Region Midtjylland;RM;;17\n",
            "leader_kind;leader_since;leads_unit_ids;unit_id;title;email;last_name;first_name;employee_no\n"
            "Funktionsleder;1.3.2025;RM;RM;Direktør;;Sørensen;Mette;1001\n");
  ASSERT_TRUE(parsed.ok()) << testing::PrintToString(Formatted(parsed.errors));
  EXPECT_EQ(parsed.rows->leaderships,
            (std::vector<LeadershipRow>{{"RM", "1001", 2025y / 3 / 1, domain::LeaderKind::Personaleleder}}));
  EXPECT_EQ(parsed.notes,
            (std::vector<std::string>{"units.csv: kolonnen afdelingsnummer kendes ikke og bliver ikke indlæst."}));
}

// --- Planning ---

TEST(HrImportPlan, CreatesEverythingInAnEmptyStoreAndIsIdempotent) {
  FakeOrganisationRepository repository;
  const OrganisationRows rows = ValidRows();
  const ImportPlan first = PlanImport(repository.LoadAll(), rows);
  EXPECT_TRUE(first.HasChanges());
  EXPECT_FALSE(first.refused_by_safety_limit);
  EXPECT_EQ(first.units_created.size(), 6u);
  EXPECT_EQ(first.people_created.size(), 7u);
  EXPECT_EQ(first.leaderships_added.size(), 5u);
  EXPECT_EQ(Keys(first.units_to_upsert), Keys(rows.units));
  EXPECT_EQ(DescribePlan(first, false),
            (std::vector<std::string>{"Enheder: 6 oprettes, 0 uændrede", "Medarbejdere: 7 oprettes, 0 uændrede",
                                      "Lederskaber: 5 tilføjes, 0 uændrede"}));

  const ImportReport report = ApplyImportPlan(repository, first, CliRun());
  EXPECT_EQ(report.outcome, ImportOutcome::Applied);
  EXPECT_EQ(report.summary[0], "Enheder: 6 oprettet, 0 uændrede");
  ASSERT_EQ(repository.runs.size(), 1u);
  EXPECT_EQ(repository.runs[0].units_created, 6);
  EXPECT_EQ(repository.runs[0].people_created, 7);
  EXPECT_EQ(repository.runs[0].leaderships_added, 5);
  EXPECT_EQ(repository.runs[0].source, "cli: units.csv, people.csv");
  EXPECT_EQ(repository.records.units.size(), 6u);
  EXPECT_EQ(repository.records.people.size(), 7u);
  EXPECT_EQ(repository.records.leaderships.size(), 5u);

  // The same files again: nothing to do, and nothing but the run is written.
  repository.calls.clear();
  const ImportPlan second = PlanImport(repository.LoadAll(), rows);
  EXPECT_FALSE(second.HasChanges());
  EXPECT_EQ(second.units_unchanged, 6u);
  EXPECT_EQ(second.people_unchanged, 7u);
  EXPECT_EQ(second.leaderships_unchanged, 5u);
  EXPECT_EQ(DescribePlan(second, false),
            (std::vector<std::string>{"Enheder: 6 uændrede", "Medarbejdere: 7 uændrede", "Lederskaber: 5 uændrede",
                                      "Ingen ændringer: organisationen svarer allerede til filerne."}));
  ApplyImportPlan(repository, second, CliRun());
  EXPECT_TRUE(repository.calls.empty()) << testing::PrintToString(repository.calls);
  EXPECT_EQ(repository.runs.size(), 2u);
}

TEST(HrImportPlan, ReportsChangedFieldsWithBeforeAndAfter) {
  FakeOrganisationRepository repository;
  Import(repository, ValidRows());
  OrganisationRows rows = ValidRows();
  rows.units[2].name = "Koncern HR og Uddannelse";  // ADM
  rows.units[5].parent_external_id = "HEM";         // HEM-MED-M1 moves up
  rows.units[5].kind = domain::UnitKind::Centre;
  rows.people[6].title = "HR-chef";  // 1007
  rows.people[6].unit_external_id = "RM";
  rows.leaderships[4].kind = domain::LeaderKind::KliniskLeder;  // 1004 of HEM-MED
  rows.leaderships[4].leader_since = 2021y / 1 / 1;

  const ImportPlan plan = PlanImport(repository.LoadAll(), rows);
  ASSERT_EQ(plan.units_changed.size(), 2u);
  EXPECT_EQ(plan.units_changed[0].row.external_id, "ADM");
  EXPECT_EQ(plan.units_changed[0].changes,
            (std::vector<FieldChange>{{"name", "navn", "Koncern HR", "Koncern HR og Uddannelse"}}));
  EXPECT_EQ(plan.units_changed[1].changes,
            (std::vector<FieldChange>{{"parent_id", "overordnet enhed", "HEM-MED", "HEM"},
                                      {"kind", "type", "afsnit", "center"}}));
  ASSERT_EQ(plan.people_changed.size(), 1u);
  EXPECT_EQ(plan.people_changed[0].changes, (std::vector<FieldChange>{{"title", "stilling", "HR-konsulent", "HR-chef"},
                                                                      {"unit_id", "enhed", "ADM", "RM"}}));
  ASSERT_EQ(plan.leaderships_changed.size(), 1u);
  EXPECT_EQ(plan.leaderships_changed[0].changes,
            (std::vector<FieldChange>{{"leader_since", "leder siden", "15.08.2020", "01.01.2021"},
                                      {"leader_kind", "ledertype", "personaleleder", "klinisk_leder"}}));
  EXPECT_EQ(Keys(plan.units_to_upsert), (std::vector<std::string>{"ADM", "HEM-MED-M1"}));
  EXPECT_EQ(DescribePlan(plan, false),
            (std::vector<std::string>{"Enheder: 2 ændres (navn, overordnet enhed, type), 4 uændrede",
                                      "Medarbejdere: 1 ændres (stilling, enhed), 6 uændrede",
                                      "Lederskaber: 1 ændres (leder siden, ledertype), 4 uændrede"}));

  repository.calls.clear();
  const ImportReport report = ApplyImportPlan(repository, plan, CliRun());
  EXPECT_EQ(repository.calls, (std::vector<std::string>{"UpsertUnits 2", "UpsertPeople 1", "UpsertLeaderships 1"}));
  EXPECT_EQ(report.run.units_changed, 2);
  EXPECT_EQ(report.run.people_changed, 1);
  EXPECT_EQ(report.run.leaderships_changed, 1);
  EXPECT_FALSE(PlanImport(repository.LoadAll(), rows).HasChanges());
}

// A region of 40 people in 10 units under the root, for the deactivation tests.
OrganisationRows LargerRows() {
  OrganisationRows rows;
  rows.units.push_back({"RM", "Region Midtjylland", "", domain::UnitKind::Region});
  for (int u = 1; u <= 10; ++u) {
    rows.units.push_back({"U" + std::to_string(u), "Enhed " + std::to_string(u), "RM", domain::UnitKind::Department});
  }
  for (int p = 1; p <= 40; ++p) {
    const std::string number = std::to_string(1000 + p);
    rows.people.push_back({number, "Fornavn", "Efternavn " + number, "p" + number + "@rm.dk", "Sygeplejerske",
                           "U" + std::to_string(1 + (p - 1) % 10)});
  }
  rows.leaderships.push_back({"U1", "1001", 2020y / 1 / 1, domain::LeaderKind::Personaleleder});
  return rows;
}

TEST(HrImportPlan, DeactivatesWhatIsMissingAndReactivatesWhatComesBack) {
  FakeOrganisationRepository repository;
  const OrganisationRows all = LargerRows();
  Import(repository, all);

  // U10 closes with its four people (1010, 1020, 1030, 1040); 1001 leaves and with him his leadership.
  OrganisationRows fewer = all;
  fewer.units.pop_back();
  std::erase_if(fewer.people,
                [](const PersonRow& p) { return p.unit_external_id == "U10" || p.employee_no == "1001"; });
  fewer.leaderships.clear();
  const ImportPlan plan = PlanImport(repository.LoadAll(), fewer);
  EXPECT_EQ(plan.units_deactivated, (std::vector<std::string>{"U10"}));
  EXPECT_EQ(plan.people_deactivated, (std::vector<std::string>{"1001", "1010", "1020", "1030", "1040"}));
  EXPECT_EQ(plan.leaderships_removed, (std::vector<std::pair<std::string, std::string>>{{"U1", "1001"}}));
  EXPECT_EQ(plan.active_units_now, 11u);
  EXPECT_EQ(plan.active_people_now, 40u);
  EXPECT_DOUBLE_EQ(plan.person_deactivation_share, 5.0 / 40.0);
  EXPECT_TRUE(plan.refused_by_safety_limit);  // 12.5 % of the people > 10 %

  const ImportPlan forced = PlanImport(repository.LoadAll(), fewer, {.max_deactivation_share = 0.10, .force = true});
  EXPECT_FALSE(forced.refused_by_safety_limit);
  EXPECT_TRUE(forced.forced);
  EXPECT_EQ(DescribePlan(forced, false),
            (std::vector<std::string>{
                "Enheder: 1 lukkes, 10 uændrede", "Medarbejdere: 5 deaktiveres, 35 uændrede",
                "Lederskaber: 1 fjernes, 0 uændrede",
                "Grænsen på 10 % er tilsidesat med tvang: 12,5 % af de aktive medarbejdere (5 af 40) og 9,1 % af de "
                "aktive enheder (1 af 11) deaktiveres."}));
  const ImportReport report = ApplyImportPlan(repository, forced, CliRun());
  EXPECT_EQ(report.outcome, ImportOutcome::Applied);
  EXPECT_TRUE(repository.runs[0].forced);
  EXPECT_EQ(repository.calls.back(), "DeactivateUnits 1");
  EXPECT_EQ(std::count_if(repository.records.people.begin(), repository.records.people.end(),
                          [](const domain::Person& p) { return !p.active; }),
            5);
  EXPECT_EQ(repository.records.people.size(), 40u);  // history kept
  EXPECT_FALSE(PlanImport(repository.LoadAll(), fewer).HasChanges());

  // Back again: reactivated, not created.
  const ImportPlan back = PlanImport(repository.LoadAll(), all);
  EXPECT_EQ(back.units_reactivated.size(), 1u);
  EXPECT_TRUE(back.units_reactivated[0].changes.empty());
  EXPECT_EQ(back.people_reactivated.size(), 5u);
  EXPECT_TRUE(back.units_created.empty());
  EXPECT_TRUE(back.people_created.empty());
  EXPECT_EQ(back.leaderships_added.size(), 1u);
  EXPECT_EQ(DescribePlan(back, false)[1], "Medarbejdere: 5 genaktiveres, 35 uændrede");
  ApplyImportPlan(repository, back, CliRun());
  EXPECT_FALSE(PlanImport(repository.LoadAll(), all).HasChanges());
}

TEST(HrImportPlan, TheSafetyLimitRefusesATruncatedExportAndWritesNothing) {
  FakeOrganisationRepository repository;
  const OrganisationRows all = LargerRows();
  Import(repository, all);
  repository.calls.clear();

  OrganisationRows four_missing = all;  // exactly 10 %: allowed
  four_missing.people.resize(36);
  EXPECT_FALSE(PlanImport(repository.LoadAll(), four_missing).refused_by_safety_limit);

  OrganisationRows truncated = all;
  truncated.people.resize(12);
  const ImportPlan plan = PlanImport(repository.LoadAll(), truncated);
  EXPECT_TRUE(plan.refused_by_safety_limit);
  EXPECT_EQ(DescribePlan(plan, false).back(),
            "Importen er afvist: 70,0 % af de aktive medarbejdere (28 af 40) og 0,0 % af de aktive enheder (0 af 11) "
            "ville blive deaktiveret, og grænsen er 10 %. Er eksporten ufuldstændig? Gennemfør kun importen med "
            "tvang, hvis det er meningen.");
  const ImportReport report = ApplyImportPlan(repository, plan, CliRun());
  EXPECT_EQ(report.outcome, ImportOutcome::RefusedSafetyLimit);
  EXPECT_FALSE(report.ok());
  EXPECT_TRUE(repository.calls.empty());
  EXPECT_EQ(repository.runs.size(), 1u);

  // A higher limit lets it through; units count as well as people.
  EXPECT_FALSE(PlanImport(repository.LoadAll(), truncated, {.max_deactivation_share = 0.75}).refused_by_safety_limit);
  OrganisationRows fewer_units = all;
  fewer_units.units.resize(9);  // U9 and U10 close (2 of 11 = 18 %); their people move to U1
  for (PersonRow& person : fewer_units.people) {
    if (person.unit_external_id == "U9" || person.unit_external_id == "U10") person.unit_external_id = "U1";
  }
  const ImportPlan closing = PlanImport(repository.LoadAll(), fewer_units);
  EXPECT_TRUE(closing.refused_by_safety_limit);
  EXPECT_TRUE(closing.people_deactivated.empty());
  EXPECT_EQ(closing.units_deactivated.size(), 2u);
}

TEST(HrImportPlan, LeadershipsAreAddedAndRemovedByUnitAndPerson) {
  FakeOrganisationRepository repository;
  Import(repository, ValidRows());
  OrganisationRows rows = ValidRows();
  rows.leaderships.erase(rows.leaderships.begin() + 1);  // 1002 no longer leads HOSP
  rows.leaderships.push_back({"ADM", "1007", 2026y / 1 / 1, domain::LeaderKind::Personaleleder});
  const ImportPlan plan = PlanImport(repository.LoadAll(), rows);
  EXPECT_EQ(plan.leaderships_removed, (std::vector<std::pair<std::string, std::string>>{{"HOSP", "1002"}}));
  EXPECT_EQ(plan.leaderships_added, (std::vector<LeadershipRow>{rows.leaderships.back()}));
  EXPECT_EQ(plan.leaderships_unchanged, 4u);
  ApplyImportPlan(repository, plan, CliRun());
  EXPECT_EQ(repository.calls.back(), "UpsertLeaderships 1");
  EXPECT_FALSE(PlanImport(repository.LoadAll(), rows).HasChanges());
}

TEST(HrImportPlan, LeavesRecordsWithoutAnHrKeyAlone) {
  FakeOrganisationRepository repository;
  Import(repository, ValidRows());
  OrganisationRecords current = repository.LoadAll();
  current.units.push_back(domain::Unit{99, "", "Lokal enhed", 1, domain::UnitKind::Other, true});
  current.people.push_back(domain::Person{99, "", "Lokal", "Person", "", "", 99, true});
  const ImportPlan plan = PlanImport(current, ValidRows());
  EXPECT_FALSE(plan.HasChanges());
  EXPECT_EQ(plan.active_units_now, 7u);
}

TEST(HrImportPlan, ReportsProgressWhileWriting) {
  FakeOrganisationRepository repository;
  std::vector<std::size_t> steps;
  const ImportPlan plan = PlanImport(repository.LoadAll(), ValidRows());
  ApplyImportPlan(repository, plan, CliRun(), [&](ImportStage stage, std::size_t done, std::size_t total) {
    EXPECT_EQ(stage, ImportStage::Writing);
    EXPECT_EQ(total, 8u);
    steps.push_back(done);
  });
  EXPECT_EQ(steps, (std::vector<std::size_t>{0, 1, 2, 3, 4, 5, 6, 7, 8}));
}

// --- A generated export of some size (the timings of the 30,000-people region are the micro
// benchmarks BM_ParseHrExport, BM_PlanImportIntoEmpty and BM_PlanImportUnchanged, not a test) ---

TEST(HrImportPlan, ParsesAndPlansAGeneratedExportAndReportsCheckingProgressPerThousandRows) {
  constexpr int kUnits = 150;
  constexpr int kPeople = 3000;
  std::string units(kUnitsHeader);
  units += "U0;Region Midtjylland;;region\n";
  for (int u = 1; u < kUnits; ++u) {
    units += "U" + std::to_string(u) + ";Enhed nummer " + std::to_string(u) + ";U" + std::to_string((u - 1) / 10) +
             ";afdeling\n";
  }
  std::string people(kPeopleHeader);
  for (int p = 0; p < kPeople; ++p) {
    const std::string number = std::to_string(100000 + p);
    const int unit = p % kUnits;
    people += number + ";Fornavn" + std::to_string(p % 97) + ";Efternavn Sørensen;person" + number +
              "@rm.dk;Sygeplejerske;U" + std::to_string(unit) + ";";
    if (p < kUnits) {
      people += "U" + std::to_string(unit) + ";01.03.2024;personaleleder\n";
    } else {
      people += ";;\n";
    }
  }
  std::vector<std::size_t> checked;
  const HrParseResult parsed =
      ParseHrExport("units.csv", units, "people.csv", people, [&](ImportStage stage, std::size_t done, std::size_t) {
        EXPECT_EQ(stage, ImportStage::Checking);
        checked.push_back(done);
      });
  ASSERT_TRUE(parsed.ok()) << testing::PrintToString(Formatted(parsed.errors));
  FakeOrganisationRepository repository;
  const ImportPlan first = PlanImport(repository.LoadAll(), *parsed.rows);
  ApplyImportPlan(repository, first, CliRun());
  const ImportPlan second = PlanImport(repository.LoadAll(), *parsed.rows);

  EXPECT_EQ(first.people_created.size(), static_cast<std::size_t>(kPeople));
  EXPECT_FALSE(second.HasChanges());
  EXPECT_EQ(checked, (std::vector<std::size_t>{0, 1000, 2000, 3000, kUnits + kPeople}));
}

}  // namespace
}  // namespace lp::app
