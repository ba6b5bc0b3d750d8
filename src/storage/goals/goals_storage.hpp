#pragma once

#include "storage/platform/repository_factories.hpp"

namespace lp::storage {

// The goals module's repositories (issue 18).
void RegisterGoalsRepositories(RepositoryFactories& factories);

}  // namespace lp::storage
