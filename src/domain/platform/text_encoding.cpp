#include "domain/platform/text_encoding.hpp"

#include <array>
#include <cstdint>
#include <cstring>

namespace lp::domain {
namespace {

constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";

// Windows-1252 bytes 0x80–0x9F; 0 marks the five bytes that have no character. 0xA0–0xFF are the
// same code points as in ISO 8859-1 and need no table.
constexpr std::array<char32_t, 32> kWindows1252Block80 = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,  // 80–87
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0,      0x017D, 0,       // 88–8F
    0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,  // 90–97
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178,  // 98–9F
};

void AppendUtf8(std::string& out, char32_t code_point) {
  if (code_point < 0x80) {
    out.push_back(static_cast<char>(code_point));
  } else if (code_point < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (code_point >> 6)));
    out.push_back(static_cast<char>(0x80 | (code_point & 0x3F)));
  } else {
    // Windows-1252 has nothing outside the Basic Multilingual Plane.
    out.push_back(static_cast<char>(0xE0 | (code_point >> 12)));
    out.push_back(static_cast<char>(0x80 | ((code_point >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (code_point & 0x3F)));
  }
}

DecodeResult DecodeWindows1252(std::string_view bytes) {
  DecodeResult result;
  std::size_t high_bytes = 0;
  for (const char c : bytes) high_bytes += static_cast<unsigned char>(c) >= 0x80 ? 1 : 0;
  std::string utf8;
  utf8.reserve(bytes.size() + 2 * high_bytes);  // a byte above 0x7F becomes at most three bytes
  for (std::size_t i = 0; i < bytes.size(); ++i) {
    // Copy runs of ASCII in one go; they are most of the file.
    std::size_t run_end = i;
    while (run_end < bytes.size() && static_cast<unsigned char>(bytes[run_end]) < 0x80) ++run_end;
    utf8.append(bytes.substr(i, run_end - i));
    if (run_end == bytes.size()) break;
    i = run_end;
    const auto byte = static_cast<unsigned char>(bytes[i]);
    const char32_t code_point = byte < 0xA0 ? kWindows1252Block80[byte - 0x80] : char32_t{byte};
    if (code_point == 0) {
      if (result.errors.size() < kMaxDecodeErrors) {
        result.errors.push_back({DecodeError::Kind::UndefinedWindows1252Byte, i, byte});
      }
      continue;
    }
    AppendUtf8(utf8, code_point);
  }
  if (result.errors.empty()) result.text = DecodedText{std::move(utf8), TextEncoding::Windows1252};
  return result;
}

}  // namespace

std::string_view TextEncodingLabel(TextEncoding encoding) {
  switch (encoding) {
    case TextEncoding::Utf8: return "UTF-8";
    case TextEncoding::Utf8WithBom: return "UTF-8 med BOM";
    case TextEncoding::Windows1252: return "Windows-1252";
  }
  return "";
}

std::size_t FindInvalidUtf8(std::string_view bytes) {
  const auto* data = reinterpret_cast<const unsigned char*>(bytes.data());
  const std::size_t size = bytes.size();
  std::size_t i = 0;
  while (i < size) {
    // Most of an HR file is ASCII: skip it eight bytes at a time.
    if (size - i >= 8) {
      std::uint64_t word = 0;
      std::memcpy(&word, data + i, sizeof word);
      if ((word & 0x8080808080808080ULL) == 0) {
        i += 8;
        continue;
      }
    }
    const unsigned char lead = data[i];
    if (lead < 0x80) {
      ++i;
      continue;
    }
    std::size_t length = 0;
    char32_t code_point = 0;
    char32_t smallest = 0;  // anything below is an overlong form
    if ((lead & 0xE0) == 0xC0) {
      length = 2;
      code_point = lead & 0x1Fu;
      smallest = 0x80;
    } else if ((lead & 0xF0) == 0xE0) {
      length = 3;
      code_point = lead & 0x0Fu;
      smallest = 0x800;
    } else if ((lead & 0xF8) == 0xF0) {
      length = 4;
      code_point = lead & 0x07u;
      smallest = 0x10000;
    } else {
      return i;  // a continuation byte without a lead, or 0xF8–0xFF
    }
    if (size - i < length) return i;
    for (std::size_t k = 1; k < length; ++k) {
      const unsigned char continuation = data[i + k];
      if ((continuation & 0xC0) != 0x80) return i;
      code_point = (code_point << 6) | (continuation & 0x3Fu);
    }
    if (code_point < smallest || code_point > 0x10FFFF || (code_point >= 0xD800 && code_point <= 0xDFFF)) return i;
    i += length;
  }
  return std::string_view::npos;
}

bool IsValidUtf8(std::string_view bytes) { return FindInvalidUtf8(bytes) == std::string_view::npos; }

DecodeResult DecodeToUtf8(std::string_view bytes) {
  DecodeResult result;
  if (bytes.starts_with(kUtf8Bom)) {
    const std::string_view rest = bytes.substr(kUtf8Bom.size());
    const std::size_t invalid = FindInvalidUtf8(rest);
    if (invalid == std::string_view::npos) {
      result.text = DecodedText{std::string(rest), TextEncoding::Utf8WithBom};
    } else {
      const std::size_t offset = kUtf8Bom.size() + invalid;
      result.errors.push_back(
          {DecodeError::Kind::InvalidUtf8AfterBom, offset, static_cast<unsigned char>(bytes[offset])});
    }
    return result;
  }
  if (IsValidUtf8(bytes)) {
    result.text = DecodedText{std::string(bytes), TextEncoding::Utf8};
    return result;
  }
  return DecodeWindows1252(bytes);
}

}  // namespace lp::domain
