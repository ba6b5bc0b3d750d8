// The integrations over HTTP: the administrator's tokens page, and the routes for other systems,
// which take a bearer token and nothing else (no session, no CSRF).
#include <gmock/gmock.h>

#include <array>
#include <regex>

#include "domain/integrations/integrations.hpp"
#include "web/platform/portal.hpp"
#include "web/portal_fixture.hpp"

namespace lp::testing {
namespace {

using ::testing::ContainsRegex;
using ::testing::HasSubstr;
using ::testing::IsEmpty;
using ::testing::Not;

class Integrations : public PortalTest {
 protected:
  void SetUp() override {
    PortalTest::SetUp();
    CreateUser("admin@rm.test", {domain::Role::Administrator}, "Ada Admin");
    CreateUser("leder@rm.test", {domain::Role::Leder});
  }

  // Makes a token through the page and returns it as the page shows it.
  std::string CreateToken(HttpClient& admin, const std::string& name) {
    admin.Get("/administration/integrationer");
    const auto response = admin.PostForm(
        "/administration/integrationer",
        {{"name", name}, {"purpose", "Målinger fra LPR"}, {"scope", "maalinger"}, {"_csrf", admin.csrf_token()}});
    EXPECT_EQ(response.status, 200) << response.body;
    std::smatch match;
    static const std::regex token_pattern("value=\"(lpi_[A-Za-z0-9_-]{43})\"");
    if (!std::regex_search(response.body, match, token_pattern)) {
      ADD_FAILURE() << "no token on the page";
      return {};
    }
    return match[1];
  }

  HttpResponse Check(const std::string& authorization) {
    std::map<std::string, std::string> headers;
    if (!authorization.empty()) headers["Authorization"] = authorization;
    return Client().Get("/api/v1/integration", headers);
  }
};

TEST_F(Integrations, AnAdministratorMakesATokenAndSeesItOnlyOnce) {
  auto admin = SignedInClient("admin@rm.test");
  const auto page = admin.Get("/administration/integrationer");
  ASSERT_EQ(page.status, 200);
  EXPECT_THAT(page.body, HasSubstr("<h1>Integrationer</h1>"));
  EXPECT_THAT(page.body, HasSubstr("Der er ingen nøgler endnu."));
  EXPECT_THAT(page.body, HasSubstr("Målinger til indikatorer"));

  const auto response = admin.PostForm("/administration/integrationer", {{"name", "Dataplatform – LPR-udtræk"},
                                                                         {"purpose", "Målinger fra LPR"},
                                                                         {"scope", "maalinger"},
                                                                         {"_csrf", admin.csrf_token()}});
  ASSERT_EQ(response.status, 200) << response.body;
  EXPECT_THAT(response.body, HasSubstr("Kopiér nøglen nu: den vises kun denne ene gang"));
  EXPECT_THAT(response.body, HasSubstr("Authorization: Bearer"));
  EXPECT_THAT(response.Header("cache-control"), HasSubstr("no-store"));
  std::smatch match;
  ASSERT_TRUE(std::regex_search(response.body, match, std::regex("value=\"(lpi_[A-Za-z0-9_-]{43})\"")));
  const std::string token = match[1];

  const auto list = admin.Get("/administration/integrationer");
  EXPECT_THAT(list.body, Not(HasSubstr(token)));
  EXPECT_THAT(list.body, HasSubstr(token.substr(0, 12) + "…"));
  EXPECT_THAT(list.body, HasSubstr("Dataplatform – LPR-udtræk"));
  EXPECT_THAT(list.body, HasSubstr("Ada Admin"));
  EXPECT_THAT(list.body, HasSubstr("Aktiv"));
  EXPECT_THAT(list.body, HasSubstr("Aldrig"));
}

TEST_F(Integrations, TheFormComesBackWithDanishMessagesNextToTheFields) {
  auto admin = SignedInClient("admin@rm.test");
  CreateToken(admin, "Dataplatform");
  admin.Get("/administration/integrationer");
  const auto empty =
      admin.PostForm("/administration/integrationer",
                     {{"name", ""}, {"purpose", ""}, {"scope", "maalinger"}, {"_csrf", admin.csrf_token()}});
  EXPECT_EQ(empty.status, 422);
  EXPECT_THAT(empty.body, HasSubstr("Skriv integrationens navn."));
  EXPECT_THAT(empty.body, HasSubstr("Skriv, hvad integrationen skal bruge nøglen til."));
  EXPECT_THAT(empty.body, HasSubstr("aria-describedby=\"name-hint name-error\""));
  EXPECT_THAT(empty.body, Not(ContainsRegex("lpi_[A-Za-z0-9_-]{43}")));

  const auto duplicate = admin.PostForm(
      "/administration/integrationer",
      {{"name", "Dataplatform"}, {"purpose", "Igen"}, {"scope", "maalinger"}, {"_csrf", admin.csrf_token()}});
  EXPECT_EQ(duplicate.status, 422);
  EXPECT_THAT(duplicate.body, HasSubstr("Der er allerede en aktiv nøgle med navnet »Dataplatform«"));
}

TEST_F(Integrations, OnlyAdministratorsMayOpenThePage) {
  auto leader = SignedInClient("leder@rm.test");
  EXPECT_EQ(leader.Get("/administration/integrationer").status, 403);
  EXPECT_EQ(leader
                .PostForm("/administration/integrationer",
                          {{"name", "X"}, {"purpose", "Y"}, {"scope", "maalinger"}, {"_csrf", leader.csrf_token()}})
                .status,
            403);
  EXPECT_EQ(Client().Get("/administration/integrationer").status, 303);
}

TEST_F(Integrations, AValidTokenOpensTheCheckRouteAndIsRecordedAsUsed) {
  auto admin = SignedInClient("admin@rm.test");
  const auto token = CreateToken(admin, "Dataplatform – LPR-udtræk");

  const auto response = Check("Bearer " + token);
  EXPECT_EQ(response.status, 200) << response.body;
  EXPECT_THAT(response.Header("content-type"), HasSubstr("application/json"));
  EXPECT_EQ(response.body, R"({"integration":"Dataplatform – LPR-udtræk","scope":"maalinger"})");
  EXPECT_THAT(response.Headers("set-cookie"), IsEmpty());  // no CSRF cookie, no session
  EXPECT_EQ(Check("bearer " + token).status, 200);         // the scheme is case-insensitive

  EXPECT_THAT(admin.Get("/administration/integrationer").body, Not(HasSubstr("Aldrig")));
}

TEST_F(Integrations, MissingAndUnknownTokensGet401WithAJsonReasonInDanish) {
  const auto missing = Check("");
  EXPECT_EQ(missing.status, 401);
  EXPECT_THAT(missing.Header("content-type"), HasSubstr("application/json"));
  EXPECT_EQ(missing.Header("www-authenticate"), R"(Bearer realm="ledelsesportalen")");
  EXPECT_THAT(missing.body, HasSubstr(R"("fejl":"Der blev ikke sendt nogen integrationsnøgle.)"));
  EXPECT_THAT(missing.Headers("set-cookie"), IsEmpty());

  const auto unknown = Check("Bearer lpi_" + std::string(43, 'A'));
  EXPECT_EQ(unknown.status, 401);
  EXPECT_THAT(unknown.Header("www-authenticate"), HasSubstr(R"(error="invalid_token")"));
  EXPECT_THAT(unknown.body, HasSubstr(R"("fejl":"Integrationsnøglen er ukendt.)"));

  EXPECT_EQ(Check("Basic YWRtaW46aGVtbWVsaWc=").status, 401);
}

TEST_F(Integrations, ARevokedTokenStopsWorkingAtOnce) {
  auto admin = SignedInClient("admin@rm.test");
  const auto token = CreateToken(admin, "Dataplatform");
  ASSERT_EQ(Check("Bearer " + token).status, 200);

  const auto list = admin.Get("/administration/integrationer");
  std::smatch match;
  ASSERT_TRUE(std::regex_search(list.body, match, std::regex("/administration/integrationer/([0-9]+)/tilbagekald")));
  const std::string revoke_path = match[0];
  const auto confirm = admin.Get(revoke_path);
  ASSERT_EQ(confirm.status, 200);
  EXPECT_THAT(confirm.body, HasSubstr("Tilbagekald nøglen til »Dataplatform«"));
  EXPECT_EQ(SignedInClient("leder@rm.test").Get(revoke_path).status, 403);

  const auto revoked = admin.PostForm(revoke_path, {{"_csrf", admin.csrf_token()}});
  ASSERT_EQ(revoked.status, 303);
  const auto after = admin.Get(revoked.Header("location"));
  EXPECT_THAT(after.body, HasSubstr("Nøglen er tilbagekaldt."));
  EXPECT_TRUE(std::regex_search(after.body, std::regex(R"(Tilbagekaldt \d\d\.\d\d\.\d{4} kl\. \d\d:\d\d, Ada Admin)")));
  EXPECT_THAT(after.body, Not(HasSubstr(revoke_path)));

  const auto refused = Check("Bearer " + token);
  EXPECT_EQ(refused.status, 401);
  EXPECT_THAT(refused.body, HasSubstr(R"("fejl":"Integrationsnøglen er tilbagekaldt)"));

  // Revoking again says so, and the name is free for a new token.
  EXPECT_EQ(admin.PostForm(revoke_path, {{"_csrf", admin.csrf_token()}}).status, 303);
  EXPECT_EQ(Check("Bearer " + CreateToken(admin, "Dataplatform")).status, 200);
}

TEST_F(Integrations, ASignedInBrowserGetsNothingFromATokenRoute) {
  auto admin = SignedInClient("admin@rm.test");
  const auto response = admin.Get("/api/v1/integration");
  EXPECT_EQ(response.status, 401);
  EXPECT_THAT(response.body, HasSubstr("Der blev ikke sendt nogen integrationsnøgle"));
}

// A route for other systems registered by this test alone, on a portal over the running one's
// services: a POST with a bearer token and no cookie at all reaches the handler, which learns who sent it.
web::Response Deliver(const web::PageServices& /*services*/, web::RequestContext& context,
                      const app::AuthenticatedIntegration& integration) {
  return web::Response::Json(201,
                             R"({"fra":")" + integration.name + R"(","modtaget":")" + context.request.body + "\"}");
}
void RegisterDeliveryRoute(web::PageModule& module) {
  module.ApiPost("/api/v1/test/levering", domain::IntegrationScopeCode(domain::IntegrationScope::Measurements),
                 &Deliver);
}

TEST_F(Integrations, APostWithABearerTokenNeedsNoCsrfCookieAndTheHandlerKnowsTheSender) {
  auto admin = SignedInClient("admin@rm.test");
  const auto token = CreateToken(admin, "Dataplatform");
  web::Metrics metrics;
  web::PortalOptions options;
  options.csrf_key = "test-key";
  const std::array<web::RegisterPages, 1> modules{&RegisterDeliveryRoute};
  web::Portal api(portal().services(), modules, web::StaticFiles::Empty(), metrics, options);
  const auto post = [&](const std::string& authorization, const std::string& cookie = {}) {
    web::Request request;
    request.method = web::Method::Post;
    request.method_name = "POST";
    request.path = request.target = "/api/v1/test/levering";
    request.body = "42";
    request.remote_address = "10.1.2.3";
    request.headers.emplace("Content-Type", "application/json");
    request.headers.emplace("Origin", "https://elsewhere.example");
    if (!authorization.empty()) request.headers.emplace("Authorization", authorization);
    if (!cookie.empty()) request.headers.emplace("Cookie", cookie);
    return api.Handle(request);
  };

  const auto delivered = post("Bearer " + token);
  EXPECT_EQ(delivered.status, 201) << delivered.body;
  EXPECT_EQ(delivered.body, R"({"fra":"Dataplatform","modtaget":"42"})");

  // A browser's cookies are worth nothing here: without the token it is refused, not let in.
  const auto with_cookies =
      post("", "lp_session=" + admin.Cookie("lp_session") + "; lp_csrf=" + admin.Cookie("lp_csrf"));
  EXPECT_EQ(with_cookies.status, 401);
  EXPECT_THAT(with_cookies.body, HasSubstr("\"fejl\""));
}

TEST_F(Integrations, AnIntegrationRouteNeedsAnApiPathAndAScope) {
  web::Metrics metrics;
  const auto bad_path = [](web::PageModule& module) { module.ApiPost("/levering", "maalinger", &Deliver); };
  const std::array<web::RegisterPages, 1> modules{+bad_path};
  EXPECT_THROW(web::Portal(portal().services(), modules, web::StaticFiles::Empty(), metrics, web::PortalOptions{}),
               std::invalid_argument);
}

}  // namespace
}  // namespace lp::testing
