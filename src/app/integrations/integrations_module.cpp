#include "app/integrations/integrations_module.hpp"

#include <memory>

#include "app/integrations/integration_token_service.hpp"
#include "app/platform/integration_auth.hpp"

namespace lp::app {
namespace {

// The platform's token check (app/platform/integration_auth.hpp) over the module's service.
class TokenAuthenticator final : public IntegrationAuthenticator {
 public:
  explicit TokenAuthenticator(const IntegrationTokenService& tokens) : tokens_(tokens) {}

  Result<AuthenticatedIntegration> Authenticate(std::string_view bearer, std::string_view scope) override {
    return tokens_.Authenticate(bearer, scope);
  }

 private:
  const IntegrationTokenService& tokens_;
};

}  // namespace

void ProvideIntegrationServices(Services& services) {
  const auto& tokens = services.Add(std::make_unique<IntegrationTokenService>(services.store()));
  services.Add<IntegrationAuthenticator>(std::make_unique<TokenAuthenticator>(tokens));
}

}  // namespace lp::app
