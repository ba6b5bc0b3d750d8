#include "app/dialogue/dialogue_module.hpp"

#include <memory>

#include "app/activation/activation_service.hpp"
#include "app/dialogue/dialogue_service.hpp"

namespace lp::app {

void ProvideDialogueServices(Services& services) {
  services.Add(std::make_unique<DialogueService>(services.store(), services.Get<ActivationService>()));
}

}  // namespace lp::app
