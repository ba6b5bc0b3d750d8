// The integrations' vocabulary: scopes and the shape of a token.
#include <gmock/gmock.h>

#include <string>

#include "domain/integrations/integrations.hpp"

namespace lp::domain {
namespace {

TEST(IntegrationScope, RoundTripsItsCodeAndHasADanishLabelAndDescription) {
  for (const auto scope : kAllIntegrationScopes) {
    EXPECT_EQ(ParseIntegrationScope(IntegrationScopeCode(scope)), scope);
    EXPECT_FALSE(IntegrationScopeLabel(scope).empty());
    EXPECT_FALSE(IntegrationScopeDescription(scope).empty());
  }
  EXPECT_EQ(IntegrationScopeCode(IntegrationScope::Measurements), "maalinger");
  EXPECT_FALSE(ParseIntegrationScope("Maalinger"));
  EXPECT_FALSE(ParseIntegrationScope(""));
}

TEST(IntegrationToken, IsTheMarkerAndFortyThreeBase64UrlCharacters) {
  const std::string token = "lpi_" + std::string(40, 'a') + "Z-_";
  EXPECT_TRUE(IsIntegrationTokenShaped(token));
  EXPECT_EQ(IntegrationTokenPrefix(token), "lpi_aaaaaaaa");

  EXPECT_FALSE(IsIntegrationTokenShaped(""));
  EXPECT_FALSE(IsIntegrationTokenShaped(token.substr(0, 46)));
  EXPECT_FALSE(IsIntegrationTokenShaped(token + "a"));
  EXPECT_FALSE(IsIntegrationTokenShaped("lpx_" + token.substr(4)));
  EXPECT_FALSE(IsIntegrationTokenShaped("lpi_" + std::string(42, 'a') + "="));
  EXPECT_FALSE(IsIntegrationTokenShaped("lpi_" + std::string(42, 'a') + " "));
}

}  // namespace
}  // namespace lp::domain
