#pragma once

// Forms, written once: the outcome ladder every form POST shares, and the fields, error summary and
// conflict notice as template partials (templates/partials/), so that a field's name, label, hint and
// error are stated in one place and a hint is built from the rule it describes.

#include <functional>
#include <span>
#include <string>
#include <string_view>
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

enum class FieldKind { Text, TextArea, Date, Select };

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
};

// The kinds of field, each with what it needs (GCC 12 warns on designated initializers that leave
// members out, so fields are made by these).
Field TextField(std::string name, std::string label, std::string hint, std::string value);
Field TextAreaField(std::string name, std::string label, std::string hint, std::string value, int rows = 6);
Field SelectField(std::string name, std::string label, std::string hint, std::string value,
                  std::vector<FieldOption> options);
// A date field bounded by `rule`: the browser's date picker offers only the days the rule accepts.
Field DateField(std::string name, std::string label, std::string hint, std::string value, const app::DayRule& rule);

// Fills the {{>slot}} include of `view` with `field`, showing its message from `errors` if any.
void AddField(View& view, std::string_view slot, const Field& field, std::span<const app::FieldError> errors);

// "Højst 200 tegn." — the hint sentence of a length limit, from the limit itself.
std::string MaxCharactersHint(std::size_t max_characters);

// --- Error summary and conflict notice ---

// Fills the {{>ERROR_SUMMARY}} include (partials/error_summary.tpl) when `errors` is not empty: the
// DKFDS error summary, each message linking to its field.
void AddErrorSummary(View& view, std::span<const app::FieldError> errors);

// Fills the {{>CONFLICT}} include (partials/conflict.tpl): the form was not saved because someone
// changed the thing meanwhile; `current_href` shows it as it is now.
void AddConflictNotice(View& view, const std::string& message, const std::string& current_href);

}  // namespace lp::web
