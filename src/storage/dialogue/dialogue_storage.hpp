#pragma once

#include "storage/platform/repository_factories.hpp"

namespace lp::storage {

// The dialogue module's repositories, for the composition root's module list.
void RegisterDialogueRepositories(RepositoryFactories& factories);

}  // namespace lp::storage
