#include "app/organisation/hr_import.hpp"
#include "app/organisation/organisation_repository.hpp"

#include <algorithm>
#include <cstdint>
#include <span>
#include <unordered_map>
#include <unordered_set>

#include "domain/organisation/organisation.hpp"
#include "domain/platform/danish_format.hpp"
#include "domain/platform/email.hpp"
#include "domain/platform/text.hpp"

namespace lp::app {
namespace {

using domain::CsvError;
using domain::CsvRecord;
using domain::CsvTable;

constexpr std::string_view kCprMessage =
    "Feltet ligner et CPR-nummer. CPR-numre må aldrig indlæses i Ledelsesportalen; fjern værdien fra eksporten, "
    "og indlæs filerne igen.";
constexpr std::string_view kMissingMessage = "Feltet skal udfyldes.";
// Ids given to units that rows refer to but that do not exist, far above the ids of the real ones.
constexpr domain::UnitId kFirstUnknownUnitId = 4'000'000'000;

std::string_view Trim(std::string_view text) {
  const std::size_t first = text.find_first_not_of(" \t\r\n");
  if (first == std::string_view::npos) return {};
  const std::size_t last = text.find_last_not_of(" \t\r\n");
  return text.substr(first, last - first + 1);
}

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

int TwoDigits(std::string_view text, std::size_t at) { return (text[at] - '0') * 10 + (text[at + 1] - '0'); }

// ddmmyy with a day that exists in that month in some year (29 February included).
bool PlausibleCprDate(std::string_view text, std::size_t at) {
  constexpr std::array<int, 12> kDaysInMonth = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const int day = TwoDigits(text, at);
  const int month = TwoDigits(text, at + 2);
  return month >= 1 && month <= 12 && day >= 1 && day <= kDaysInMonth[static_cast<std::size_t>(month - 1)];
}

std::string Quoted(std::string_view text) { return "\"" + std::string(text) + "\""; }

// The physical line of the header: the first line that is not empty (after a UTF-8 BOM).
long HeaderLine(std::string_view bytes) {
  if (bytes.starts_with("\xEF\xBB\xBF")) bytes.remove_prefix(3);
  long line = 1;
  std::size_t i = 0;
  while (i < bytes.size() && (bytes[i] == '\r' || bytes[i] == '\n')) {
    if (bytes[i] == '\r' && i + 1 < bytes.size() && bytes[i + 1] == '\n') ++i;
    ++i;
    ++line;
  }
  return line;
}

// The longest value each column may hold, in characters, in the order of kUnitsCsvColumns and
// kPeopleCsvColumns: generous for real names and titles, small enough that a page listing units or
// people stays a page (a 1 MB name would make every page that shows it megabytes).
constexpr std::array<std::size_t, kUnitsCsvColumns.size()> kUnitsMaxLength = {64, 200, 64, 64};
constexpr std::array<std::size_t, kPeopleCsvColumns.size()> kPeopleMaxLength = {64, 100,  100, 254, 200,
                                                                                64, 2000, 20,  64};

// One record of a parsed table, its fields trimmed by column name, with CPR-like values, values too
// long for their column and values with line breaks blanked out (and reported) so that no later check
// can repeat them. (ParseCsv has already refused control characters and fields over its own limit.)
class Row {
 public:
  Row(const CsvTable& table, const CsvRecord& record, std::span<const std::string_view> columns,
      std::span<const std::size_t> max_lengths, std::vector<CsvError>& errors)
      : table_(table), record_(record), errors_(errors) {
    indices_.reserve(columns.size());
    values_.reserve(columns.size());
    tainted_.resize(columns.size(), false);
    for (std::size_t i = 0; i < columns.size(); ++i) {
      const std::size_t index = table.Column(columns[i]).value_or(0);
      indices_.push_back(index);
      values_.emplace_back(Trim(record.fields[index]));
    }
    for (std::size_t i = 0; i < columns.size(); ++i) {
      if (LooksLikeCpr(values_[i])) {
        Blank(i, std::string(kCprMessage));
      } else if (values_[i].find('\n') != std::string::npos) {
        Blank(i, "Feltet indeholder et linjeskift, men skal stå på én linje. Ret det i HR-systemet eller i filen.");
      } else if (const auto length = domain::CharacterCount(values_[i]); length > max_lengths[i]) {
        Blank(i, "Feltet må højst være " + domain::FormatInteger(static_cast<long long>(max_lengths[i])) +
                     " tegn; der står " + domain::FormatInteger(static_cast<long long>(length)) + ".");
      }
    }
    // Extra columns are not imported, but a CPR number in them is refused all the same.
    for (std::size_t index = 0; index < record.fields.size(); ++index) {
      if (std::find(indices_.begin(), indices_.end(), index) != indices_.end()) continue;
      if (LooksLikeCpr(record.fields[index]))
        errors_.push_back(table_.ErrorAt(record_, index, std::string(kCprMessage)));
    }
  }

  const std::string& operator[](std::size_t column) const { return values_[column]; }
  bool tainted(std::size_t column) const { return tainted_[column]; }
  long line() const { return record_.line; }

  void Error(std::size_t column, std::string message) {
    errors_.push_back(table_.ErrorAt(record_, indices_[column], std::move(message)));
  }
  // Reports the value's problem and forgets the value.
  void Blank(std::size_t column, std::string message) {
    tainted_[column] = true;
    values_[column].clear();
    Error(column, std::move(message));
  }
  // Reports a missing value unless it was blanked out as CPR-like; true when the value is there.
  bool Require(std::size_t column) {
    if (!values_[column].empty()) return true;
    if (!tainted_[column]) Error(column, std::string(kMissingMessage));
    return false;
  }

 private:
  const CsvTable& table_;
  const CsvRecord& record_;
  std::vector<CsvError>& errors_;
  std::vector<std::size_t> indices_;
  std::vector<std::string> values_;
  std::vector<bool> tainted_;
};

enum UnitColumn : std::size_t { UnitIdColumn, UnitNameColumn, UnitParentColumn, UnitKindColumn };
enum PersonColumn : std::size_t {
  EmployeeNoColumn,
  FirstNameColumn,
  LastNameColumn,
  EmailColumn,
  TitleColumn,
  PersonUnitColumn,
  LeadsUnitsColumn,
  LeaderSinceColumn,
  LeaderKindColumn
};

struct ParsedUnit {
  UnitRow row;
  long line = 0;
};

struct ParsedPerson {
  PersonRow row;
  long line = 0;
  bool unit_given = false;
  std::vector<std::string> leads;
  std::chrono::year_month_day leader_since{};
  domain::LeaderKind leader_kind = domain::LeaderKind::Personaleleder;
};

// Refuses a header column that looks like it holds CPR numbers; true when there is one.
bool RefuseCprColumns(const CsvTable& table, long header_line, std::vector<CsvError>& errors) {
  bool found = false;
  for (const std::string& name : table.header()) {
    if (!LooksLikeCprColumn(name)) continue;
    errors.push_back(CsvError{table.file_name(), header_line, name,
                              "Kolonnen ser ud til at indeholde CPR-numre. CPR-numre må aldrig indlæses i "
                              "Ledelsesportalen; fjern kolonnen fra eksporten, og indlæs filerne igen."});
    found = true;
  }
  return found;
}

void NoteTable(const CsvTable& table, std::vector<std::string>& notes) {
  if (table.encoding() == domain::TextEncoding::Windows1252) {
    notes.push_back(table.file_name() + " er læst som Windows-1252.");
  }
  for (const std::string& column : table.unknown_columns()) {
    notes.push_back(table.file_name() + ": kolonnen " + column + " kendes ikke og bliver ikke indlæst.");
  }
}

std::vector<ParsedUnit> CheckUnits(const CsvTable& table, std::vector<CsvError>& errors, const ImportProgress& progress,
                                   std::size_t& done, std::size_t total) {
  std::vector<ParsedUnit> units;
  units.reserve(table.records().size());
  for (const CsvRecord& record : table.records()) {
    if (progress && ++done % 1000 == 0) progress(ImportStage::Checking, done, total);
    Row row(table, record, kUnitsCsvColumns, kUnitsMaxLength, errors);
    ParsedUnit unit;
    unit.line = record.line;
    const bool has_id = row.Require(UnitIdColumn);
    if (has_id && row[UnitIdColumn].find('|') != std::string::npos) {
      row.Error(UnitIdColumn, "Et enheds-id må ikke indeholde |, som adskiller enheder i leads_unit_ids.");
    }
    row.Require(UnitNameColumn);
    if (row.Require(UnitKindColumn)) {
      // Any name HR gives a level is accepted (issue 14.7); it is shown as written.
      auto kind = domain::ReadUnitKind(row[UnitKindColumn]);
      unit.row.kind = kind.kind;
      unit.row.kind_label = std::move(kind.label);
    }
    if (!has_id) continue;  // nothing can refer to it
    unit.row.external_id = row[UnitIdColumn];
    unit.row.name = row[UnitNameColumn];
    unit.row.parent_external_id = row[UnitParentColumn];
    units.push_back(std::move(unit));
  }
  return units;
}

std::vector<std::string> SplitLeads(Row& row) {
  std::vector<std::string> leads;
  const std::string& text = row[LeadsUnitsColumn];
  if (text.empty()) return leads;
  bool empty_part = false;
  std::size_t start = 0;
  for (;;) {
    const std::size_t bar = text.find('|', start);
    const std::string_view part =
        Trim(std::string_view(text).substr(start, bar == std::string::npos ? bar : bar - start));
    if (part.empty()) {
      empty_part = true;
    } else {
      leads.emplace_back(part);
    }
    if (bar == std::string::npos) break;
    start = bar + 1;
  }
  if (empty_part) {
    row.Error(LeadsUnitsColumn, "Der står et tomt enheds-id mellem skilletegnene |. Skriv enhederne som 12|13.");
  }
  return leads;
}

std::vector<ParsedPerson> CheckPeople(const CsvTable& table, std::vector<CsvError>& errors,
                                      const ImportProgress& progress, std::size_t& done, std::size_t total) {
  std::vector<ParsedPerson> people;
  people.reserve(table.records().size());
  for (const CsvRecord& record : table.records()) {
    if (progress && ++done % 1000 == 0) progress(ImportStage::Checking, done, total);
    Row row(table, record, kPeopleCsvColumns, kPeopleMaxLength, errors);
    ParsedPerson person;
    person.line = record.line;
    const bool has_number = row.Require(EmployeeNoColumn);
    row.Require(FirstNameColumn);
    row.Require(LastNameColumn);
    person.unit_given = row.Require(PersonUnitColumn);
    if (!row[EmailColumn].empty()) {
      if (domain::IsPlausibleEmail(row[EmailColumn])) {
        person.row.email = domain::NormalizeEmail(row[EmailColumn]);
      } else {
        row.Error(EmailColumn, "E-mailadressen " + Quoted(row[EmailColumn]) + " er ikke gyldig.");
      }
    }
    person.leads = SplitLeads(row);
    const bool leads_something = !person.leads.empty() || row.tainted(LeadsUnitsColumn);
    if (leads_something) {
      if (row.Require(LeaderSinceColumn)) {
        if (const auto since = domain::ParseDate(row[LeaderSinceColumn])) {
          person.leader_since = *since;
        } else {
          row.Error(LeaderSinceColumn,
                    "Datoen " + Quoted(row[LeaderSinceColumn]) +
                        " findes ikke eller kan ikke læses. Skriv den som 01.03.2025, 01-03-2025 eller "
                        "2025-03-01.");
        }
      }
      if (row.Require(LeaderKindColumn)) {
        if (const auto kind = domain::ParseLeaderKind(row[LeaderKindColumn])) {
          person.leader_kind = *kind;
        } else {
          row.Error(LeaderKindColumn, "Ledertypen " + Quoted(row[LeaderKindColumn]) +
                                          " kendes ikke. Brug personaleleder, leder_af_ledere eller klinisk_leder.");
        }
      }
    } else {
      for (const std::size_t column : {LeaderSinceColumn, LeaderKindColumn}) {
        if (!row[column].empty()) {
          row.Error(column,
                    "Feltet er udfyldt, men leads_unit_ids er tom, så personen leder ingen enhed. Udfyld "
                    "leads_unit_ids, eller lad feltet være tomt.");
        }
      }
    }
    if (!has_number) continue;
    person.row.employee_no = row[EmployeeNoColumn];
    person.row.first_name = row[FirstNameColumn];
    person.row.last_name = row[LastNameColumn];
    person.row.title = row[TitleColumn];
    person.row.unit_external_id = row[PersonUnitColumn];
    people.push_back(std::move(person));
  }
  return people;
}

// Runs domain::Organisation::Validate on the parsed rows and turns its problems into CSV errors.
class StructureCheck {
 public:
  StructureCheck(const CsvTable& units_table, const CsvTable& people_table, const std::vector<ParsedUnit>& units,
                 const std::vector<ParsedPerson>& people)
      : units_file_(units_table.file_name()), people_file_(people_table.file_name()), units_(units), people_(people) {}

  void Run(std::vector<CsvError>& errors) {
    std::vector<domain::Unit> units;
    units.reserve(units_.size());
    unit_ids_.reserve(units_.size());
    for (std::size_t i = 0; i < units_.size(); ++i) {
      unit_ids_.try_emplace(units_[i].row.external_id, static_cast<domain::UnitId>(i + 1));
    }
    for (std::size_t i = 0; i < units_.size(); ++i) {
      domain::Unit unit;
      unit.id = static_cast<domain::UnitId>(i + 1);
      unit.external_id = units_[i].row.external_id;
      unit.name = units_[i].row.name;
      if (!units_[i].row.parent_external_id.empty()) unit.parent = UnitIdOf(units_[i].row.parent_external_id);
      units.push_back(std::move(unit));
    }
    std::vector<domain::Person> people;
    people.reserve(people_.size());
    std::vector<domain::Leadership> leaderships;
    for (std::size_t i = 0; i < people_.size(); ++i) {
      const ParsedPerson& parsed = people_[i];
      domain::Person person;
      person.id = static_cast<domain::PersonId>(i + 1);
      person.employee_no = parsed.row.employee_no;
      person.email = parsed.row.email;
      person.unit = parsed.unit_given ? UnitIdOf(parsed.row.unit_external_id) : 0;
      people.push_back(std::move(person));
      for (const std::string& led : parsed.leads) {
        leaderships.push_back(domain::Leadership{UnitIdOf(led), static_cast<domain::PersonId>(i + 1),
                                                 std::chrono::year{2000} / 1 / 1, parsed.leader_kind});
        leadership_owner_.emplace_back(i, led);
      }
    }
    for (const domain::OrganisationProblem& problem : domain::Organisation::Validate(units, people, leaderships)) {
      if (std::optional<CsvError> error = Describe(problem)) errors.push_back(std::move(*error));
    }
  }

 private:
  domain::UnitId UnitIdOf(const std::string& external_id) {
    if (const auto found = unit_ids_.find(external_id); found != unit_ids_.end()) return found->second;
    const auto [it, inserted] =
        unknown_ids_.try_emplace(external_id, kFirstUnknownUnitId + static_cast<domain::UnitId>(unknown_ids_.size()));
    return it->second;
  }

  std::string UnitName(domain::UnitId id) const {
    const ParsedUnit& unit = units_[static_cast<std::size_t>(id - 1)];
    return Quoted(unit.row.external_id) + (unit.row.name.empty() ? "" : " (" + unit.row.name + ")");
  }

  CsvError UnitError(std::size_t index, std::string column, std::string message) const {
    return CsvError{units_file_, units_[index].line, std::move(column), std::move(message)};
  }
  CsvError PersonError(std::size_t index, std::string column, std::string message) const {
    return CsvError{people_file_, people_[index].line, std::move(column), std::move(message)};
  }

  std::optional<CsvError> Describe(const domain::OrganisationProblem& problem) const {
    using Kind = domain::OrganisationProblemKind;
    const std::size_t i = problem.index;
    const std::size_t related = problem.related_index.value_or(0);
    switch (problem.kind) {
      case Kind::DuplicateUnitId:
      case Kind::DuplicateUnitExternalId:
        return UnitError(i, "unit_id",
                         "Enheds-id'et " + Quoted(units_[i].row.external_id) + " står også på linje " +
                             std::to_string(units_[related].line) + "; hver enhed må kun stå én gang.");
      case Kind::UnknownParent:
        return UnitError(i, "parent_id",
                         "Den overordnede enhed " + Quoted(units_[i].row.parent_external_id) + " findes ikke i " +
                             units_file_ + ".");
      case Kind::Cycle: {
        std::string ring;
        for (const domain::UnitId id : problem.cycle) ring += UnitName(id) + " → ";
        ring += problem.cycle.empty() ? UnitName(static_cast<domain::UnitId>(i + 1)) : UnitName(problem.cycle.front());
        return UnitError(i, "parent_id",
                         "Enhederne ligger under hinanden i ring: " + ring +
                             ". En enhed kan ikke ligge under sig selv; ret parent_id for en af dem.");
      }
      case Kind::SeveralRoots: {
        const std::size_t root = static_cast<std::size_t>(problem.related_unit.value_or(1) - 1);
        return UnitError(i, "parent_id",
                         "Enheden har ingen overordnet enhed, og det har enheden " +
                             UnitName(problem.related_unit.value_or(1)) + " på linje " +
                             std::to_string(units_[root].line) +
                             " heller ikke. Kun den øverste enhed (regionen) må have et tomt parent_id.");
      }
      case Kind::DuplicatePersonId:
      case Kind::DuplicateEmployeeNumber:
        return PersonError(i, "employee_no",
                           "Medarbejdernummeret " + Quoted(people_[i].row.employee_no) + " står også på linje " +
                               std::to_string(people_[related].line) + "; hver person må kun stå én gang.");
      case Kind::DuplicateEmail:
        return PersonError(i, "email",
                           "E-mailadressen " + Quoted(people_[i].row.email) + " står også på linje " +
                               std::to_string(people_[related].line) + "; to personer kan ikke have samme adresse.");
      case Kind::PersonInUnknownUnit:
        if (!people_[i].unit_given) return std::nullopt;  // already reported as missing
        return PersonError(
            i, "unit_id", "Enheden " + Quoted(people_[i].row.unit_external_id) + " findes ikke i " + units_file_ + ".");
      case Kind::LeadershipOfUnknownUnit: {
        const auto& [person, unit] = leadership_owner_[i];
        return PersonError(
            person, "leads_unit_ids",
            "Personen er angivet som leder af enheden " + Quoted(unit) + ", som ikke findes i " + units_file_ + ".");
      }
      case Kind::DuplicateLeadership: {
        const auto& [person, unit] = leadership_owner_[i];
        return PersonError(person, "leads_unit_ids", "Enheden " + Quoted(unit) + " står mere end én gang.");
      }
      case Kind::LeadershipOfUnknownPerson:
      case Kind::InvalidLeaderSince: break;  // cannot happen: leaderships come from the people's own rows
    }
    return std::nullopt;
  }

  std::string units_file_;
  std::string people_file_;
  const std::vector<ParsedUnit>& units_;
  const std::vector<ParsedPerson>& people_;
  std::unordered_map<std::string, domain::UnitId> unit_ids_;
  std::unordered_map<std::string, domain::UnitId> unknown_ids_;
  std::vector<std::pair<std::size_t, std::string>> leadership_owner_;  // by leadership index
};

// The units with every parent before its children (the input is a validated tree), siblings in input order.
std::vector<UnitRow> InTreeOrder(std::vector<ParsedUnit>& units) {
  std::unordered_map<std::string_view, std::vector<std::size_t>> children;
  std::vector<std::size_t> order;
  order.reserve(units.size());
  for (std::size_t i = 0; i < units.size(); ++i) {
    if (units[i].row.parent_external_id.empty()) {
      order.push_back(i);
    } else {
      children[units[i].row.parent_external_id].push_back(i);
    }
  }
  for (std::size_t next = 0; next < order.size(); ++next) {
    const auto found = children.find(units[order[next]].row.external_id);
    if (found != children.end()) order.insert(order.end(), found->second.begin(), found->second.end());
  }
  std::vector<UnitRow> rows;
  rows.reserve(order.size());
  for (const std::size_t i : order) rows.push_back(std::move(units[i].row));
  return rows;
}

// At most kMaxCsvErrors errors per file (ParseCsv keeps to the same), with a note when there were more.
void LimitErrors(std::vector<CsvError>& errors) {
  std::unordered_map<std::string, std::size_t> counts;
  std::vector<CsvError> kept;
  std::unordered_set<std::string> truncated;
  for (CsvError& error : errors) {
    if (++counts[error.file] <= domain::kMaxCsvErrors) {
      kept.push_back(std::move(error));
    } else if (truncated.insert(error.file).second) {
      kept.push_back(CsvError{error.file, 0, "",
                              "Der er flere fejl i filen; kun de første " + std::to_string(domain::kMaxCsvErrors) +
                                  " er vist. Ret dem, og indlæs filerne igen."});
    }
  }
  errors = std::move(kept);
}

}  // namespace

std::string_view ImportStageLabel(ImportStage stage) {
  switch (stage) {
    case ImportStage::Reading: return "Læser";
    case ImportStage::Checking: return "Kontrollerer";
    case ImportStage::Planning: return "Sammenligner";
    case ImportStage::Writing: return "Skriver";
  }
  return "";
}

bool LooksLikeCpr(std::string_view text) {
  std::size_t i = 0;
  while (i < text.size()) {
    if (!IsDigit(text[i])) {
      ++i;
      continue;
    }
    std::size_t run = i;
    while (run < text.size() && IsDigit(text[run])) ++run;
    const std::size_t length = run - i;
    if (length == 10 && PlausibleCprDate(text, i)) return true;
    if (length == 6 && run + 5 <= text.size() && text[run] == '-' && IsDigit(text[run + 1]) && IsDigit(text[run + 2]) &&
        IsDigit(text[run + 3]) && IsDigit(text[run + 4]) && (run + 5 == text.size() || !IsDigit(text[run + 5])) &&
        PlausibleCprDate(text, i)) {
      return true;
    }
    i = run;
  }
  return false;
}

bool LooksLikeCprColumn(std::string_view name) {
  std::string letters;
  for (const char c : name) {
    if (c >= 'A' && c <= 'Z') letters.push_back(static_cast<char>(c - 'A' + 'a'));
    if ((c >= 'a' && c <= 'z') || IsDigit(c)) letters.push_back(c);
  }
  return letters.find("cpr") != std::string::npos || letters.starts_with("personn") || letters == "ssn" ||
         letters.starts_with("socialsecurity");
}

HrParseResult ParseHrExport(std::string_view units_name, std::string_view units_bytes, std::string_view people_name,
                            std::string_view people_bytes, const ImportProgress& progress) {
  HrParseResult result;
  domain::CsvParseResult units_csv = domain::ParseCsv(units_name, units_bytes, kUnitsCsvColumns);
  domain::CsvParseResult people_csv = domain::ParseCsv(people_name, people_bytes, kPeopleCsvColumns);
  const bool units_read_cleanly = units_csv.errors.empty();
  std::vector<CsvError>& errors = result.errors;
  errors = std::move(units_csv.errors);
  errors.insert(errors.end(), std::make_move_iterator(people_csv.errors.begin()),
                std::make_move_iterator(people_csv.errors.end()));

  // A file with a CPR column is not read any further: every line would repeat the same error.
  if (units_csv.table && RefuseCprColumns(*units_csv.table, HeaderLine(units_bytes), errors)) units_csv.table.reset();
  if (people_csv.table && RefuseCprColumns(*people_csv.table, HeaderLine(people_bytes), errors)) {
    people_csv.table.reset();
  }

  const std::size_t total = (units_csv.table ? units_csv.table->records().size() : 0) +
                            (people_csv.table ? people_csv.table->records().size() : 0);
  std::size_t done = 0;
  if (progress) progress(ImportStage::Checking, 0, total);
  std::vector<ParsedUnit> units;
  std::vector<ParsedPerson> people;
  if (units_csv.table) {
    NoteTable(*units_csv.table, result.notes);
    units = CheckUnits(*units_csv.table, errors, progress, done, total);
    if (units_csv.table->records().empty() && units_read_cleanly) {
      errors.push_back(CsvError{std::string(units_name), 0, "", "Filen indeholder ingen enheder."});
    }
  }
  if (people_csv.table) {
    NoteTable(*people_csv.table, result.notes);
    people = CheckPeople(*people_csv.table, errors, progress, done, total);
  }
  if (units_csv.table && people_csv.table) {
    StructureCheck(*units_csv.table, *people_csv.table, units, people).Run(errors);
  }
  if (progress) progress(ImportStage::Checking, total, total);

  if (!errors.empty() || !units_csv.table || !people_csv.table) {
    const std::string units_file(units_name);
    std::stable_sort(errors.begin(), errors.end(), [&](const CsvError& a, const CsvError& b) {
      const bool a_units = a.file == units_file;
      const bool b_units = b.file == units_file;
      if (a_units != b_units) return a_units;
      return a.line < b.line;
    });
    LimitErrors(errors);
    return result;
  }

  OrganisationRows rows;
  rows.units = InTreeOrder(units);
  rows.people.reserve(people.size());
  for (ParsedPerson& person : people) {
    for (std::string& led : person.leads) {
      rows.leaderships.push_back(
          LeadershipRow{std::move(led), person.row.employee_no, person.leader_since, person.leader_kind});
    }
    rows.people.push_back(std::move(person.row));
  }
  result.rows = std::move(rows);
  return result;
}

// --- Planning ---

namespace {

void Compare(std::vector<FieldChange>& changes, std::string_view field, std::string_view label,
             const std::string& before, const std::string& after) {
  if (before != after) changes.push_back(FieldChange{std::string(field), std::string(label), before, after});
}

double Share(std::size_t part, std::size_t whole) {
  return whole == 0 ? 0.0 : static_cast<double>(part) / static_cast<double>(whole);
}

std::string LeaderSinceText(std::chrono::year_month_day date) { return domain::FormatDate(date); }

}  // namespace

bool ImportPlan::HasChanges() const {
  return !units_created.empty() || !units_changed.empty() || !units_reactivated.empty() || !units_deactivated.empty() ||
         !people_created.empty() || !people_changed.empty() || !people_reactivated.empty() ||
         !people_deactivated.empty() || !leaderships_added.empty() || !leaderships_changed.empty() ||
         !leaderships_removed.empty();
}

ImportPlan PlanImport(const OrganisationRecords& current, const OrganisationRows& incoming,
                      const ImportOptions& options) {
  ImportPlan plan;
  plan.max_deactivation_share = options.max_deactivation_share;

  // --- Units ---
  std::unordered_map<domain::UnitId, const domain::Unit*> unit_by_id;
  std::unordered_map<std::string_view, const domain::Unit*> unit_by_key;
  unit_by_id.reserve(current.units.size());
  unit_by_key.reserve(current.units.size());
  for (const domain::Unit& unit : current.units) {
    unit_by_id.emplace(unit.id, &unit);
    if (!unit.external_id.empty()) unit_by_key.emplace(unit.external_id, &unit);
    if (unit.active) ++plan.active_units_now;
  }
  auto unit_key = [&](std::optional<domain::UnitId> id) -> std::string {
    if (!id) return {};
    const auto found = unit_by_id.find(*id);
    return found == unit_by_id.end() ? std::string() : found->second->external_id;
  };

  std::unordered_set<std::string_view> incoming_units;
  incoming_units.reserve(incoming.units.size());
  for (const UnitRow& row : incoming.units) {
    incoming_units.insert(row.external_id);
    const auto found = unit_by_key.find(row.external_id);
    if (found == unit_by_key.end()) {
      plan.units_created.push_back(row);
      plan.units_to_upsert.push_back(row);
      continue;
    }
    const domain::Unit& unit = *found->second;
    UnitChange change{row, {}};
    Compare(change.changes, "name", "navn", unit.name, row.name);
    Compare(change.changes, "parent_id", "overordnet enhed", unit_key(unit.parent), row.parent_external_id);
    // The kind as HR wrote it: the HR label, or the category's code.
    const auto kind_as_written = [](domain::UnitKind kind, const std::string& label) {
      return label.empty() ? std::string(domain::UnitKindCode(kind)) : label;
    };
    Compare(change.changes, "kind", "type", kind_as_written(unit.kind, unit.kind_label),
            kind_as_written(row.kind, row.kind_label));
    if (!unit.active) {
      plan.units_reactivated.push_back(std::move(change));
      plan.units_to_upsert.push_back(row);
    } else if (!change.changes.empty()) {
      plan.units_changed.push_back(std::move(change));
      plan.units_to_upsert.push_back(row);
    } else {
      ++plan.units_unchanged;
    }
  }
  // Deactivated units, the deepest first, so a unit never closes before what lies under it.
  std::vector<std::pair<int, const domain::Unit*>> closing;
  for (const domain::Unit& unit : current.units) {
    if (!unit.active || unit.external_id.empty() || incoming_units.contains(unit.external_id)) continue;
    int depth = 0;
    for (std::optional<domain::UnitId> parent = unit.parent; parent && depth <= static_cast<int>(current.units.size());
         ++depth) {
      const auto found = unit_by_id.find(*parent);
      if (found == unit_by_id.end()) break;
      parent = found->second->parent;
    }
    closing.emplace_back(depth, &unit);
  }
  std::stable_sort(closing.begin(), closing.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
  for (const auto& [depth, unit] : closing) plan.units_deactivated.push_back(unit->external_id);

  // --- People ---
  std::unordered_map<domain::PersonId, const domain::Person*> person_by_id;
  std::unordered_map<std::string_view, const domain::Person*> person_by_key;
  person_by_id.reserve(current.people.size());
  person_by_key.reserve(current.people.size());
  for (const domain::Person& person : current.people) {
    person_by_id.emplace(person.id, &person);
    if (!person.employee_no.empty()) person_by_key.emplace(person.employee_no, &person);
    if (person.active) ++plan.active_people_now;
  }
  std::unordered_set<std::string_view> incoming_people;
  incoming_people.reserve(incoming.people.size());
  for (const PersonRow& row : incoming.people) {
    incoming_people.insert(row.employee_no);
    const auto found = person_by_key.find(row.employee_no);
    if (found == person_by_key.end()) {
      plan.people_created.push_back(row);
      plan.people_to_upsert.push_back(row);
      continue;
    }
    const domain::Person& person = *found->second;
    PersonChange change{row, {}};
    Compare(change.changes, "first_name", "fornavn", person.first_name, row.first_name);
    Compare(change.changes, "last_name", "efternavn", person.last_name, row.last_name);
    Compare(change.changes, "email", "e-mail", person.email, row.email);
    Compare(change.changes, "title", "stilling", person.title, row.title);
    Compare(change.changes, "unit_id", "enhed", unit_key(person.unit), row.unit_external_id);
    if (!person.active) {
      plan.people_reactivated.push_back(std::move(change));
      plan.people_to_upsert.push_back(row);
    } else if (!change.changes.empty()) {
      plan.people_changed.push_back(std::move(change));
      plan.people_to_upsert.push_back(row);
    } else {
      ++plan.people_unchanged;
    }
  }
  for (const domain::Person& person : current.people) {
    if (person.active && !person.employee_no.empty() && !incoming_people.contains(person.employee_no)) {
      plan.people_deactivated.push_back(person.employee_no);
    }
  }

  // --- Leaderships, keyed by (unit external id, employee number) ---
  struct PairHash {
    std::size_t operator()(const std::pair<std::string_view, std::string_view>& key) const {
      const std::size_t h1 = std::hash<std::string_view>{}(key.first);
      return h1 ^ (std::hash<std::string_view>{}(key.second) + 0x9e3779b97f4a7c15ULL + (h1 << 6U) + (h1 >> 2U));
    }
  };
  std::unordered_map<std::pair<std::string_view, std::string_view>, const domain::Leadership*, PairHash> stored;
  stored.reserve(current.leaderships.size());
  for (const domain::Leadership& leadership : current.leaderships) {
    const auto unit = unit_by_id.find(leadership.unit);
    const auto person = person_by_id.find(leadership.person);
    if (unit == unit_by_id.end() || person == person_by_id.end()) continue;
    if (unit->second->external_id.empty() || person->second->employee_no.empty()) continue;
    stored.emplace(
        std::pair<std::string_view, std::string_view>(unit->second->external_id, person->second->employee_no),
        &leadership);
  }
  std::unordered_set<std::pair<std::string_view, std::string_view>, PairHash> incoming_leaderships;
  incoming_leaderships.reserve(incoming.leaderships.size());
  for (const LeadershipRow& row : incoming.leaderships) {
    const std::pair<std::string_view, std::string_view> key(row.unit_external_id, row.employee_no);
    incoming_leaderships.insert(key);
    const auto found = stored.find(key);
    if (found == stored.end()) {
      plan.leaderships_added.push_back(row);
      continue;
    }
    LeadershipChange change{row, {}};
    Compare(change.changes, "leader_since", "leder siden", LeaderSinceText(found->second->leader_since),
            LeaderSinceText(row.leader_since));
    Compare(change.changes, "leader_kind", "ledertype", std::string(domain::LeaderKindCode(found->second->kind)),
            std::string(domain::LeaderKindCode(row.kind)));
    if (change.changes.empty()) {
      ++plan.leaderships_unchanged;
    } else {
      plan.leaderships_changed.push_back(std::move(change));
    }
  }
  for (const domain::Leadership& leadership : current.leaderships) {
    const auto unit = unit_by_id.find(leadership.unit);
    const auto person = person_by_id.find(leadership.person);
    if (unit == unit_by_id.end() || person == person_by_id.end()) continue;
    const std::string& unit_id = unit->second->external_id;
    const std::string& employee_no = person->second->employee_no;
    if (unit_id.empty() || employee_no.empty()) continue;
    if (!incoming_leaderships.contains(std::pair<std::string_view, std::string_view>(unit_id, employee_no))) {
      plan.leaderships_removed.emplace_back(unit_id, employee_no);
    }
  }

  // --- The safety limit ---
  plan.unit_deactivation_share = Share(plan.units_deactivated.size(), plan.active_units_now);
  plan.person_deactivation_share = Share(plan.people_deactivated.size(), plan.active_people_now);
  const bool exceeded = plan.unit_deactivation_share > options.max_deactivation_share ||
                        plan.person_deactivation_share > options.max_deactivation_share;
  plan.forced = exceeded && options.force;
  plan.refused_by_safety_limit = exceeded && !options.force;
  return plan;
}

// --- Applying ---

ImportReport ApplyImportPlan(OrganisationRepository& repository, const ImportPlan& plan, ImportRun run,
                             const ImportProgress& progress) {
  ImportReport report;
  run.units_created = static_cast<long long>(plan.units_created.size());
  run.units_changed =
      static_cast<long long>(plan.units_changed.size()) + static_cast<long long>(plan.units_reactivated.size());
  run.units_deactivated = static_cast<long long>(plan.units_deactivated.size());
  run.people_created = static_cast<long long>(plan.people_created.size());
  run.people_changed =
      static_cast<long long>(plan.people_changed.size()) + static_cast<long long>(plan.people_reactivated.size());
  run.people_deactivated = static_cast<long long>(plan.people_deactivated.size());
  run.leaderships_added = static_cast<long long>(plan.leaderships_added.size());
  run.leaderships_removed = static_cast<long long>(plan.leaderships_removed.size());
  run.leaderships_changed = static_cast<long long>(plan.leaderships_changed.size());
  run.forced = plan.forced;
  report.plan = plan;
  if (plan.refused_by_safety_limit) {
    report.outcome = ImportOutcome::RefusedSafetyLimit;
    report.run = std::move(run);
    report.summary = DescribePlan(plan, false);
    return report;
  }

  constexpr std::size_t kSteps = 8;
  std::size_t step = 0;
  auto advance = [&] {
    if (progress) progress(ImportStage::Writing, ++step, kSteps);
  };
  if (progress) progress(ImportStage::Writing, 0, kSteps);
  // Leaderships go first, so none is left pointing at a person or unit in a state the storage refuses;
  // then units parents first, people, and the deactivations (units deepest first) last.
  if (!plan.leaderships_removed.empty()) repository.DeleteLeaderships(plan.leaderships_removed);
  advance();
  if (!plan.units_to_upsert.empty()) repository.UpsertUnits(plan.units_to_upsert);
  advance();
  if (!plan.people_to_upsert.empty()) repository.UpsertPeople(plan.people_to_upsert);
  advance();
  std::vector<LeadershipRow> leaderships = plan.leaderships_added;
  for (const LeadershipChange& change : plan.leaderships_changed) leaderships.push_back(change.row);
  if (!leaderships.empty()) repository.UpsertLeaderships(leaderships);
  advance();
  if (!plan.people_deactivated.empty()) repository.DeactivatePeople(plan.people_deactivated, run.at);
  advance();
  if (!plan.units_deactivated.empty()) repository.DeactivateUnits(plan.units_deactivated, run.at);
  advance();
  repository.RecordImportRun(run);
  advance();
  report.outcome = ImportOutcome::Applied;
  report.run = std::move(run);
  report.summary = DescribePlan(plan, true);
  advance();
  return report;
}

// --- Describing ---

namespace {

std::string Count(std::size_t n) { return domain::FormatInteger(static_cast<long long>(n)); }

// The distinct labels of the changed fields, in first-seen order: "navn, type".
template <typename Change>
std::string ChangedFields(const std::vector<Change>& changes) {
  std::vector<std::string> labels;
  for (const Change& change : changes) {
    for (const FieldChange& field : change.changes) {
      if (std::find(labels.begin(), labels.end(), field.label) == labels.end()) labels.push_back(field.label);
    }
  }
  std::string joined;
  for (const std::string& label : labels) joined += (joined.empty() ? "" : ", ") + label;
  return joined;
}

struct Verbs {
  std::string_view created, changed, closed, reopened, unchanged;
};

template <typename Created, typename Change>
std::string Line(std::string_view what, const std::vector<Created>& created, const std::vector<Change>& changed,
                 std::size_t closed, const std::vector<Change>& reopened, std::size_t unchanged, const Verbs& verbs) {
  std::vector<std::string> parts;
  if (!created.empty()) parts.push_back(Count(created.size()) + " " + std::string(verbs.created));
  if (!changed.empty()) {
    parts.push_back(Count(changed.size()) + " " + std::string(verbs.changed) + " (" + ChangedFields(changed) + ")");
  }
  if (closed > 0) parts.push_back(Count(closed) + " " + std::string(verbs.closed));
  if (!reopened.empty()) parts.push_back(Count(reopened.size()) + " " + std::string(verbs.reopened));
  parts.push_back(Count(unchanged) + " " + std::string(verbs.unchanged));
  std::string line(what);
  line += ": ";
  for (std::size_t i = 0; i < parts.size(); ++i) line += (i == 0 ? "" : ", ") + parts[i];
  return line;
}

}  // namespace

std::vector<std::string> DescribePlan(const ImportPlan& plan, bool applied) {
  std::vector<std::string> lines;
  const Verbs units = applied ? Verbs{"oprettet", "ændret", "lukket", "genåbnet", "uændrede"}
                              : Verbs{"oprettes", "ændres", "lukkes", "genåbnes", "uændrede"};
  const Verbs people = applied ? Verbs{"oprettet", "ændret", "deaktiveret", "genaktiveret", "uændrede"}
                               : Verbs{"oprettes", "ændres", "deaktiveres", "genaktiveres", "uændrede"};
  const Verbs leaders = applied ? Verbs{"tilføjet", "ændret", "fjernet", "", "uændrede"}
                                : Verbs{"tilføjes", "ændres", "fjernes", "", "uændrede"};
  lines.push_back(Line("Enheder", plan.units_created, plan.units_changed, plan.units_deactivated.size(),
                       plan.units_reactivated, plan.units_unchanged, units));
  lines.push_back(Line("Medarbejdere", plan.people_created, plan.people_changed, plan.people_deactivated.size(),
                       plan.people_reactivated, plan.people_unchanged, people));
  lines.push_back(Line("Lederskaber", plan.leaderships_added, plan.leaderships_changed, plan.leaderships_removed.size(),
                       std::vector<LeadershipChange>{}, plan.leaderships_unchanged, leaders));
  if (plan.refused_by_safety_limit || plan.forced) {
    const std::string limit = domain::FormatPercent(plan.max_deactivation_share, 0);
    std::string share = domain::FormatPercent(plan.person_deactivation_share, 1) + " af de aktive medarbejdere (" +
                        Count(plan.people_deactivated.size()) + " af " + Count(plan.active_people_now) + ") og " +
                        domain::FormatPercent(plan.unit_deactivation_share, 1) + " af de aktive enheder (" +
                        Count(plan.units_deactivated.size()) + " af " + Count(plan.active_units_now) + ")";
    if (plan.refused_by_safety_limit) {
      lines.push_back("Importen er afvist: " + share + " ville blive deaktiveret, og grænsen er " + limit +
                      ". Er eksporten ufuldstændig? Gennemfør kun importen med tvang, hvis det er meningen.");
    } else {
      lines.push_back("Grænsen på " + limit + " er tilsidesat med tvang: " + share +
                      (applied ? " er deaktiveret." : " deaktiveres."));
    }
  }
  if (!plan.HasChanges()) lines.push_back("Ingen ændringer: organisationen svarer allerede til filerne.");
  return lines;
}

}  // namespace lp::app
