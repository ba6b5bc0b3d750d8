#pragma once

// The activation module's route permissions (see app::Permission). A unit's own pages need only
// kUsePortal: what each may do there is decided per unit by organisation_access.

#include <array>

#include "app/platform/authorization.hpp"

namespace lp::app {

// Set activation rounds and their deadlines (koncernledelse, administrators).
inline constexpr std::array kTopManagementRoles = {domain::Role::Koncernledelse, domain::Role::Administrator};
inline constexpr Permission kManageActivationRounds{"manage-activation-rounds", kTopManagementRoles};

}  // namespace lp::app
