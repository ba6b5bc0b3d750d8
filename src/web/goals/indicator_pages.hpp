#pragma once

#include "web/platform/module.hpp"

namespace lp::web {

// The indicators' pages (issue 18): an indicator's page with its run chart, breakdown and comments,
// the export of its series, the owner's report form, comments, the indicator form of editors and of
// units (local indicators), and a unit's indicators with what it must report now.
void RegisterIndicatorPages(PageModule& module);

}  // namespace lp::web
