#include "app/translation/translation_module.hpp"

#include <memory>

#include "app/general/start_page.hpp"
#include "app/translation/translation_service.hpp"
#include "app/translation/translation_start.hpp"

namespace lp::app {

void ProvideTranslationServices(Services& services) {
  services.Add(std::make_unique<TranslationService>(services.store()));
  services.Get<StartPageService>().Add("oversættelse",
                                       [&store = services.store()](const StartRequest& request, StartPage& page) {
                                         AddTranslationStartItems(store, request, page);
                                       });
}

}  // namespace lp::app
