#pragma once

#include "app/platform/services.hpp"

namespace lp::app {

// The goals module (issue 18): goal pictures, strategy tracks, indicators and measurements.
void ProvideGoalsServices(Services& services);

}  // namespace lp::app
