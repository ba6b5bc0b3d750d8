#include "app/organisation/organisation_module.hpp"

#include <memory>

#include "app/organisation/import_service.hpp"
#include "app/organisation/organisation_service.hpp"
#include "app/organisation/unit_delegate_service.hpp"

namespace lp::app {

void ProvideOrganisationServices(Services& services) {
  services.Add(std::make_unique<OrganisationService>(services.store()));
  services.Add(std::make_unique<ImportService>(services.store()));
  services.Add(std::make_unique<UnitDelegateService>(services.store()));
}

}  // namespace lp::app
