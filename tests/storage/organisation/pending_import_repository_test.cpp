// Contract of app::PendingImportRepository, run on SQLite and PostgreSQL.
#include <string>

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
  store().Write([&](app::Transaction& tx) { tx.PendingImports().Create(pending); });
  const auto found = store().Read([](app::Transaction& tx) { return tx.PendingImports().Find("abc"); });
  ASSERT_TRUE(found.has_value());
  EXPECT_EQ(*found, pending);
  EXPECT_EQ(found->units_bytes.size(), 768U);
  EXPECT_FALSE(store().Read([](app::Transaction& tx) { return tx.PendingImports().Find("other").has_value(); }));
}

TEST_F(StoreContract, StoresEmptyAndLargeFiles) {
  const auto user = CreateUser("hr@rm.dk", {domain::Role::Hr});
  auto pending = Pending("large", user);
  pending.units_bytes.clear();
  pending.people_bytes.assign(4 * 1024 * 1024, 'x');
  pending.people_bytes[12345] = '\0';
  store().Write([&](app::Transaction& tx) { tx.PendingImports().Create(pending); });
  const auto found = store().Read([](app::Transaction& tx) { return tx.PendingImports().Find("large"); });
  ASSERT_TRUE(found.has_value());
  EXPECT_TRUE(found->units_bytes.empty());
  EXPECT_EQ(found->people_bytes, pending.people_bytes);
}

TEST_F(StoreContract, RefusesATakenPendingImportIdAndAnUnknownUser) {
  const auto user = CreateUser("hr@rm.dk", {domain::Role::Hr});
  store().Write([&](app::Transaction& tx) { tx.PendingImports().Create(Pending("abc", user)); });
  EXPECT_THROW(store().Write([&](app::Transaction& tx) { tx.PendingImports().Create(Pending("abc", user)); }),
               app::ConstraintViolation);
  EXPECT_THROW(store().Write([&](app::Transaction& tx) { tx.PendingImports().Create(Pending("def", user + 99)); }),
               app::ConstraintViolation);
}

TEST_F(StoreContract, UpdatesTheFingerprintOfOnePendingImport) {
  const auto user = CreateUser("hr@rm.dk", {domain::Role::Hr});
  store().Write([&](app::Transaction& tx) {
    tx.PendingImports().Create(Pending("a", user));
    tx.PendingImports().Create(Pending("b", user));
  });
  store().Write([](app::Transaction& tx) { tx.PendingImports().SetFingerprint("a", "new"); });
  store().Read([](app::Transaction& tx) {
    EXPECT_EQ(tx.PendingImports().Find("a")->fingerprint, "new");
    EXPECT_EQ(tx.PendingImports().Find("b")->fingerprint, std::string(64, 'f'));
  });
}

TEST_F(StoreContract, DeletesPendingImportsByIdByUserAndWhenExpired) {
  const auto hr = CreateUser("hr@rm.dk", {domain::Role::Hr});
  const auto admin = CreateUser("admin@rm.dk", {domain::Role::Administrator});
  store().Write([&](app::Transaction& tx) {
    tx.PendingImports().Create(Pending("hr-old", hr, 1'000));      // expires at 4,600
    tx.PendingImports().Create(Pending("hr-new", hr, 2'000));      // expires at 5,600
    tx.PendingImports().Create(Pending("admin-1", admin, 1'000));  // expires at 4,600
    tx.PendingImports().Create(Pending("admin-2", admin, 3'000));  // expires at 6,600
  });
  EXPECT_EQ(store().Write([](app::Transaction& tx) { return tx.PendingImports().DeleteExpired(At(4'599)); }), 0);
  EXPECT_EQ(store().Write([](app::Transaction& tx) { return tx.PendingImports().DeleteExpired(At(4'600)); }), 2);
  store().Read([](app::Transaction& tx) {
    EXPECT_FALSE(tx.PendingImports().Find("hr-old").has_value());
    EXPECT_FALSE(tx.PendingImports().Find("admin-1").has_value());
    EXPECT_TRUE(tx.PendingImports().Find("hr-new").has_value());
  });
  EXPECT_EQ(store().Write([&](app::Transaction& tx) { return tx.PendingImports().DeleteForUser(hr); }), 1);
  store().Write([](app::Transaction& tx) { tx.PendingImports().Delete("admin-2"); });
  store().Write([](app::Transaction& tx) { tx.PendingImports().Delete("never-existed"); });
  store().Read([](app::Transaction& tx) {
    EXPECT_FALSE(tx.PendingImports().Find("hr-new").has_value());
    EXPECT_FALSE(tx.PendingImports().Find("admin-2").has_value());
  });
}

TEST_F(StoreContract, RollsBackAPendingImportWithTheRestOfTheUnitOfWork) {
  const auto user = CreateUser("hr@rm.dk", {domain::Role::Hr});
  EXPECT_THROW(store().Write([&](app::Transaction& tx) {
    tx.PendingImports().Create(Pending("abc", user));
    throw std::runtime_error("the preview failed after storing");
  }),
               std::runtime_error);
  EXPECT_FALSE(store().Read([](app::Transaction& tx) { return tx.PendingImports().Find("abc").has_value(); }));
}

}  // namespace
}  // namespace lp::storage_test
