#pragma once

// The follow-up module's part of the start page (app/general/start_page.hpp): for a viewer with a
// follow-up reach beyond their own units (a leader of leaders, HR, koncernledelse), a compact status of
// the chain below them: plans missing, drafts, approved, overdue activities, own translations and MED
// discussions, each linking into the follow-up.
// Cost: the chain view's totals, built in memory from the follow-up's cached figures for the whole
// region (FollowUpService): normally one indexed lookup of the change counter, never a query per unit.

#include "app/followup/followup_service.hpp"
#include "app/general/start_page.hpp"

namespace lp::app {

void AddFollowUpStartItems(const FollowUpService& followup, const StartRequest& request, StartPage& page);

}  // namespace lp::app
