#pragma once

#include "web/platform/module.hpp"

namespace lp::web {

// The activation module's pages: its routes, navigation entries and flash messages.
void RegisterActivationPages(PageModule& module);

}  // namespace lp::web
