// Contract of app::PendingImportRepository, run on SQLite and PostgreSQL.
#include <string>

#include "app/organisation/pending_import_repository.hpp"
#include "storage/store_fixture.hpp"

namespace lp::storage_test {
namespace {

app::PendingImport Pending(const std::string& id, domain::UserId user_id, long long created_at = 1'000) {
  app::PendingImport pending;
  pending.id = id;
  pending.user_id = user_id;
  pending.created_at = At(created_at);
  pending.expires_at = At(created_at + 3'600);
  pending.units_name = "units.csv";
  pending.units_bytes = "unit_id;name;parent_id;kind\r\nR;Region Midtjylland;;region\r\n";
  pending.people_name = "Medarbejdere æøå.csv";
  pending.people_bytes = "employee_no;first_name\n1;S\xF8ren\n";  // Windows-1252, not UTF-8
  pending.fingerprint = std::string(64, 'f');
  return pending;
}

TEST_F(StoreContract, StoresAndFindsAPendingImportWithItsFilesByteForByte) {
  const auto user = CreateUser("hr@rm.dk", {domain::Role::Hr});
  auto pending = Pending("abc", user);
  // Every byte value, NUL included, as an arbitrary upload may hold.
  pending.units_bytes.clear();
  for (int repeat = 0; repeat < 3; ++repeat) {
    for (int byte = 0; byte < 256; ++byte) pending.units_bytes.push_back(static_cast<char>(byte));
  }
  store().Write([&](app::Transaction& tx) { tx.Get<app::PendingImportRepository>().Create(pending); });
  const auto found =
      store().Read([](app::Transaction& tx) { return tx.Get<app::PendingImportRepository>().Find("abc"); });
  ASSERT_TRUE(found.has_value());
  EXPECT_EQ(*found, pending);
  EXPECT_EQ(found->units_bytes.size(), 768U);
  EXPECT_FALSE(store().Read(
      [](app::Transaction& tx) { return tx.Get<app::PendingImportRepository>().Find("other").has_value(); }));
}

TEST_F(StoreContract, StoresEmptyAndLargeFiles) {
  const auto user = CreateUser("hr@rm.dk", {domain::Role::Hr});
  auto pending = Pending("large", user);
  pending.units_bytes.clear();
  pending.people_bytes.assign(4 * 1024 * 1024, 'x');
  pending.people_bytes[12345] = '\0';
  store().Write([&](app::Transaction& tx) { tx.Get<app::PendingImportRepository>().Create(pending); });
  const auto found =
      store().Read([](app::Transaction& tx) { return tx.Get<app::PendingImportRepository>().Find("large"); });
  ASSERT_TRUE(found.has_value());
  EXPECT_TRUE(found->units_bytes.empty());
  EXPECT_EQ(found->people_bytes, pending.people_bytes);
}

TEST_F(StoreContract, RefusesATakenPendingImportIdAndAnUnknownUser) {
  const auto user = CreateUser("hr@rm.dk", {domain::Role::Hr});
  store().Write([&](app::Transaction& tx) { tx.Get<app::PendingImportRepository>().Create(Pending("abc", user)); });
  EXPECT_THROW(
      store().Write([&](app::Transaction& tx) { tx.Get<app::PendingImportRepository>().Create(Pending("abc", user)); }),
      app::ConstraintViolation);
  EXPECT_THROW(store().Write([&](app::Transaction& tx) {
    tx.Get<app::PendingImportRepository>().Create(Pending("def", user + 99));
  }),
               app::ConstraintViolation);
}

TEST_F(StoreContract, UpdatesTheFingerprintOfOnePendingImport) {
  const auto user = CreateUser("hr@rm.dk", {domain::Role::Hr});
  store().Write([&](app::Transaction& tx) {
    tx.Get<app::PendingImportRepository>().Create(Pending("a", user));
    tx.Get<app::PendingImportRepository>().Create(Pending("b", user));
  });
  store().Write([](app::Transaction& tx) { tx.Get<app::PendingImportRepository>().SetFingerprint("a", "new"); });
  store().Read([](app::Transaction& tx) {
    EXPECT_EQ(tx.Get<app::PendingImportRepository>().Find("a")->fingerprint, "new");
    EXPECT_EQ(tx.Get<app::PendingImportRepository>().Find("b")->fingerprint, std::string(64, 'f'));
  });
}

TEST_F(StoreContract, DeletesPendingImportsByIdByUserAndWhenExpired) {
  const auto hr = CreateUser("hr@rm.dk", {domain::Role::Hr});
  const auto admin = CreateUser("admin@rm.dk", {domain::Role::Administrator});
  store().Write([&](app::Transaction& tx) {
    tx.Get<app::PendingImportRepository>().Create(Pending("hr-old", hr, 1'000));      // expires at 4,600
    tx.Get<app::PendingImportRepository>().Create(Pending("hr-new", hr, 2'000));      // expires at 5,600
    tx.Get<app::PendingImportRepository>().Create(Pending("admin-1", admin, 1'000));  // expires at 4,600
    tx.Get<app::PendingImportRepository>().Create(Pending("admin-2", admin, 3'000));  // expires at 6,600
  });
  EXPECT_EQ(store().Write(
                [](app::Transaction& tx) { return tx.Get<app::PendingImportRepository>().DeleteExpired(At(4'599)); }),
            0);
  EXPECT_EQ(store().Write(
                [](app::Transaction& tx) { return tx.Get<app::PendingImportRepository>().DeleteExpired(At(4'600)); }),
            2);
  store().Read([](app::Transaction& tx) {
    EXPECT_FALSE(tx.Get<app::PendingImportRepository>().Find("hr-old").has_value());
    EXPECT_FALSE(tx.Get<app::PendingImportRepository>().Find("admin-1").has_value());
    EXPECT_TRUE(tx.Get<app::PendingImportRepository>().Find("hr-new").has_value());
  });
  EXPECT_EQ(
      store().Write([&](app::Transaction& tx) { return tx.Get<app::PendingImportRepository>().DeleteForUser(hr); }), 1);
  store().Write([](app::Transaction& tx) { tx.Get<app::PendingImportRepository>().Delete("admin-2"); });
  store().Write([](app::Transaction& tx) { tx.Get<app::PendingImportRepository>().Delete("never-existed"); });
  store().Read([](app::Transaction& tx) {
    EXPECT_FALSE(tx.Get<app::PendingImportRepository>().Find("hr-new").has_value());
    EXPECT_FALSE(tx.Get<app::PendingImportRepository>().Find("admin-2").has_value());
  });
}

TEST_F(StoreContract, RollsBackAPendingImportWithTheRestOfTheUnitOfWork) {
  const auto user = CreateUser("hr@rm.dk", {domain::Role::Hr});
  EXPECT_THROW(store().Write([&](app::Transaction& tx) {
    tx.Get<app::PendingImportRepository>().Create(Pending("abc", user));
    throw std::runtime_error("the preview failed after storing");
  }),
               std::runtime_error);
  EXPECT_FALSE(store().Read(
      [](app::Transaction& tx) { return tx.Get<app::PendingImportRepository>().Find("abc").has_value(); }));
}

}  // namespace
}  // namespace lp::storage_test
