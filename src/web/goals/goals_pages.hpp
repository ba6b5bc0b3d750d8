#pragma once

#include "web/platform/module.hpp"

namespace lp::web {

// The goals module's pages (issue 18): Målbilleder, the goal pictures' editing and versions, the
// indicator pages with their run charts, the forms of indicators, measurements and comments, a unit's
// indicators, the export of a series, the CSV import and the JSON API for integrations.
void RegisterGoalsPages(PageModule& module);

}  // namespace lp::web
