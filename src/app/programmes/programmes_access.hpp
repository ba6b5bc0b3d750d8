#pragma once

// The programmes module's access rules (issue 17). Everyone signed in reads the catalogue and their
// own enrolments; leaders see the enrolments of the leaders in their chain (actions::kSeeProgrammeStatus:
// the subtrees they lead); HR sees everyone within its scope, and Koncern HR (HR with the whole
// region) and administrators maintain the catalogue and enrol, credit and exempt.

#include <array>

#include "app/organisation/organisation_access.hpp"
#include "app/platform/authorization.hpp"

namespace lp::app {

inline constexpr std::array kProgrammeMaintainerRoles = {domain::Role::Hr, domain::Role::Administrator};
// The catalogue and the enrolments of the whole region: HR with the whole region as scope.
inline constexpr Permission kMaintainProgrammes{"maintain-programmes", kProgrammeMaintainerRoles, true};

// HR's overview of the programmes (what each sees is its reach: HR its scope, the region for Koncern HR).
inline constexpr std::array kProgrammeOverviewRoles = {domain::Role::Hr, domain::Role::Koncernledelse,
                                                       domain::Role::Administrator};
inline constexpr Permission kViewProgrammeOverview{"view-programme-overview", kProgrammeOverviewRoles};

namespace actions {

// Whose programme status a viewer may see, by the unit the person works in: a leader the subtrees
// they lead, HR its scope, top management and administrators the region.
inline constexpr std::array kProgrammeStatusGrants = {
    Grant{domain::Role::Leder, Reach::LedSubtree}, Grant{domain::Role::Hr, Reach::RoleScope},
    Grant{domain::Role::Koncernledelse, Reach::Region}, Grant{domain::Role::Administrator, Reach::Region}};
inline constexpr OrganisationAction kSeeProgrammeStatus{"see-programme-status", kProgrammeStatusGrants};

}  // namespace actions

}  // namespace lp::app
