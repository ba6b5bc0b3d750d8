#pragma once

// The activation module's access rules: its route permissions (app::Permission) and its actions on
// units (app::OrganisationAction, evaluated by ReachOf). A unit's own pages need only kUsePortal:
// what each may do there is decided per unit by the actions.

#include <array>

#include "app/organisation/organisation_access.hpp"
#include "app/platform/authorization.hpp"

namespace lp::app {

// Set activation rounds and their deadlines (koncernledelse, administrators).
inline constexpr std::array kTopManagementRoles = {domain::Role::Koncernledelse, domain::Role::Administrator};
inline constexpr Permission kManageActivationRounds{"manage-activation-rounds", kTopManagementRoles};

namespace actions {

// Set activation rounds and their deadlines (Region()).
inline constexpr std::array kManageActivationRoundsGrants = {Grant{domain::Role::Koncernledelse, Reach::Region},
                                                             Grant{domain::Role::Administrator, Reach::Region}};
inline constexpr OrganisationAction kManageActivationRounds{"manage-activation-rounds", kManageActivationRoundsGrants};

}  // namespace actions

}  // namespace lp::app
