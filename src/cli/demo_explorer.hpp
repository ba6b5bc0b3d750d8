#pragma once

#include "app/platform/store.hpp"

namespace lp::cli {

// The demo's Explorer (issue 17): a dozen employees of the demo region in Explorer, half nominated by
// their leader and half admitted on their own application, each with a personal path plan of
// activities in 2026–2027 in various states (most agreed, a few still being planned); two rejected
// applications with the leader's reason and a few applications still waiting, some of them for the
// demo leder. The demo medarbejder is left out, so she can apply herself. Deterministic and
// idempotent: nothing is written when Explorer has participants already, when the demo region is not
// loaded, or when the catalogue has no Explorer. Returns whether it wrote anything.
bool LoadDemoExplorer(app::Store& store);

}  // namespace lp::cli
