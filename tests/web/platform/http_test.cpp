// HTTP-level tests against the real server on a free port: routing, errors, security headers,
// protocol limits and static assets.
#include <gmock/gmock.h>

#include "web/portal_fixture.hpp"

namespace lp::testing {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

class HttpServer : public PortalTest {};

TEST_F(HttpServer, HealthCheckReportsProcessAndDatabase) {
  const auto response = Client().Get("/healthz");
  EXPECT_EQ(response.status, 200);
  EXPECT_THAT(response.Header("content-type"), HasSubstr("application/json"));
  EXPECT_THAT(response.body, HasSubstr("\"database\":\"ok\""));
}

TEST_F(HttpServer, UnknownRouteGetsDanishNotFoundPageInTheShell) {
  const auto response = Client().Get("/findes-ikke");
  EXPECT_EQ(response.status, 404);
  EXPECT_THAT(response.body, HasSubstr("lang=\"da\""));
  EXPECT_THAT(response.body, HasSubstr("Siden findes ikke"));
  EXPECT_THAT(response.body, HasSubstr("Tilgængelighedserklæring"));
  EXPECT_FALSE(response.Header("x-request-id").empty());
}

TEST_F(HttpServer, UnknownRouteShowsTheShellAsSignedInForASignedInVisitor) {
  CreateUser("a@example.test", {domain::Role::Leder}, "Aase Andersen");
  auto client = SignedInClient("a@example.test");
  const auto response = client.Get("/findes-ikke");
  EXPECT_EQ(response.status, 404);
  EXPECT_THAT(response.body, HasSubstr("Aase Andersen"));
  EXPECT_THAT(response.body, HasSubstr("Log ud"));
  EXPECT_THAT(response.body, Not(HasSubstr(">Log ind<")));
}

TEST_F(HttpServer, UnknownApiRouteGetsJsonError) {
  const auto response = Client().Get("/api/v1/findes-ikke");
  EXPECT_EQ(response.status, 404);
  EXPECT_THAT(response.Header("content-type"), HasSubstr("application/json"));
  EXPECT_THAT(response.body, HasSubstr("\"status\":404"));
}

TEST_F(HttpServer, WrongMethodGets405WithAllowHeader) {
  const auto response = Client().Request("DELETE", "/log-ind", "", {});
  EXPECT_EQ(response.status, 405);
  EXPECT_THAT(response.Header("allow"), HasSubstr("GET"));
  EXPECT_THAT(response.Header("allow"), HasSubstr("POST"));
  EXPECT_THAT(response.body, HasSubstr("Handlingen er ikke tilladt"));
}

TEST_F(HttpServer, EveryPageCarriesTheSecurityHeaders) {
  for (const auto* target : {"/log-ind", "/findes-ikke", "/tilgaengelighed"}) {
    const auto response = Client().Get(target);
    const auto csp = response.Header("content-security-policy");
    EXPECT_THAT(csp, HasSubstr("default-src 'self'")) << target;
    EXPECT_THAT(csp, HasSubstr("frame-ancestors 'none'")) << target;
    EXPECT_THAT(csp, Not(HasSubstr("unsafe-inline"))) << target;
    EXPECT_EQ(response.Header("x-content-type-options"), "nosniff") << target;
    EXPECT_EQ(response.Header("referrer-policy"), "same-origin") << target;
    EXPECT_EQ(response.Header("cache-control"), "no-store") << target;
  }
}

// Issue 14.12: a static asset is answered on the network thread, with the same headers as a page.
TEST_F(HttpServer, StaticAssetsCarryTheSecurityHeadersAndTheirOwnRequestId) {
  auto client = Client();
  const auto first = client.Get("/static/robots.txt");
  const auto second = client.Get("/static/robots.txt");
  ASSERT_EQ(first.status, 200);
  EXPECT_EQ(first.Header("x-content-type-options"), "nosniff");
  EXPECT_THAT(first.Header("content-security-policy"), HasSubstr("default-src 'self'"));
  EXPECT_THAT(first.Header("x-request-id"), ::testing::MatchesRegex("[0-9a-f]{16}"));
  EXPECT_THAT(second.Header("x-request-id"), ::testing::MatchesRegex("[0-9a-f]{16}"));
  EXPECT_NE(first.Header("x-request-id"), second.Header("x-request-id"));
}

TEST_F(HttpServer, OnlyTheStaticAssetsAnswerFromMemoryOnTheNetworkThreads) {
  const auto& web = portal().web();
  EXPECT_TRUE(web.Traits(web::Method::Get, "/static/robots.txt").answers_from_memory);
  EXPECT_TRUE(web.Traits(web::Method::Get, "/robots.txt").answers_from_memory);
  EXPECT_TRUE(web.Traits(web::Method::Head, "/favicon.ico").answers_from_memory);
  EXPECT_FALSE(web.Traits(web::Method::Get, "/healthz").answers_from_memory) << "pings the database";
  EXPECT_FALSE(web.Traits(web::Method::Get, "/log-ind").answers_from_memory);
  EXPECT_FALSE(web.Traits(web::Method::Post, "/log-ind").answers_from_memory);
  EXPECT_FALSE(web.Traits(web::Method::Get, "/findes-ikke").answers_from_memory);
}

// Requests sent back to back in one write are each answered, in order: the server parses a header
// block out of its buffer and must leave the next request's bytes there.
TEST_F(HttpServer, AnswersPipelinedRequestsInOrder) {
  HttpConnection connection("127.0.0.1", port());
  connection.SendRaw(
      "GET /static/robots.txt HTTP/1.1\r\nHost: x\r\n\r\n"
      "GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n"
      "POST /log-ind HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-urlencoded\r\n"
      "Content-Length: 7\r\n\r\nemail=x"
      "GET /findes-ikke HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
  const auto robots = connection.ReadResponse();
  const auto health = connection.ReadResponse();
  const auto login = connection.ReadResponse();
  const auto missing = connection.ReadResponse();
  ASSERT_TRUE(robots && health && login && missing);
  EXPECT_EQ(robots->status, 200);
  EXPECT_THAT(robots->body, HasSubstr("User-agent"));
  EXPECT_EQ(health->status, 200);
  EXPECT_THAT(health->body, HasSubstr("\"database\""));
  EXPECT_EQ(login->status, 403) << "no CSRF cookie: refused, and its body was read to its end";
  EXPECT_EQ(missing->status, 404);
  EXPECT_TRUE(missing->closed);
}

TEST_F(HttpServer, HeadAnswersWithoutBody) {
  HttpConnection connection("127.0.0.1", port());
  connection.SendRaw("HEAD /log-ind HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
  const auto response = connection.ReadResponse();
  ASSERT_TRUE(response);
  EXPECT_EQ(response->status, 200);
  EXPECT_GT(std::stoul(response->Header("content-length")), 0U);
  EXPECT_TRUE(response->body.empty());
}

TEST_F(HttpServer, KeepsTheConnectionAliveBetweenRequests) {
  HttpConnection connection("127.0.0.1", port());
  for (int i = 0; i < 3; ++i) {
    connection.SendRaw("GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n");
    const auto response = connection.ReadResponse();
    ASSERT_TRUE(response) << "request " << i;
    EXPECT_EQ(response->status, 200);
    EXPECT_FALSE(response->closed);
  }
}

TEST_F(HttpServer, MalformedRequestGets400AndIsClosed) {
  HttpConnection connection("127.0.0.1", port());
  connection.SendRaw("THIS IS NOT HTTP\r\n\r\n");
  const auto response = connection.ReadResponse();
  ASSERT_TRUE(response);
  EXPECT_EQ(response->status, 400);
  EXPECT_THAT(response->body, HasSubstr("Forespørgslen kunne ikke forstås"));
  EXPECT_TRUE(response->closed);
}

// Issue 14.10: what RFC 9112 forbids is answered 400 and the connection closed, never served.
TEST_F(HttpServer, RefusesRequestsThatHttp11Forbids) {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"no Host", "GET /healthz HTTP/1.1\r\nConnection: close\r\n\r\n"},
      {"two Host headers", "GET /healthz HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n"},
      {"an empty Host", "GET /healthz HTTP/1.1\r\nHost: \r\n\r\n"},
      {"a Host with a space", "GET /healthz HTTP/1.1\r\nHost: a b\r\n\r\n"},
      {"a folded header", "GET /healthz HTTP/1.1\r\nHost: x\r\nX-Note: one\r\n two\r\n\r\n"},
      {"a header line starting with a tab", "GET /healthz HTTP/1.1\r\n\tHost: x\r\n\r\n"},
      {"an unknown transfer coding",
       "POST /log-ind HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: gzip\r\n\r\nemail=a&password=b"},
      {"chunked that is not the last coding",
       "POST /log-ind HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked, gzip\r\n\r\n0\r\n\r\n"},
  };
  for (const auto& [name, request] : cases) {
    HttpConnection connection("127.0.0.1", port());
    connection.SendRaw(request);
    const auto response = connection.ReadResponse();
    ASSERT_TRUE(response) << name;
    EXPECT_EQ(response->status, 400) << name;
    EXPECT_TRUE(response->closed) << name;
  }
  // HTTP/1.0 may leave Host out; a well-formed chunked body is read.
  HttpConnection old("127.0.0.1", port());
  old.SendRaw("GET /healthz HTTP/1.0\r\n\r\n");
  const auto answer = old.ReadResponse();
  ASSERT_TRUE(answer);
  EXPECT_EQ(answer->status, 200);
  HttpConnection chunked("127.0.0.1", port());
  chunked.SendRaw(
      "POST /log-ind HTTP/1.1\r\nHost: x\r\nConnection: close\r\nContent-Type: application/x-www-form-urlencoded\r\n"
      "Transfer-Encoding: chunked\r\n\r\n7\r\nemail=a\r\n0\r\n\r\n");
  const auto login = chunked.ReadResponse();
  ASSERT_TRUE(login);
  EXPECT_NE(login->status, 400) << "a chunked form is framed correctly (it fails the CSRF check instead)";
}

TEST_F(HttpServer, OversizedHeadersGet431) {
  HttpConnection connection("127.0.0.1", port());
  connection.SendRaw("GET / HTTP/1.1\r\nHost: x\r\nX-Big: " + std::string(20000, 'a') + "\r\n\r\n");
  const auto response = connection.ReadResponse();
  ASSERT_TRUE(response);
  EXPECT_EQ(response->status, 431);
  EXPECT_THAT(response->body, HasSubstr("for stor"));
}

TEST_F(HttpServer, OversizedBodyGets413BeforeItIsRead) {
  HttpConnection connection("127.0.0.1", port());
  connection.SendRaw(
      "POST /log-ind HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-urlencoded\r\n"
      "Content-Length: 5000000\r\n\r\nemail=a");
  const auto response = connection.ReadResponse();
  ASSERT_TRUE(response);
  EXPECT_EQ(response->status, 413);
  EXPECT_THAT(response->body, HasSubstr("Indholdet er for stort"));
}

TEST_F(HttpServer, MalformedPercentEncodingInPathGets400) {
  const auto response = Client().Get("/%zz");
  EXPECT_EQ(response.status, 400);
}

TEST_F(HttpServer, ServesStaticAssetsWithEtagAndRevalidation) {
  auto client = Client();
  const auto first = client.Get("/robots.txt");
  ASSERT_EQ(first.status, 200);
  EXPECT_THAT(first.Header("content-type"), HasSubstr("text/plain"));
  const auto etag = first.Header("etag");
  ASSERT_FALSE(etag.empty());
  const auto second = client.Get("/robots.txt", {{"If-None-Match", etag}});
  EXPECT_EQ(second.status, 304);
  EXPECT_TRUE(second.body.empty());
}

TEST_F(HttpServer, ServesPrecompressedAssetsToClientsThatAcceptGzip) {
  auto client = Client();
  const auto page = client.Get("/log-ind");
  const auto css_end = page.body.find(".css?v=");
  ASSERT_NE(css_end, std::string::npos);
  const auto css_start = page.body.rfind("/static/", css_end);
  const auto css = page.body.substr(css_start, page.body.find('"', css_start) - css_start);
  const auto plain = client.Get(css);
  const auto compressed = client.Get(css, {{"Accept-Encoding", "gzip, br"}});
  ASSERT_EQ(plain.status, 200) << css;
  EXPECT_EQ(compressed.Header("content-encoding"), "gzip") << css;
  EXPECT_LT(compressed.body.size(), plain.body.size());
  EXPECT_THAT(plain.Header("cache-control"), HasSubstr("immutable")) << "versioned URL " << css;
}

TEST_F(HttpServer, MissingStaticAssetIs404) { EXPECT_EQ(Client().Get("/static/findes-ikke.css").status, 404); }

TEST_F(HttpServer, MetricsExposeRequestsByRouteAndPoolUse) {
  auto client = Client();
  client.Get("/healthz");
  client.Get("/findes-ikke");
  const auto response = client.Get("/metrics");
  ASSERT_EQ(response.status, 200);
  EXPECT_THAT(response.body, HasSubstr("lp_http_requests_total{method=\"GET\",route=\"/healthz\",status=\"200\"}"));
  EXPECT_THAT(response.body, HasSubstr("route=\"(unmatched)\",status=\"404\""));
  EXPECT_THAT(response.body, HasSubstr("lp_http_request_duration_seconds_bucket"));
  EXPECT_THAT(response.body, HasSubstr("lp_db_pool_size"));
}

class SlowClients : public PortalTest {
  void Configure(std::map<std::string, std::string>& settings) override { settings["header_timeout_seconds"] = "1"; }
};

TEST_F(SlowClients, ClientThatNeverFinishesItsHeadersIsDropped) {
  HttpConnection slow("127.0.0.1", port());
  slow.SendRaw("GET / HTTP/1.1\r\nHost: x\r\n");  // and then nothing
  EXPECT_TRUE(slow.WaitForClose(std::chrono::seconds{5}));
  // Meanwhile other clients are served.
  EXPECT_EQ(Client().Get("/healthz").status, 200);
}

}  // namespace
}  // namespace lp::testing
