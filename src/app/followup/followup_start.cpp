#include "app/followup/followup_start.hpp"

#include <string>

#include "domain/platform/danish_format.hpp"

namespace lp::app {

void AddFollowUpStartItems(const FollowUpService& followup, const StartRequest& request, StartPage& page) {
  const auto chain = followup.Chain(request.context, std::nullopt);
  if (!chain) return;  // no follow-up reach (an employee, an editor)
  const auto& totals = chain->totals;
  const auto own = OwnUnits(request.context).size();
  if (totals.units <= own || !chain->round.shown) return;  // nothing below the person's own units
  const std::string href(chain->region ? "/opfoelgning/region" : "/opfoelgning");
  StartChain status;
  status.href = href;
  status.scope = chain->region ? "Hele regionen: " + domain::CountOf(static_cast<long long>(totals.expected),
                                                                     "enhed med leder", "enheder med leder")
                               : "Din ledelseskæde: " + domain::CountOf(static_cast<long long>(totals.expected),
                                                                        "enhed med leder", "enheder med leder");
  status.scope += " i runden „" + chain->round.shown->fields.name + "“.";
  const auto filtered = [&](std::string_view query) {
    return std::string(href) + (chain->region ? "?" + std::string(query) : std::string());
  };
  const auto count = [](std::size_t n) { return static_cast<long long>(n); };
  status.figures = {
      {count(totals.missing), "enhed mangler en plan", "enheder mangler en plan", filtered("plan=mangler"),
       totals.missing > 0},
      {totals.overdue, "aktivitet er overskredet", "aktiviteter er overskredet", href, totals.overdue > 0},
      {count(totals.draft_plans), "plan venter på at blive godkendt", "planer venter på at blive godkendt",
       filtered("plan=kladde"), false},
      {count(totals.approved), "plan er godkendt", "planer er godkendt", filtered("plan=godkendt"), false},
      {count(totals.published), "enhed har sin egen oversættelse", "enheder har deres egen oversættelse",
       filtered("oversaettelse=udgivet"), false},
      {count(totals.with_med), "enhed har drøftet oversættelsen i MED", "enheder har drøftet oversættelsen i MED", href,
       false},
  };
  page.chain = std::move(status);
}

}  // namespace lp::app
