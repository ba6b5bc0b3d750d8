#pragma once

#include "app/platform/store.hpp"

namespace lp::cli {

// The demo's activation round and a handful of plans, so the activation pages and the leaders'
// overview show something (see demo_activation.cpp for what and why). Deterministic and idempotent:
// nothing is written when the round exists already, or when the demo region is not loaded (units
// that are missing are skipped). Returns whether it wrote anything.
bool LoadDemoActivation(app::Store& store);

}  // namespace lp::cli
