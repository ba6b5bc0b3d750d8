#pragma once

// The goal pictures (målbilleder, issue 18) and their strategy tracks, versioned like the regional
// leadership foundation: everyone reads the version in force and the earlier ones; editors without a
// scope and administrators (kEditGoals) keep one draft per goal picture, publish it as the next
// version or discard it. A draft carries a revision, and a change since the editor opened the form is
// a Conflict, never overwritten.
//
// A strategy track has a stable id (strategy_tracks) that indicators and later modules link to; each
// version words it (title, description) and orders it. A draft may add tracks, reword and reorder
// them, and leave out a track that has no indicator in use (one with indicators that are not archived
// cannot be left out: they would lose their place).
//
// The shipped text (content/goals/NN-<slug>.md) becomes version 1 of each goal picture that does not
// exist yet (LoadDefaultContent, run at start).

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "app/goals/goals_repository.hpp"
#include "app/platform/auth_service.hpp"
#include "app/platform/result.hpp"
#include "app/platform/store.hpp"
#include "domain/platform/user.hpp"

namespace lp::app {

inline constexpr std::size_t kMaxGoalTitleCharacters = 200;
inline constexpr std::size_t kMaxGoalBodyCharacters = 20'000;
inline constexpr std::size_t kMaxTrackTitleCharacters = 200;
inline constexpr std::size_t kMaxTrackDescriptionCharacters = 4'000;
inline constexpr std::size_t kMaxTracksPerPicture = 12;
inline constexpr std::string_view kGoalSystemAuthor = "Ledelsesportalen (standardtekst)";

struct GoalPictureView {
  GoalPictureRecord picture;
  GoalVersionRecord version;  // the version in force (or the one asked for)
};

// One track row of the editor's form: an existing track (by id) or a new one (none), its text, and
// whether the editor leaves it out of the new version.
struct TrackInput {
  std::optional<TrackId> track;
  std::string title;
  std::string description;
  bool remove = false;
};

struct GoalDraftInput {
  std::string title;
  std::string body;
  std::vector<TrackInput> tracks;
  std::optional<GoalVersionId> draft;
  int revision = 0;
  std::optional<int> based_on;
};

struct GoalEditState {
  GoalPictureView view;  // the version in force
  std::optional<GoalVersionRecord> draft;
  GoalDraftInput form;
};

struct GoalVersionList {
  GoalPictureView view;
  std::vector<GoalVersionRecord> versions;  // newest first, without bodies
  // Per version (same order), what it changed from the one before, in words: "Titlen er ændret",
  // "Ambitionen er ændret", "Nyt spor: …", "Spor omdøbt: … → …", "Sporet … udgår", "Sporene har ny
  // rækkefølge". Version 1: "Første version".
  std::vector<std::vector<std::string>> changes;
};

// What `version` changed from `previous` (see GoalVersionList::changes).
std::vector<std::string> GoalVersionChanges(const GoalVersionRecord* previous, const GoalVersionRecord& version);

class GoalPictureService {
 public:
  explicit GoalPictureService(Store& store, Clock clock = SystemNow);

  static std::size_t LoadDefaultContent(Store& store, domain::Timestamp now = SystemNow());

  bool CanEdit(const domain::User& user) const;
  std::vector<GoalPictureView> Current();
  Result<GoalPictureView> Picture(std::string_view slug);
  Result<GoalVersionList> Versions(std::string_view slug);
  Result<GoalPictureView> Version(std::string_view slug, int number);

  Result<GoalEditState> Edit(const domain::User& user, std::string_view slug);
  // Saves the form as the draft; Invalid with messages per field ("title", "body", "track-N-title", …).
  Result<GoalVersionRecord> SaveDraft(const domain::User& user, std::string_view slug, GoalDraftInput input,
                                      const std::string& remote_address);
  Result<int> Publish(const domain::User& user, std::string_view slug, GoalDraftInput input,
                      const std::string& remote_address);
  Result<Unit> DiscardDraft(const domain::User& user, std::string_view slug, GoalVersionId draft, int revision,
                            const std::string& remote_address);

 private:
  Store& store_;
  Clock clock_;
};

}  // namespace lp::app
