#pragma once

#include <array>
#include <chrono>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "domain/organisation/organisation.hpp"
#include "domain/platform/enum_table.hpp"
#include "domain/platform/time.hpp"
#include "domain/platform/user.hpp"

namespace lp::app {

// The three regional values a theme of a local translation is linked to.
enum class RegionalValue { Dialog, Dygtighed, Dristighed };
inline constexpr auto kRegionalValueTable = domain::MakeEnumTable<RegionalValue>({
    {RegionalValue::Dialog, "dialog", "Dialog"},
    {RegionalValue::Dygtighed, "dygtighed", "Dygtighed"},
    {RegionalValue::Dristighed, "dristighed", "Dristighed"},
});
inline constexpr auto kAllRegionalValues = kRegionalValueTable.Values();
std::string_view RegionalValueCode(RegionalValue value);   // "dialog", as stored and in forms
std::string_view RegionalValueLabel(RegionalValue value);  // "Dialog"
std::optional<RegionalValue> ParseRegionalValue(std::string_view code);

// One theme of a translation: a title, bullet points (one per line), what employees can expect of
// the leaders and what the leaders expect of employees, and the values it is linked to (in
// kAllRegionalValues order, no duplicates).
struct TranslationTheme {
  std::string title;
  std::string bullets;
  std::string employees_can_expect;
  std::string leaders_expect;
  std::vector<RegionalValue> values;

  friend bool operator==(const TranslationTheme&, const TranslationTheme&) = default;
};

// What a version says: an optional introduction and the themes in order.
struct TranslationContent {
  std::string introduction;
  std::vector<TranslationTheme> themes;

  friend bool operator==(const TranslationContent&, const TranslationContent&) = default;
};

enum class TranslationStatus { Draft, Published };

using TranslationVersionId = long long;

// One version of a unit's translation. A draft has no number; a published version has its number
// (1, 2, … per unit) and never changes again. The *_name fields are the users' names as stored now
// (empty when the user was deleted).
struct TranslationVersion {
  TranslationVersionId id = 0;
  domain::UnitId unit = 0;
  TranslationStatus status = TranslationStatus::Draft;
  std::optional<int> number;
  std::optional<TranslationVersionId> based_on;  // the published version the draft was started from
  int revision = 1;
  TranslationContent content;
  std::optional<domain::UserId> created_by;
  std::string created_by_name;
  domain::Timestamp created_at{};
  std::optional<domain::UserId> updated_by;
  std::string updated_by_name;
  domain::Timestamp updated_at{};
  std::optional<domain::UserId> published_by;
  std::string published_by_name;
  std::optional<domain::Timestamp> published_at;
};

// A version without its content, for the version list.
struct TranslationVersionSummary {
  TranslationVersionId id = 0;
  TranslationStatus status = TranslationStatus::Draft;
  std::optional<int> number;
  std::string updated_by_name;
  domain::Timestamp updated_at{};
  std::string published_by_name;
  std::optional<domain::Timestamp> published_at;
  std::size_t theme_count = 0;
};

// A discussion of a unit's translation with a MED committee (date, committee, remarks).
struct MedDiscussion {
  long long id = 0;
  domain::UnitId unit = 0;
  std::optional<TranslationVersionId> version;  // the version it concerned, when there was one
  std::optional<int> version_number;            // that version's number (none: it was a draft)
  std::chrono::year_month_day held_on{};
  std::string committee;
  std::string remarks;
  std::optional<domain::UserId> recorded_by;
  std::string recorded_by_name;
  domain::Timestamp recorded_at{};
};

// A unit's translation as the follow-up views see it: its newest published version (number and
// moment), whether it has a draft, and the date of its latest MED discussion. Units with none of
// these are left out of TranslationRepository::StatesOfAllUnits.
struct UnitTranslationState {
  domain::UnitId unit = 0;
  std::optional<int> latest_number;                     // the newest published version's number
  std::optional<domain::Timestamp> published_at;        // when that version was published
  bool has_draft = false;                               // a draft exists (newer than any published version)
  std::optional<std::chrono::year_month_day> last_med;  // the latest MED discussion's date

  friend bool operator==(const UnitTranslationState&, const UnitTranslationState&) = default;
};

// Local translations of the foundation: versions, themes, and MED discussions (issue 4; tables
// translation_versions, translation_themes, translation_theme_values, med_discussions).
class TranslationRepository {
 public:
  virtual ~TranslationRepository() = default;

  virtual std::optional<TranslationVersion> Draft(domain::UnitId unit) = 0;
  virtual std::optional<TranslationVersion> LatestPublished(domain::UnitId unit) = 0;
  virtual std::optional<TranslationVersion> Published(domain::UnitId unit, int number) = 0;
  // The newest published number of each of `units` that has one (for the inheritance walk and the
  // unit page); units without a published version are left out.
  virtual std::vector<std::pair<domain::UnitId, int>> LatestNumbers(const std::vector<domain::UnitId>& units) = 0;
  // Every version of the unit: the draft first, then the published ones, newest first.
  virtual std::vector<TranslationVersionSummary> Versions(domain::UnitId unit) = 0;

  // A new draft (revision 1). ConstraintViolation when the unit already has a draft.
  virtual TranslationVersionId CreateDraft(domain::UnitId unit, std::optional<TranslationVersionId> based_on,
                                           const TranslationContent& content, domain::UserId author,
                                           domain::Timestamp at) = 0;
  // Replaces the draft's content when it is still a draft at `revision`, and raises the revision.
  // False (nothing written) when it was changed or published meanwhile.
  virtual bool UpdateDraft(TranslationVersionId id, int revision, const TranslationContent& content,
                           domain::UserId author, domain::Timestamp at) = 0;
  // Publishes the draft as `number` when it is still a draft at `revision`; false otherwise.
  // ConstraintViolation when the unit already has that number.
  virtual bool Publish(TranslationVersionId id, int revision, int number, domain::UserId publisher,
                       domain::Timestamp at) = 0;
  // The next version number of the unit (1 for the first).
  virtual int NextNumber(domain::UnitId unit) = 0;

  // The translation state of every unit that has a version or a MED discussion, by unit id, in one
  // query over the whole region (the follow-up views).
  virtual std::vector<UnitTranslationState> StatesOfAllUnits() = 0;

  virtual long long AddMedDiscussion(const MedDiscussion& discussion) = 0;
  // Newest meeting first.
  virtual std::vector<MedDiscussion> MedDiscussions(domain::UnitId unit) = 0;
};

}  // namespace lp::app
