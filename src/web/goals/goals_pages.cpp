// The goal pictures' pages (issue 18): Målbilleder (the three goal pictures with their tracks and
// indicators: latest value, target, status in words, trend and a sparkline), one goal picture, its
// versions, and the editors' form of a goal picture and its strategy tracks. The indicators' own
// pages are in indicator_pages.cpp.
#include "web/goals/goals_pages.hpp"

#include <fmt/format.h>

#include <string>
#include <tuple>

#include "app/goals/goal_picture_service.hpp"
#include "app/goals/goals_access.hpp"
#include "app/goals/indicator_service.hpp"
#include "domain/platform/danish_format.hpp"
#include "web/goals/goals_view.hpp"
#include "web/goals/indicator_pages.hpp"
#include "web/goals/measurement_api.hpp"
#include "web/goals/measurement_import_pages.hpp"
#include "web/goals/run_chart_svg.hpp"
#include "web/platform/errors.hpp"
#include "web/platform/forms.hpp"
#include "web/platform/markdown.hpp"
#include "web/platform/pages.hpp"

namespace lp::web {
namespace {

constexpr std::string_view kGoalsPath = "/maalbilleder";
constexpr MarkdownOptions kGoalMarkdown{.heading_shift = 1};
// The empty rows for new strategy tracks at the end of the editor's form.
constexpr std::size_t kNewTrackRows = 2;

std::string GoalEditHref(std::string_view slug) { return GoalPictureHref(slug) + "/rediger"; }
std::string GoalVersionsHref(std::string_view slug) { return GoalPictureHref(slug) + "/versioner"; }

// One indicator's row in a track's table (also the unit view's, through the same names).
void AddIndicatorRow(View& table, const app::IndicatorSummary& summary) {
  const auto& f = summary.indicator.fields;
  auto& row = table.AddSection("INDICATOR");
  row.Set("HREF", GoalIndicatorHref(summary.indicator.id));
  row.Set("NAME", f.name);
  if (f.local_unit) row.AddSection("LOCAL").Set("UNIT", summary.local_unit_name);
  if (f.leaders_only) row.Show("LEADERS_ONLY");
  row.Set("TARGET", GoalTarget(f));
  if (summary.latest) {
    auto& latest = row.AddSection("LATEST");
    latest.Set("VALUE", GoalValue(summary.latest->value, f));
    latest.Set("PERIOD", domain::PeriodLabel(summary.latest->period));
    if (!summary.latest->measured) latest.Show("ROLLED_UP");
    SetGoalStatus(latest, summary.series, *summary.latest, f.frequency);
    SetGoalTrend(latest, summary.trend);
    const auto recent = GoalRecentValues(summary.series);
    latest.Set("SPARKLINE", RenderSparklineSvg(recent, {24, f.target, summary.latest->colour}));
  } else {
    row.Show("NO_VALUES");
  }
  const auto& reporting = summary.reporting;
  if (!reporting.missing.empty()) {
    row.AddSection("MISSING").Set("TEXT", fmt::format("{} mangler", domain::PeriodLabel(reporting.due)));
  }
  if (!reporting.uncommented.empty()) {
    row.AddSection("UNCOMMENTED")
        .Set("TEXT", domain::CountOf(static_cast<long long>(reporting.uncommented.size()), "rød værdi uden kommentar",
                                     "røde værdier uden kommentar"));
  }
}

void AddPicture(View& content, const app::GoalPictureSummary& picture, bool with_body, bool can_edit) {
  auto& section = content.AddSection("PICTURE");
  const auto& version = picture.view.version;
  section.Set("SLUG", picture.view.picture.slug);
  section.Set("HREF", GoalPictureHref(picture.view.picture.slug));
  section.Set("TITLE", version.title);
  if (with_body) section.AddSection("BODY").Set("HTML", RenderMarkdown(version.body, kGoalMarkdown));
  std::array<std::size_t, 3> colours{};
  std::size_t without = 0;
  std::size_t track_number = 0;
  auto& tracks = section.AddInclude("GOALS_TRACKS", "goals/tracks.tpl");
  for (const auto& track : picture.tracks) {
    ++track_number;
    auto& row = tracks.AddSection("TRACK");
    row.Set("ID", std::to_string(track.text.track));
    row.Set("NUMBER", std::to_string(track_number));
    row.Set("TITLE", track.text.title);
    if (!track.text.description.empty()) row.AddSection("DESCRIPTION").Set("TEXT", track.text.description);
    if (track.indicators.empty()) {
      row.Show("NO_INDICATORS");
    } else {
      auto& table = row.AddSection("TABLE");
      table.Set("TITLE", track.text.title);
      for (const auto& summary : track.indicators) {
        AddIndicatorRow(table, summary);
        if (summary.latest && summary.latest->colour) {
          ++colours[static_cast<std::size_t>(*summary.latest->colour)];
        } else {
          ++without;
        }
      }
    }
    if (can_edit) {
      row.AddSection("ADD").Set("HREF", fmt::format("/maalbilleder/indikatorer/ny?spor={}", track.text.track));
    }
  }
  const auto adjective = [](std::size_t n, const char* one, const char* many) {
    return fmt::format("{} {}", n, n == 1 ? one : many);
  };
  section.Set("COUNTS",
              fmt::format("Status for indikatorerne: {}, {} og {}{}.", adjective(colours[0], "grøn", "grønne"),
                          adjective(colours[1], "gul", "gule"), adjective(colours[2], "rød", "røde"),
                          without > 0 ? fmt::format(" (og {} uden målinger)", without) : std::string{}));
}

Response RenderOverview(const PageServices& services, RequestContext& context) {
  const auto overview = services.Get<app::IndicatorService>().Overview(*context.user());
  View content;
  for (const auto& picture : overview.pictures) AddPicture(content, picture, false, overview.can_edit);
  if (overview.pictures.empty()) content.Show("NO_PICTURES");
  content.AddInclude("GOALS_LEGEND", "goals/legend.tpl");
  if (overview.can_add_local) content.Show("CAN_IMPORT");
  for (const auto* unit : overview.my_units) {
    auto& mine = content.AddSection("MY_UNIT");
    mine.Set("HREF", GoalUnitHref(unit->external_id));
    mine.Set("NAME", unit->name);
  }
  content.Set("PRINTED", domain::FormatDateTime(app::SystemNow()));
  return services.pages.Render(context, "Målbilleder", "goals/overview.tpl", content);
}

Response RenderPicture(const PageServices& services, RequestContext& context) {
  const auto slug = context.params.Get("slug");
  const auto overview = services.Get<app::IndicatorService>().Overview(*context.user());
  for (const auto& picture : overview.pictures) {
    if (picture.view.picture.slug != slug) continue;
    View content;
    AddPicture(content, picture, true, overview.can_edit);
    const auto& version = picture.view.version;
    content.Set("TITLE", version.title);
    content.Set("VERSION", std::to_string(version.number.value_or(0)));
    content.Set("PUBLISHED", version.published_at ? domain::FormatDate(*version.published_at) : std::string{});
    content.Set("VERSIONS_HREF", GoalVersionsHref(slug));
    if (overview.can_edit) content.AddSection("EDIT").Set("HREF", GoalEditHref(slug));
    content.AddInclude("GOALS_LEGEND", "goals/legend.tpl");
    content.Set("PRINTED", domain::FormatDateTime(app::SystemNow()));
    return services.pages.Render(context, version.title, "goals/picture.tpl", content);
  }
  return services.pages.Error(context, 404, "Målbilledet findes ikke.");
}

Response RenderVersions(const PageServices& services, RequestContext& context) {
  const auto slug = context.params.Get("slug");
  const auto list = services.Get<app::GoalPictureService>().Versions(slug);
  if (!list) return services.pages.Error(context, StatusFor(list.error().kind), list.error().message);
  View content;
  content.Set("TITLE", list->view.version.title);
  content.Set("HREF", GoalPictureHref(slug));
  for (const auto& version : list->versions) {
    auto& row = content.AddSection("VERSION");
    row.Set("NUMBER", std::to_string(version.number.value_or(0)));
    row.Set("HREF", fmt::format("{}/{}", GoalVersionsHref(slug), version.number.value_or(0)));
    row.Set("PUBLISHED", version.published_at ? domain::FormatDateTime(*version.published_at) : std::string{});
    row.Set("BY", version.published_by ? version.published_by->name : std::string{});
    if (version.number == list->view.version.number) row.Show("CURRENT");
    const auto index = static_cast<std::size_t>(&version - list->versions.data());
    if (index < list->changes.size()) {
      for (const auto& change : list->changes[index]) row.AddSection("CHANGE").Set("TEXT", change);
    }
  }
  return services.pages.Render(context, "Versioner af " + list->view.version.title, "goals/versions.tpl", content);
}

Response RenderVersion(const PageServices& services, RequestContext& context) {
  const auto slug = context.params.Get("slug");
  const auto number = ParsePositive<int>(context.params.Get("number"));
  if (!number) return services.pages.Error(context, 404, "Versionen findes ikke.");
  const auto view = services.Get<app::GoalPictureService>().Version(slug, *number);
  if (!view) return services.pages.Error(context, StatusFor(view.error().kind), view.error().message);
  View content;
  const auto& version = view->version;
  content.Set("TITLE", version.title);
  content.Set("NUMBER", std::to_string(*number));
  content.Set("HREF", GoalPictureHref(slug));
  content.Set("VERSIONS_HREF", GoalVersionsHref(slug));
  content.Set("PUBLISHED", version.published_at ? domain::FormatDateTime(*version.published_at) : std::string{});
  content.Set("BY", version.published_by ? version.published_by->name : std::string{});
  content.Set("BODY_HTML", RenderMarkdown(version.body, kGoalMarkdown));
  for (const auto& track : version.tracks) {
    auto& row = content.AddSection("TRACK");
    row.Set("TITLE", track.title);
    row.Set("DESCRIPTION", track.description);
  }
  return services.pages.Render(context, fmt::format("{} – version {}", version.title, *number), "goals/version.tpl",
                               content);
}

// ---- the editors' form

std::optional<app::GoalDraftInput> ReadGoalDraftForm(const FormData& form) {
  app::GoalDraftInput input;
  input.title = form.Get("title");
  input.body = form.Get("body");
  if (const auto draft = form.Get("draft"); !draft.empty()) {
    const auto id = ParsePositive<long long>(draft);
    if (!id) return std::nullopt;
    input.draft = *id;
  }
  const auto revision = ParseInteger<int>(form.Get("revision"));
  if (!revision) return std::nullopt;
  input.revision = *revision;
  if (const auto based_on = form.Get("based_on"); !based_on.empty()) {
    const auto number = ParsePositive<int>(based_on);
    if (!number) return std::nullopt;
    input.based_on = *number;
  }
  const auto count = ParseInteger<int>(form.Get("tracks"));
  if (!count || *count < 0 || *count > 40) return std::nullopt;
  // Each track with its sort key: the place chosen, then (at a place another track keeps) before it when
  // moved up, after it when moved down, then the form's order.
  std::vector<std::pair<std::tuple<int, int, int>, app::TrackInput>> placed;
  for (int i = 1; i <= *count; ++i) {
    app::TrackInput track;
    const auto prefix = fmt::format("track-{}-", i);
    const auto place = ParsePositive<int>(form.Get(prefix + "position")).value_or(i);
    if (const auto id = form.Get(prefix + "id"); !id.empty()) {
      const auto parsed = ParsePositive<long long>(id);
      if (!parsed) return std::nullopt;
      track.track = *parsed;
    }
    track.title = form.Get(prefix + "title");
    track.description = form.Get(prefix + "description");
    track.remove = form.Get(prefix + "remove") == "1";
    const int side = place < i ? 0 : place > i ? 2 : 1;
    placed.emplace_back(std::tuple{place, side, i}, std::move(track));
  }
  std::sort(placed.begin(), placed.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  for (auto& [place, track] : placed) input.tracks.push_back(std::move(track));
  return input;
}

Response RenderGoalEdit(const PageServices& services, RequestContext& context, const app::GoalEditState& state,
                        app::GoalDraftInput form, const app::Error* error = nullptr) {
  View content;
  const auto& slug = state.view.picture.slug;
  content.Set("CURRENT_TITLE", state.view.version.title);
  content.Set("CURRENT_NUMBER", std::to_string(state.view.version.number.value_or(0)));
  content.Set("PICTURE_HREF", GoalPictureHref(slug));
  content.Set("EDIT_HREF", GoalEditHref(slug));
  content.Set("VERSIONS_HREF", GoalVersionsHref(slug));
  content.Set("DRAFT_ID", form.draft ? std::to_string(*form.draft) : std::string{});
  content.Set("REVISION", std::to_string(form.revision));
  content.Set("BASED_ON", form.based_on ? std::to_string(*form.based_on) : std::string{});
  if (state.draft) {
    auto& draft = content.AddSection("HAS_DRAFT");
    draft.Set("DRAFT_SAVED", domain::FormatDateTime(state.draft->updated_at));
    draft.Set("DRAFT_AUTHOR", state.draft->updated_by.name);
    auto& discard = content.AddSection("DISCARD");
    discard.Set("DISCARD_DRAFT_ID", std::to_string(state.draft->id));
    discard.Set("DISCARD_REVISION", std::to_string(state.draft->revision));
  } else {
    content.Show("NO_DRAFT");
  }
  const auto errors = FieldErrorsOf(error);
  if (error != nullptr && error->kind == app::ErrorKind::Conflict) {
    AddConflictNotice(content, error->message, GoalPictureHref(slug), "Se målbilledet, som det er nu",
                      "Din tekst er ikke gemt");
  } else if (error != nullptr) {
    AddFormError(content, *error, "Din tekst er ikke gemt", "Der er problemer med det, du har skrevet");
  }
  AddField(content, "TITLE_FIELD",
           TextField("title", "Titel", MaxCharactersHint(app::kMaxGoalTitleCharacters), form.title)
               .Class("input-width-xl")
               .Required(),
           errors);
  AddField(content, "BODY_FIELD",
           TextAreaField("body", "Ambition",
                         "Hvad regionen vil opnå, og hvorfor. Skrives i Markdown. " +
                             MaxCharactersHint(app::kMaxGoalBodyCharacters),
                         form.body, 8)
               .Required(),
           errors);
  // The rows: the tracks of the form, then empty rows for new ones (kept when the form comes back).
  std::size_t empty = 0;
  for (const auto& track : form.tracks) {
    if (!track.track && track.title.empty() && track.description.empty()) ++empty;
  }
  for (; empty < kNewTrackRows; ++empty) form.tracks.push_back({});
  content.Set("TRACK_COUNT", std::to_string(form.tracks.size()));
  if (const auto message = ErrorFor(errors, "tracks"); !message.empty()) {
    content.AddSection("TRACKS_ERROR").Set("MESSAGE", std::string(message));
  }
  for (std::size_t i = 0; i < form.tracks.size(); ++i) {
    const auto& track = form.tracks[i];
    const auto prefix = fmt::format("track-{}-", i + 1);
    auto& row = content.AddSection("TRACK");
    row.Set("NUMBER", std::to_string(i + 1));
    row.Set("ID_NAME", prefix + "id");
    row.Set("ID", track.track ? std::to_string(*track.track) : std::string{});
    row.Set("LEGEND", track.track ? fmt::format("Spor {}", i + 1) : std::string("Nyt strategispor (valgfrit)"));
    AddField(row, "TITLE_FIELD",
             TextField(prefix + "title", "Sporets titel", MaxCharactersHint(app::kMaxTrackTitleCharacters), track.title)
                 .Class("input-width-xl"),
             errors);
    AddField(row, "DESCRIPTION_FIELD",
             TextAreaField(prefix + "description", "Beskrivelse (valgfri)",
                           MaxCharactersHint(app::kMaxTrackDescriptionCharacters), track.description, 3),
             errors);
    std::vector<FieldOption> places;
    for (std::size_t place = 1; place <= form.tracks.size(); ++place) {
      places.push_back({std::to_string(place), std::to_string(place)});
    }
    AddField(row, "POSITION_FIELD",
             SelectField(prefix + "position", "Placering", "Vælg et andet nummer for at flytte sporet.",
                         std::to_string(i + 1), places)
                 .Class("input-width-xs"),
             errors);
    if (track.track) {
      auto& remove = row.AddSection("REMOVE");
      remove.Set("NAME", prefix + "remove");
      if (track.remove) remove.Show("CHECKED");
    }
  }
  return services.pages.Render(context, FormTitle("Rediger " + state.view.version.title, error),
                               "goals/picture_edit.tpl", content, FormStatus(error));
}

Response ShowGoalEdit(const PageServices& services, RequestContext& context) {
  const auto slug = context.params.Get("slug");
  const auto state = services.Get<app::GoalPictureService>().Edit(*context.user(), slug);
  if (!state) return services.pages.Error(context, StatusFor(state.error().kind), state.error().message);
  return RenderGoalEdit(services, context, state.value(), state.value().form);
}

Response SubmitGoalEdit(const PageServices& services, RequestContext& context) {
  const auto slug = context.params.Get("slug");
  const auto& user = *context.user();
  const auto input = ReadGoalDraftForm(context.Form());
  if (!input) return services.pages.Error(context, 400, "Formularen kunne ikke læses. Åbn siden igen.");
  const auto action = context.Form().Get("action");
  if (action != "gem" && action != "udgiv") return services.pages.Error(context, 400, "Vælg Gem kladde eller Udgiv.");
  auto& pictures = services.Get<app::GoalPictureService>();
  const auto state = pictures.Edit(user, slug);
  if (!state) return services.pages.Error(context, StatusFor(state.error().kind), state.error().message);
  const auto again = [&](const app::Error& error, int) {
    auto shown = *input;
    if (error.kind == app::ErrorKind::Conflict) {
      shown.draft = state->form.draft;
      shown.revision = state->form.revision;
      shown.based_on = state->form.based_on;
    }
    return RenderGoalEdit(services, context, state.value(), shown, &error);
  };
  if (action == "gem") {
    return FinishForm<app::GoalVersionRecord>(
        services, context, pictures.SaveDraft(user, slug, *input, context.request.remote_address), again,
        [&](const app::GoalVersionRecord&) {
          return RedirectWithFlash(GoalEditHref(slug), "goals-draft-saved", services.secure_cookies);
        });
  }
  return FinishForm<int>(
      services, context, pictures.Publish(user, slug, *input, context.request.remote_address), again,
      [&](const int&) { return RedirectWithFlash(GoalPictureHref(slug), "goals-published", services.secure_cookies); });
}

Response SubmitGoalDiscard(const PageServices& services, RequestContext& context) {
  const auto slug = context.params.Get("slug");
  const auto draft = ParsePositive<long long>(context.Form().Get("draft"));
  const auto revision = ParseInteger<int>(context.Form().Get("revision"));
  if (!draft || !revision) return services.pages.Error(context, 400, "Formularen kunne ikke læses. Åbn siden igen.");
  auto& pictures = services.Get<app::GoalPictureService>();
  return FinishForm<app::Unit>(
      services, context,
      pictures.DiscardDraft(*context.user(), slug, *draft, *revision, context.request.remote_address),
      [&](const app::Error& error, int) {
        const auto state = pictures.Edit(*context.user(), slug);
        if (!state) return services.pages.Error(context, StatusFor(state.error().kind), state.error().message);
        return RenderGoalEdit(services, context, state.value(), state.value().form, &error);
      },
      [&](const app::Unit&) {
        return RedirectWithFlash(GoalPictureHref(slug), "goals-draft-discarded", services.secure_cookies);
      });
}

}  // namespace

void RegisterGoalsPages(PageModule& module) {
  module.shell.AddNavigation({kGoalsPath, "Målbilleder",
                              "Regionens tre målbilleder med strategispor og indikatorer: hvor vi står, og hvilken "
                              "vej det går.",
                              app::kSignedIn, &kGoalsSection, 10});
  module.shell.AddFlash(
      {"goals-draft-saved", "success", "Kladden er gemt. Kun redaktører kan se den, indtil den bliver udgivet."});
  module.shell.AddFlash({"goals-published", "success",
                         "Den nye version er udgivet og gælder nu for alle. Den tidligere version ligger under "
                         "Versioner."});
  module.shell.AddFlash({"goals-draft-discarded", "success", "Kladden er kasseret. Den gældende version er uændret."});
  const auto editors = app::Requires(app::kEditGoals);
  module.Get(std::string(kGoalsPath), app::kSignedIn, &RenderOverview);
  RegisterIndicatorPages(module);
  RegisterMeasurementImportPages(module);
  RegisterMeasurementApi(module);
  module.Get("/maalbilleder/{slug}", app::kSignedIn, &RenderPicture);
  module.Get("/maalbilleder/{slug}/versioner", app::kSignedIn, &RenderVersions);
  module.Get("/maalbilleder/{slug}/versioner/{number:int}", app::kSignedIn, &RenderVersion);
  module.Get("/maalbilleder/{slug}/rediger", editors, &ShowGoalEdit);
  module.Post("/maalbilleder/{slug}/rediger", editors, &SubmitGoalEdit);
  module.Post("/maalbilleder/{slug}/rediger/kasser", editors, &SubmitGoalDiscard);
}

}  // namespace lp::web
