#pragma once

#include "app/platform/services.hpp"

namespace lp::app {

// Builds the organisation module's services into `services`: OrganisationService (the shared snapshot; the composition
// root loads it before serving), ImportService and UnitDelegateService.
void ProvideOrganisationServices(Services& services);

}  // namespace lp::app
