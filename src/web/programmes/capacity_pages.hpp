#pragma once

#include "web/platform/module.hpp"

namespace lp::web {

// The organisers' capacity forecast (/udvikling/kapacitet, app/programmes/capacity_forecast.hpp).
void RegisterCapacityPages(PageModule& module);

}  // namespace lp::web
