#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "app/platform/result.hpp"

namespace lp::app {

// The expected outcomes of the use cases, made one way, with the standard Danish texts they share.
// A use case's own text says what happened to what ("Aktiveringsrunden findes ikke."); these are for
// the parts every module says alike.

// The summary above a form whose fields have errors, when the use case has nothing more to say.
inline constexpr std::string_view kInvalidSummary = "Ret de markerede felter, og prøv igen.";

inline Error NotFound(std::string message) { return Error{ErrorKind::NotFound, std::move(message), {}}; }
inline Error Forbidden(std::string message) { return Error{ErrorKind::Forbidden, std::move(message), {}}; }
inline Error Conflict(std::string message) { return Error{ErrorKind::Conflict, std::move(message), {}}; }

// Field errors, with the summary shown above them.
inline Error Invalid(std::vector<FieldError> fields, std::string summary = std::string(kInvalidSummary)) {
  return Error{ErrorKind::Invalid, std::move(summary), std::move(fields)};
}

// One field's error, which is also the summary.
inline Error InvalidField(std::string field, std::string message) {
  std::string summary = message;
  return Error{ErrorKind::Invalid, std::move(summary), {{std::move(field), std::move(message)}}};
}

inline Error UnknownUnit() { return NotFound("Enheden findes ikke."); }

}  // namespace lp::app
