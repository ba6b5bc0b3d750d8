#pragma once

// The followup module's route permissions (see app::Permission). A unit's own pages need only
// kUsePortal: what each may do there is decided per unit by organisation_access.

#include <array>

#include "app/platform/authorization.hpp"

namespace lp::app {

// The follow-up views (leaders, HR, koncernledelse, administrators); what each sees is its reach.
inline constexpr std::array kFollowUpRoles = {domain::Role::Leder, domain::Role::Hr, domain::Role::Koncernledelse,
                                              domain::Role::Administrator};
inline constexpr Permission kViewFollowUp{"view-follow-up", kFollowUpRoles};

}  // namespace lp::app
