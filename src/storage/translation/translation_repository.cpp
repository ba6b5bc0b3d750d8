#include "storage/translation/translation_repository.hpp"

#include <soci/soci.h>

#include <algorithm>
#include <string>

#include "storage/platform/sql_values.hpp"

namespace lp::storage {
namespace {

using domain::FromUnixSeconds;
using domain::ToUnixSeconds;

// Every bound value is a named local: soci::use reads it when the statement runs.

std::string StatusCode(app::TranslationStatus status) {
  return status == app::TranslationStatus::Published ? "published" : "draft";
}

app::TranslationStatus StatusFromCode(const std::string& code) {
  if (code == "published") return app::TranslationStatus::Published;
  if (code == "draft") return app::TranslationStatus::Draft;
  throw app::StorageError("Unknown status in translation_versions: " + code);
}

}  // namespace

std::optional<app::TranslationVersion> SociTranslationRepository::Load(std::optional<long long> id) {
  if (!id) return std::nullopt;
  app::TranslationVersion version;
  long long version_id = *id;
  {
    long long unit = 0;
    std::string status;
    int number = 0;
    soci::indicator number_indicator = soci::i_null;
    long long based_on = 0;
    soci::indicator based_on_indicator = soci::i_null;
    long long created_by = 0;
    soci::indicator created_by_indicator = soci::i_null;
    long long updated_by = 0;
    soci::indicator updated_by_indicator = soci::i_null;
    long long published_by = 0;
    soci::indicator published_by_indicator = soci::i_null;
    long long created_at = 0;
    long long updated_at = 0;
    long long published_at = 0;
    soci::indicator published_at_indicator = soci::i_null;
    std::string created_by_name;
    std::string updated_by_name;
    std::string published_by_name;
    unit_.sql << "SELECT v.unit_id, v.status, v.number, v.based_on_version_id, v.introduction, v.revision, "
                 "v.created_by_user_id, COALESCE(c.name, ''), v.created_at, v.updated_by_user_id, "
                 "COALESCE(u.name, ''), v.updated_at, v.published_by_user_id, COALESCE(p.name, ''), v.published_at "
                 "FROM translation_versions v "
                 "LEFT JOIN users c ON c.id = v.created_by_user_id "
                 "LEFT JOIN users u ON u.id = v.updated_by_user_id "
                 "LEFT JOIN users p ON p.id = v.published_by_user_id "
                 "WHERE v.id = :id",
        soci::use(version_id, "id"), soci::into(unit), soci::into(status), soci::into(number, number_indicator),
        soci::into(based_on, based_on_indicator), soci::into(version.content.introduction),
        soci::into(version.revision), soci::into(created_by, created_by_indicator), soci::into(created_by_name),
        soci::into(created_at), soci::into(updated_by, updated_by_indicator), soci::into(updated_by_name),
        soci::into(updated_at), soci::into(published_by, published_by_indicator), soci::into(published_by_name),
        soci::into(published_at, published_at_indicator);
    if (!unit_.sql.got_data()) return std::nullopt;
    version.id = version_id;
    version.unit = static_cast<domain::UnitId>(unit);
    version.status = StatusFromCode(status);
    if (number_indicator == soci::i_ok) version.number = number;
    version.based_on = FromNullableId<app::TranslationVersionId>(based_on, based_on_indicator);
    version.created_by = FromNullableId<domain::UserId>(created_by, created_by_indicator);
    version.created_by_name = std::move(created_by_name);
    version.created_at = FromUnixSeconds(created_at);
    version.updated_by = FromNullableId<domain::UserId>(updated_by, updated_by_indicator);
    version.updated_by_name = std::move(updated_by_name);
    version.updated_at = FromUnixSeconds(updated_at);
    version.published_by = FromNullableId<domain::UserId>(published_by, published_by_indicator);
    version.published_by_name = std::move(published_by_name);
    if (published_at_indicator == soci::i_ok) version.published_at = FromUnixSeconds(published_at);
  }
  std::vector<long long> theme_ids;
  {
    long long theme_id = 0;
    app::TranslationTheme theme;
    soci::statement select =
        (unit_.sql.prepare << "SELECT id, title, bullets, employees_can_expect, leaders_expect "
                              "FROM translation_themes WHERE version_id = :id ORDER BY position",
         soci::use(version_id, "id"), soci::into(theme_id), soci::into(theme.title), soci::into(theme.bullets),
         soci::into(theme.employees_can_expect), soci::into(theme.leaders_expect));
    select.execute();
    while (select.fetch()) {
      theme_ids.push_back(theme_id);
      version.content.themes.push_back(theme);
    }
  }
  {
    long long theme_id = 0;
    std::string value;
    soci::statement select =
        (unit_.sql.prepare << "SELECT tv.theme_id, tv.value FROM translation_theme_values tv "
                              "JOIN translation_themes t ON t.id = tv.theme_id WHERE t.version_id = :id",
         soci::use(version_id, "id"), soci::into(theme_id), soci::into(value));
    select.execute();
    while (select.fetch()) {
      const auto parsed = app::ParseRegionalValue(value);
      if (!parsed) throw app::StorageError("Unknown value in translation_theme_values: " + value);
      for (std::size_t i = 0; i < theme_ids.size(); ++i) {
        if (theme_ids[i] == theme_id) version.content.themes[i].values.push_back(*parsed);
      }
    }
    for (auto& theme : version.content.themes) std::ranges::sort(theme.values);
  }
  return version;
}

std::optional<app::TranslationVersion> SociTranslationRepository::Draft(domain::UnitId unit) {
  return Guarded(unit_, [&] {
    long long unit_id = unit;
    long long id = 0;
    soci::indicator indicator = soci::i_null;
    unit_.sql << "SELECT id FROM translation_versions WHERE unit_id = :unit AND status = 'draft'",
        soci::use(unit_id, "unit"), soci::into(id, indicator);
    return Load(unit_.sql.got_data() ? std::optional<long long>(id) : std::nullopt);
  });
}

std::optional<app::TranslationVersion> SociTranslationRepository::LatestPublished(domain::UnitId unit) {
  return Guarded(unit_, [&] {
    long long unit_id = unit;
    long long id = 0;
    soci::indicator indicator = soci::i_null;
    unit_.sql << "SELECT id FROM translation_versions WHERE unit_id = :unit AND status = 'published' "
                 "ORDER BY number DESC LIMIT 1",
        soci::use(unit_id, "unit"), soci::into(id, indicator);
    return Load(unit_.sql.got_data() ? std::optional<long long>(id) : std::nullopt);
  });
}

std::optional<app::TranslationVersion> SociTranslationRepository::Published(domain::UnitId unit, int number) {
  return Guarded(unit_, [&] {
    long long unit_id = unit;
    int wanted = number;
    long long id = 0;
    soci::indicator indicator = soci::i_null;
    unit_.sql << "SELECT id FROM translation_versions WHERE unit_id = :unit AND status = 'published' "
                 "AND number = :number",
        soci::use(unit_id, "unit"), soci::use(wanted, "number"), soci::into(id, indicator);
    return Load(unit_.sql.got_data() ? std::optional<long long>(id) : std::nullopt);
  });
}

std::vector<std::pair<domain::UnitId, int>> SociTranslationRepository::LatestNumbers(
    const std::vector<domain::UnitId>& units) {
  return Guarded(unit_, [&] {
    std::vector<std::pair<domain::UnitId, int>> numbers;
    long long unit_id = 0;
    int number = 0;
    soci::indicator indicator = soci::i_null;
    soci::statement select = (unit_.sql.prepare << "SELECT MAX(number) FROM translation_versions "
                                                   "WHERE unit_id = :unit AND status = 'published'",
                              soci::use(unit_id, "unit"), soci::into(number, indicator));
    for (const auto unit : units) {
      unit_id = unit;
      select.execute(true);
      if (indicator == soci::i_ok) numbers.emplace_back(unit, number);
    }
    return numbers;
  });
}

std::vector<app::TranslationVersionSummary> SociTranslationRepository::Versions(domain::UnitId unit) {
  return Guarded(unit_, [&] {
    std::vector<app::TranslationVersionSummary> versions;
    long long unit_id = unit;
    long long id = 0;
    std::string status;
    int number = 0;
    soci::indicator number_indicator = soci::i_null;
    std::string updated_by_name;
    long long updated_at = 0;
    std::string published_by_name;
    long long published_at = 0;
    soci::indicator published_at_indicator = soci::i_null;
    long long theme_count = 0;
    soci::statement select =
        (unit_.sql.prepare << "SELECT v.id, v.status, v.number, COALESCE(u.name, ''), v.updated_at, "
                              "COALESCE(p.name, ''), v.published_at, "
                              "(SELECT COUNT(*) FROM translation_themes t WHERE t.version_id = v.id) "
                              "FROM translation_versions v "
                              "LEFT JOIN users u ON u.id = v.updated_by_user_id "
                              "LEFT JOIN users p ON p.id = v.published_by_user_id "
                              "WHERE v.unit_id = :unit "
                              "ORDER BY CASE WHEN v.status = 'draft' THEN 0 ELSE 1 END, v.number DESC",
         soci::use(unit_id, "unit"), soci::into(id), soci::into(status), soci::into(number, number_indicator),
         soci::into(updated_by_name), soci::into(updated_at), soci::into(published_by_name),
         soci::into(published_at, published_at_indicator), soci::into(theme_count));
    select.execute();
    while (select.fetch()) {
      app::TranslationVersionSummary row;
      row.id = id;
      row.status = StatusFromCode(status);
      if (number_indicator == soci::i_ok) row.number = number;
      row.updated_by_name = updated_by_name;
      row.updated_at = FromUnixSeconds(updated_at);
      row.published_by_name = published_by_name;
      if (published_at_indicator == soci::i_ok) row.published_at = FromUnixSeconds(published_at);
      row.theme_count = static_cast<std::size_t>(theme_count);
      versions.push_back(std::move(row));
    }
    return versions;
  });
}

void SociTranslationRepository::InsertThemes(app::TranslationVersionId version,
                                             const app::TranslationContent& content) {
  long long version_id = version;
  int position = 0;
  std::string title;
  std::string bullets;
  std::string employees_can_expect;
  std::string leaders_expect;
  for (const auto& theme : content.themes) {
    ++position;
    title = theme.title;
    bullets = theme.bullets;
    employees_can_expect = theme.employees_can_expect;
    leaders_expect = theme.leaders_expect;
    long long theme_id = 0;
    unit_.sql << "INSERT INTO translation_themes (version_id, position, title, bullets, employees_can_expect, "
                 "leaders_expect) VALUES (:version, :position, :title, :bullets, :employees, :leaders) RETURNING id",
        soci::use(version_id, "version"), soci::use(position, "position"), soci::use(title, "title"),
        soci::use(bullets, "bullets"), soci::use(employees_can_expect, "employees"),
        soci::use(leaders_expect, "leaders"), soci::into(theme_id);
    for (const auto value : theme.values) {
      std::string code(app::RegionalValueCode(value));
      unit_.sql << "INSERT INTO translation_theme_values (theme_id, value) VALUES (:theme, :value)",
          soci::use(theme_id, "theme"), soci::use(code, "value");
    }
  }
}

app::TranslationVersionId SociTranslationRepository::CreateDraft(domain::UnitId unit,
                                                                 std::optional<app::TranslationVersionId> based_on,
                                                                 const app::TranslationContent& content,
                                                                 domain::UserId author, domain::Timestamp at) {
  return Guarded(unit_, [&] {
    long long unit_id = unit;
    long long based_on_id = based_on.value_or(0);
    soci::indicator based_on_indicator = based_on ? soci::i_ok : soci::i_null;
    std::string introduction = content.introduction;
    long long author_id = author;
    long long author_again = author;
    long long created_at = ToUnixSeconds(at);
    long long updated_at = created_at;
    long long id = 0;
    unit_.sql << "INSERT INTO translation_versions (unit_id, status, based_on_version_id, introduction, revision, "
                 "created_by_user_id, created_at, updated_by_user_id, updated_at) "
                 "VALUES (:unit, 'draft', :based_on, :introduction, 1, :created_by, :created_at, :updated_by, "
                 ":updated_at) RETURNING id",
        soci::use(unit_id, "unit"), soci::use(based_on_id, based_on_indicator, "based_on"),
        soci::use(introduction, "introduction"), soci::use(author_id, "created_by"),
        soci::use(created_at, "created_at"), soci::use(author_again, "updated_by"), soci::use(updated_at, "updated_at"),
        soci::into(id);
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
    std::string introduction = content.introduction;
    long long author_id = author;
    long long updated_at = ToUnixSeconds(at);
    soci::statement update =
        (unit_.sql.prepare << "UPDATE translation_versions SET introduction = :introduction, "
                              "updated_by_user_id = :author, updated_at = :at, revision = revision + 1 "
                              "WHERE id = :id AND revision = :revision AND status = 'draft'",
         soci::use(introduction, "introduction"), soci::use(author_id, "author"), soci::use(updated_at, "at"),
         soci::use(version_id, "id"), soci::use(expected, "revision"));
    update.execute(true);
    if (update.get_affected_rows() == 0) return false;
    unit_.sql << "DELETE FROM translation_themes WHERE version_id = :id", soci::use(version_id, "id");
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
    soci::statement update =
        (unit_.sql.prepare << "UPDATE translation_versions SET status = :status, number = :number, "
                              "published_by_user_id = :publisher, published_at = :at, revision = revision + 1 "
                              "WHERE id = :id AND revision = :revision AND status = 'draft'",
         soci::use(status, "status"), soci::use(new_number, "number"), soci::use(publisher_id, "publisher"),
         soci::use(published_at, "at"), soci::use(version_id, "id"), soci::use(expected, "revision"));
    update.execute(true);
    return update.get_affected_rows() > 0;
  });
}

int SociTranslationRepository::NextNumber(domain::UnitId unit) {
  return Guarded(unit_, [&] {
    long long unit_id = unit;
    int number = 0;
    soci::indicator indicator = soci::i_null;
    unit_.sql << "SELECT MAX(number) FROM translation_versions WHERE unit_id = :unit", soci::use(unit_id, "unit"),
        soci::into(number, indicator);
    return indicator == soci::i_ok ? number + 1 : 1;
  });
}

long long SociTranslationRepository::AddMedDiscussion(const app::MedDiscussion& discussion) {
  return Guarded(unit_, [&] {
    long long unit_id = discussion.unit;
    long long version_id = discussion.version.value_or(0);
    soci::indicator version_indicator = discussion.version ? soci::i_ok : soci::i_null;
    std::string held_on = ToSqlDate(discussion.held_on);
    std::string committee = discussion.committee;
    std::string remarks = discussion.remarks;
    long long recorded_by = discussion.recorded_by.value_or(0);
    soci::indicator recorded_by_indicator = discussion.recorded_by ? soci::i_ok : soci::i_null;
    long long recorded_at = ToUnixSeconds(discussion.recorded_at);
    long long id = 0;
    unit_.sql << "INSERT INTO med_discussions (unit_id, translation_version_id, held_on, committee, remarks, "
                 "recorded_by_user_id, recorded_at) VALUES (:unit, :version, :held_on, :committee, :remarks, "
                 ":recorded_by, :recorded_at) RETURNING id",
        soci::use(unit_id, "unit"), soci::use(version_id, version_indicator, "version"), soci::use(held_on, "held_on"),
        soci::use(committee, "committee"), soci::use(remarks, "remarks"),
        soci::use(recorded_by, recorded_by_indicator, "recorded_by"), soci::use(recorded_at, "recorded_at"),
        soci::into(id);
    return id;
  });
}

std::vector<app::UnitTranslationState> SociTranslationRepository::StatesOfAllUnits() {
  return Guarded(unit_, [&] {
    std::vector<app::UnitTranslationState> states;
    long long unit = 0;
    long long number = 0;
    soci::indicator number_indicator = soci::i_null;
    long long published_at = 0;
    soci::indicator published_at_indicator = soci::i_null;
    long long has_draft = 0;
    std::string held_on;
    soci::indicator held_on_indicator = soci::i_null;
    // One pass over each table, grouped by unit (translation_versions' UNIQUE (unit_id, number) and
    // med_discussions_unit_held_on serve the grouping); the two halves are merged below.
    soci::statement select =
        (unit_.sql.prepare << "SELECT unit_id, MAX(number), MAX(published_at), "
                              "MAX(CASE WHEN status = 'draft' THEN 1 ELSE 0 END), NULL "
                              "FROM translation_versions GROUP BY unit_id "
                              "UNION ALL "
                              "SELECT unit_id, NULL, NULL, 0, MAX(held_on) FROM med_discussions GROUP BY unit_id "
                              "ORDER BY 1",
         soci::into(unit), soci::into(number, number_indicator), soci::into(published_at, published_at_indicator),
         soci::into(has_draft), soci::into(held_on, held_on_indicator));
    select.execute();
    while (select.fetch()) {
      const auto id = static_cast<domain::UnitId>(unit);
      if (states.empty() || states.back().unit != id) {
        states.emplace_back();
        states.back().unit = id;
      }
      auto& state = states.back();
      if (number_indicator == soci::i_ok) state.latest_number = static_cast<int>(number);
      if (published_at_indicator == soci::i_ok) state.published_at = FromUnixSeconds(published_at);
      if (has_draft != 0) state.has_draft = true;
      if (held_on_indicator == soci::i_ok) state.last_med = FromSqlDate(held_on, "med_discussions.held_on");
    }
    return states;
  });
}

std::vector<app::MedDiscussion> SociTranslationRepository::MedDiscussions(domain::UnitId unit) {
  return Guarded(unit_, [&] {
    std::vector<app::MedDiscussion> discussions;
    long long unit_id = unit;
    long long id = 0;
    long long version = 0;
    soci::indicator version_indicator = soci::i_null;
    int number = 0;
    soci::indicator number_indicator = soci::i_null;
    std::string held_on;
    std::string committee;
    std::string remarks;
    long long recorded_by = 0;
    soci::indicator recorded_by_indicator = soci::i_null;
    std::string recorded_by_name;
    long long recorded_at = 0;
    soci::statement select =
        (unit_.sql.prepare << "SELECT m.id, m.translation_version_id, v.number, m.held_on, m.committee, m.remarks, "
                              "m.recorded_by_user_id, COALESCE(u.name, ''), m.recorded_at "
                              "FROM med_discussions m "
                              "LEFT JOIN translation_versions v ON v.id = m.translation_version_id "
                              "LEFT JOIN users u ON u.id = m.recorded_by_user_id "
                              "WHERE m.unit_id = :unit ORDER BY m.held_on DESC, m.id DESC",
         soci::use(unit_id, "unit"), soci::into(id), soci::into(version, version_indicator),
         soci::into(number, number_indicator), soci::into(held_on), soci::into(committee), soci::into(remarks),
         soci::into(recorded_by, recorded_by_indicator), soci::into(recorded_by_name), soci::into(recorded_at));
    select.execute();
    while (select.fetch()) {
      app::MedDiscussion row;
      row.id = id;
      row.unit = unit;
      row.version = FromNullableId<app::TranslationVersionId>(version, version_indicator);
      if (number_indicator == soci::i_ok) row.version_number = number;
      row.held_on = FromSqlDate(held_on, "med_discussions.held_on");
      row.committee = committee;
      row.remarks = remarks;
      row.recorded_by = FromNullableId<domain::UserId>(recorded_by, recorded_by_indicator);
      row.recorded_by_name = recorded_by_name;
      row.recorded_at = FromUnixSeconds(recorded_at);
      discussions.push_back(std::move(row));
    }
    return discussions;
  });
}

}  // namespace lp::storage
