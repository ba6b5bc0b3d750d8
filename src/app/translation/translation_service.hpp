#pragma once

// A unit's local translation of the leadership foundation (lokal oversættelse, issue 4) as use cases:
// read the one in force, edit and publish, the version history, and the MED discussions.
//
// - Versions: at most one draft per unit; publishing turns the draft into the next numbered version
//   (1, 2, …), which never changes again. The newest published version is the one in force. A unit
//   without a published version of its own inherits the nearest one above it.
// - Access, per unit (app/organisation_access): EditUnitFoundation edits, publishes and records MED
//   discussions; ReadUnitFoundation reads the draft, the history and the MED page;
//   ReadPublishedTranslation reads the translation in force (also where it is inherited from, as it
//   is what applies in the unit) and the MED discussions of that translation.
// - A draft may be incomplete: it may have no themes and themes without values, but every theme has
//   a title and all texts keep their limits. Publishing needs at least one theme and at least one
//   value per theme.
// - Concurrency: the form carries the draft's id and revision (or, when there was no draft, the
//   published version it starts from). A save against another revision, a draft published or
//   started by someone else meanwhile, or publishing a draft based on a version older than the
//   newest published one is a Conflict and writes nothing.
// - Every write is one Store::Write and is audited: translation.draft_saved, translation.published,
//   translation.med_recorded.

#include <chrono>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "app/organisation/organisation_service.hpp"
#include "app/platform/auth_service.hpp"
#include "app/platform/result.hpp"
#include "app/platform/store.hpp"
#include "app/translation/translation_repository.hpp"

namespace lp::app {

// Limits, in characters (Unicode code points).
inline constexpr std::size_t kMaxThemeTitleChars = 150;
inline constexpr std::size_t kMaxBulletLines = 30;
inline constexpr std::size_t kMaxBulletChars = 300;            // per line
inline constexpr std::size_t kMaxTranslationTextChars = 4000;  // the introduction and each theme text
inline constexpr std::size_t kMaxThemes = 12;
inline constexpr std::size_t kMaxCommitteeChars = 150;
inline constexpr std::size_t kMaxMedRemarksChars = 4000;
inline constexpr std::chrono::year_month_day kEarliestMedDate{std::chrono::year{2020}, std::chrono::month{1},
                                                              std::chrono::day{1}};

// The form's field names: "introduction", "themes" (the list as a whole), and per theme (1-based,
// in the order submitted) "theme-N-title", "theme-N-bullets", "theme-N-employees",
// "theme-N-leaders", "theme-N-values".
std::string ThemeField(std::size_t number, std::string_view part);

// Trims titles, turns CRLF into LF, trims each bullet line and drops blank ones, and drops themes
// with nothing in them.
TranslationContent NormaliseTranslation(TranslationContent content);
// The Danish field errors of normalised content; `publishing` adds the rules for publishing.
std::vector<FieldError> ValidateTranslation(const TranslationContent& content, bool publishing);
// The bullet points of a theme, one per non-blank line.
std::vector<std::string> BulletLines(std::string_view bullets);

struct TranslationAccess {
  bool edit = false;
  bool read_drafts = false;  // and the history and the MED page
  bool read_published = false;
};

// What applies in a unit.
struct TranslationInForce {
  const domain::Unit* unit = nullptr;
  TranslationAccess access;
  // The newest published version of the unit itself or, when it has none, of the nearest unit above
  // with one (source != unit); none when no unit up to the root has one.
  std::optional<TranslationVersion> version;
  const domain::Unit* source = nullptr;
  std::optional<TranslationVersion> draft;  // the unit's own draft, for those who read drafts
  std::vector<MedDiscussion> med;           // of the source unit, newest first
};

// The form as submitted or to be shown. draft_id 0: there was no draft when the form was opened, and
// based_on is the published version it starts from (0: none).
struct TranslationForm {
  TranslationVersionId draft_id = 0;
  int revision = 0;
  TranslationVersionId based_on = 0;
  TranslationContent content;
};

struct TranslationEditor {
  const domain::Unit* unit = nullptr;
  TranslationForm form;  // the draft, else a copy of the newest published version, else empty
  std::optional<TranslationVersion> draft;
  std::optional<TranslationVersion> latest;  // the unit's newest published version
};

enum class TranslationSubmit { SaveDraft, Publish };

struct TranslationSaved {
  TranslationVersionId id = 0;
  std::optional<int> published_number;
};

struct TranslationHistory {
  const domain::Unit* unit = nullptr;
  TranslationAccess access;
  std::vector<TranslationVersionSummary> versions;  // the draft first, then newest first
};

struct MedInput {
  std::string held_on;  // as typed: ISO or 23.11.2026
  std::string committee;
  std::string remarks;
};

struct MedOverview {
  const domain::Unit* unit = nullptr;
  TranslationAccess access;
  std::vector<MedDiscussion> discussions;  // newest first
  std::optional<int> latest_number;        // the version a new record would concern
  bool has_draft = false;
};

class TranslationService {
 public:
  explicit TranslationService(Store& store, Clock clock = SystemNow);

  TranslationAccess AccessTo(const OrganisationContext& context, domain::UnitId unit) const;

  // ReadPublishedTranslation (or more).
  Result<TranslationInForce> InForce(const OrganisationContext& context, domain::UnitId unit) const;
  // EditUnitFoundation.
  Result<TranslationEditor> Editor(const OrganisationContext& context, domain::UnitId unit) const;
  Result<TranslationSaved> Save(const OrganisationContext& context, domain::UnitId unit, const TranslationForm& form,
                                TranslationSubmit submit, const std::string& remote_address);
  // ReadUnitFoundation.
  Result<TranslationHistory> History(const OrganisationContext& context, domain::UnitId unit) const;
  Result<TranslationVersion> Version(const OrganisationContext& context, domain::UnitId unit, int number) const;
  Result<MedOverview> Med(const OrganisationContext& context, domain::UnitId unit) const;
  // EditUnitFoundation. Concerns the unit's newest published version, else its draft.
  Result<Unit> RecordMed(const OrganisationContext& context, domain::UnitId unit, const MedInput& input,
                         const std::string& remote_address);

  // The unit of the signed-in person ("Vores oversættelse"); NotFound when the login is no person of
  // the organisation.
  Result<domain::UnitId> MyUnit(const OrganisationContext& context) const;

  std::chrono::year_month_day Today() const;

 private:
  Store& store_;
  Clock clock_;
};

}  // namespace lp::app
