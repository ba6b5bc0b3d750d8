// The unit-of-work contract of app::Store (commit, roll back on an error Result, a lost race as a
// Conflict), on the in-memory store of tests/unit/fakes.hpp.
// The real stores keep the same contract: tests/storage/platform/store_test.cpp.
#include <gtest/gtest.h>

#include <stdexcept>
#include <string>

#include "app/platform/errors.hpp"
#include "unit/fakes.hpp"

namespace lp::app {
namespace {

class StoreUnitOfWork : public ::testing::Test {
 protected:
  std::optional<std::string> Setting(const std::string& key) {
    return store_.Read([&](Transaction& tx) { return tx.Get<SettingRepository>().Get(key); });
  }

  test::FakeStore store_;
};

TEST_F(StoreUnitOfWork, CommitsWorkThatReturnsAValue) {
  const auto result = store_.Write(
      [](Transaction& tx) -> Result<std::string> { return tx.Get<SettingRepository>().InsertIfAbsent("kept", "yes"); });
  ASSERT_TRUE(result.ok());
  EXPECT_EQ(result.value(), "yes");
  EXPECT_EQ(Setting("kept"), "yes");
  EXPECT_EQ(store_.writes(), 1);
}

TEST_F(StoreUnitOfWork, RollsBackWorkThatReturnsAnErrorAndReturnsTheError) {
  const auto result = store_.Write([](Transaction& tx) -> Result<Unit> {
    tx.Get<SettingRepository>().InsertIfAbsent("written-first", "yes");
    return Conflict("Nogen kom før dig.");
  });
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.error().kind, ErrorKind::Conflict);
  EXPECT_EQ(result.error().message, "Nogen kom før dig.");
  EXPECT_FALSE(Setting("written-first"));
  EXPECT_EQ(store_.writes(), 0);
}

TEST_F(StoreUnitOfWork, KeepsTheFieldErrorsOfAnInvalidResult) {
  const auto result = store_.Write([](Transaction& tx) -> Result<int> {
    tx.Get<SettingRepository>().InsertIfAbsent("written-first", "yes");
    return Invalid({{"title", "Skriv en titel."}});
  });
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.error().message, kInvalidSummary);
  ASSERT_EQ(result.error().field_errors.size(), 1U);
  EXPECT_EQ(result.error().field_errors[0].field, "title");
  EXPECT_FALSE(Setting("written-first"));
}

TEST_F(StoreUnitOfWork, RollsBackWorkThatThrows) {
  EXPECT_THROW(store_.Write([](Transaction& tx) {
    tx.Get<SettingRepository>().InsertIfAbsent("written-first", "yes");
    throw std::runtime_error("the work failed");
  }),
               std::runtime_error);
  EXPECT_FALSE(Setting("written-first"));
}

TEST_F(StoreUnitOfWork, EndsAResultWorkThatBreaksAUniqueKeyAsTheStandardConflictWithoutRunningItAgain) {
  int runs = 0;
  const auto result = store_.Write([&](Transaction& tx) -> Result<Unit> {
    ++runs;
    tx.Get<SettingRepository>().InsertIfAbsent("written-first", "yes");
    throw ConstraintViolation("users.email is taken");
  });
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.error().kind, ErrorKind::Conflict);
  EXPECT_EQ(result.error().message, kLostRace);
  EXPECT_EQ(runs, 1);
  EXPECT_FALSE(Setting("written-first"));
}

TEST_F(StoreUnitOfWork, EndsALostRaceAsTheUseCasesOwnErrorWhenItGivesOne) {
  const auto result = store_.Write([](Transaction&) -> Result<int> { throw ConstraintViolation("the draft exists"); },
                                   InvalidField("email", "Der findes allerede en bruger med den e-mailadresse."));
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.error().kind, ErrorKind::Invalid);
  ASSERT_EQ(result.error().field_errors.size(), 1U);
  EXPECT_EQ(result.error().field_errors[0].field, "email");
}

TEST_F(StoreUnitOfWork, PassesAConstraintViolationOnForWorkThatReturnsNoResult) {
  EXPECT_THROW(store_.Write([](Transaction& tx) {
    tx.Get<SettingRepository>().InsertIfAbsent("written-first", "yes");
    throw ConstraintViolation("users.email is taken");
  }),
               WriteConflict);  // the web layer answers 409 (tests/web/platform/resilience_test.cpp)
  EXPECT_FALSE(Setting("written-first"));
}

TEST_F(StoreUnitOfWork, EndsAResultWorkThatTheDatabaseAbortedAsTheStandardConflict) {
  const auto result = store_.Write([](Transaction& tx) -> Result<Unit> {
    tx.Get<SettingRepository>().InsertIfAbsent("written-first", "yes");
    throw SerializationFailure("could not serialize access");
  });
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.error().kind, ErrorKind::Conflict);
  EXPECT_EQ(result.error().message, kLostRace);
  EXPECT_FALSE(Setting("written-first"));
}

}  // namespace
}  // namespace lp::app
