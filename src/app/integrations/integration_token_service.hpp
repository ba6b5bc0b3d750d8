#pragma once

// The tokens of integrations as use cases (docs/ARCHITECTURE.md, "Integrations and token-authenticated
// APIs"): an administrator makes a token for another system (shown once, never stored), sees every
// token with its prefix, creator and last use, and revokes one; the portal authenticates a request's
// bearer token for a route's scope. Making and revoking are audited (integrations.token_created,
// integrations.token_revoked), each in the write unit of the change.

#include <chrono>
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "app/integrations/integration_token_repository.hpp"
#include "app/platform/auth_service.hpp"
#include "app/platform/integration_auth.hpp"
#include "app/platform/result.hpp"
#include "app/platform/store.hpp"

namespace lp::app {

inline constexpr std::size_t kMaxIntegrationNameLength = 120;
inline constexpr std::size_t kMaxIntegrationPurposeLength = 1000;
// A token's last use is recorded at most this often, so a busy system does not make every read a write.
inline constexpr std::chrono::seconds kIntegrationUseInterval{60};

// What the administrator's form submits, as typed; `scope` is a scope's code ("maalinger").
struct IntegrationTokenInput {
  std::string name;
  std::string purpose;
  std::string scope;
};

// A token just made: the stored record and the token itself, which is shown this once.
struct CreatedIntegrationToken {
  IntegrationToken record;
  std::string token;
};

class IntegrationTokenService {
 public:
  explicit IntegrationTokenService(Store& store, Clock clock = SystemNow);

  // Every token: live ones first, then revoked ones, each the newest first.
  std::vector<IntegrationToken> List() const;

  // Invalid (fields "name", "purpose", "scope") for a missing or too long name or purpose, an unknown
  // scope, or a name a live token already has; Forbidden for anyone but an administrator.
  Result<CreatedIntegrationToken> Create(const domain::User& administrator, const IntegrationTokenInput& input,
                                         std::string_view remote_address);
  // NotFound for an unknown token, Conflict for one revoked already; Forbidden for anyone but an administrator.
  Result<IntegrationToken> Revoke(const domain::User& administrator, IntegrationTokenId id,
                                  std::string_view remote_address);

  // The integration whose live token `bearer` is, when the token carries the scope `scope` (a code).
  // Unauthenticated when no token was sent, or it is unknown or revoked; Forbidden for a live token of
  // another scope; the messages are Danish, for the system's operators. The token is hashed before it
  // is looked up, so no comparison of secrets depends on timing. Records the use (at most once per
  // kIntegrationUseInterval).
  Result<AuthenticatedIntegration> Authenticate(std::string_view bearer, std::string_view scope,
                                                domain::Timestamp now) const;
  Result<AuthenticatedIntegration> Authenticate(std::string_view bearer, std::string_view scope) const {
    return Authenticate(bearer, scope, clock_());
  }

 private:
  Store& store_;
  Clock clock_;
};

}  // namespace lp::app
