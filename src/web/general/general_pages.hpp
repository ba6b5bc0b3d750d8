#pragma once

#include "web/platform/module.hpp"

namespace lp::web {

// The general module's pages: its routes, navigation entries and flash messages.
void RegisterGeneralPages(PageModule& module);

}  // namespace lp::web
