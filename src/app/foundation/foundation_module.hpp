#pragma once

#include "app/platform/services.hpp"

namespace lp::app {

// Builds the foundation module's services into `services`: FoundationService.
void ProvideFoundationServices(Services& services);

}  // namespace lp::app
