#pragma once

// The foundation module's route permissions (see app::Permission). A unit's own pages need only
// kUsePortal: what each may do there is decided per unit by organisation_access.

#include <array>

#include "app/platform/authorization.hpp"

namespace lp::app {

// The regional foundation text and the dialogue library belong to the whole region, so an editor
// scoped to a subtree does not edit them (editors without a scope, administrators).
inline constexpr std::array kEditorRoles = {domain::Role::Redaktoer, domain::Role::Administrator};
inline constexpr Permission kEditFoundationContent{"edit-foundation-content", kEditorRoles, true};

}  // namespace lp::app
