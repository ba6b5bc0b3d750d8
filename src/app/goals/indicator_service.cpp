#include "app/goals/indicator_service.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <memory>
#include <mutex>
#include <set>
#include <unordered_map>
#include <utility>

#include "app/foundation/foundation_access.hpp"
#include "app/goals/goals_access.hpp"
#include "app/notifications/notifier.hpp"
#include "app/platform/authorization.hpp"
#include "app/platform/errors.hpp"
#include "app/platform/form_checks.hpp"
#include "app/platform/repositories.hpp"
#include "domain/platform/danish_format.hpp"
#include "domain/platform/email.hpp"
#include "domain/platform/text.hpp"

namespace lp::app {
namespace {

using domain::Period;
using domain::StatusColour;

constexpr std::size_t kMaxIndicatorName = 200;
constexpr std::size_t kMaxIndicatorText = 4'000;
constexpr std::size_t kMaxMeasureUnit = 60;
constexpr std::size_t kMaxCommentText = 2'000;
constexpr std::size_t kRecentPoints = 24;  // a sparkline's points
constexpr std::string_view kWholeRegion = "Regionen samlet";

Error UnknownIndicator() { return NotFound("Indikatoren findes ikke."); }

constexpr domain::UnitId kWhole = 0;  // the key of the whole in a period's values

std::chrono::year_month_day TodayOf(domain::Timestamp now) { return domain::ToCopenhagenTime(now).date; }

Period PreviousPeriod(const Period& period) {
  Period previous = period;
  switch (period.frequency) {
    case domain::Frequency::Monthly:
      if (--previous.index == 0) {
        previous.index = 12;
        --previous.year;
      }
      break;
    case domain::Frequency::Quarterly:
      if (--previous.index == 0) {
        previous.index = 4;
        --previous.year;
      }
      break;
    case domain::Frequency::Yearly: --previous.year; break;
  }
  return previous;
}

std::string FrequencyAdjective(domain::Frequency frequency) {
  switch (frequency) {
    case domain::Frequency::Monthly: return "månedlig";
    case domain::Frequency::Quarterly: return "kvartalsvis";
    case domain::Frequency::Yearly: return "årlig";
  }
  return {};
}

std::string PeriodHint(domain::Frequency frequency) {
  switch (frequency) {
    case domain::Frequency::Monthly: return "Skriv perioden som år og måned, fx 2026-03.";
    case domain::Frequency::Quarterly: return "Skriv perioden som år og kvartal, fx 2026-K2.";
    case domain::Frequency::Yearly: return "Skriv perioden som et år, fx 2026.";
  }
  return {};
}

// The values of one indicator, rolled up along the organisation tree (see the top of the header).
class IndicatorSeries {
 public:
  IndicatorSeries(const IndicatorRecord& indicator, const domain::Organisation& organisation,
                  const std::vector<MeasurementRecord>& measurements, const std::vector<IndicatorComment>& comments)
      : indicator_(indicator), organisation_(organisation) {
    const auto& f = indicator.fields;
    const auto* root = f.local_unit ? organisation.FindUnit(*f.local_unit) : organisation.Root();
    root_ = root != nullptr ? root->id : 0;
    if (f.breakdown == Breakdown::Units && root != nullptr) {
      for (const auto unit : f.units) {
        if (organisation.FindUnit(unit) == nullptr || unit == root_ || !organisation.IsInSubtree(unit, root_)) continue;
        listed_.insert(unit);
        // The unit and those above it up to the whole take part in the roll-up.
        domain::UnitId child = unit;
        for (const auto* above : organisation.Ancestors(unit)) {
          auto& children = children_[above->id == root_ ? kWhole : above->id];
          if (std::find(children.begin(), children.end(), child) == children.end()) children.push_back(child);
          if (above->id == root_) break;
          child = above->id;
        }
      }
    }
    for (const auto& m : measurements) {
      const auto key = m.unit ? *m.unit : kWhole;
      values_[m.period][key] = m.value;
    }
    for (const auto& comment : comments) ++comments_[{comment.period, comment.unit ? *comment.unit : kWhole}];
  }

  const std::set<domain::UnitId>& listed() const { return listed_; }
  domain::UnitId root() const { return root_; }

  // The units that take part (listed ones and those above them), in tree order with their depth.
  std::vector<std::pair<domain::UnitId, int>> TreeRows() const {
    std::vector<std::pair<domain::UnitId, int>> rows;
    AddRows(kWhole, 0, rows);
    return rows;
  }

  std::optional<SeriesPoint> At(const Period& period, domain::UnitId unit) const {
    const auto found = values_.find(period);
    if (found == values_.end()) return std::nullopt;
    auto value = ValueAt(found->second, unit);
    if (!value) return std::nullopt;
    SeriesPoint point{period, value->first, value->second, std::nullopt, false, 0};
    if (unit == kWhole || indicator_.fields.rollup == Rollup::Mean) {
      point.colour = domain::ColourOf(point.value, indicator_.fields.thresholds, indicator_.fields.direction);
    }
    const auto comments = comments_.find({period, unit});
    point.comments = comments == comments_.end() ? 0 : comments->second;
    point.red_without_comment = point.measured && point.colour == StatusColour::Red && point.comments == 0;
    return point;
  }

  std::vector<SeriesPoint> Series(domain::UnitId unit) const {
    std::vector<SeriesPoint> series;
    for (const auto& [period, values] : values_) {
      if (auto point = At(period, unit)) series.push_back(*point);
    }
    return series;
  }

  bool Measured(const Period& period, domain::UnitId unit) const {
    const auto found = values_.find(period);
    return found != values_.end() && found->second.contains(unit);
  }

  std::string NameOf(domain::UnitId unit) const {
    if (unit == kWhole) {
      const auto* root = organisation_.FindUnit(root_);
      return indicator_.fields.local_unit && root != nullptr ? root->name : std::string(kWholeRegion);
    }
    const auto* found = organisation_.FindUnit(unit);
    return found != nullptr ? found->name : "enhed " + std::to_string(unit);
  }

  ReportingStatus Reporting(std::chrono::year_month_day today) const {
    ReportingStatus status;
    status.due = domain::LastEndedPeriod(indicator_.fields.frequency, today);
    if (indicator_.fields.breakdown == Breakdown::Region || listed_.empty()) {
      if (!Measured(status.due, kWhole)) status.missing.push_back(NameOf(kWhole));
    } else {
      for (const auto& [unit, depth] : TreeRows()) {
        if (listed_.contains(unit) && !Measured(status.due, unit)) status.missing.push_back(NameOf(unit));
      }
    }
    const auto since = PreviousPeriod(status.due);
    for (auto found = values_.lower_bound(since); found != values_.end(); ++found) {
      std::vector<std::string> names;  // within a period by name, whatever the hash map's order
      for (const auto& [unit, value] : found->second) {
        const auto point = At(found->first, unit);
        if (point && point->red_without_comment) names.push_back(NameOf(unit));
      }
      std::sort(names.begin(), names.end());
      for (const auto& name : names) status.uncommented.push_back(domain::PeriodLabel(found->first) + " – " + name);
    }
    return status;
  }

 private:
  void AddRows(domain::UnitId unit, int depth, std::vector<std::pair<domain::UnitId, int>>& rows) const {
    rows.emplace_back(unit, depth);
    const auto found = children_.find(unit);
    if (found == children_.end()) return;
    auto children = found->second;
    std::sort(children.begin(), children.end(), [&](domain::UnitId a, domain::UnitId b) {
      return organisation_.FindUnit(a)->name < organisation_.FindUnit(b)->name;
    });
    for (const auto child : children) AddRows(child, depth + 1, rows);
  }

  // The value and whether it was measured (not rolled up).
  std::optional<std::pair<double, bool>> ValueAt(const std::unordered_map<domain::UnitId, double>& values,
                                                 domain::UnitId unit) const {
    if (const auto own = values.find(unit); own != values.end()) return std::pair{own->second, true};
    const auto children = children_.find(unit);
    if (children == children_.end()) return std::nullopt;
    double total = 0;
    int count = 0;
    for (const auto child : children->second) {
      if (auto value = ValueAt(values, child)) {
        total += value->first;
        ++count;
      }
    }
    if (count == 0) return std::nullopt;
    return std::pair{indicator_.fields.rollup == Rollup::Sum ? total : total / count, false};
  }

  const IndicatorRecord& indicator_;
  const domain::Organisation& organisation_;
  domain::UnitId root_ = 0;
  std::set<domain::UnitId> listed_;
  std::unordered_map<domain::UnitId, std::vector<domain::UnitId>> children_;
  std::map<Period, std::unordered_map<domain::UnitId, double>> values_;
  std::map<std::pair<Period, domain::UnitId>, std::size_t> comments_;
};

std::vector<double> ValuesOf(const std::vector<SeriesPoint>& series) {
  std::vector<double> values;
  values.reserve(series.size());
  for (const auto& point : series) values.push_back(point.value);
  return values;
}

IndicatorSummary Summarise(const IndicatorRecord& indicator, const domain::Organisation& organisation,
                           const IndicatorSeries& series, std::chrono::year_month_day today) {
  IndicatorSummary summary;
  summary.indicator = indicator;
  const auto* owner = organisation.FindUnit(indicator.fields.owner_unit);
  summary.owner_unit_name = owner != nullptr ? owner->name : "";
  if (indicator.fields.local_unit) {
    const auto* local = organisation.FindUnit(*indicator.fields.local_unit);
    summary.local_unit_name = local != nullptr ? local->name : "";
  }
  summary.series = series.Series(kWhole);
  if (!summary.series.empty()) summary.latest = summary.series.back();
  const auto values = ValuesOf(summary.series);
  summary.trend = domain::RecentTrend(values, indicator.fields.direction);
  summary.reporting = series.Reporting(today);
  return summary;
}

bool HasAnyRole(const domain::User& user, std::span<const domain::Role> roles) {
  return std::any_of(roles.begin(), roles.end(), [&](domain::Role role) { return user.HasRole(role); });
}

std::string Clean(std::string_view text) { return domain::CleanText(text); }

// Tells the indicator's owner (the login, or else the owner unit's leaders) that a red value came in
// without a comment, once per indicator, period and unit (Repeat::OncePerTopic), in the same
// transaction as the value.
void NotifyRedWithoutComment(Transaction& tx, const domain::Organisation& organisation, const MeasurementCheck& check,
                             const domain::Unit* unit, domain::Timestamp now) {
  const auto indicator = tx.Get<IndicatorRepository>().FindIndicator(check.indicator);
  if (!indicator) return;
  std::vector<std::string> recipients;
  if (indicator->fields.owner_user) {
    if (const auto owner = tx.Get<UserRepository>().FindById(*indicator->fields.owner_user)) {
      recipients.push_back(owner->email);
    }
  }
  if (recipients.empty()) {
    for (const auto& leadership : organisation.ActiveLeadersOf(indicator->fields.owner_unit)) {
      if (const auto* person = organisation.FindPerson(leadership.person)) recipients.push_back(person->email);
    }
  }
  const auto period = domain::PeriodLabel(check.measurement.period);
  const auto where = unit != nullptr ? " for " + unit->name : std::string{};
  for (const auto& recipient : recipients) {
    Notify(tx,
           {domain::NormalizeEmail(recipient), domain::NotificationCategory::Deadlines,
            fmt::format("maalbillede:indikator:{}/roed:{}:{}", check.indicator,
                        domain::PeriodCode(check.measurement.period), check.measurement.unit.value_or(0)),
            "Rød værdi uden kommentar: " + indicator->fields.name,
            fmt::format("Værdien for {}{} er rød. Skriv årsagen og det, I gør ved det, på indikatorens side; "
                        "først da er perioden indberettet.",
                        period, where),
            "/maalbilleder/indikatorer/" + std::to_string(check.indicator), now},
           Repeat::OncePerTopic);
  }
}
}  // namespace

IndicatorService::IndicatorService(Store& store, OrganisationService& organisation, GoalPictureService& pictures,
                                   Clock clock)
    : store_(store), organisation_(organisation), pictures_(pictures), clock_(std::move(clock)) {}

bool IndicatorService::CanRead(const domain::User& user, const IndicatorRecord& indicator) const {
  if (!indicator.fields.leaders_only) return true;
  return HasAnyRole(user, kReadsInternalIndicators) || indicator.fields.owner_user == user.id;
}

bool IndicatorService::CanReport(const domain::User& user, const IndicatorRecord& indicator) {
  if (indicator.archived_at) return false;
  if (indicator.fields.owner_user == user.id || pictures_.CanEdit(user)) return true;
  const auto context = organisation_.ForFoundation(user);
  return context.Reach(actions::kReportIndicator).CoversUnit(context.organisation(), indicator.fields.owner_unit);
}

bool IndicatorService::CanEditIndicator(const domain::User& user, const IndicatorRecord& indicator) {
  if (pictures_.CanEdit(user)) return true;
  if (!indicator.fields.local_unit) return false;
  const auto context = organisation_.ForFoundation(user);
  return context.Reach(actions::kEditUnitFoundation).CoversUnit(context.organisation(), *indicator.fields.local_unit);
}

GoalsOverview IndicatorService::Overview(const domain::User& user) {
  const auto context = organisation_.For(user);
  const auto& organisation = context.organisation();
  const auto today = TodayOf(clock_());
  GoalsOverview overview;
  overview.can_edit = pictures_.CanEdit(user);
  overview.can_add_local = overview.can_edit || user.HasRole(domain::Role::Leder) || user.HasRole(domain::Role::Hr) ||
                           user.HasRole(domain::Role::Administrator);
  overview.snapshot = context.snapshot;
  if (const auto* me = context.me()) {
    for (const auto& leadership : organisation.UnitsLedBy(me->id)) {
      if (const auto* unit = organisation.FindUnit(leadership.unit)) overview.my_units.push_back(unit);
    }
    if (overview.my_units.empty()) {
      if (const auto* unit = organisation.FindUnit(me->unit)) overview.my_units.push_back(unit);
    }
  }
  const auto data = CurrentOverview(context.snapshot, today);
  std::unordered_map<TrackId, std::vector<const IndicatorSummary*>> by_track;
  for (const auto& summary : data->summaries) {
    if (CanRead(user, summary.indicator)) by_track[summary.indicator.fields.track].push_back(&summary);
  }
  for (const auto& picture : data->pictures) {
    GoalPictureSummary summary{picture, {}};
    for (const auto& track : picture.version.tracks) {
      TrackSummary row{track, {}};
      if (auto found = by_track.find(track.track); found != by_track.end()) {
        for (const auto* indicator : found->second) row.indicators.push_back(*indicator);
        std::stable_partition(row.indicators.begin(), row.indicators.end(),
                              [](const IndicatorSummary& s) { return !s.indicator.fields.local_unit; });
      }
      summary.tracks.push_back(std::move(row));
    }
    overview.pictures.push_back(std::move(summary));
  }
  return overview;
}

std::shared_ptr<const IndicatorService::OverviewData> IndicatorService::CurrentOverview(
    const std::shared_ptr<const OrganisationSnapshot>& snapshot, std::chrono::year_month_day today) {
  const auto version =
      store_.Read([](Transaction& tx) { return tx.Get<ChangeCounterRepository>().Version(kGoalsCounter); });
  {
    const std::lock_guard lock(cache_mutex_);
    if (cache_ && cache_->version == version && cache_->snapshot == snapshot && cache_->today == today) return cache_;
  }
  // Built outside the lock: two requests that miss at once both build, and the later one is kept.
  auto data = std::make_shared<OverviewData>();
  data->version = version;
  data->snapshot = snapshot;
  data->today = today;
  data->pictures = pictures_.Current();
  const auto& organisation = snapshot->organisation;
  store_.Read([&](Transaction& tx) {
    auto& repository = tx.Get<IndicatorRepository>();
    std::vector<IndicatorRecord> indicators;
    for (auto& indicator : repository.ListIndicators()) {
      if (!indicator.archived_at) indicators.push_back(std::move(indicator));
    }
    std::vector<IndicatorId> ids;
    ids.reserve(indicators.size());
    for (const auto& indicator : indicators) ids.push_back(indicator.id);
    const auto measurements = repository.MeasurementsOf(ids, false);
    const auto comments = repository.CommentsOf(ids);
    for (std::size_t i = 0; i < indicators.size(); ++i) {
      const IndicatorSeries series(indicators[i], organisation, measurements[i], comments[i]);
      data->summaries.push_back(Summarise(indicators[i], organisation, series, today));
    }
  });
  const std::lock_guard lock(cache_mutex_);
  cache_ = data;
  return data;
}

Result<IndicatorPage> IndicatorService::Page(const domain::User& user, IndicatorId id, std::string_view unit,
                                             const std::string& /*remote_address*/) {
  const auto context = organisation_.For(user);
  const auto& organisation = context.organisation();
  const auto today = TodayOf(clock_());
  // Before the read below: a read within a read would hold two connections of the pool at once.
  const auto pictures = pictures_.Current();
  auto loaded = store_.Read([&](Transaction& tx) -> Result<IndicatorPage> {
    auto& repository = tx.Get<IndicatorRepository>();
    auto indicator = repository.FindIndicator(id);
    if (!indicator || !CanRead(user, *indicator)) return UnknownIndicator();
    const auto measurements = repository.Measurements(id);
    auto comments = repository.Comments(id);
    const IndicatorSeries series(*indicator, organisation, measurements, comments);
    IndicatorPage page;
    page.summary = Summarise(*indicator, organisation, series, today);
    domain::UnitId shown = kWhole;
    if (!unit.empty()) {
      const auto* found = organisation.FindUnitByExternalId(unit);
      if (found == nullptr) return NotFound("Enheden findes ikke.");
      const auto rows = series.TreeRows();
      if (found->id != series.root() &&
          std::none_of(rows.begin(), rows.end(), [&](const auto& row) { return row.first == found->id; })) {
        return NotFound("Indikatoren måles ikke på enheden.");
      }
      if (found->id != series.root()) {
        shown = found->id;
        page.shown_unit = found;
      }
    }
    page.shown = shown == kWhole ? page.summary.series : series.Series(shown);
    page.chart = domain::AnalyseRunChart(ValuesOf(page.shown));
    if (indicator->fields.breakdown == Breakdown::Units) {
      for (const auto& [row_unit, depth] : series.TreeRows()) {
        BreakdownRow row;
        row.unit = row_unit == kWhole ? organisation.FindUnit(series.root()) : organisation.FindUnit(row_unit);
        row.depth = depth;
        row.listed = series.listed().contains(row_unit);
        const auto points = series.Series(row_unit);
        if (!points.empty()) row.latest = points.back();
        const auto values = ValuesOf(points);
        row.trend = domain::RecentTrend(values, indicator->fields.direction);
        const auto first = values.size() > kRecentPoints ? values.size() - kRecentPoints : 0;
        row.recent.assign(values.begin() + static_cast<std::ptrdiff_t>(first), values.end());
        row.series = points;
        page.breakdown.push_back(std::move(row));
      }
    }
    std::reverse(comments.begin(), comments.end());
    page.comments = std::move(comments);
    for (const auto& picture : pictures) {
      for (const auto& track : picture.version.tracks) {
        if (track.track == indicator->fields.track) {
          page.picture = picture.picture;
          page.picture_title = picture.version.title;
          page.track = track;
        }
      }
    }
    return page;
  });
  if (!loaded) return loaded.error();
  auto& page = loaded.value();
  page.can_report = CanReport(user, page.summary.indicator);
  page.can_edit = CanEditIndicator(user, page.summary.indicator);
  const GoalLinkTarget target{page.summary.indicator.fields.track, id};
  for (const auto& source : link_sources_) source(context, target, page.links);
  return loaded;
}

Result<UnitIndicators> IndicatorService::ForUnit(const domain::User& user, std::string_view unit_id) {
  const auto context = organisation_.ForFoundation(user);
  const auto& organisation = context.organisation();
  const auto* unit = organisation.FindUnitByExternalId(unit_id);
  if (unit == nullptr) return NotFound("Enheden findes ikke.");
  const auto today = TodayOf(clock_());
  UnitIndicators view;
  view.unit = unit;
  view.can_report =
      pictures_.CanEdit(user) || context.Reach(actions::kReportIndicator).CoversUnit(organisation, unit->id);
  view.can_add_local =
      pictures_.CanEdit(user) || context.Reach(actions::kEditUnitFoundation).CoversUnit(organisation, unit->id);
  store_.Read([&](Transaction& tx) {
    auto& repository = tx.Get<IndicatorRepository>();
    std::vector<IndicatorRecord> indicators;
    for (auto& indicator : repository.ListIndicators()) {
      if (indicator.archived_at || !CanRead(user, indicator)) continue;
      const auto& f = indicator.fields;
      const bool concerns = f.owner_unit == unit->id || f.local_unit == unit->id ||
                            std::find(f.units.begin(), f.units.end(), unit->id) != f.units.end();
      if (concerns) indicators.push_back(std::move(indicator));
    }
    std::vector<IndicatorId> ids;
    ids.reserve(indicators.size());
    for (const auto& indicator : indicators) ids.push_back(indicator.id);
    const auto measurements = repository.MeasurementsOf(ids, false);
    const auto comments = repository.CommentsOf(ids);
    for (std::size_t i = 0; i < indicators.size(); ++i) {
      const IndicatorSeries series(indicators[i], organisation, measurements[i], comments[i]);
      UnitIndicatorRow row;
      row.summary = Summarise(indicators[i], organisation, series, today);
      row.owned = indicators[i].fields.owner_unit == unit->id;
      if (series.listed().contains(unit->id)) {
        const auto points = series.Series(unit->id);
        if (!points.empty()) row.unit_latest = points.back();
      }
      if (row.owned && !row.summary.reporting.reported()) ++view.to_report;
      view.rows.push_back(std::move(row));
    }
  });
  std::stable_sort(view.rows.begin(), view.rows.end(), [](const UnitIndicatorRow& a, const UnitIndicatorRow& b) {
    const auto rank = [](const UnitIndicatorRow& r) { return r.owned ? (r.summary.reporting.reported() ? 1 : 0) : 2; };
    return rank(a) < rank(b);
  });
  return view;
}

std::vector<std::pair<TrackId, std::string>> IndicatorService::TrackChoices() {
  std::vector<std::pair<TrackId, std::string>> choices;
  for (const auto& picture : pictures_.Current()) {
    for (const auto& track : picture.version.tracks) {
      choices.emplace_back(track.track, picture.version.title + " – " + track.title);
    }
  }
  return choices;
}

Result<IndicatorForm> IndicatorService::NewForm(const domain::User& user, std::string_view track,
                                                std::string_view local_unit) {
  IndicatorForm form;
  form.track = std::string(track);
  form.direction = std::string(domain::kDirectionTable.Code(domain::Direction::HigherIsBetter));
  form.frequency = std::string(domain::kFrequencyTable.Code(domain::Frequency::Monthly));
  form.breakdown = std::string(kBreakdownTable.Code(Breakdown::Region));
  form.rollup = std::string(kRollupTable.Code(Rollup::Mean));
  form.decimals = "1";
  form.local_unit = std::string(local_unit);
  const auto context = organisation_.ForFoundation(user);
  if (!local_unit.empty()) {
    const auto* unit = context.organisation().FindUnitByExternalId(local_unit);
    if (unit == nullptr) return NotFound("Enheden findes ikke.");
    if (!pictures_.CanEdit(user) &&
        !context.Reach(actions::kEditUnitFoundation).CoversUnit(context.organisation(), unit->id)) {
      return Forbidden("Kun enhedens ledere, deres stedfortrædere og HR kan tilføje lokale indikatorer for enheden.");
    }
    form.owner_unit = std::string(local_unit);
  } else if (!pictures_.CanEdit(user)) {
    return Forbidden("Kun redaktører for hele regionen og administratorer kan tilføje regionens indikatorer.");
  }
  form.owner_email = user.email;
  return form;
}

Result<IndicatorForm> IndicatorService::EditForm(const domain::User& user, IndicatorId id) {
  auto indicator = store_.Read([&](Transaction& tx) { return tx.Get<IndicatorRepository>().FindIndicator(id); });
  if (!indicator || !CanRead(user, *indicator)) return UnknownIndicator();
  if (!CanEditIndicator(user, *indicator)) return Forbidden("Du kan ikke redigere indikatoren.");
  const auto snapshot = organisation_.Current();
  const auto& organisation = snapshot->organisation;
  const auto external = [&](domain::UnitId unit) {
    const auto* found = organisation.FindUnit(unit);
    return found != nullptr ? found->external_id : std::string{};
  };
  const auto& f = indicator->fields;
  IndicatorForm form;
  form.track = std::to_string(f.track);
  form.name = f.name;
  form.definition = f.definition;
  form.measure_unit = f.measure_unit;
  form.direction = std::string(domain::kDirectionTable.Code(f.direction));
  form.frequency = std::string(domain::kFrequencyTable.Code(f.frequency));
  form.decimals = std::to_string(f.decimals);
  form.target = domain::FormatMeasurementInput(f.target, 3);
  form.target_date = f.target_date ? domain::FormatDate(*f.target_date) : "";
  form.green = domain::FormatMeasurementInput(f.thresholds.green, 3);
  form.red = domain::FormatMeasurementInput(f.thresholds.red, 3);
  form.plausible_min = f.plausible_min ? domain::FormatMeasurementInput(*f.plausible_min, 3) : "";
  form.plausible_max = f.plausible_max ? domain::FormatMeasurementInput(*f.plausible_max, 3) : "";
  form.owner_unit = external(f.owner_unit);
  if (f.owner_user) {
    auto owner = store_.Read([&](Transaction& tx) { return tx.Get<UserRepository>().FindById(*f.owner_user); });
    if (owner) form.owner_email = owner->email;
  }
  form.data_source = f.data_source;
  form.breakdown = std::string(kBreakdownTable.Code(f.breakdown));
  form.rollup = std::string(kRollupTable.Code(f.rollup));
  for (const auto unit : f.units) form.units.push_back(external(unit));
  form.leaders_only = f.leaders_only;
  form.local_unit = f.local_unit ? external(*f.local_unit) : "";
  form.revision = indicator->revision;
  form.archived = indicator->archived_at.has_value();
  return form;
}

Result<IndicatorFields> IndicatorService::Validate(const domain::User& user, const IndicatorForm& form) {
  const auto context = organisation_.ForFoundation(user);
  const auto& organisation = context.organisation();
  std::vector<FieldError> errors;
  IndicatorFields f;
  // The track: one of the goal pictures in force.
  const auto tracks = TrackChoices();
  const auto track = std::find_if(tracks.begin(), tracks.end(),
                                  [&](const auto& choice) { return std::to_string(choice.first) == form.track; });
  if (track == tracks.end()) {
    errors.push_back({"track", "Vælg det strategispor, indikatoren hører under."});
  } else {
    f.track = track->first;
  }
  f.name = Clean(form.name);
  if (CheckText(errors, "name", f.name, {"navnet", kMaxIndicatorName, "Skriv indikatorens navn."}) &&
      f.name.find('\n') != std::string::npos) {
    errors.push_back({"name", "Navnet skal stå på én linje."});
  }
  f.definition = Clean(form.definition);
  CheckText(errors, "definition", f.definition,
            {"definitionen", kMaxIndicatorText, "Skriv, hvad indikatoren måler, og hvordan den opgøres."});
  f.measure_unit = Clean(form.measure_unit);
  CheckText(errors, "measure_unit", f.measure_unit,
            {"måleenheden", kMaxMeasureUnit, "Skriv måleenheden, fx %, dage eller antal pr. 1.000 borgere."});
  if (auto direction = domain::kDirectionTable.Parse(form.direction)) {
    f.direction = *direction;
  } else {
    errors.push_back({"direction", "Vælg, om højere eller lavere er bedre."});
  }
  if (auto frequency = domain::kFrequencyTable.Parse(form.frequency)) {
    f.frequency = *frequency;
  } else {
    errors.push_back({"frequency", "Vælg, hvor ofte indikatoren måles."});
  }
  if (form.decimals == "0" || form.decimals == "1" || form.decimals == "2" || form.decimals == "3") {
    f.decimals = form.decimals[0] - '0';
  } else {
    errors.push_back({"decimals", "Vælg antal decimaler mellem 0 og 3."});
  }
  const auto number = [&](std::string_view field, const std::string& text, bool required,
                          std::string_view what) -> std::optional<double> {
    const auto clean = Clean(text);
    if (clean.empty()) {
      if (required) errors.push_back({std::string(field), "Skriv " + std::string(what) + "."});
      return std::nullopt;
    }
    if (auto value = domain::ParseMeasurementValue(clean)) return value;
    errors.push_back({std::string(field), domain::IsAmbiguousThousands(clean)
                                              ? "\"" + clean +
                                                    "\" kan læses på to måder. Skriv tallet uden tusindtalspunktum og "
                                                    "med komma som decimaltegn, fx 1234 eller 1,234."
                                              : "Skriv et tal, fx 12,5."});
    return std::nullopt;
  };
  const auto target = number("target", form.target, true, "målet som et tal");
  const auto green = number("green", form.green, true, "grænsen for grøn");
  const auto red = number("red", form.red, true, "grænsen for rød");
  f.plausible_min = number("plausible_min", form.plausible_min, false, "");
  f.plausible_max = number("plausible_max", form.plausible_max, false, "");
  if (target) f.target = *target;
  if (green && red) {
    f.thresholds = {*green, *red};
    if (!domain::ThresholdsFit(f.thresholds, f.direction)) {
      errors.push_back({"red", f.direction == domain::Direction::HigherIsBetter
                                   ? "Når højere er bedre, skal grænsen for rød være lavere end grænsen for grøn."
                                   : "Når lavere er bedre, skal grænsen for rød være højere end grænsen for grøn."});
    }
  }
  if (f.plausible_min && f.plausible_max && *f.plausible_min >= *f.plausible_max) {
    errors.push_back({"plausible_max", "Den største mulige værdi skal være større end den mindste."});
  } else if (target &&
             ((f.plausible_min && *target < *f.plausible_min) || (f.plausible_max && *target > *f.plausible_max))) {
    errors.push_back({"target", "Målet ligger uden for de mulige værdier, du har angivet."});
  }
  if (!Clean(form.target_date).empty()) {
    f.target_date = CheckDay(errors, "target_date", Clean(form.target_date),
                             DayRule("måldatoen", std::chrono::year{2000} / 1 / 1, std::chrono::year{2100} / 12 / 31));
  }
  // The local unit, the owner and the units measured.
  const domain::Unit* local = nullptr;
  if (!Clean(form.local_unit).empty()) {
    local = organisation.FindUnitByExternalId(Clean(form.local_unit));
    if (local == nullptr || !local->active) {
      errors.push_back({"local_unit", "Enheden findes ikke."});
    } else if (!pictures_.CanEdit(user) &&
               !context.Reach(actions::kEditUnitFoundation).CoversUnit(organisation, local->id)) {
      errors.push_back({"local_unit", "Du kan ikke tilføje lokale indikatorer for enheden."});
    } else {
      f.local_unit = local->id;
    }
  } else if (!pictures_.CanEdit(user)) {
    errors.push_back({"local_unit", "Kun redaktører for hele regionen kan oprette regionens indikatorer."});
  }
  const auto owner_text = Clean(form.owner_unit);
  const auto* owner = owner_text.empty() ? nullptr : organisation.FindUnitByExternalId(owner_text);
  if (owner_text.empty()) {
    errors.push_back({"owner_unit", "Vælg den enhed, der ejer indikatoren."});
  } else if (owner == nullptr || !owner->active) {
    errors.push_back({"owner_unit", "Enheden \"" + owner_text + "\" findes ikke i organisationen."});
  } else if (local != nullptr && !organisation.IsInSubtree(owner->id, local->id)) {
    errors.push_back({"owner_unit", "En lokal indikator ejes af enheden selv eller en enhed under den."});
  } else {
    f.owner_unit = owner->id;
  }
  const auto email = Clean(form.owner_email);
  if (!email.empty()) {
    auto found = store_.Read(
        [&](Transaction& tx) { return tx.Get<UserRepository>().FindByEmail(domain::NormalizeEmail(email)); });
    if (!found) {
      errors.push_back({"owner_email", "Der er ingen bruger af portalen med e-mailadressen " + email + "."});
    } else {
      f.owner_user = found->user.id;
    }
  }
  f.data_source = Clean(form.data_source);
  CheckText(errors, "data_source", f.data_source, {"datakilden", kMaxIndicatorText});
  if (auto breakdown = kBreakdownTable.Parse(form.breakdown)) {
    f.breakdown = *breakdown;
  } else {
    errors.push_back({"breakdown", "Vælg, om indikatoren opdeles på enheder."});
  }
  if (auto rollup = kRollupTable.Parse(form.rollup)) {
    f.rollup = *rollup;
  } else {
    errors.push_back({"rollup", "Vælg, hvordan enhedernes værdier lægges sammen."});
  }
  if (f.breakdown == Breakdown::Units) {
    const auto* root = local != nullptr ? local : organisation.Root();
    std::set<domain::UnitId> chosen;
    std::vector<std::string> unknown;
    for (const auto& text : form.units) {
      const auto clean = Clean(text);
      if (clean.empty()) continue;
      const auto* unit = organisation.FindUnitByExternalId(clean);
      if (unit == nullptr || !unit->active || root == nullptr || unit->id == root->id ||
          !organisation.IsInSubtree(unit->id, root->id)) {
        unknown.push_back(clean);
        continue;
      }
      chosen.insert(unit->id);
    }
    if (!unknown.empty()) {
      std::string list;
      for (const auto& u : unknown) list += (list.empty() ? "" : ", ") + u;
      errors.push_back({"units", "Disse enheder findes ikke" + std::string(local != nullptr ? " under enheden" : "") +
                                     ": " + list + "."});
    } else if (chosen.empty()) {
      errors.push_back({"units", "Vælg de enheder, indikatoren måles på, eller vælg \"Kun for regionen samlet\"."});
    }
    f.units.assign(chosen.begin(), chosen.end());
  }
  f.leaders_only = form.leaders_only;
  if (!errors.empty()) return Invalid(std::move(errors), "Indikatoren er ikke gemt. Ret fejlene herunder.");
  return f;
}

Result<IndicatorId> IndicatorService::Create(const domain::User& user, const IndicatorForm& form,
                                             const std::string& remote_address) {
  auto fields = Validate(user, form);
  if (!fields) return fields.error();
  const auto now = clock_();
  return store_.Write([&](Transaction& tx) -> Result<IndicatorId> {
    const auto id = tx.Get<IndicatorRepository>().CreateIndicator(fields.value(), user.name, now);
    tx.Get<AuditRepository>().Append(
        {now, user.id, "goals.indicator_created", "indicator:" + std::to_string(id), remote_address, fields->name});
    return id;
  });
}

Result<Unit> IndicatorService::Update(const domain::User& user, IndicatorId id, const IndicatorForm& form,
                                      const std::string& remote_address) {
  auto existing = store_.Read([&](Transaction& tx) { return tx.Get<IndicatorRepository>().FindIndicator(id); });
  if (!existing || !CanRead(user, *existing)) return UnknownIndicator();
  if (!CanEditIndicator(user, *existing)) return Forbidden("Du kan ikke redigere indikatoren.");
  auto fields = Validate(user, form);
  if (!fields) return fields.error();
  const auto now = clock_();
  return store_.Write([&](Transaction& tx) -> Result<Unit> {
    auto& repository = tx.Get<IndicatorRepository>();
    const auto current = repository.FindIndicator(id);
    if (!current) return UnknownIndicator();
    if (current->fields.frequency != fields->frequency && !repository.Measurements(id).empty()) {
      return Invalid({{"frequency",
                       "Frekvensen kan ikke ændres, når indikatoren har målinger. Opret en ny "
                       "indikator, og arkivér denne."}},
                     "Indikatoren er ikke gemt. Ret fejlene herunder.");
    }
    if (!repository.UpdateIndicator(id, form.revision, fields.value(), user.name, now)) {
      return Conflict(
          "En anden har ændret indikatoren, siden du åbnede den. Dine ændringer er ikke gemt, men står "
          "stadig i formularen; åbn indikatoren igen for at se den nye udgave.");
    }
    tx.Get<AuditRepository>().Append(
        {now, user.id, "goals.indicator_updated", "indicator:" + std::to_string(id), remote_address, fields->name});
    return Unit{};
  });
}

Result<Unit> IndicatorService::SetArchived(const domain::User& user, IndicatorId id, int revision, bool archived,
                                           const std::string& remote_address) {
  auto existing = store_.Read([&](Transaction& tx) { return tx.Get<IndicatorRepository>().FindIndicator(id); });
  if (!existing || !CanRead(user, *existing)) return UnknownIndicator();
  if (!CanEditIndicator(user, *existing)) return Forbidden("Du kan ikke redigere indikatoren.");
  const auto now = clock_();
  return store_.Write([&](Transaction& tx) -> Result<Unit> {
    if (!tx.Get<IndicatorRepository>().SetArchived(
            id, revision, archived ? std::optional<domain::Timestamp>(now) : std::nullopt, user.name, now)) {
      return Conflict("En anden har ændret indikatoren, siden du åbnede den. Se den igen, før du beslutter dig.");
    }
    tx.Get<AuditRepository>().Append({now, user.id, archived ? "goals.indicator_archived" : "goals.indicator_restored",
                                      "indicator:" + std::to_string(id), remote_address, existing->fields.name});
    return Unit{};
  });
}

Result<IndicatorSummary> IndicatorService::ForReport(const domain::User& user, IndicatorId id) {
  const auto snapshot = organisation_.Current();
  const auto today = TodayOf(clock_());
  auto summary = store_.Read([&](Transaction& tx) -> Result<IndicatorSummary> {
    auto& repository = tx.Get<IndicatorRepository>();
    auto indicator = repository.FindIndicator(id);
    if (!indicator || !CanRead(user, *indicator)) return UnknownIndicator();
    const auto measurements = repository.Measurements(id);
    const auto comments = repository.Comments(id);
    const IndicatorSeries series(*indicator, snapshot->organisation, measurements, comments);
    return Summarise(*indicator, snapshot->organisation, series, today);
  });
  if (!summary) return summary;
  if (!CanReport(user, summary->indicator)) {
    return Forbidden("Kun indikatorens ejer og ejerenhedens ledere kan indberette målinger.");
  }
  return summary;
}

std::variant<std::vector<MeasurementCheck>, std::vector<MeasurementProblem>> IndicatorService::Check(
    std::span<const IndicatorId> indicators, std::span<const MeasurementInput> inputs, bool require_comments) {
  const auto snapshot = organisation_.Current();
  const auto& organisation = snapshot->organisation;
  const auto today = TodayOf(clock_());
  std::vector<MeasurementProblem> problems;
  std::vector<MeasurementCheck> checks;
  // The indicators named, with their comments (a red value that has one needs no new one).
  std::map<IndicatorId, std::optional<IndicatorRecord>> records;
  std::map<IndicatorId, std::set<std::pair<Period, domain::UnitId>>> commented;
  store_.Read([&](Transaction& tx) {
    for (const auto id : indicators) {
      if (records.contains(id)) continue;
      records[id] = tx.Get<IndicatorRepository>().FindIndicator(id);
      for (const auto& comment : tx.Get<IndicatorRepository>().Comments(id)) {
        commented[id].insert({comment.period, comment.unit ? *comment.unit : kWhole});
      }
    }
  });
  std::map<std::tuple<IndicatorId, Period, domain::UnitId>, std::size_t> seen;
  for (std::size_t i = 0; i < inputs.size(); ++i) {
    const auto& input = inputs[i];
    const auto id = indicators.size() == 1 ? indicators[0] : indicators[i];
    const auto problem = [&](std::string field, std::string message) {
      problems.push_back({i, std::move(field), std::move(message)});
    };
    const auto& record = records[id];
    if (!record) {
      problem("indikator", "Indikatoren findes ikke.");
      continue;
    }
    const auto& f = record->fields;
    if (record->archived_at) {
      problem("indikator", "Indikatoren er arkiveret og modtager ikke flere målinger.");
      continue;
    }
    MeasurementCheck check;
    check.indicator = id;
    bool ok = true;
    const auto period_text = Clean(input.period);
    const auto period = domain::ParsePeriod(f.frequency, period_text);
    if (period_text.empty()) {
      problem("periode", "Skriv perioden. " + PeriodHint(f.frequency));
      ok = false;
    } else if (!period) {
      problem("periode", "\"" + period_text + "\" er ikke en periode for en " + FrequencyAdjective(f.frequency) +
                             " indikator. " + PeriodHint(f.frequency));
      ok = false;
    } else if (domain::InFuture(*period, today)) {
      problem("periode", "Perioden " + domain::PeriodLabel(*period) +
                             " er ikke begyndt endnu. Der kan kun indberettes for perioder, der er begyndt.");
      ok = false;
    } else if (period->year < 1990) {
      problem("periode", "Perioden " + domain::PeriodLabel(*period) + " ligger for langt tilbage.");
      ok = false;
    }
    // The unit: none for the whole, else one of the units the indicator is measured on.
    domain::UnitId unit_key = kWhole;
    const auto unit_text = Clean(input.unit);
    if (!unit_text.empty()) {
      const auto* unit = organisation.FindUnitByExternalId(unit_text);
      const bool listed = unit != nullptr && f.breakdown == Breakdown::Units &&
                          std::find(f.units.begin(), f.units.end(), unit->id) != f.units.end();
      if (unit == nullptr) {
        problem("enhed", "Enheden \"" + unit_text + "\" findes ikke i organisationen.");
        ok = false;
      } else if (f.breakdown == Breakdown::Region) {
        problem("enhed", "Indikatoren måles kun samlet, ikke på enheder. Lad enheden være tom.");
        ok = false;
      } else if (!listed) {
        problem("enhed", "Indikatoren måles ikke på enheden " + unit->name + " (" + unit_text + ").");
        ok = false;
      } else {
        unit_key = unit->id;
        check.measurement.unit = unit->id;
      }
    }
    const auto value_text = input.number ? domain::FormatMeasurementInput(*input.number, 3) : Clean(input.value);
    std::optional<double> value;
    if (input.number) {
      value = input.number;
      if (!std::isfinite(*value)) {
        problem("vaerdi", "Værdien skal være et endeligt tal.");
        ok = false;
      }
    }
    if (input.number) {
      // Checked above; the range below applies to it as to a typed value.
    } else if (value_text.empty()) {
      problem("vaerdi", "Skriv en værdi.");
      ok = false;
    } else if (value = domain::ParseMeasurementValue(value_text); !value) {
      problem("vaerdi", domain::IsAmbiguousThousands(value_text)
                            ? "\"" + value_text +
                                  "\" kan læses på to måder. Skriv tallet uden tusindtalspunktum og med komma som "
                                  "decimaltegn, fx 1234 eller 1,234."
                            : "\"" + value_text + "\" er ikke et tal. Skriv fx 12,5.");
      ok = false;
    }
    if (value && std::isfinite(*value) &&
        ((f.plausible_min && *value < *f.plausible_min) || (f.plausible_max && *value > *f.plausible_max))) {
      std::string range;
      if (f.plausible_min && f.plausible_max) {
        range = "mellem " + domain::FormatDecimal(*f.plausible_min, f.decimals) + " og " +
                domain::FormatDecimal(*f.plausible_max, f.decimals);
      } else if (f.plausible_min) {
        range = "mindst " + domain::FormatDecimal(*f.plausible_min, f.decimals);
      } else {
        range = "højst " + domain::FormatDecimal(*f.plausible_max, f.decimals);
      }
      problem("vaerdi", fmt::format("Værdien {} er ikke mulig: indikatoren kan kun ligge {} {}. Tjek tallet.",
                                    value_text, range, f.measure_unit));
      ok = false;
    }
    check.cause = Clean(input.cause);
    check.action = Clean(input.action);
    if (check.cause.size() > kMaxCommentText * 4 || domain::CharacterCount(check.cause) > kMaxCommentText) {
      problem("aarsag", "Årsagen må højst være " + std::to_string(kMaxCommentText) + " tegn.");
      ok = false;
    }
    if (check.action.size() > kMaxCommentText * 4 || domain::CharacterCount(check.action) > kMaxCommentText) {
      problem("handling", "Handlingen må højst være " + std::to_string(kMaxCommentText) + " tegn.");
      ok = false;
    }
    if (!check.cause.empty() && check.action.empty()) {
      problem("handling", "Skriv også, hvad I gør ved det.");
      ok = false;
    } else if (check.cause.empty() && !check.action.empty()) {
      problem("aarsag", "Skriv også årsagen.");
      ok = false;
    }
    if (!ok || !period || !value) continue;
    const auto key = std::tuple{id, *period, unit_key};
    if (const auto [at, inserted] = seen.emplace(key, i); !inserted) {
      problem("periode", "Perioden " + domain::PeriodLabel(*period) +
                             (unit_key == kWhole ? std::string{} : " for enheden " + unit_text) +
                             " står to gange (også i nr. " + std::to_string(at->second + 1) + ").");
      continue;
    }
    check.measurement.period = *period;
    check.measurement.value = *value;
    // A unit's value of a sum has no colour of its own (the thresholds are for the whole).
    check.colour = domain::ColourOf(*value, f.thresholds, f.direction);
    const bool coloured = unit_key == kWhole || f.rollup == Rollup::Mean;
    if (require_comments && coloured && check.colour == StatusColour::Red && check.cause.empty() &&
        !commented[id].contains({*period, unit_key})) {
      problem("aarsag", "Værdien er rød. Skriv årsagen og det, I gør ved det, før perioden er indberettet.");
      continue;
    }
    if (!coloured) check.colour = StatusColour::Green;
    checks.push_back(std::move(check));
  }
  if (!problems.empty()) return problems;
  return checks;
}

MeasurementOutcome IndicatorService::Save(std::span<const MeasurementCheck> checks, MeasurementSource source,
                                          const GoalAuthor& by, std::string_view audit_action,
                                          const std::string& remote_address) {
  const auto now = clock_();
  const auto snapshot = organisation_.Current();
  return store_.Write([&](Transaction& tx) {
    auto& repository = tx.Get<IndicatorRepository>();
    MeasurementOutcome outcome;
    std::map<IndicatorId, std::set<std::pair<Period, domain::UnitId>>> commented;
    std::set<IndicatorId> touched;
    for (const auto& check : checks) {
      if (touched.insert(check.indicator).second) {
        for (const auto& comment : repository.Comments(check.indicator)) {
          commented[check.indicator].insert({comment.period, comment.unit ? *comment.unit : kWhole});
        }
      }
      switch (repository.UpsertMeasurement(check.indicator, check.measurement, source, by, now)) {
        case MeasurementChange::Created: ++outcome.created; break;
        case MeasurementChange::Updated: ++outcome.updated; break;
        case MeasurementChange::Unchanged: ++outcome.unchanged; break;
      }
      const auto unit_key = check.measurement.unit ? *check.measurement.unit : kWhole;
      if (!check.cause.empty()) {
        IndicatorComment comment;
        comment.period = check.measurement.period;
        comment.unit = check.measurement.unit;
        comment.cause = check.cause;
        comment.action = check.action;
        comment.author = by;
        comment.created_at = now;
        repository.AddComment(check.indicator, comment);
      } else if (check.colour == StatusColour::Red &&
                 !commented[check.indicator].contains({check.measurement.period, unit_key})) {
        const auto* unit = check.measurement.unit ? snapshot->organisation.FindUnit(*check.measurement.unit) : nullptr;
        outcome.uncommented.push_back(domain::PeriodLabel(check.measurement.period) +
                                      (unit != nullptr ? " – " + unit->name : std::string{}));
        // Delivered by a file or a system, nobody has explained it yet: the owner is told (once).
        if (source != MeasurementSource::Form) {
          NotifyRedWithoutComment(tx, snapshot->organisation, check, unit, now);
        }
      }
    }
    std::string subjects;
    for (const auto id : touched) subjects += (subjects.empty() ? "indicator:" : ",") + std::to_string(id);
    tx.Get<AuditRepository>().Append({now, by.user, std::string(audit_action), subjects, remote_address,
                                      std::to_string(outcome.created) + " new, " + std::to_string(outcome.updated) +
                                          " changed, " + std::to_string(outcome.unchanged) + " unchanged; by " +
                                          by.name});
    return outcome;
  });
}

Result<MeasurementOutcome> IndicatorService::Report(const domain::User& user, IndicatorId id, const std::string& period,
                                                    const std::vector<MeasurementInput>& rows,
                                                    const std::string& remote_address) {
  auto summary = ForReport(user, id);
  if (!summary) return summary.error();
  std::vector<MeasurementInput> inputs;
  std::vector<std::string> keys;
  std::vector<FieldError> errors;
  for (const auto& row : rows) {
    const auto key = row.unit.empty() ? std::string("region") : row.unit;
    if (Clean(row.value).empty()) {
      if (!Clean(row.cause).empty() || !Clean(row.action).empty()) {
        errors.push_back({"value-" + key, "Skriv værdien, som kommentaren hører til."});
      }
      continue;
    }
    auto input = row;
    input.period = period;
    inputs.push_back(std::move(input));
    keys.push_back(key);
  }
  const auto period_text = Clean(period);
  if (period_text.empty() || !domain::ParsePeriod(summary->indicator.fields.frequency, period_text)) {
    errors.push_back({"periode", "Vælg perioden. " + PeriodHint(summary->indicator.fields.frequency)});
  }
  if (inputs.empty() && errors.empty()) errors.push_back({"periode", "Skriv mindst én værdi."});
  if (!inputs.empty()) {
    const std::array ids{id};
    auto checked = Check(ids, inputs, true);
    if (auto* problems = std::get_if<std::vector<MeasurementProblem>>(&checked)) {
      for (const auto& problem : *problems) {
        const auto& key = keys[problem.index];
        std::string field = "value-" + key;
        if (problem.field == "periode") field = "periode";
        if (problem.field == "aarsag") field = "cause-" + key;
        if (problem.field == "handling") field = "action-" + key;
        if (std::none_of(errors.begin(), errors.end(), [&](const FieldError& e) { return e.field == field; })) {
          errors.push_back({field, problem.message});
        }
      }
    } else if (errors.empty()) {
      const auto& checks = std::get<std::vector<MeasurementCheck>>(checked);
      return Save(checks, MeasurementSource::Form, {user.id, user.name}, "goals.measurements_reported", remote_address);
    }
  }
  return Invalid(std::move(errors), "Målingerne er ikke gemt. Ret fejlene herunder.");
}

Result<Unit> IndicatorService::Comment(const domain::User& user, IndicatorId id, const MeasurementInput& input,
                                       const std::string& remote_address) {
  auto summary = ForReport(user, id);
  if (!summary) return summary.error();
  const auto& f = summary->indicator.fields;
  std::vector<FieldError> errors;
  const auto period = domain::ParsePeriod(f.frequency, Clean(input.period));
  if (!period) errors.push_back({"period", "Vælg perioden, kommentaren gælder. " + PeriodHint(f.frequency)});
  std::optional<domain::UnitId> unit;
  if (!Clean(input.unit).empty()) {
    const auto snapshot = organisation_.Current();
    const auto* found = snapshot->organisation.FindUnitByExternalId(Clean(input.unit));
    if (found == nullptr || std::find(f.units.begin(), f.units.end(), found->id) == f.units.end()) {
      errors.push_back({"unit", "Indikatoren måles ikke på enheden."});
    } else {
      unit = found->id;
    }
  }
  const auto cause = Clean(input.cause);
  const auto action = Clean(input.action);
  CheckText(errors, "cause", cause, {"årsagen", kMaxCommentText, "Skriv årsagen."});
  CheckText(errors, "action", action, {"handlingen", kMaxCommentText, "Skriv, hvad I gør ved det."});
  if (!errors.empty()) return Invalid(std::move(errors), "Kommentaren er ikke gemt. Ret fejlene herunder.");
  const auto now = clock_();
  return store_.Write([&](Transaction& tx) -> Result<Unit> {
    IndicatorComment comment;
    comment.period = *period;
    comment.unit = unit;
    comment.cause = cause;
    comment.action = action;
    comment.author = {user.id, user.name};
    comment.created_at = now;
    tx.Get<IndicatorRepository>().AddComment(id, comment);
    tx.Get<AuditRepository>().Append({now, user.id, "goals.comment_added", "indicator:" + std::to_string(id),
                                      remote_address, domain::PeriodCode(*period)});
    return Unit{};
  });
}

}  // namespace lp::app
