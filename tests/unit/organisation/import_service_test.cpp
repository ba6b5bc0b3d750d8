#include "app/organisation/import_service.hpp"
#include "app/organisation/organisation_repository.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <fstream>
#include <iterator>
#include <optional>
#include <string>
#include <thread>

#include "unit/fakes.hpp"

#ifndef LP_FIXTURE_DIR
#error "tests/CMakeLists.txt defines LP_FIXTURE_DIR for the unit tests"
#endif

namespace lp::app {
namespace {

using ::testing::HasSubstr;

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  EXPECT_TRUE(in.good()) << path;
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

ImportUpload Fixture(const std::string& set) {
  const std::string dir = std::string(LP_FIXTURE_DIR) + "/import/" + set;
  return {{"units.csv", ReadFile(dir + "/units.csv")}, {"people.csv", ReadFile(dir + "/people.csv")}, "192.0.2.7"};
}

// The valid set without its last person (Karen Bach, 1007): 1 of 7 people leaves, over the 10 % limit.
ImportUpload WithoutLastPerson() {
  auto upload = Fixture("valid");
  auto& people = upload.people.bytes;
  const auto last_line = people.rfind("1007;");
  people.erase(last_line);
  return upload;
}

class ImportServiceTest : public ::testing::Test {
 protected:
  ImportServiceTest() : service_(store_, {}, [this] { return now_; }) {
    hr_ = AddUser("hr@rm.dk", "Hanne HR", {domain::Role::Hr});
    admin_ = AddUser("admin@rm.dk", "Anders Admin", {domain::Role::Administrator});
  }

  domain::User AddUser(const std::string& email, const std::string& name, std::vector<domain::Role> roles) {
    UserWithCredentials row;
    row.user.id = store_.data().next_user_id++;
    row.user.email = email;
    row.user.name = name;
    row.user.roles = std::move(roles);
    store_.data().users.push_back(row);
    return row.user;
  }

  std::string PreviewOk(const domain::User& actor, const ImportUpload& upload) {
    auto preview = service_.Preview(actor, upload);
    EXPECT_TRUE(preview.ok());
    if (!preview.ok() || !preview->pending_id) return {};
    return *preview->pending_id;
  }

  void ImportDirectly(const domain::User& actor, const ImportUpload& upload) {
    const auto id = PreviewOk(actor, upload);
    auto confirmed = service_.Confirm(actor, id, false, "192.0.2.7");
    ASSERT_TRUE(confirmed.ok());
    ASSERT_EQ(confirmed->outcome, ConfirmOutcome::Applied);
  }

  std::size_t ActivePeople() {
    return static_cast<std::size_t>(std::ranges::count_if(store_.data().organisation.people,
                                                          [](const domain::Person& person) { return person.active; }));
  }

  test::FakeStore store_;
  domain::Timestamp now_ = domain::FromUnixSeconds(1'800'000'000);
  ImportService service_;
  domain::User hr_;
  domain::User admin_;
};

TEST_F(ImportServiceTest, PreviewsValidFilesWithoutWritingTheOrganisation) {
  auto preview = service_.Preview(hr_, Fixture("valid"));
  ASSERT_TRUE(preview.ok());
  EXPECT_EQ(preview->report.outcome, ImportOutcome::WouldApply);
  ASSERT_TRUE(preview->report.plan.has_value());
  EXPECT_EQ(preview->report.plan->units_created.size(), 6U);
  EXPECT_EQ(preview->report.plan->people_created.size(), 7U);
  EXPECT_THAT(preview->report.summary.front(), HasSubstr("6 oprettes"));
  EXPECT_FALSE(preview->may_force);
  EXPECT_TRUE(store_.data().organisation.units.empty());
  EXPECT_TRUE(store_.data().import_runs.empty());

  ASSERT_TRUE(preview->pending_id.has_value());
  const auto& pending = store_.data().pending_imports.at(*preview->pending_id);
  EXPECT_EQ(pending.user_id, hr_.id);
  EXPECT_EQ(pending.expires_at, now_ + std::chrono::hours{1});
  EXPECT_EQ(preview->expires_at, pending.expires_at);
  EXPECT_EQ(pending.units_bytes, Fixture("valid").units.bytes);
  EXPECT_EQ(pending.fingerprint, OrganisationFingerprint({}));
  ASSERT_EQ(store_.data().audit.size(), 1U);
  EXPECT_EQ(store_.data().audit[0].action, "organisation.import_previewed");
  EXPECT_EQ(store_.data().audit[0].actor_user_id, hr_.id);
  EXPECT_EQ(store_.data().audit[0].remote_address, "192.0.2.7");
}

// Issue 14.5: one import at a time per process. An upload that arrives while another is being read
// is told to wait (Throttled, 429) at once instead of taking another request thread for seconds.
TEST(ImportServiceBusy, RefusesASecondImportWhileOneIsRunning) {
  test::FakeStore store;
  std::optional<Result<ImportPreview>> second;
  int calls = 0;
  ImportService* service_ptr = nullptr;
  UserWithCredentials row;
  row.user.id = store.data().next_user_id++;
  row.user.email = "hr@rm.dk";
  row.user.name = "Hanne HR";
  row.user.roles = {domain::Role::Hr};
  store.data().users.push_back(row);
  const domain::User hr = row.user;
  // The clock is read while the first upload holds the import: the second arrives from another thread then.
  ImportService service(store, {}, [&] {
    if (++calls == 1) {
      std::thread other([&] { second = service_ptr->Preview(hr, Fixture("valid")); });
      other.join();
    }
    return domain::FromUnixSeconds(1'800'000'000);
  });
  service_ptr = &service;
  const auto first = service.Preview(hr, Fixture("valid"));
  ASSERT_TRUE(first.ok()) << first.error().message;
  ASSERT_TRUE(second.has_value());
  ASSERT_FALSE(second->ok());
  EXPECT_EQ(second->error().kind, ErrorKind::Throttled);
  EXPECT_THAT(second->error().message, HasSubstr("Der bliver allerede indlæst filer fra HR-systemet"));
  // Once the first is done, the next one is read.
  EXPECT_TRUE(service.Preview(hr, Fixture("valid")).ok());
}

TEST_F(ImportServiceTest, RefusesAnUploadWithoutBothFiles) {
  auto upload = Fixture("valid");
  upload.people = {};
  auto preview = service_.Preview(hr_, upload);
  ASSERT_FALSE(preview.ok());
  EXPECT_EQ(preview.error().kind, ErrorKind::Invalid);
  ASSERT_EQ(preview.error().field_errors.size(), 1U);
  EXPECT_EQ(preview.error().field_errors[0].field, "people");
  EXPECT_EQ(service_.Preview(hr_, {}).error().field_errors.size(), 2U);
  EXPECT_EQ(store_.writes(), 0);
}

TEST_F(ImportServiceTest, ShowsParseErrorsAndKeepsNothing) {
  auto preview = service_.Preview(hr_, Fixture("bad_date"));
  ASSERT_TRUE(preview.ok());
  EXPECT_EQ(preview->report.outcome, ImportOutcome::RefusedErrors);
  ASSERT_FALSE(preview->report.errors.empty());
  EXPECT_EQ(preview->report.errors[0].file, "people.csv");
  EXPECT_GT(preview->report.errors[0].line, 1);
  EXPECT_FALSE(preview->pending_id.has_value());
  EXPECT_FALSE(preview->report.plan.has_value());
  EXPECT_EQ(store_.writes(), 0);
}

TEST_F(ImportServiceTest, ReplacesTheUsersEarlierUploadAndPurgesExpiredOnes) {
  const auto first = PreviewOk(hr_, Fixture("valid"));
  const auto admins = PreviewOk(admin_, Fixture("valid"));
  now_ += std::chrono::minutes{61};  // the admin's upload has expired
  const auto second = PreviewOk(hr_, Fixture("valid"));
  EXPECT_NE(first, second);
  EXPECT_EQ(store_.data().pending_imports.size(), 1U);
  EXPECT_TRUE(store_.data().pending_imports.contains(second));
  EXPECT_FALSE(store_.data().pending_imports.contains(admins));
}

TEST_F(ImportServiceTest, ConfirmAppliesThePlanRecordsTheRunAuditsAndForgetsTheFiles) {
  const auto id = PreviewOk(hr_, Fixture("valid"));
  now_ += std::chrono::minutes{5};
  auto confirmed = service_.Confirm(hr_, id, false, "192.0.2.8");
  ASSERT_TRUE(confirmed.ok());
  EXPECT_EQ(confirmed->outcome, ConfirmOutcome::Applied);
  EXPECT_EQ(confirmed->preview.report.outcome, ImportOutcome::Applied);
  EXPECT_EQ(store_.data().organisation.units.size(), 6U);
  EXPECT_EQ(ActivePeople(), 7U);
  ASSERT_EQ(store_.data().import_runs.size(), 1U);
  const auto& run = store_.data().import_runs[0];
  EXPECT_EQ(run.source, "web: units.csv, people.csv");
  EXPECT_EQ(run.actor_user_id, hr_.id);
  EXPECT_EQ(run.at, now_);
  EXPECT_EQ(run.people_created, 7);
  EXPECT_FALSE(run.forced);
  EXPECT_TRUE(store_.data().pending_imports.empty());
  ASSERT_EQ(store_.data().audit.size(), 2U);
  EXPECT_EQ(store_.data().audit[1].action, "organisation.imported");
  EXPECT_EQ(store_.data().audit[1].remote_address, "192.0.2.8");
  EXPECT_THAT(store_.data().audit[1].details, HasSubstr("people +7"));

  // The files are gone: the same confirmation cannot run twice.
  auto again = service_.Confirm(hr_, id, false, "192.0.2.8");
  ASSERT_FALSE(again.ok());
  EXPECT_EQ(again.error().kind, ErrorKind::NotFound);
}

TEST_F(ImportServiceTest, TheSameFilesAgainChangeNothing) {
  ImportDirectly(hr_, Fixture("valid"));
  auto preview = service_.Preview(hr_, Fixture("valid"));
  ASSERT_TRUE(preview.ok());
  ASSERT_TRUE(preview->report.plan.has_value());
  EXPECT_FALSE(preview->report.plan->HasChanges());
  EXPECT_THAT(preview->report.summary.back(), HasSubstr("Ingen ændringer"));
}

TEST_F(ImportServiceTest, OnlyTheUploaderMayConfirm) {
  const auto id = PreviewOk(hr_, Fixture("valid"));
  auto confirmed = service_.Confirm(admin_, id, false, "192.0.2.7");
  ASSERT_FALSE(confirmed.ok());
  EXPECT_EQ(confirmed.error().kind, ErrorKind::Forbidden);
  EXPECT_TRUE(store_.data().organisation.units.empty());
  EXPECT_TRUE(store_.data().pending_imports.contains(id));
}

TEST_F(ImportServiceTest, UnknownAndExpiredPreviewsAreNotFoundAndExpiredOnesAreDeleted) {
  EXPECT_EQ(service_.Confirm(hr_, "no-such-id", false, "").error().kind, ErrorKind::NotFound);
  EXPECT_EQ(service_.Confirm(hr_, "", false, "").error().kind, ErrorKind::NotFound);
  const auto id = PreviewOk(hr_, Fixture("valid"));
  now_ += std::chrono::hours{1};
  auto confirmed = service_.Confirm(hr_, id, false, "");
  ASSERT_FALSE(confirmed.ok());
  EXPECT_EQ(confirmed.error().kind, ErrorKind::NotFound);
  EXPECT_THAT(confirmed.error().message, HasSubstr("udløbet"));
  EXPECT_FALSE(store_.data().pending_imports.contains(id));
  EXPECT_TRUE(store_.data().organisation.units.empty());
}

TEST_F(ImportServiceTest, AChangedOrganisationIsShownAgainInsteadOfApplied) {
  const auto id = PreviewOk(hr_, Fixture("valid"));
  ImportDirectly(admin_, Fixture("valid"));  // someone else imports in between
  const auto runs_before = store_.data().import_runs.size();

  auto confirmed = service_.Confirm(hr_, id, false, "");
  ASSERT_TRUE(confirmed.ok());
  EXPECT_EQ(confirmed->outcome, ConfirmOutcome::OrganisationChanged);
  EXPECT_TRUE(confirmed->preview.organisation_changed);
  ASSERT_TRUE(confirmed->preview.report.plan.has_value());
  EXPECT_FALSE(confirmed->preview.report.plan->HasChanges());  // planned against the new state
  EXPECT_EQ(confirmed->preview.pending_id, id);
  EXPECT_EQ(store_.data().import_runs.size(), runs_before);

  // Confirming the new preview applies it.
  auto again = service_.Confirm(hr_, id, false, "");
  ASSERT_TRUE(again.ok());
  EXPECT_EQ(again->outcome, ConfirmOutcome::Applied);
  EXPECT_EQ(store_.data().import_runs.size(), runs_before + 1);
}

TEST_F(ImportServiceTest, TheSafetyLimitRefusesUntilAnAdministratorForcesIt) {
  ImportDirectly(admin_, Fixture("valid"));

  auto hr_preview = service_.Preview(hr_, WithoutLastPerson());
  ASSERT_TRUE(hr_preview.ok());
  EXPECT_EQ(hr_preview->report.outcome, ImportOutcome::RefusedSafetyLimit);
  EXPECT_FALSE(hr_preview->may_force);
  EXPECT_EQ(hr_preview->report.plan->people_deactivated, std::vector<std::string>{"1007"});
  EXPECT_EQ(hr_preview->deactivated_names.at("person:1007"), "Karen Bach");
  auto refused = service_.Confirm(hr_, *hr_preview->pending_id, false, "");
  ASSERT_TRUE(refused.ok());
  EXPECT_EQ(refused->outcome, ConfirmOutcome::RefusedSafetyLimit);
  EXPECT_EQ(service_.Confirm(hr_, *hr_preview->pending_id, true, "").error().kind, ErrorKind::Forbidden);
  EXPECT_EQ(ActivePeople(), 7U);

  auto admin_preview = service_.Preview(admin_, WithoutLastPerson());
  ASSERT_TRUE(admin_preview.ok());
  EXPECT_TRUE(admin_preview->may_force);
  auto forced = service_.Confirm(admin_, *admin_preview->pending_id, true, "");
  ASSERT_TRUE(forced.ok());
  EXPECT_EQ(forced->outcome, ConfirmOutcome::Applied);
  EXPECT_EQ(ActivePeople(), 6U);
  EXPECT_TRUE(store_.data().import_runs.back().forced);
  EXPECT_THAT(store_.data().audit.back().details, HasSubstr("forced"));
}

TEST_F(ImportServiceTest, ListsRecentRunsWithTheActorsName) {
  ImportDirectly(hr_, Fixture("valid"));
  store_.Write([](Transaction& tx) {
    ImportRun run;
    run.at = domain::FromUnixSeconds(1'900'000'000);
    run.source = "cli: units.csv, people.csv";
    tx.Get<OrganisationRepository>().RecordImportRun(run);
  });
  const auto runs = service_.RecentRuns(10);
  ASSERT_EQ(runs.size(), 2U);
  EXPECT_EQ(runs[0].run.source, "cli: units.csv, people.csv");
  EXPECT_EQ(runs[0].actor_name, "");
  EXPECT_EQ(runs[1].actor_name, "Hanne HR");
}

TEST_F(ImportServiceTest, PurgesExpiredPendingImports) {
  PreviewOk(hr_, Fixture("valid"));
  EXPECT_EQ(service_.PurgeExpired(), 0);
  now_ += std::chrono::hours{2};
  EXPECT_EQ(service_.PurgeExpired(), 1);
  EXPECT_TRUE(store_.data().pending_imports.empty());
}

TEST(OrganisationFingerprint, IgnoresOrderButSeesEveryField) {
  OrganisationRecords records;
  records.units = {{1, "RM", "Region", std::nullopt, domain::UnitKind::Region, true},
                   {2, "HEM", "Hospital", 1, domain::UnitKind::Hospital, true}};
  records.people = {{1, "1001", "Mette", "Sørensen", "m@rm.dk", "Direktør", 1, true}};
  records.leaderships = {{1, 1, std::chrono::year{2020} / 1 / 1, domain::LeaderKind::LederAfLedere}};
  const auto fingerprint = OrganisationFingerprint(records);
  EXPECT_EQ(fingerprint.size(), 64U);

  auto reordered = records;
  std::swap(reordered.units[0], reordered.units[1]);
  EXPECT_EQ(OrganisationFingerprint(reordered), fingerprint);

  auto renamed = records;
  renamed.units[1].name = "Hospitalet";
  EXPECT_NE(OrganisationFingerprint(renamed), fingerprint);
  auto deactivated = records;
  deactivated.people[0].active = false;
  EXPECT_NE(OrganisationFingerprint(deactivated), fingerprint);
  auto retitled = records;
  retitled.people[0].title = "";
  EXPECT_NE(OrganisationFingerprint(retitled), fingerprint);
  auto later = records;
  later.leaderships[0].leader_since = std::chrono::year{2021} / 1 / 1;
  EXPECT_NE(OrganisationFingerprint(later), fingerprint);
  // Moving text between neighbouring fields is a change too.
  auto shifted = records;
  shifted.people[0].first_name = "MetteS";
  shifted.people[0].last_name = "ørensen";
  EXPECT_NE(OrganisationFingerprint(shifted), fingerprint);
}

}  // namespace
}  // namespace lp::app
