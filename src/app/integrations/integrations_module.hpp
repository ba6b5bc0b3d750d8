#pragma once

#include "app/platform/services.hpp"

namespace lp::app {

// Builds the integrations module's services into `services`: IntegrationTokenService, and the
// platform's IntegrationAuthenticator over it (the token check of every Audience::Integration route).
void ProvideIntegrationServices(Services& services);

}  // namespace lp::app
