#pragma once

#include "app/platform/store.hpp"

namespace lp::cli {

// The demo's programmes: Ledervejen's participants, two years of sessions and a realistic spread of
// registrations and attendance (see demo_programmes.cpp). Deterministic and idempotent. Returns
// whether it wrote anything.
bool LoadDemoProgrammes(app::Store& store);

}  // namespace lp::cli
