#pragma once

#include "app/goals/goals_repository.hpp"
#include "storage/platform/transaction.hpp"

namespace lp::storage {

// app::GoalPictureRepository over SOCI (goal_pictures, goal_picture_versions, strategy_tracks and
// goal_picture_version_tracks, migration 022).
class SociGoalPictureRepository final : public app::GoalPictureRepository {
 public:
  explicit SociGoalPictureRepository(UnitOfWork& unit) : unit_(unit) {}

  app::GoalPictureId CreatePicture(const std::string& slug, int position, domain::Timestamp at) override;
  std::vector<app::GoalPictureRecord> ListPictures() override;
  std::optional<app::GoalPictureRecord> FindPicture(const std::string& slug) override;
  app::TrackId CreateTrack(app::GoalPictureId picture, domain::Timestamp at) override;
  std::vector<std::pair<app::TrackId, app::GoalPictureId>> TrackPictures() override;

  std::vector<app::GoalVersionRecord> CurrentVersions() override;
  std::optional<app::GoalVersionRecord> PublishedVersion(app::GoalPictureId picture, int number) override;
  std::vector<app::GoalVersionRecord> PublishedVersions(app::GoalPictureId picture) override;
  std::optional<app::GoalVersionRecord> Draft(app::GoalPictureId picture) override;

  app::GoalVersionId CreateDraft(app::GoalPictureId picture, std::optional<int> based_on,
                                 const app::GoalVersionText& text, const app::GoalAuthor& author,
                                 domain::Timestamp at) override;
  bool UpdateDraft(const app::GoalDraftRef& draft, const app::GoalVersionText& text, const app::GoalAuthor& author,
                   domain::Timestamp at) override;
  bool PublishDraft(const app::GoalDraftRef& draft, int number, const app::GoalAuthor& author,
                    domain::Timestamp at) override;
  app::GoalVersionId CreatePublished(app::GoalPictureId picture, int number, const app::GoalVersionText& text,
                                     const app::GoalAuthor& author, domain::Timestamp at) override;
  bool DeleteDraft(const app::GoalDraftRef& draft) override;

 private:
  void WriteTracks(app::GoalVersionId version, const std::vector<app::TrackText>& tracks);
  void ReadTracks(std::vector<app::GoalVersionRecord>& versions);

  UnitOfWork& unit_;
};

// app::IndicatorRepository over SOCI (indicators, indicator_units, indicator_measurements and
// indicator_comments, migration 022).
class SociIndicatorRepository final : public app::IndicatorRepository {
 public:
  explicit SociIndicatorRepository(UnitOfWork& unit) : unit_(unit) {}

  app::IndicatorId CreateIndicator(const app::IndicatorFields& fields, const std::string& author,
                                   domain::Timestamp at) override;
  bool UpdateIndicator(app::IndicatorId id, int revision, const app::IndicatorFields& fields, const std::string& author,
                       domain::Timestamp at) override;
  bool SetArchived(app::IndicatorId id, int revision, std::optional<domain::Timestamp> archived_at,
                   const std::string& author, domain::Timestamp at) override;
  std::optional<app::IndicatorRecord> FindIndicator(app::IndicatorId id) override;
  std::vector<app::IndicatorRecord> ListIndicators() override;

  std::vector<app::MeasurementRecord> Measurements(app::IndicatorId indicator) override;
  std::vector<std::vector<app::MeasurementRecord>> MeasurementsOf(std::span<const app::IndicatorId> indicators,
                                                                  bool region_only) override;
  app::MeasurementChange UpsertMeasurement(app::IndicatorId indicator, const app::NewMeasurement& measurement,
                                           app::MeasurementSource source, const app::GoalAuthor& by,
                                           domain::Timestamp at) override;
  bool DeleteMeasurement(app::IndicatorId indicator, const domain::Period& period,
                         std::optional<domain::UnitId> unit) override;

  long long AddComment(app::IndicatorId indicator, const app::IndicatorComment& comment) override;
  std::vector<app::IndicatorComment> Comments(app::IndicatorId indicator) override;
  std::vector<std::vector<app::IndicatorComment>> CommentsOf(std::span<const app::IndicatorId> indicators) override;

 private:
  void WriteUnits(app::IndicatorId id, const std::vector<domain::UnitId>& units);

  UnitOfWork& unit_;
};

}  // namespace lp::storage
