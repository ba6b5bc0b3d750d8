#pragma once

// The leadership foundation's part of the weekly "Status for din ledelseskæde" (issue 16): in the
// units below a leader of leaders, the plans missing in the current activation round, the overdue
// activities, and the units that have a translation in force but have not discussed it in MED yet.
// The rules of the follow-up apply (BuildFollowUpRows): only units with an active leader are
// expected to act.

#include <chrono>
#include <optional>
#include <span>

#include "app/followup/followup_service.hpp"
#include "app/notifications/chain_status.hpp"

namespace lp::app {

// The section of one leader from the follow-up rows of the units below them (tree order); none when
// nothing is missing or overdue. `round` is the current round (none: only the MED dialogues are
// looked at). Units are named with their leaders, and with their parent when deeper than an area
// ("Sengeafsnit 1 under Kardiologi (Jens Madsen)"); overdue activities the most first.
std::optional<ChainStatusSection> FoundationChainSection(const domain::Organisation& organisation,
                                                         std::span<const FollowUpRow* const> rows,
                                                         const std::optional<ActivationRound>& round);

// The source for ChainStatusService: reads the current round and the region's states once.
ChainStatusReport FoundationChainStatus(Transaction& tx, const domain::Organisation& organisation,
                                        std::chrono::year_month_day today);

}  // namespace lp::app
