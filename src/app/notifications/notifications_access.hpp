#pragma once

// The notifications' route permissions (see docs/ARCHITECTURE.md, "Access rules are data of their module").

#include "app/platform/authorization.hpp"

namespace lp::app {

// The mail outbox and the jobs: administrators (the page shows addresses and subjects of others' mail).
inline constexpr Permission kAdministerMail{"administer-mail", kAdministratorRole};

}  // namespace lp::app
