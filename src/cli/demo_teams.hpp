#pragma once

#include "app/platform/store.hpp"

namespace lp::cli {

// The demo's Rejsefæller teams (issue 17): a handful of the demo region's units with a new shared
// leadership (two or more leaders, the newest of them leader for less than two years on the demo's
// reference date) get a team, offered, active (with a consultant, held and planned meetings, the
// members enrolled with their sparring sessions counted), completed or declined; the demo leder's
// own department among the active ones. Deterministic and idempotent: nothing is written when a team
// exists, when the demo region is not loaded, or when the catalogue has no Rejsefæller. Returns whether
// it wrote anything.
bool LoadDemoTeams(app::Store& store);

}  // namespace lp::cli
