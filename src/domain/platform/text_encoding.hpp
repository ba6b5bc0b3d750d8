#pragma once

// Turns the bytes of an uploaded text file into UTF-8. HR's files come from Excel, which writes
// either UTF-8 (with a byte order mark, "CSV UTF-8") or Windows-1252 ("CSV (semikolonsepareret)").
// Valid UTF-8 wins: Danish text in Windows-1252 (æ, ø, å as single bytes above 0x7F) is practically
// never valid UTF-8, whereas guessing the other way round would garble every UTF-8 file.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace lp::domain {

enum class TextEncoding { Utf8, Utf8WithBom, Windows1252 };

// "UTF-8", "UTF-8 med BOM", "Windows-1252": for import reports.
std::string_view TextEncodingLabel(TextEncoding encoding);

struct DecodedText {
  using Encoding = TextEncoding;
  std::string utf8;  // without the byte order mark
  Encoding encoding;
};

struct DecodeError {
  enum class Kind {
    // The file starts with the UTF-8 byte order mark but is not UTF-8 after it. Decoding such a
    // file as Windows-1252 would silently garble it, so it is refused.
    InvalidUtf8AfterBom,
    // One of 0x81, 0x8D, 0x8F, 0x90, 0x9D: no character in Windows-1252, so the file is neither.
    UndefinedWindows1252Byte,
  };
  Kind kind;
  std::size_t offset;  // of the offending byte in the input
  unsigned char byte;
};

// DecodeToUtf8 reports at most this many errors; a binary file would otherwise give thousands.
inline constexpr std::size_t kMaxDecodeErrors = 200;

struct DecodeResult {
  std::optional<DecodedText> text;  // set exactly when errors is empty
  std::vector<DecodeError> errors;
};

// UTF-8 (the BOM removed) when the bytes are valid UTF-8, otherwise Windows-1252 converted to UTF-8.
DecodeResult DecodeToUtf8(std::string_view bytes);

// Strict UTF-8 (RFC 3629): no overlong forms, no surrogates (U+D800–U+DFFF), nothing above U+10FFFF.
bool IsValidUtf8(std::string_view bytes);
// The offset of the first byte that does not start a valid UTF-8 sequence; npos when all are valid.
std::size_t FindInvalidUtf8(std::string_view bytes);

}  // namespace lp::domain
