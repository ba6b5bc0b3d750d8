#pragma once

// The foundation module's access rules: its route permissions (app::Permission) and its actions on
// units (app::OrganisationAction, evaluated by ReachOf). A unit's own pages need only kUsePortal:
// what each may do there is decided per unit by the actions.

#include <array>

#include "app/organisation/organisation_access.hpp"
#include "app/platform/authorization.hpp"

namespace lp::app {

// The regional foundation text and the dialogue library belong to the whole region, so an editor
// scoped to a subtree does not edit them (editors without a scope, administrators).
inline constexpr std::array kEditorRoles = {domain::Role::Redaktoer, domain::Role::Administrator};
inline constexpr Permission kEditFoundationContent{"edit-foundation-content", kEditorRoles, true};

// The leadership foundation in the units, shared by the modules that work in a unit (translation,
// activation, dialogue): checked with CoversUnit on the unit concerned.
namespace actions {

using domain::Role;
using enum Reach;

// A unit's translation, plan, activities, MED records and dialogue sessions: the unit's own leaders,
// their delegates (who may hold any role), HR in scope, administrators.
inline constexpr std::array kEditUnitFoundationGrants = {
    Grant{Role::Medarbejder, Delegated}, Grant{Role::Leder, LedUnits},      Grant{Role::Leder, Delegated},
    Grant{Role::Hr, Delegated},          Grant{Role::Hr, RoleScope},        Grant{Role::Koncernledelse, Delegated},
    Grant{Role::Redaktoer, Delegated},   Grant{Role::Administrator, Region}};
inline constexpr OrganisationAction kEditUnitFoundation{"edit-unit-foundation", kEditUnitFoundationGrants};

// All of the above, drafts included: the chain above, delegates, HR in scope, koncernledelse,
// administrators.
inline constexpr std::array kReadUnitFoundationGrants = {
    Grant{Role::Medarbejder, Delegated}, Grant{Role::Leder, LedSubtree},    Grant{Role::Leder, Delegated},
    Grant{Role::Hr, Delegated},          Grant{Role::Hr, RoleScope},        Grant{Role::Koncernledelse, Region},
    Grant{Role::Redaktoer, Delegated},   Grant{Role::Administrator, Region}};
inline constexpr OrganisationAction kReadUnitFoundation{"read-unit-foundation", kReadUnitFoundationGrants};

// A unit's published translation (also where it is inherited): its members and those below, plus
// everyone who reads the drafts.
inline constexpr std::array kReadPublishedTranslationGrants = {
    Grant{Role::Medarbejder, Member}, Grant{Role::Medarbejder, Delegated}, Grant{Role::Leder, Member},
    Grant{Role::Leder, LedSubtree},   Grant{Role::Leder, Delegated},       Grant{Role::Hr, Member},
    Grant{Role::Hr, Delegated},       Grant{Role::Hr, RoleScope},          Grant{Role::Koncernledelse, Region},
    Grant{Role::Redaktoer, Member},   Grant{Role::Redaktoer, Delegated},   Grant{Role::Administrator, Region}};
inline constexpr OrganisationAction kReadPublishedTranslation{"read-published-translation",
                                                              kReadPublishedTranslationGrants};

// The regional foundation text and the dialogue library (Region()).
inline constexpr std::array kEditFoundationContentGrants = {Grant{Role::Redaktoer, RoleScope},
                                                            Grant{Role::Administrator, Region}};
inline constexpr OrganisationAction kEditFoundationContent{"edit-foundation-content", kEditFoundationContentGrants};

}  // namespace actions

}  // namespace lp::app
