#pragma once

#include "storage/platform/repository_factories.hpp"

namespace lp::storage {

// The programmes module's repositories, for the composition root's module list.
void RegisterProgrammeRepositories(RepositoryFactories& factories);

}  // namespace lp::storage
