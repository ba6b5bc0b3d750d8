#pragma once

#include "app/platform/services.hpp"

namespace lp::app {

// Builds the followup module's services into `services`: FollowUpService.
void ProvideFollowUpServices(Services& services);

}  // namespace lp::app
