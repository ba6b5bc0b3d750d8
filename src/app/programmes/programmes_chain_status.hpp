#pragma once

// Ledervejen in the weekly "Status for din ledelseskæde" (issue 16's ChainStatusService, issue 17):
// the new leaders below a leader of leaders whose Ledervejen is overdue or at risk, each with their
// unit and deadline. Read once per run: the programme's enrolments and one grouped tally query.

#include <chrono>

#include "app/notifications/chain_status.hpp"

namespace lp::app {

ChainStatusReport ProgrammeChainStatus(Transaction& tx, const domain::Organisation& organisation,
                                       std::chrono::year_month_day today);

}  // namespace lp::app
