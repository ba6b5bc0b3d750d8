#pragma once

#include "app/organisation/organisation_repository.hpp"
#include "app/platform/store.hpp"
#include "domain/platform/time.hpp"

namespace lp::cli {

// The demo's Globetrotter cohorts (issue 17): a cohort of spring 2026 that has ended (members admitted,
// one rejected), one running since autumn 2026, and one for spring 2027 open for applications, with
// applications in every state (one waiting for the demo leader's sign-off); meetings and shared
// material on each, and the members' attendance at the meetings held before `now` (mostly present; the
// meetings attended are their course days). Synthetic and deterministic (the applicants are picked by a hash of their
// employee number). Written inside the programmes demo's write unit `tx`; does nothing when the Globetrotter programme
// has cohorts already. Returns the number of applications written.
int LoadDemoCohorts(app::Transaction& tx, const app::OrganisationRecords& records, domain::Timestamp now);

}  // namespace lp::cli
