#pragma once

// The followup module's access rules: its route permissions (app::Permission) and its actions on
// units (app::OrganisationAction, evaluated by ReachOf). A unit's own pages need only kUsePortal:
// what each may do there is decided per unit by the actions.

#include <array>

#include "app/organisation/organisation_access.hpp"
#include "app/platform/authorization.hpp"

namespace lp::app {

// The follow-up views (leaders, HR, koncernledelse, administrators); what each sees is its reach.
inline constexpr std::array kFollowUpRoles = {domain::Role::Leder, domain::Role::Hr, domain::Role::Koncernledelse,
                                              domain::Role::Administrator};
inline constexpr Permission kViewFollowUp{"view-follow-up", kFollowUpRoles};

namespace actions {

// The follow-up views: what a leader leads, HR's scope, or the region (Region() for the region-wide
// table and export).
inline constexpr std::array kFollowUpGrants = {
    Grant{domain::Role::Leder, Reach::LedSubtree}, Grant{domain::Role::Hr, Reach::RoleScope},
    Grant{domain::Role::Koncernledelse, Reach::Region}, Grant{domain::Role::Administrator, Reach::Region}};
inline constexpr OrganisationAction kFollowUp{"follow-up", kFollowUpGrants};

}  // namespace actions

}  // namespace lp::app
