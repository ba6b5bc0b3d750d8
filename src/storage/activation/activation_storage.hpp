#pragma once

#include "storage/platform/repository_factories.hpp"

namespace lp::storage {

// The activation module's repositories, for the composition root's module list.
void RegisterActivationRepositories(RepositoryFactories& factories);

}  // namespace lp::storage
