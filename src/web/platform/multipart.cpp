#include "web/platform/multipart.hpp"

#include <algorithm>
#include <unordered_set>

#include "domain/platform/ascii.hpp"

namespace lp::web {
namespace {

constexpr std::string_view kCrlf = "\r\n";

std::string_view TrimSpaces(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
  return text;
}

// RFC 7230 tchar: the characters of header names and unquoted parameter values.
bool IsTokenChar(char c) {
  if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) return true;
  return std::string_view("!#$%&'*+-.^_`|~").find(c) != std::string_view::npos;
}

bool IsToken(std::string_view text) { return !text.empty() && std::all_of(text.begin(), text.end(), IsTokenChar); }

// RFC 2046 bchars: digits, letters and '()+_,-./:=? and space (not last).
bool IsBoundaryChar(char c) {
  if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) return true;
  return std::string_view("'()+_,-./:=? ").find(c) != std::string_view::npos;
}

struct Parameter {
  std::string name;  // lower case
  std::string value;
};

// `type; name=value; name="quoted \" value"`: the type, then the parameters. nullopt when malformed.
struct HeaderValue {
  std::string type;  // lower case
  std::vector<Parameter> parameters;

  const Parameter* Find(std::string_view name) const {
    const auto it = std::ranges::find_if(parameters, [&](const Parameter& p) { return p.name == name; });
    return it == parameters.end() ? nullptr : &*it;
  }
};

std::optional<HeaderValue> ParseHeaderValue(std::string_view text) {
  HeaderValue parsed;
  const auto semicolon = text.find(';');
  const auto type = TrimSpaces(text.substr(0, semicolon));
  for (const char c : type) parsed.type.push_back(domain::LowerAscii(c));
  if (semicolon == std::string_view::npos) return parsed;
  text.remove_prefix(semicolon + 1);
  while (true) {
    text = TrimSpaces(text);
    if (text.empty()) return parsed;  // a trailing ';' is harmless
    const auto equals = text.find('=');
    if (equals == std::string_view::npos) return std::nullopt;
    const auto name = TrimSpaces(text.substr(0, equals));
    if (!IsToken(name)) return std::nullopt;
    Parameter parameter;
    for (const char c : name) parameter.name.push_back(domain::LowerAscii(c));
    if (parsed.Find(parameter.name) != nullptr) return std::nullopt;  // name="a"; name="b" is ambiguous
    text = TrimSpaces(text.substr(equals + 1));
    if (!text.empty() && text.front() == '"') {
      std::size_t i = 1;
      bool closed = false;
      for (; i < text.size(); ++i) {
        if (text[i] == '\\' && i + 1 < text.size()) {
          parameter.value.push_back(text[++i]);
        } else if (text[i] == '"') {
          closed = true;
          break;
        } else {
          parameter.value.push_back(text[i]);
        }
      }
      if (!closed) return std::nullopt;
      text.remove_prefix(i + 1);
      text = TrimSpaces(text);
      if (!text.empty() && text.front() != ';') return std::nullopt;
    } else {
      const auto end = text.find(';');
      const auto value = TrimSpaces(text.substr(0, end));
      if (!IsToken(value)) return std::nullopt;
      parameter.value = std::string(value);
      text = end == std::string_view::npos ? std::string_view{} : text.substr(end);
    }
    parsed.parameters.push_back(std::move(parameter));
    if (text.empty()) return parsed;
    text.remove_prefix(1);  // the ';'
  }
}

// Old browsers sent the full local path ("C:\Users\…\units.csv"); only the name is of interest.
std::string BaseName(std::string_view filename) {
  const auto slash = filename.find_last_of("/\\");
  return std::string(slash == std::string_view::npos ? filename : filename.substr(slash + 1));
}

// The header block of one part, without the blank line that ends it.
std::optional<MultipartError> ParsePartHeaders(std::string_view block, MultipartPart& part) {
  bool have_disposition = false;
  while (!block.empty()) {
    const auto end = block.find(kCrlf);
    const auto line = block.substr(0, end);
    block = end == std::string_view::npos ? std::string_view{} : block.substr(end + kCrlf.size());
    const auto colon = line.find(':');
    if (colon == std::string_view::npos || !IsToken(line.substr(0, colon))) return MultipartError::MalformedPartHeaders;
    const auto name = line.substr(0, colon);
    const auto value = TrimSpaces(line.substr(colon + 1));
    if (std::ranges::any_of(value, [](char c) { return static_cast<unsigned char>(c) < 0x20 && c != '\t'; })) {
      return MultipartError::MalformedPartHeaders;
    }
    if (domain::EqualsIgnoringAsciiCase(name, "Content-Disposition")) {
      if (have_disposition) return MultipartError::MalformedPartHeaders;
      have_disposition = true;
      const auto disposition = ParseHeaderValue(value);
      if (!disposition || disposition->type != "form-data") return MultipartError::MalformedPartHeaders;
      if (const auto* field = disposition->Find("name")) part.name = field->value;
      if (const auto* filename = disposition->Find("filename")) part.filename = BaseName(filename->value);
    } else if (domain::EqualsIgnoringAsciiCase(name, "Content-Type")) {
      part.content_type = std::string(value);
    }
  }
  if (!have_disposition) return MultipartError::MalformedPartHeaders;
  if (part.name.empty()) return MultipartError::MissingName;
  return std::nullopt;
}

}  // namespace

std::string_view MultipartErrorMessage(MultipartError error) {
  switch (error) {
    case MultipartError::NotMultipart:
      return "Formularen blev ikke sendt som en filoverførsel (multipart/form-data), så intet blev modtaget.";
    case MultipartError::MissingBoundary:
      return "Filoverførslen mangler sin afgrænsning (boundary), så filerne kunne ikke læses. Prøv at sende "
             "formularen igen.";
    case MultipartError::MissingFirstBoundary:
    case MultipartError::MalformedDelimiter:
    case MultipartError::MalformedPartHeaders:
      return "Filoverførslen var ikke opbygget korrekt, så filerne kunne ikke læses. Prøv at sende formularen igen.";
    case MultipartError::MissingName:
      return "En del af filoverførslen mangler navnet på sit felt, så filerne kunne ikke læses.";
    case MultipartError::DuplicateField:
      return "Et felt blev sendt mere end én gang i filoverførslen. Vælg hver fil én gang, og send igen.";
    case MultipartError::TooManyParts:
      return "Filoverførslen indeholdt flere felter, end formularen har. Send formularen fra portalen igen.";
    case MultipartError::Unterminated:
      return "Filoverførslen stoppede, før den var færdig, så intet blev modtaget. Prøv at sende formularen igen.";
  }
  return "Filoverførslen kunne ikke læses.";
}

bool IsMultipartFormData(std::string_view content_type) {
  const auto type = TrimSpaces(content_type.substr(0, content_type.find(';')));
  return domain::EqualsIgnoringAsciiCase(type, "multipart/form-data");
}

std::optional<std::string> MultipartBoundary(std::string_view content_type) {
  const auto parsed = ParseHeaderValue(content_type);
  if (!parsed || parsed->type != "multipart/form-data") return std::nullopt;
  const auto* boundary = parsed->Find("boundary");
  if (boundary == nullptr) return std::nullopt;
  const auto& value = boundary->value;
  if (value.empty() || value.size() > 70 || value.back() == ' ') return std::nullopt;
  if (!std::all_of(value.begin(), value.end(), IsBoundaryChar)) return std::nullopt;
  return value;
}

std::variant<MultipartForm, MultipartError> MultipartForm::Parse(std::string_view content_type, std::string_view body,
                                                                 const MultipartLimits& limits) {
  if (!IsMultipartFormData(content_type)) return MultipartError::NotMultipart;
  const auto boundary = MultipartBoundary(content_type);
  if (!boundary) return MultipartError::MissingBoundary;
  // Every delimiter after the first is preceded by CRLF, which belongs to the delimiter, not the data.
  const std::string delimiter = "\r\n--" + *boundary;
  const std::string_view first_delimiter = std::string_view(delimiter).substr(kCrlf.size());

  std::size_t position = 0;
  if (body.starts_with(first_delimiter)) {
    position = first_delimiter.size();
  } else {
    // A preamble (RFC 2046 allows one; browsers send none) ends with the delimiter's CRLF.
    const auto found = body.find(delimiter);
    if (found == std::string_view::npos) return MultipartError::MissingFirstBoundary;
    position = found + delimiter.size();
  }

  MultipartForm form;
  std::unordered_set<std::string> names;
  while (true) {
    // Just after a delimiter: "--" closes the body (an epilogue may follow and is ignored),
    // otherwise optional whitespace and CRLF start the next part.
    if (body.substr(position).starts_with("--")) return form;
    while (position < body.size() && (body[position] == ' ' || body[position] == '\t')) ++position;
    if (position >= body.size()) return MultipartError::Unterminated;
    if (!body.substr(position).starts_with(kCrlf)) return MultipartError::MalformedDelimiter;
    position += kCrlf.size();
    if (form.parts_.size() >= limits.max_parts) return MultipartError::TooManyParts;

    // The header block ends with an empty line; a part without headers starts with it (found by
    // searching from the delimiter's own CRLF).
    const auto headers_end = body.find("\r\n\r\n", position - kCrlf.size());
    if (headers_end == std::string_view::npos) {
      return body.size() - position > limits.max_part_header_bytes ? MultipartError::MalformedPartHeaders
                                                                   : MultipartError::Unterminated;
    }
    // headers_end is position - 2 for a part without headers (refused below: it has no name).
    const bool has_headers = headers_end >= position;
    if (has_headers && headers_end - position > limits.max_part_header_bytes) {
      return MultipartError::MalformedPartHeaders;
    }
    MultipartPart part;
    const auto block = has_headers ? body.substr(position, headers_end - position) : std::string_view{};
    if (const auto error = ParsePartHeaders(block, part)) return *error;

    const std::size_t data_start = headers_end + 2 * kCrlf.size();
    const auto data_end = body.find(delimiter, data_start);
    if (data_end == std::string_view::npos) return MultipartError::Unterminated;
    part.data = body.substr(data_start, data_end - data_start);
    position = data_end + delimiter.size();

    if (!names.insert(part.name).second) return MultipartError::DuplicateField;
    form.parts_.push_back(std::move(part));
  }
}

const MultipartPart* MultipartForm::Find(std::string_view name) const {
  const auto it = std::ranges::find_if(parts_, [&](const MultipartPart& part) { return part.name == name; });
  return it == parts_.end() ? nullptr : &*it;
}

std::string MultipartForm::Field(std::string_view name) const {
  const auto* part = Find(name);
  return part == nullptr ? std::string{} : std::string(part->data);
}

}  // namespace lp::web
