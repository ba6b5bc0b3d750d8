#pragma once

// The integrations' route permissions (see docs/ARCHITECTURE.md, "Access rules are data of their module").

#include "app/platform/authorization.hpp"

namespace lp::app {

// Making and revoking the tokens of other systems: administrators (a token lets a system write data).
inline constexpr Permission kAdministerIntegrations{"administer-integrations", kAdministratorRole};

}  // namespace lp::app
