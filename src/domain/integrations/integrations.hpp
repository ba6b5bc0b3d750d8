#pragma once

// Integrations: other systems of the region (a data warehouse pushing indicator measurements) that
// call the portal's JSON API with a token an administrator has made for them. The rules that hold
// whatever the storage or the web:
// - A token carries one scope, which says what it may do; a route of the API names the scope it needs.
// - A token is "lpi_" and 43 characters of base64url (32 random bytes). Only its SHA-256 is stored;
//   the first characters (IntegrationTokenPrefix) are no secret and let an administrator recognise it.

#include <cstddef>
#include <optional>
#include <string_view>

#include "domain/platform/enum_table.hpp"

namespace lp::domain {

enum class IntegrationScope {
  Measurements,  // deliver measurements of indicators (POST /api/v1/indikatorer/{id}/maalinger, issue 18)
};

inline constexpr auto kIntegrationScopeTable = MakeEnumTable<IntegrationScope>({
    {IntegrationScope::Measurements, "maalinger", "Målinger til indikatorer"},
});
inline constexpr auto kAllIntegrationScopes = kIntegrationScopeTable.Values();

std::string_view IntegrationScopeCode(IntegrationScope scope);
std::string_view IntegrationScopeLabel(IntegrationScope scope);
// What a token of the scope may do, for the administrator's form.
std::string_view IntegrationScopeDescription(IntegrationScope scope);
std::optional<IntegrationScope> ParseIntegrationScope(std::string_view code);

// What every token starts with, so a leaked one is recognised by secret scanners and in logs.
inline constexpr std::string_view kIntegrationTokenMarker = "lpi_";
// The length of a token: the marker and 32 random bytes in base64url without padding.
inline constexpr std::size_t kIntegrationTokenLength = kIntegrationTokenMarker.size() + 43;
// The part of a token shown to administrators: the marker and the first 8 random characters.
inline constexpr std::size_t kIntegrationTokenPrefixLength = kIntegrationTokenMarker.size() + 8;

// Whether `text` has the shape of a token (marker, length, base64url characters); a request with
// anything else is refused without a database lookup.
bool IsIntegrationTokenShaped(std::string_view text);
// The non-secret start of a token (kIntegrationTokenPrefixLength characters).
std::string_view IntegrationTokenPrefix(std::string_view token);

}  // namespace lp::domain
