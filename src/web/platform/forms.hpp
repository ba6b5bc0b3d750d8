#pragma once

// Forms, written once: the outcome ladder every form POST shares, and the fields, error summary and
// conflict notice as template partials (templates/partials/), so that a field's name, label, hint and
// error are stated in one place and a hint is built from the rule it describes.

#include <functional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "app/platform/form_checks.hpp"
#include "app/platform/result.hpp"
#include "web/platform/context.hpp"
#include "web/platform/errors.hpp"
#include "web/platform/pages.hpp"
#include "web/platform/view.hpp"

namespace lp::web {

// --- The outcome ladder ---

// What a form POST does with its use case's result: success goes to `done` (usually a
// RedirectWithFlash: post/redirect/get); invalid input shows the form again with the field errors
// (`show_again(error, 422)`); a conflict shows it again with the conflict notice and what was typed
// (`show_again(error, 409)`); any other outcome is the Danish error page with its status.
template <typename T>
Response FinishForm(const PageServices& services, RequestContext& context, const app::Result<T>& result,
                    const std::function<Response(const app::Error& error, int status)>& show_again,
                    const std::function<Response(const T& value)>& done) {
  if (result) return done(result.value());
  const auto& error = result.error();
  if (error.kind == app::ErrorKind::Invalid) return show_again(error, 422);
  if (error.kind == app::ErrorKind::Conflict) return show_again(error, 409);
  return services.pages.Error(context, StatusFor(error.kind), error.message);
}

// The page status of a form shown again after `error` (none: 200), and its title with " (fejl)" then,
// so a screen reader hears at once that the page came back with problems.
int FormStatus(const app::Error* error);
std::string FormTitle(std::string_view title, const app::Error* error);

// --- Fields ---

enum class FieldKind { Text, TextArea, Date, Select, Password };

struct FieldOption {
  std::string value;
  std::string label;
};

// One form field as partials/field.tpl shows it: DKFDS form group with label, hint, error message
// and the control, `aria-describedby` and `aria-invalid` set to match.
struct Field {
  FieldKind kind = FieldKind::Text;
  std::string name;                  // the form field's name, also its id and the error summary's anchor
  std::string label;                 // Danish; "(valgfri)" for an optional field belongs here
  std::string hint;                  // Danish; build limits into it from the rule's constants (MaxCharactersHint)
  std::string value;                 // as typed, or as stored; a text area's value keeps its line breaks
  int rows = 6;                      // TextArea
  std::string min_date, max_date;    // Date: yyyy-mm-dd
  std::vector<FieldOption> options;  // Select, in order; the one equal to `value` is selected
  std::string id;                    // the control's id when it differs from `name` (empty: `name`)
  std::string control_class;         // classes added to the control's own ("input-width-s")
  std::string described_by;          // ids of other elements that describe it too (a fieldset's hint)
  std::string autocomplete;          // Password: "current-password" or "new-password" (password managers)
  bool required = false;
  bool spellcheck = true;

  // Adjustments, chained onto a field made by the functions below: TextField(…).Class("input-width-xl").
  Field& Id(std::string control_id) {
    id = std::move(control_id);
    return *this;
  }
  Field& Class(std::string classes) {
    control_class = std::move(classes);
    return *this;
  }
  Field& AlsoDescribedBy(std::string ids) {
    described_by = std::move(ids);
    return *this;
  }
  Field& Required() {
    required = true;
    return *this;
  }
  Field& NoSpellcheck() {
    spellcheck = false;
    return *this;
  }
};

// The kinds of field, each with what it needs (GCC 12 warns on designated initializers that leave
// members out, so fields are made by these).
Field TextField(std::string name, std::string label, std::string hint, std::string value);
Field TextAreaField(std::string name, std::string label, std::string hint, std::string value, int rows = 6);
Field SelectField(std::string name, std::string label, std::string hint, std::string value,
                  std::vector<FieldOption> options);
// A password: never shown again with what was typed (a form shown again asks for it anew);
// `autocomplete` is "current-password" or "new-password".
Field PasswordField(std::string name, std::string label, std::string hint, std::string autocomplete);
// A date field bounded by `rule`: the browser's date picker offers only the days the rule accepts.
Field DateField(std::string name, std::string label, std::string hint, std::string value, const app::DayRule& rule);

// The message of `field` in `errors`, or "" (for the hand-written widgets: radio groups, checkboxes).
std::string_view ErrorFor(std::span<const app::FieldError> errors, std::string_view field);

// Fills the {{>slot}} include of `view` with `field`, showing its message from `errors` if any.
void AddField(View& view, std::string_view slot, const Field& field, std::span<const app::FieldError> errors);

// "Højst 200 tegn." — the hint sentence of a length limit, from the limit itself.
std::string MaxCharactersHint(std::size_t max_characters);

// "Mellem 01.01.2020 og 31.12.2035." — the hint sentence of a date rule, from the rule itself.
std::string DayRangeHint(const app::DayRule& rule);

// --- Error summary and conflict notice ---

// Fills the {{>ERROR_SUMMARY}} include (partials/error_summary.tpl) when `errors` is not empty: the
// DKFDS error summary under `heading`, each message linking to its field.
inline constexpr std::string_view kErrorSummaryHeading = "Der er problemer med det, du har udfyldt";
void AddErrorSummary(View& view, std::span<const app::FieldError> errors,
                     std::string_view heading = kErrorSummaryHeading);

// Fills {{>ERROR_SUMMARY}} with `error` as the form shows it again: its field errors as the error
// summary under `summary_heading`, or, when it names no field (a refusal of the whole form, "there is
// no round yet"), its message under `refusal_heading` ("Aktiviteten blev ikke oprettet").
void AddFormError(View& view, const app::Error& error, std::string_view refusal_heading,
                  std::string_view summary_heading = kErrorSummaryHeading);

// The field errors of the error a form is shown again with (none when it is shown afresh).
std::span<const app::FieldError> FieldErrorsOf(const app::Error* error);

// Fills the {{>CONFLICT}} include (partials/conflict.tpl): the form was not saved because someone
// changed the thing meanwhile; `current_href` (the link reading `current_label`) shows it as it is now.
inline constexpr std::string_view kConflictHeading = "Ikke gemt: en anden har ændret det";
inline constexpr std::string_view kCurrentVersionLabel = "Se den nuværende version";
void AddConflictNotice(View& view, const std::string& message, const std::string& current_href,
                       std::string_view current_label = kCurrentVersionLabel,
                       std::string_view heading = kConflictHeading);

}  // namespace lp::web
