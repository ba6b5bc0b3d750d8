// Contract of app::GoalPictureRepository and app::IndicatorRepository (migration 022), run on SQLite
// and PostgreSQL: versioned goal pictures with stable tracks, indicators with all their fields,
// measurements per period and unit (the partial unique indexes), and comments.
#include <gmock/gmock.h>

#include <array>

#include "app/goals/goals_repository.hpp"
#include "storage/store_fixture.hpp"

namespace lp::storage_test {
namespace {

using app::GoalVersionStatus;
using app::MeasurementChange;
using domain::Frequency;
using domain::Period;
using ::testing::HasSubstr;

Period Month(int year, int month) { return {Frequency::Monthly, year, month}; }

class GoalsRepositoryTest : public StoreContract {
 protected:
  void SetUp() override {
    StoreContract::SetUp();
    organisation_ = SeedSmallOrganisation();
    editor_ = CreateUser("rita@rm.dk", {domain::Role::Redaktoer});
  }

  // A goal picture with `tracks` new tracks; returns the picture and the track ids in creation order.
  std::pair<app::GoalPictureId, std::vector<app::TrackId>> MakePicture(const std::string& slug, int position,
                                                                       int tracks) {
    return store().Write([&](app::Transaction& tx) {
      auto& repository = tx.Get<app::GoalPictureRepository>();
      const auto picture = repository.CreatePicture(slug, position, At(100));
      std::vector<app::TrackId> ids;
      ids.reserve(static_cast<std::size_t>(tracks));
      for (int i = 0; i < tracks; ++i) ids.push_back(repository.CreateTrack(picture, At(100)));
      return std::pair{picture, ids};
    });
  }

  static app::GoalVersionText Text(std::string title, std::vector<app::TrackText> tracks) {
    auto body = "Ambitionen for " + title;
    return {std::move(title), std::move(body), std::move(tracks)};
  }

  // An indicator on `track` measured monthly for the region as a whole, owned by the department.
  app::IndicatorFields Fields(app::TrackId track, const std::string& name) const {
    app::IndicatorFields f;
    f.track = track;
    f.name = name;
    f.definition = "Definitionen af " + name;
    f.measure_unit = "%";
    f.thresholds = {80, 60};
    f.owner_unit = organisation_.department;
    return f;
  }

  app::IndicatorId CreateIndicator(const app::IndicatorFields& fields) {
    return store().Write([&](app::Transaction& tx) {
      return tx.Get<app::IndicatorRepository>().CreateIndicator(fields, "Rita Redaktør", At(500));
    });
  }

  MeasurementChange Upsert(app::IndicatorId indicator, const Period& period, std::optional<domain::UnitId> unit,
                           double value, long long at = 1'000) {
    return store().Write([&](app::Transaction& tx) {
      return tx.Get<app::IndicatorRepository>().UpsertMeasurement(
          indicator, {period, unit, value}, app::MeasurementSource::Form, {editor_, "Rita Redaktør"}, At(at));
    });
  }

  std::vector<app::MeasurementRecord> Measurements(app::IndicatorId indicator) {
    return store().Read(
        [&](app::Transaction& tx) { return tx.Get<app::IndicatorRepository>().Measurements(indicator); });
  }

  std::optional<app::IndicatorRecord> Find(app::IndicatorId indicator) {
    return store().Read(
        [&](app::Transaction& tx) { return tx.Get<app::IndicatorRepository>().FindIndicator(indicator); });
  }

  SmallOrganisation organisation_;
  domain::UserId editor_ = 0;
};

// ---- goal pictures, tracks and versions

TEST_F(GoalsRepositoryTest, ListsPicturesByPositionAndKnowsTheGoalPictureOfEveryTrack) {
  const auto second_made = MakePicture("socialomraadet", 20, 1);
  const auto second = second_made.first;
  const auto& second_tracks = second_made.second;
  const auto first_made = MakePicture("sundhed", 10, 2);
  const auto first = first_made.first;
  const auto& first_tracks = first_made.second;
  const auto pictures =
      store().Read([](app::Transaction& tx) { return tx.Get<app::GoalPictureRepository>().ListPictures(); });
  ASSERT_EQ(pictures.size(), 2U);
  EXPECT_EQ(pictures[0].slug, "sundhed");
  EXPECT_EQ(pictures[0].id, first);
  EXPECT_EQ(pictures[0].position, 10);
  EXPECT_EQ(pictures[1].slug, "socialomraadet");
  const auto found =
      store().Read([](app::Transaction& tx) { return tx.Get<app::GoalPictureRepository>().FindPicture("sundhed"); });
  ASSERT_TRUE(found.has_value());
  EXPECT_EQ(found->id, first);
  EXPECT_FALSE(
      store().Read([](app::Transaction& tx) { return tx.Get<app::GoalPictureRepository>().FindPicture("ukendt"); }));

  const auto owners =
      store().Read([](app::Transaction& tx) { return tx.Get<app::GoalPictureRepository>().TrackPictures(); });
  ASSERT_EQ(owners.size(), 3U);
  EXPECT_THAT(owners,
              ::testing::UnorderedElementsAre(std::pair{second_tracks[0], second}, std::pair{first_tracks[0], first},
                                              std::pair{first_tracks[1], first}));

  EXPECT_THROW(store().Write([](app::Transaction& tx) {
    tx.Get<app::GoalPictureRepository>().CreatePicture("sundhed", 30, At(1));
  }),
               app::ConstraintViolation);
}

TEST_F(GoalsRepositoryTest, CurrentVersionsAreTheNewestPublishedWithTheirTracksInOrder) {
  const auto health_made = MakePicture("sundhed", 10, 3);
  const auto health = health_made.first;
  const auto& health_tracks = health_made.second;
  const auto social_made = MakePicture("socialomraadet", 20, 1);
  const auto social = social_made.first;
  const auto& social_tracks = social_made.second;
  const auto empty_made = MakePicture("vaekstregion", 30, 1);
  const auto empty = empty_made.first;
  const auto& empty_tracks = empty_made.second;
  store().Write([&](app::Transaction& tx) {
    auto& repository = tx.Get<app::GoalPictureRepository>();
    repository.CreatePublished(health, 1, Text("Sundhed 1", {{health_tracks[0], "Kvalitet", "Hver gang"}}),
                               {std::nullopt, "Standardtekst"}, At(1'000));
    // Version 2 orders the tracks otherwise than they were created.
    repository.CreatePublished(health, 2,
                               Text("Sundhed 2", {{health_tracks[2], "Effektivitet", ""},
                                                  {health_tracks[0], "Kvalitet", "Hver gang, ny tekst"},
                                                  {health_tracks[1], "Lighed", "For alle"}}),
                               {editor_, "Rita Redaktør"}, At(2'000));
    repository.CreatePublished(social, 1, Text("Social", {{social_tracks[0], "Borgeren", "Først"}}),
                               {std::nullopt, "Standardtekst"}, At(1'000));
    // A picture with only a draft has no current version.
    repository.CreateDraft(empty, std::nullopt, Text("Vækst", {{empty_tracks[0], "Vækst", ""}}),
                           {editor_, "Rita Redaktør"}, At(1'500));
  });

  const auto current =
      store().Read([](app::Transaction& tx) { return tx.Get<app::GoalPictureRepository>().CurrentVersions(); });
  ASSERT_EQ(current.size(), 2U);
  const auto& newest = current[0];
  EXPECT_EQ(newest.picture, health);
  EXPECT_EQ(newest.number, 2);
  EXPECT_EQ(newest.status, GoalVersionStatus::Published);
  EXPECT_EQ(newest.title, "Sundhed 2");
  EXPECT_EQ(newest.body, "Ambitionen for Sundhed 2");
  EXPECT_EQ(newest.updated_by, (app::GoalAuthor{editor_, "Rita Redaktør"}));
  EXPECT_EQ(newest.published_by, (app::GoalAuthor{editor_, "Rita Redaktør"}));
  EXPECT_EQ(newest.published_at, At(2'000));
  EXPECT_EQ(newest.tracks, (std::vector<app::TrackText>{{health_tracks[2], "Effektivitet", ""},
                                                        {health_tracks[0], "Kvalitet", "Hver gang, ny tekst"},
                                                        {health_tracks[1], "Lighed", "For alle"}}));
  EXPECT_EQ(current[1].picture, social);
  EXPECT_EQ(current[1].number, 1);
  ASSERT_TRUE(current[1].published_by.has_value());
  EXPECT_FALSE(current[1].published_by->user.has_value());
  EXPECT_EQ(current[1].published_by->name, "Standardtekst");
  EXPECT_EQ(current[1].tracks, (std::vector<app::TrackText>{{social_tracks[0], "Borgeren", "Først"}}));

  // An earlier version keeps its own wording and order.
  const auto first = store().Read(
      [&](app::Transaction& tx) { return tx.Get<app::GoalPictureRepository>().PublishedVersion(health, 1); });
  ASSERT_TRUE(first.has_value());
  EXPECT_EQ(first->title, "Sundhed 1");
  EXPECT_EQ(first->tracks, (std::vector<app::TrackText>{{health_tracks[0], "Kvalitet", "Hver gang"}}));
  EXPECT_FALSE(store().Read(
      [&](app::Transaction& tx) { return tx.Get<app::GoalPictureRepository>().PublishedVersion(health, 3); }));

  // Newest first, without bodies and tracks.
  const auto versions = store().Read(
      [&](app::Transaction& tx) { return tx.Get<app::GoalPictureRepository>().PublishedVersions(health); });
  ASSERT_EQ(versions.size(), 2U);
  EXPECT_EQ(versions[0].number, 2);
  EXPECT_EQ(versions[1].number, 1);
  EXPECT_EQ(versions[1].title, "Sundhed 1");
  EXPECT_TRUE(versions[0].body.empty());
  EXPECT_TRUE(versions[0].tracks.empty());

  EXPECT_THROW(store().Write([&](app::Transaction& tx) {
    tx.Get<app::GoalPictureRepository>().CreatePublished(health, 2, Text("Igen", {}), {std::nullopt, "X"}, At(3'000));
  }),
               app::ConstraintViolation)
      << "a version number is used once per picture";
}

TEST_F(GoalsRepositoryTest, KeepsOneDraftThatAStaleRevisionCannotChange) {
  const auto picture_made = MakePicture("sundhed", 10, 2);
  const auto picture = picture_made.first;
  const auto& tracks = picture_made.second;
  store().Write([&](app::Transaction& tx) {
    tx.Get<app::GoalPictureRepository>().CreatePublished(picture, 1, Text("Sundhed", {{tracks[0], "Kvalitet", ""}}),
                                                         {std::nullopt, "Standardtekst"}, At(1'000));
  });
  const auto draft = store().Write([&](app::Transaction& tx) {
    return tx.Get<app::GoalPictureRepository>().CreateDraft(picture, 1, Text("Kladde", {{tracks[0], "Kvalitet", ""}}),
                                                            {editor_, "Rita Redaktør"}, At(2'000));
  });
  EXPECT_THROW(store().Write([&](app::Transaction& tx) {
    tx.Get<app::GoalPictureRepository>().CreateDraft(picture, 1, Text("Anden kladde", {}), {editor_, "Rita"},
                                                     At(2'100));
  }),
               app::ConstraintViolation)
      << "one draft per goal picture";

  const auto read_draft = [&] {
    return store().Read([&](app::Transaction& tx) { return tx.Get<app::GoalPictureRepository>().Draft(picture); });
  };
  auto stored = read_draft();
  ASSERT_TRUE(stored.has_value());
  EXPECT_EQ(stored->id, draft);
  EXPECT_EQ(stored->status, GoalVersionStatus::Draft);
  EXPECT_EQ(stored->based_on_number, 1);
  EXPECT_FALSE(stored->number.has_value());
  EXPECT_FALSE(stored->published_at.has_value());
  EXPECT_FALSE(stored->published_by.has_value());
  EXPECT_EQ(stored->revision, 1);
  EXPECT_EQ(stored->title, "Kladde");

  // A stale revision (or another picture) changes nothing: neither the text nor the tracks.
  const auto stale_update = store().Write([&](app::Transaction& tx) {
    return tx.Get<app::GoalPictureRepository>().UpdateDraft({picture, draft, 0}, Text("Forældet", {}), {editor_, "Ole"},
                                                            At(2'500));
  });
  EXPECT_FALSE(stale_update);
  stored = read_draft();
  ASSERT_TRUE(stored.has_value());
  EXPECT_EQ(stored->title, "Kladde");
  EXPECT_EQ(stored->revision, 1);
  EXPECT_EQ(stored->tracks, (std::vector<app::TrackText>{{tracks[0], "Kvalitet", ""}}));
  EXPECT_EQ(stored->updated_at, At(2'000));

  const bool updated = store().Write([&](app::Transaction& tx) {
    return tx.Get<app::GoalPictureRepository>().UpdateDraft(
        {picture, draft, 1}, Text("Kladde 2", {{tracks[1], "Lighed", "Ny"}, {tracks[0], "Kvalitet", "Også"}}),
        {editor_, "Rita Redaktør"}, At(3'000));
  });
  EXPECT_TRUE(updated);
  stored = read_draft();
  ASSERT_TRUE(stored.has_value());
  EXPECT_EQ(stored->title, "Kladde 2");
  EXPECT_EQ(stored->revision, 2);
  EXPECT_EQ(stored->updated_at, At(3'000));
  EXPECT_EQ(stored->tracks,
            (std::vector<app::TrackText>{{tracks[1], "Lighed", "Ny"}, {tracks[0], "Kvalitet", "Også"}}));

  // Publishing and deleting with the old revision do nothing either.
  EXPECT_FALSE(store().Write([&](app::Transaction& tx) {
    return tx.Get<app::GoalPictureRepository>().PublishDraft({picture, draft, 1}, 2, {editor_, "Rita"}, At(3'100));
  }));
  EXPECT_FALSE(store().Write([&](app::Transaction& tx) {
    return tx.Get<app::GoalPictureRepository>().DeleteDraft({picture, draft, 1});
  }));
  ASSERT_TRUE(read_draft().has_value());

  EXPECT_TRUE(store().Write([&](app::Transaction& tx) {
    return tx.Get<app::GoalPictureRepository>().PublishDraft({picture, draft, 2}, 2, {editor_, "Rita Redaktør"},
                                                             At(4'000));
  }));
  EXPECT_FALSE(read_draft().has_value()) << "publishing uses up the draft";
  const auto current =
      store().Read([](app::Transaction& tx) { return tx.Get<app::GoalPictureRepository>().CurrentVersions(); });
  ASSERT_EQ(current.size(), 1U);
  EXPECT_EQ(current[0].id, draft);
  EXPECT_EQ(current[0].number, 2);
  EXPECT_EQ(current[0].based_on_number, 1);
  EXPECT_EQ(current[0].title, "Kladde 2");
  EXPECT_EQ(current[0].published_at, At(4'000));
  EXPECT_EQ(current[0].published_by, (app::GoalAuthor{editor_, "Rita Redaktør"}));
  EXPECT_EQ(current[0].tracks,
            (std::vector<app::TrackText>{{tracks[1], "Lighed", "Ny"}, {tracks[0], "Kvalitet", "Også"}}));

  // A new draft can now be made, and deleted with its own revision.
  const auto next = store().Write([&](app::Transaction& tx) {
    return tx.Get<app::GoalPictureRepository>().CreateDraft(picture, 2, Text("Tredje", {{tracks[0], "K", ""}}),
                                                            {editor_, "Rita"}, At(5'000));
  });
  EXPECT_FALSE(store().Write([&](app::Transaction& tx) {
    return tx.Get<app::GoalPictureRepository>().DeleteDraft({picture + 1'000, next, 1});
  })) << "the draft of another picture";
  EXPECT_TRUE(store().Write([&](app::Transaction& tx) {
    return tx.Get<app::GoalPictureRepository>().DeleteDraft({picture, next, 1});
  }));
  EXPECT_FALSE(read_draft().has_value());
  const auto versions = store().Read(
      [&](app::Transaction& tx) { return tx.Get<app::GoalPictureRepository>().PublishedVersions(picture); });
  ASSERT_EQ(versions.size(), 2U);
  EXPECT_EQ(versions[0].number, 2);
  EXPECT_EQ(versions[1].number, 1);
}

// ---- indicators

TEST_F(GoalsRepositoryTest, AnIndicatorWithEveryFieldRoundTripsExactly) {
  const auto tracks = MakePicture("sundhed", 10, 2).second;
  const auto owner = CreateUser("ole@rm.dk");
  auto full = Fields(tracks[1], "Ventetid til behandling");
  full.local_unit = organisation_.region;
  full.measure_unit = "antal pr. 1.000 borgere";
  full.direction = domain::Direction::LowerIsBetter;
  full.frequency = Frequency::Quarterly;
  full.decimals = 3;
  full.target = 12.5;
  full.target_date = Day(2027, 12, 31);
  full.thresholds = {-3.25, 40.125};
  full.plausible_min = -1'000.5;
  full.plausible_max = 0.1 + 0.2;  // needs all 17 digits to come back the same
  full.owner_user = owner;
  full.data_source = "LPR, udtræk hver måned";
  full.breakdown = app::Breakdown::Units;
  full.rollup = app::Rollup::Sum;
  full.units = {std::min(organisation_.region, organisation_.department),
                std::max(organisation_.region, organisation_.department)};
  full.leaders_only = true;
  const auto plain = Fields(tracks[0], "Tilfredshed");

  const auto full_id = CreateIndicator(full);
  const auto plain_id = CreateIndicator(plain);

  const auto found = Find(full_id);
  ASSERT_TRUE(found.has_value());
  EXPECT_EQ(found->fields, full);
  EXPECT_EQ(found->fields.plausible_max, 0.1 + 0.2);
  EXPECT_TRUE(found->fields.leaders_only);
  EXPECT_EQ(found->revision, 1);
  EXPECT_FALSE(found->archived_at.has_value());
  EXPECT_EQ(found->updated_by_name, "Rita Redaktør");
  EXPECT_EQ(found->updated_at, At(500));
  EXPECT_EQ(found->owner_user_name, "Test Person");

  const auto minimal = Find(plain_id);
  ASSERT_TRUE(minimal.has_value());
  EXPECT_EQ(minimal->fields, plain);
  EXPECT_FALSE(minimal->fields.leaders_only);
  EXPECT_FALSE(minimal->fields.target_date.has_value());
  EXPECT_FALSE(minimal->fields.plausible_min.has_value());
  EXPECT_EQ(minimal->owner_user_name, "");
  EXPECT_FALSE(Find(plain_id + full_id + 1).has_value());

  const auto list =
      store().Read([](app::Transaction& tx) { return tx.Get<app::IndicatorRepository>().ListIndicators(); });
  ASSERT_EQ(list.size(), 2U);
  // By track: the plain one is on the first track.
  EXPECT_EQ(list[0].id, plain_id);
  EXPECT_EQ(list[0].fields, plain);
  EXPECT_EQ(list[1].id, full_id);
  EXPECT_EQ(list[1].fields, full);
  EXPECT_EQ(list[1].owner_user_name, "Test Person");
}

TEST_F(GoalsRepositoryTest, UpdatesAnIndicatorOnlyAtItsRevisionAndArchivesIt) {
  const auto tracks = MakePicture("sundhed", 10, 1).second;
  auto fields = Fields(tracks[0], "Tilfredshed");
  fields.breakdown = app::Breakdown::Units;
  fields.units = {organisation_.department};
  const auto id = CreateIndicator(fields);

  auto changed = fields;
  changed.name = "Patienttilfredshed";
  changed.units = {organisation_.region};
  changed.leaders_only = true;
  changed.target_date = Day(2028, 1, 1);
  EXPECT_FALSE(store().Write([&](app::Transaction& tx) {
    return tx.Get<app::IndicatorRepository>().UpdateIndicator(id, 2, changed, "Ole", At(600));
  })) << "a wrong revision";
  auto stored = Find(id);
  ASSERT_TRUE(stored.has_value());
  EXPECT_EQ(stored->fields, fields) << "nothing changed, the units neither";
  EXPECT_EQ(stored->revision, 1);

  EXPECT_TRUE(store().Write([&](app::Transaction& tx) {
    return tx.Get<app::IndicatorRepository>().UpdateIndicator(id, 1, changed, "Ole Olsen", At(700));
  }));
  stored = Find(id);
  ASSERT_TRUE(stored.has_value());
  EXPECT_EQ(stored->fields, changed);
  EXPECT_TRUE(stored->fields.leaders_only);
  EXPECT_EQ(stored->revision, 2);
  EXPECT_EQ(stored->updated_by_name, "Ole Olsen");
  EXPECT_EQ(stored->updated_at, At(700));

  // Back to false: the PostgreSQL BOOLEAN is written both ways.
  auto public_again = changed;
  public_again.leaders_only = false;
  EXPECT_TRUE(store().Write([&](app::Transaction& tx) {
    return tx.Get<app::IndicatorRepository>().UpdateIndicator(id, 2, public_again, "Ole Olsen", At(750));
  }));
  EXPECT_FALSE(Find(id)->fields.leaders_only);

  EXPECT_FALSE(store().Write([&](app::Transaction& tx) {
    return tx.Get<app::IndicatorRepository>().SetArchived(id, 2, At(800), "Rita", At(800));
  })) << "a wrong revision";
  EXPECT_FALSE(Find(id)->archived_at.has_value());
  EXPECT_TRUE(store().Write([&](app::Transaction& tx) {
    return tx.Get<app::IndicatorRepository>().SetArchived(id, 3, At(800), "Rita", At(800));
  }));
  stored = Find(id);
  ASSERT_TRUE(stored.has_value());
  EXPECT_EQ(stored->archived_at, At(800));
  EXPECT_EQ(stored->revision, 4);
  EXPECT_EQ(stored->fields, public_again);
  EXPECT_TRUE(store().Write([&](app::Transaction& tx) {
    return tx.Get<app::IndicatorRepository>().SetArchived(id, 4, std::nullopt, "Rita", At(900));
  }));
  EXPECT_FALSE(Find(id)->archived_at.has_value()) << "taken out of the archive";
}

// ---- measurements

TEST_F(GoalsRepositoryTest, UpsertTellsCreatedUnchangedAndUpdated) {
  const auto tracks = MakePicture("sundhed", 10, 1).second;
  const auto id = CreateIndicator(Fields(tracks[0], "Tilfredshed"));
  EXPECT_EQ(Upsert(id, Month(2026, 3), std::nullopt, 12.5, 1'000), MeasurementChange::Created);
  EXPECT_EQ(Upsert(id, Month(2026, 3), std::nullopt, 12.5, 2'000), MeasurementChange::Unchanged);
  auto stored = Measurements(id);
  ASSERT_EQ(stored.size(), 1U);
  EXPECT_EQ(stored[0].recorded_at, At(1'000)) << "an unchanged value keeps who recorded it and when";

  EXPECT_EQ(store().Write([&](app::Transaction& tx) {
    return tx.Get<app::IndicatorRepository>().UpsertMeasurement(id, {Month(2026, 3), std::nullopt, -3.25},
                                                                app::MeasurementSource::Api,
                                                                {std::nullopt, "Datavarehuset"}, At(3'000));
  }),
            MeasurementChange::Updated);
  stored = Measurements(id);
  ASSERT_EQ(stored.size(), 1U);
  EXPECT_EQ(stored[0].period, Month(2026, 3));
  EXPECT_FALSE(stored[0].unit.has_value());
  EXPECT_EQ(stored[0].value, -3.25);
  EXPECT_EQ(stored[0].source, app::MeasurementSource::Api);
  EXPECT_EQ(stored[0].recorded_by, (app::GoalAuthor{std::nullopt, "Datavarehuset"}));
  EXPECT_EQ(stored[0].recorded_at, At(3'000));

  // A value that needs every digit is unchanged when sent again.
  EXPECT_EQ(Upsert(id, Month(2026, 4), std::nullopt, 0.1 + 0.2), MeasurementChange::Created);
  EXPECT_EQ(Upsert(id, Month(2026, 4), std::nullopt, 0.1 + 0.2), MeasurementChange::Unchanged);
  EXPECT_EQ(Measurements(id).at(1).value, 0.1 + 0.2);
}

TEST_F(GoalsRepositoryTest, TheWholeAndAUnitKeepTheirOwnValueForAPeriod) {
  const auto tracks = MakePicture("sundhed", 10, 1).second;
  auto fields = Fields(tracks[0], "Tilfredshed");
  fields.breakdown = app::Breakdown::Units;
  fields.units = {organisation_.department};
  const auto id = CreateIndicator(fields);
  const auto department = organisation_.department;

  EXPECT_EQ(Upsert(id, Month(2026, 3), department, 70), MeasurementChange::Created);
  EXPECT_EQ(Upsert(id, Month(2026, 3), std::nullopt, 75), MeasurementChange::Created);
  EXPECT_EQ(Upsert(id, Month(2026, 3), department, 71), MeasurementChange::Updated);
  EXPECT_EQ(Upsert(id, Month(2026, 3), std::nullopt, 75), MeasurementChange::Unchanged);
  auto stored = Measurements(id);
  ASSERT_EQ(stored.size(), 2U);
  EXPECT_FALSE(stored[0].unit.has_value()) << "the whole first within a period";
  EXPECT_EQ(stored[0].value, 75);
  EXPECT_EQ(stored[1].unit, department);
  EXPECT_EQ(stored[1].value, 71);

  // Deleting one leaves the other.
  EXPECT_TRUE(store().Write([&](app::Transaction& tx) {
    return tx.Get<app::IndicatorRepository>().DeleteMeasurement(id, Month(2026, 3), std::nullopt);
  }));
  EXPECT_FALSE(store().Write([&](app::Transaction& tx) {
    return tx.Get<app::IndicatorRepository>().DeleteMeasurement(id, Month(2026, 3), std::nullopt);
  })) << "already gone";
  stored = Measurements(id);
  ASSERT_EQ(stored.size(), 1U);
  EXPECT_EQ(stored[0].unit, department);
  EXPECT_TRUE(store().Write([&](app::Transaction& tx) {
    return tx.Get<app::IndicatorRepository>().DeleteMeasurement(id, Month(2026, 3), department);
  }));
  EXPECT_TRUE(Measurements(id).empty());
}

TEST_F(GoalsRepositoryTest, ThePartialUniqueIndexesRefuseASecondValueForTheSameKey) {
  const auto tracks = MakePicture("sundhed", 10, 1).second;
  auto fields = Fields(tracks[0], "Tilfredshed");
  fields.breakdown = app::Breakdown::Units;
  fields.units = {organisation_.department};
  const auto id = CreateIndicator(fields);
  Upsert(id, Month(2026, 3), std::nullopt, 75);
  Upsert(id, Month(2026, 3), organisation_.department, 70);

  const auto insert = [&](const std::string& period, const std::string& unit) {
    database_.Execute(
        "INSERT INTO indicator_measurements (indicator_id, period, unit_id, value, source, recorded_by_name, "
        "recorded_at) VALUES (" +
        std::to_string(id) + ", '" + period + "', " + unit + ", 1, 'formular', 'Rå', 1)");
  };
  const auto department = std::to_string(organisation_.department);
  const auto region = std::to_string(organisation_.region);
  // The same raw statement is fine for another period or another unit …
  EXPECT_NO_THROW(insert("2026-04", "NULL"));
  EXPECT_NO_THROW(insert("2026-03", region));
  // … but not for a key that has a value: the whole (unit NULL, where a plain UNIQUE would let
  // NULLs repeat) and a unit.
  EXPECT_THROW(insert("2026-03", "NULL"), std::runtime_error);
  EXPECT_THROW(insert("2026-03", department), std::runtime_error);
  EXPECT_EQ(Measurements(id).size(), 4U);
}

TEST_F(GoalsRepositoryTest, ListsMeasurementsInPeriodOrderWithTheWholeFirst) {
  const auto tracks = MakePicture("sundhed", 10, 1).second;
  auto fields = Fields(tracks[0], "Tilfredshed");
  fields.breakdown = app::Breakdown::Units;
  fields.units = {organisation_.region, organisation_.department};
  const auto id = CreateIndicator(fields);
  const auto high_unit = std::max(organisation_.region, organisation_.department);
  const auto low_unit = std::min(organisation_.region, organisation_.department);
  // Written out of order, across a year's end and with two-digit months.
  Upsert(id, Month(2026, 11), high_unit, 4);
  Upsert(id, Month(2026, 2), std::nullopt, 3);
  Upsert(id, Month(2026, 11), std::nullopt, 5);
  Upsert(id, Month(2025, 12), low_unit, 1);
  Upsert(id, Month(2026, 11), low_unit, 6);
  Upsert(id, Month(2026, 10), std::nullopt, 7);

  const auto stored = Measurements(id);
  std::vector<std::pair<std::string, double>> seen;
  seen.reserve(stored.size());
  for (const auto& m : stored) seen.emplace_back(domain::PeriodCode(m.period), m.value);
  EXPECT_EQ(seen, (std::vector<std::pair<std::string, double>>{
                      {"2025-12", 1}, {"2026-02", 3}, {"2026-10", 7}, {"2026-11", 5}, {"2026-11", 6}, {"2026-11", 4}}));
  ASSERT_EQ(stored.size(), 6U);
  EXPECT_FALSE(stored[3].unit.has_value());
  EXPECT_EQ(stored[4].unit, low_unit);
  EXPECT_EQ(stored[5].unit, high_unit);
}

TEST_F(GoalsRepositoryTest, MeasurementsOfGroupsByTheIdsAskedForAndCanTakeTheWholeOnly) {
  const auto tracks = MakePicture("sundhed", 10, 1).second;
  auto fields = Fields(tracks[0], "A");
  fields.breakdown = app::Breakdown::Units;
  fields.units = {organisation_.department};
  const auto a = CreateIndicator(fields);
  const auto b = CreateIndicator(Fields(tracks[0], "B"));
  const auto c = CreateIndicator(Fields(tracks[0], "C"));  // no measurements
  Upsert(a, Month(2026, 1), organisation_.department, 1);
  Upsert(a, Month(2026, 1), std::nullopt, 2);
  Upsert(b, Month(2026, 2), std::nullopt, 3);
  Upsert(b, Month(2026, 1), std::nullopt, 4);

  const std::array ids{c, b, a};
  const auto all =
      store().Read([&](app::Transaction& tx) { return tx.Get<app::IndicatorRepository>().MeasurementsOf(ids, false); });
  ASSERT_EQ(all.size(), 3U);
  EXPECT_TRUE(all[0].empty());
  ASSERT_EQ(all[1].size(), 2U);
  EXPECT_EQ(all[1][0].period, Month(2026, 1));
  EXPECT_EQ(all[1][0].value, 4);
  EXPECT_EQ(all[1][1].value, 3);
  ASSERT_EQ(all[2].size(), 2U);
  EXPECT_FALSE(all[2][0].unit.has_value());
  EXPECT_EQ(all[2][1].unit, organisation_.department);

  const auto whole =
      store().Read([&](app::Transaction& tx) { return tx.Get<app::IndicatorRepository>().MeasurementsOf(ids, true); });
  ASSERT_EQ(whole.size(), 3U);
  EXPECT_TRUE(whole[0].empty());
  EXPECT_EQ(whole[1].size(), 2U);
  ASSERT_EQ(whole[2].size(), 1U);
  EXPECT_FALSE(whole[2][0].unit.has_value());
  EXPECT_EQ(whole[2][0].value, 2);

  const std::array only_a{a};
  const auto one = store().Read(
      [&](app::Transaction& tx) { return tx.Get<app::IndicatorRepository>().MeasurementsOf(only_a, false); });
  ASSERT_EQ(one.size(), 1U);
  EXPECT_EQ(one[0].size(), 2U) << "the others' values are not mixed in";
}

TEST_F(GoalsRepositoryTest, QuarterlyAndYearlyPeriodsRoundTrip) {
  const auto tracks = MakePicture("sundhed", 10, 1).second;
  auto quarterly = Fields(tracks[0], "Kvartal");
  quarterly.frequency = Frequency::Quarterly;
  auto yearly = Fields(tracks[0], "År");
  yearly.frequency = Frequency::Yearly;
  const auto q = CreateIndicator(quarterly);
  const auto y = CreateIndicator(yearly);
  Upsert(q, {Frequency::Quarterly, 2026, 2}, std::nullopt, 1);
  Upsert(q, {Frequency::Quarterly, 2025, 4}, std::nullopt, 2);
  Upsert(y, {Frequency::Yearly, 2026, 0}, std::nullopt, 3);
  Upsert(y, {Frequency::Yearly, 2024, 0}, std::nullopt, 4);
  store().Write([&](app::Transaction& tx) {
    app::IndicatorComment comment;
    comment.period = {Frequency::Quarterly, 2026, 2};
    comment.cause = "Årsag";
    comment.action = "Handling";
    comment.author = {editor_, "Rita"};
    comment.created_at = At(10);
    tx.Get<app::IndicatorRepository>().AddComment(q, comment);
  });

  const auto quarters = Measurements(q);
  ASSERT_EQ(quarters.size(), 2U);
  EXPECT_EQ(quarters[0].period, (Period{Frequency::Quarterly, 2025, 4}));
  EXPECT_EQ(quarters[1].period, (Period{Frequency::Quarterly, 2026, 2}));
  EXPECT_EQ(domain::PeriodCode(quarters[1].period), "2026-K2");
  const auto years = Measurements(y);
  ASSERT_EQ(years.size(), 2U);
  EXPECT_EQ(years[0].period, (Period{Frequency::Yearly, 2024, 0}));
  EXPECT_EQ(years[1].period, (Period{Frequency::Yearly, 2026, 0}));
  const auto comments =
      store().Read([&](app::Transaction& tx) { return tx.Get<app::IndicatorRepository>().Comments(q); });
  ASSERT_EQ(comments.size(), 1U);
  EXPECT_EQ(comments[0].period, (Period{Frequency::Quarterly, 2026, 2}));

  // Stored as domain::PeriodCode writes them.
  EXPECT_NO_THROW(
      database_.Execute("UPDATE indicator_measurements SET value = 9 WHERE period = '2026-K2' AND "
                        "indicator_id = " +
                        std::to_string(q)));
  EXPECT_EQ(Measurements(q)[1].value, 9);
}

// ---- comments

TEST_F(GoalsRepositoryTest, CommentsComeOldestFirstAndGroupedByIndicator) {
  const auto tracks = MakePicture("sundhed", 10, 1).second;
  auto fields = Fields(tracks[0], "A");
  fields.breakdown = app::Breakdown::Units;
  fields.units = {organisation_.department};
  const auto a = CreateIndicator(fields);
  const auto b = CreateIndicator(Fields(tracks[0], "B"));
  const auto add = [&](app::IndicatorId indicator, Period period, std::optional<domain::UnitId> unit,
                       const std::string& cause, long long at) {
    return store().Write([&](app::Transaction& tx) {
      app::IndicatorComment comment;
      comment.period = period;
      comment.unit = unit;
      comment.cause = cause;
      comment.action = "Vi følger op";
      comment.author = {editor_, "Rita Redaktør"};
      comment.created_at = At(at);
      return tx.Get<app::IndicatorRepository>().AddComment(indicator, comment);
    });
  };
  const auto later = add(a, Month(2026, 2), organisation_.department, "Senere", 3'000);
  const auto earlier = add(a, Month(2026, 3), std::nullopt, "Tidligere", 1'000);
  const auto other = add(b, Month(2026, 1), std::nullopt, "Anden indikator", 2'000);
  EXPECT_NE(later, earlier);

  const auto comments =
      store().Read([&](app::Transaction& tx) { return tx.Get<app::IndicatorRepository>().Comments(a); });
  ASSERT_EQ(comments.size(), 2U);
  EXPECT_EQ(comments[0].id, earlier);
  EXPECT_EQ(comments[0].cause, "Tidligere");
  EXPECT_EQ(comments[0].period, Month(2026, 3));
  EXPECT_FALSE(comments[0].unit.has_value());
  EXPECT_EQ(comments[0].action, "Vi følger op");
  EXPECT_EQ(comments[0].author, (app::GoalAuthor{editor_, "Rita Redaktør"}));
  EXPECT_EQ(comments[0].created_at, At(1'000));
  EXPECT_EQ(comments[1].id, later);
  EXPECT_EQ(comments[1].unit, organisation_.department);

  const std::array ids{b, a};
  const auto grouped =
      store().Read([&](app::Transaction& tx) { return tx.Get<app::IndicatorRepository>().CommentsOf(ids); });
  ASSERT_EQ(grouped.size(), 2U);
  ASSERT_EQ(grouped[0].size(), 1U);
  EXPECT_EQ(grouped[0][0].id, other);
  ASSERT_EQ(grouped[1].size(), 2U);
  EXPECT_EQ(grouped[1][0].id, earlier);
  EXPECT_EQ(grouped[1][1].id, later);
}

TEST_F(GoalsRepositoryTest, AStoredPeriodThatDoesNotFitTheFrequencyIsAStorageError) {
  const auto tracks = MakePicture("sundhed", 10, 1).second;
  const auto id = CreateIndicator(Fields(tracks[0], "Tilfredshed"));
  Upsert(id, Month(2026, 3), std::nullopt, 1);
  database_.Execute("UPDATE indicator_measurements SET period = '2026-K1' WHERE indicator_id = " + std::to_string(id));
  try {
    Measurements(id);
    ADD_FAILURE() << "a quarter of a monthly indicator was read without error";
  } catch (const app::StorageError& error) {
    EXPECT_THAT(error.what(), HasSubstr("indicator_measurements.period"));
    EXPECT_THAT(error.what(), HasSubstr("2026-K1"));
  }
}

}  // namespace
}  // namespace lp::storage_test
