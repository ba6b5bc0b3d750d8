#include "storage/integrations/integrations_storage.hpp"

#include "storage/integrations/integration_token_repository.hpp"

namespace lp::storage {

void RegisterIntegrationRepositories(RepositoryFactories& factories) {
  factories.Add<app::IntegrationTokenRepository, SociIntegrationTokenRepository>();
}

}  // namespace lp::storage
