#pragma once

#include "web/platform/module.hpp"

namespace lp::web {

// Explorer's pages (issue 17): a leader's nomination (/udvikling/explorer/indstil), an employee's
// application (/udvikling/explorer/ansoeg), the leader's list and decision
// (/udvikling/explorer/indstillinger, /udvikling/explorer/ansoegninger/{id}) and the participant's
// personal path plan (/udvikling/deltagelser/{id}/plan). Called from RegisterProgrammesPages.
void RegisterExplorerPages(PageModule& module);

}  // namespace lp::web
