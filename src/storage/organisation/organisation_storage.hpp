#pragma once

#include "storage/platform/repository_factories.hpp"

namespace lp::storage {

// The organisation module's repositories, for the composition root's module list.
void RegisterOrganisationRepositories(RepositoryFactories& factories);

}  // namespace lp::storage
