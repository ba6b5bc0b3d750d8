#pragma once

#include "web/platform/module.hpp"

namespace lp::web {

// The integrations' pages: the administrator's tokens of other systems (/administration/integrationer:
// the list, making one, which is shown once, and revoking one after a second step), and
// GET /api/v1/integration, with which a system's operators check that its token works.
void RegisterIntegrationPages(PageModule& module);

}  // namespace lp::web
