#pragma once

#include "app/platform/services.hpp"

namespace lp::app {

// The general module's services: the start page (StartPageService), which the later modules
// contribute their items to.
void ProvideGeneralServices(Services& services);

}  // namespace lp::app
