#pragma once

// The organisation module's route permissions (see app::Permission). A unit's own pages need only
// kUsePortal: what each may do there is decided per unit by organisation_access.

#include <array>

#include "app/platform/authorization.hpp"

namespace lp::app {

// The organisation pages. The route admits the roles with any grant for the action in
// app/organisation/organisation_access; what each may see there is decided by its reach.
inline constexpr std::array kHrAndAdministratorRoles = {domain::Role::Hr, domain::Role::Administrator};
inline constexpr Permission kViewOrganisation{"view-organisation", kEveryRole};
inline constexpr Permission kViewDataCheck{"view-data-check", kHrAndAdministratorRoles};
// Upload the HR export and apply it (the HR import page): it replaces the whole region.
inline constexpr Permission kImportOrganisation{"import-organisation", kHrAndAdministratorRoles, true};

}  // namespace lp::app
