#include "domain/platform/csv.hpp"

#include <algorithm>
#include <array>
#include <unordered_map>
#include <utility>

#include "domain/platform/ascii.hpp"
#include "domain/platform/danish_format.hpp"

namespace lp::domain {
namespace {

constexpr char kQuote = '"';
constexpr std::string_view kSaveAsHint = "Gem filen i Excel som \"CSV UTF-8\" eller \"CSV (semikolonsepareret)\".";

bool IsLineBreak(char c) { return c == '\n' || c == '\r'; }

// A control character that has no place in a field: C0 (but tab, CR and LF) and DEL.
bool IsForbiddenControl(char c) {
  const auto byte = static_cast<unsigned char>(c);
  return (byte < 0x20 && c != '\t' && c != '\n' && c != '\r') || byte == 0x7F;
}

std::string ControlName(char c) {
  switch (c) {
    case '\0': return "NUL";
    case '\x1B': return "ESC";
    case '\x7F': return "DEL";
    default: break;
  }
  return "U+00" + std::string(1, "0123456789ABCDEF"[static_cast<unsigned char>(c) >> 4]) +
         "0123456789ABCDEF"[static_cast<unsigned char>(c) & 0x0F];
}

std::string_view TrimSpaces(std::string_view text) {
  const std::size_t first = text.find_first_not_of(" \t");
  if (first == std::string_view::npos) return {};
  const std::size_t last = text.find_last_not_of(" \t");
  return text.substr(first, last - first + 1);
}

std::string FieldCount(std::size_t count) { return count == 1 ? "1 felt" : std::to_string(count) + " felter"; }

std::string HexByte(unsigned char byte) {
  constexpr std::string_view kDigits = "0123456789ABCDEF";
  return std::string("0x") + kDigits[byte >> 4] + kDigits[byte & 0x0F];
}

std::string JoinNames(const std::vector<std::string>& names) {
  std::string joined;
  for (const std::string& name : names) {
    if (!joined.empty()) joined += ", ";
    joined += name;
  }
  return joined;
}

// Collects a file's errors up to kMaxCsvErrors and notes when there were more.
class ErrorSink {
 public:
  explicit ErrorSink(std::string_view file_name) : file_name_(file_name) {}

  void Add(long line, std::string_view column, std::string message) {
    if (errors_.size() >= kMaxCsvErrors) {
      truncated_ = true;
      return;
    }
    errors_.push_back(CsvError{file_name_, line, std::string(column), std::move(message)});
  }
  bool truncated() const { return truncated_; }
  bool empty() const { return errors_.empty(); }

  std::vector<CsvError> Take() && {
    if (truncated_) {
      errors_.push_back(CsvError{file_name_, 0, "",
                                 "Der er flere fejl i filen; kun de første " + std::to_string(kMaxCsvErrors) +
                                     " er vist. Ret dem, og indlæs filen igen."});
    }
    return std::move(errors_);
  }

 private:
  std::string file_name_;
  std::vector<CsvError> errors_;
  bool truncated_ = false;
};

// Physical line numbers of increasing offsets into a text; CRLF, LF and a lone CR each end a line.
class LineCounter {
 public:
  explicit LineCounter(std::string_view text) : text_(text) {}

  long LineAt(std::size_t offset) {
    for (; position_ < offset && position_ < text_.size(); ++position_) {
      const char c = text_[position_];
      if (c == '\n' || (c == '\r' && (position_ + 1 == text_.size() || text_[position_ + 1] != '\n'))) ++line_;
    }
    return line_;
  }

 private:
  std::string_view text_;
  std::size_t position_ = 0;
  long line_ = 1;
};

void ReportDecodeErrors(std::string_view bytes, const std::vector<DecodeError>& decode_errors, ErrorSink& errors) {
  LineCounter lines(bytes);
  for (const DecodeError& error : decode_errors) {
    switch (error.kind) {
      case DecodeError::Kind::InvalidUtf8AfterBom:
        errors.Add(lines.LineAt(error.offset), "",
                   "Filen er markeret som UTF-8 (den begynder med et BOM), men byten " + HexByte(error.byte) +
                       " her er ikke gyldig UTF-8. " + std::string(kSaveAsHint));
        break;
      case DecodeError::Kind::UndefinedWindows1252Byte:
        errors.Add(lines.LineAt(error.offset), "",
                   "Filen er hverken gyldig UTF-8 eller Windows-1252: byten " + HexByte(error.byte) +
                       " står ikke for noget tegn. " + std::string(kSaveAsHint));
        break;
    }
  }
}

// Excel's other "save as" choices that are not CSV text, recognised so HR is told what to do instead.
std::optional<std::string> NotCsvText(std::string_view bytes) {
  if (bytes.starts_with("PK\x03\x04")) {
    return "Filen er en Excel-projektmappe (.xlsx) eller en anden zip-fil, ikke en CSV-fil. " +
           std::string(kSaveAsHint);
  }
  if (bytes.starts_with("\xFF\xFE") || bytes.starts_with("\xFE\xFF")) {
    return "Filen er gemt som UTF-16 (\"Unicode-tekst\"), som ikke kan læses. " + std::string(kSaveAsHint);
  }
  return std::nullopt;
}

// The header's delimiter: ';' or ',', whichever of the two occurs outside quotes in its first record.
std::optional<char> DetectDelimiter(std::string_view text, std::size_t header_start, std::string& problem) {
  std::size_t semicolons = 0;
  std::size_t commas = 0;
  bool quoted = false;
  for (std::size_t i = header_start; i < text.size(); ++i) {
    const char c = text[i];
    if (c == kQuote) {
      quoted = !quoted;
    } else if (!quoted) {
      if (IsLineBreak(c)) break;
      if (c == ';') ++semicolons;
      if (c == ',') ++commas;
    }
  }
  if (semicolons > 0 && commas == 0) return ';';
  if (commas > 0 && semicolons == 0) return ',';
  problem = semicolons > 0
                ? "Overskriften indeholder både semikolon (;) og komma (,), så det kan ikke afgøres, hvilket "
                  "af dem der adskiller kolonnerne. Brug kun ét af dem i overskriften."
                : "Overskriften indeholder hverken semikolon (;) eller komma (,), som skal adskille "
                  "kolonnerne.";
  return std::nullopt;
}

// Reads records one at a time, in a single pass over the text.
class RecordReader {
 public:
  RecordReader(std::string_view text, std::size_t start, long start_line, char delimiter, std::size_t max_field_bytes,
               ErrorSink& errors)
      : text_(text),
        position_(start),
        line_(start_line),
        delimiter_(delimiter),
        max_field_bytes_(max_field_bytes),
        errors_(errors) {
    for (const char c : {delimiter, '\n', '\r', kQuote}) ends_unquoted_[static_cast<unsigned char>(c)] = true;
    for (const char c : {'\n', '\r', kQuote}) ends_quoted_run_[static_cast<unsigned char>(c)] = true;
    for (int byte = 0; byte < 256; ++byte) {
      if (!IsForbiddenControl(static_cast<char>(byte))) continue;
      ends_unquoted_[static_cast<std::size_t>(byte)] = true;
      ends_quoted_run_[static_cast<std::size_t>(byte)] = true;
    }
  }

  // Fields of a record past this many are counted but not kept (a line of 100,000 fields costs no
  // memory); width() still tells how many there were.
  void set_kept_fields(std::size_t kept) { kept_fields_ = kept; }
  // The number of fields of the record Next read last.
  std::size_t width() const { return width_; }

  // Column names for error messages; before the header is read, errors carry no column.
  void set_header(const std::vector<std::string>* header) { header_ = header; }
  // True after an unterminated quote, which leaves nothing more to read.
  bool stopped() const { return stopped_; }

  // Reads the next record that is not empty. Returns false at the end of the text. well_formed is
  // false when the record had a quoting error (already reported).
  bool Next(CsvRecord& record, bool& well_formed) {
    for (;;) {
      while (position_ < text_.size() && IsLineBreak(text_[position_])) SkipLineBreak();
      if (stopped_ || position_ >= text_.size()) return false;
      record.line = line_;
      record.fields.clear();
      width_ = 0;
      well_formed = true;
      bool has_content = false;
      for (;;) {
        const std::size_t column = width_++;
        std::string& field = column < kept_fields_ ? record.fields.emplace_back() : scratch_;
        field.clear();
        if (position_ < text_.size() && text_[position_] == kQuote) {
          has_content = true;
          ReadQuoted(field, column, well_formed);
          if (stopped_) return true;
        } else {
          ReadUnquoted(field, column, well_formed);
          has_content = has_content || !field.empty();
        }
        CheckLength(field, column, well_formed);
        if (position_ >= text_.size()) break;
        if (text_[position_] == delimiter_) {
          ++position_;
          continue;
        }
        SkipLineBreak();
        break;
      }
      if (has_content) return true;
      // A line of only delimiters: an empty row as Excel writes it. Skip it like an empty line.
    }
  }

 private:
  std::string_view ColumnName(std::size_t column) const {
    if (header_ == nullptr || column >= header_->size()) return {};
    return (*header_)[column];
  }

  // The position of the first character at or after start that stops is true for, or the text's end.
  // The hot loop of the reader, kept on local copies so the compiler can keep them in registers.
  std::size_t ScanUntil(std::size_t start, const std::array<bool, 256>& stops) const {
    const char* const data = text_.data();
    const std::size_t size = text_.size();
    std::size_t i = start;
    while (i < size && !stops[static_cast<unsigned char>(data[i])]) ++i;
    return i;
  }

  // At a CR or LF: moves past one line break (CRLF counts as one).
  void SkipLineBreak() {
    if (text_[position_] == '\r' && position_ + 1 < text_.size() && text_[position_ + 1] == '\n') ++position_;
    ++position_;
    ++line_;
  }

  void ReadUnquoted(std::string& field, std::size_t column, bool& well_formed) {
    bool reported_control = false;
    AppendRun(field, ends_unquoted_, column, well_formed, reported_control);
    if (position_ < text_.size() && text_[position_] == kQuote) {
      errors_.Add(line_, ColumnName(column),
                  "Feltet indeholder et anførselstegn (\"), men er ikke selv sat i anførselstegn. Sæt hele "
                  "feltet i anførselstegn, og skriv anførselstegnet to gange (\"\").");
      well_formed = false;
      // Keep the rest as part of the field, so the record's field count stays meaningful.
      while (position_ < text_.size() && text_[position_] != delimiter_ && !IsLineBreak(text_[position_])) {
        field.push_back(text_[position_++]);
      }
    }
  }

  // Appends the text up to the next of `stops` that is not a forbidden control character; those are
  // reported once per field and skipped.
  void AppendRun(std::string& field, const std::array<bool, 256>& stops, std::size_t column, bool& well_formed,
                 bool& reported_control) {
    for (;;) {
      const std::size_t end = ScanUntil(position_, stops);
      field.append(text_.substr(position_, end - position_));
      position_ = end;
      if (position_ >= text_.size() || !IsForbiddenControl(text_[position_])) return;
      SkipControl(column, well_formed, reported_control);
    }
  }

  // At a forbidden control character: reports it once per field and skips it.
  void SkipControl(std::size_t column, bool& well_formed, bool& reported) {
    if (!reported) {
      errors_.Add(line_, ColumnName(column),
                  "Feltet indeholder styretegnet " + ControlName(text_[position_]) +
                      ", som ikke kan stå i en tekst. Fjern det fra eksporten, og indlæs filen igen.");
      reported = true;
    }
    well_formed = false;
    ++position_;
  }

  // A field longer than the limit is reported and not kept.
  void CheckLength(std::string& field, std::size_t column, bool& well_formed) {
    if (field.size() <= max_field_bytes_) return;
    errors_.Add(line_, ColumnName(column),
                "Feltet er " + FormatInteger(static_cast<long long>(field.size())) +
                    " byte langt; et felt må højst være " + FormatInteger(static_cast<long long>(max_field_bytes_)) +
                    " byte.");
    well_formed = false;
    field.clear();
    field.shrink_to_fit();
  }

  void ReadQuoted(std::string& field, std::size_t column, bool& well_formed) {
    const long start_line = line_;
    bool reported_control = false;
    ++position_;  // the opening quote
    for (;;) {
      AppendRun(field, ends_quoted_run_, column, well_formed, reported_control);
      if (position_ >= text_.size()) {
        errors_.Add(start_line, ColumnName(column),
                    "Feltet begynder med et anførselstegn (\"), som aldrig bliver lukket, så resten af filen "
                    "kan ikke læses. Luk anførselstegnet, eller skriv det to gange (\"\"), hvis det er en del "
                    "af teksten.");
        well_formed = false;
        stopped_ = true;
        return;
      }
      if (text_[position_] == kQuote) {
        if (position_ + 1 < text_.size() && text_[position_ + 1] == kQuote) {
          field.push_back(kQuote);
          position_ += 2;
          continue;
        }
        ++position_;  // the closing quote
        break;
      }
      field.push_back('\n');
      SkipLineBreak();
    }
    if (position_ >= text_.size() || text_[position_] == delimiter_ || IsLineBreak(text_[position_])) return;
    errors_.Add(line_, ColumnName(column),
                "Efter det afsluttende anførselstegn står der tekst før næste skilletegn. Sæt hele feltet i "
                "anførselstegn, og skriv anførselstegn inde i feltet to gange (\"\").");
    well_formed = false;
    // Keep the rest as part of the field, so the record's field count stays meaningful.
    while (position_ < text_.size() && text_[position_] != delimiter_ && !IsLineBreak(text_[position_])) {
      field.push_back(text_[position_++]);
    }
  }

  std::string_view text_;
  std::size_t position_;
  long line_;
  char delimiter_;
  std::size_t max_field_bytes_;
  ErrorSink& errors_;
  const std::vector<std::string>* header_ = nullptr;
  bool stopped_ = false;
  std::size_t kept_fields_ = static_cast<std::size_t>(-1);
  std::size_t width_ = 0;
  std::string scratch_;
  std::array<bool, 256> ends_unquoted_{};
  std::array<bool, 256> ends_quoted_run_{};
};

// Trims the header's names and checks them: none empty, none twice, every required one present.
// Returns whether the header can be used to look columns up.
bool CheckHeader(std::vector<std::string>& header, long line, std::span<const std::string_view> required_columns,
                 ErrorSink& errors) {
  bool usable = true;
  for (std::string& name : header) name = std::string(TrimSpaces(name));
  std::unordered_map<std::string, std::size_t> seen;  // lower-cased name -> first column
  seen.reserve(header.size());
  for (std::size_t i = 0; i < header.size(); ++i) {
    if (header[i].empty()) {
      errors.Add(line, "", "Kolonne " + std::to_string(i + 1) + " i overskriften har intet navn.");
      usable = false;
      continue;
    }
    std::string key = header[i];
    std::transform(key.begin(), key.end(), key.begin(), LowerAscii);
    const auto [earlier, first] = seen.try_emplace(std::move(key), i);
    if (!first) {
      errors.Add(line, header[i],
                 "Kolonnenavnet står mere end én gang i overskriften (som kolonne " +
                     std::to_string(earlier->second + 1) + " og " + std::to_string(i + 1) + ").");
      usable = false;
    }
  }
  for (const std::string_view required : required_columns) {
    const bool present = std::any_of(header.begin(), header.end(),
                                     [&](const std::string& name) { return EqualsIgnoringAsciiCase(name, required); });
    if (!present) {
      errors.Add(line, required, "Kolonnen mangler i overskriften, som har kolonnerne: " + JoinNames(header) + ".");
      usable = false;
    }
  }
  return usable;
}

std::vector<std::string> UnknownColumns(const std::vector<std::string>& header,
                                        std::span<const std::string_view> required_columns) {
  std::vector<std::string> unknown;
  for (const std::string& name : header) {
    const bool known = std::any_of(required_columns.begin(), required_columns.end(),
                                   [&](std::string_view required) { return EqualsIgnoringAsciiCase(name, required); });
    if (!known) unknown.push_back(name);
  }
  return unknown;
}

}  // namespace

std::string CsvError::Format() const {
  std::string formatted = file;
  if (line > 0) formatted += ", linje " + std::to_string(line);
  if (!column.empty()) formatted += ", kolonne " + column;
  formatted += ": ";
  formatted += message;
  return formatted;
}

CsvTable::CsvTable(std::string file_name, std::vector<std::string> header, std::vector<CsvRecord> records,
                   char delimiter, TextEncoding encoding, std::vector<std::string> unknown_columns)
    : file_name_(std::move(file_name)),
      header_(std::move(header)),
      records_(std::move(records)),
      delimiter_(delimiter),
      encoding_(encoding),
      unknown_columns_(std::move(unknown_columns)) {}

std::optional<std::size_t> CsvTable::Column(std::string_view name) const {
  for (std::size_t i = 0; i < header_.size(); ++i) {
    if (EqualsIgnoringAsciiCase(header_[i], name)) return i;
  }
  return std::nullopt;
}

CsvError CsvTable::ErrorAt(const CsvRecord& record, std::size_t column, std::string message) const {
  return CsvError{file_name_, record.line, column < header_.size() ? header_[column] : std::string(),
                  std::move(message)};
}

CsvParseResult ParseCsv(std::string_view file_name, std::string_view bytes,
                        std::span<const std::string_view> required_columns, const CsvLimits& limits) {
  CsvParseResult result;
  ErrorSink errors(file_name);
  auto finish = [&]() {
    result.errors = std::move(errors).Take();
    return std::move(result);
  };

  if (bytes.empty()) {
    errors.Add(0, "", "Filen er tom.");
    return finish();
  }
  if (std::optional<std::string> problem = NotCsvText(bytes)) {
    errors.Add(0, "", std::move(*problem));
    return finish();
  }
  DecodeResult decoded = DecodeToUtf8(bytes);
  if (!decoded.text) {
    ReportDecodeErrors(bytes, decoded.errors, errors);
    return finish();
  }
  const std::string& text = decoded.text->utf8;

  // The header is the first line that is not empty.
  std::size_t header_start = 0;
  long header_line = 1;
  while (header_start < text.size() && IsLineBreak(text[header_start])) {
    if (text[header_start] == '\r' && header_start + 1 < text.size() && text[header_start + 1] == '\n') ++header_start;
    ++header_start;
    ++header_line;
  }
  if (header_start == text.size()) {
    errors.Add(0, "", "Filen er tom.");
    return finish();
  }
  std::string delimiter_problem;
  const std::optional<char> delimiter = DetectDelimiter(text, header_start, delimiter_problem);
  if (!delimiter) {
    errors.Add(header_line, "", std::move(delimiter_problem));
    return finish();
  }

  RecordReader reader(text, header_start, header_line, *delimiter, limits.max_field_bytes, errors);
  reader.set_kept_fields(limits.max_columns + 1);
  CsvRecord header_record;
  bool header_well_formed = false;
  if (!reader.Next(header_record, header_well_formed)) {
    errors.Add(0, "", "Filen er tom.");
    return finish();
  }
  if (reader.width() > limits.max_columns) {
    errors.Add(header_record.line, "",
               "Overskriften har " + FormatInteger(static_cast<long long>(reader.width())) +
                   " kolonner; en fil må højst have " + std::to_string(limits.max_columns) +
                   ". Er det den rigtige fil, og er skilletegnet rigtigt?");
    return finish();
  }
  std::vector<std::string> header = std::move(header_record.fields);
  const bool header_usable =
      CheckHeader(header, header_record.line, required_columns, errors) && header_well_formed && !reader.stopped();
  reader.set_header(&header);
  reader.set_kept_fields(header.size() + 1);

  std::vector<CsvRecord> records;
  const auto lines =
      static_cast<std::size_t>(std::count(text.begin() + static_cast<std::ptrdiff_t>(header_start), text.end(), '\n'));
  records.reserve(std::min(lines, limits.max_records));
  std::size_t read = 0;
  while (!errors.truncated()) {
    CsvRecord record;
    record.fields.reserve(header.size());
    bool well_formed = false;
    if (!reader.Next(record, well_formed)) break;
    if (reader.stopped()) break;  // the unterminated quote swallowed the rest; its count means nothing
    if (++read > limits.max_records) {
      errors.Add(record.line, "",
                 "Filen har flere end " + FormatInteger(static_cast<long long>(limits.max_records)) +
                     " rækker, som er det højeste antal, der kan indlæses. Er det den rigtige fil?");
      break;
    }
    if (reader.width() != header.size()) {
      errors.Add(
          record.line, "",
          "Linjen har " + FieldCount(reader.width()) + ", men overskriften har " + std::to_string(header.size()) + ".");
      well_formed = false;
    }
    if (well_formed) records.push_back(std::move(record));
  }

  if (header_usable) {
    std::vector<std::string> unknown = UnknownColumns(header, required_columns);
    result.table.emplace(std::string(file_name), std::move(header), std::move(records), *delimiter,
                         decoded.text->encoding, std::move(unknown));
  }
  return finish();
}

}  // namespace lp::domain
