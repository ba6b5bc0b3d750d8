#pragma once

// The translation module's part of the start page (app/general/start_page.hpp):
// - waiting, for each unit the person leads or is a delegate for (and that has an active leader): a
//   draft not yet published; no translation of its own at all (saying what applies meanwhile); the
//   newest published version not yet discussed with MED.
// - new: the translation that applies in the person's own unit (its own or inherited), published
//   within kStartNewsDays.
// Cost: one read unit; two queries per own unit (a person leads a handful) and two for the news,
// never one per unit of a chain.

#include "app/general/start_page.hpp"
#include "app/platform/store.hpp"

namespace lp::app {

void AddTranslationStartItems(Store& store, const StartRequest& request, StartPage& page);

}  // namespace lp::app
