#include "web/platform/multipart.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>
#include <variant>

namespace lp::web {
namespace {

using ::testing::HasSubstr;

constexpr std::string_view kContentType = "multipart/form-data; boundary=----LpBoundary7MA4YWxk";

// A body as browsers send it: CRLF line ends, "--" + boundary before each part, "--" after the last.
std::string Body(std::initializer_list<std::string> parts) {
  std::string body;
  for (const auto& part : parts) body += "------LpBoundary7MA4YWxk\r\n" + part + "\r\n";
  return body + "------LpBoundary7MA4YWxk--\r\n";
}

std::string Field(const std::string& name, const std::string& value) {
  return "Content-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value;
}

std::string File(const std::string& name, const std::string& filename, const std::string& data) {
  return "Content-Disposition: form-data; name=\"" + name + "\"; filename=\"" + filename +
         "\"\r\nContent-Type: text/csv\r\n\r\n" + data;
}

MultipartForm ParseOk(std::string_view content_type, std::string_view body, const MultipartLimits& limits = {}) {
  auto parsed = MultipartForm::Parse(content_type, body, limits);
  if (const auto* error = std::get_if<MultipartError>(&parsed)) {
    ADD_FAILURE() << "refused with error " << static_cast<int>(*error);
    return {};
  }
  return std::get<MultipartForm>(std::move(parsed));
}

std::optional<MultipartError> ErrorOf(std::string_view content_type, std::string_view body,
                                      const MultipartLimits& limits = {}) {
  auto parsed = MultipartForm::Parse(content_type, body, limits);
  if (const auto* error = std::get_if<MultipartError>(&parsed)) return *error;
  return std::nullopt;
}

TEST(MultipartBoundary, ReadsPlainAndQuotedBoundariesWithOtherParameters) {
  EXPECT_EQ(MultipartBoundary("multipart/form-data; boundary=abc123"), "abc123");
  EXPECT_EQ(MultipartBoundary("Multipart/Form-Data; charset=utf-8; BOUNDARY=\"a b:c\""), "a b:c");
  EXPECT_EQ(MultipartBoundary("multipart/form-data;boundary=----WebKitFormBoundaryx8Y"), "----WebKitFormBoundaryx8Y");
}

TEST(MultipartBoundary, RefusesMissingEmptyTooLongAndInvalidBoundaries) {
  EXPECT_EQ(MultipartBoundary("multipart/form-data"), std::nullopt);
  EXPECT_EQ(MultipartBoundary("multipart/form-data; boundary="), std::nullopt);
  EXPECT_EQ(MultipartBoundary("multipart/form-data; boundary=\"\""), std::nullopt);
  EXPECT_EQ(MultipartBoundary("multipart/form-data; boundary=" + std::string(71, 'a')), std::nullopt);
  EXPECT_EQ(MultipartBoundary("multipart/form-data; boundary=\"ends with space \""), std::nullopt);
  EXPECT_EQ(MultipartBoundary("multipart/form-data; boundary=\"semi;colon\""), std::nullopt);
  EXPECT_EQ(MultipartBoundary("multipart/form-data; boundary=\"unclosed"), std::nullopt);
  EXPECT_EQ(MultipartBoundary("multipart/mixed; boundary=abc"), std::nullopt);
  EXPECT_EQ(MultipartBoundary("multipart/form-data; boundary=a; boundary=b"), std::nullopt);
  EXPECT_EQ(MultipartBoundary("multipart/form-data; boundary=" + std::string(70, 'a')), std::string(70, 'a'));
}

TEST(MultipartForm, RecognisesTheContentTypeWhateverItsCaseAndParameters) {
  EXPECT_TRUE(IsMultipartFormData("multipart/form-data; boundary=x"));
  EXPECT_TRUE(IsMultipartFormData("MULTIPART/FORM-DATA"));
  EXPECT_FALSE(IsMultipartFormData("application/x-www-form-urlencoded"));
  EXPECT_FALSE(IsMultipartFormData("multipart/form-datax; boundary=x"));
  EXPECT_EQ(ErrorOf("text/plain", "--x--"), MultipartError::NotMultipart);
}

TEST(MultipartForm, ParsesFieldsAndFilesInOrder) {
  const std::string body = Body({Field("_csrf", "token-123"), File("units", "units.csv", "unit_id;name\nR;Region\n"),
                                 File("people", "people.csv", "employee_no\n1\n")});
  const auto form = ParseOk(kContentType, body);
  ASSERT_EQ(form.parts().size(), 3U);
  EXPECT_EQ(form.Field("_csrf"), "token-123");
  EXPECT_FALSE(form.Find("_csrf")->filename.has_value());
  const auto* units = form.Find("units");
  ASSERT_NE(units, nullptr);
  EXPECT_EQ(units->filename, "units.csv");
  EXPECT_EQ(units->content_type, "text/csv");
  EXPECT_EQ(units->data, "unit_id;name\nR;Region\n");
  EXPECT_EQ(form.parts()[2].name, "people");
  EXPECT_EQ(form.Find("missing"), nullptr);
  EXPECT_EQ(form.Field("missing"), "");
}

TEST(MultipartForm, KeepsBinaryDataWithNulCrLfAndBoundaryLookalikesIntact) {
  const std::string data = std::string("a\0b\r\n\xFF\xFE--", 9) + "\r\n------LpBoundary7MA4YWx" + "\r\n\r\n";
  const std::string body = Body({File("units", "u.bin", data)});
  const auto form = ParseOk(kContentType, body);
  ASSERT_EQ(form.parts().size(), 1U);
  EXPECT_EQ(form.Find("units")->data, data);
}

TEST(MultipartForm, PointsIntoTheBodyInsteadOfCopyingIt) {
  const std::string body = Body({File("units", "units.csv", std::string(100'000, 'x'))});
  const auto form = ParseOk(kContentType, body);
  const auto data = form.Find("units")->data;
  EXPECT_GE(data.data(), body.data());
  EXPECT_LE(data.data() + data.size(), body.data() + body.size());
  EXPECT_EQ(data.size(), 100'000U);
}

TEST(MultipartForm, AcceptsEmptyValuesAnEmptyFileAndAnEmptyForm) {
  const std::string body = Body({Field("a", ""), File("units", "", "")});
  const auto form = ParseOk(kContentType, body);
  ASSERT_EQ(form.parts().size(), 2U);
  EXPECT_EQ(form.Field("a"), "");
  EXPECT_EQ(form.Find("units")->filename, "");
  EXPECT_TRUE(form.Find("units")->data.empty());
  EXPECT_TRUE(ParseOk(kContentType, "------LpBoundary7MA4YWxk--").parts().empty());
}

TEST(MultipartForm, StripsFoldersFromFilenamesAndUnescapesQuotedValues) {
  const std::string body =
      Body({"Content-Disposition: form-data; name=\"units\"; filename=\"C:\\\\Users\\\\hr\\\\units.csv\"\r\n\r\nx",
            "content-disposition: FORM-DATA; filename=\"../../etc/people.csv\"; name=people\r\n\r\ny",
            "Content-Disposition: form-data; name=\"say \\\"hi\\\"\"\r\n\r\nz"});
  const auto form = ParseOk(kContentType, body);
  EXPECT_EQ(form.Find("units")->filename, "units.csv");
  EXPECT_EQ(form.Find("people")->filename, "people.csv");
  EXPECT_EQ(form.Field("say \"hi\""), "z");
}

TEST(MultipartForm, IgnoresPreambleEpilogueTransportPaddingAndUnknownHeaders) {
  const std::string body =
      "This is a preamble.\r\n------LpBoundary7MA4YWxk  \t\r\n"
      "X-Unknown: yes\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\n1\r\n"
      "------LpBoundary7MA4YWxk--\r\nThis is an epilogue with ------LpBoundary7MA4YWxk in it.";
  const auto form = ParseOk(kContentType, body);
  ASSERT_EQ(form.parts().size(), 1U);
  EXPECT_EQ(form.Field("a"), "1");
}

TEST(MultipartForm, AllowsExactlyTheConfiguredNumberOfParts) {
  const MultipartLimits limits{.max_parts = 2};
  const std::string two = Body({Field("a", "1"), Field("b", "2")});
  EXPECT_EQ(ParseOk(kContentType, two, limits).parts().size(), 2U);
  EXPECT_EQ(ErrorOf(kContentType, Body({Field("a", "1"), Field("b", "2"), Field("c", "3")}), limits),
            MultipartError::TooManyParts);
}

struct MalformedCase {
  std::string_view description;
  std::string content_type;
  std::string body;
  MultipartError expected;
};

TEST(MultipartForm, RefusesEveryMalformedBody) {
  const std::string ct(kContentType);
  const std::string open = "------LpBoundary7MA4YWxk\r\n";
  const std::string close = "\r\n------LpBoundary7MA4YWxk--\r\n";
  const std::string disposition = "Content-Disposition: form-data; name=\"a\"\r\n\r\n";
  const MalformedCase cases[] = {
      {"no boundary parameter", "multipart/form-data", Body({Field("a", "1")}), MultipartError::MissingBoundary},
      {"empty boundary", "multipart/form-data; boundary=", Body({Field("a", "1")}), MultipartError::MissingBoundary},
      {"urlencoded", "application/x-www-form-urlencoded", "a=1", MultipartError::NotMultipart},
      {"empty body", ct, "", MultipartError::MissingFirstBoundary},
      {"other boundary", ct, "--other\r\n" + disposition + "1\r\n--other--", MultipartError::MissingFirstBoundary},
      {"boundary without dashes", ct, "----LpBoundary7MA4YWxk\r\n" + disposition + "1",
       MultipartError::MissingFirstBoundary},
      {"only the first boundary", ct, open, MultipartError::Unterminated},
      {"first boundary without line end", ct, "------LpBoundary7MA4YWxk", MultipartError::Unterminated},
      {"headers never end", ct, open + "Content-Disposition: form-data; name=\"a\"\r\n", MultipartError::Unterminated},
      {"data never closed", ct, open + disposition + "1", MultipartError::Unterminated},
      {"truncated close", ct, open + disposition + "1\r\n------LpBoundary7MA4YWxk", MultipartError::Unterminated},
      {"close without CRLF before it", ct, open + disposition + "1------LpBoundary7MA4YWxk--",
       MultipartError::Unterminated},
      {"boundary followed by text", ct,
       open + disposition + "1\r\n------LpBoundary7MA4YWxkX\r\n" + disposition + "2" + close,
       MultipartError::MalformedDelimiter},
      {"bare LF after boundary", ct, "------LpBoundary7MA4YWxk\n" + disposition + "1" + close,
       MultipartError::MalformedDelimiter},
      {"no headers", ct, open + "\r\n1" + close, MultipartError::MalformedPartHeaders},
      {"no Content-Disposition", ct, open + "Content-Type: text/plain\r\n\r\n1" + close,
       MultipartError::MalformedPartHeaders},
      {"attachment disposition", ct, open + "Content-Disposition: attachment; name=\"a\"\r\n\r\n1" + close,
       MultipartError::MalformedPartHeaders},
      {"header without colon", ct, open + "Content-Disposition form-data; name=a\r\n\r\n1" + close,
       MultipartError::MalformedPartHeaders},
      {"folded header", ct, open + "Content-Disposition: form-data;\r\n name=a\r\n\r\n1" + close,
       MultipartError::MalformedPartHeaders},
      {"control character in header", ct, open + "Content-Disposition: form-data; name=\"a\x01\"\r\n\r\n1" + close,
       MultipartError::MalformedPartHeaders},
      {"two Content-Disposition headers", ct,
       open + "Content-Disposition: form-data; name=a\r\n" + disposition + "1" + close,
       MultipartError::MalformedPartHeaders},
      {"name given twice", ct, open + "Content-Disposition: form-data; name=a; name=b\r\n\r\n1" + close,
       MultipartError::MalformedPartHeaders},
      {"unclosed quoted name", ct, open + "Content-Disposition: form-data; name=\"a\r\n\r\n1" + close,
       MultipartError::MalformedPartHeaders},
      {"text after quoted value", ct, open + "Content-Disposition: form-data; name=\"a\"x\r\n\r\n1" + close,
       MultipartError::MalformedPartHeaders},
      {"parameter without value", ct, open + "Content-Disposition: form-data; name\r\n\r\n1" + close,
       MultipartError::MalformedPartHeaders},
      {"too long headers", ct, open + "X-Padding: " + std::string(9000, 'p') + "\r\n" + disposition + "1" + close,
       MultipartError::MalformedPartHeaders},
      {"endless headers", ct, open + "X-Padding: " + std::string(9000, 'p'), MultipartError::MalformedPartHeaders},
      {"no name", ct, open + "Content-Disposition: form-data; filename=\"u.csv\"\r\n\r\n1" + close,
       MultipartError::MissingName},
      {"empty name", ct, open + "Content-Disposition: form-data; name=\"\"\r\n\r\n1" + close,
       MultipartError::MissingName},
      {"duplicate field", ct, Body({Field("units", "1"), Field("units", "2")}), MultipartError::DuplicateField},
      {"duplicate file", ct, Body({File("units", "a.csv", "1"), File("units", "b.csv", "2")}),
       MultipartError::DuplicateField},
      {"too many parts", ct,
       Body({Field("a", ""), Field("b", ""), Field("c", ""), Field("d", ""), Field("e", ""), Field("f", ""),
             Field("g", ""), Field("h", ""), Field("i", ""), Field("j", ""), Field("k", ""), Field("l", ""),
             Field("m", ""), Field("n", ""), Field("o", ""), Field("p", ""), Field("q", "")}),
       MultipartError::TooManyParts},
  };
  for (const auto& test_case : cases) {
    SCOPED_TRACE(std::string(test_case.description));
    EXPECT_EQ(ErrorOf(test_case.content_type, test_case.body), test_case.expected);
  }
}

// Every prefix of a valid body is a truncated upload; none may be accepted or crash the parser.
TEST(MultipartForm, RefusesEveryTruncationOfAValidBody) {
  const std::string body = Body({Field("_csrf", "t"), File("units", "units.csv", "unit_id;name\r\nR;Region\r\n")});
  const std::string_view closing = "------LpBoundary7MA4YWxk--";
  const std::size_t complete = body.find(closing) + closing.size();
  for (std::size_t length = 0; length < complete; ++length) {
    SCOPED_TRACE(length);
    EXPECT_TRUE(ErrorOf(kContentType, std::string_view(body).substr(0, length)).has_value());
  }
  EXPECT_FALSE(ErrorOf(kContentType, std::string_view(body).substr(0, complete)).has_value());
}

// Single-byte corruptions of a valid body: each is either refused or parsed into at most the
// original parts; the parser never reads outside the body (ASan watches).
TEST(MultipartForm, SurvivesSingleByteCorruptions) {
  const std::string body = Body({Field("_csrf", "t"), File("units", "units.csv", "a;b\r\n1;2\r\n")});
  for (std::size_t at = 0; at < body.size(); ++at) {
    for (const char replacement : {'\0', '\r', '\n', '-', '"', ';', 'x'}) {
      std::string corrupted = body;
      corrupted[at] = replacement;
      auto parsed = MultipartForm::Parse(kContentType, corrupted);
      if (const auto* form = std::get_if<MultipartForm>(&parsed)) {
        EXPECT_LE(form->parts().size(), 2U);
      }
    }
  }
}

TEST(MultipartForm, ExplainsEveryErrorInDanish) {
  for (const auto error :
       {MultipartError::NotMultipart, MultipartError::MissingBoundary, MultipartError::MissingFirstBoundary,
        MultipartError::MalformedDelimiter, MultipartError::MalformedPartHeaders, MultipartError::MissingName,
        MultipartError::DuplicateField, MultipartError::TooManyParts, MultipartError::Unterminated}) {
    EXPECT_THAT(std::string(MultipartErrorMessage(error)), HasSubstr("iloverførs"));
  }
}

}  // namespace
}  // namespace lp::web
