#pragma once

#include "web/platform/module.hpp"

namespace lp::web {

// The dialogue module's pages: its routes, navigation entries and flash messages.
void RegisterDialoguePages(PageModule& module);

}  // namespace lp::web
