#pragma once

#include "web/platform/module.hpp"

namespace lp::web {

// The followup module's pages: its routes, navigation entries and flash messages.
void RegisterFollowUpPages(PageModule& module);

}  // namespace lp::web
