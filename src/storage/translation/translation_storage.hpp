#pragma once

#include "storage/platform/repository_factories.hpp"

namespace lp::storage {

// The translation module's repositories, for the composition root's module list.
void RegisterTranslationRepositories(RepositoryFactories& factories);

}  // namespace lp::storage
