#include "storage/translation/translation_repository.hpp"

#include <algorithm>
#include <string>

#include "storage/platform/rows.hpp"

namespace lp::storage {
namespace {

using domain::FromUnixSeconds;
using domain::ToUnixSeconds;

// Versions.

constexpr std::string_view kSelectVersion =
    "SELECT v.unit_id, v.status, v.number, v.based_on_version_id, v.introduction, v.revision, "
    "v.created_by_user_id, COALESCE(c.name, ''), v.created_at, v.updated_by_user_id, "
    "COALESCE(u.name, ''), v.updated_at, v.published_by_user_id, COALESCE(p.name, ''), v.published_at "
    "FROM translation_versions v "
    "LEFT JOIN users c ON c.id = v.created_by_user_id "
    "LEFT JOIN users u ON u.id = v.updated_by_user_id "
    "LEFT JOIN users p ON p.id = v.published_by_user_id "
    "WHERE v.id = :id";
constexpr std::string_view kDraftId = "SELECT id FROM translation_versions WHERE unit_id = :unit AND status = 'draft'";
constexpr std::string_view kLatestPublishedId =
    "SELECT id FROM translation_versions WHERE unit_id = :unit AND status = 'published' "
    "ORDER BY number DESC LIMIT 1";
constexpr std::string_view kPublishedId =
    "SELECT id FROM translation_versions WHERE unit_id = :unit AND status = 'published' "
    "AND number = :number";
constexpr std::string_view kLatestNumber =
    "SELECT MAX(number) FROM translation_versions "
    "WHERE unit_id = :unit AND status = 'published'";
constexpr std::string_view kVersionsOfUnit =
    "SELECT v.id, v.status, v.number, COALESCE(u.name, ''), v.updated_at, "
    "COALESCE(p.name, ''), v.published_at, "
    "(SELECT COUNT(*) FROM translation_themes t WHERE t.version_id = v.id) "
    "FROM translation_versions v "
    "LEFT JOIN users u ON u.id = v.updated_by_user_id "
    "LEFT JOIN users p ON p.id = v.published_by_user_id "
    "WHERE v.unit_id = :unit "
    "ORDER BY CASE WHEN v.status = 'draft' THEN 0 ELSE 1 END, v.number DESC";
constexpr std::string_view kInsertDraft =
    "INSERT INTO translation_versions (unit_id, status, based_on_version_id, introduction, revision, "
    "created_by_user_id, created_at, updated_by_user_id, updated_at) "
    "VALUES (:unit, 'draft', :based_on, :introduction, 1, :created_by, :created_at, :updated_by, "
    ":updated_at) RETURNING id";
constexpr std::string_view kUpdateDraft =
    "UPDATE translation_versions SET introduction = :introduction, "
    "updated_by_user_id = :author, updated_at = :at, revision = revision + 1 "
    "WHERE id = :id AND revision = :revision AND status = 'draft'";
constexpr std::string_view kPublish =
    "UPDATE translation_versions SET status = :status, number = :number, "
    "published_by_user_id = :publisher, published_at = :at, revision = revision + 1 "
    "WHERE id = :id AND revision = :revision AND status = 'draft'";
constexpr std::string_view kHighestNumber = "SELECT MAX(number) FROM translation_versions WHERE unit_id = :unit";

// Themes and their values.

constexpr std::string_view kThemesOfVersion =
    "SELECT id, title, bullets, employees_can_expect, leaders_expect "
    "FROM translation_themes WHERE version_id = :id ORDER BY position";
constexpr std::string_view kValuesOfVersion =
    "SELECT tv.theme_id, tv.value FROM translation_theme_values tv "
    "JOIN translation_themes t ON t.id = tv.theme_id WHERE t.version_id = :id";
constexpr std::string_view kInsertTheme =
    "INSERT INTO translation_themes (version_id, position, title, bullets, employees_can_expect, "
    "leaders_expect) VALUES (:version, :position, :title, :bullets, :employees, :leaders) RETURNING id";
constexpr std::string_view kInsertThemeValue =
    "INSERT INTO translation_theme_values (theme_id, value) VALUES (:theme, :value)";
constexpr std::string_view kDeleteThemes = "DELETE FROM translation_themes WHERE version_id = :id";

// MED discussions and the follow-up's states.

constexpr std::string_view kInsertMedDiscussion =
    "INSERT INTO med_discussions (unit_id, translation_version_id, held_on, committee, remarks, "
    "recorded_by_user_id, recorded_at) VALUES (:unit, :version, :held_on, :committee, :remarks, "
    ":recorded_by, :recorded_at) RETURNING id";
constexpr std::string_view kMedDiscussionsOfUnit =
    "SELECT m.id, m.translation_version_id, v.number, m.held_on, m.committee, m.remarks, "
    "m.recorded_by_user_id, COALESCE(u.name, ''), m.recorded_at "
    "FROM med_discussions m "
    "LEFT JOIN translation_versions v ON v.id = m.translation_version_id "
    "LEFT JOIN users u ON u.id = m.recorded_by_user_id "
    "WHERE m.unit_id = :unit ORDER BY m.held_on DESC, m.id DESC";
// One pass over each table, grouped by unit (translation_versions' UNIQUE (unit_id, number) and
// med_discussions_unit_held_on serve the grouping); the two halves are merged per unit.
constexpr std::string_view kStatesOfAllUnits =
    "SELECT unit_id, MAX(number), MAX(published_at), "
    "MAX(CASE WHEN status = 'draft' THEN 1 ELSE 0 END), NULL "
    "FROM translation_versions GROUP BY unit_id "
    "UNION ALL "
    "SELECT unit_id, NULL, NULL, 0, MAX(held_on) FROM med_discussions GROUP BY unit_id "
    "ORDER BY 1";

std::string StatusCode(app::TranslationStatus status) {
  return status == app::TranslationStatus::Published ? "published" : "draft";
}

std::optional<app::TranslationStatus> ParseStatus(std::string_view code) {
  if (code == "published") return app::TranslationStatus::Published;
  if (code == "draft") return app::TranslationStatus::Draft;
  return std::nullopt;
}

// The columns of kSelectVersion (the version's id is the key).
struct VersionRow {
  long long unit = 0;
  std::string status;
  Nullable<int> number;
  Nullable<app::TranslationVersionId> based_on;
  std::string introduction;
  int revision = 0;
  Nullable<domain::UserId> created_by;
  std::string created_by_name;
  long long created_at = 0;
  Nullable<domain::UserId> updated_by;
  std::string updated_by_name;
  long long updated_at = 0;
  Nullable<domain::UserId> published_by;
  std::string published_by_name;
  Nullable<domain::Timestamp> published_at;

  app::TranslationVersion ToVersion(app::TranslationVersionId id) const {
    app::TranslationVersion version;
    version.id = id;
    version.unit = static_cast<domain::UnitId>(unit);
    version.status = DecodeCode(status, "translation_versions.status", ParseStatus);
    version.number = number.Get();
    version.based_on = based_on.Get();
    version.content.introduction = introduction;
    version.revision = revision;
    version.created_by = created_by.Get();
    version.created_by_name = created_by_name;
    version.created_at = FromUnixSeconds(created_at);
    version.updated_by = updated_by.Get();
    version.updated_by_name = updated_by_name;
    version.updated_at = FromUnixSeconds(updated_at);
    version.published_by = published_by.Get();
    version.published_by_name = published_by_name;
    version.published_at = published_at.Get();
    return version;
  }
};

void Into(soci::statement& statement, VersionRow& row) {
  statement.exchange(soci::into(row.unit));
  statement.exchange(soci::into(row.status));
  statement.exchange(IntoNullable(row.number));
  statement.exchange(IntoNullable(row.based_on));
  statement.exchange(soci::into(row.introduction));
  statement.exchange(soci::into(row.revision));
  statement.exchange(IntoNullable(row.created_by));
  statement.exchange(soci::into(row.created_by_name));
  statement.exchange(soci::into(row.created_at));
  statement.exchange(IntoNullable(row.updated_by));
  statement.exchange(soci::into(row.updated_by_name));
  statement.exchange(soci::into(row.updated_at));
  statement.exchange(IntoNullable(row.published_by));
  statement.exchange(soci::into(row.published_by_name));
  statement.exchange(IntoNullable(row.published_at));
}

// The columns of kThemesOfVersion: a theme with its id, to attach its values.
struct ThemeRow {
  long long id = 0;
  std::string title;
  std::string bullets;
  std::string employees_can_expect;
  std::string leaders_expect;

  std::pair<long long, app::TranslationTheme> ToTheme() const {
    return {id, app::TranslationTheme{title, bullets, employees_can_expect, leaders_expect, {}}};
  }
};

void Into(soci::statement& statement, ThemeRow& row) {
  statement.exchange(soci::into(row.id));
  statement.exchange(soci::into(row.title));
  statement.exchange(soci::into(row.bullets));
  statement.exchange(soci::into(row.employees_can_expect));
  statement.exchange(soci::into(row.leaders_expect));
}

// The columns of kValuesOfVersion.
struct ThemeValueRow {
  long long theme = 0;
  std::string value;

  std::pair<long long, app::RegionalValue> ToThemeValue() const {
    return {theme, DecodeCode(value, "translation_theme_values.value", app::ParseRegionalValue)};
  }
};

void Into(soci::statement& statement, ThemeValueRow& row) {
  statement.exchange(soci::into(row.theme));
  statement.exchange(soci::into(row.value));
}

// The columns of kVersionsOfUnit.
struct VersionSummaryRow {
  long long id = 0;
  std::string status;
  Nullable<int> number;
  std::string updated_by_name;
  long long updated_at = 0;
  std::string published_by_name;
  Nullable<domain::Timestamp> published_at;
  long long theme_count = 0;

  app::TranslationVersionSummary ToSummary() const {
    app::TranslationVersionSummary summary;
    summary.id = id;
    summary.status = DecodeCode(status, "translation_versions.status", ParseStatus);
    summary.number = number.Get();
    summary.updated_by_name = updated_by_name;
    summary.updated_at = FromUnixSeconds(updated_at);
    summary.published_by_name = published_by_name;
    summary.published_at = published_at.Get();
    summary.theme_count = static_cast<std::size_t>(theme_count);
    return summary;
  }
};

void Into(soci::statement& statement, VersionSummaryRow& row) {
  statement.exchange(soci::into(row.id));
  statement.exchange(soci::into(row.status));
  statement.exchange(IntoNullable(row.number));
  statement.exchange(soci::into(row.updated_by_name));
  statement.exchange(soci::into(row.updated_at));
  statement.exchange(soci::into(row.published_by_name));
  statement.exchange(IntoNullable(row.published_at));
  statement.exchange(soci::into(row.theme_count));
}

// The columns of kMedDiscussionsOfUnit (the unit is the key).
struct MedDiscussionRow {
  long long id = 0;
  Nullable<app::TranslationVersionId> version;
  Nullable<int> number;
  std::string held_on;
  std::string committee;
  std::string remarks;
  Nullable<domain::UserId> recorded_by;
  std::string recorded_by_name;
  long long recorded_at = 0;

  app::MedDiscussion ToMedDiscussion(domain::UnitId unit) const {
    app::MedDiscussion discussion;
    discussion.id = id;
    discussion.unit = unit;
    discussion.version = version.Get();
    discussion.version_number = number.Get();
    discussion.held_on = FromSqlDate(held_on, "med_discussions.held_on");
    discussion.committee = committee;
    discussion.remarks = remarks;
    discussion.recorded_by = recorded_by.Get();
    discussion.recorded_by_name = recorded_by_name;
    discussion.recorded_at = FromUnixSeconds(recorded_at);
    return discussion;
  }
};

void Into(soci::statement& statement, MedDiscussionRow& row) {
  statement.exchange(soci::into(row.id));
  statement.exchange(IntoNullable(row.version));
  statement.exchange(IntoNullable(row.number));
  statement.exchange(soci::into(row.held_on));
  statement.exchange(soci::into(row.committee));
  statement.exchange(soci::into(row.remarks));
  statement.exchange(IntoNullable(row.recorded_by));
  statement.exchange(soci::into(row.recorded_by_name));
  statement.exchange(soci::into(row.recorded_at));
}

// The columns of kStatesOfAllUnits: one half's facts about one unit.
struct StateRow {
  long long unit = 0;
  Nullable<long long> number;
  Nullable<domain::Timestamp> published_at;
  long long has_draft = 0;
  Nullable<std::chrono::year_month_day> held_on;

  // Adds this row's facts to the unit's state.
  void AddTo(app::UnitTranslationState& state) const {
    if (const auto latest = number.Get()) state.latest_number = static_cast<int>(*latest);
    if (const auto at = published_at.Get()) state.published_at = at;
    if (has_draft != 0) state.has_draft = true;
    if (const auto day = held_on.Get("med_discussions.held_on")) state.last_med = day;
  }
};

void Into(soci::statement& statement, StateRow& row) {
  statement.exchange(soci::into(row.unit));
  statement.exchange(IntoNullable(row.number));
  statement.exchange(IntoNullable(row.published_at));
  statement.exchange(soci::into(row.has_draft));
  statement.exchange(IntoNullable(row.held_on));
}

}  // namespace

std::optional<app::TranslationVersion> SociTranslationRepository::Load(std::optional<long long> id) {
  if (!id) return std::nullopt;
  long long version_id = *id;
  auto version = SelectFirst<VersionRow>(
      unit_.sql, kSelectVersion, [&](const VersionRow& row) { return row.ToVersion(version_id); },
      soci::use(version_id, "id"));
  if (!version) return std::nullopt;
  const auto themes =
      SelectRows<ThemeRow>(unit_.sql, kThemesOfVersion, &ThemeRow::ToTheme, soci::use(version_id, "id"));
  for (const auto& [theme_id, theme] : themes) version->content.themes.push_back(theme);
  const auto values =
      SelectRows<ThemeValueRow>(unit_.sql, kValuesOfVersion, &ThemeValueRow::ToThemeValue, soci::use(version_id, "id"));
  for (const auto& [theme_id, value] : values) {
    for (std::size_t i = 0; i < themes.size(); ++i) {
      if (themes[i].first == theme_id) version->content.themes[i].values.push_back(value);
    }
  }
  for (auto& theme : version->content.themes) std::ranges::sort(theme.values);
  return version;
}

std::optional<app::TranslationVersion> SociTranslationRepository::Draft(domain::UnitId unit) {
  return Guarded(unit_, [&] {
    long long unit_id = unit;
    long long id = 0;
    unit_.sql << kDraftId, soci::use(unit_id, "unit"), soci::into(id);
    return Load(unit_.sql.got_data() ? std::optional<long long>(id) : std::nullopt);
  });
}

std::optional<app::TranslationVersion> SociTranslationRepository::LatestPublished(domain::UnitId unit) {
  return Guarded(unit_, [&] {
    long long unit_id = unit;
    long long id = 0;
    unit_.sql << kLatestPublishedId, soci::use(unit_id, "unit"), soci::into(id);
    return Load(unit_.sql.got_data() ? std::optional<long long>(id) : std::nullopt);
  });
}

std::optional<app::TranslationVersion> SociTranslationRepository::Published(domain::UnitId unit, int number) {
  return Guarded(unit_, [&] {
    long long unit_id = unit;
    int wanted = number;
    long long id = 0;
    unit_.sql << kPublishedId, soci::use(unit_id, "unit"), soci::use(wanted, "number"), soci::into(id);
    return Load(unit_.sql.got_data() ? std::optional<long long>(id) : std::nullopt);
  });
}

std::vector<std::pair<domain::UnitId, int>> SociTranslationRepository::LatestNumbers(
    const std::vector<domain::UnitId>& units) {
  return Guarded(unit_, [&] {
    std::vector<std::pair<domain::UnitId, int>> numbers;
    long long unit_id = 0;
    Nullable<int> number;
    soci::statement select = (unit_.sql.prepare << kLatestNumber, soci::use(unit_id, "unit"), IntoNullable(number));
    for (const auto unit : units) {
      unit_id = unit;
      select.execute(true);
      if (const auto latest = number.Get()) numbers.emplace_back(unit, *latest);
    }
    return numbers;
  });
}

std::vector<app::TranslationVersionSummary> SociTranslationRepository::Versions(domain::UnitId unit) {
  return Guarded(unit_, [&] {
    long long unit_id = unit;
    return SelectRows<VersionSummaryRow>(unit_.sql, kVersionsOfUnit, &VersionSummaryRow::ToSummary,
                                         soci::use(unit_id, "unit"));
  });
}

void SociTranslationRepository::InsertThemes(app::TranslationVersionId version,
                                             const app::TranslationContent& content) {
  long long version_id = version;
  int position = 0;
  for (const auto& theme : content.themes) {
    ++position;
    long long theme_id = 0;
    Execute(unit_.sql, kInsertTheme, soci::use(version_id, "version"), soci::use(position, "position"),
            soci::use(theme.title, "title"), soci::use(theme.bullets, "bullets"),
            soci::use(theme.employees_can_expect, "employees"), soci::use(theme.leaders_expect, "leaders"),
            soci::into(theme_id));
    for (const auto value : theme.values) {
      std::string code(app::RegionalValueCode(value));
      Execute(unit_.sql, kInsertThemeValue, soci::use(theme_id, "theme"), soci::use(code, "value"));
    }
  }
}

app::TranslationVersionId SociTranslationRepository::CreateDraft(domain::UnitId unit,
                                                                 std::optional<app::TranslationVersionId> based_on,
                                                                 const app::TranslationContent& content,
                                                                 domain::UserId author, domain::Timestamp at) {
  return Guarded(unit_, [&] {
    long long unit_id = unit;
    Nullable<app::TranslationVersionId> based_on_id(based_on);
    long long author_id = author;
    long long now = ToUnixSeconds(at);
    long long id = 0;
    Execute(unit_.sql, kInsertDraft, soci::use(unit_id, "unit"), UseNullable(based_on_id, "based_on"),
            soci::use(content.introduction, "introduction"), soci::use(author_id, "created_by"),
            soci::use(now, "created_at"), soci::use(author_id, "updated_by"), soci::use(now, "updated_at"),
            soci::into(id));
    InsertThemes(id, content);
    return id;
  });
}

bool SociTranslationRepository::UpdateDraft(app::TranslationVersionId id, int revision,
                                            const app::TranslationContent& content, domain::UserId author,
                                            domain::Timestamp at) {
  return Guarded(unit_, [&] {
    long long version_id = id;
    int expected = revision;
    long long author_id = author;
    long long updated_at = ToUnixSeconds(at);
    if (Execute(unit_.sql, kUpdateDraft, soci::use(content.introduction, "introduction"),
                soci::use(author_id, "author"), soci::use(updated_at, "at"), soci::use(version_id, "id"),
                soci::use(expected, "revision")) == 0) {
      return false;
    }
    Execute(unit_.sql, kDeleteThemes, soci::use(version_id, "id"));
    InsertThemes(id, content);
    return true;
  });
}

bool SociTranslationRepository::Publish(app::TranslationVersionId id, int revision, int number,
                                        domain::UserId publisher, domain::Timestamp at) {
  return Guarded(unit_, [&] {
    long long version_id = id;
    int expected = revision;
    int new_number = number;
    long long publisher_id = publisher;
    long long published_at = ToUnixSeconds(at);
    std::string status = StatusCode(app::TranslationStatus::Published);
    return Execute(unit_.sql, kPublish, soci::use(status, "status"), soci::use(new_number, "number"),
                   soci::use(publisher_id, "publisher"), soci::use(published_at, "at"), soci::use(version_id, "id"),
                   soci::use(expected, "revision")) > 0;
  });
}

int SociTranslationRepository::NextNumber(domain::UnitId unit) {
  return Guarded(unit_, [&] {
    long long unit_id = unit;
    Nullable<int> number;
    unit_.sql << kHighestNumber, soci::use(unit_id, "unit"), IntoNullable(number);
    const auto highest = number.Get();
    return highest ? *highest + 1 : 1;
  });
}

long long SociTranslationRepository::AddMedDiscussion(const app::MedDiscussion& discussion) {
  return Guarded(unit_, [&] {
    long long unit_id = discussion.unit;
    Nullable<app::TranslationVersionId> version(discussion.version);
    std::string held_on = ToSqlDate(discussion.held_on);
    Nullable<domain::UserId> recorded_by(discussion.recorded_by);
    long long recorded_at = ToUnixSeconds(discussion.recorded_at);
    long long id = 0;
    Execute(unit_.sql, kInsertMedDiscussion, soci::use(unit_id, "unit"), UseNullable(version, "version"),
            soci::use(held_on, "held_on"), soci::use(discussion.committee, "committee"),
            soci::use(discussion.remarks, "remarks"), UseNullable(recorded_by, "recorded_by"),
            soci::use(recorded_at, "recorded_at"), soci::into(id));
    return id;
  });
}

std::vector<app::UnitTranslationState> SociTranslationRepository::StatesOfAllUnits() {
  return Guarded(unit_, [&] {
    std::vector<app::UnitTranslationState> states;
    StateRow row;
    soci::statement select = PrepareSelect(unit_.sql, kStatesOfAllUnits, row);
    select.execute();
    while (select.fetch()) {
      const auto id = static_cast<domain::UnitId>(row.unit);
      if (states.empty() || states.back().unit != id) {
        states.emplace_back();
        states.back().unit = id;
      }
      row.AddTo(states.back());
    }
    return states;
  });
}

std::vector<app::MedDiscussion> SociTranslationRepository::MedDiscussions(domain::UnitId unit) {
  return Guarded(unit_, [&] {
    long long unit_id = unit;
    return SelectRows<MedDiscussionRow>(
        unit_.sql, kMedDiscussionsOfUnit, [&](const MedDiscussionRow& row) { return row.ToMedDiscussion(unit); },
        soci::use(unit_id, "unit"));
  });
}

}  // namespace lp::storage
