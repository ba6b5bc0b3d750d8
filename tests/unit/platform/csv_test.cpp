#include "domain/platform/csv.hpp"

#include <gtest/gtest.h>

#include <array>
#include <string>
#include <string_view>
#include <vector>

namespace lp::domain {
namespace {

using namespace std::string_view_literals;

constexpr std::array<std::string_view, 4> kUnitColumns = {"unit_id", "name", "parent_id", "kind"};

CsvParseResult ParseUnits(std::string_view bytes) { return ParseCsv("units.csv", bytes, kUnitColumns); }

std::vector<std::string> FormattedErrors(const CsvParseResult& result) {
  std::vector<std::string> formatted;
  for (const CsvError& error : result.errors) formatted.push_back(error.Format());
  return formatted;
}

std::vector<long> RecordLines(const CsvTable& table) {
  std::vector<long> lines;
  for (const CsvRecord& record : table.records()) lines.push_back(record.line);
  return lines;
}

using Fields = std::vector<std::string>;

TEST(CsvError, FormatsFileLineColumnAndMessage) {
  EXPECT_EQ((CsvError{"people.csv", 7, "title", "Feltet er for langt."}.Format()),
            "people.csv, linje 7, kolonne title: Feltet er for langt.");
  EXPECT_EQ((CsvError{"people.csv", 9, "", "Linjen har 7 felter, men overskriften har 9."}.Format()),
            "people.csv, linje 9: Linjen har 7 felter, men overskriften har 9.");
  EXPECT_EQ((CsvError{"people.csv", 0, "", "Filen er tom."}.Format()), "people.csv: Filen er tom.");
}

TEST(CsvParse, ReadsASemicolonSeparatedFile) {
  const CsvParseResult result = ParseUnits(
      "unit_id;name;parent_id;kind\n"
      "1;Region Midtjylland;;region\n"
      "2;Hospitalsenhed Midt;1;hospital\n");
  ASSERT_TRUE(result.ok()) << testing::PrintToString(FormattedErrors(result));
  const CsvTable& table = *result.table;
  EXPECT_EQ(table.file_name(), "units.csv");
  EXPECT_EQ(table.delimiter(), ';');
  EXPECT_EQ(table.encoding(), TextEncoding::Utf8);
  EXPECT_EQ(table.header(), (Fields{"unit_id", "name", "parent_id", "kind"}));
  ASSERT_EQ(table.records().size(), 2u);
  EXPECT_EQ(table.records()[0].fields, (Fields{"1", "Region Midtjylland", "", "region"}));
  EXPECT_EQ(table.records()[1].fields, (Fields{"2", "Hospitalsenhed Midt", "1", "hospital"}));
  EXPECT_EQ(RecordLines(table), (std::vector<long>{2, 3}));
  EXPECT_TRUE(table.unknown_columns().empty());
}

TEST(CsvParse, DetectsACommaDelimiterFromTheHeader) {
  const CsvParseResult result = ParseUnits("unit_id,name,parent_id,kind\n1,\"Hospitalsenhed Midt; Viborg\",,hospital");
  ASSERT_TRUE(result.ok()) << testing::PrintToString(FormattedErrors(result));
  EXPECT_EQ(result.table->delimiter(), ',');
  EXPECT_EQ(result.table->records()[0].fields, (Fields{"1", "Hospitalsenhed Midt; Viborg", "", "hospital"}));
}

TEST(CsvParse, RefusesAHeaderWithBothDelimiters) {
  const CsvParseResult result = ParseUnits("unit_id;name,parent_id;kind\n");
  EXPECT_FALSE(result.table);
  EXPECT_EQ(FormattedErrors(result),
            Fields{"units.csv, linje 1: Overskriften indeholder både semikolon (;) og komma (,), så det kan ikke "
                   "afgøres, hvilket af dem der adskiller kolonnerne. Brug kun ét af dem i overskriften."});
}

TEST(CsvParse, RefusesAHeaderWithNeitherDelimiter) {
  const CsvParseResult result = ParseUnits("unit_id name parent_id kind\n1 a 2 b\n");
  EXPECT_FALSE(result.table);
  EXPECT_EQ(FormattedErrors(result),
            Fields{"units.csv, linje 1: Overskriften indeholder hverken semikolon (;) eller komma (,), som skal "
                   "adskille kolonnerne."});
}

TEST(CsvParse, CountsDelimitersOutsideQuotesOnlyWhenDetecting) {
  const CsvParseResult result = ParseUnits("\"unit_id\";name;parent_id;kind;\"Kommentar, kort\nog lang\"\n1;a;;b;c\n");
  ASSERT_TRUE(result.ok()) << testing::PrintToString(FormattedErrors(result));
  EXPECT_EQ(result.table->delimiter(), ';');
  EXPECT_EQ(result.table->header(), (Fields{"unit_id", "name", "parent_id", "kind", "Kommentar, kort\nog lang"}));
  EXPECT_EQ(RecordLines(*result.table), (std::vector<long>{3}));
}

TEST(CsvParse, AcceptsUtf8WithByteOrderMark) {
  const CsvParseResult result = ParseUnits("\xEF\xBB\xBFunit_id;name;parent_id;kind\n1;Århus;;region\n");
  ASSERT_TRUE(result.ok()) << testing::PrintToString(FormattedErrors(result));
  EXPECT_EQ(result.table->encoding(), TextEncoding::Utf8WithBom);
  EXPECT_EQ(result.table->header()[0], "unit_id");
  EXPECT_EQ(result.table->Column("unit_id"), 0u);
  EXPECT_EQ(result.table->records()[0].fields[1], "Århus");
}

TEST(CsvParse, DecodesWindows1252FromDanishExcel) {
  const CsvParseResult result = ParseUnits("unit_id;name;parent_id;kind\r\n7;\xC6r\xF8 S\xF8nderborg;1;afdeling\r\n");
  ASSERT_TRUE(result.ok()) << testing::PrintToString(FormattedErrors(result));
  EXPECT_EQ(result.table->encoding(), TextEncoding::Windows1252);
  EXPECT_EQ(result.table->records()[0].fields[1], "Ærø Sønderborg");
}

TEST(CsvParse, DecodesTheWindows1252EuroSign) {
  const CsvParseResult result = ParseUnits("unit_id;name;parent_id;kind\n7;Budget \x80;1;afdeling\n");
  ASSERT_TRUE(result.ok()) << testing::PrintToString(FormattedErrors(result));
  EXPECT_EQ(result.table->records()[0].fields[1], "Budget \u20AC");
}

TEST(CsvParse, ReportsUndefinedWindows1252BytesWithTheirLines) {
  const CsvParseResult result =
      ParseUnits("unit_id;name;parent_id;kind\r\n1;\xC6r\xF8;;a\r\n2;b\x81;1;c\r\n3;d\x9D;1;c");
  EXPECT_FALSE(result.table);
  EXPECT_EQ(FormattedErrors(result),
            (Fields{"units.csv, linje 3: Filen er hverken gyldig UTF-8 eller Windows-1252: byten 0x81 står ikke for "
                    "noget tegn. Gem filen i Excel som \"CSV UTF-8\" eller \"CSV (semikolonsepareret)\".",
                    "units.csv, linje 4: Filen er hverken gyldig UTF-8 eller Windows-1252: byten 0x9D står ikke for "
                    "noget tegn. Gem filen i Excel som \"CSV UTF-8\" eller \"CSV (semikolonsepareret)\"."}));
}

TEST(CsvParse, RefusesInvalidUtf8AfterAByteOrderMark) {
  const CsvParseResult result = ParseUnits("\xEF\xBB\xBFunit_id;name;parent_id;kind\n1;S\xF8ren;;a\n");
  EXPECT_FALSE(result.table);
  ASSERT_EQ(result.errors.size(), 1u);
  EXPECT_EQ(result.errors[0].line, 2);
  EXPECT_NE(result.errors[0].message.find("0xF8"), std::string::npos);
}

TEST(CsvParse, RecognisesExcelWorkbooksAndUtf16Files) {
  const CsvParseResult workbook = ParseUnits("PK\x03\x04\x14\x00\x06\x00"sv);
  EXPECT_FALSE(workbook.table);
  ASSERT_EQ(workbook.errors.size(), 1u);
  EXPECT_EQ(workbook.errors[0].Format(),
            "units.csv: Filen er en Excel-projektmappe (.xlsx) eller en anden zip-fil, ikke en CSV-fil. Gem filen i "
            "Excel som \"CSV UTF-8\" eller \"CSV (semikolonsepareret)\".");
  const CsvParseResult utf16 = ParseUnits("\xFF\xFEu\0n\0i\0t\0"sv);
  EXPECT_FALSE(utf16.table);
  ASSERT_EQ(utf16.errors.size(), 1u);
  EXPECT_NE(utf16.errors[0].message.find("UTF-16"), std::string::npos);
}

TEST(CsvParse, AcceptsMixedLineEndingsIncludingALoneCarriageReturn) {
  const CsvParseResult result = ParseUnits("unit_id;name;parent_id;kind\r\n1;a;;x\n2;b;1;y\r3;c;1;z\r\n4;d;1;w");
  ASSERT_TRUE(result.ok()) << testing::PrintToString(FormattedErrors(result));
  ASSERT_EQ(result.table->records().size(), 4u);
  EXPECT_EQ(RecordLines(*result.table), (std::vector<long>{2, 3, 4, 5}));
  EXPECT_EQ(result.table->records()[1].fields, (Fields{"2", "b", "1", "y"}));
  EXPECT_EQ(result.table->records()[3].fields, (Fields{"4", "d", "1", "w"}));
}

TEST(CsvParse, ReadsQuotedFieldsWithDelimitersQuotesAndLineBreaks) {
  const CsvParseResult result = ParseUnits(
      "unit_id;name;parent_id;kind\n"
      "1;\"Center for \"\"Akut\"\"; Viborg\";;center\n"
      "2;\"Sekretariat\r\nfor ledelse\nog \"\"drift\"\"\";1;afdeling\n"
      "3;Afsnit 3;2;afsnit\n"
      "4;\"\";3;afsnit\n");
  ASSERT_TRUE(result.ok()) << testing::PrintToString(FormattedErrors(result));
  const std::vector<CsvRecord>& records = result.table->records();
  ASSERT_EQ(records.size(), 4u);
  EXPECT_EQ(records[0].fields[1], "Center for \"Akut\"; Viborg");
  EXPECT_EQ(records[1].fields[1], "Sekretariat\nfor ledelse\nog \"drift\"");
  // The second record spans lines 3–5, so the third starts on line 6, as a text editor shows it.
  EXPECT_EQ(RecordLines(*result.table), (std::vector<long>{2, 3, 6, 7}));
  EXPECT_EQ(records[3].fields[1], "");
}

TEST(CsvParse, ReportsTheLineAfterAMultiLineRecordCorrectly) {
  const CsvParseResult result = ParseUnits(
      "unit_id;name;parent_id;kind\n"
      "1;\"To\nlinjer\";;center\n"
      "2;for få felter\n");
  ASSERT_TRUE(result.table);
  EXPECT_EQ(FormattedErrors(result), Fields{"units.csv, linje 4: Linjen har 2 felter, men overskriften har 4."});
}

TEST(CsvParse, ReportsAnUnterminatedQuoteAtTheLineWhereItStarts) {
  const CsvParseResult result = ParseUnits(
      "unit_id;name;parent_id;kind\n"
      "1;a;;center\n"
      "2;\"Afdeling uden slut;1;afdeling\n"
      "3;b;2;afsnit\n");
  EXPECT_EQ(FormattedErrors(result),
            Fields{"units.csv, linje 3, kolonne name: Feltet begynder med et anførselstegn (\"), som aldrig bliver "
                   "lukket, så resten af filen kan ikke læses. Luk anførselstegnet, eller skriv det to gange (\"\"), "
                   "hvis det er en del af teksten."});
  ASSERT_TRUE(result.table);
  EXPECT_EQ(RecordLines(*result.table), (std::vector<long>{2}));
  EXPECT_FALSE(result.ok());
}

TEST(CsvParse, ReportsAQuoteInsideAnUnquotedField) {
  const CsvParseResult result = ParseUnits(
      "unit_id;name;parent_id;kind\n"
      "1;a;;center\n"
      "2;Afdeling \"Nord\";1;afdeling\n"
      "3;b;2;afsnit\n");
  EXPECT_EQ(FormattedErrors(result),
            Fields{"units.csv, linje 3, kolonne name: Feltet indeholder et anførselstegn (\"), men er ikke selv sat i "
                   "anførselstegn. Sæt hele feltet i anførselstegn, og skriv anførselstegnet to gange (\"\")."});
  ASSERT_TRUE(result.table);
  EXPECT_EQ(RecordLines(*result.table), (std::vector<long>{2, 4}));
}

TEST(CsvParse, ReportsTextAfterAClosingQuote) {
  const CsvParseResult result = ParseUnits(
      "unit_id;name;parent_id;kind\n"
      "1;\"Afdeling\" Nord;;center\n"
      "2;b;1;afsnit\n");
  ASSERT_EQ(result.errors.size(), 1u);
  EXPECT_EQ(result.errors[0].line, 2);
  EXPECT_EQ(result.errors[0].column, "name");
  ASSERT_TRUE(result.table);
  EXPECT_EQ(RecordLines(*result.table), (std::vector<long>{3}));
}

TEST(CsvParse, ReportsAWrongFieldCountWithBothCounts) {
  const CsvParseResult result = ParseUnits(
      "unit_id;name;parent_id;kind\n"
      "1;a;;center\n"
      "2;b;1\n"
      "3;c;2;afsnit;ekstra\n"
      "4\n"
      "5;e;2;afsnit\n");
  EXPECT_EQ(FormattedErrors(result), (Fields{"units.csv, linje 3: Linjen har 3 felter, men overskriften har 4.",
                                             "units.csv, linje 4: Linjen har 5 felter, men overskriften har 4.",
                                             "units.csv, linje 5: Linjen har 1 felt, men overskriften har 4."}));
  ASSERT_TRUE(result.table);
  EXPECT_EQ(RecordLines(*result.table), (std::vector<long>{2, 6}));
}

TEST(CsvParse, ReportsAMissingRequiredColumn) {
  const CsvParseResult result = ParseUnits("unit_id;name;kind\n1;a;region\n");
  EXPECT_FALSE(result.table);
  EXPECT_EQ(FormattedErrors(result), Fields{"units.csv, linje 1, kolonne parent_id: Kolonnen mangler i overskriften, "
                                            "som har kolonnerne: unit_id, name, kind."});
}

TEST(CsvParse, ReportsADuplicateHeaderNameIgnoringCase) {
  const CsvParseResult result = ParseUnits("unit_id;name;parent_id;kind;Name\n1;a;;region;b\n");
  EXPECT_FALSE(result.table);
  EXPECT_EQ(FormattedErrors(result), Fields{"units.csv, linje 1, kolonne Name: Kolonnenavnet står mere end én gang i "
                                            "overskriften (som kolonne 2 og 5)."});
}

TEST(CsvParse, ReportsAnEmptyHeaderName) {
  const CsvParseResult result = ParseUnits("unit_id;name;;parent_id;kind\n1;a;;;region\n");
  EXPECT_FALSE(result.table);
  EXPECT_EQ(FormattedErrors(result), Fields{"units.csv, linje 1: Kolonne 3 i overskriften har intet navn."});
}

TEST(CsvParse, MatchesHeaderNamesTrimmedAndIgnoringCase) {
  const CsvParseResult result = ParseUnits(" Unit_ID ;NAME;\tParent_Id;kind \n1;a;;region\n");
  ASSERT_TRUE(result.ok()) << testing::PrintToString(FormattedErrors(result));
  const CsvTable& table = *result.table;
  EXPECT_EQ(table.header(), (Fields{"Unit_ID", "NAME", "Parent_Id", "kind"}));
  EXPECT_EQ(table.Column("unit_id"), 0u);
  EXPECT_EQ(table.Column("name"), 1u);
  EXPECT_EQ(table.Column("PARENT_ID"), 2u);
  EXPECT_EQ(table.Column("kind"), 3u);
  EXPECT_EQ(table.Column("cpr"), std::nullopt);
}

TEST(CsvParse, AllowsAndListsUnknownColumns) {
  const CsvParseResult result = ParseUnits("unit_id;name;Kommentar;parent_id;kind;cost_centre\n1;a;hej;;region;42\n");
  ASSERT_TRUE(result.ok()) << testing::PrintToString(FormattedErrors(result));
  EXPECT_EQ(result.table->unknown_columns(), (Fields{"Kommentar", "cost_centre"}));
  EXPECT_EQ(result.table->records()[0].fields[result.table->Column("kind").value()], "region");
}

TEST(CsvParse, SkipsEmptyLinesAndRowsOfOnlyDelimiters) {
  const CsvParseResult result = ParseUnits(
      "\n"
      "unit_id;name;parent_id;kind\n"
      "\n"
      "1;a;;center\r\n"
      "\r\n"
      ";;;\n"
      "2;b;1;afsnit\n"
      "\n\n");
  ASSERT_TRUE(result.ok()) << testing::PrintToString(FormattedErrors(result));
  EXPECT_EQ(RecordLines(*result.table), (std::vector<long>{4, 7}));
}

TEST(CsvParse, KeepsAnEmptyLastFieldAndALastLineWithoutLineBreak) {
  const CsvParseResult result = ParseUnits("unit_id;name;parent_id;kind\n1;a;;");
  ASSERT_TRUE(result.ok()) << testing::PrintToString(FormattedErrors(result));
  EXPECT_EQ(result.table->records()[0].fields, (Fields{"1", "a", "", ""}));
}

TEST(CsvParse, KeepsSpacesInFields) {
  const CsvParseResult result = ParseUnits("unit_id;name;parent_id;kind\n 1 ; a b ;;x\n");
  ASSERT_TRUE(result.ok()) << testing::PrintToString(FormattedErrors(result));
  EXPECT_EQ(result.table->records()[0].fields, (Fields{" 1 ", " a b ", "", "x"}));
}

TEST(CsvParse, AcceptsAHeaderOnlyFile) {
  for (const std::string_view bytes : {"unit_id;name;parent_id;kind"sv, "unit_id;name;parent_id;kind\r\n"sv}) {
    const CsvParseResult result = ParseUnits(bytes);
    ASSERT_TRUE(result.ok()) << testing::PrintToString(FormattedErrors(result));
    EXPECT_TRUE(result.table->records().empty());
  }
}

TEST(CsvParse, RefusesAnEmptyFile) {
  for (const std::string_view bytes : {""sv, "\xEF\xBB\xBF"sv, "\r\n\n"sv}) {
    const CsvParseResult result = ParseUnits(bytes);
    EXPECT_FALSE(result.table);
    EXPECT_EQ(FormattedErrors(result), Fields{"units.csv: Filen er tom."});
  }
}

TEST(CsvParse, CollectsAllErrorsOfAFile) {
  const CsvParseResult result = ParseUnits(
      "unit_id;name;parent_id;kind\n"
      "1;a\n"
      "2;b;1;c\n"
      "3;x\"y;1;c\n"
      "4;d;1;c;e\n");
  ASSERT_EQ(result.errors.size(), 3u);
  EXPECT_EQ(result.errors[0].line, 2);
  EXPECT_EQ(result.errors[1].line, 4);
  EXPECT_EQ(result.errors[1].column, "name");
  EXPECT_EQ(result.errors[2].line, 5);
}

TEST(CsvParse, StopsAfterTheErrorCapAndSaysThereAreMore) {
  std::string bytes = "unit_id;name;parent_id;kind\n";
  for (int i = 0; i < 500; ++i) bytes += "1;a\n";
  const CsvParseResult result = ParseUnits(bytes);
  ASSERT_EQ(result.errors.size(), kMaxCsvErrors + 1);
  EXPECT_EQ(result.errors[kMaxCsvErrors - 1].line, static_cast<long>(kMaxCsvErrors) + 1);
  EXPECT_EQ(result.errors.back().Format(),
            "units.csv: Der er flere fejl i filen; kun de første 200 er vist. Ret dem, og indlæs filen igen.");
}

TEST(CsvTable, NamesTheColumnOfAFieldError) {
  const CsvParseResult result =
      ParseCsv("people.csv", "employee_no;Title\n1;chef\n\"2\nb\";x\n3;y\n", std::array<std::string_view, 1>{"title"});
  ASSERT_TRUE(result.ok()) << testing::PrintToString(FormattedErrors(result));
  const CsvTable& table = *result.table;
  EXPECT_EQ(table.ErrorAt(table.records()[2], 1, "Titlen er ukendt.").Format(),
            "people.csv, linje 5, kolonne Title: Titlen er ukendt.");
  EXPECT_EQ(table.unknown_columns(), Fields{"employee_no"});
}

// Issue 14.5/14.6: hostile files cost time and memory in proportion to their size, and text fields
// hold text only.
TEST(CsvLimits, RefusesAHeaderWithTooManyColumnsAtOnce) {
  std::string bytes = "unit_id;name;parent_id;kind";
  for (int i = 0; i < 100'000; ++i) bytes += ";x" + std::to_string(i);
  bytes += "\n1;a;;region\n";
  const CsvParseResult result = ParseUnits(bytes);
  EXPECT_FALSE(result.table.has_value());
  ASSERT_EQ(result.errors.size(), 1u);
  EXPECT_EQ(result.errors[0].Format(),
            "units.csv, linje 1: Overskriften har 100.004 kolonner; en fil må højst have 64. Er det den rigtige fil, "
            "og er skilletegnet rigtigt?");
}

TEST(CsvLimits, CountsButDoesNotKeepTheFieldsOfAnOverlongRecord) {
  std::string wide = "1;a;;region";
  for (int i = 0; i < 100'000; ++i) wide += ";";
  const CsvParseResult result = ParseUnits("unit_id;name;parent_id;kind\n" + wide + "\n2;b;1;afdeling\n");
  ASSERT_EQ(result.errors.size(), 1u);
  EXPECT_EQ(result.errors[0].Format(), "units.csv, linje 2: Linjen har 100004 felter, men overskriften har 4.");
  ASSERT_TRUE(result.table.has_value());
  ASSERT_EQ(result.table->records().size(), 1u);
  EXPECT_EQ(result.table->records()[0].fields, (Fields{"2", "b", "1", "afdeling"}));
}

TEST(CsvLimits, RefusesAFieldOverTheLimitWithoutKeepingIt) {
  const std::string huge(5'000, 'n');
  const CsvParseResult result = ParseUnits("unit_id;name;parent_id;kind\n1;" + huge + ";;region\n2;\"" + huge +
                                           "\";1;afdeling\n3;c;1;afdeling\n");
  ASSERT_EQ(result.errors.size(), 2u) << testing::PrintToString(FormattedErrors(result));
  EXPECT_EQ(result.errors[0].Format(),
            "units.csv, linje 2, kolonne name: Feltet er 5.000 byte langt; et felt må højst være 4.096 byte.");
  EXPECT_EQ(result.errors[1].line, 3);
  EXPECT_EQ(result.errors[1].column, "name");
  ASSERT_TRUE(result.table.has_value());
  EXPECT_EQ(RecordLines(*result.table), (std::vector<long>{4}));
}

TEST(CsvLimits, RefusesControlCharactersInQuotedAndUnquotedFields) {
  const CsvParseResult result = ParseUnits(
      "unit_id;name;parent_id;kind\n"
      "1;Regi\0on;;region\n"
      "2;\"Hospital\x1B[31m\";1;hospital\n"
      "3;Af\x7F"
      "deling\x01\x02;1;afdeling\n"
      "4;\"To\tord\nog linjer\";1;afdeling\n"sv);
  ASSERT_EQ(result.errors.size(), 3u) << testing::PrintToString(FormattedErrors(result));
  EXPECT_EQ(result.errors[0].Format(),
            "units.csv, linje 2, kolonne name: Feltet indeholder styretegnet NUL, som ikke kan stå i en tekst. Fjern "
            "det fra eksporten, og indlæs filen igen.");
  EXPECT_EQ(result.errors[1].line, 3);
  EXPECT_NE(result.errors[1].message.find("styretegnet ESC"), std::string::npos);
  EXPECT_EQ(result.errors[2].line, 4);
  EXPECT_NE(result.errors[2].message.find("styretegnet DEL"), std::string::npos) << "one error per field";
  ASSERT_TRUE(result.table.has_value());
  ASSERT_EQ(result.table->records().size(), 1u) << "tabs and quoted line breaks are text";
  EXPECT_EQ(result.table->records()[0].fields[1], "To\tord\nog linjer");
}

TEST(CsvLimits, StopsAfterTheLastAllowedRecordWithOneError) {
  std::string bytes = "unit_id;name;parent_id;kind\n";
  for (int i = 1; i <= 10; ++i) bytes += std::to_string(i) + ";n;;region\n";
  const CsvParseResult result = ParseCsv("units.csv", bytes, kUnitColumns, CsvLimits{.max_records = 4});
  ASSERT_EQ(result.errors.size(), 1u);
  EXPECT_EQ(result.errors[0].Format(),
            "units.csv, linje 6: Filen har flere end 4 rækker, som er det højeste antal, der kan indlæses. Er det den "
            "rigtige fil?");
  const CsvParseResult exactly = ParseCsv("units.csv", bytes, kUnitColumns, CsvLimits{.max_records = 10});
  EXPECT_TRUE(exactly.ok());
}

TEST(CsvLimits, FindsDuplicateColumnNamesAmongManyInOnePass) {
  std::string header = "unit_id;name;parent_id;kind";
  for (int i = 0; i < 59; ++i) header += ";c" + std::to_string(i);
  header += ";NAME";
  const CsvParseResult result = ParseUnits(header + "\n");
  ASSERT_EQ(result.errors.size(), 1u);
  EXPECT_EQ(
      result.errors[0].Format(),
      "units.csv, linje 1, kolonne NAME: Kolonnenavnet står mere end én gang i overskriften (som kolonne 2 og 64).");
}

}  // namespace
}  // namespace lp::domain
