#pragma once

#include "web/platform/module.hpp"

namespace lp::web {

// The Rejsefæller teams' pages (issue 17): HR's list of teams (/udvikling/hold) with the manual offer,
// a team's page (/udvikling/hold/{id}) with the answer to the offer, the members and their progress,
// the shared plan of meetings, and Koncern HR's form for the name and the consultant.
void RegisterProgrammeTeamPages(PageModule& module);

}  // namespace lp::web
