#pragma once

#include "storage/platform/repository_factories.hpp"

namespace lp::storage {

// Registers the notifications' repositories (migration 014).
void RegisterNotificationRepositories(RepositoryFactories& factories);

}  // namespace lp::storage
