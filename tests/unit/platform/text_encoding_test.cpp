#include "domain/platform/text_encoding.hpp"

#include <gtest/gtest.h>

#include <string>
#include <string_view>

namespace lp::domain {
namespace {

using namespace std::string_view_literals;

TEST(TextEncoding, AcceptsAsciiAndDanishUtf8) {
  EXPECT_TRUE(IsValidUtf8(""));
  EXPECT_TRUE(IsValidUtf8("unit_id;name;parent_id;kind"));
  EXPECT_TRUE(IsValidUtf8("Ærø Sønderborg, Århus"));
  EXPECT_TRUE(IsValidUtf8("€ – “citat” 😀"));
  EXPECT_TRUE(IsValidUtf8("\xF4\x8F\xBF\xBF"));  // U+10FFFF, the last code point
}

TEST(TextEncoding, RejectsOverlongForms) {
  EXPECT_FALSE(IsValidUtf8("\xC0\xAF"));          // '/' in two bytes
  EXPECT_FALSE(IsValidUtf8("\xC1\xBF"));          // U+007F in two bytes
  EXPECT_FALSE(IsValidUtf8("\xE0\x80\xAF"));      // '/' in three bytes
  EXPECT_FALSE(IsValidUtf8("\xF0\x82\x82\xAC"));  // '€' in four bytes
}

TEST(TextEncoding, RejectsSurrogatesAndCodePointsAboveTheLast) {
  EXPECT_FALSE(IsValidUtf8("\xED\xA0\x80"));      // U+D800
  EXPECT_FALSE(IsValidUtf8("\xED\xBF\xBF"));      // U+DFFF
  EXPECT_TRUE(IsValidUtf8("\xED\x9F\xBF"));       // U+D7FF, just below
  EXPECT_FALSE(IsValidUtf8("\xF4\x90\x80\x80"));  // U+110000
  EXPECT_FALSE(IsValidUtf8("\xF8\x88\x80\x80\x80"));
  EXPECT_FALSE(IsValidUtf8("\xFF"));
}

TEST(TextEncoding, RejectsTruncatedAndStrayContinuationBytes) {
  EXPECT_FALSE(IsValidUtf8("\xC3"));
  EXPECT_FALSE(IsValidUtf8("abc\xE2\x82"));
  EXPECT_FALSE(IsValidUtf8("\x80"));
  EXPECT_FALSE(IsValidUtf8("\xC3(x"));
}

TEST(TextEncoding, FindsTheFirstInvalidByteAfterLongAsciiRuns) {
  EXPECT_EQ(FindInvalidUtf8("0123456789abcdef0123456789"), std::string_view::npos);
  EXPECT_EQ(FindInvalidUtf8("0123456789abcdef\xF8xyz"), 16u);
  EXPECT_EQ(FindInvalidUtf8("0123456789abcd\xC3\xA6\xE6"), 16u);
}

TEST(TextEncoding, DecodesUtf8WithoutBomUnchanged) {
  const DecodeResult result = DecodeToUtf8("navn;enhed\nSøren;Ærø\n");
  ASSERT_TRUE(result.text);
  EXPECT_TRUE(result.errors.empty());
  EXPECT_EQ(result.text->utf8, "navn;enhed\nSøren;Ærø\n");
  EXPECT_EQ(result.text->encoding, TextEncoding::Utf8);
}

TEST(TextEncoding, RemovesTheUtf8Bom) {
  const DecodeResult result = DecodeToUtf8("\xEF\xBB\xBFnavn;enhed\n");
  ASSERT_TRUE(result.text);
  EXPECT_EQ(result.text->utf8, "navn;enhed\n");
  EXPECT_EQ(result.text->encoding, DecodedText::Encoding::Utf8WithBom);
}

TEST(TextEncoding, DecodesDanishWindows1252) {
  // "Ærø Sønderborg" as Danish Excel writes it.
  const DecodeResult result = DecodeToUtf8("\xC6r\xF8 S\xF8nderborg");
  ASSERT_TRUE(result.text);
  EXPECT_EQ(result.text->utf8, "Ærø Sønderborg");
  EXPECT_EQ(result.text->encoding, TextEncoding::Windows1252);
  EXPECT_EQ(DecodeToUtf8("\xE6\xF8\xE5\xC6\xD8\xC5").text->utf8, "æøåÆØÅ");
}

TEST(TextEncoding, DecodesEveryDefinedByteOfTheWindows1252Block80) {
  const DecodeResult euro = DecodeToUtf8("\x80");
  ASSERT_TRUE(euro.text);
  EXPECT_EQ(euro.text->utf8, "\u20AC");
  const std::string block =
      "\x80\x82\x83\x84\x85\x86\x87\x88\x89\x8A\x8B\x8C\x8E\x91\x92\x93\x94\x95\x96\x97\x98\x99\x9A\x9B\x9C\x9E\x9F";
  const DecodeResult result = DecodeToUtf8(block);
  ASSERT_TRUE(result.text);
  EXPECT_EQ(result.text->utf8, "€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ");
  EXPECT_TRUE(IsValidUtf8(result.text->utf8));
}

TEST(TextEncoding, DecodesTheLatin1HalfOfWindows1252) {
  const DecodeResult result = DecodeToUtf8("\xA0\xA7\xB0\xBD\xDF\xE9\xFF");
  ASSERT_TRUE(result.text);
  EXPECT_EQ(result.text->utf8, "\u00A0§°½ßéÿ");
}

TEST(TextEncoding, ReportsEveryUndefinedWindows1252Byte) {
  const DecodeResult result = DecodeToUtf8("\xC6r\xF8\x81 \x8D\x8F\x90\x9D");
  EXPECT_FALSE(result.text);
  ASSERT_EQ(result.errors.size(), 5u);
  EXPECT_EQ(result.errors[0].kind, DecodeError::Kind::UndefinedWindows1252Byte);
  EXPECT_EQ(result.errors[0].offset, 3u);
  EXPECT_EQ(result.errors[0].byte, 0x81);
  EXPECT_EQ(result.errors[1].byte, 0x8D);
  EXPECT_EQ(result.errors[2].byte, 0x8F);
  EXPECT_EQ(result.errors[3].byte, 0x90);
  EXPECT_EQ(result.errors[4].byte, 0x9D);
  EXPECT_EQ(result.errors[4].offset, 8u);
}

TEST(TextEncoding, CapsTheNumberOfDecodeErrors) {
  const DecodeResult result = DecodeToUtf8(std::string(1000, '\x81'));
  EXPECT_FALSE(result.text);
  EXPECT_EQ(result.errors.size(), kMaxDecodeErrors);
}

TEST(TextEncoding, RefusesInvalidUtf8AfterABom) {
  const DecodeResult result = DecodeToUtf8("\xEF\xBB\xBFS\xF8ren");
  EXPECT_FALSE(result.text);
  ASSERT_EQ(result.errors.size(), 1u);
  EXPECT_EQ(result.errors[0].kind, DecodeError::Kind::InvalidUtf8AfterBom);
  EXPECT_EQ(result.errors[0].offset, 4u);
  EXPECT_EQ(result.errors[0].byte, 0xF8);
}

TEST(TextEncoding, KeepsControlCharactersAndNulBytes) {
  const DecodeResult result = DecodeToUtf8("a\0b\tc\xE6"sv);
  ASSERT_TRUE(result.text);
  EXPECT_EQ(result.text->utf8, "a\0b\tcæ"sv);
}

TEST(TextEncoding, LabelsEachEncoding) {
  EXPECT_EQ(TextEncodingLabel(TextEncoding::Utf8), "UTF-8");
  EXPECT_EQ(TextEncodingLabel(TextEncoding::Utf8WithBom), "UTF-8 med BOM");
  EXPECT_EQ(TextEncodingLabel(TextEncoding::Windows1252), "Windows-1252");
}

}  // namespace
}  // namespace lp::domain
