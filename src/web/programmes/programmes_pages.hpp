#pragma once

#include "web/platform/module.hpp"

namespace lp::web {

// The programmes module's pages: its routes, navigation entries and flash messages.
void RegisterProgrammesPages(PageModule& module);

}  // namespace lp::web
