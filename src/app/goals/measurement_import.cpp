#include "app/goals/measurement_import.hpp"

#include <charconv>
#include <map>
#include <set>
#include <utility>

#include "app/platform/repositories.hpp"
#include "domain/platform/ascii.hpp"
#include "domain/platform/danish_format.hpp"
#include "domain/platform/text_encoding.hpp"

namespace lp::app {
namespace {

std::string ShownValue(double value, const IndicatorFields& fields) {
  return domain::FormatDecimal(value, fields.decimals) + " " + fields.measure_unit;
}

}  // namespace

MeasurementImport::MeasurementImport(Store& store, IndicatorService& indicators, OrganisationService& organisation)
    : store_(store), indicators_(indicators), organisation_(organisation) {}

MeasurementImport::Checked MeasurementImport::Read(const domain::User& user, std::string_view file_name,
                                                   std::string_view bytes) {
  Checked result;
  auto& preview = result.preview;
  preview.file_name = std::string(file_name);
  domain::CsvLimits limits;
  limits.max_columns = 16;
  limits.max_records = kMaxMeasurementRows;
  auto parsed = domain::ParseCsv(file_name, bytes, kMeasurementCsvColumns, limits);
  preview.errors = std::move(parsed.errors);
  if (!parsed.table) return result;
  if (const auto decoded = domain::DecodeToUtf8(bytes); decoded.text) preview.content = decoded.text->utf8;
  const auto& table = *parsed.table;
  for (const auto& column : table.unknown_columns()) {
    if (!domain::EqualsIgnoringAsciiCase(column, "aarsag") && !domain::EqualsIgnoringAsciiCase(column, "handling")) {
      preview.notes.push_back("Kolonnen \"" + column + "\" kendes ikke og er sprunget over.");
    }
  }
  const auto indicator_column = *table.Column("indikator");
  const auto period_column = *table.Column("periode");
  const auto unit_column = *table.Column("enhed");
  const auto value_column = *table.Column("vaerdi");
  const auto cause_column = table.Column("aarsag");
  const auto action_column = table.Column("handling");
  if (cause_column.has_value() != action_column.has_value()) {
    preview.errors.push_back({preview.file_name, 0, cause_column ? "handling" : "aarsag",
                              "Kolonnerne aarsag og handling hører sammen: tilføj den, der mangler."});
  }
  // The indicators named, and whether the user may report each.
  std::map<std::string, std::optional<IndicatorRecord>> named;
  std::vector<IndicatorId> ids;
  std::vector<MeasurementInput> inputs;
  std::vector<const domain::CsvRecord*> records;
  for (const auto& record : table.records()) {
    const auto& text = record.fields[indicator_column];
    long long id = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), id);
    if (text.empty() || error != std::errc{} || end != text.data() + text.size() || id <= 0) {
      preview.errors.push_back(
          table.ErrorAt(record, indicator_column, "Skriv indikatorens nummer, fx 17 (som i adressen på dens side)."));
      continue;
    }
    auto found = named.find(text);
    if (found == named.end()) {
      auto indicator = store_.Read([&](Transaction& tx) { return tx.Get<IndicatorRepository>().FindIndicator(id); });
      found = named.emplace(text, std::move(indicator)).first;
    }
    if (!found->second) {
      preview.errors.push_back(table.ErrorAt(record, indicator_column, "Der er ingen indikator nummer " + text + "."));
      continue;
    }
    if (!indicators_.CanReport(user, *found->second)) {
      preview.errors.push_back(table.ErrorAt(record, indicator_column,
                                             "Du kan ikke indberette for indikator " + text + " (" +
                                                 found->second->fields.name +
                                                 "). Det kan dens ejer og ejerenhedens ledere."));
      continue;
    }
    ids.push_back(id);
    inputs.push_back({record.fields[period_column], record.fields[unit_column], record.fields[value_column],
                      cause_column ? record.fields[*cause_column] : std::string{},
                      action_column ? record.fields[*action_column] : std::string{}, std::nullopt});
    records.push_back(&record);
  }
  if (inputs.empty()) {
    if (preview.errors.empty()) preview.errors.push_back({preview.file_name, 0, "", "Filen har ingen målinger."});
    return result;
  }
  auto checked = indicators_.Check(ids, inputs, false);
  if (const auto* problems = std::get_if<std::vector<MeasurementProblem>>(&checked)) {
    const auto column_of = [&](const std::string& field) -> std::size_t {
      if (field == "periode") return period_column;
      if (field == "enhed") return unit_column;
      if (field == "aarsag" && cause_column) return *cause_column;
      if (field == "handling" && action_column) return *action_column;
      if (field == "indikator") return indicator_column;
      return value_column;
    };
    for (const auto& problem : *problems) {
      if (preview.errors.size() >= domain::kMaxCsvErrors) {
        preview.errors.push_back({preview.file_name, 0, "", "Der er flere fejl; ret de viste, og prøv igen."});
        break;
      }
      preview.errors.push_back(table.ErrorAt(*records[problem.index], column_of(problem.field), problem.message));
    }
    return result;
  }
  result.checks = std::get<std::vector<MeasurementCheck>>(std::move(checked));
  // The preview: what each value does to what is stored.
  const auto snapshot = organisation_.Current();
  std::map<IndicatorId, std::map<std::pair<std::string, domain::UnitId>, double>> stored;
  std::map<IndicatorId, std::set<std::pair<std::string, domain::UnitId>>> commented;
  store_.Read([&](Transaction& tx) {
    auto& repository = tx.Get<IndicatorRepository>();
    for (const auto& check : result.checks) {
      if (stored.contains(check.indicator)) continue;
      auto& values = stored[check.indicator];
      for (const auto& m : repository.Measurements(check.indicator)) {
        values[{domain::PeriodCode(m.period), m.unit.value_or(0)}] = m.value;
      }
      auto& notes = commented[check.indicator];
      for (const auto& c : repository.Comments(check.indicator))
        notes.insert({domain::PeriodCode(c.period), c.unit.value_or(0)});
    }
  });
  for (std::size_t i = 0; i < result.checks.size(); ++i) {
    const auto& check = result.checks[i];
    const auto& fields = named[records[i]->fields[indicator_column]]->fields;
    MeasurementImportRow row;
    row.line = records[i]->line;
    row.indicator = fields.name;
    row.period = domain::PeriodLabel(check.measurement.period);
    const auto* unit = check.measurement.unit ? snapshot->organisation.FindUnit(*check.measurement.unit) : nullptr;
    row.unit = unit != nullptr ? unit->name : std::string("Samlet");
    row.value = ShownValue(check.measurement.value, fields);
    const auto key = std::pair{domain::PeriodCode(check.measurement.period), check.measurement.unit.value_or(0)};
    const auto& values = stored[check.indicator];
    if (const auto found = values.find(key); found == values.end()) {
      row.change = ImportChange::New;
      ++preview.new_values;
    } else if (found->second == check.measurement.value) {
      row.change = ImportChange::Same;
      ++preview.same;
    } else {
      row.change = ImportChange::Changed;
      row.stored = ShownValue(found->second, fields);
      ++preview.changed;
    }
    const bool coloured = !check.measurement.unit || fields.rollup == Rollup::Mean;
    if (coloured) row.colour = check.colour;
    row.commented = !check.cause.empty();
    row.uncommented_red = coloured && check.colour == domain::StatusColour::Red && check.cause.empty() &&
                          !commented[check.indicator].contains(key);
    if (row.uncommented_red) ++preview.uncommented;
    preview.rows.push_back(std::move(row));
  }
  return result;
}

MeasurementImportPreview MeasurementImport::Preview(const domain::User& user, std::string_view file_name,
                                                    std::string_view bytes) {
  return Read(user, file_name, bytes).preview;
}

std::variant<MeasurementOutcome, MeasurementImportPreview> MeasurementImport::Apply(const domain::User& user,
                                                                                    std::string_view file_name,
                                                                                    std::string_view bytes,
                                                                                    const std::string& remote_address) {
  auto checked = Read(user, file_name, bytes);
  if (!checked.preview.ok()) return std::move(checked.preview);
  return indicators_.Save(checked.checks, MeasurementSource::Import, {user.id, user.name},
                          "goals.measurements_imported", remote_address);
}

}  // namespace lp::app
