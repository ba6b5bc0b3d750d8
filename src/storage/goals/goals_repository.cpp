#include "storage/goals/goals_repository.hpp"

#include <algorithm>
#include <map>
#include <unordered_map>

#include "storage/platform/rows.hpp"

namespace lp::storage {
namespace {

using domain::FromUnixSeconds;
using domain::ToUnixSeconds;

// ---- goal pictures and their versions

constexpr std::string_view kSelectPictures = "SELECT id, slug, position FROM goal_pictures";
constexpr std::string_view kPicturesInOrder = "ORDER BY position, id";
constexpr std::string_view kPictureBySlug = "WHERE slug = :slug";
constexpr std::string_view kListPictures = kJoined<kSelectPictures, kPicturesInOrder>;
constexpr std::string_view kFindPicture = kJoined<kSelectPictures, kPictureBySlug>;
constexpr std::string_view kInsertPicture =
    "INSERT INTO goal_pictures (slug, position, created_at) VALUES (:slug, :position, :created_at) RETURNING id";
constexpr std::string_view kInsertTrack =
    "INSERT INTO strategy_tracks (goal_picture_id, created_at) VALUES (:picture, :created_at) RETURNING id";
constexpr std::string_view kTrackPictures = "SELECT id, goal_picture_id FROM strategy_tracks ORDER BY id";

constexpr std::string_view kVersionColumns =
    "SELECT v.id, v.goal_picture_id, v.status, v.number, v.based_on_number, v.title, v.body, v.revision, "
    "v.updated_by_user_id, v.updated_by_name, v.updated_at, v.published_by_user_id, v.published_by_name, "
    "v.published_at FROM goal_picture_versions v";
constexpr std::string_view kNewestPublishedOfEveryPicture =
    "JOIN goal_pictures p ON p.id = v.goal_picture_id "
    "WHERE v.status = 'published' AND v.number = (SELECT MAX(n.number) FROM goal_picture_versions n "
    "WHERE n.goal_picture_id = v.goal_picture_id AND n.status = 'published') ORDER BY p.position, p.id";
constexpr std::string_view kPublishedNumber =
    "WHERE v.goal_picture_id = :picture AND v.status = 'published' AND v.number = :number";
constexpr std::string_view kPublishedNewestFirst =
    "WHERE v.goal_picture_id = :picture AND v.status = 'published' ORDER BY v.number DESC";
constexpr std::string_view kDraftOfPicture = "WHERE v.goal_picture_id = :picture AND v.status = 'draft'";
constexpr std::string_view kCurrentVersions = kJoined<kVersionColumns, kNewestPublishedOfEveryPicture>;
constexpr std::string_view kPublishedVersion = kJoined<kVersionColumns, kPublishedNumber>;
constexpr std::string_view kPublishedVersions = kJoined<kVersionColumns, kPublishedNewestFirst>;
constexpr std::string_view kDraft = kJoined<kVersionColumns, kDraftOfPicture>;

constexpr std::string_view kVersionTracks =
    "SELECT track_id, title, description FROM goal_picture_version_tracks WHERE version_id = :version "
    "ORDER BY position";
constexpr std::string_view kInsertVersionTrack =
    "INSERT INTO goal_picture_version_tracks (version_id, track_id, position, title, description) "
    "VALUES (:version, :track, :position, :title, :description)";
constexpr std::string_view kDeleteVersionTracks = "DELETE FROM goal_picture_version_tracks WHERE version_id = :version";

constexpr std::string_view kInsertVersion =
    "INSERT INTO goal_picture_versions (goal_picture_id, status, number, based_on_number, title, body, "
    "created_by_user_id, created_by_name, created_at, updated_by_user_id, updated_by_name, updated_at, "
    "published_by_user_id, published_by_name, published_at) "
    "VALUES (:picture, :status, :number, :based_on, :title, :body, :author, :name, :at, :updater, :updater_name, "
    ":updated_at, :publisher, :publisher_name, :published_at) RETURNING id";
constexpr std::string_view kUpdateDraft =
    "UPDATE goal_picture_versions SET title = :title, body = :body, updated_by_user_id = :user, "
    "updated_by_name = :name, updated_at = :at, revision = revision + 1 "
    "WHERE id = :id AND revision = :revision AND status = 'draft' AND goal_picture_id = :picture";
constexpr std::string_view kPublishDraft =
    "UPDATE goal_picture_versions SET status = 'published', number = :number, published_by_user_id = :user, "
    "published_by_name = :name, published_at = :at, revision = revision + 1 "
    "WHERE id = :id AND revision = :revision AND status = 'draft' AND goal_picture_id = :picture";
constexpr std::string_view kDeleteDraft =
    "DELETE FROM goal_picture_versions "
    "WHERE id = :id AND revision = :revision AND status = 'draft' AND goal_picture_id = :picture";

std::optional<app::GoalVersionStatus> ParseGoalVersionStatus(std::string_view code) {
  if (code == "draft") return app::GoalVersionStatus::Draft;
  if (code == "published") return app::GoalVersionStatus::Published;
  return std::nullopt;
}

struct PictureRow {
  long long id = 0;
  std::string slug;
  int position = 0;

  app::GoalPictureRecord ToPicture() const { return {id, slug, position}; }
};

void Into(soci::statement& statement, PictureRow& row) {
  statement.exchange(soci::into(row.id));
  statement.exchange(soci::into(row.slug));
  statement.exchange(soci::into(row.position));
}

struct TrackPictureRow {
  long long track = 0;
  long long picture = 0;

  std::pair<app::TrackId, app::GoalPictureId> ToPair() const { return {track, picture}; }
};

void Into(soci::statement& statement, TrackPictureRow& row) {
  statement.exchange(soci::into(row.track));
  statement.exchange(soci::into(row.picture));
}

struct GoalVersionRow {
  long long id = 0;
  long long picture = 0;
  std::string status;
  Nullable<int> number;
  Nullable<int> based_on;
  std::string title;
  std::string body;
  int revision = 0;
  Nullable<domain::UserId> updated_by;
  std::string updated_by_name;
  long long updated_at = 0;
  Nullable<domain::UserId> published_by;
  Nullable<std::string> published_by_name;
  Nullable<domain::Timestamp> published_at;

  app::GoalVersionRecord ToVersion() const {
    app::GoalVersionRecord record;
    record.id = id;
    record.picture = picture;
    record.status = DecodeCode(status, "goal_picture_versions.status", ParseGoalVersionStatus);
    record.number = number.Get();
    record.based_on_number = based_on.Get();
    record.title = title;
    record.body = body;
    record.revision = revision;
    record.updated_by = {updated_by.Get(), updated_by_name};
    record.updated_at = FromUnixSeconds(updated_at);
    record.published_at = published_at.Get();
    if (record.published_at) {
      record.published_by = app::GoalAuthor{published_by.Get(), published_by_name.Get().value_or(std::string{})};
    }
    return record;
  }
};

void Into(soci::statement& statement, GoalVersionRow& row) {
  statement.exchange(soci::into(row.id));
  statement.exchange(soci::into(row.picture));
  statement.exchange(soci::into(row.status));
  statement.exchange(IntoNullable(row.number));
  statement.exchange(IntoNullable(row.based_on));
  statement.exchange(soci::into(row.title));
  statement.exchange(soci::into(row.body));
  statement.exchange(soci::into(row.revision));
  statement.exchange(IntoNullable(row.updated_by));
  statement.exchange(soci::into(row.updated_by_name));
  statement.exchange(soci::into(row.updated_at));
  statement.exchange(IntoNullable(row.published_by));
  statement.exchange(IntoNullable(row.published_by_name));
  statement.exchange(IntoNullable(row.published_at));
}

struct TrackTextRow {
  long long track = 0;
  std::string title;
  std::string description;

  app::TrackText ToText() const { return {track, title, description}; }
};

void Into(soci::statement& statement, TrackTextRow& row) {
  statement.exchange(soci::into(row.track));
  statement.exchange(soci::into(row.title));
  statement.exchange(soci::into(row.description));
}

struct DraftKey {
  explicit DraftKey(const app::GoalDraftRef& draft) : picture(draft.picture), id(draft.id), revision(draft.revision) {}
  long long picture;
  long long id;
  int revision;
};

// ---- indicators

constexpr std::string_view kIndicatorColumns =
    "SELECT i.id, i.track_id, i.local_unit_id, i.name, i.definition, i.measure_unit, i.direction, i.frequency, "
    "i.decimals, i.target, i.target_date, i.green_threshold, i.red_threshold, i.plausible_min, i.plausible_max, "
    "i.owner_unit_id, i.owner_user_id, i.data_source, i.breakdown, i.rollup, "
    "CASE WHEN i.leaders_only THEN 1 ELSE 0 END, i.archived_at, i.revision, i.updated_by_name, i.updated_at, "
    "COALESCE(u.name, '') FROM indicators i LEFT JOIN users u ON u.id = i.owner_user_id";
constexpr std::string_view kIndicatorById = "WHERE i.id = :id";
constexpr std::string_view kIndicatorsInOrder = "ORDER BY i.track_id, i.position, i.id";
constexpr std::string_view kFindIndicator = kJoined<kIndicatorColumns, kIndicatorById>;
constexpr std::string_view kListIndicators = kJoined<kIndicatorColumns, kIndicatorsInOrder>;

constexpr std::string_view kIndicatorUnits = "SELECT indicator_id, unit_id FROM indicator_units";
constexpr std::string_view kUnitsOfIndicator =
    "SELECT indicator_id, unit_id FROM indicator_units WHERE indicator_id = :id";
constexpr std::string_view kDeleteIndicatorUnits = "DELETE FROM indicator_units WHERE indicator_id = :id";
constexpr std::string_view kInsertIndicatorUnit =
    "INSERT INTO indicator_units (indicator_id, unit_id) VALUES (:id, :unit)";

#define LP_INDICATOR_VALUES                                                                              \
  ":track, :local_unit, :name, :definition, :measure_unit, :direction, :frequency, :decimals, :target, " \
  ":target_date, :green, :red, :plausible_min, :plausible_max, :owner_unit, :owner_user, :data_source, " \
  ":breakdown, :rollup, CASE WHEN :leaders_only = 1 THEN TRUE ELSE FALSE END"
constexpr std::string_view kInsertIndicator =
    "INSERT INTO indicators (track_id, local_unit_id, name, definition, measure_unit, direction, frequency, "
    "decimals, target, target_date, green_threshold, red_threshold, plausible_min, plausible_max, owner_unit_id, "
    "owner_user_id, data_source, breakdown, rollup, leaders_only, position, created_by_name, created_at, "
    "updated_by_name, updated_at) VALUES (" LP_INDICATOR_VALUES
    ", (SELECT COALESCE(MAX(position), 0) + 1 FROM indicators), :author, :at, :updater, :updated_at) RETURNING id";
#undef LP_INDICATOR_VALUES
constexpr std::string_view kUpdateIndicator =
    "UPDATE indicators SET track_id = :track, local_unit_id = :local_unit, name = :name, "
    "definition = :definition, measure_unit = :measure_unit, direction = :direction, frequency = :frequency, "
    "decimals = :decimals, target = :target, target_date = :target_date, green_threshold = :green, "
    "red_threshold = :red, plausible_min = :plausible_min, plausible_max = :plausible_max, "
    "owner_unit_id = :owner_unit, owner_user_id = :owner_user, data_source = :data_source, "
    "breakdown = :breakdown, rollup = :rollup, leaders_only = CASE WHEN :leaders_only = 1 THEN TRUE ELSE FALSE END, "
    "revision = revision + 1, updated_by_name = :author, updated_at = :at WHERE id = :id AND revision = :revision";
constexpr std::string_view kSetArchived =
    "UPDATE indicators SET archived_at = :archived_at, revision = revision + 1, updated_by_name = :author, "
    "updated_at = :at WHERE id = :id AND revision = :revision";

constexpr std::string_view kMeasurementColumns =
    "SELECT m.indicator_id, i.frequency, m.period, m.unit_id, m.value, m.source, m.recorded_by_user_id, "
    "m.recorded_by_name, m.recorded_at FROM indicator_measurements m JOIN indicators i ON i.id = m.indicator_id";
constexpr std::string_view kOfIndicator = "WHERE m.indicator_id = :id";
constexpr std::string_view kRegionOnly = "WHERE m.unit_id IS NULL";
constexpr std::string_view kMeasurementOrder = "ORDER BY m.indicator_id, m.period, m.unit_id IS NOT NULL, m.unit_id";
constexpr std::string_view kMeasurementsOfIndicator = kJoined<kMeasurementColumns, kOfIndicator, kMeasurementOrder>;
constexpr std::string_view kAllMeasurements = kJoined<kMeasurementColumns, kMeasurementOrder>;
constexpr std::string_view kRegionMeasurements = kJoined<kMeasurementColumns, kRegionOnly, kMeasurementOrder>;

constexpr std::string_view kFindValue =
    "SELECT value FROM indicator_measurements WHERE indicator_id = :id AND period = :period AND "
    "((:has_unit = 0 AND unit_id IS NULL) OR (:has_unit2 = 1 AND unit_id = :unit))";
constexpr std::string_view kInsertMeasurement =
    "INSERT INTO indicator_measurements (indicator_id, period, unit_id, value, source, recorded_by_user_id, "
    "recorded_by_name, recorded_at) VALUES (:id, :period, :unit, :value, :source, :user, :name, :at)";
constexpr std::string_view kUpdateMeasurement =
    "UPDATE indicator_measurements SET value = :value, source = :source, recorded_by_user_id = :user, "
    "recorded_by_name = :name, recorded_at = :at WHERE indicator_id = :id AND period = :period AND "
    "((:has_unit = 0 AND unit_id IS NULL) OR (:has_unit2 = 1 AND unit_id = :unit))";
constexpr std::string_view kDeleteMeasurement =
    "DELETE FROM indicator_measurements WHERE indicator_id = :id AND period = :period AND "
    "((:has_unit = 0 AND unit_id IS NULL) OR (:has_unit2 = 1 AND unit_id = :unit))";

constexpr std::string_view kCommentColumns =
    "SELECT c.indicator_id, i.frequency, c.id, c.period, c.unit_id, c.cause, c.action, c.author_user_id, "
    "c.author_name, c.created_at FROM indicator_comments c JOIN indicators i ON i.id = c.indicator_id";
constexpr std::string_view kCommentsOfIndicator = "WHERE c.indicator_id = :id";
constexpr std::string_view kCommentOrder = "ORDER BY c.indicator_id, c.created_at, c.id";
constexpr std::string_view kComments = kJoined<kCommentColumns, kCommentsOfIndicator, kCommentOrder>;
constexpr std::string_view kAllComments = kJoined<kCommentColumns, kCommentOrder>;
constexpr std::string_view kInsertComment =
    "INSERT INTO indicator_comments (indicator_id, period, unit_id, cause, action, author_user_id, author_name, "
    "created_at) VALUES (:id, :period, :unit, :cause, :action, :user, :name, :at) RETURNING id";

domain::Period DecodePeriod(const std::string& frequency_code, const std::string& code, std::string_view column) {
  const auto frequency = DecodeCode(frequency_code, "indicators.frequency",
                                    [](std::string_view c) { return domain::kFrequencyTable.Parse(c); });
  return DecodeCode(code, column, [frequency](std::string_view c) { return domain::ParsePeriod(frequency, c); });
}

struct IndicatorRow {
  long long id = 0;
  long long track = 0;
  Nullable<domain::UnitId> local_unit;
  std::string name;
  std::string definition;
  std::string measure_unit;
  std::string direction;
  std::string frequency;
  int decimals = 0;
  double target = 0;
  Nullable<std::chrono::year_month_day> target_date;
  double green = 0;
  double red = 0;
  Nullable<double> plausible_min;
  Nullable<double> plausible_max;
  long long owner_unit = 0;
  Nullable<domain::UserId> owner_user;
  std::string data_source;
  std::string breakdown;
  std::string rollup;
  int leaders_only = 0;
  Nullable<domain::Timestamp> archived_at;
  int revision = 0;
  std::string updated_by_name;
  long long updated_at = 0;
  std::string owner_user_name;

  app::IndicatorRecord ToIndicator() const {
    app::IndicatorRecord record;
    record.id = id;
    auto& f = record.fields;
    f.track = track;
    f.local_unit = local_unit.Get();
    f.name = name;
    f.definition = definition;
    f.measure_unit = measure_unit;
    f.direction = DecodeCode(direction, "indicators.direction",
                             [](std::string_view c) { return domain::kDirectionTable.Parse(c); });
    f.frequency = DecodeCode(frequency, "indicators.frequency",
                             [](std::string_view c) { return domain::kFrequencyTable.Parse(c); });
    f.decimals = decimals;
    f.target = target;
    f.target_date = target_date.Get("indicators.target_date");
    f.thresholds = {green, red};
    f.plausible_min = plausible_min.Get();
    f.plausible_max = plausible_max.Get();
    f.owner_unit = owner_unit;
    f.owner_user = owner_user.Get();
    f.data_source = data_source;
    f.breakdown =
        DecodeCode(breakdown, "indicators.breakdown", [](std::string_view c) { return app::kBreakdownTable.Parse(c); });
    f.rollup = DecodeCode(rollup, "indicators.rollup", [](std::string_view c) { return app::kRollupTable.Parse(c); });
    f.leaders_only = leaders_only != 0;
    record.archived_at = archived_at.Get();
    record.revision = revision;
    record.updated_by_name = updated_by_name;
    record.updated_at = FromUnixSeconds(updated_at);
    record.owner_user_name = owner_user_name;
    return record;
  }
};

void Into(soci::statement& statement, IndicatorRow& row) {
  statement.exchange(soci::into(row.id));
  statement.exchange(soci::into(row.track));
  statement.exchange(IntoNullable(row.local_unit));
  statement.exchange(soci::into(row.name));
  statement.exchange(soci::into(row.definition));
  statement.exchange(soci::into(row.measure_unit));
  statement.exchange(soci::into(row.direction));
  statement.exchange(soci::into(row.frequency));
  statement.exchange(soci::into(row.decimals));
  statement.exchange(soci::into(row.target));
  statement.exchange(IntoNullable(row.target_date));
  statement.exchange(soci::into(row.green));
  statement.exchange(soci::into(row.red));
  statement.exchange(IntoNullable(row.plausible_min));
  statement.exchange(IntoNullable(row.plausible_max));
  statement.exchange(soci::into(row.owner_unit));
  statement.exchange(IntoNullable(row.owner_user));
  statement.exchange(soci::into(row.data_source));
  statement.exchange(soci::into(row.breakdown));
  statement.exchange(soci::into(row.rollup));
  statement.exchange(soci::into(row.leaders_only));
  statement.exchange(IntoNullable(row.archived_at));
  statement.exchange(soci::into(row.revision));
  statement.exchange(soci::into(row.updated_by_name));
  statement.exchange(soci::into(row.updated_at));
  statement.exchange(soci::into(row.owner_user_name));
}

struct IndicatorUnitRow {
  long long indicator = 0;
  long long unit = 0;

  std::pair<long long, long long> ToPair() const { return {indicator, unit}; }
};

void Into(soci::statement& statement, IndicatorUnitRow& row) {
  statement.exchange(soci::into(row.indicator));
  statement.exchange(soci::into(row.unit));
}

struct MeasurementRow {
  long long indicator = 0;
  std::string frequency;
  std::string period;
  Nullable<domain::UnitId> unit;
  double value = 0;
  std::string source;
  Nullable<domain::UserId> user;
  std::string name;
  long long at = 0;

  std::pair<long long, app::MeasurementRecord> ToMeasurement() const {
    app::MeasurementRecord record;
    record.period = DecodePeriod(frequency, period, "indicator_measurements.period");
    record.unit = unit.Get();
    record.value = value;
    record.source = DecodeCode(source, "indicator_measurements.source",
                               [](std::string_view c) { return app::kMeasurementSourceTable.Parse(c); });
    record.recorded_by = {user.Get(), name};
    record.recorded_at = FromUnixSeconds(at);
    return {indicator, record};
  }
};

void Into(soci::statement& statement, MeasurementRow& row) {
  statement.exchange(soci::into(row.indicator));
  statement.exchange(soci::into(row.frequency));
  statement.exchange(soci::into(row.period));
  statement.exchange(IntoNullable(row.unit));
  statement.exchange(soci::into(row.value));
  statement.exchange(soci::into(row.source));
  statement.exchange(IntoNullable(row.user));
  statement.exchange(soci::into(row.name));
  statement.exchange(soci::into(row.at));
}

struct CommentRow {
  long long indicator = 0;
  std::string frequency;
  long long id = 0;
  std::string period;
  Nullable<domain::UnitId> unit;
  std::string cause;
  std::string action;
  Nullable<domain::UserId> user;
  std::string name;
  long long at = 0;

  std::pair<long long, app::IndicatorComment> ToComment() const {
    app::IndicatorComment comment;
    comment.id = id;
    comment.period = DecodePeriod(frequency, period, "indicator_comments.period");
    comment.unit = unit.Get();
    comment.cause = cause;
    comment.action = action;
    comment.author = {user.Get(), name};
    comment.created_at = FromUnixSeconds(at);
    return {indicator, comment};
  }
};

void Into(soci::statement& statement, CommentRow& row) {
  statement.exchange(soci::into(row.indicator));
  statement.exchange(soci::into(row.frequency));
  statement.exchange(soci::into(row.id));
  statement.exchange(soci::into(row.period));
  statement.exchange(IntoNullable(row.unit));
  statement.exchange(soci::into(row.cause));
  statement.exchange(soci::into(row.action));
  statement.exchange(IntoNullable(row.user));
  statement.exchange(soci::into(row.name));
  statement.exchange(soci::into(row.at));
}

// An indicator's fields as SOCI binds them (by reference, as named locals).
struct IndicatorParams {
  explicit IndicatorParams(const app::IndicatorFields& f)
      : track(f.track),
        local_unit(f.local_unit),
        direction(domain::kDirectionTable.Code(f.direction)),
        frequency(domain::kFrequencyTable.Code(f.frequency)),
        decimals(f.decimals),
        target(f.target),
        target_date(f.target_date),
        green(f.thresholds.green),
        red(f.thresholds.red),
        plausible_min(f.plausible_min),
        plausible_max(f.plausible_max),
        owner_unit(f.owner_unit),
        owner_user(f.owner_user),
        breakdown(app::kBreakdownTable.Code(f.breakdown)),
        rollup(app::kRollupTable.Code(f.rollup)),
        leaders_only(f.leaders_only ? 1 : 0) {}

  template <typename Statement>
  void Bind(Statement& use, const app::IndicatorFields& f) {
    use(soci::use(track, "track"));
    use(UseNullable(local_unit, "local_unit"));
    use(soci::use(f.name, "name"));
    use(soci::use(f.definition, "definition"));
    use(soci::use(f.measure_unit, "measure_unit"));
    use(soci::use(direction, "direction"));
    use(soci::use(frequency, "frequency"));
    use(soci::use(decimals, "decimals"));
    use(soci::use(target, "target"));
    use(UseNullable(target_date, "target_date"));
    use(soci::use(green, "green"));
    use(soci::use(red, "red"));
    use(UseNullable(plausible_min, "plausible_min"));
    use(UseNullable(plausible_max, "plausible_max"));
    use(soci::use(owner_unit, "owner_unit"));
    use(UseNullable(owner_user, "owner_user"));
    use(soci::use(f.data_source, "data_source"));
    use(soci::use(breakdown, "breakdown"));
    use(soci::use(rollup, "rollup"));
    use(soci::use(leaders_only, "leaders_only"));
  }

  long long track;
  Nullable<domain::UnitId> local_unit;
  std::string direction;
  std::string frequency;
  int decimals;
  double target;
  Nullable<std::chrono::year_month_day> target_date;
  double green;
  double red;
  Nullable<double> plausible_min;
  Nullable<double> plausible_max;
  long long owner_unit;
  Nullable<domain::UserId> owner_user;
  std::string breakdown;
  std::string rollup;
  int leaders_only;
};

// A statement built up with exchanges, run once.
class StatementBuilder {
 public:
  explicit StatementBuilder(soci::session& sql) : statement_(sql) {}
  template <typename Exchange>
  void operator()(Exchange&& exchange) {
    statement_.exchange(std::forward<Exchange>(exchange));
  }
  long long Run(std::string_view query) {
    statement_.alloc();
    statement_.prepare(std::string(query));
    statement_.define_and_bind();
    statement_.execute(true);
    return statement_.get_affected_rows();
  }

 private:
  soci::statement statement_;
};

// A measurement's key as SOCI binds it.
struct MeasurementKey {
  MeasurementKey(app::IndicatorId indicator, const domain::Period& period, std::optional<domain::UnitId> unit)
      : id(indicator), code(domain::PeriodCode(period)), has_unit(unit ? 1 : 0), unit_id(unit.value_or(0)) {}
  long long id;
  std::string code;
  int has_unit;
  long long unit_id;
};

template <typename Item>
std::vector<std::vector<Item>> GroupById(std::span<const app::IndicatorId> ids,
                                         std::vector<std::pair<long long, Item>> rows) {
  std::unordered_map<long long, std::size_t> index;
  for (std::size_t i = 0; i < ids.size(); ++i) index.emplace(ids[i], i);
  std::vector<std::vector<Item>> grouped(ids.size());
  for (auto& row : rows) {
    const auto found = index.find(row.first);
    if (found != index.end()) grouped[found->second].push_back(std::move(row.second));
  }
  return grouped;
}

}  // namespace

// ---- SociGoalPictureRepository

app::GoalPictureId SociGoalPictureRepository::CreatePicture(const std::string& slug, int position,
                                                            domain::Timestamp at) {
  return Guarded(unit_, [&] {
    long long id = 0;
    int ordinal = position;
    long long created_at = ToUnixSeconds(at);
    Execute(unit_.sql, kInsertPicture, soci::use(slug, "slug"), soci::use(ordinal, "position"),
            soci::use(created_at, "created_at"), soci::into(id));
    return id;
  });
}

std::vector<app::GoalPictureRecord> SociGoalPictureRepository::ListPictures() {
  return Guarded(unit_, [&] { return SelectRows<PictureRow>(unit_.sql, kListPictures, &PictureRow::ToPicture); });
}

std::optional<app::GoalPictureRecord> SociGoalPictureRepository::FindPicture(const std::string& slug) {
  return Guarded(unit_, [&] {
    return SelectFirst<PictureRow>(unit_.sql, kFindPicture, &PictureRow::ToPicture, soci::use(slug, "slug"));
  });
}

app::TrackId SociGoalPictureRepository::CreateTrack(app::GoalPictureId picture, domain::Timestamp at) {
  return Guarded(unit_, [&] {
    long long id = 0;
    long long picture_id = picture;
    long long created_at = ToUnixSeconds(at);
    Execute(unit_.sql, kInsertTrack, soci::use(picture_id, "picture"), soci::use(created_at, "created_at"),
            soci::into(id));
    return id;
  });
}

std::vector<std::pair<app::TrackId, app::GoalPictureId>> SociGoalPictureRepository::TrackPictures() {
  return Guarded(unit_,
                 [&] { return SelectRows<TrackPictureRow>(unit_.sql, kTrackPictures, &TrackPictureRow::ToPair); });
}

void SociGoalPictureRepository::ReadTracks(std::vector<app::GoalVersionRecord>& versions) {
  for (auto& version : versions) {
    long long version_id = version.id;
    version.tracks =
        SelectRows<TrackTextRow>(unit_.sql, kVersionTracks, &TrackTextRow::ToText, soci::use(version_id, "version"));
  }
}

void SociGoalPictureRepository::WriteTracks(app::GoalVersionId version, const std::vector<app::TrackText>& tracks) {
  long long version_id = version;
  Execute(unit_.sql, kDeleteVersionTracks, soci::use(version_id, "version"));
  int position = 0;
  for (const auto& track : tracks) {
    ++position;
    long long track_id = track.track;
    Execute(unit_.sql, kInsertVersionTrack, soci::use(version_id, "version"), soci::use(track_id, "track"),
            soci::use(position, "position"), soci::use(track.title, "title"),
            soci::use(track.description, "description"));
  }
}

std::vector<app::GoalVersionRecord> SociGoalPictureRepository::CurrentVersions() {
  return Guarded(unit_, [&] {
    auto versions = SelectRows<GoalVersionRow>(unit_.sql, kCurrentVersions, &GoalVersionRow::ToVersion);
    ReadTracks(versions);
    return versions;
  });
}

std::optional<app::GoalVersionRecord> SociGoalPictureRepository::PublishedVersion(app::GoalPictureId picture,
                                                                                  int number) {
  return Guarded(unit_, [&]() -> std::optional<app::GoalVersionRecord> {
    long long picture_id = picture;
    int wanted = number;
    auto version = SelectFirst<GoalVersionRow>(unit_.sql, kPublishedVersion, &GoalVersionRow::ToVersion,
                                               soci::use(picture_id, "picture"), soci::use(wanted, "number"));
    if (!version) return std::nullopt;
    std::vector<app::GoalVersionRecord> one{std::move(*version)};
    ReadTracks(one);
    return std::move(one.front());
  });
}

std::vector<app::GoalVersionRecord> SociGoalPictureRepository::PublishedVersions(app::GoalPictureId picture) {
  return Guarded(unit_, [&] {
    long long picture_id = picture;
    auto versions = SelectRows<GoalVersionRow>(unit_.sql, kPublishedVersions, &GoalVersionRow::ToVersion,
                                               soci::use(picture_id, "picture"));
    for (auto& version : versions) version.body.clear();
    return versions;
  });
}

std::optional<app::GoalVersionRecord> SociGoalPictureRepository::Draft(app::GoalPictureId picture) {
  return Guarded(unit_, [&]() -> std::optional<app::GoalVersionRecord> {
    long long picture_id = picture;
    auto version =
        SelectFirst<GoalVersionRow>(unit_.sql, kDraft, &GoalVersionRow::ToVersion, soci::use(picture_id, "picture"));
    if (!version) return std::nullopt;
    std::vector<app::GoalVersionRecord> one{std::move(*version)};
    ReadTracks(one);
    return std::move(one.front());
  });
}

namespace {

app::GoalVersionId InsertVersion(soci::session& sql, app::GoalPictureId picture, std::optional<int> number,
                                 std::optional<int> based_on, const app::GoalVersionText& text,
                                 const app::GoalAuthor& author, domain::Timestamp at) {
  long long id = 0;
  long long picture_id = picture;
  std::string status = number ? "published" : "draft";
  Nullable<int> published_number(number);
  Nullable<int> based(based_on);
  Nullable<domain::UserId> user(author.user);
  long long moment = ToUnixSeconds(at);
  Nullable<domain::UserId> publisher(number ? author.user : std::nullopt);
  Nullable<std::string> publisher_name(number ? std::optional<std::string>(author.name) : std::nullopt);
  Nullable<domain::Timestamp> published_at(number ? std::optional<domain::Timestamp>(at) : std::nullopt);
  Execute(sql, kInsertVersion, soci::use(picture_id, "picture"), soci::use(status, "status"),
          UseNullable(published_number, "number"), UseNullable(based, "based_on"), soci::use(text.title, "title"),
          soci::use(text.body, "body"), UseNullable(user, "author"), soci::use(author.name, "name"),
          soci::use(moment, "at"), UseNullable(user, "updater"), soci::use(author.name, "updater_name"),
          soci::use(moment, "updated_at"), UseNullable(publisher, "publisher"),
          UseNullable(publisher_name, "publisher_name"), UseNullable(published_at, "published_at"), soci::into(id));
  return id;
}

}  // namespace

app::GoalVersionId SociGoalPictureRepository::CreateDraft(app::GoalPictureId picture, std::optional<int> based_on,
                                                          const app::GoalVersionText& text,
                                                          const app::GoalAuthor& author, domain::Timestamp at) {
  return Guarded(unit_, [&] {
    const auto id = InsertVersion(unit_.sql, picture, std::nullopt, based_on, text, author, at);
    WriteTracks(id, text.tracks);
    return id;
  });
}

bool SociGoalPictureRepository::UpdateDraft(const app::GoalDraftRef& draft, const app::GoalVersionText& text,
                                            const app::GoalAuthor& author, domain::Timestamp at) {
  return Guarded(unit_, [&] {
    DraftKey key(draft);
    Nullable<domain::UserId> user(author.user);
    long long moment = ToUnixSeconds(at);
    const bool changed =
        Execute(unit_.sql, kUpdateDraft, soci::use(text.title, "title"), soci::use(text.body, "body"),
                UseNullable(user, "user"), soci::use(author.name, "name"), soci::use(moment, "at"),
                soci::use(key.id, "id"), soci::use(key.revision, "revision"), soci::use(key.picture, "picture")) > 0;
    if (changed) WriteTracks(draft.id, text.tracks);
    return changed;
  });
}

bool SociGoalPictureRepository::PublishDraft(const app::GoalDraftRef& draft, int number, const app::GoalAuthor& author,
                                             domain::Timestamp at) {
  return Guarded(unit_, [&] {
    DraftKey key(draft);
    int published_number = number;
    Nullable<domain::UserId> user(author.user);
    long long moment = ToUnixSeconds(at);
    return Execute(unit_.sql, kPublishDraft, soci::use(published_number, "number"), UseNullable(user, "user"),
                   soci::use(author.name, "name"), soci::use(moment, "at"), soci::use(key.id, "id"),
                   soci::use(key.revision, "revision"), soci::use(key.picture, "picture")) > 0;
  });
}

app::GoalVersionId SociGoalPictureRepository::CreatePublished(app::GoalPictureId picture, int number,
                                                              const app::GoalVersionText& text,
                                                              const app::GoalAuthor& author, domain::Timestamp at) {
  return Guarded(unit_, [&] {
    const auto id = InsertVersion(unit_.sql, picture, number, std::nullopt, text, author, at);
    WriteTracks(id, text.tracks);
    return id;
  });
}

bool SociGoalPictureRepository::DeleteDraft(const app::GoalDraftRef& draft) {
  return Guarded(unit_, [&] {
    DraftKey key(draft);
    return Execute(unit_.sql, kDeleteDraft, soci::use(key.id, "id"), soci::use(key.revision, "revision"),
                   soci::use(key.picture, "picture")) > 0;
  });
}

// ---- SociIndicatorRepository

void SociIndicatorRepository::WriteUnits(app::IndicatorId id, const std::vector<domain::UnitId>& units) {
  long long indicator = id;
  Execute(unit_.sql, kDeleteIndicatorUnits, soci::use(indicator, "id"));
  for (const auto unit : units) {
    long long unit_id = unit;
    Execute(unit_.sql, kInsertIndicatorUnit, soci::use(indicator, "id"), soci::use(unit_id, "unit"));
  }
}

app::IndicatorId SociIndicatorRepository::CreateIndicator(const app::IndicatorFields& fields, const std::string& author,
                                                          domain::Timestamp at) {
  return Guarded(unit_, [&] {
    long long id = 0;
    IndicatorParams params(fields);
    long long moment = ToUnixSeconds(at);
    StatementBuilder statement(unit_.sql);
    params.Bind(statement, fields);
    statement(soci::use(author, "author"));
    statement(soci::use(moment, "at"));
    statement(soci::use(author, "updater"));
    statement(soci::use(moment, "updated_at"));
    statement(soci::into(id));
    statement.Run(kInsertIndicator);
    WriteUnits(id, fields.units);
    return id;
  });
}

bool SociIndicatorRepository::UpdateIndicator(app::IndicatorId id, int revision, const app::IndicatorFields& fields,
                                              const std::string& author, domain::Timestamp at) {
  return Guarded(unit_, [&] {
    long long indicator = id;
    int expected = revision;
    IndicatorParams params(fields);
    long long moment = ToUnixSeconds(at);
    StatementBuilder statement(unit_.sql);
    params.Bind(statement, fields);
    statement(soci::use(author, "author"));
    statement(soci::use(moment, "at"));
    statement(soci::use(indicator, "id"));
    statement(soci::use(expected, "revision"));
    const bool changed = statement.Run(kUpdateIndicator) > 0;
    if (changed) WriteUnits(id, fields.units);
    return changed;
  });
}

bool SociIndicatorRepository::SetArchived(app::IndicatorId id, int revision,
                                          std::optional<domain::Timestamp> archived_at, const std::string& author,
                                          domain::Timestamp at) {
  return Guarded(unit_, [&] {
    long long indicator = id;
    int expected = revision;
    Nullable<domain::Timestamp> archived(archived_at);
    long long moment = ToUnixSeconds(at);
    return Execute(unit_.sql, kSetArchived, UseNullable(archived, "archived_at"), soci::use(author, "author"),
                   soci::use(moment, "at"), soci::use(indicator, "id"), soci::use(expected, "revision")) > 0;
  });
}

std::optional<app::IndicatorRecord> SociIndicatorRepository::FindIndicator(app::IndicatorId id) {
  return Guarded(unit_, [&]() -> std::optional<app::IndicatorRecord> {
    long long indicator = id;
    auto record =
        SelectFirst<IndicatorRow>(unit_.sql, kFindIndicator, &IndicatorRow::ToIndicator, soci::use(indicator, "id"));
    if (!record) return std::nullopt;
    for (const auto& [owner, unit] : SelectRows<IndicatorUnitRow>(
             unit_.sql, kUnitsOfIndicator, &IndicatorUnitRow::ToPair, soci::use(indicator, "id"))) {
      if (owner == id) record->fields.units.push_back(unit);
    }
    std::ranges::sort(record->fields.units);
    return record;
  });
}

std::vector<app::IndicatorRecord> SociIndicatorRepository::ListIndicators() {
  return Guarded(unit_, [&] {
    auto records = SelectRows<IndicatorRow>(unit_.sql, kListIndicators, &IndicatorRow::ToIndicator);
    std::unordered_map<long long, std::size_t> index;
    for (std::size_t i = 0; i < records.size(); ++i) index.emplace(records[i].id, i);
    for (const auto& [indicator, unit] :
         SelectRows<IndicatorUnitRow>(unit_.sql, kIndicatorUnits, &IndicatorUnitRow::ToPair)) {
      const auto found = index.find(indicator);
      if (found != index.end()) records[found->second].fields.units.push_back(unit);
    }
    for (auto& record : records) std::ranges::sort(record.fields.units);
    return records;
  });
}

std::vector<app::MeasurementRecord> SociIndicatorRepository::Measurements(app::IndicatorId indicator) {
  return Guarded(unit_, [&] {
    long long id = indicator;
    std::vector<app::MeasurementRecord> measurements;
    for (auto& row : SelectRows<MeasurementRow>(unit_.sql, kMeasurementsOfIndicator, &MeasurementRow::ToMeasurement,
                                                soci::use(id, "id"))) {
      measurements.push_back(std::move(row.second));
    }
    return measurements;
  });
}

std::vector<std::vector<app::MeasurementRecord>> SociIndicatorRepository::MeasurementsOf(
    std::span<const app::IndicatorId> indicators, bool region_only) {
  return Guarded(unit_, [&] {
    return GroupById(indicators,
                     SelectRows<MeasurementRow>(unit_.sql, region_only ? kRegionMeasurements : kAllMeasurements,
                                                &MeasurementRow::ToMeasurement));
  });
}

app::MeasurementChange SociIndicatorRepository::UpsertMeasurement(app::IndicatorId indicator,
                                                                  const app::NewMeasurement& measurement,
                                                                  app::MeasurementSource source,
                                                                  const app::GoalAuthor& by, domain::Timestamp at) {
  return Guarded(unit_, [&] {
    MeasurementKey key(indicator, measurement.period, measurement.unit);
    double stored = 0;
    soci::indicator found = soci::i_null;
    {
      soci::statement statement(unit_.sql);
      statement.exchange(soci::into(stored, found));
      statement.exchange(soci::use(key.id, "id"));
      statement.exchange(soci::use(key.code, "period"));
      statement.exchange(soci::use(key.has_unit, "has_unit"));
      statement.exchange(soci::use(key.has_unit, "has_unit2"));
      statement.exchange(soci::use(key.unit_id, "unit"));
      statement.alloc();
      statement.prepare(std::string(kFindValue));
      statement.define_and_bind();
      if (!statement.execute(true)) found = soci::i_null;
    }
    double value = measurement.value;
    std::string source_code(app::kMeasurementSourceTable.Code(source));
    Nullable<domain::UserId> user(by.user);
    long long moment = ToUnixSeconds(at);
    if (found == soci::i_ok) {
      if (stored == value) return app::MeasurementChange::Unchanged;
      Execute(unit_.sql, kUpdateMeasurement, soci::use(value, "value"), soci::use(source_code, "source"),
              UseNullable(user, "user"), soci::use(by.name, "name"), soci::use(moment, "at"), soci::use(key.id, "id"),
              soci::use(key.code, "period"), soci::use(key.has_unit, "has_unit"), soci::use(key.has_unit, "has_unit2"),
              soci::use(key.unit_id, "unit"));
      return app::MeasurementChange::Updated;
    }
    Nullable<domain::UnitId> unit(measurement.unit);
    Execute(unit_.sql, kInsertMeasurement, soci::use(key.id, "id"), soci::use(key.code, "period"),
            UseNullable(unit, "unit"), soci::use(value, "value"), soci::use(source_code, "source"),
            UseNullable(user, "user"), soci::use(by.name, "name"), soci::use(moment, "at"));
    return app::MeasurementChange::Created;
  });
}

bool SociIndicatorRepository::DeleteMeasurement(app::IndicatorId indicator, const domain::Period& period,
                                                std::optional<domain::UnitId> unit) {
  return Guarded(unit_, [&] {
    MeasurementKey key(indicator, period, unit);
    return Execute(unit_.sql, kDeleteMeasurement, soci::use(key.id, "id"), soci::use(key.code, "period"),
                   soci::use(key.has_unit, "has_unit"), soci::use(key.has_unit, "has_unit2"),
                   soci::use(key.unit_id, "unit")) > 0;
  });
}

long long SociIndicatorRepository::AddComment(app::IndicatorId indicator, const app::IndicatorComment& comment) {
  return Guarded(unit_, [&] {
    long long id = 0;
    long long indicator_id = indicator;
    std::string period = domain::PeriodCode(comment.period);
    Nullable<domain::UnitId> unit(comment.unit);
    Nullable<domain::UserId> user(comment.author.user);
    long long moment = ToUnixSeconds(comment.created_at);
    Execute(unit_.sql, kInsertComment, soci::use(indicator_id, "id"), soci::use(period, "period"),
            UseNullable(unit, "unit"), soci::use(comment.cause, "cause"), soci::use(comment.action, "action"),
            UseNullable(user, "user"), soci::use(comment.author.name, "name"), soci::use(moment, "at"), soci::into(id));
    return id;
  });
}

std::vector<app::IndicatorComment> SociIndicatorRepository::Comments(app::IndicatorId indicator) {
  return Guarded(unit_, [&] {
    long long id = indicator;
    std::vector<app::IndicatorComment> comments;
    for (auto& row : SelectRows<CommentRow>(unit_.sql, kComments, &CommentRow::ToComment, soci::use(id, "id"))) {
      comments.push_back(std::move(row.second));
    }
    return comments;
  });
}

std::vector<std::vector<app::IndicatorComment>> SociIndicatorRepository::CommentsOf(
    std::span<const app::IndicatorId> indicators) {
  return Guarded(unit_, [&] {
    return GroupById(indicators, SelectRows<CommentRow>(unit_.sql, kAllComments, &CommentRow::ToComment));
  });
}

}  // namespace lp::storage
