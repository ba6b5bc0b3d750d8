#include "app/activation/activation_module.hpp"

#include <memory>

#include "app/activation/activation_service.hpp"
#include "app/activation/activation_start.hpp"
#include "app/general/start_page.hpp"
#include "app/organisation/organisation_service.hpp"

namespace lp::app {

void ProvideActivationServices(Services& services) {
  services.Add(std::make_unique<ActivationService>(services.store(), services.Get<OrganisationService>()));
  services.Get<StartPageService>().Add("aktivering",
                                       [&store = services.store()](const StartRequest& request, StartPage& page) {
                                         AddActivationStartItems(store, request, page);
                                       });
}

}  // namespace lp::app
