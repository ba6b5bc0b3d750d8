#pragma once

#include "web/platform/module.hpp"

namespace lp::web {

// The account module's pages: its routes, navigation entries and flash messages.
void RegisterAccountPages(PageModule& module);

}  // namespace lp::web
