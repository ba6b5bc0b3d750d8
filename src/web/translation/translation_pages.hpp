#pragma once

#include "web/platform/module.hpp"

namespace lp::web {

// The translation module's pages: its routes, navigation entries and flash messages.
void RegisterTranslationPages(PageModule& module);

}  // namespace lp::web
