// The follow-up views on the real stores (SQLite and PostgreSQL) with a fixed clock:
// TranslationRepository::StatesOfAllUnits, and FollowUpService's reach (a leader of leaders sees
// the units several levels down, a leader does not see a sibling's units, an employee nothing),
// inherited translations, overdue counts, the region view's access, and the audited export.
#include <gmock/gmock.h>

#include <algorithm>

#include "app/activation/activation_repository.hpp"
#include "app/followup/followup_service.hpp"
#include "app/organisation/organisation_service.hpp"
#include "app/translation/translation_repository.hpp"
#include "domain/platform/danish_format.hpp"
#include "storage/store_fixture.hpp"

namespace lp::storage_test {
namespace {

using app::ErrorKind;
using app::TranslationState;
using domain::PlanState;
using domain::Role;
using std::chrono::year_month_day;
using ::testing::ElementsAre;

// Region R (Bo) ─┬─ Hospitalerne H (area; Hanne) ─ Afdeling A (Lea) ─ Afsnit S (Sif) ─ Team T (no leader)
//                └─ Psykiatrien P (area; Ib) ─ Afdeling B (Kim)
// Anna works in A. Today is 2 December 2026 in Copenhagen.
class FollowUpServiceTest : public StoreContract {
 protected:
  void SetUp() override {
    StoreContract::SetUp();
    {
      const std::vector<app::UnitRow> units = {
          {"R", "Region", "", domain::UnitKind::Region},          {"H", "Hospitalerne", "R", domain::UnitKind::Area},
          {"A", "Afdeling A", "H", domain::UnitKind::Department}, {"S", "Afsnit S", "A", domain::UnitKind::Section},
          {"T", "Team T", "S", domain::UnitKind::Other},          {"P", "Psykiatrien", "R", domain::UnitKind::Area},
          {"B", "Afdeling B", "P", domain::UnitKind::Department}};
      const std::vector<app::PersonRow> people = {{"P1", "Anna", "Andersen", "anna@rm.dk", "Sygeplejerske", "A"},
                                                  {"P2", "Bo", "Berg", "bo@rm.dk", "Direktør", "R"},
                                                  {"P3", "Hanne", "Holm", "hanne@rm.dk", "Direktør", "H"},
                                                  {"P4", "Lea", "Lund", "lea@rm.dk", "Overlæge", "A"},
                                                  {"P5", "Sif", "Skov", "sif@rm.dk", "Afsnitsleder", "S"},
                                                  {"P6", "Ib", "Isaksen", "ib@rm.dk", "Direktør", "P"},
                                                  {"P7", "Kim", "Krog", "kim@rm.dk", "Afdelingsleder", "B"}};
      const auto since = std::chrono::year{2020} / 1 / 1;
      const std::vector<app::LeadershipRow> leaders = {{"R", "P2", since, domain::LeaderKind::LederAfLedere},
                                                       {"H", "P3", since, domain::LeaderKind::LederAfLedere},
                                                       {"A", "P4", since, domain::LeaderKind::LederAfLedere},
                                                       {"S", "P5", since, domain::LeaderKind::Personaleleder},
                                                       {"P", "P6", since, domain::LeaderKind::LederAfLedere},
                                                       {"B", "P7", since, domain::LeaderKind::Personaleleder}};
      units_ = SeedOrganisation({units, people, leaders}).units;
    }
    organisation_ = std::make_unique<app::OrganisationService>(store(), app::OrganisationSettings{}, Clock());
    followup_ = std::make_unique<app::FollowUpService>(store(), Clock());
    for (const auto* who : {"bo", "hanne", "lea", "sif", "ib", "kim"}) {
      users_[who] = CreateUser(std::string(who) + "@rm.dk", {Role::Leder});
    }
    users_["anna"] = CreateUser("anna@rm.dk", {Role::Medarbejder});
    users_["kl"] = CreateUser("kl@rm.dk", {Role::Koncernledelse});
  }

  app::Clock Clock() const {
    return [this] { return now_; };
  }

  app::OrganisationContext As(const std::string& who) {
    const auto id = users_.at(who);
    user_ = store().Read([&](app::Transaction& tx) { return tx.Get<app::UserRepository>().FindById(id); });
    return organisation_->ForFoundation(user_.value());
  }

  static domain::Timestamp At(year_month_day day) {
    return domain::CopenhagenMidnight(day).value() + std::chrono::hours{10};
  }

  static app::TranslationContent Content() { return {"Indledning", {{"Tillid", "Vi lytter", "", "", {}}}}; }

  // A draft of the unit's translation, published as the next number when `publish`.
  void Translate(const std::string& unit, bool publish, year_month_day on) {
    store().Write([&](app::Transaction& tx) {
      const auto id = tx.Get<app::TranslationRepository>().CreateDraft(units_.at(unit), std::nullopt, Content(),
                                                                       users_.at("bo"), At(on));
      if (publish) {
        EXPECT_TRUE(tx.Get<app::TranslationRepository>().Publish(
            id, 1, tx.Get<app::TranslationRepository>().NextNumber(units_.at(unit)), users_.at("bo"), At(on)));
      }
    });
  }

  void Med(const std::string& unit, year_month_day on) {
    store().Write([&](app::Transaction& tx) {
      app::MedDiscussion discussion;
      discussion.unit = units_.at(unit);
      discussion.held_on = on;
      discussion.committee = "LokalMED";
      discussion.recorded_by = users_.at("bo");
      discussion.recorded_at = At(on);
      tx.Get<app::TranslationRepository>().AddMedDiscussion(discussion);
    });
  }

  app::RoundId Round() {
    return store().Write([&](app::Transaction& tx) {
      return tx.Get<app::ActivationRepository>().CreateRound({"Aktivering 2026", "", Day(2026, 6, 4), Day(2026, 10, 1)},
                                                             std::nullopt, At(Day(2026, 6, 1)));
    });
  }

  app::PlanId Plan(app::RoundId round, const std::string& unit) {
    return store().Write([&](app::Transaction& tx) {
      return tx.Get<app::ActivationRepository>().CreatePlan(round, units_.at(unit), std::nullopt, At(Day(2026, 7, 1)));
    });
  }

  void Activity(app::PlanId plan, year_month_day planned_on) {
    store().Write([&](app::Transaction& tx) {
      app::ActivityFields fields;
      fields.kind = domain::ActivityKind::Other;
      fields.title = "Aktivitet";
      fields.planned_on = planned_on;
      fields.responsible = "Lederen";
      tx.Get<app::ActivationRepository>().CreateActivity(plan, fields, std::nullopt, std::nullopt, At(Day(2026, 7, 1)));
    });
  }

  static std::vector<std::string> Names(const std::vector<app::FollowUpRow>& rows) {
    std::vector<std::string> names;
    for (const auto& row : rows) names.push_back(row.unit->name);
    return names;
  }

  const app::FollowUpRow& RowOf(const std::vector<app::FollowUpRow>& rows, const std::string& unit) {
    const auto found = std::find_if(rows.begin(), rows.end(),
                                    [&](const app::FollowUpRow& row) { return row.unit->id == units_.at(unit); });
    EXPECT_NE(found, rows.end()) << unit;
    return *found;
  }

  domain::Timestamp now_ = domain::CopenhagenMidnight(Day(2026, 12, 2)).value() + std::chrono::hours{12};
  std::unique_ptr<app::OrganisationService> organisation_;
  std::unique_ptr<app::FollowUpService> followup_;
  std::map<std::string, domain::UserId> users_;
  std::map<std::string, domain::UnitId> units_;
  std::optional<domain::User> user_;
};

TEST_F(FollowUpServiceTest, StatesOfAllUnitsHoldsTheNewestPublicationTheDraftAndTheLatestMedDate) {
  Translate("H", true, Day(2026, 6, 4));
  Translate("H", true, Day(2026, 8, 20));
  Translate("H", false, Day(2026, 9, 1));  // a draft of version 3
  Translate("A", false, Day(2026, 9, 2));  // a draft only
  Med("H", Day(2026, 6, 18));
  Med("H", Day(2026, 9, 10));
  Med("B", Day(2026, 5, 5));  // a MED discussion without any version
  const auto states =
      store().Read([](app::Transaction& tx) { return tx.Get<app::TranslationRepository>().StatesOfAllUnits(); });
  ASSERT_EQ(states.size(), 3U);
  std::map<domain::UnitId, app::UnitTranslationState> by_unit;
  for (const auto& state : states) by_unit[state.unit] = state;
  const auto& h = by_unit.at(units_.at("H"));
  EXPECT_EQ(h.latest_number, 2);
  ASSERT_TRUE(h.published_at);
  EXPECT_EQ(domain::ToCopenhagenTime(*h.published_at).date, Day(2026, 8, 20));
  EXPECT_TRUE(h.has_draft);
  EXPECT_EQ(h.last_med, Day(2026, 9, 10));
  const auto& a = by_unit.at(units_.at("A"));
  EXPECT_EQ(a.latest_number, std::nullopt);
  EXPECT_EQ(a.published_at, std::nullopt);
  EXPECT_TRUE(a.has_draft);
  EXPECT_EQ(a.last_med, std::nullopt);
  const auto& b = by_unit.at(units_.at("B"));
  EXPECT_EQ(b.latest_number, std::nullopt);
  EXPECT_FALSE(b.has_draft);
  EXPECT_EQ(b.last_med, Day(2026, 5, 5));
}

TEST_F(FollowUpServiceTest, ALeaderOfLeadersSeesEveryUnitBelowInTreeOrder) {
  const auto chain = followup_->Chain(As("hanne"), std::nullopt);
  ASSERT_TRUE(chain.ok()) << chain.error().message;
  EXPECT_THAT(Names(chain->rows), ElementsAre("Hospitalerne", "Afdeling A", "Afsnit S", "Team T"));
  EXPECT_EQ(chain->rows[3].depth, 4);
  EXPECT_FALSE(chain->rows[3].expected);  // Team T has no leader
  EXPECT_EQ(chain->totals.units, 4U);
  EXPECT_EQ(chain->totals.expected, 3U);
  EXPECT_FALSE(chain->region);
}

TEST_F(FollowUpServiceTest, ALeaderDoesNotSeeASiblingsUnits) {
  const auto lea = followup_->Chain(As("lea"), std::nullopt);
  ASSERT_TRUE(lea.ok());
  EXPECT_THAT(Names(lea->rows), ElementsAre("Afdeling A", "Afsnit S", "Team T"));
  const auto kim = followup_->Chain(As("kim"), std::nullopt);
  ASSERT_TRUE(kim.ok());
  EXPECT_THAT(Names(kim->rows), ElementsAre("Afdeling B"));
}

TEST_F(FollowUpServiceTest, AnEmployeeHasNoFollowUp) {
  const auto chain = followup_->Chain(As("anna"), std::nullopt);
  ASSERT_FALSE(chain.ok());
  EXPECT_EQ(chain.error().kind, ErrorKind::Forbidden);
}

TEST_F(FollowUpServiceTest, UnitsWithoutTheirOwnPublishedTranslationInheritTheNearestAbove) {
  Translate("H", true, Day(2026, 6, 4));
  Translate("A", false, Day(2026, 9, 2));
  Translate("R", true, Day(2026, 5, 1));
  const auto chain = followup_->Chain(As("hanne"), std::nullopt);
  ASSERT_TRUE(chain.ok());
  const auto& h = RowOf(chain->rows, "H");
  EXPECT_EQ(h.translation, TranslationState::Published);
  EXPECT_EQ(h.published_on, Day(2026, 6, 4));
  EXPECT_EQ(h.inherited_from, nullptr);
  const auto& a = RowOf(chain->rows, "A");
  EXPECT_EQ(a.translation, TranslationState::Draft);
  ASSERT_NE(a.inherited_from, nullptr);
  EXPECT_EQ(a.inherited_from->id, units_.at("H"));
  const auto& t = RowOf(chain->rows, "T");
  EXPECT_EQ(t.translation, TranslationState::None);
  ASSERT_NE(t.inherited_from, nullptr);
  EXPECT_EQ(t.inherited_from->id, units_.at("H"));
  EXPECT_EQ(t.inherited_published_on, Day(2026, 6, 4));
  const auto kim = followup_->Chain(As("kim"), std::nullopt);
  ASSERT_TRUE(kim.ok());
  ASSERT_NE(kim->rows[0].inherited_from, nullptr);
  EXPECT_EQ(kim->rows[0].inherited_from->id, units_.at("R"));  // across the areas, from the region
}

TEST_F(FollowUpServiceTest, CountsOverdueActivitiesAsOfTheFixedToday) {
  const auto round = Round();
  const auto plan = Plan(round, "A");
  Activity(plan, Day(2026, 11, 1));   // overdue on 2 December
  Activity(plan, Day(2026, 12, 1));   // overdue
  Activity(plan, Day(2026, 12, 2));   // due today, not overdue
  Activity(plan, Day(2026, 12, 20));  // ahead
  auto chain = followup_->Chain(As("hanne"), std::nullopt);
  ASSERT_TRUE(chain.ok());
  ASSERT_TRUE(chain->round.shown);
  EXPECT_EQ(chain->round.shown->id, round);
  const auto& a = RowOf(chain->rows, "A");
  EXPECT_EQ(a.plan, PlanState::Draft);
  EXPECT_EQ(a.planned, 4);
  EXPECT_EQ(a.overdue, 2);
  EXPECT_EQ(RowOf(chain->rows, "S").plan, PlanState::Overdue);  // no plan, the deadline has passed
  EXPECT_EQ(chain->totals.overdue, 2);
  EXPECT_EQ(chain->totals.missing, 2U);  // H and S; T has no leader
  now_ = domain::CopenhagenMidnight(Day(2026, 11, 15)).value();
  chain = followup_->Chain(As("hanne"), std::nullopt);
  ASSERT_TRUE(chain.ok());
  EXPECT_EQ(RowOf(chain->rows, "A").overdue, 1);
}

// The two queries' results are kept while the change counter stands: every change shows in the
// next view, also one made through another connection pool (another process or node).
TEST_F(FollowUpServiceTest, TheNextViewShowsEveryChangeAlsoOneFromAnotherProcess) {
  const auto round = Round();
  const auto plan = Plan(round, "A");
  auto chain = followup_->Chain(As("hanne"), std::nullopt);
  ASSERT_TRUE(chain.ok());
  EXPECT_EQ(RowOf(chain->rows, "A").planned, 0);
  EXPECT_EQ(RowOf(chain->rows, "A").translation, TranslationState::None);
  Activity(plan, Day(2026, 12, 20));
  Translate("A", true, Day(2026, 11, 30));
  chain = followup_->Chain(As("hanne"), std::nullopt);
  ASSERT_TRUE(chain.ok());
  EXPECT_EQ(RowOf(chain->rows, "A").planned, 1);
  EXPECT_EQ(RowOf(chain->rows, "A").translation, TranslationState::Published);

  auto other = database_.Open();
  other->Write([&](app::Transaction& tx) {
    const auto activity = tx.Get<app::ActivationRepository>().ActivitiesOf(plan).front();
    EXPECT_TRUE(tx.Get<app::ActivationRepository>().CompleteActivity(activity.id, activity.revision, Day(2026, 12, 1),
                                                                     "Godt møde", "", At(Day(2026, 12, 1))));
  });
  other.reset();
  chain = followup_->Chain(As("hanne"), std::nullopt);
  ASSERT_TRUE(chain.ok());
  EXPECT_EQ(RowOf(chain->rows, "A").planned, 0);
  EXPECT_EQ(RowOf(chain->rows, "A").done, 1);
}

TEST_F(FollowUpServiceTest, AnUnknownRoundIsNotFound) {
  const auto chain = followup_->Chain(As("hanne"), 999);
  ASSERT_FALSE(chain.ok());
  EXPECT_EQ(chain.error().kind, ErrorKind::NotFound);
}

TEST_F(FollowUpServiceTest, OnlyTheWholeRegionsReachOpensTheRegionView) {
  for (const auto* who : {"bo", "hanne", "anna"}) {
    const auto region = followup_->Region(As(who), {});
    ASSERT_FALSE(region.ok()) << who;
    EXPECT_EQ(region.error().kind, ErrorKind::Forbidden) << who;
  }
  const auto region = followup_->Region(As("kl"), {});
  ASSERT_TRUE(region.ok());
  EXPECT_EQ(region->total_rows, 7U);
  ASSERT_EQ(region->heat.size(), 2U);
  EXPECT_EQ(region->heat[0].unit->name, "Hospitalerne");
  EXPECT_EQ(region->heat[0].units, 3U);  // H, A and S: Team T has no leader
  const auto chain = followup_->Chain(As("kl"), std::nullopt);
  ASSERT_TRUE(chain.ok());
  EXPECT_TRUE(chain->region);
  EXPECT_EQ(chain->rows.size(), 7U);
}

TEST_F(FollowUpServiceTest, TheRegionViewFiltersByAreaAndSorts) {
  Translate("B", true, Day(2026, 6, 4));
  app::RegionQuery query;
  query.filter.area = units_.at("P");
  query.sort = {app::FollowUpColumn::Unit, false};
  auto region = followup_->Region(As("kl"), query);
  ASSERT_TRUE(region.ok());
  EXPECT_THAT(Names(region->rows), ElementsAre("Afdeling B", "Psykiatrien"));
  query.sort.descending = true;
  region = followup_->Region(As("kl"), query);
  ASSERT_TRUE(region.ok());
  EXPECT_THAT(Names(region->rows), ElementsAre("Psykiatrien", "Afdeling B"));
  query.filter = {};
  query.filter.translation = TranslationState::Published;
  region = followup_->Region(As("kl"), query);
  ASSERT_TRUE(region.ok());
  EXPECT_THAT(Names(region->rows), ElementsAre("Afdeling B"));
  query.filter = {};
  query.filter.area = units_.at("A");  // not an area
  region = followup_->Region(As("kl"), query);
  ASSERT_FALSE(region.ok());
  EXPECT_EQ(region.error().kind, ErrorKind::NotFound);
}

TEST_F(FollowUpServiceTest, TheExportIsAudited) {
  EXPECT_EQ(CountAudit("followup.exported"), 0);
  const auto refused = followup_->Export(As("hanne"), {}, app::ExportFormat::Csv, "127.0.0.1");
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(CountAudit("followup.exported"), 0);
  const auto exported = followup_->Export(As("kl"), {}, app::ExportFormat::Xlsx, "127.0.0.1");
  ASSERT_TRUE(exported.ok());
  EXPECT_EQ(exported->rows.size(), 7U);
  EXPECT_EQ(CountAudit("followup.exported"), 1);
}

}  // namespace
}  // namespace lp::storage_test
