#pragma once

// Token-authenticated requests from other systems (docs/ARCHITECTURE.md, "Integrations and
// token-authenticated APIs"). The platform declares what it needs to let a machine in: a check of the
// bearer token for a scope. The integrations module provides it (app/integrations, its
// Provide…Services adds an IntegrationAuthenticator to app::Services); web::Portal calls it for every
// route whose AccessRule has Audience::Integration, before the handler, and never reads a session or
// CSRF cookie for such a route.

#include <string>
#include <string_view>

#include "app/platform/result.hpp"

namespace lp::app {

// The integration a request was authenticated as: who delivered, for the handler's records.
struct AuthenticatedIntegration {
  long long id = 0;
  std::string name;   // "Dataplatform – LPR-udtræk"
  std::string scope;  // the scope's code, as the route asked for it ("maalinger")
};

class IntegrationAuthenticator {
 public:
  virtual ~IntegrationAuthenticator() = default;
  // The integration whose live token `bearer` is, if the token carries `scope`. Otherwise an error
  // with a Danish message for the caller: Unauthenticated when no token was sent, or it is unknown or
  // revoked; Forbidden when it is a live token of another scope. Thread-safe.
  virtual Result<AuthenticatedIntegration> Authenticate(std::string_view bearer, std::string_view scope) = 0;
};

}  // namespace lp::app
