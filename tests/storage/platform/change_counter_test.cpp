// The follow-up change counter (migration 011) on both backends: every insert and update (and delete) of
// the tables the follow-up views read bumps it in the same transaction, a rolled-back change does
// not, and a write elsewhere leaves it alone. And the migration splitter that SQLite's trigger
// bodies need.
#include <gmock/gmock.h>

#include <chrono>
#include <stdexcept>

#include "app/activation/activation_repository.hpp"
#include "app/translation/translation_repository.hpp"
#include "domain/platform/danish_format.hpp"
#include "storage/platform/migration_files.hpp"
#include "storage/store_fixture.hpp"

namespace lp::storage_test {
namespace {

using ::testing::ElementsAre;

constexpr std::chrono::year_month_day Day(int y, unsigned m, unsigned d) {
  return std::chrono::year_month_day{std::chrono::year{y}, std::chrono::month{m}, std::chrono::day{d}};
}

TEST(SplitStatements, KeepsASqliteTriggerBodyInOneStatement) {
  const auto statements = storage::SplitStatements(
      "CREATE TABLE t (a INTEGER);\n"
      "-- a trigger; with a comment\n"
      "CREATE TRIGGER t_insert AFTER INSERT ON t\nBEGIN\n  UPDATE c SET v = v + 1;\n  DELETE FROM d;\nEND;\n"
      "create temp trigger t_delete after delete on t begin select 1; end;\n"
      "INSERT INTO t VALUES (1);");
  EXPECT_THAT(
      statements,
      ElementsAre("CREATE TABLE t (a INTEGER)",
                  "CREATE TRIGGER t_insert AFTER INSERT ON t\nBEGIN\n  UPDATE c SET v = v + 1;\n  DELETE FROM "
                  "d;\nEND",
                  "create temp trigger t_delete after delete on t begin select 1; end", "INSERT INTO t VALUES (1)"));
}

TEST(SplitStatements, EndsAPostgresqlTriggerWithoutABodyAtItsSemicolon) {
  const auto statements = storage::SplitStatements(
      "CREATE TRIGGER t_changed AFTER UPDATE ON t FOR EACH ROW EXECUTE FUNCTION f();\n"
      "CREATE FUNCTION f() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NULL; END; $$;\n"
      "SELECT 1;");
  EXPECT_THAT(statements, ElementsAre("CREATE TRIGGER t_changed AFTER UPDATE ON t FOR EACH ROW EXECUTE FUNCTION f()",
                                      "CREATE FUNCTION f() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN "
                                      "NULL; END; $$",
                                      "SELECT 1"));
}

class ChangeCounterTest : public StoreContract {
 protected:
  void SetUp() override {
    StoreContract::SetUp();
    user_ = CreateUser("leder@rm.dk");
    unit_ = SeedSmallOrganisation().department;
  }

  long long Version() {
    return store().Read(
        [](app::Transaction& tx) { return tx.Get<app::ChangeCounterRepository>().Version(app::kFollowUpCounter); });
  }

  // Runs `change` in one write and returns how much it moved the counter.
  template <typename F>
  long long Bumps(F&& change) {
    const auto before = Version();
    store().Write([&](app::Transaction& tx) { change(tx); });
    return Version() - before;
  }

  domain::Timestamp now_ = domain::CopenhagenMidnight(Day(2026, 12, 2)).value();
  domain::UserId user_ = 0;
  domain::UnitId unit_ = 0;
};

TEST_F(ChangeCounterTest, AnUnknownCounterIsZero) {
  EXPECT_EQ(store().Read(
                [](app::Transaction& tx) { return tx.Get<app::ChangeCounterRepository>().Version("no-such-counter"); }),
            0);
}

TEST_F(ChangeCounterTest, EveryChangeToRoundsPlansAndActivitiesBumpsIt) {
  app::RoundId round = 0;
  EXPECT_GT(Bumps([&](app::Transaction& tx) {
              round = tx.Get<app::ActivationRepository>().CreateRound({"Runde", "", Day(2026, 6, 1), Day(2026, 9, 1)},
                                                                      std::nullopt, now_);
            }),
            0);
  app::PlanId plan = 0;
  EXPECT_GT(Bumps([&](app::Transaction& tx) {
              plan = tx.Get<app::ActivationRepository>().CreatePlan(round, unit_, std::nullopt, now_);
            }),
            0);
  app::ActivityFields fields;
  fields.kind = domain::ActivityKind::Other;
  fields.title = "Dialog";
  fields.planned_on = Day(2026, 12, 10);
  fields.responsible = "Lederen";
  app::ActivityId activity = 0;
  EXPECT_GT(Bumps([&](app::Transaction& tx) {
              activity =
                  tx.Get<app::ActivationRepository>().CreateActivity(plan, fields, std::nullopt, std::nullopt, now_);
            }),
            0);
  fields.title = "Dialog i MED";
  EXPECT_GT(Bumps([&](app::Transaction& tx) {
              EXPECT_TRUE(tx.Get<app::ActivationRepository>().UpdateActivity(activity, 1, fields, now_));
            }),
            0);
  EXPECT_GT(Bumps([&](app::Transaction& tx) {
              EXPECT_TRUE(tx.Get<app::ActivationRepository>().CancelActivity(activity, 2, user_, now_, "Sygdom"));
            }),
            0);
  EXPECT_GT(Bumps([&](app::Transaction& tx) {
              EXPECT_TRUE(tx.Get<app::ActivationRepository>().ApprovePlan(plan, 1, user_, now_));
            }),
            0);
}

TEST_F(ChangeCounterTest, TranslationsAndMedDiscussionsBumpIt) {
  app::TranslationVersionId draft = 0;
  EXPECT_GT(
      Bumps([&](app::Transaction& tx) {
        draft = tx.Get<app::TranslationRepository>().CreateDraft(unit_, std::nullopt, {"Indledning", {}}, user_, now_);
      }),
      0);
  EXPECT_GT(Bumps([&](app::Transaction& tx) {
              EXPECT_TRUE(tx.Get<app::TranslationRepository>().Publish(draft, 1, 1, user_, now_));
            }),
            0);
  app::MedDiscussion discussion;
  discussion.unit = unit_;
  discussion.held_on = Day(2026, 11, 30);
  discussion.committee = "LokalMED";
  discussion.recorded_by = user_;
  discussion.recorded_at = now_;
  EXPECT_GT(Bumps([&](app::Transaction& tx) { tx.Get<app::TranslationRepository>().AddMedDiscussion(discussion); }), 0);
}

TEST_F(ChangeCounterTest, ARolledBackChangeAndOtherTablesLeaveItAlone) {
  const auto before = Version();
  EXPECT_THROW(store().Write([&](app::Transaction& tx) {
    tx.Get<app::ActivationRepository>().CreateRound({"Runde", "", Day(2026, 6, 1), Day(2026, 9, 1)}, std::nullopt,
                                                    now_);
    throw std::runtime_error("changed my mind");
  }),
               std::runtime_error);
  EXPECT_EQ(Version(), before);
  CreateUser("medarbejder@rm.dk");
  store().Write([](app::Transaction& tx) { tx.Get<app::SettingRepository>().InsertIfAbsent("some.key", "value"); });
  EXPECT_EQ(Version(), before);
}

}  // namespace
}  // namespace lp::storage_test
