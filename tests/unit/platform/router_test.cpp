#include "web/platform/router.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <stdexcept>
#include <string>
#include <vector>

#include "web/platform/context.hpp"

namespace lp::web {
namespace {

using ::testing::ElementsAre;
using ::testing::UnorderedElementsAre;

// A handler that answers with its own name, so a test can tell which route was chosen.
Handler Named(std::string name) {
  return [name = std::move(name)](RequestContext&) { return Response::Text(200, name); };
}

// Method names, so a failing expectation prints "GET" rather than bytes.
std::vector<std::string> Names(const std::vector<Method>& methods) {
  std::vector<std::string> names;
  for (const Method method : methods) names.emplace_back(MethodName(method));
  return names;
}

Route MakeRoute(Method method, std::string pattern) {
  Route route;
  route.method = method;
  route.pattern = pattern;
  route.access = app::kPublic;
  route.handler = Named(std::move(pattern));
  return route;
}

TEST(Router, FindsALiteralRouteByMethodAndPath) {
  Router router;
  router.Add(MakeRoute(Method::Get, "/"));
  router.Add(MakeRoute(Method::Get, "/min-profil"));

  const auto match = router.Resolve(Method::Get, "/min-profil");

  ASSERT_EQ(match.outcome, Router::Outcome::Found);
  ASSERT_NE(match.route, nullptr);
  EXPECT_EQ(match.route->pattern, "/min-profil");
  EXPECT_TRUE(match.allowed.empty());
}

TEST(Router, MatchesTheRootPathOnlyToTheRootPattern) {
  Router router;
  router.Add(MakeRoute(Method::Get, "/"));

  EXPECT_EQ(router.Resolve(Method::Get, "/").outcome, Router::Outcome::Found);
  EXPECT_EQ(router.Resolve(Method::Get, "/x").outcome, Router::Outcome::NotFound);
}

TEST(Router, AnswersNotFoundWhenNoPatternMatchesThePath) {
  Router router;
  router.Add(MakeRoute(Method::Get, "/enheder"));

  const auto match = router.Resolve(Method::Get, "/medarbejdere");

  EXPECT_EQ(match.outcome, Router::Outcome::NotFound);
  EXPECT_EQ(match.route, nullptr);
  EXPECT_TRUE(match.allowed.empty());
}

TEST(Router, DoesNotTreatATrailingSlashAsTheSamePath) {
  Router router;
  router.Add(MakeRoute(Method::Get, "/enheder"));

  EXPECT_EQ(router.Resolve(Method::Get, "/enheder/").outcome, Router::Outcome::NotFound);
  EXPECT_EQ(router.Resolve(Method::Get, "/enheder/x").outcome, Router::Outcome::NotFound);
}

TEST(Router, ComparesLiteralSegmentsCaseSensitively) {
  Router router;
  router.Add(MakeRoute(Method::Get, "/enheder"));

  EXPECT_EQ(router.Resolve(Method::Get, "/Enheder").outcome, Router::Outcome::NotFound);
}

TEST(Router, CapturesAnIntegerParameter) {
  Router router;
  router.Add(MakeRoute(Method::Get, "/enheder/{id:int}/medlemmer/{member:int}"));

  const auto match = router.Resolve(Method::Get, "/enheder/42/medlemmer/9223372036854775807");

  ASSERT_EQ(match.outcome, Router::Outcome::Found);
  EXPECT_EQ(match.params.Get("id"), "42");
  EXPECT_EQ(match.params.Int("id"), 42);
  EXPECT_EQ(match.params.Int("member"), 9223372036854775807LL);
}

TEST(Router, RejectsIntegerSegmentsThatAreNotPositiveCanonicalInt64) {
  Router router;
  router.Add(MakeRoute(Method::Get, "/enheder/{id:int}"));

  for (const char* path : {"/enheder/0", "/enheder/-1", "/enheder/+1", "/enheder/007", "/enheder/abc", "/enheder/12abc",
                           "/enheder/1.5", "/enheder/", "/enheder/ 1",
                           "/enheder/9223372036854775808",      // one past INT64_MAX
                           "/enheder/99999999999999999999"}) {  // 20 digits
    SCOPED_TRACE(path);
    EXPECT_EQ(router.Resolve(Method::Get, path).outcome, Router::Outcome::NotFound);
  }
}

TEST(Router, CapturesANonEmptyStringParameterFromOneSegment) {
  Router router;
  router.Add(MakeRoute(Method::Get, "/artikler/{slug}"));

  const auto match = router.Resolve(Method::Get, "/artikler/god-ledelse");
  ASSERT_EQ(match.outcome, Router::Outcome::Found);
  EXPECT_EQ(match.params.Get("slug"), "god-ledelse");

  EXPECT_EQ(router.Resolve(Method::Get, "/artikler/").outcome, Router::Outcome::NotFound);
  EXPECT_EQ(router.Resolve(Method::Get, "/artikler/a/b").outcome, Router::Outcome::NotFound);
}

TEST(Router, CapturesTheRestOfThePathWithAStarParameter) {
  Router router;
  router.Add(MakeRoute(Method::Get, "/static/{path:*}"));

  const auto match = router.Resolve(Method::Get, "/static/dkfds/css/dkfds.min.css");

  ASSERT_EQ(match.outcome, Router::Outcome::Found);
  EXPECT_EQ(match.params.Get("path"), "dkfds/css/dkfds.min.css");
}

TEST(Router, RefusesAnEmptyRestParameter) {
  Router router;
  router.Add(MakeRoute(Method::Get, "/static/{path:*}"));

  EXPECT_EQ(router.Resolve(Method::Get, "/static").outcome, Router::Outcome::NotFound);
  EXPECT_EQ(router.Resolve(Method::Get, "/static/").outcome, Router::Outcome::NotFound);
}

TEST(Router, ReturnsAnEmptyStringAndZeroForAnAbsentParameter) {
  Router router;
  router.Add(MakeRoute(Method::Get, "/enheder/{id:int}"));

  const auto match = router.Resolve(Method::Get, "/enheder/5");

  ASSERT_EQ(match.outcome, Router::Outcome::Found);
  EXPECT_EQ(match.params.Get("missing"), "");
  EXPECT_EQ(match.params.Int("missing"), 0);
}

TEST(Router, PicksTheFirstAddedRouteWhenSeveralMatch) {
  Router router;
  router.Add(MakeRoute(Method::Get, "/artikler/ny"));
  router.Add(MakeRoute(Method::Get, "/artikler/{slug}"));

  const auto literal = router.Resolve(Method::Get, "/artikler/ny");
  ASSERT_EQ(literal.outcome, Router::Outcome::Found);
  EXPECT_EQ(literal.route->pattern, "/artikler/ny");
  EXPECT_EQ(literal.params.Get("slug"), "");

  const auto parameter = router.Resolve(Method::Get, "/artikler/gammel");
  ASSERT_EQ(parameter.outcome, Router::Outcome::Found);
  EXPECT_EQ(parameter.route->pattern, "/artikler/{slug}");
}

TEST(Router, AnswersHeadWithTheGetRoute) {
  Router router;
  router.Add(MakeRoute(Method::Get, "/healthz"));

  const auto match = router.Resolve(Method::Head, "/healthz");

  ASSERT_EQ(match.outcome, Router::Outcome::Found);
  EXPECT_EQ(match.route->method, Method::Get);
}

TEST(Router, DoesNotAnswerHeadWithAPostRoute) {
  Router router;
  router.Add(MakeRoute(Method::Post, "/log-ud"));

  const auto match = router.Resolve(Method::Head, "/log-ud");

  EXPECT_EQ(match.outcome, Router::Outcome::MethodNotAllowed);
  EXPECT_THAT(Names(match.allowed), ElementsAre("POST"));
}

TEST(Router, Answers405WithAllowedMethodsWhenOnlyMethodDiffers) {
  Router router;
  router.Add(MakeRoute(Method::Get, "/log-ind"));
  router.Add(MakeRoute(Method::Post, "/log-ind"));
  router.Add(MakeRoute(Method::Delete, "/andet"));

  const auto match = router.Resolve(Method::Put, "/log-ind");

  EXPECT_EQ(match.outcome, Router::Outcome::MethodNotAllowed);
  EXPECT_EQ(match.route, nullptr);
  EXPECT_THAT(Names(match.allowed), UnorderedElementsAre("GET", "HEAD", "POST"));
}

TEST(Router, PrefersAMatchingMethodOverAnEarlierRouteWithAnotherMethod) {
  Router router;
  router.Add(MakeRoute(Method::Post, "/log-ind"));
  router.Add(MakeRoute(Method::Get, "/log-ind"));

  const auto match = router.Resolve(Method::Get, "/log-ind");

  ASSERT_EQ(match.outcome, Router::Outcome::Found);
  EXPECT_EQ(match.route->method, Method::Get);
  EXPECT_TRUE(match.allowed.empty());
}

// The 405 response's Allow header is built from `allowed` as is (web/portal.cpp), so a method that
// two overlapping routes share must be listed once, not twice.
// Overlapping routes must not repeat a method in the Allow header ("GET, HEAD, GET, HEAD").
TEST(Router, ListsEachAllowedMethodOnceWhenOverlappingRoutesShareIt) {
  Router router;
  router.Add(MakeRoute(Method::Get, "/artikler/{id:int}"));
  router.Add(MakeRoute(Method::Get, "/artikler/{slug}"));

  const auto match = router.Resolve(Method::Post, "/artikler/7");

  EXPECT_EQ(match.outcome, Router::Outcome::MethodNotAllowed);
  EXPECT_THAT(Names(match.allowed), UnorderedElementsAre("GET", "HEAD"));
}

TEST(Router, AnswersBadPathForAPathThatDoesNotStartWithASlash) {
  Router router;
  router.Add(MakeRoute(Method::Get, "/"));

  EXPECT_EQ(router.Resolve(Method::Get, "").outcome, Router::Outcome::BadPath);
  EXPECT_EQ(router.Resolve(Method::Get, "min-profil").outcome, Router::Outcome::BadPath);
  EXPECT_EQ(router.Resolve(Method::Get, "*").outcome, Router::Outcome::BadPath);
}

TEST(Router, RefusesMalformedPatternsWhenARouteIsAdded) {
  for (const char* pattern : {"", "enheder", "/enheder/{id:float}", "/enheder/{}", "/enheder/{:int}",
                              "/static/{path:*}/mere", "/a{b}", "/a/{b", "/a/b}"}) {
    SCOPED_TRACE(pattern);
    Router router;
    EXPECT_THROW(router.Add(MakeRoute(Method::Get, pattern)), std::invalid_argument);
    EXPECT_TRUE(router.routes().empty());
  }
}

TEST(Router, KeepsRoutesInTheOrderTheyWereAdded) {
  Router router;
  router.Add(MakeRoute(Method::Get, "/a"));
  router.Add(MakeRoute(Method::Post, "/b"));

  ASSERT_EQ(router.routes().size(), 2U);
  EXPECT_EQ(router.routes()[0].pattern, "/a");
  EXPECT_EQ(router.routes()[1].pattern, "/b");
  EXPECT_EQ(router.routes()[1].method, Method::Post);
}

// A route that reads the session waits for the database, so it must not run on a network thread.
TEST(Router, RefusesARouteThatReadsTheSessionAndClaimsToAnswerFromMemory) {
  Router router;
  auto route = MakeRoute(Method::Get, "/side");
  route.answers_from_memory = true;
  EXPECT_THROW(router.Add(route), std::invalid_argument);
  route.session = SessionUse::Skip;
  EXPECT_NO_THROW(router.Add(route));
}

}  // namespace
}  // namespace lp::web
