#pragma once

#include "app/platform/services.hpp"

namespace lp::app {

// Builds the activation module's services into `services`: ActivationService.
void ProvideActivationServices(Services& services);

}  // namespace lp::app
