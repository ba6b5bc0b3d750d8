#pragma once

#include <span>
#include <string_view>
#include <vector>

#include "app/platform/services.hpp"
#include "storage/platform/repository_factories.hpp"
#include "web/platform/module.hpp"

namespace lp::cli {

// One module of the portal as the composition root wires it: a function per layer, each living in
// the module's own folder (storage/<module>/, app/<module>/, web/<module>/). A layer the module has no
// part in is null.
struct Module {
  std::string_view name;
  void (*repositories)(storage::RepositoryFactories&) = nullptr;  // registers its repositories
  void (*services)(app::Services&) = nullptr;                     // builds its services
  web::RegisterPages pages = nullptr;                             // registers its pages
};

// Every module, in dependency order (a module's services may use those of the modules above it);
// adding a module is one line in modules.cpp.
std::span<const Module> Modules();

// The repositories of every module, for storage::StoreOptions::repositories.
storage::RepositoryFactories ModuleRepositories();

// The page registration of every module that has pages, in order, for web::Portal.
std::vector<web::RegisterPages> ModulePages();

// Builds every module's services, in order, into `services` (which already holds the platform's).
void ProvideModuleServices(app::Services& services);

}  // namespace lp::cli
