#pragma once

// What the translation module tells people (issue 16), written in the transaction of the change.

#include <string_view>

#include "app/platform/transaction.hpp"
#include "domain/organisation/organisation.hpp"
#include "domain/platform/time.hpp"

namespace lp::app {

// A unit published version `number` of its translation: everyone it now applies to hears of it in
// their inbox (category News: by mail only if they chose so). That is the people of the unit and of
// the units below it without a published translation of their own, which inherit this one; not the
// publisher. Returns how many were told.
int NotifyTranslationPublished(Transaction& tx, const domain::Organisation& organisation, domain::UnitId unit,
                               int number, std::string_view publisher_email, domain::Timestamp now);

}  // namespace lp::app
