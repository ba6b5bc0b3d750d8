#pragma once

// multipart/form-data (RFC 7578, framing from RFC 2046 §5.1): the body of a form with file fields.
// Parsing is strict, because a body that is not exactly what a browser sends is more likely an
// attack or a truncated upload than something worth guessing at: a missing or invalid boundary, a
// part that is not closed, a field sent twice, a part without a name or too many parts refuse the
// whole body. Part data are views into the body (no copies of uploaded files), so the body must
// outlive the form.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace lp::web {

struct MultipartPart {
  std::string name;                     // the form field's name
  std::optional<std::string> filename;  // set for file fields, without any folder; empty when no file was chosen
  std::string content_type;             // as sent; empty when absent (text/plain by RFC 7578)
  std::string_view data;                // points into the parsed body; binary-safe
};

enum class MultipartError {
  NotMultipart,          // the Content-Type is not multipart/form-data
  MissingBoundary,       // no boundary parameter, or one that RFC 2046 does not allow
  MissingFirstBoundary,  // the body does not start with the boundary
  MalformedDelimiter,    // a boundary is followed by something other than CRLF or "--"
  MalformedPartHeaders,  // a part's headers are broken, too long, or lack Content-Disposition form-data
  MissingName,           // a part has no name
  DuplicateField,        // two parts with the same name
  TooManyParts,
  Unterminated,  // the body ends before the closing boundary
};

// Danish, for the 400 page.
std::string_view MultipartErrorMessage(MultipartError error);

struct MultipartLimits {
  std::size_t max_parts = 16;                                 // a form of ours has a handful of fields
  std::size_t max_part_header_bytes = std::size_t{8} * 1024;  // per part; a browser sends two short lines
};

// True when the Content-Type says multipart/form-data (whatever its parameters).
bool IsMultipartFormData(std::string_view content_type);
// The boundary parameter of a multipart Content-Type (quoted or not); nullopt when it is missing or
// not 1–70 characters of RFC 2046's bchars, not ending in a space.
std::optional<std::string> MultipartBoundary(std::string_view content_type);

class MultipartForm {
 public:
  static std::variant<MultipartForm, MultipartError> Parse(std::string_view content_type, std::string_view body,
                                                           const MultipartLimits& limits = {});

  const std::vector<MultipartPart>& parts() const { return parts_; }
  const MultipartPart* Find(std::string_view name) const;  // nullptr when absent
  // A plain field's value; empty when absent.
  std::string Field(std::string_view name) const;
  bool Has(std::string_view name) const { return Find(name) != nullptr; }

 private:
  std::vector<MultipartPart> parts_;
};

}  // namespace lp::web
