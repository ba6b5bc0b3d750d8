#include "cli/modules.hpp"

#include <array>

#include "app/activation/activation_module.hpp"
#include "app/dialogue/dialogue_module.hpp"
#include "app/followup/followup_module.hpp"
#include "app/foundation/foundation_module.hpp"
#include "app/general/general_module.hpp"
#include "app/goals/goals_module.hpp"
#include "app/integrations/integrations_module.hpp"
#include "app/notifications/notifications_module.hpp"
#include "app/organisation/organisation_module.hpp"
#include "app/programmes/programmes_module.hpp"
#include "app/translation/translation_module.hpp"
#include "storage/activation/activation_storage.hpp"
#include "storage/dialogue/dialogue_storage.hpp"
#include "storage/foundation/foundation_storage.hpp"
#include "storage/goals/goals_storage.hpp"
#include "storage/integrations/integrations_storage.hpp"
#include "storage/notifications/notifications_storage.hpp"
#include "storage/organisation/organisation_storage.hpp"
#include "storage/programmes/programmes_storage.hpp"
#include "storage/translation/translation_storage.hpp"
#include "web/account/account_pages.hpp"
#include "web/activation/activation_pages.hpp"
#include "web/dialogue/dialogue_pages.hpp"
#include "web/followup/followup_pages.hpp"
#include "web/foundation/foundation_pages.hpp"
#include "web/general/general_pages.hpp"
#include "web/goals/goals_pages.hpp"
#include "web/integrations/integrations_pages.hpp"
#include "web/notifications/notifications_pages.hpp"
#include "web/organisation/organisation_pages.hpp"
#include "web/programmes/programmes_pages.hpp"
#include "web/translation/translation_pages.hpp"

namespace lp::cli {
namespace {

// The portal's modules: one line each (see docs/ARCHITECTURE.md, "Adding a module").
constexpr std::array kModules = {
    Module{"account", nullptr, nullptr, &web::RegisterAccountPages},
    Module{"general", nullptr, &app::ProvideGeneralServices, &web::RegisterGeneralPages},
    Module{"organisation", &storage::RegisterOrganisationRepositories, &app::ProvideOrganisationServices,
           &web::RegisterOrganisationPages},
    Module{"notifications", &storage::RegisterNotificationRepositories, &app::ProvideNotificationServices,
           &web::RegisterNotificationPages},
    Module{"foundation", &storage::RegisterFoundationRepositories, &app::ProvideFoundationServices,
           &web::RegisterFoundationPages},
    Module{"translation", &storage::RegisterTranslationRepositories, &app::ProvideTranslationServices,
           &web::RegisterTranslationPages},
    Module{"activation", &storage::RegisterActivationRepositories, &app::ProvideActivationServices,
           &web::RegisterActivationPages},
    Module{"followup", nullptr, &app::ProvideFollowUpServices, &web::RegisterFollowUpPages},
    Module{"dialogue", &storage::RegisterDialogueRepositories, &app::ProvideDialogueServices,
           &web::RegisterDialoguePages},
    Module{"integrations", &storage::RegisterIntegrationRepositories, &app::ProvideIntegrationServices,
           &web::RegisterIntegrationPages},
    Module{"programmes", &storage::RegisterProgrammeRepositories, &app::ProvideProgrammeServices,
           &web::RegisterProgrammesPages},
    Module{"goals", &storage::RegisterGoalsRepositories, &app::ProvideGoalsServices, &web::RegisterGoalsPages},
};

}  // namespace

std::span<const Module> Modules() { return kModules; }

storage::RepositoryFactories ModuleRepositories() {
  storage::RepositoryFactories factories;
  for (const auto& module : kModules) {
    if (module.repositories != nullptr) module.repositories(factories);
  }
  return factories;
}

std::vector<web::RegisterPages> ModulePages() {
  std::vector<web::RegisterPages> pages;
  for (const auto& module : kModules) {
    if (module.pages != nullptr) pages.push_back(module.pages);
  }
  return pages;
}

void ProvideModuleServices(app::Services& services) {
  for (const auto& module : kModules) {
    if (module.services != nullptr) module.services(services);
  }
}

}  // namespace lp::cli
