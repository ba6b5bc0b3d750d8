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

// A unit's plan and its activities, read only: everyone who reads the unit's foundation
// (kReadUnitFoundation), and the people of the unit and of the units above it in its chain
// (Member): the plan is what their unit agreed to do, which the foundation's page for employees
// promises they can see. Nothing in a plan is private to its leaders.
inline constexpr std::array kReadUnitPlanGrants = {
    Grant{domain::Role::Medarbejder, Reach::Member},    Grant{domain::Role::Medarbejder, Reach::Delegated},
    Grant{domain::Role::Leder, Reach::Member},          Grant{domain::Role::Leder, Reach::LedSubtree},
    Grant{domain::Role::Leder, Reach::Delegated},       Grant{domain::Role::Hr, Reach::Member},
    Grant{domain::Role::Hr, Reach::Delegated},          Grant{domain::Role::Hr, Reach::RoleScope},
    Grant{domain::Role::Koncernledelse, Reach::Region}, Grant{domain::Role::Redaktoer, Reach::Member},
    Grant{domain::Role::Redaktoer, Reach::Delegated},   Grant{domain::Role::Administrator, Reach::Region}};
inline constexpr OrganisationAction kReadUnitPlan{"read-unit-plan", kReadUnitPlanGrants};

}  // namespace actions

}  // namespace lp::app
