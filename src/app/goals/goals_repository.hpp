#pragma once

// The goals module's storage interfaces (migration 022): goal pictures with their versioned strategy
// tracks, and indicators with their measurements and comments.

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "domain/goals/indicators.hpp"
#include "domain/organisation/organisation.hpp"
#include "domain/platform/enum_table.hpp"
#include "domain/platform/time.hpp"
#include "domain/platform/user.hpp"

namespace lp::app {

// The change counter of the goals tables (migration 022; app::ChangeCounterRepository).
inline constexpr std::string_view kGoalsCounter = "goals";

using GoalPictureId = long long;
using GoalVersionId = long long;
using TrackId = long long;
using IndicatorId = long long;

// Who wrote, published, measured or commented: the login (none for shipped content, an integration,
// or a login deleted since) and the name as it was then.
struct GoalAuthor {
  std::optional<domain::UserId> user;
  std::string name;

  friend bool operator==(const GoalAuthor&, const GoalAuthor&) = default;
};

struct GoalPictureRecord {
  GoalPictureId id = 0;
  std::string slug;
  int position = 0;
};

// A strategy track as one version of its goal picture words it.
struct TrackText {
  TrackId track = 0;
  std::string title;
  std::string description;

  friend bool operator==(const TrackText&, const TrackText&) = default;
};

enum class GoalVersionStatus { Draft, Published };

struct GoalVersionRecord {
  GoalVersionId id = 0;
  GoalPictureId picture = 0;
  GoalVersionStatus status = GoalVersionStatus::Draft;
  std::optional<int> number;
  std::optional<int> based_on_number;
  std::string title;
  std::string body;               // the ambition, Markdown
  std::vector<TrackText> tracks;  // in order
  int revision = 1;
  GoalAuthor updated_by;
  domain::Timestamp updated_at{};
  std::optional<GoalAuthor> published_by;
  std::optional<domain::Timestamp> published_at;
};

struct GoalVersionText {
  std::string title;
  std::string body;
  std::vector<TrackText> tracks;
};

// A draft as a form names it; writes through it change nothing unless all three still match.
struct GoalDraftRef {
  GoalPictureId picture = 0;
  GoalVersionId id = 0;
  int revision = 0;
};

class GoalPictureRepository {
 public:
  virtual ~GoalPictureRepository() = default;

  virtual GoalPictureId CreatePicture(const std::string& slug, int position, domain::Timestamp at) = 0;
  virtual std::vector<GoalPictureRecord> ListPictures() = 0;  // by position
  virtual std::optional<GoalPictureRecord> FindPicture(const std::string& slug) = 0;
  virtual TrackId CreateTrack(GoalPictureId picture, domain::Timestamp at) = 0;
  // The goal picture of every track (retired ones included).
  virtual std::vector<std::pair<TrackId, GoalPictureId>> TrackPictures() = 0;

  // The newest published version of every picture that has one, by position, with their tracks.
  virtual std::vector<GoalVersionRecord> CurrentVersions() = 0;
  virtual std::optional<GoalVersionRecord> PublishedVersion(GoalPictureId picture, int number) = 0;
  // Newest first, without bodies and tracks.
  virtual std::vector<GoalVersionRecord> PublishedVersions(GoalPictureId picture) = 0;
  virtual std::optional<GoalVersionRecord> Draft(GoalPictureId picture) = 0;

  // A new draft (ConstraintViolation when the picture has one).
  virtual GoalVersionId CreateDraft(GoalPictureId picture, std::optional<int> based_on, const GoalVersionText& text,
                                    const GoalAuthor& author, domain::Timestamp at) = 0;
  virtual bool UpdateDraft(const GoalDraftRef& draft, const GoalVersionText& text, const GoalAuthor& author,
                           domain::Timestamp at) = 0;
  virtual bool PublishDraft(const GoalDraftRef& draft, int number, const GoalAuthor& author, domain::Timestamp at) = 0;
  virtual GoalVersionId CreatePublished(GoalPictureId picture, int number, const GoalVersionText& text,
                                        const GoalAuthor& author, domain::Timestamp at) = 0;
  virtual bool DeleteDraft(const GoalDraftRef& draft) = 0;
};

enum class Breakdown { Region, Units };
inline constexpr auto kBreakdownTable = domain::MakeEnumTable<Breakdown>({
    {Breakdown::Region, "region", "Kun for regionen samlet"},
    {Breakdown::Units, "enheder", "Opdelt på enheder"},
});
// How the values of units roll up to the units above them (and the region) without their own value.
enum class Rollup { Mean, Sum };
inline constexpr auto kRollupTable = domain::MakeEnumTable<Rollup>({
    {Rollup::Mean, "gennemsnit", "Gennemsnit af enhederne"},
    {Rollup::Sum, "sum", "Summen af enhederne"},
});
enum class MeasurementSource { Form, Import, Api, Demo };
inline constexpr auto kMeasurementSourceTable = domain::MakeEnumTable<MeasurementSource>({
    {MeasurementSource::Form, "formular", "Indtastet"},
    {MeasurementSource::Import, "import", "Importeret fra fil"},
    {MeasurementSource::Api, "api", "Leveret af integration"},
    {MeasurementSource::Demo, "demo", "Demodata"},
});

// What an editor or owner sets on an indicator.
struct IndicatorFields {
  TrackId track = 0;
  std::optional<domain::UnitId> local_unit;  // a unit's local indicator; none: the region's
  std::string name;
  std::string definition;
  std::string measure_unit;  // "%", "dage", "antal pr. 1.000 borgere"
  domain::Direction direction = domain::Direction::HigherIsBetter;
  domain::Frequency frequency = domain::Frequency::Monthly;
  int decimals = 1;
  double target = 0;
  std::optional<std::chrono::year_month_day> target_date;
  domain::Thresholds thresholds;
  std::optional<double> plausible_min;
  std::optional<double> plausible_max;
  domain::UnitId owner_unit = 0;
  std::optional<domain::UserId> owner_user;
  std::string data_source;
  Breakdown breakdown = Breakdown::Region;
  Rollup rollup = Rollup::Mean;
  std::vector<domain::UnitId> units;  // the units measured (Breakdown::Units), by id
  bool leaders_only = false;

  friend bool operator==(const IndicatorFields&, const IndicatorFields&) = default;
};

struct IndicatorRecord {
  IndicatorId id = 0;
  IndicatorFields fields;
  std::optional<domain::Timestamp> archived_at;
  int revision = 1;
  std::string updated_by_name;
  domain::Timestamp updated_at{};
  std::string owner_user_name;  // the owner login's display name ("" without)
};

struct MeasurementRecord {
  domain::Period period;
  std::optional<domain::UnitId> unit;  // none: the region as a whole
  double value = 0;
  MeasurementSource source = MeasurementSource::Form;
  GoalAuthor recorded_by;
  domain::Timestamp recorded_at{};
};

struct NewMeasurement {
  domain::Period period;
  std::optional<domain::UnitId> unit;
  double value = 0;
};

enum class MeasurementChange { Created, Updated, Unchanged };

struct IndicatorComment {
  long long id = 0;
  domain::Period period;
  std::optional<domain::UnitId> unit;
  std::string cause;
  std::string action;
  GoalAuthor author;
  domain::Timestamp created_at{};
};

class IndicatorRepository {
 public:
  virtual ~IndicatorRepository() = default;

  virtual IndicatorId CreateIndicator(const IndicatorFields& fields, const std::string& author,
                                      domain::Timestamp at) = 0;
  // False when the indicator is not at `revision` any more.
  virtual bool UpdateIndicator(IndicatorId id, int revision, const IndicatorFields& fields, const std::string& author,
                               domain::Timestamp at) = 0;
  virtual bool SetArchived(IndicatorId id, int revision, std::optional<domain::Timestamp> archived_at,
                           const std::string& author, domain::Timestamp at) = 0;
  virtual std::optional<IndicatorRecord> FindIndicator(IndicatorId id) = 0;
  // Every indicator (archived ones included), by track, position and id, with their units.
  virtual std::vector<IndicatorRecord> ListIndicators() = 0;

  // The indicator's measurements in period order (region first within a period, then by unit id).
  virtual std::vector<MeasurementRecord> Measurements(IndicatorId indicator) = 0;
  // The measurements of many indicators at once (the overview), grouped per indicator in the order of
  // `indicators`; only those for the region as a whole when `region_only`.
  virtual std::vector<std::vector<MeasurementRecord>> MeasurementsOf(std::span<const IndicatorId> indicators,
                                                                     bool region_only) = 0;
  // Stores the value for the indicator, period and unit: new, changed, or left as it was.
  virtual MeasurementChange UpsertMeasurement(IndicatorId indicator, const NewMeasurement& measurement,
                                              MeasurementSource source, const GoalAuthor& by, domain::Timestamp at) = 0;
  virtual bool DeleteMeasurement(IndicatorId indicator, const domain::Period& period,
                                 std::optional<domain::UnitId> unit) = 0;

  virtual long long AddComment(IndicatorId indicator, const IndicatorComment& comment) = 0;
  // Oldest first.
  virtual std::vector<IndicatorComment> Comments(IndicatorId indicator) = 0;
  // The comments of many indicators at once, grouped per indicator in the order of `indicators`.
  virtual std::vector<std::vector<IndicatorComment>> CommentsOf(std::span<const IndicatorId> indicators) = 0;
};

}  // namespace lp::app
