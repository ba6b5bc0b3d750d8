#include "app/followup/followup_module.hpp"

#include <memory>

#include "app/followup/followup_service.hpp"

namespace lp::app {

void ProvideFollowUpServices(Services& services) { services.Add(std::make_unique<FollowUpService>(services.store())); }

}  // namespace lp::app
