#pragma once

#include "storage/platform/repository_factories.hpp"

namespace lp::storage {

// The foundation module's repositories, for the composition root's module list.
void RegisterFoundationRepositories(RepositoryFactories& factories);

}  // namespace lp::storage
