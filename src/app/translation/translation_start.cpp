#include "app/translation/translation_start.hpp"

#include <algorithm>
#include <string>
#include <vector>

#include "app/translation/translation_repository.hpp"
#include "domain/platform/danish_format.hpp"

namespace lp::app {
namespace {

std::string TranslationHref(domain::UnitId unit) {
  return "/organisation/enheder/" + std::to_string(unit) + "/oversaettelse";
}

std::string RoleIn(const OrganisationContext& context, const domain::Unit& unit) {
  if (context.viewer.person) {
    for (const auto& leadership : context.organisation().ActiveLeadersOf(unit.id)) {
      if (leadership.person == *context.viewer.person) return "Du er leder af " + unit.name + ".";
    }
  }
  return "Du er stedfortræder for lederen af " + unit.name + ".";
}

struct UnitState {
  const domain::Unit* unit = nullptr;
  std::vector<TranslationVersionSummary> versions;  // the draft first, then newest first
  std::vector<MedDiscussion> med;
  const domain::Unit* inherited_from = nullptr;  // no published version: the nearest unit above with one
};

bool HasPublished(const std::vector<TranslationVersionSummary>& versions) {
  return std::any_of(versions.begin(), versions.end(),
                     [](const TranslationVersionSummary& v) { return v.number.has_value(); });
}

// The first of `units` (nearest first) that `numbers` has a published version for.
const domain::Unit* NearestPublished(const std::vector<const domain::Unit*>& units,
                                     const std::vector<std::pair<domain::UnitId, int>>& numbers) {
  for (const auto* unit : units) {
    if (std::any_of(numbers.begin(), numbers.end(), [&](const auto& n) { return n.first == unit->id; })) return unit;
  }
  return nullptr;
}

}  // namespace

void AddTranslationStartItems(Store& store, const StartRequest& request, StartPage& page) {
  const auto& context = request.context;
  const auto& organisation = context.organisation();
  std::vector<const domain::Unit*> own;
  for (const auto* unit : OwnUnits(context)) {
    if (!organisation.ActiveLeadersOf(unit->id).empty()) own.push_back(unit);
  }
  const auto* me = context.me();
  const auto ids_of = [](const std::vector<const domain::Unit*>& units) {
    std::vector<domain::UnitId> ids;
    ids.reserve(units.size());
    for (const auto* unit : units) ids.push_back(unit->id);
    return ids;
  };
  // The person's own unit and the units above it, nearest first: the translation in force there is
  // the nearest published one.
  std::vector<const domain::Unit*> chain;
  if (me != nullptr) {
    if (const auto* unit = organisation.FindUnit(me->unit)) chain.push_back(unit);
    for (const auto* above : organisation.Ancestors(me->unit)) chain.push_back(above);
  }
  struct Loaded {
    std::vector<UnitState> own;
    const domain::Unit* source = nullptr;  // the unit whose translation applies in the person's unit
    std::vector<TranslationVersionSummary> source_versions;
  };
  const auto loaded = store.Read([&](Transaction& tx) {
    auto& repository = tx.Get<TranslationRepository>();
    Loaded data;
    for (const auto* unit : own) {
      UnitState state{unit, repository.Versions(unit->id), repository.MedDiscussions(unit->id), nullptr};
      if (!HasPublished(state.versions)) {
        const auto above = organisation.Ancestors(unit->id);
        state.inherited_from = NearestPublished(above, repository.LatestNumbers(ids_of(above)));
      }
      data.own.push_back(std::move(state));
    }
    if (!chain.empty()) {
      data.source = NearestPublished(chain, repository.LatestNumbers(ids_of(chain)));
      if (data.source != nullptr) data.source_versions = repository.Versions(data.source->id);
    }
    return data;
  });

  for (const auto& state : loaded.own) {
    const auto& unit = *state.unit;
    const auto role = RoleIn(context, unit);
    const auto draft =
        std::find_if(state.versions.begin(), state.versions.end(),
                     [](const TranslationVersionSummary& v) { return v.status == TranslationStatus::Draft; });
    const auto published = std::find_if(state.versions.begin(), state.versions.end(),
                                        [](const TranslationVersionSummary& v) { return v.number.has_value(); });
    if (draft != state.versions.end()) {
      page.tasks.push_back({"Udgiv oversættelsen for " + unit.name,
                            role + " Der ligger en kladde fra " + domain::FormatDate(draft->updated_at) +
                                ". Medarbejderne ser den først, når den er udgivet.",
                            TranslationHref(unit.id) + "/rediger", "Åbn kladden", std::nullopt, false});
    } else if (published == state.versions.end()) {
      const auto applies = state.inherited_from != nullptr
                               ? "Indtil den er udgivet, gælder oversættelsen fra " + state.inherited_from->name + "."
                               : std::string("Der gælder ingen oversættelse for enheden endnu.");
      auto reason = role;
      reason += ' ';
      reason += applies;
      page.tasks.push_back({"Lav en oversættelse af ledelsesgrundlaget for " + unit.name, std::move(reason),
                            TranslationHref(unit.id) + "/rediger", "Lav oversættelsen", std::nullopt, false});
    }
    if (published != state.versions.end()) {
      const int number = *published->number;
      const bool discussed = std::any_of(state.med.begin(), state.med.end(),
                                         [&](const MedDiscussion& d) { return d.version_number == number; });
      if (!discussed) {
        page.tasks.push_back(
            {"Registrér MED-drøftelsen af oversættelsen for " + unit.name,
             role + " Version " + std::to_string(number) + " er udgivet" +
                 (published->published_at ? " " + domain::FormatDate(*published->published_at) : std::string()) +
                 ", men der er ikke registreret en drøftelse af den i MED.",
             TranslationHref(unit.id) + "/med", "Registrér drøftelsen", std::nullopt, false});
      }
    }
  }

  if (!chain.empty()) {
    const auto newest = std::find_if(loaded.source_versions.begin(), loaded.source_versions.end(),
                                     [](const TranslationVersionSummary& v) { return v.number && v.published_at; });
    if (newest != loaded.source_versions.end()) {
      const auto on = domain::ToCopenhagenTime(*newest->published_at).date;
      const auto days = std::chrono::sys_days{request.today} - std::chrono::sys_days{on};
      if (days >= std::chrono::days{0} && days <= std::chrono::days{kStartNewsDays}) {
        const auto* unit = chain.front();
        const auto* source_unit = loaded.source;
        if (unit != nullptr && source_unit != nullptr) {
          const auto version = "version " + std::to_string(*newest->number);
          page.news.push_back({"Ny oversættelse af ledelsesgrundlaget for " + source_unit->name,
                               source_unit == unit
                                   ? "Enhedens " + version + " blev udgivet " + domain::FormatDate(on) + "."
                                   : unit->name + " følger oversættelsen fra " + source_unit->name + "; " + version +
                                         " blev udgivet " + domain::FormatDate(on) + ".",
                               TranslationHref(unit->id), on});
        }
      }
    }
  }
}

}  // namespace lp::app
