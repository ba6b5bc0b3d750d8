#pragma once

#include "app/platform/services.hpp"

namespace lp::app {

// Builds the dialogue module's services into `services`: DialogueService (needs the activation module's
// ActivationService).
void ProvideDialogueServices(Services& services);

}  // namespace lp::app
