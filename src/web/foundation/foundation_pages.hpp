#pragma once

#include "web/platform/module.hpp"

namespace lp::web {

// The foundation module's pages: its routes, navigation entries and flash messages.
void RegisterFoundationPages(PageModule& module);

}  // namespace lp::web
