#include "web/goals/indicator_pages.hpp"

#include <fmt/format.h>

#include <set>
#include <string>

#include "app/goals/goals_access.hpp"
#include "app/goals/indicator_service.hpp"
#include "app/organisation/organisation_service.hpp"
#include "domain/platform/danish_format.hpp"
#include "web/goals/goals_view.hpp"
#include "web/goals/run_chart_svg.hpp"
#include "web/platform/errors.hpp"
#include "web/platform/forms.hpp"
#include "web/platform/pages.hpp"
#include "web/platform/table_export.hpp"

namespace lp::web {
namespace {

constexpr std::size_t kReportablePeriods = 13;  // the report form offers the current and 12 before it

std::string PointAnchor(const domain::Period& period) { return "punkt-" + domain::PeriodCode(period); }

// "03.26", "K2 26", "2026": the x axis.
std::string ShortPeriod(const domain::Period& period) {
  const auto year = period.year % 100;
  switch (period.frequency) {
    case domain::Frequency::Monthly: return fmt::format("{:02}.{:02}", period.index, year);
    case domain::Frequency::Quarterly: return fmt::format("K{} {:02}", period.index, year);
    case domain::Frequency::Yearly: return std::to_string(period.year);
  }
  return {};
}

std::string Thresholds(const app::IndicatorFields& f) {
  const bool higher = f.direction == domain::Direction::HigherIsBetter;
  return fmt::format("Grøn ved {} eller {}, rød ved {} eller {}, gul imellem.", GoalValue(f.thresholds.green, f),
                     higher ? "derover" : "derunder", GoalValue(f.thresholds.red, f), higher ? "derunder" : "derover");
}

std::string UnitName(const domain::Unit* unit) { return unit != nullptr ? unit->name : std::string("Ukendt enhed"); }

std::optional<app::IndicatorId> IndicatorIdOf(RequestContext& context) {
  return ParsePositive<long long>(context.params.Get("id"));
}

// ---- the indicator's page

void AddReportingStatus(View& view, const app::ReportingStatus& reporting) {
  view.Set("DUE", domain::PeriodLabel(reporting.due));
  if (reporting.reported()) {
    view.Show("REPORTED");
    return;
  }
  auto& open = view.AddSection("NOT_REPORTED");
  for (const auto& missing : reporting.missing) open.AddSection("MISSING").Set("TEXT", missing);
  for (const auto& uncommented : reporting.uncommented) open.AddSection("UNCOMMENTED").Set("TEXT", uncommented);
}

Response RenderIndicator(const PageServices& services, RequestContext& context, const app::Error* error = nullptr,
                         const app::MeasurementInput& typed = {}) {
  const auto id = IndicatorIdOf(context);
  if (!id) return services.pages.Error(context, 404, "Indikatoren findes ikke.");
  const auto query = FormData::Parse(context.request.query);
  if (!query) return services.pages.Error(context, 400, "Adressen kan ikke læses.");
  const auto page = services.Get<app::IndicatorService>().Page(*context.user(), *id, query->Get("enhed"),
                                                               context.request.remote_address);
  if (!page) return services.pages.Error(context, StatusFor(page.error().kind), page.error().message);
  const auto& summary = page->summary;
  const auto& f = summary.indicator.fields;
  View content;
  content.Set("NAME", f.name);
  content.Set("HREF", GoalIndicatorHref(*id));
  content.Set("PICTURE_TITLE", page->picture_title);
  content.Set("PICTURE_HREF", GoalPictureHref(page->picture.slug));
  content.Set("TRACK_TITLE", page->track.title);
  content.Set("TRACK_ANCHOR", fmt::format("spor-{}", page->track.track));
  if (f.local_unit) {
    auto& local = content.AddSection("LOCAL");
    local.Set("UNIT", summary.local_unit_name);
  }
  if (f.leaders_only) content.Show("LEADERS_ONLY");
  if (summary.indicator.archived_at)
    content.AddSection("ARCHIVED").Set("AT", domain::FormatDate(*summary.indicator.archived_at));
  content.Set("TARGET", GoalTarget(f));
  if (summary.latest) {
    auto& latest = content.AddSection("LATEST");
    latest.Set("VALUE", GoalValue(summary.latest->value, f));
    latest.Set("PERIOD", domain::PeriodLabel(summary.latest->period));
    if (!summary.latest->measured) latest.Show("ROLLED_UP");
    SetGoalStatus(latest, summary.series, *summary.latest, f.frequency);
    SetGoalTrend(latest, summary.trend);
  } else {
    content.Show("NO_VALUES");
  }
  AddReportingStatus(content, summary.reporting);
  if (page->can_report) content.AddSection("REPORT").Set("HREF", GoalIndicatorHref(*id) + "/indberet");
  if (page->can_edit) content.AddSection("EDIT").Set("HREF", GoalIndicatorHref(*id) + "/rediger");
  // The definition.
  content.Set("DEFINITION", f.definition);
  content.Set("MEASURE_UNIT", f.measure_unit);
  content.Set("DIRECTION", std::string(domain::kDirectionTable.Label(f.direction)));
  content.Set("FREQUENCY", std::string(domain::kFrequencyTable.Label(f.frequency)));
  content.Set("THRESHOLDS", Thresholds(f));
  if (f.plausible_min || f.plausible_max) {
    content.AddSection("PLAUSIBLE")
        .Set("TEXT", f.plausible_min && f.plausible_max ? fmt::format("Mellem {} og {}", GoalValue(*f.plausible_min, f),
                                                                      GoalValue(*f.plausible_max, f))
                     : f.plausible_min                  ? fmt::format("Mindst {}", GoalValue(*f.plausible_min, f))
                                                        : fmt::format("Højst {}", GoalValue(*f.plausible_max, f)));
  }
  content.Set("OWNER_UNIT", summary.owner_unit_name);
  {
    const auto snapshot = services.Get<app::OrganisationService>().Current();
    if (const auto* owner = snapshot->organisation.FindUnit(f.owner_unit)) {
      content.AddSection("OWNER_LINK").Set("HREF", GoalUnitHref(owner->external_id));
    } else {
      content.Show("OWNER_GONE");
    }
  }
  content.Set("OWNER_PERSON", summary.indicator.owner_user_name.empty() ? std::string("Ingen bestemt person")
                                                                        : summary.indicator.owner_user_name);
  content.Set("DATA_SOURCE", f.data_source.empty() ? std::string("Ikke angivet") : f.data_source);
  content.Set("BREAKDOWN", std::string(app::kBreakdownTable.Label(f.breakdown)));
  if (f.breakdown == app::Breakdown::Units) {
    content.AddSection("ROLLUP").Set("TEXT", std::string(app::kRollupTable.Label(f.rollup)));
  }
  // The run chart of the series shown, and the same as a table.
  const auto shown_name = page->shown_unit != nullptr
                              ? page->shown_unit->name
                              : (f.local_unit ? summary.local_unit_name : std::string("Regionen samlet"));
  content.Set("SHOWN", shown_name);
  if (page->shown.empty()) {
    content.Show("NO_SERIES");
  } else {
    RunChartInput chart;
    chart.target = f.target;
    chart.unit = f.measure_unit;
    chart.direction = f.direction;
    chart.decimals = f.decimals;
    chart.title = fmt::format("Kørselsdiagram for {}: {}", f.name, shown_name);
    chart.id_prefix = "koerselsdiagram";
    for (const auto& point : page->shown) {
      chart.points.push_back({domain::PeriodLabel(point.period), ShortPeriod(point.period), point.value, point.colour,
                              point.comments > 0, "#" + PointAnchor(point.period)});
    }
    auto& series = content.AddSection("SERIES");
    series.Set("CHART", RenderRunChartSvg(chart));
    series.Set("MEDIAN", GoalValue(page->chart.median, f));
    series.Set("COUNT", GoalPeriodCount(page->shown.size(), f.frequency));
    if (page->chart.signals.empty()) {
      series.Show("NO_SIGNALS");
    } else {
      for (const auto& signal : page->chart.signals) {
        auto& row = series.AddSection("SIGNAL");
        row.Set("TEXT", signal.Label());
        row.Set("FROM", domain::PeriodLabel(page->shown[signal.first].period));
        row.Set("TO", domain::PeriodLabel(page->shown[signal.last].period));
      }
    }
    for (std::size_t i = page->shown.size(); i-- > 0;) {
      const auto& point = page->shown[i];
      auto& row = series.AddSection("POINT");
      row.Set("ANCHOR", PointAnchor(point.period));
      row.Set("PERIOD", domain::PeriodLabel(point.period));
      row.Set("VALUE", GoalValue(point.value, f));
      if (!point.measured) row.Show("ROLLED_UP");
      if (point.colour) {
        auto& colour = row.AddSection("COLOUR");
        colour.Set("STATUS", std::string(domain::kStatusColourTable.Label(*point.colour)));
        colour.Set("STATUS_CODE", std::string(domain::kStatusColourTable.Code(*point.colour)));
      }
      if (page->chart.in_signal[i]) row.Show("IN_SIGNAL");
      if (point.red_without_comment) row.Show("NEEDS_COMMENT");
      if (point.comments > 0) {
        row.AddSection("COMMENTS")
            .Set("TEXT", domain::CountOf(static_cast<long long>(point.comments), "kommentar", "kommentarer"));
      }
    }
    series.Set("CSV_HREF", GoalIndicatorHref(*id) + "/serie.csv");
    series.Set("XLSX_HREF", GoalIndicatorHref(*id) + "/serie.xlsx");
  }
  // The breakdown along the organisation tree.
  if (!page->breakdown.empty()) {
    auto& breakdown = content.AddSection("BREAKDOWN");
    for (const auto& row : page->breakdown) {
      auto& line = breakdown.AddSection("ROW");
      line.Set("NAME", row.depth == 0 && !f.local_unit ? std::string("Regionen samlet") : UnitName(row.unit));
      line.Set("DEPTH", std::to_string(std::min(row.depth, 4)));
      const bool whole = row.depth == 0;
      line.Set("HREF", whole ? GoalIndicatorHref(*id)
                             : fmt::format("{}?enhed={}#diagram", GoalIndicatorHref(*id),
                                           row.unit != nullptr ? row.unit->external_id : ""));
      if ((whole && page->shown_unit == nullptr) || (!whole && row.unit == page->shown_unit)) line.Show("SELECTED");
      line.Set("KIND", whole        ? std::string("Samlet")
                       : row.listed ? std::string("Målt")
                                    : std::string("Samlet fra enhederne under"));
      if (row.latest) {
        auto& latest = line.AddSection("LATEST");
        latest.Set("VALUE", GoalValue(row.latest->value, f));
        latest.Set("PERIOD", domain::PeriodLabel(row.latest->period));
        if (!row.latest->measured) latest.Show("ROLLED_UP");
        if (row.latest->colour) {
          auto& colour = latest.AddSection("COLOUR");
          colour.Set("STATUS", std::string(domain::kStatusColourTable.Label(*row.latest->colour)));
          colour.Set("STATUS_CODE", std::string(domain::kStatusColourTable.Code(*row.latest->colour)));
        }
        SetGoalTrend(latest, row.trend);
        latest.Set("SPARKLINE",
                   RenderSparklineSvg(
                       row.recent,
                       {24, f.rollup == app::Rollup::Mean || whole ? std::optional<double>(f.target) : std::nullopt,
                        row.latest->colour}));
      } else {
        line.Show("NO_VALUE");
      }
    }
  }
  // Comments, newest first.
  const auto snapshot = services.Get<app::OrganisationService>().Current();
  if (page->comments.empty()) content.Show("NO_COMMENTS");
  for (const auto& comment : page->comments) {
    auto& row = content.AddSection("COMMENT");
    row.Set("PERIOD", domain::PeriodLabel(comment.period));
    row.Set("UNIT", comment.unit ? UnitName(snapshot->organisation.FindUnit(*comment.unit)) : std::string{});
    row.Set("CAUSE", comment.cause);
    row.Set("ACTION", comment.action);
    row.Set("AUTHOR", comment.author.name);
    row.Set("AT", domain::FormatDateTime(comment.created_at));
  }
  if (page->can_report && !summary.series.empty()) {
    auto& form = content.AddSection("COMMENT_FORM");
    form.Set("ACTION", GoalIndicatorHref(*id) + "/kommentar");
    const auto errors = FieldErrorsOf(error);
    if (error != nullptr) AddFormError(form, *error, "Kommentaren er ikke gemt");
    std::vector<FieldOption> periods;
    std::set<domain::Period> seen;
    for (auto point = page->shown.rbegin(); point != page->shown.rend(); ++point) {
      if (seen.insert(point->period).second)
        periods.push_back({domain::PeriodCode(point->period), domain::PeriodLabel(point->period)});
    }
    if (periods.empty()) {
      for (auto point = summary.series.rbegin(); point != summary.series.rend(); ++point) {
        periods.push_back({domain::PeriodCode(point->period), domain::PeriodLabel(point->period)});
      }
    }
    AddField(form, "PERIOD_FIELD", SelectField("period", "Periode", "", typed.period, periods), errors);
    if (f.breakdown == app::Breakdown::Units) {
      std::vector<FieldOption> units{{"", shown_name == "Regionen samlet" || page->shown_unit == nullptr
                                              ? shown_name
                                              : std::string("Regionen samlet")}};
      for (const auto& row : page->breakdown) {
        if (row.listed && row.unit != nullptr) units.push_back({row.unit->external_id, row.unit->name});
      }
      const auto selected =
          typed.unit.empty() && page->shown_unit != nullptr ? page->shown_unit->external_id : typed.unit;
      AddField(form, "UNIT_FIELD", SelectField("unit", "Enhed", "", selected, units), errors);
    }
    AddField(form, "CAUSE_FIELD",
             TextAreaField("cause", "Årsag", "Hvad skyldes udviklingen? " + MaxCharactersHint(2000), typed.cause, 3),
             errors);
    AddField(form, "ACTION_FIELD",
             TextAreaField("action", "Handling",
                           "Hvad gør I ved det, og hvornår følger I op? " + MaxCharactersHint(2000), typed.action, 3),
             errors);
  }
  // What works on the indicator (other modules, GoalLinkSource).
  if (page->links.empty()) content.Show("NO_LINKS");
  for (const auto& link : page->links) {
    auto& row = content.AddSection("LINK");
    row.Set("KIND", link.kind);
    row.Set("TITLE", link.title);
    row.Set("HREF", link.href);
    if (!link.note.empty()) row.AddSection("NOTE").Set("TEXT", link.note);
  }
  return services.pages.Render(context, FormTitle(f.name, error), "goals/indicator.tpl", content, FormStatus(error));
}

Response ShowIndicator(const PageServices& services, RequestContext& context) {
  return RenderIndicator(services, context);
}

Response SubmitComment(const PageServices& services, RequestContext& context) {
  const auto id = IndicatorIdOf(context);
  if (!id) return services.pages.Error(context, 404, "Indikatoren findes ikke.");
  const auto& form = context.Form();
  app::MeasurementInput input;
  input.period = form.Get("period");
  input.unit = form.Get("unit");
  input.cause = form.Get("cause");
  input.action = form.Get("action");
  return FinishForm<app::Unit>(
      services, context,
      services.Get<app::IndicatorService>().Comment(*context.user(), *id, input, context.request.remote_address),
      [&](const app::Error& error, int) { return RenderIndicator(services, context, &error, input); },
      [&](const app::Unit&) {
        return RedirectWithFlash(GoalIndicatorHref(*id) + "#kommentarer", "goals-comment-added",
                                 services.secure_cookies);
      });
}

// ---- export

constexpr std::array kSeriesColumns = {
    ExportColumn{"Periode", 12},   ExportColumn{"Periodens navn", 18}, ExportColumn{"Enhed (HR-id)", 16},
    ExportColumn{"Enhed", 30},     ExportColumn{"Værdi", 12},          ExportColumn{"Måleenhed", 12},
    ExportColumn{"Opgørelse", 16}, ExportColumn{"Status", 22},         ExportColumn{"Kommentarer", 12}};

Response ExportSeries(const PageServices& services, RequestContext& context, bool xlsx) {
  const auto id = IndicatorIdOf(context);
  if (!id) return services.pages.Error(context, 404, "Indikatoren findes ikke.");
  auto& indicators = services.Get<app::IndicatorService>();
  const auto page = indicators.Page(*context.user(), *id, "", context.request.remote_address);
  if (!page) return services.pages.Error(context, StatusFor(page.error().kind), page.error().message);
  const auto& f = page->summary.indicator.fields;
  std::vector<ExportRow> rows;
  const auto add = [&](const std::vector<app::SeriesPoint>& series, const domain::Unit* unit, const std::string& name) {
    for (const auto& point : series) {
      ExportRow row;
      row.emplace_back(domain::PeriodCode(point.period));
      row.emplace_back(domain::PeriodLabel(point.period));
      row.emplace_back(unit != nullptr ? unit->external_id : std::string{});
      row.emplace_back(name);
      row.emplace_back(ExportDecimal{point.value, f.decimals});
      row.emplace_back(f.measure_unit);
      row.emplace_back(std::string(point.measured ? "Målt" : "Samlet fra enhederne"));
      row.emplace_back(point.colour ? std::string(domain::kStatusColourTable.Label(*point.colour)) : std::string{});
      row.emplace_back(static_cast<long long>(point.comments));
      rows.push_back(std::move(row));
    }
  };
  add(page->summary.series, nullptr, f.local_unit ? page->summary.local_unit_name : std::string("Regionen samlet"));
  for (const auto& row : page->breakdown) {
    if (row.depth > 0 && row.unit != nullptr) add(row.series, row.unit, row.unit->name);
  }
  const auto today = domain::ToCopenhagenTime(app::SystemNow()).date;
  auto response =
      Response::Text(200, xlsx ? TableXlsx(kSeriesColumns, rows, "Målinger") : TableCsv(kSeriesColumns, rows));
  response.SetHeader("Content-Type", xlsx ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                                          : "text/csv; charset=utf-8");
  response.SetHeader("Content-Disposition",
                     ExportDisposition(fmt::format("indikator-{}", *id), fmt::format("indikator-{}", *id), today,
                                       xlsx ? "xlsx" : "csv"));
  return response;
}

Response ExportSeriesCsv(const PageServices& services, RequestContext& context) {
  return ExportSeries(services, context, false);
}
Response ExportSeriesXlsx(const PageServices& services, RequestContext& context) {
  return ExportSeries(services, context, true);
}

// ---- the report form

struct ReportRow {
  std::string key;   // "region" or the HR id
  std::string unit;  // the HR id; empty for the whole
  std::string name;
};

std::vector<ReportRow> ReportRows(const app::IndicatorSummary& summary, const domain::Organisation& organisation) {
  const auto& f = summary.indicator.fields;
  std::vector<ReportRow> rows;
  const auto whole = f.local_unit ? summary.local_unit_name : std::string("Regionen samlet");
  if (f.breakdown == app::Breakdown::Region) {
    rows.push_back({"region", "", whole});
    return rows;
  }
  for (const auto unit_id : f.units) {
    const auto* unit = organisation.FindUnit(unit_id);
    if (unit != nullptr) rows.push_back({unit->external_id, unit->external_id, unit->name});
  }
  std::sort(rows.begin(), rows.end(), [](const ReportRow& a, const ReportRow& b) { return a.name < b.name; });
  rows.push_back({"region", "", whole + " (valgfri: ellers lægges enhedernes værdier sammen)"});
  return rows;
}

Response RenderReport(const PageServices& services, RequestContext& context, const app::IndicatorSummary& summary,
                      const std::string& period_code, const std::vector<app::MeasurementInput>* typed = nullptr,
                      const app::Error* error = nullptr) {
  const auto& f = summary.indicator.fields;
  const auto id = summary.indicator.id;
  const auto snapshot = services.Get<app::OrganisationService>().Current();
  View content;
  content.Set("NAME", f.name);
  content.Set("HREF", GoalIndicatorHref(id));
  content.Set("ACTION", GoalIndicatorHref(id) + "/indberet");
  content.Set("THRESHOLDS", Thresholds(f));
  content.Set("MEASURE_UNIT", f.measure_unit);
  const auto period = domain::ParsePeriod(f.frequency, period_code);
  const auto errors = FieldErrorsOf(error);
  if (error != nullptr) AddFormError(content, *error, "Målingerne er ikke gemt");
  // The periods that have begun: the current one and those before it.
  std::vector<FieldOption> periods;
  auto current = domain::PeriodOf(f.frequency, domain::ToCopenhagenTime(app::SystemNow()).date);
  for (std::size_t i = 0; i < kReportablePeriods; ++i) {
    periods.push_back({domain::PeriodCode(current), domain::PeriodLabel(current)});
    // The period before: step back a day from its start.
    current = domain::PeriodOf(
        f.frequency,
        std::chrono::year_month_day{std::chrono::sys_days{domain::PeriodStart(current)} - std::chrono::days{1}});
  }
  if (period &&
      std::none_of(periods.begin(), periods.end(), [&](const FieldOption& o) { return o.value == period_code; })) {
    periods.push_back({period_code, domain::PeriodLabel(*period)});
  }
  content.Set("PERIOD_CODE", period_code);
  content.Set("PERIOD_LABEL", period ? domain::PeriodLabel(*period) : period_code);
  AddField(content, "PERIOD_FIELD",
           SelectField("periode", "Periode", "Vælg en anden periode, og tryk Vis perioden for at se og rette dens tal.",
                       period_code, periods),
           errors);
  // The values stored for the period, to fill the form.
  std::map<std::string, double> stored;
  for (const auto& point : summary.series) {
    if (period && point.period == *period && point.measured) stored["region"] = point.value;
  }
  if (period && f.breakdown == app::Breakdown::Units) {
    const auto page =
        services.Get<app::IndicatorService>().Page(*context.user(), id, "", context.request.remote_address);
    if (page) {
      for (const auto& row : page->breakdown) {
        if (!row.listed || row.unit == nullptr) continue;
        for (const auto& point : row.series) {
          if (point.period == *period && point.measured) stored[row.unit->external_id] = point.value;
        }
      }
    }
  }

  const auto rows = ReportRows(summary, snapshot->organisation);
  for (std::size_t i = 0; i < rows.size(); ++i) {
    const auto& row = rows[i];
    auto& line = content.AddSection("ROW");
    line.Set("NAME", row.name);
    line.Set("UNIT_NAME", "unit-" + row.key);
    line.Set("UNIT", row.unit);
    std::string value;
    std::string cause;
    std::string action;
    if (typed != nullptr && i < typed->size()) {
      value = (*typed)[i].value;
      cause = (*typed)[i].cause;
      action = (*typed)[i].action;
    } else if (const auto found = stored.find(row.key); found != stored.end()) {
      value = domain::FormatMeasurementInput(found->second, f.decimals);
      line.Show("STORED");
    }
    if (!cause.empty() || !action.empty() || !ErrorFor(errors, "cause-" + row.key).empty() ||
        !ErrorFor(errors, "action-" + row.key).empty()) {
      line.Show("CAUSE_OPEN");
    }
    AddField(line, "VALUE_FIELD",
             TextField("value-" + row.key, fmt::format("Værdi for {} ({})", row.name, f.measure_unit), "", value)
                 .Class("input-width-xs")
                 .NoSpellcheck(),
             errors);
    AddField(line, "CAUSE_FIELD", TextAreaField("cause-" + row.key, "Årsag (kræves, når værdien er rød)", "", cause, 2),
             errors);
    AddField(line, "ACTION_FIELD",
             TextAreaField("action-" + row.key, "Handling (kræves, når værdien er rød)", "", action, 2), errors);
  }
  return services.pages.Render(context, FormTitle("Indberet " + f.name, error), "goals/report.tpl", content,
                               FormStatus(error));
}

Response ShowReport(const PageServices& services, RequestContext& context) {
  const auto id = IndicatorIdOf(context);
  if (!id) return services.pages.Error(context, 404, "Indikatoren findes ikke.");
  const auto summary = services.Get<app::IndicatorService>().ForReport(*context.user(), *id);
  if (!summary) return services.pages.Error(context, StatusFor(summary.error().kind), summary.error().message);
  const auto query = FormData::Parse(context.request.query);
  if (!query) return services.pages.Error(context, 400, "Adressen kan ikke læses.");
  auto period = query->Get("periode");
  if (period.empty() || !domain::ParsePeriod(summary->indicator.fields.frequency, period)) {
    period = domain::PeriodCode(summary->reporting.due);
  }
  return RenderReport(services, context, summary.value(), period);
}

Response SubmitReport(const PageServices& services, RequestContext& context) {
  const auto id = IndicatorIdOf(context);
  if (!id) return services.pages.Error(context, 404, "Indikatoren findes ikke.");
  auto& indicators = services.Get<app::IndicatorService>();
  const auto summary = indicators.ForReport(*context.user(), *id);
  if (!summary) return services.pages.Error(context, StatusFor(summary.error().kind), summary.error().message);
  const auto& form = context.Form();
  const auto period = form.Get("period");
  const auto snapshot = services.Get<app::OrganisationService>().Current();
  std::vector<app::MeasurementInput> rows;
  for (const auto& row : ReportRows(summary.value(), snapshot->organisation)) {
    rows.push_back({period, row.unit, form.Get("value-" + row.key), form.Get("cause-" + row.key),
                    form.Get("action-" + row.key), std::nullopt});
  }
  return FinishForm<app::MeasurementOutcome>(
      services, context, indicators.Report(*context.user(), *id, period, rows, context.request.remote_address),
      [&](const app::Error& error, int) {
        return RenderReport(services, context, summary.value(), period, &rows, &error);
      },
      [&](const app::MeasurementOutcome&) {
        return RedirectWithFlash(GoalIndicatorHref(*id), "goals-reported", services.secure_cookies);
      });
}

// ---- the indicator form

app::IndicatorForm ReadIndicatorForm(const FormData& form) {
  app::IndicatorForm input;
  input.track = form.Get("track");
  input.name = form.Get("name");
  input.definition = form.Get("definition");
  input.measure_unit = form.Get("measure_unit");
  input.direction = form.Get("direction");
  input.frequency = form.Get("frequency");
  input.decimals = form.Get("decimals");
  input.target = form.Get("target");
  input.target_date = form.Get("target_date");
  input.green = form.Get("green");
  input.red = form.Get("red");
  input.plausible_min = form.Get("plausible_min");
  input.plausible_max = form.Get("plausible_max");
  input.owner_unit = form.Get("owner_unit");
  input.owner_email = form.Get("owner_email");
  input.data_source = form.Get("data_source");
  input.breakdown = form.Get("breakdown");
  input.rollup = form.Get("rollup");
  input.units = form.GetAll("units");
  // Further units by HR id, one per line (or separated by commas or semicolons).
  std::string other = form.Get("units_other");
  for (auto& c : other) {
    if (c == ',' || c == ';' || c == '\r') c = '\n';
  }
  std::size_t at = 0;
  while (at <= other.size()) {
    const auto end = other.find('\n', at);
    auto item = other.substr(at, end == std::string::npos ? std::string::npos : end - at);
    if (!item.empty()) input.units.push_back(item);
    if (end == std::string::npos) break;
    at = end + 1;
  }
  input.leaders_only = form.Get("leaders_only") == "1";
  input.local_unit = form.Get("local_unit");
  input.revision = ParseInteger<int>(form.Get("revision")).value_or(0);
  input.archived = form.Get("archived") == "1";
  return input;
}

Response RenderIndicatorForm(const PageServices& services, RequestContext& context, const app::IndicatorForm& form,
                             std::optional<app::IndicatorId> id, const app::Error* error = nullptr) {
  auto& indicators = services.Get<app::IndicatorService>();
  const auto snapshot = services.Get<app::OrganisationService>().Current();
  const auto& organisation = snapshot->organisation;
  View content;
  const auto errors = FieldErrorsOf(error);
  if (error != nullptr && error->kind == app::ErrorKind::Conflict && id) {
    AddConflictNotice(content, error->message, GoalIndicatorHref(*id), "Se indikatoren, som den er nu");
  } else if (error != nullptr) {
    AddFormError(content, *error, "Indikatoren er ikke gemt");
  }
  const domain::Unit* local = form.local_unit.empty() ? nullptr : organisation.FindUnitByExternalId(form.local_unit);
  content.Set("HEADING", id                 ? "Rediger indikator"
                         : local != nullptr ? "Ny lokal indikator for " + local->name
                                            : std::string("Ny indikator"));
  content.Set("ACTION", id ? GoalIndicatorHref(*id) + "/rediger" : std::string("/maalbilleder/indikatorer/ny"));
  content.Set("BACK", id                 ? GoalIndicatorHref(*id)
                      : local != nullptr ? GoalUnitHref(local->external_id)
                                         : std::string("/maalbilleder"));
  content.Set("REVISION", std::to_string(form.revision));
  content.Set("LOCAL_UNIT", form.local_unit);
  if (local != nullptr) content.AddSection("LOCAL").Set("UNIT", local->name);
  std::vector<FieldOption> tracks{{"", "Vælg strategispor"}};
  for (const auto& [track, label] : indicators.TrackChoices()) tracks.push_back({std::to_string(track), label});
  AddField(content, "TRACK_FIELD",
           SelectField("track", "Strategispor", "", form.track, tracks).Class("portal-goal-wide-select"), errors);
  AddField(content, "NAME_FIELD",
           TextField("name", "Navn", MaxCharactersHint(200), form.name).Class("input-width-xl").Required(), errors);
  AddField(content, "DEFINITION_FIELD",
           TextAreaField("definition", "Definition",
                         "Hvad måles, hvordan opgøres det, og hvad tæller med? " + MaxCharactersHint(4000),
                         form.definition, 4),
           errors);
  AddField(
      content, "MEASURE_UNIT_FIELD",
      TextField("measure_unit", "Måleenhed", "Fx %, dage, ton CO2 eller antal pr. 1.000 borgere.", form.measure_unit)
          .Class("input-width-s"),
      errors);
  std::vector<FieldOption> directions;
  for (const auto d : domain::kAllDirections)
    directions.push_back({std::string(domain::kDirectionTable.Code(d)), std::string(domain::kDirectionTable.Label(d))});
  AddField(content, "DIRECTION_FIELD", SelectField("direction", "Retning", "", form.direction, directions), errors);
  std::vector<FieldOption> frequencies;
  for (const auto fr : domain::kAllFrequencies)
    frequencies.push_back(
        {std::string(domain::kFrequencyTable.Code(fr)), std::string(domain::kFrequencyTable.Label(fr))});
  AddField(content, "FREQUENCY_FIELD",
           SelectField("frequency", "Frekvens", "Hvor ofte indikatoren måles. Kan ikke ændres, når der er målinger.",
                       form.frequency, frequencies),
           errors);
  AddField(content, "DECIMALS_FIELD",
           SelectField("decimals", "Decimaler", "Hvor mange decimaler værdierne vises med.", form.decimals,
                       {{"0", "0"}, {"1", "1"}, {"2", "2"}, {"3", "3"}}),
           errors);
  AddField(content, "TARGET_FIELD",
           TextField("target", "Mål", "Fx 90 eller 12,5.", form.target).Class("input-width-xs").NoSpellcheck(), errors);
  AddField(
      content, "TARGET_DATE_FIELD",
      TextField("target_date", "Måldato (valgfri)", "Hvornår målet skal være nået, fx 31.12.2027.", form.target_date)
          .Class("input-width-s")
          .NoSpellcheck(),
      errors);
  AddField(content, "GREEN_FIELD",
           TextField("green", "Grænse for grøn", "Værdier på eller bedre end grænsen er grønne.", form.green)
               .Class("input-width-xs")
               .NoSpellcheck(),
           errors);
  AddField(
      content, "RED_FIELD",
      TextField("red", "Grænse for rød", "Værdier på eller dårligere end grænsen er røde. Imellem er gult.", form.red)
          .Class("input-width-xs")
          .NoSpellcheck(),
      errors);
  AddField(content, "MIN_FIELD",
           TextField("plausible_min", "Mindste mulige værdi (valgfri)", "Værdier herunder afvises som tastefejl.",
                     form.plausible_min)
               .Class("input-width-xs")
               .NoSpellcheck(),
           errors);
  AddField(content, "MAX_FIELD",
           TextField("plausible_max", "Største mulige værdi (valgfri)", "Fx 100 for en procentdel.", form.plausible_max)
               .Class("input-width-xs")
               .NoSpellcheck(),
           errors);
  AddField(content, "OWNER_UNIT_FIELD",
           TextField("owner_unit", "Ejerenhed",
                     "Enhedens id fra HR-data, fx RM eller AUH. Ejerenhedens ledere indberetter.", form.owner_unit)
               .Class("input-width-s")
               .NoSpellcheck(),
           errors);
  AddField(content, "OWNER_EMAIL_FIELD",
           TextField("owner_email", "Ejer (valgfri)", "E-mailadressen på den person, der er ansvarlig for indikatoren.",
                     form.owner_email)
               .Class("input-width-l")
               .NoSpellcheck(),
           errors);
  AddField(content, "DATA_SOURCE_FIELD",
           TextField("data_source", "Datakilde (valgfri)", "Fx LPR via regionens datavarehus.", form.data_source)
               .Class("input-width-xl"),
           errors);
  std::vector<FieldOption> breakdowns;
  for (const auto b : {app::Breakdown::Region, app::Breakdown::Units})
    breakdowns.push_back({std::string(app::kBreakdownTable.Code(b)), std::string(app::kBreakdownTable.Label(b))});
  AddField(content, "BREAKDOWN_FIELD", SelectField("breakdown", "Opdeling", "", form.breakdown, breakdowns), errors);
  std::vector<FieldOption> rollups;
  for (const auto r : {app::Rollup::Mean, app::Rollup::Sum})
    rollups.push_back({std::string(app::kRollupTable.Code(r)), std::string(app::kRollupTable.Label(r))});
  AddField(content, "ROLLUP_FIELD",
           SelectField("rollup", "Sammenlægning",
                       "Hvordan enhedernes værdier giver de overliggende enheders og det samlede tal.", form.rollup,
                       rollups),
           errors);
  // The units to choose among: the two levels under the root (the region or the local unit).
  const auto* root = local != nullptr ? local : organisation.Root();
  std::set<std::string> chosen(form.units.begin(), form.units.end());
  std::set<std::string> listed;
  if (root != nullptr) {
    for (const auto* child : organisation.Children(root->id)) {
      if (!child->active) continue;
      auto& option = content.AddSection("UNIT_OPTION");
      option.Set("VALUE", child->external_id);
      option.Set("LABEL", child->name);
      option.Set("INDEX", std::to_string(listed.size()));
      if (chosen.contains(child->external_id)) option.Show("CHECKED");
      listed.insert(child->external_id);
      for (const auto* grandchild : organisation.Children(child->id)) {
        if (!grandchild->active) continue;
        auto& sub = content.AddSection("UNIT_OPTION");
        sub.Set("VALUE", grandchild->external_id);
        sub.Set("LABEL", grandchild->name);
        sub.Set("INDEX", std::to_string(listed.size()));
        sub.Show("NESTED");
        if (chosen.contains(grandchild->external_id)) sub.Show("CHECKED");
        listed.insert(grandchild->external_id);
      }
    }
  }
  std::string other;
  for (const auto& unit : form.units) {
    if (!listed.contains(unit)) other += (other.empty() ? "" : "\n") + unit;
  }
  content.Set("UNITS_ERROR", std::string(ErrorFor(errors, "units")));
  if (!ErrorFor(errors, "units").empty()) content.Show("HAS_UNITS_ERROR");
  AddField(content, "UNITS_OTHER_FIELD",
           TextAreaField("units_other", "Andre enheder (valgfri)",
                         "Enheder længere nede i organisationen: deres id fra HR-data, ét pr. linje.", other, 3),
           {});
  if (form.leaders_only) content.Show("LEADERS_ONLY");
  content.Set("ARCHIVED", form.archived ? "1" : "");
  if (id) {
    auto& archive = content.AddSection("CAN_ARCHIVE");
    archive.Set("ARCHIVE_NAME", form.archived ? "genaabn" : "arkiver");
    archive.Set("ARCHIVE_LABEL", form.archived ? "Tag indikatoren i brug igen" : "Arkivér indikatoren");
  }
  return services.pages.Render(context, FormTitle(id ? "Rediger indikator" : "Ny indikator", error),
                               "goals/indicator_form.tpl", content, FormStatus(error));
}

Response ShowNewIndicator(const PageServices& services, RequestContext& context) {
  const auto query = FormData::Parse(context.request.query);
  if (!query) return services.pages.Error(context, 400, "Adressen kan ikke læses.");
  const auto form =
      services.Get<app::IndicatorService>().NewForm(*context.user(), query->Get("spor"), query->Get("enhed"));
  if (!form) return services.pages.Error(context, StatusFor(form.error().kind), form.error().message);
  return RenderIndicatorForm(services, context, form.value(), std::nullopt);
}

Response SubmitNewIndicator(const PageServices& services, RequestContext& context) {
  const auto input = ReadIndicatorForm(context.Form());
  return FinishForm<app::IndicatorId>(
      services, context,
      services.Get<app::IndicatorService>().Create(*context.user(), input, context.request.remote_address),
      [&](const app::Error& error, int) { return RenderIndicatorForm(services, context, input, std::nullopt, &error); },
      [&](const app::IndicatorId& id) {
        return RedirectWithFlash(GoalIndicatorHref(id), "goals-indicator-saved", services.secure_cookies);
      });
}

Response ShowEditIndicator(const PageServices& services, RequestContext& context) {
  const auto id = IndicatorIdOf(context);
  if (!id) return services.pages.Error(context, 404, "Indikatoren findes ikke.");
  const auto form = services.Get<app::IndicatorService>().EditForm(*context.user(), *id);
  if (!form) return services.pages.Error(context, StatusFor(form.error().kind), form.error().message);
  return RenderIndicatorForm(services, context, form.value(), *id);
}

Response SubmitEditIndicator(const PageServices& services, RequestContext& context) {
  const auto id = IndicatorIdOf(context);
  if (!id) return services.pages.Error(context, 404, "Indikatoren findes ikke.");
  const auto input = ReadIndicatorForm(context.Form());
  auto& indicators = services.Get<app::IndicatorService>();
  if (context.Form().Has("arkiver") || context.Form().Has("genaabn")) {
    return FinishForm<app::Unit>(
        services, context,
        indicators.SetArchived(*context.user(), *id, input.revision, context.Form().Has("arkiver"),
                               context.request.remote_address),
        [&](const app::Error& error, int) { return RenderIndicatorForm(services, context, input, *id, &error); },
        [&](const app::Unit&) {
          return RedirectWithFlash(GoalIndicatorHref(*id), "goals-indicator-archived", services.secure_cookies);
        });
  }
  return FinishForm<app::Unit>(
      services, context, indicators.Update(*context.user(), *id, input, context.request.remote_address),
      [&](const app::Error& error, int) { return RenderIndicatorForm(services, context, input, *id, &error); },
      [&](const app::Unit&) {
        return RedirectWithFlash(GoalIndicatorHref(*id), "goals-indicator-saved", services.secure_cookies);
      });
}

// ---- a unit's indicators

Response RenderUnit(const PageServices& services, RequestContext& context) {
  const auto view = services.Get<app::IndicatorService>().ForUnit(*context.user(), context.params.Get("unit"));
  if (!view) return services.pages.Error(context, StatusFor(view.error().kind), view.error().message);
  View content;
  content.Set("UNIT", view->unit->name);
  content.Set("UNIT_ID", view->unit->external_id);
  content.Set("ORGANISATION_HREF", fmt::format("/organisation/enheder/{}", view->unit->id));
  if (view->rows.empty()) content.Show("NONE");
  content.Set("TO_REPORT", domain::CountOf(static_cast<long long>(view->to_report), "indikator", "indikatorer"));
  if (view->to_report > 0) content.Show("HAS_TO_REPORT");
  for (const auto& row : view->rows) {
    const auto& f = row.summary.indicator.fields;
    auto& line = content.AddSection("ROW");
    line.Set("HREF", GoalIndicatorHref(row.summary.indicator.id));
    line.Set("NAME", f.name);
    line.Set("ROLE", row.owned ? std::string("Enheden ejer og indberetter") : std::string("Enheden måles"));
    const auto& shown = row.unit_latest ? row.unit_latest : row.summary.latest;
    if (shown) {
      auto& latest = line.AddSection("LATEST");
      latest.Set("VALUE", GoalValue(shown->value, f));
      latest.Set("PERIOD", domain::PeriodLabel(shown->period));
      latest.Set("WHOSE", row.unit_latest
                              ? view->unit->name
                              : (f.local_unit ? row.summary.local_unit_name : std::string("Regionen samlet")));
      if (shown->colour) {
        auto& colour = latest.AddSection("COLOUR");
        colour.Set("STATUS", std::string(domain::kStatusColourTable.Label(*shown->colour)));
        colour.Set("STATUS_CODE", std::string(domain::kStatusColourTable.Code(*shown->colour)));
      }
    } else {
      line.Show("NO_VALUES");
    }
    line.Set("TARGET", GoalTarget(f));
    if (row.owned) {
      auto& reporting = line.AddSection("OWNED");
      AddReportingStatus(reporting, row.summary.reporting);
      if (view->can_report) {
        reporting.AddSection("REPORT").Set(
            "HREF", fmt::format("{}/indberet?periode={}", GoalIndicatorHref(row.summary.indicator.id),
                                domain::PeriodCode(row.summary.reporting.due)));
      }
    }
  }
  if (view->can_add_local)
    content.AddSection("ADD_LOCAL").Set("HREF", "/maalbilleder/indikatorer/ny?enhed=" + view->unit->external_id);
  return services.pages.Render(context, "Målbilleder for " + view->unit->name, "goals/unit.tpl", content);
}

}  // namespace

void RegisterIndicatorPages(PageModule& module) {
  module.shell.AddFlash({"goals-reported", "success", "Målingerne er gemt."});
  module.shell.AddFlash({"goals-comment-added", "success", "Kommentaren er gemt og står nu i indikatorens historik."});
  module.shell.AddFlash({"goals-indicator-saved", "success", "Indikatoren er gemt."});
  module.shell.AddFlash({"goals-indicator-archived", "success", "Indikatoren er gemt med sin nye status."});
  module.Get("/maalbilleder/indikatorer/ny", app::kSignedIn, &ShowNewIndicator);
  module.Post("/maalbilleder/indikatorer/ny", app::kSignedIn, &SubmitNewIndicator);
  module.Get("/maalbilleder/indikatorer/{id:int}", app::kSignedIn, &ShowIndicator);
  module.Get("/maalbilleder/indikatorer/{id:int}/serie.csv", app::kSignedIn, &ExportSeriesCsv);
  module.Get("/maalbilleder/indikatorer/{id:int}/serie.xlsx", app::kSignedIn, &ExportSeriesXlsx);
  module.Get("/maalbilleder/indikatorer/{id:int}/rediger", app::kSignedIn, &ShowEditIndicator);
  module.Post("/maalbilleder/indikatorer/{id:int}/rediger", app::kSignedIn, &SubmitEditIndicator);
  module.Get("/maalbilleder/indikatorer/{id:int}/indberet", app::kSignedIn, &ShowReport);
  module.Post("/maalbilleder/indikatorer/{id:int}/indberet", app::kSignedIn, &SubmitReport);
  module.Post("/maalbilleder/indikatorer/{id:int}/kommentar", app::kSignedIn, &SubmitComment);
  module.Get("/maalbilleder/enheder/{unit}", app::kSignedIn, &RenderUnit);
}

}  // namespace lp::web
