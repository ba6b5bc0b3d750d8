#pragma once

#include "app/platform/services.hpp"

namespace lp::app {

// Builds the translation module's services into `services`: TranslationService.
void ProvideTranslationServices(Services& services);

}  // namespace lp::app
