#pragma once

#include <cstddef>

#include "app/platform/store.hpp"
#include "cli/demo_data.hpp"
#include "domain/platform/time.hpp"

namespace lp::cli {

// The demo's goal pictures (issue 18): the shipped goal pictures (loaded here when missing) get about
// 25 of the region's indicators on their ten strategy tracks, and the demo leader's department three
// local ones, each with measurements up to the last period ended at `now` (five years; two for the
// small size), a comment on every red value but one, and one period left to report (see
// demo_goals.cpp for what and why). Synthetic and deterministic for a given `now`; idempotent: nothing
// is written when an indicator exists already, or when the demo region is not loaded. Returns the
// number of indicators it created.
std::size_t LoadDemoGoals(app::Store& store, DemoSize size, domain::Timestamp now);

}  // namespace lp::cli
