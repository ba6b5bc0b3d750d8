#include "app/foundation/foundation_module.hpp"

#include <memory>

#include "app/foundation/foundation_service.hpp"
#include "app/organisation/organisation_service.hpp"

namespace lp::app {

void ProvideFoundationServices(Services& services) {
  services.Add(std::make_unique<FoundationService>(services.store(), services.Get<OrganisationService>()));
}

}  // namespace lp::app
