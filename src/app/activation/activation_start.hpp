#pragma once

// The activation module's part of the start page (app/general/start_page.hpp):
// - waiting: a plan to make for a unit the person leads (or is a delegate for) once the current round
//   has started, with its deadline; a plan without activities; overdue activities of those units; the
//   plans of the units below that wait for the person's approval (PlanApprovers); and the planned
//   activities the person is responsible for that are overdue or due within kStartSoonDays.
// - new: a round that started within kStartNewsDays; the plan that covers the person's own unit (its
//   own, or that of the nearest unit above with a leader) approved within kStartNewsDays.
// Cost: one read unit with at most four indexed queries, whatever the size of the person's chain
// (the round list, the plan summaries of their own units and of those waiting for their approval,
// the activities they are responsible for, the plan covering their own unit).

#include "app/general/start_page.hpp"
#include "app/platform/store.hpp"

namespace lp::app {

void AddActivationStartItems(Store& store, const StartRequest& request, StartPage& page);

}  // namespace lp::app
