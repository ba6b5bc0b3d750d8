#include "cli/import_command.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <sstream>
#include <string>

#include "cli/demo_data.hpp"
#include "cli/demo_region.hpp"
#include "unit/fakes.hpp"

#ifndef LP_FIXTURE_DIR
#error "tests/CMakeLists.txt defines LP_FIXTURE_DIR for the unit tests"
#endif

namespace lp::cli {
namespace {

using testing::HasSubstr;
using testing::Not;

const std::string kFixtures = std::string(LP_FIXTURE_DIR) + "/import/";

domain::Timestamp FixedNow() { return domain::FromUnixSeconds(1'796'000'000); }

class ImportCommandTest : public ::testing::Test {
 protected:
  void TearDown() override {
    if (!scratch_.empty()) std::filesystem::remove_all(scratch_);
  }

  int Run(const std::string& set, bool dry_run = false, bool force = false, bool show_progress = false) {
    return Run(kFixtures + set + "/units.csv", kFixtures + set + "/people.csv", dry_run, force, show_progress);
  }
  int Run(const std::string& units, const std::string& people, bool dry_run = false, bool force = false,
          bool show_progress = false) {
    out_.str("");
    err_.str("");
    return RunImport(store_, {units, people, dry_run, force}, 0.10, out_, err_, show_progress);
  }

  // The valid fixture's people.csv without its last person: one of seven people (14 %) would go.
  std::string TruncatedPeople() {
    std::ifstream in(kFixtures + "valid/people.csv", std::ios::binary);
    std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    text.erase(text.rfind('\n', text.size() - 2) + 1);
    scratch_ = std::filesystem::temp_directory_path() / ("lp-import-test-" + std::to_string(::getpid()));
    std::filesystem::create_directories(scratch_);
    const auto path = scratch_ / "people.csv";
    std::ofstream(path, std::ios::binary) << text;
    return path.string();
  }

  test::FakeStore store_;
  std::ostringstream out_;
  std::ostringstream err_;
  std::filesystem::path scratch_;
};

TEST_F(ImportCommandTest, AppliesTheValidFilesInOneWriteWithRunAndAuditEvent) {
  EXPECT_EQ(Run("valid"), 0);
  EXPECT_EQ(store_.writes(), 1);
  EXPECT_EQ(store_.data().organisation.units.size(), 6U);
  EXPECT_EQ(store_.data().organisation.people.size(), 7U);
  ASSERT_EQ(store_.data().import_runs.size(), 1U);
  EXPECT_EQ(store_.data().import_runs.back().source, "cli: units.csv, people.csv");
  EXPECT_EQ(store_.data().import_runs.back().people_created, 7);
  ASSERT_FALSE(store_.data().audit.empty());
  EXPECT_EQ(store_.data().audit.back().action, "organisation.imported");
  EXPECT_THAT(store_.data().audit.back().details, HasSubstr("people +7"));
  EXPECT_THAT(out_.str(), HasSubstr("Enheder: 6 oprettet"));
  EXPECT_THAT(out_.str(), HasSubstr("Importen er gennemført."));
  EXPECT_EQ(err_.str(), "");
}

TEST_F(ImportCommandTest, SecondImportOfTheSameFilesChangesNothingButIsRecorded) {
  ASSERT_EQ(Run("valid"), 0);
  const auto people = store_.data().organisation.people;
  EXPECT_EQ(Run("valid"), 0);
  EXPECT_THAT(out_.str(), HasSubstr("Ingen ændringer"));
  EXPECT_EQ(store_.data().organisation.people, people);
  EXPECT_EQ(store_.data().import_runs.size(), 2U);
}

TEST_F(ImportCommandTest, DryRunWritesNothingNotEvenTheRun) {
  EXPECT_EQ(Run("valid", /*dry_run=*/true), 0);
  EXPECT_EQ(store_.writes(), 0);
  EXPECT_TRUE(store_.data().organisation.units.empty());
  EXPECT_TRUE(store_.data().import_runs.empty());
  EXPECT_TRUE(store_.data().audit.empty());
  EXPECT_THAT(out_.str(), HasSubstr("Enheder: 6 oprettes"));
  EXPECT_THAT(out_.str(), HasSubstr("Prøvekørsel"));
}

TEST_F(ImportCommandTest, FileErrorsAreRefusedWithFileLineAndColumn) {
  EXPECT_EQ(Run("bad_date"), 1);
  EXPECT_THAT(out_.str(), HasSubstr("people.csv, linje 5, kolonne leader_since: "));
  EXPECT_THAT(out_.str(), HasSubstr("Importen er afvist"));
  EXPECT_EQ(store_.writes(), 0);
  EXPECT_EQ(Run("bad_date", /*dry_run=*/true), 1);
}

TEST_F(ImportCommandTest, CprValuesAreRefusedWithoutRepeatingThem) {
  EXPECT_EQ(Run("cpr_value"), 1);
  EXPECT_THAT(out_.str(), HasSubstr("CPR"));
  EXPECT_EQ(store_.writes(), 0);
}

TEST_F(ImportCommandTest, SafetyLimitRefusesUnlessForced) {
  ASSERT_EQ(Run("valid"), 0);
  const std::string truncated = TruncatedPeople();
  const std::string units = kFixtures + "valid/units.csv";
  EXPECT_EQ(Run(units, truncated), 1);
  EXPECT_THAT(out_.str(), HasSubstr("Importen er afvist"));
  EXPECT_EQ(store_.data().import_runs.size(), 1U);
  EXPECT_EQ(Run(units, truncated, /*dry_run=*/true), 1);

  EXPECT_EQ(Run(units, truncated, /*dry_run=*/false, /*force=*/true), 0);
  ASSERT_EQ(store_.data().import_runs.size(), 2U);
  EXPECT_TRUE(store_.data().import_runs.back().forced);
  EXPECT_EQ(store_.data().import_runs.back().people_deactivated, 1);
  EXPECT_THAT(store_.data().audit.back().details, HasSubstr("forced"));
}

TEST_F(ImportCommandTest, UnreadableFileFailsWithAMessage) {
  EXPECT_EQ(Run(kFixtures + "valid/units.csv", kFixtures + "valid/no-such-file.csv"), 1);
  EXPECT_THAT(err_.str(), HasSubstr("Kan ikke læse"));
  EXPECT_THAT(err_.str(), HasSubstr("no-such-file.csv"));
  EXPECT_EQ(store_.writes(), 0);
}

TEST_F(ImportCommandTest, ProgressGoesToStandardErrorOnlyAndOnlyWhenAsked) {
  ASSERT_EQ(Run("valid", false, false, /*show_progress=*/true), 0);
  EXPECT_THAT(err_.str(), HasSubstr("\r"));
  EXPECT_THAT(err_.str(), HasSubstr("Skriver"));
  EXPECT_THAT(out_.str(), Not(HasSubstr("\r")));
  ASSERT_EQ(Run("valid"), 0);
  EXPECT_EQ(err_.str(), "");
}

TEST(ImportOrganisationTest, ApplyIfChangedWritesNothingWhenNothingChanged) {
  test::FakeStore store;
  const auto rows = GenerateDemoRegion(DemoSize::Small);
  const auto first = ImportOrganisation(store, rows, {}, "demo-data", ImportMode::ApplyIfChanged, {}, FixedNow);
  EXPECT_EQ(first.outcome, app::ImportOutcome::Applied);
  EXPECT_EQ(store.data().organisation.people.size(), rows.people.size());
  ASSERT_EQ(store.data().import_runs.size(), 1U);
  EXPECT_EQ(store.data().import_runs.back().source, "demo-data");
  EXPECT_EQ(store.data().import_runs.back().at, FixedNow());

  const auto data = store.data().organisation;
  const auto second = ImportOrganisation(store, rows, {}, "demo-data", ImportMode::ApplyIfChanged, {}, FixedNow);
  EXPECT_EQ(second.outcome, app::ImportOutcome::Applied);
  ASSERT_TRUE(second.plan.has_value());
  EXPECT_FALSE(second.plan->HasChanges());
  EXPECT_EQ(store.data().import_runs.size(), 1U);
  EXPECT_EQ(store.data().organisation.people, data.people);
  EXPECT_THAT(second.summary.back(), HasSubstr("Ingen ændringer"));
}

TEST(ImportOrganisationTest, SafetyLimitWritesNothing) {
  test::FakeStore store;
  auto rows = GenerateDemoRegion(DemoSize::Small);
  ASSERT_EQ(ImportOrganisation(store, rows, {}, "demo-data", ImportMode::Apply).outcome, app::ImportOutcome::Applied);
  const int writes = store.writes();
  // Half of the people missing from the export: far beyond the limit.
  rows.people.resize(rows.people.size() / 2);
  std::erase_if(rows.leaderships, [&](const app::LeadershipRow& leadership) {
    return std::ranges::none_of(rows.people,
                                [&](const app::PersonRow& p) { return p.employee_no == leadership.employee_no; });
  });
  const auto refused = ImportOrganisation(store, rows, {}, "demo-data", ImportMode::Apply);
  EXPECT_EQ(refused.outcome, app::ImportOutcome::RefusedSafetyLimit);
  EXPECT_EQ(store.data().import_runs.size(), 1U);
  EXPECT_EQ(store.writes(), writes + 1);  // the transaction ran, but committed nothing new
  EXPECT_EQ(std::ranges::count_if(store.data().organisation.people, [](const auto& p) { return !p.active; }), 0);
}

TEST(MaxDeactivationShareTest, ReadsTheSettingWithPointOrComma) {
  EXPECT_DOUBLE_EQ(MaxDeactivationShare(Config::FromMap({})), 0.10);
  EXPECT_DOUBLE_EQ(MaxDeactivationShare(Config::FromMap({{"import_max_deactivation_share", "0,25"}})), 0.25);
  EXPECT_DOUBLE_EQ(MaxDeactivationShare(Config::FromMap({{"import_max_deactivation_share", "1"}})), 1.0);
  EXPECT_DOUBLE_EQ(MaxDeactivationShare(Config::FromMap({{"import_max_deactivation_share", "0"}})), 0.0);
}

TEST(MaxDeactivationShareTest, RefusesWhatIsNotAShare) {
  for (const char* text : {"", "abc", "1.5", "-0.1", "10%", "0.1x"}) {
    EXPECT_THROW(MaxDeactivationShare(Config::FromMap({{"import_max_deactivation_share", text}})), std::runtime_error)
        << text;
  }
}

}  // namespace
}  // namespace lp::cli
