#include "app/general/general_module.hpp"

#include <memory>

#include "app/general/start_page.hpp"

namespace lp::app {

void ProvideGeneralServices(Services& services) { services.Add(std::make_unique<StartPageService>()); }

}  // namespace lp::app
