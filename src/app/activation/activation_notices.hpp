#pragma once

// What the activation module tells people (issue 16), written in the transaction of the change.

#include "app/activation/activation_repository.hpp"
#include "app/platform/transaction.hpp"
#include "domain/organisation/organisation.hpp"
#include "domain/platform/time.hpp"

namespace lp::app {

// A round has started (it was created or moved to start on or before today): every leader of a unit
// expected to make a plan (active, with an active leader) and without a plan in the round is told
// once, in one notification however many units they lead, with the deadline (category Deadlines).
// Nothing when the round starts later: the reminder job tells them on the day. Returns how many were
// told.
int NotifyRoundStarted(Transaction& tx, const domain::Organisation& organisation, RoundId round,
                       const RoundFields& fields, domain::Timestamp now);

}  // namespace lp::app
