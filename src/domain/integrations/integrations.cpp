#include "domain/integrations/integrations.hpp"

#include <algorithm>

namespace lp::domain {

std::string_view IntegrationScopeCode(IntegrationScope scope) { return kIntegrationScopeTable.Code(scope); }
std::string_view IntegrationScopeLabel(IntegrationScope scope) { return kIntegrationScopeTable.Label(scope); }

std::string_view IntegrationScopeDescription(IntegrationScope scope) {
  switch (scope) {
    case IntegrationScope::Measurements:
      return "Må aflevere målinger til målbilledernes indikatorer (POST /api/v1/indikatorer/{id}/maalinger).";
  }
  return {};
}

std::optional<IntegrationScope> ParseIntegrationScope(std::string_view code) {
  return kIntegrationScopeTable.Parse(code);
}

bool IsIntegrationTokenShaped(std::string_view text) {
  if (text.size() != kIntegrationTokenLength || !text.starts_with(kIntegrationTokenMarker)) return false;
  text.remove_prefix(kIntegrationTokenMarker.size());
  return std::ranges::all_of(text, [](char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
  });
}

std::string_view IntegrationTokenPrefix(std::string_view token) {
  return token.substr(0, kIntegrationTokenPrefixLength);
}

}  // namespace lp::domain
