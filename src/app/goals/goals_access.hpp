#pragma once

// The goals module's access rules (issue 18).
// - Everyone signed in reads the published goal pictures and the indicators, except an indicator
//   marked internal to leaders: that one only leaders, HR, top management, editors, administrators
//   and its owner read (kReadsInternalIndicators; others get 404).
// - The goal pictures and the region's indicators belong to the whole region: editors without a scope
//   and administrators edit them (kEditGoals).
// - A unit's local indicators: whoever edits the unit's foundation work (the unit's leaders, their
//   delegates, HR in scope, administrators) creates and edits them (actions::kEditUnitFoundation).
// - Measurements and comments: the indicator's owner (the login), and those with
//   actions::kReportIndicator on the owner unit; regional editors and administrators too.

#include <array>

#include "app/foundation/foundation_access.hpp"
#include "app/platform/authorization.hpp"

namespace lp::app {

inline constexpr Permission kEditGoals{"edit-goals", kEditorRoles, true};

// Roles that read indicators internal to leaders.
inline constexpr std::array kReadsInternalIndicators = {domain::Role::Leder, domain::Role::Hr,
                                                        domain::Role::Koncernledelse, domain::Role::Redaktoer,
                                                        domain::Role::Administrator};

namespace actions {

using domain::Role;
using enum Reach;

// Report the measurements of an indicator owned by a unit: its leaders, their delegates, HR in scope,
// administrators.
inline constexpr std::array kReportIndicatorGrants = {
    Grant{Role::Medarbejder, Delegated}, Grant{Role::Leder, LedUnits},      Grant{Role::Leder, Delegated},
    Grant{Role::Hr, Delegated},          Grant{Role::Hr, RoleScope},        Grant{Role::Koncernledelse, Delegated},
    Grant{Role::Redaktoer, Delegated},   Grant{Role::Administrator, Region}};
inline constexpr OrganisationAction kReportIndicator{"report-indicator", kReportIndicatorGrants};

}  // namespace actions

}  // namespace lp::app
