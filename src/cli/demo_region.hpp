#pragma once

// The synthetic demo region: an organisation shaped like Region Midtjylland (the region and its
// direktion, the hospitals with centres, departments and sections, Psykiatrien, Socialområdet,
// Regional Udvikling and the central administration), with made-up people in it.
//
// The decisions, in one place:
// - Everything is synthetic: first and last names are common Danish names in random combinations,
//   every e-mail address is on the demo domain (fornavn.efternavn.N@demo.ledelsesportal.dk), and
//   employee numbers are six digits from 100001 (never anything CPR-like).
// - Deterministic: the same size gives exactly the same rows on every machine and every day. The
//   random choices come from a fixed-seed SplitMix64 with our own bounded draws (the std
//   distributions differ between standard libraries), and leader-since dates count back from the
//   fixed reference date kDemoReferenceDate, not from today, so a second run plans an empty diff.
//   (The price: leaders who are new on the reference date stop being new two years later.)
// - The six demo logins (DemoAccounts) are people of the organisation with the same e-mail and name:
//   koncernledelse@ is the regional director leading the root, leder@ leads a hospital department
//   whose sections have their own leaders (and became leader recently), medarbejder@ works in the
//   first of those sections, hr@ is an HR consultant in Koncern HR, redaktoer@ a communications
//   consultant in Koncern Kommunikation, administrator@ an IT employee in Koncern IT.
// - Leadership as HR records it: a leader sits in the unit they lead; units with sub-units are led by
//   a leader of leaders, hospital and psychiatry departments by a ledende overlæge (klinisk leder)
//   together with a oversygeplejerske (shared leadership), the root by the direktion (three leaders),
//   hospitals by their hospital management (three); about one section in six has no leader of its
//   own and defers to its department. Roughly one leader in six became leader within the two years
//   before the reference date, so NewLeaders() has something to show.
// - The rows are in the order ParseHrExport returns them (units breadth first from the root, people
//   in generation order, leaderships by person), so writing them as CSV and parsing them back gives
//   exactly the same rows.

#include <chrono>
#include <string>

#include "app/organisation/organisation_repository.hpp"
#include "cli/demo_data.hpp"

namespace lp::cli {

// The day the demo region's leader-since dates are counted back from (see above).
inline constexpr std::chrono::year_month_day kDemoReferenceDate{std::chrono::year{2026}, std::chrono::month{12},
                                                                std::chrono::day{1}};

// small: a few dozen units and a few hundred people (tests, fast starts); default: about 1,500 units
// and 30,000 people (the real region's size); large: about 150,000 people (scale tests).
app::OrganisationRows GenerateDemoRegion(DemoSize size);

// The rows as HR exports them: ';'-separated UTF-8 with the columns kUnitsCsvColumns and
// kPeopleCsvColumns, a header line, CRLF-free "\n" line ends, fields quoted only where needed.
std::string UnitsCsv(const app::OrganisationRows& rows);
std::string PeopleCsv(const app::OrganisationRows& rows);

}  // namespace lp::cli
