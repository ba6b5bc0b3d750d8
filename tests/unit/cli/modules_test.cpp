#include "cli/modules.hpp"

#include <gtest/gtest.h>

#include <set>
#include <string>

#include "app/activation/activation_repository.hpp"
#include "app/dialogue/dialogue_repository.hpp"
#include "app/foundation/foundation_repository.hpp"
#include "app/organisation/organisation_repository.hpp"
#include "app/organisation/pending_import_repository.hpp"
#include "app/organisation/unit_delegate_repository.hpp"
#include "app/platform/repositories.hpp"
#include "app/translation/translation_repository.hpp"

namespace lp::cli {
namespace {

TEST(Modules, EachModuleHasItsOwnNameAndPagesOrServices) {
  std::set<std::string> names;
  for (const auto& module : Modules()) {
    EXPECT_TRUE(names.insert(std::string(module.name)).second) << module.name << " is listed twice";
    EXPECT_TRUE(module.pages != nullptr || module.services != nullptr) << module.name << " wires nothing";
  }
  EXPECT_EQ(ModulePages().size(), Modules().size());  // every module today has pages
}

TEST(Modules, RegisterTheRepositoryOfEveryModuleInterface) {
  const auto factories = ModuleRepositories();
  EXPECT_NE(factories.Find(typeid(app::OrganisationRepository)), nullptr);
  EXPECT_NE(factories.Find(typeid(app::PendingImportRepository)), nullptr);
  EXPECT_NE(factories.Find(typeid(app::UnitDelegateRepository)), nullptr);
  EXPECT_NE(factories.Find(typeid(app::FoundationRepository)), nullptr);
  EXPECT_NE(factories.Find(typeid(app::TranslationRepository)), nullptr);
  EXPECT_NE(factories.Find(typeid(app::ActivationRepository)), nullptr);
  EXPECT_NE(factories.Find(typeid(app::DialogueRepository)), nullptr);
  // The platform's own are the store's, not a module's.
  EXPECT_EQ(factories.Find(typeid(app::UserRepository)), nullptr);
}

}  // namespace
}  // namespace lp::cli
