#pragma once

#include "storage/platform/repository_factories.hpp"

namespace lp::storage {

// Registers the integrations' repository (migration 021).
void RegisterIntegrationRepositories(RepositoryFactories& factories);

}  // namespace lp::storage
