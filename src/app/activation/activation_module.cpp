#include "app/activation/activation_module.hpp"

#include <memory>

#include "app/activation/activation_service.hpp"
#include "app/organisation/organisation_service.hpp"

namespace lp::app {

void ProvideActivationServices(Services& services) {
  services.Add(std::make_unique<ActivationService>(services.store(), services.Get<OrganisationService>()));
}

}  // namespace lp::app
