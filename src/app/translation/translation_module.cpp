#include "app/translation/translation_module.hpp"

#include <memory>

#include "app/translation/translation_service.hpp"

namespace lp::app {

void ProvideTranslationServices(Services& services) {
  services.Add(std::make_unique<TranslationService>(services.store()));
}

}  // namespace lp::app
