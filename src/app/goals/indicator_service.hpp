#pragma once

// Indicators and their measurements (issue 18): the Målbilleder overview, the indicator page with
// its series, run chart and breakdown, a unit's view with what it must report now, the forms that
// define indicators and record measurements and comments, and the one check of a measurement that
// the form, the CSV import and the JSON API share.
//
// Series and roll-up. An indicator is measured per period (its frequency). A value is stored for the
// whole (unit none: the region, or for a unit's local indicator that unit) and, when the indicator is
// broken down, for each of its units. A unit without its own value for a period gets the roll-up of
// the units below it that have one (the mean or the sum, as the indicator says), level by level along
// the organisation tree; so does the whole. A rolled-up value is marked as such wherever it is shown.
//
// Reporting. The period due is the last one that has ended (domain::LastEndedPeriod). It is reported
// when every value the owner must give is there (the whole for an indicator not broken down, each of
// its units otherwise) and every red one among them has a comment (cause and action). The form
// refuses a red value without a comment; the import and the API store it and the period stays
// unreported until the owner comments (a data warehouse cannot explain a cause).

#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "app/goals/goal_picture_service.hpp"
#include "app/goals/goals_repository.hpp"
#include "app/organisation/organisation_service.hpp"
#include "app/platform/result.hpp"
#include "app/platform/store.hpp"
#include "domain/goals/indicators.hpp"

namespace lp::app {

// ---- links from other modules

// Something elsewhere in the portal that works on a strategy track or an indicator (an initiative, a
// decision, an activation plan): what the indicator and track pages list under "Det arbejder på det".
struct GoalLink {
  std::string kind;   // "Indsats", "Beslutning"
  std::string title;  // shown as the link text
  std::string href;   // a path in the portal
  std::string note;   // e.g. the unit and the status; may be empty
};

struct GoalLinkTarget {
  TrackId track = 0;
  std::optional<IndicatorId> indicator;  // none: the track itself
};

// A module that links to tracks or indicators adds a source (IndicatorService::AddLinkSource, in its
// Provide…Services); each source adds what the viewer may see for the target, in its own order.
using GoalLinkSource =
    std::function<void(const OrganisationContext& context, const GoalLinkTarget& target, std::vector<GoalLink>& links)>;

// ---- views

struct SeriesPoint {
  domain::Period period;
  double value = 0;
  bool measured = true;                        // false: rolled up from the units below
  std::optional<domain::StatusColour> colour;  // none where colours do not apply (a sum's units)
  bool red_without_comment = false;
  std::size_t comments = 0;
};

struct ReportingStatus {
  domain::Period due;                    // the last ended period
  std::vector<std::string> missing;      // what lacks a value: "Regionen samlet", unit names
  std::vector<std::string> uncommented;  // red values without comment: "marts 2026 – Hospitalsenhed Midt"
  bool reported() const { return missing.empty() && uncommented.empty(); }
};

struct IndicatorSummary {
  IndicatorRecord indicator;
  std::string owner_unit_name;
  std::string local_unit_name;      // a local indicator's unit
  std::vector<SeriesPoint> series;  // the whole's, in period order
  std::optional<SeriesPoint> latest;
  domain::Trend trend;
  ReportingStatus reporting;
};

struct TrackSummary {
  TrackText text;
  std::vector<IndicatorSummary> indicators;  // the region's, then the units' local ones
};

struct GoalPictureSummary {
  GoalPictureView view;
  std::vector<TrackSummary> tracks;
};

struct GoalsOverview {
  std::vector<GoalPictureSummary> pictures;
  bool can_edit = false;       // edit the goal pictures and the region's indicators
  bool can_add_local = false;  // the viewer may add local indicators for some unit
  // The units whose view is the viewer's own: those they lead, else their own unit.
  std::vector<const domain::Unit*> my_units;
  std::shared_ptr<const OrganisationSnapshot> snapshot;  // keeps my_units alive
};

struct BreakdownRow {
  const domain::Unit* unit = nullptr;
  int depth = 0;        // 0: the whole
  bool listed = false;  // one of the indicator's units (false: a unit above them, rolled up)
  std::optional<SeriesPoint> latest;
  domain::Trend trend;
  std::vector<double> recent;       // the last values, for a sparkline
  std::vector<SeriesPoint> series;  // the unit's whole series (its own values or rolled up)
};

struct IndicatorPage {
  IndicatorSummary summary;
  GoalPictureRecord picture;
  std::string picture_title;
  TrackText track;
  const domain::Unit* shown_unit = nullptr;  // the series shown: none for the whole, else this unit
  std::vector<SeriesPoint> shown;
  domain::RunChart chart;
  std::vector<BreakdownRow> breakdown;     // in tree order; empty when not broken down
  std::vector<IndicatorComment> comments;  // newest first
  std::vector<GoalLink> links;
  bool can_report = false;
  bool can_edit = false;
};

struct UnitIndicatorRow {
  IndicatorSummary summary;
  bool owned = false;                      // the unit owns it (and reports it)
  std::optional<SeriesPoint> unit_latest;  // the unit's own value or roll-up, when measured on it
};

struct UnitIndicators {
  const domain::Unit* unit = nullptr;
  std::vector<UnitIndicatorRow> rows;
  std::size_t to_report = 0;  // owned rows whose due period is not reported
  bool can_report = false;
  bool can_add_local = false;
};

// ---- input

// An indicator's form as typed.
struct IndicatorForm {
  std::string track;  // the track id
  std::string name;
  std::string definition;
  std::string measure_unit;
  std::string direction;  // code
  std::string frequency;  // code
  std::string decimals;
  std::string target;
  std::string target_date;
  std::string green;
  std::string red;
  std::string plausible_min;
  std::string plausible_max;
  std::string owner_unit;   // HR unit id
  std::string owner_email;  // the owner's login
  std::string data_source;
  std::string breakdown;           // code
  std::string rollup;              // code
  std::vector<std::string> units;  // HR unit ids
  bool leaders_only = false;
  std::string local_unit;  // HR unit id; empty: the region's
  int revision = 0;
  bool archived = false;  // (shown only; archiving is its own use case)
};

// One value as typed: in a form row, a CSV line or a JSON object.
struct MeasurementInput {
  std::string period;
  std::string unit;  // the HR unit id; empty: the whole
  std::string value;
  std::string cause;
  std::string action;
  std::optional<double> number;  // a value sent as a number (the JSON API): used instead of `value`
};

// What is wrong with one value: the field ("periode", "enhed", "vaerdi", "aarsag", "handling") and
// the Danish message.
struct MeasurementProblem {
  std::size_t index = 0;  // which input (0-based)
  std::string field;
  std::string message;
};

struct MeasurementCheck {
  IndicatorId indicator = 0;
  NewMeasurement measurement;
  domain::StatusColour colour = domain::StatusColour::Green;
  std::string cause;
  std::string action;
};

struct MeasurementOutcome {
  std::size_t created = 0;
  std::size_t updated = 0;
  std::size_t unchanged = 0;
  std::vector<std::string> uncommented;  // red values stored without a comment
};

class IndicatorService {
 public:
  IndicatorService(Store& store, OrganisationService& organisation, GoalPictureService& pictures,
                   Clock clock = SystemNow);

  void AddLinkSource(GoalLinkSource source) { link_sources_.push_back(std::move(source)); }

  GoalsOverview Overview(const domain::User& user);
  // `unit`: the series of that unit (an HR unit id) instead of the whole.
  Result<IndicatorPage> Page(const domain::User& user, IndicatorId id, std::string_view unit,
                             const std::string& remote_address);
  Result<UnitIndicators> ForUnit(const domain::User& user, std::string_view unit);

  // The form of a new indicator on a track (empty fields but sensible defaults) or of an existing one.
  Result<IndicatorForm> NewForm(const domain::User& user, std::string_view track, std::string_view local_unit);
  Result<IndicatorForm> EditForm(const domain::User& user, IndicatorId id);
  Result<IndicatorId> Create(const domain::User& user, const IndicatorForm& form, const std::string& remote_address);
  Result<Unit> Update(const domain::User& user, IndicatorId id, const IndicatorForm& form,
                      const std::string& remote_address);
  Result<Unit> SetArchived(const domain::User& user, IndicatorId id, int revision, bool archived,
                           const std::string& remote_address);
  // The tracks of the goal pictures in force, for the form's choice: (id, "Goal picture – track").
  std::vector<std::pair<TrackId, std::string>> TrackChoices();

  // The indicator for a report form: its record, whether the viewer may report, and the units.
  Result<IndicatorSummary> ForReport(const domain::User& user, IndicatorId id);
  // The values for one period from the form (rows with an empty value are left out); Invalid with
  // the fields "value-<unit>", "cause-<unit>", "action-<unit>" ("<unit>": "region" or the HR id).
  Result<MeasurementOutcome> Report(const domain::User& user, IndicatorId id, const std::string& period,
                                    const std::vector<MeasurementInput>& rows, const std::string& remote_address);
  Result<Unit> Comment(const domain::User& user, IndicatorId id, const MeasurementInput& comment,
                       const std::string& remote_address);

  // The shared check of values from a file or an integration, all for one indicator or each naming
  // its own (`indicators[i]`), against the stored values: problems for every bad one, or the checked
  // values. `require_comments`: a red value needs cause and action (the form).
  std::variant<std::vector<MeasurementCheck>, std::vector<MeasurementProblem>> Check(
      std::span<const IndicatorId> indicators, std::span<const MeasurementInput> inputs, bool require_comments);
  // Stores checked values in one transaction (after Check): all or nothing.
  MeasurementOutcome Save(std::span<const MeasurementCheck> checks, MeasurementSource source, const GoalAuthor& by,
                          std::string_view audit_action, const std::string& remote_address);
  // Whether the user may report the indicator's measurements (the owner, the owner unit's leaders …).
  bool CanReport(const domain::User& user, const IndicatorRecord& indicator);

 private:
  // What Målbilleder shows for every indicator in use, whoever looks, kept while the goals change
  // counter, the organisation snapshot and the day stand (each request only filters it).
  struct OverviewData {
    long long version = 0;
    std::shared_ptr<const OrganisationSnapshot> snapshot;
    std::chrono::year_month_day today{};
    std::vector<GoalPictureView> pictures;
    std::vector<IndicatorSummary> summaries;  // every indicator not archived
  };
  std::shared_ptr<const OverviewData> CurrentOverview(const std::shared_ptr<const OrganisationSnapshot>& snapshot,
                                                      std::chrono::year_month_day today);

  bool CanRead(const domain::User& user, const IndicatorRecord& indicator) const;
  bool CanEditIndicator(const domain::User& user, const IndicatorRecord& indicator);
  Result<IndicatorFields> Validate(const domain::User& user, const IndicatorForm& form);

  Store& store_;
  OrganisationService& organisation_;
  GoalPictureService& pictures_;
  Clock clock_;
  std::vector<GoalLinkSource> link_sources_;
  std::mutex cache_mutex_;
  std::shared_ptr<const OverviewData> cache_;
};

}  // namespace lp::app
