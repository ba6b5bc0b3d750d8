#pragma once

#include "web/platform/module.hpp"

namespace lp::web {

// The organisation module's pages: its routes, navigation entries and flash messages.
void RegisterOrganisationPages(PageModule& module);

// The HR import pages (organisation_import_pages.cpp), registered with the organisation pages.
void RegisterImportPages(PageModule& module);

}  // namespace lp::web
