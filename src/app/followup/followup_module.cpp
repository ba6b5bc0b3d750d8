#include "app/followup/followup_module.hpp"

#include <memory>

#include "app/followup/followup_chain_status.hpp"
#include "app/followup/followup_service.hpp"
#include "app/followup/followup_start.hpp"
#include "app/general/start_page.hpp"
#include "app/notifications/chain_status.hpp"

namespace lp::app {

void ProvideFollowUpServices(Services& services) {
  const auto& followup = services.Add(std::make_unique<FollowUpService>(services.store()));
  services.Get<StartPageService>().Add("opfølgning", [&followup](const StartRequest& request, StartPage& page) {
    AddFollowUpStartItems(followup, request, page);
  });
  services.Get<ChainStatusService>().Add(&FoundationChainStatus);
}

}  // namespace lp::app
