#include "web/platform/http.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <chrono>
#include <memory>
#include <string>
#include <vector>

#include "domain/platform/ascii.hpp"

namespace lp::web {
namespace {

TEST(Ascii, FoldsOnlyAToZ) {
  static_assert(domain::LowerAscii('Q') == 'q');
  EXPECT_EQ(domain::LowerAscii('\xC3'), '\xC3');  // a UTF-8 lead byte stays as it is
  EXPECT_TRUE(domain::EqualsIgnoringAsciiCase("Content-Type", "content-type"));
  EXPECT_FALSE(domain::EqualsIgnoringAsciiCase("Æble", "æble"));  // not ASCII: not folded
  EXPECT_FALSE(domain::EqualsIgnoringAsciiCase("type", "types"));
  EXPECT_TRUE(domain::StartsWithIgnoringAsciiCase("HTTPS://rm.dk", "https:"));
  EXPECT_FALSE(domain::StartsWithIgnoringAsciiCase("http", "https:"));
}

using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::Not;

// ---- Methods ---------------------------------------------------------------------------------

TEST(HttpMethod, ParsesEveryKnownMethodNameAndBackAgain) {
  for (const Method method :
       {Method::Get, Method::Head, Method::Post, Method::Put, Method::Patch, Method::Delete, Method::Options}) {
    SCOPED_TRACE(std::string(MethodName(method)));
    EXPECT_EQ(ParseMethod(MethodName(method)), method);
  }
}

TEST(HttpMethod, TreatsUnknownAndLowerCaseNamesAsOther) {
  EXPECT_EQ(ParseMethod("get"), Method::Other);
  EXPECT_EQ(ParseMethod("TRACE"), Method::Other);
  EXPECT_EQ(ParseMethod(""), Method::Other);
  EXPECT_EQ(MethodName(Method::Other), "OTHER");
}

TEST(HttpMethod, CountsOnlyGetHeadAndOptionsAsSafe) {
  EXPECT_FALSE(IsStateChanging(Method::Get));
  EXPECT_FALSE(IsStateChanging(Method::Head));
  EXPECT_FALSE(IsStateChanging(Method::Options));
  EXPECT_TRUE(IsStateChanging(Method::Post));
  EXPECT_TRUE(IsStateChanging(Method::Put));
  EXPECT_TRUE(IsStateChanging(Method::Patch));
  EXPECT_TRUE(IsStateChanging(Method::Delete));
  EXPECT_TRUE(IsStateChanging(Method::Other));
}

// ---- Headers and responses -------------------------------------------------------------------

TEST(HttpHeaders, FindsARequestHeaderWhateverTheCaseOfItsName) {
  Request request;
  request.headers.emplace("Content-Type", "application/x-www-form-urlencoded");

  ASSERT_TRUE(request.Header("content-type").has_value());
  EXPECT_EQ(*request.Header("content-type"), "application/x-www-form-urlencoded");
  EXPECT_EQ(*request.Header("CONTENT-TYPE"), "application/x-www-form-urlencoded");
  EXPECT_FALSE(request.Header("Content-Length").has_value());
}

TEST(HttpHeaders, CompareNamesCaseInsensitivelyButStillOrderThem) {
  const CaseInsensitiveLess less;
  EXPECT_FALSE(less("Cookie", "cookie"));
  EXPECT_FALSE(less("cookie", "Cookie"));
  EXPECT_TRUE(less("accept", "Cookie"));
  EXPECT_TRUE(less("Accept", "cookie"));
  EXPECT_TRUE(less("Cook", "cookie"));
}

TEST(HttpResponse, SetHeaderReplacesEveryValueWhateverTheCaseOfItsName) {
  Response response;
  response.AddHeader("x-frame-options", "SAMEORIGIN");
  response.AddHeader("X-Frame-Options", "ALLOW");

  response.SetHeader("X-FRAME-OPTIONS", "DENY");

  EXPECT_EQ(response.headers.count("x-frame-options"), 1U);
  EXPECT_EQ(*response.Header("X-Frame-Options"), "DENY");
}

TEST(HttpResponse, AddHeaderKeepsEveryValueInOrder) {
  Response response;
  response.AddHeader("Set-Cookie", "a=1");
  response.AddHeader("set-cookie", "b=2");

  const auto [first, last] = response.headers.equal_range("SET-COOKIE");
  std::vector<std::string> values;
  for (auto it = first; it != last; ++it) values.push_back(it->second);
  EXPECT_THAT(values, ElementsAre("a=1", "b=2"));
}

TEST(HttpResponse, HtmlTextAndJsonSetStatusBodyAndContentType) {
  const auto html = Response::Html(404, "<p>x</p>");
  EXPECT_EQ(html.status, 404);
  EXPECT_EQ(html.body, "<p>x</p>");
  EXPECT_EQ(*html.Header("content-type"), "text/html; charset=utf-8");

  const auto text = Response::Text(503, "nede");
  EXPECT_EQ(text.status, 503);
  EXPECT_EQ(*text.Header("Content-Type"), "text/plain; charset=utf-8");

  const auto json = Response::Json(201, "{}");
  EXPECT_EQ(json.status, 201);
  EXPECT_EQ(json.body, "{}");
  EXPECT_EQ(*json.Header("Content-Type"), "application/json; charset=utf-8");
}

TEST(HttpResponse, RedirectIsSeeOtherWithALocation) {
  const auto response = Response::Redirect("/min-profil");

  EXPECT_EQ(response.status, 303);
  EXPECT_EQ(*response.Header("location"), "/min-profil");
  EXPECT_TRUE(response.body.empty());
}

TEST(HttpResponse, SendsTheSharedBodyInsteadOfTheOwnBodyWhenSet) {
  Response response = Response::Text(200, "eget");
  EXPECT_EQ(response.BodyView(), "eget");
  EXPECT_EQ(response.BodySize(), 4U);

  response.shared_body = std::make_shared<const std::string>("delt indhold");

  EXPECT_EQ(response.BodyView(), "delt indhold");
  EXPECT_EQ(response.BodySize(), 12U);
}

TEST(HttpResponse, KnowsTheReasonPhrasesItSends) {
  EXPECT_EQ(ReasonPhrase(200), "OK");
  EXPECT_EQ(ReasonPhrase(303), "See Other");
  EXPECT_EQ(ReasonPhrase(404), "Not Found");
  EXPECT_EQ(ReasonPhrase(405), "Method Not Allowed");
  EXPECT_EQ(ReasonPhrase(429), "Too Many Requests");
  EXPECT_EQ(ReasonPhrase(599), "Unknown");
}

// ---- Percent encoding ------------------------------------------------------------------------

TEST(PercentDecode, DecodesEscapesInEitherCase) {
  EXPECT_EQ(PercentDecode("%41%62%2f%2F", false), "Ab//");
  EXPECT_EQ(PercentDecode("r%C3%A6kke", false), "r\xC3\xA6kke");
  EXPECT_EQ(PercentDecode("", false), "");
}

TEST(PercentDecode, TurnsPlusIntoSpaceOnlyWhenAsked) {
  EXPECT_EQ(PercentDecode("a+b", true), "a b");
  EXPECT_EQ(PercentDecode("a+b", false), "a+b");
  EXPECT_EQ(PercentDecode("a%2Bb", true), "a+b");
}

TEST(PercentDecode, RefusesMalformedEscapes) {
  for (const char* text : {"%", "%4", "a%", "a%4", "%zz", "%4g", "%g4", "%%41"}) {
    SCOPED_TRACE(text);
    EXPECT_EQ(PercentDecode(text, true), std::nullopt);
  }
}

TEST(PercentDecode, KeepsAnEncodedNulByte) {
  const auto decoded = PercentDecode("a%00b", false);
  ASSERT_TRUE(decoded.has_value());
  EXPECT_EQ(*decoded, std::string("a\0b", 3));
}

TEST(PercentEncode, LeavesUnreservedCharactersAndSlashAlone) { EXPECT_EQ(PercentEncode("/Aa-z_0.9~/"), "/Aa-z_0.9~/"); }

TEST(PercentEncode, EscapesEverythingElseAsUpperCaseHex) {
  EXPECT_EQ(PercentEncode("/x?a=1&b=2"), "/x%3Fa%3D1%26b%3D2");
  EXPECT_EQ(PercentEncode("a b+c"), "a%20b%2Bc");
  EXPECT_EQ(PercentEncode("\xC3\xA6"), "%C3%A6");
  EXPECT_EQ(PercentEncode(std::string("\0", 1)), "%00");
}

TEST(PercentEncode, RoundTripsThroughPercentDecode) {
  const std::string original = "/min-profil?næste=a b&c=100%+x#frag";
  const auto decoded = PercentDecode(PercentEncode(original), true);
  ASSERT_TRUE(decoded.has_value());
  EXPECT_EQ(*decoded, original);
}

// ---- Forms -----------------------------------------------------------------------------------

TEST(FormData, ParsesUrlencodedFieldsWithPlusAsSpace) {
  const auto form = FormData::Parse("email=anna%40rm.dk&name=Anna+B%C3%B8gh&empty=");

  ASSERT_TRUE(form.has_value());
  EXPECT_EQ(form->Get("email"), "anna@rm.dk");
  EXPECT_EQ(form->Get("name"), "Anna B\xC3\xB8gh");
  EXPECT_TRUE(form->Has("empty"));
  EXPECT_EQ(form->Get("empty"), "");
}

TEST(FormData, KeepsEveryValueOfARepeatedKeyInOrder) {
  const auto form = FormData::Parse("role=leder&x=1&role=hr&role=administrator");

  ASSERT_TRUE(form.has_value());
  EXPECT_THAT(form->GetAll("role"), ElementsAre("leder", "hr", "administrator"));
  EXPECT_EQ(form->Get("role"), "leder");  // the first one
}

TEST(FormData, AnswersEmptyForAnAbsentKey) {
  const auto form = FormData::Parse("a=1");

  ASSERT_TRUE(form.has_value());
  EXPECT_FALSE(form->Has("b"));
  EXPECT_EQ(form->Get("b"), "");
  EXPECT_TRUE(form->GetAll("b").empty());
}

TEST(FormData, TreatsAKeyWithoutEqualsAsAnEmptyValue) {
  const auto form = FormData::Parse("remember&a=1");

  ASSERT_TRUE(form.has_value());
  EXPECT_TRUE(form->Has("remember"));
  EXPECT_EQ(form->Get("remember"), "");
  EXPECT_EQ(form->Get("a"), "1");
}

TEST(FormData, SplitsOnlyOnTheFirstEqualsSign) {
  const auto form = FormData::Parse("next=/x%3Fa%3D1&token=abc==");

  ASSERT_TRUE(form.has_value());
  EXPECT_EQ(form->Get("next"), "/x?a=1");
  EXPECT_EQ(form->Get("token"), "abc==");
}

TEST(FormData, SkipsEmptyPairs) {
  const auto form = FormData::Parse("&&a=1&&");

  ASSERT_TRUE(form.has_value());
  EXPECT_EQ(form->Get("a"), "1");
  EXPECT_FALSE(form->Has(""));
}

TEST(FormData, DecodesKeysAsWellAsValues) {
  const auto form = FormData::Parse("f%C3%B8dt+dato=1");

  ASSERT_TRUE(form.has_value());
  EXPECT_EQ(form->Get("f\xC3\xB8"
                      "dt dato"),
            "1");
}

TEST(FormData, RefusesMalformedPercentEncodingInAValue) {
  EXPECT_EQ(FormData::Parse("a=1&b=%zz"), std::nullopt);
  EXPECT_EQ(FormData::Parse("a=100%"), std::nullopt);
}

TEST(FormData, RefusesMalformedPercentEncodingInAKey) { EXPECT_EQ(FormData::Parse("%4=1"), std::nullopt); }

TEST(FormData, ParsesAnEmptyBodyAsAnEmptyForm) {
  const auto form = FormData::Parse("");

  ASSERT_TRUE(form.has_value());
  EXPECT_FALSE(form->Has(""));
  EXPECT_FALSE(form->Has("a"));
}

// ---- Cookies ---------------------------------------------------------------------------------

TEST(ParseInteger, TakesOnlyAWholeNumberWithinTheTypesRange) {
  EXPECT_EQ(ParseInteger<int>("42"), 42);
  EXPECT_EQ(ParseInteger<int>("-7"), -7);
  EXPECT_EQ(ParseInteger<long long>("9223372036854775807"), 9223372036854775807LL);
  EXPECT_EQ(ParseInteger<int>("2147483648"), std::nullopt);  // out of range
  EXPECT_EQ(ParseInteger<std::size_t>("-1"), std::nullopt);
  for (const auto* bad : {"", " 1", "1 ", "+1", "1x", "0x10", "1.5", "1e3"}) {
    EXPECT_EQ(ParseInteger<long long>(bad), std::nullopt) << bad;
  }
}

TEST(ParsePositive, RefusesZeroAndNegativeNumbers) {
  EXPECT_EQ(ParsePositive("1"), 1);
  EXPECT_EQ(ParsePositive<std::size_t>("15"), 15U);
  EXPECT_EQ(ParsePositive("0"), std::nullopt);
  EXPECT_EQ(ParsePositive("-3"), std::nullopt);
  EXPECT_EQ(ParsePositive<int>("abc"), std::nullopt);
}

TEST(ParseCookies, SplitsNameValuePairsAndTrimsSpaces) {
  const auto cookies = ParseCookies("lp_session=abc; lp_csrf=def ;\tlp_flash = ok ");

  EXPECT_EQ(cookies.size(), 3U);
  EXPECT_EQ(cookies.at("lp_session"), "abc");
  EXPECT_EQ(cookies.at("lp_csrf"), "def");
  EXPECT_EQ(cookies.at("lp_flash"), "ok");
}

TEST(ParseCookies, KeepsTheFirstOfRepeatedNames) {
  const auto cookies = ParseCookies("lp_session=specific; lp_session=general");

  EXPECT_EQ(cookies.at("lp_session"), "specific");
}

TEST(ParseCookies, RemovesSurroundingDoubleQuotes) {
  const auto cookies = ParseCookies("a=\"quoted\"; b=\"");

  EXPECT_EQ(cookies.at("a"), "quoted");
  EXPECT_EQ(cookies.at("b"), "\"");
}

TEST(ParseCookies, KeepsEqualsSignsInsideTheValue) {
  const auto cookies = ParseCookies("token=YWJj==; x=1");

  EXPECT_EQ(cookies.at("token"), "YWJj==");
}

TEST(ParseCookies, IgnoresPartsWithoutANameOrEquals) {
  const auto cookies = ParseCookies("=nameless; flag; ; a=1;");

  EXPECT_EQ(cookies.size(), 1U);
  EXPECT_EQ(cookies.at("a"), "1");
}

TEST(ParseCookies, AcceptsAnEmptyValue) {
  const auto cookies = ParseCookies("lp_session=");

  ASSERT_EQ(cookies.count("lp_session"), 1U);
  EXPECT_EQ(cookies.at("lp_session"), "");
}

TEST(ParseCookies, ReturnsNothingForAnEmptyHeader) { EXPECT_TRUE(ParseCookies("").empty()); }

TEST(BuildSetCookie, WritesASessionCookieWithTheDefaultAttributes) {
  EXPECT_EQ(BuildSetCookie("lp_session", "tok", CookieOptions{}), "lp_session=tok; Path=/; HttpOnly; SameSite=Lax");
}

TEST(BuildSetCookie, AddsMaxAgeSecureAndStrictWhenAsked) {
  CookieOptions options;
  options.http_only = false;
  options.secure = true;
  options.same_site = SameSite::Strict;
  options.max_age = std::chrono::hours{1};

  EXPECT_EQ(BuildSetCookie("__Host-lp_csrf", "v", options),
            "__Host-lp_csrf=v; Path=/; Max-Age=3600; Secure; SameSite=Strict");
}

TEST(BuildExpiredCookie, EmptiesTheValueAndSetsMaxAgeZeroKeepingTheOtherAttributes) {
  CookieOptions options;
  options.secure = true;
  options.max_age = std::chrono::hours{12};

  const auto cookie = BuildExpiredCookie("__Host-lp_session", options);

  EXPECT_EQ(cookie, "__Host-lp_session=; Path=/; Max-Age=0; HttpOnly; Secure; SameSite=Lax");
  EXPECT_THAT(cookie, Not(HasSubstr("43200")));
}

// Issue 14.11: what a client sends reaches the log as one harmless line.
TEST(ForLog, EscapesControlCharactersBackslashesAndBrokenUtf8) {
  using namespace std::string_view_literals;
  EXPECT_EQ(ForLog("/enheder/42"), "/enheder/42");
  EXPECT_EQ(ForLog("/ø/æ/å/€"), "/ø/æ/å/€") << "Danish text stays readable";
  EXPECT_EQ(ForLog("/a\x1B[31mb"sv), "/a\\x1B[31mb");
  EXPECT_EQ(ForLog("/a\0b"sv), "/a\\x00b");
  EXPECT_EQ(ForLog("/a\r\n200 GET /forged"sv), "/a\\x0D\\x0A200 GET /forged");
  EXPECT_EQ(ForLog("/a\\x1B"sv), "/a\\x5Cx1B") << "an escaped-looking text cannot pass for an escape";
  EXPECT_EQ(ForLog("/\xFF\xC3"sv), "/\\xFF\\xC3");
  EXPECT_EQ(ForLog("\x7F"sv), "\\x7F");
  const std::string long_path(5'000, 'a');
  const auto cut = ForLog(long_path);
  EXPECT_EQ(cut, std::string(2'000, 'a') + "…");
}

}  // namespace
}  // namespace lp::web
