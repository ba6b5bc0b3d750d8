#include "web/platform/forms.hpp"

#include <algorithm>
#include <utility>

#include "domain/platform/danish_format.hpp"

namespace lp::web {

int FormStatus(const app::Error* error) {
  if (error == nullptr) return 200;
  return error->kind == app::ErrorKind::Invalid ? 422 : StatusFor(error->kind);
}

std::string FormTitle(std::string_view title, const app::Error* error) {
  return std::string(title) + (error != nullptr ? " (fejl)" : "");
}

std::string MaxCharactersHint(std::size_t max_characters) {
  return "Højst " + domain::FormatInteger(static_cast<long long>(max_characters)) + " tegn.";
}

std::string DayRangeHint(const app::DayRule& rule) {
  // The portal's one date style (23.11.2026), as in the error messages and everywhere dates are shown.
  return "Mellem " + domain::FormatDate(rule.first) + " og " + domain::FormatDate(rule.last) + ".";
}

namespace {

Field MakeField(FieldKind kind, std::string name, std::string label, std::string hint, std::string value) {
  Field field;
  field.kind = kind;
  field.name = std::move(name);
  field.label = std::move(label);
  field.hint = std::move(hint);
  field.value = std::move(value);
  return field;
}

}  // namespace

Field TextField(std::string name, std::string label, std::string hint, std::string value) {
  return MakeField(FieldKind::Text, std::move(name), std::move(label), std::move(hint), std::move(value));
}

Field TextAreaField(std::string name, std::string label, std::string hint, std::string value, int rows) {
  auto field = MakeField(FieldKind::TextArea, std::move(name), std::move(label), std::move(hint), std::move(value));
  field.rows = rows;
  return field;
}

Field SelectField(std::string name, std::string label, std::string hint, std::string value,
                  std::vector<FieldOption> options) {
  auto field = MakeField(FieldKind::Select, std::move(name), std::move(label), std::move(hint), std::move(value));
  field.options = std::move(options);
  return field;
}

Field PasswordField(std::string name, std::string label, std::string hint, std::string autocomplete) {
  auto field = MakeField(FieldKind::Password, std::move(name), std::move(label), std::move(hint), "");
  field.autocomplete = std::move(autocomplete);
  field.spellcheck = false;
  return field;
}

Field DateField(std::string name, std::string label, std::string hint, std::string value, const app::DayRule& rule) {
  // A value that is no date at all (31.02.2026, "i morgen") would be emptied by the browser's date
  // control; it is shown in a text field instead, as typed, so nothing typed is lost.
  const bool date = value.empty() || domain::ParseDate(value).has_value();
  auto field = MakeField(date ? FieldKind::Date : FieldKind::Text, std::move(name), std::move(label), std::move(hint),
                         std::move(value));
  field.min_date = domain::FormatIsoDate(rule.first);
  field.max_date = domain::FormatIsoDate(rule.last);
  return field;
}

std::string_view ErrorFor(std::span<const app::FieldError> errors, std::string_view field) {
  const auto error = std::find_if(errors.begin(), errors.end(),
                                  [&](const app::FieldError& candidate) { return candidate.field == field; });
  return error != errors.end() ? std::string_view(error->message) : std::string_view();
}

void AddField(View& view, std::string_view slot, const Field& field, std::span<const app::FieldError> errors) {
  auto& include = view.AddInclude(slot, "partials/field.tpl");
  const auto& id = field.id.empty() ? field.name : field.id;
  include.Set("ID", id);
  include.Set("NAME", field.name);
  include.Set("LABEL", field.label);
  include.Set("CLASS", field.control_class.empty() ? std::string() : " " + field.control_class);
  if (field.required) include.Show("REQUIRED");
  if (!field.spellcheck) include.Show("NO_SPELLCHECK");
  std::string described_by = field.described_by;
  if (!field.hint.empty()) {
    include.AddSection("HINT").Set("TEXT", field.hint);
    described_by += (described_by.empty() ? "" : " ") + id + "-hint";
  }
  const auto error = std::find_if(errors.begin(), errors.end(),
                                  [&](const app::FieldError& candidate) { return candidate.field == field.name; });
  if (error != errors.end()) {
    include.AddSection("ERROR").Set("MESSAGE", error->message);
    include.Show("INVALID");
    described_by += (described_by.empty() ? "" : " ") + id + "-error";
  }
  if (!described_by.empty()) include.AddSection("DESCRIBED").Set("IDS", described_by);
  switch (field.kind) {
    case FieldKind::Text: include.AddSection("TEXT_INPUT").Set("VALUE", field.value); break;
    case FieldKind::TextArea: {
      auto& area = include.AddSection("TEXT_AREA");
      area.Set("VALUE", field.value);
      area.Set("ROWS", std::to_string(field.rows));
      break;
    }
    case FieldKind::Date: {
      auto& date = include.AddSection("DATE_INPUT");
      date.Set("VALUE", field.value);
      if (!field.min_date.empty()) date.AddSection("MIN").Set("DATE", field.min_date);
      if (!field.max_date.empty()) date.AddSection("MAX").Set("DATE", field.max_date);
      break;
    }
    case FieldKind::Password: include.AddSection("PASSWORD_INPUT").Set("AUTOCOMPLETE", field.autocomplete); break;
    case FieldKind::Select: {
      auto& select = include.AddSection("SELECT");
      for (const auto& option : field.options) {
        auto& row = select.AddSection("OPTION");
        row.Set("VALUE", option.value);
        row.Set("LABEL", option.label);
        if (option.value == field.value) row.Show("SELECTED");
      }
      break;
    }
  }
}

void AddErrorSummary(View& view, std::span<const app::FieldError> errors, std::string_view heading) {
  if (errors.empty()) return;
  auto& summary = view.AddInclude("ERROR_SUMMARY", "partials/error_summary.tpl");
  summary.Set("HEADING", std::string(heading));
  auto& items = summary.AddSection("ITEMS");
  for (const auto& error : errors) {
    auto& item = items.AddSection("ERROR_ITEM");
    item.Set("FIELD_ID", error.field);
    item.Set("MESSAGE", error.message);
  }
}

void AddFormError(View& view, const app::Error& error, std::string_view refusal_heading,
                  std::string_view summary_heading) {
  if (!error.field_errors.empty()) {
    AddErrorSummary(view, error.field_errors, summary_heading);
    return;
  }
  auto& summary = view.AddInclude("ERROR_SUMMARY", "partials/error_summary.tpl");
  summary.Set("HEADING", std::string(refusal_heading));
  summary.AddSection("FORM_MESSAGE").Set("MESSAGE", error.message);
}

std::span<const app::FieldError> FieldErrorsOf(const app::Error* error) {
  if (error == nullptr) return {};
  return error->field_errors;
}

void AddConflictNotice(View& view, const std::string& message, const std::string& current_href,
                       std::string_view current_label, std::string_view heading) {
  auto& conflict = view.AddInclude("CONFLICT", "partials/conflict.tpl");
  conflict.Set("HEADING", std::string(heading));
  conflict.Set("MESSAGE", message);
  conflict.Set("CURRENT_HREF", current_href);
  conflict.Set("CURRENT_LABEL", std::string(current_label));
}

}  // namespace lp::web
