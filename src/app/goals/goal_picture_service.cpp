#include "app/goals/goal_picture_service.hpp"

#include <algorithm>
#include <set>
#include <stdexcept>
#include <utility>

#include "app/goals/goals_access.hpp"
#include "app/platform/authorization.hpp"
#include "app/platform/default_content.hpp"
#include "app/platform/errors.hpp"
#include "app/platform/form_checks.hpp"
#include "app/platform/repositories.hpp"
#include "domain/platform/text.hpp"

namespace lp::app {
namespace {

constexpr std::string_view kTrackHeading = "## Spor: ";
// A conflict message ends by saying that nothing typed is lost.
constexpr std::string_view kGoalTextKept = " Din tekst er ikke gemt, men står stadig i formularen herunder.";

Error UnknownPicture() { return NotFound("Målbilledet findes ikke."); }

std::string GoalTrim(std::string_view text) {
  const auto space = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; };
  while (!text.empty() && space(text.front())) text.remove_prefix(1);
  while (!text.empty() && space(text.back())) text.remove_suffix(1);
  return std::string(text);
}

std::string GoalSubject(std::string_view slug) { return "goal_picture:" + std::string(slug); }

std::string GoalPublishedMeanwhile(int number) {
  return "Der er udgivet en nyere version (version " + std::to_string(number) +
         ") af målbilledet, siden du begyndte på din tekst." + std::string(kGoalTextKept) +
         " Læs den nye version, og ret din tekst til, før du gemmer eller udgiver.";
}

// "01-sundhed.md" → "sundhed".
std::string SlugOfContentFile(std::string_view path) {
  auto name = path.substr(path.rfind('/') + 1);
  if (name.size() > 3 && name[2] == '-') name.remove_prefix(3);
  if (name.ends_with(".md")) name.remove_suffix(3);
  return std::string(name);
}

// The shipped text: the title, the ambition and the tracks (see content/goals/README.md).
GoalVersionText ParseGoalContent(std::string_view content) {
  const auto titled = SplitTitle(content);
  GoalVersionText text{GoalTrim(titled.title), {}, {}};
  std::string_view rest = titled.body;
  const auto first = rest.find(kTrackHeading);
  text.body = GoalTrim(rest.substr(0, first));
  rest = first == std::string_view::npos ? std::string_view{} : rest.substr(first);
  while (!rest.empty()) {
    rest.remove_prefix(kTrackHeading.size());
    const auto line_end = rest.find('\n');
    const auto title = rest.substr(0, line_end);
    rest = line_end == std::string_view::npos ? std::string_view{} : rest.substr(line_end + 1);
    const auto next = rest.find(kTrackHeading);
    text.tracks.push_back({0, GoalTrim(title), GoalTrim(rest.substr(0, next))});
    rest = next == std::string_view::npos ? std::string_view{} : rest.substr(next);
  }
  return text;
}

std::optional<GoalPictureView> LoadGoalView(Transaction& tx, std::string_view slug) {
  auto& repository = tx.Get<GoalPictureRepository>();
  auto picture = repository.FindPicture(std::string(slug));
  if (!picture) return std::nullopt;
  for (auto& version : repository.CurrentVersions()) {
    if (version.picture == picture->id) return GoalPictureView{std::move(*picture), std::move(version)};
  }
  return std::nullopt;
}

// The tracks that have indicators in use (not archived).
std::set<TrackId> TracksInUse(Transaction& tx) {
  std::set<TrackId> used;
  for (const auto& indicator : tx.Get<IndicatorRepository>().ListIndicators()) {
    if (!indicator.archived_at) used.insert(indicator.fields.track);
  }
  return used;
}

}  // namespace

std::vector<std::string> GoalVersionChanges(const GoalVersionRecord* previous, const GoalVersionRecord& version) {
  if (previous == nullptr) return {"Første version"};
  std::vector<std::string> changes;
  if (previous->title != version.title) changes.push_back("Titlen er ændret til »" + version.title + "«");
  if (previous->body != version.body) changes.push_back("Ambitionen er ændret");
  std::vector<TrackId> kept_before;
  std::vector<TrackId> kept_now;
  for (const auto& track : version.tracks) {
    const auto before = std::find_if(previous->tracks.begin(), previous->tracks.end(),
                                     [&](const TrackText& t) { return t.track == track.track; });
    if (before == previous->tracks.end()) {
      changes.push_back("Nyt spor: " + track.title);
      continue;
    }
    kept_now.push_back(track.track);
    if (before->title != track.title) changes.push_back("Spor omdøbt: " + before->title + " → " + track.title);
    if (before->description != track.description) changes.push_back("Ny beskrivelse af sporet " + track.title);
  }
  for (const auto& track : previous->tracks) {
    const bool stays = std::any_of(version.tracks.begin(), version.tracks.end(),
                                   [&](const TrackText& t) { return t.track == track.track; });
    if (stays) {
      kept_before.push_back(track.track);
    } else {
      changes.push_back("Sporet " + track.title + " udgår");
    }
  }
  if (kept_before != kept_now) changes.push_back("Sporene har fået en ny rækkefølge");
  if (changes.empty()) changes.push_back("Ingen ændringer i teksten");
  return changes;
}

GoalPictureService::GoalPictureService(Store& store, Clock clock) : store_(store), clock_(std::move(clock)) {}

std::size_t GoalPictureService::LoadDefaultContent(Store& store, domain::Timestamp now) {
  const auto load = [&] {
    return store.Write([&](Transaction& tx) {
      auto& repository = tx.Get<GoalPictureRepository>();
      std::size_t created = 0;
      std::string slugs;
      int position = 0;
      for (const auto& file : DefaultContentIn("goals")) {
        position += 10;
        const auto slug = SlugOfContentFile(file.path);
        if (repository.FindPicture(slug)) continue;
        auto text = ParseGoalContent(file.content);
        if (text.title.empty() || text.body.empty() || text.tracks.empty()) {
          throw std::logic_error("the default goal picture " + slug + " lacks a title, an ambition or tracks");
        }
        const auto id = repository.CreatePicture(slug, position, now);
        for (auto& track : text.tracks) track.track = repository.CreateTrack(id, now);
        repository.CreatePublished(id, 1, text, {std::nullopt, std::string(kGoalSystemAuthor)}, now);
        ++created;
        slugs += (slugs.empty() ? "" : ", ") + slug;
      }
      if (created > 0) {
        tx.Get<AuditRepository>().Append(
            {now, std::nullopt, "goals.default_loaded", "goal_pictures", "", "version 1 of " + slugs});
      }
      return created;
    });
  };
  try {
    return load();
  } catch (const ConstraintViolation&) {
    return load();  // another process loaded the same text at the same moment
  }
}

bool GoalPictureService::CanEdit(const domain::User& user) const {
  return Authorize(&user, Requires(kEditGoals)) == Decision::Allow;
}

std::vector<GoalPictureView> GoalPictureService::Current() {
  return store_.Read([](Transaction& tx) {
    auto& repository = tx.Get<GoalPictureRepository>();
    const auto pictures = repository.ListPictures();
    auto versions = repository.CurrentVersions();
    std::vector<GoalPictureView> views;
    for (const auto& picture : pictures) {
      for (auto& version : versions) {
        if (version.picture == picture.id) views.push_back({picture, std::move(version)});
      }
    }
    return views;
  });
}

Result<GoalPictureView> GoalPictureService::Picture(std::string_view slug) {
  return store_.Read([&](Transaction& tx) -> Result<GoalPictureView> {
    auto view = LoadGoalView(tx, slug);
    if (!view) return UnknownPicture();
    return std::move(*view);
  });
}

Result<GoalVersionList> GoalPictureService::Versions(std::string_view slug) {
  return store_.Read([&](Transaction& tx) -> Result<GoalVersionList> {
    auto view = LoadGoalView(tx, slug);
    if (!view) return UnknownPicture();
    auto& repository = tx.Get<GoalPictureRepository>();
    auto versions = repository.PublishedVersions(view->picture.id);
    // The full versions, oldest first, to tell what each changed (a goal picture has a handful).
    std::vector<GoalVersionRecord> full;
    for (auto version = versions.rbegin(); version != versions.rend(); ++version) {
      if (auto found = repository.PublishedVersion(view->picture.id, version->number.value_or(0))) {
        full.push_back(std::move(*found));
      }
    }
    GoalVersionList list{std::move(*view), std::move(versions), {}};
    for (const auto& version : list.versions) {
      const auto at = std::find_if(full.begin(), full.end(),
                                   [&](const GoalVersionRecord& f) { return f.number == version.number; });
      if (at == full.end()) {
        list.changes.emplace_back();
        continue;
      }
      list.changes.push_back(GoalVersionChanges(at == full.begin() ? nullptr : &*(at - 1), *at));
    }
    return list;
  });
}

Result<GoalPictureView> GoalPictureService::Version(std::string_view slug, int number) {
  return store_.Read([&](Transaction& tx) -> Result<GoalPictureView> {
    auto picture = tx.Get<GoalPictureRepository>().FindPicture(std::string(slug));
    if (!picture) return UnknownPicture();
    auto version = tx.Get<GoalPictureRepository>().PublishedVersion(picture->id, number);
    if (!version) return NotFound("Version " + std::to_string(number) + " af målbilledet findes ikke.");
    return GoalPictureView{std::move(*picture), std::move(*version)};
  });
}

Result<GoalEditState> GoalPictureService::Edit(const domain::User& user, std::string_view slug) {
  if (!CanEdit(user))
    return Forbidden("Kun redaktører for hele regionen og administratorer kan redigere målbillederne.");
  return store_.Read([&](Transaction& tx) -> Result<GoalEditState> {
    auto view = LoadGoalView(tx, slug);
    if (!view) return UnknownPicture();
    auto draft = tx.Get<GoalPictureRepository>().Draft(view->picture.id);
    GoalEditState state{std::move(*view), std::move(draft), {}};
    const auto& source = state.draft ? *state.draft : state.view.version;
    state.form.title = source.title;
    state.form.body = source.body;
    for (const auto& track : source.tracks) state.form.tracks.push_back({track.track, track.title, track.description});
    if (state.draft) {
      state.form.draft = state.draft->id;
      state.form.revision = state.draft->revision;
      state.form.based_on = state.draft->based_on_number;
    } else {
      state.form.based_on = state.view.version.number;
    }
    return state;
  });
}

namespace {

// Checks the form and trims it; the tracks kept, in the form's order.
Result<GoalDraftInput> ValidateGoalDraft(GoalDraftInput input) {
  input.title = GoalTrim(input.title);
  input.body = GoalTrim(input.body);
  std::vector<FieldError> errors;
  if (CheckText(errors, "title", input.title, {"titlen", kMaxGoalTitleCharacters, "Skriv målbilledets titel."}) &&
      input.title.find_first_of("\r\n") != std::string::npos) {
    errors.push_back({"title", "Titlen skal stå på én linje."});
  }
  CheckText(errors, "body", input.body,
            {"ambitionen", kMaxGoalBodyCharacters, "Skriv ambitionen. Et målbillede kan ikke være uden tekst."});
  std::size_t kept = 0;
  for (std::size_t i = 0; i < input.tracks.size(); ++i) {
    auto& track = input.tracks[i];
    track.title = GoalTrim(track.title);
    track.description = GoalTrim(track.description);
    const auto field = "track-" + std::to_string(i + 1);
    if (track.remove) continue;
    if (!track.track && track.title.empty() && track.description.empty()) continue;  // an unused new row
    ++kept;
    if (CheckText(errors, field + "-title", track.title,
                  {"sporets titel", kMaxTrackTitleCharacters, "Skriv sporets titel, eller markér det til at udgå."}) &&
        track.title.find_first_of("\r\n") != std::string::npos) {
      errors.push_back({field + "-title", "Sporets titel skal stå på én linje."});
    }
    CheckText(errors, field + "-description", track.description,
              {"sporets beskrivelse", kMaxTrackDescriptionCharacters});
  }
  if (kept == 0) errors.push_back({"track-1-title", "Et målbillede skal have mindst ét strategispor."});
  if (kept > kMaxTracksPerPicture) {
    errors.push_back(
        {"tracks", "Et målbillede kan have højst " + std::to_string(kMaxTracksPerPicture) + " strategispor."});
  }
  if (!errors.empty()) return Invalid(std::move(errors), "Målbilledet er ikke gemt. Ret fejlene herunder.");
  return input;
}

// The version text of a valid form: new tracks get their ids here (within the caller's transaction);
// Invalid when a track left out still has indicators in use, or names a track of another picture.
Result<GoalVersionText> GoalTextOf(Transaction& tx, const GoalPictureRecord& picture, const GoalDraftInput& form,
                                   domain::Timestamp now) {
  auto& repository = tx.Get<GoalPictureRepository>();
  std::set<TrackId> own;
  for (const auto& [track, owner] : repository.TrackPictures()) {
    if (owner == picture.id) own.insert(track);
  }
  const auto in_use = TracksInUse(tx);
  GoalVersionText text{form.title, form.body, {}};
  std::vector<FieldError> errors;
  std::set<TrackId> seen;
  for (std::size_t i = 0; i < form.tracks.size(); ++i) {
    const auto& track = form.tracks[i];
    if (track.track && !own.contains(*track.track)) return NotFound("Strategisporet hører ikke til målbilledet.");
    if (track.track && !seen.insert(*track.track).second) {
      errors.push_back({"track-" + std::to_string(i + 1) + "-title", "Sporet står to gange i formularen."});
      continue;
    }
    if (track.remove) {
      if (track.track && in_use.contains(*track.track)) {
        errors.push_back({"track-" + std::to_string(i + 1) + "-title",
                          "Sporet har indikatorer i brug og kan ikke udgå. Flyt eller arkivér indikatorerne først."});
      }
      continue;
    }
    if (!track.track && track.title.empty() && track.description.empty()) continue;
    const auto id = track.track ? *track.track : repository.CreateTrack(picture.id, now);
    text.tracks.push_back({id, track.title, track.description});
  }
  if (!errors.empty()) return Invalid(std::move(errors), "Målbilledet er ikke gemt. Ret fejlene herunder.");
  return text;
}

}  // namespace

Result<GoalVersionRecord> GoalPictureService::SaveDraft(const domain::User& user, std::string_view slug,
                                                        GoalDraftInput input, const std::string& remote_address) {
  if (!CanEdit(user))
    return Forbidden("Kun redaktører for hele regionen og administratorer kan redigere målbillederne.");
  auto valid = ValidateGoalDraft(std::move(input));
  if (!valid) return valid.error();
  const auto& form = valid.value();
  const auto now = clock_();
  const GoalAuthor author{user.id, user.name};
  return store_.Write(
      [&](Transaction& tx) -> Result<GoalVersionRecord> {
        auto view = LoadGoalView(tx, slug);
        if (!view) return UnknownPicture();
        auto& repository = tx.Get<GoalPictureRepository>();
        const auto picture = view->picture.id;
        const int current = view->version.number.value_or(0);
        auto text = GoalTextOf(tx, view->picture, form, now);
        if (!text) return text.error();
        if (form.draft) {
          if (!repository.UpdateDraft({picture, *form.draft, form.revision}, text.value(), author, now)) {
            if (current != form.based_on.value_or(0)) return Conflict(GoalPublishedMeanwhile(current));
            return Conflict("En anden har ændret eller kasseret kladden, siden du åbnede den." +
                            std::string(kGoalTextKept) +
                            " Gemmer du igen, erstatter din tekst den kladde, der ligger nu.");
          }
        } else {
          if (repository.Draft(picture)) {
            return Conflict("En anden har startet en kladde til målbilledet, siden du åbnede det." +
                            std::string(kGoalTextKept) + " Gemmer du igen, erstatter din tekst den kladde.");
          }
          if (current != form.based_on.value_or(0)) return Conflict(GoalPublishedMeanwhile(current));
          repository.CreateDraft(picture, current, text.value(), author, now);
        }
        auto saved = repository.Draft(picture);
        if (!saved) throw StorageError("the saved goal picture draft is missing");
        tx.Get<AuditRepository>().Append({now, user.id, "goals.draft_saved", GoalSubject(slug), remote_address,
                                          "revision " + std::to_string(saved->revision)});
        return std::move(*saved);
      },
      Conflict("En anden har startet en kladde til målbilledet i samme øjeblik." + std::string(kGoalTextKept)));
}

Result<int> GoalPictureService::Publish(const domain::User& user, std::string_view slug, GoalDraftInput input,
                                        const std::string& remote_address) {
  if (!CanEdit(user))
    return Forbidden("Kun redaktører for hele regionen og administratorer kan redigere målbillederne.");
  auto valid = ValidateGoalDraft(std::move(input));
  if (!valid) return valid.error();
  const auto& form = valid.value();
  const auto now = clock_();
  const GoalAuthor author{user.id, user.name};
  return store_.Write(
      [&](Transaction& tx) -> Result<int> {
        auto view = LoadGoalView(tx, slug);
        if (!view) return UnknownPicture();
        auto& repository = tx.Get<GoalPictureRepository>();
        const auto picture = view->picture.id;
        const int current = view->version.number.value_or(0);
        if (current != form.based_on.value_or(0)) return Conflict(GoalPublishedMeanwhile(current));
        auto text = GoalTextOf(tx, view->picture, form, now);
        if (!text) return text.error();
        const int next = current + 1;
        if (form.draft) {
          if (!repository.UpdateDraft({picture, *form.draft, form.revision}, text.value(), author, now) ||
              !repository.PublishDraft({picture, *form.draft, form.revision + 1}, next, author, now)) {
            return Conflict("En anden har ændret eller kasseret kladden, siden du åbnede den, så den er ikke udgivet." +
                            std::string(kGoalTextKept));
          }
        } else {
          if (repository.Draft(picture)) {
            return Conflict(
                "En anden har startet en kladde til målbilledet, siden du åbnede det, så din tekst er "
                "ikke udgivet." +
                std::string(kGoalTextKept));
          }
          repository.CreatePublished(picture, next, text.value(), author, now);
        }
        tx.Get<AuditRepository>().Append(
            {now, user.id, "goals.published", GoalSubject(slug), remote_address, "version " + std::to_string(next)});
        return next;
      },
      Conflict("En anden har udgivet en ny version af målbilledet i samme øjeblik." + std::string(kGoalTextKept)));
}

Result<Unit> GoalPictureService::DiscardDraft(const domain::User& user, std::string_view slug, GoalVersionId draft,
                                              int revision, const std::string& remote_address) {
  if (!CanEdit(user))
    return Forbidden("Kun redaktører for hele regionen og administratorer kan redigere målbillederne.");
  const auto now = clock_();
  return store_.Write([&](Transaction& tx) -> Result<Unit> {
    auto picture = tx.Get<GoalPictureRepository>().FindPicture(std::string(slug));
    if (!picture) return UnknownPicture();
    if (!tx.Get<GoalPictureRepository>().DeleteDraft({picture->id, draft, revision})) {
      return Conflict(
          "Kladden er ændret, udgivet eller kasseret af en anden, siden du åbnede den, så den er ikke kasseret. "
          "Se den nu, før du beslutter dig.");
    }
    tx.Get<AuditRepository>().Append({now, user.id, "goals.draft_discarded", GoalSubject(slug), remote_address,
                                      "revision " + std::to_string(revision)});
    return Unit{};
  });
}

}  // namespace lp::app
