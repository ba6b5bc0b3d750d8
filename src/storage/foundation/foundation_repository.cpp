#include "storage/foundation/foundation_repository.hpp"

#include <soci/soci.h>

#include <functional>

#include "storage/platform/sql_values.hpp"

namespace lp::storage {
namespace {

using domain::FromUnixSeconds;
using domain::ToUnixSeconds;

// Every bound value is a named local that outlives its statement: soci::use reads it when the
// statement runs.

constexpr std::string_view kVersionColumns =
    "v.id, v.document_id, CASE WHEN v.status = 'published' THEN 1 ELSE 0 END, v.number, v.based_on_number, v.title, "
    "v.revision, v.created_by_user_id, v.created_by_name, v.created_at, v.updated_by_user_id, v.updated_by_name, "
    "v.updated_at, v.published_by_user_id, v.published_by_name, v.published_at";

// The columns of one version row as SOCI fills them, and their conversion to the record.
struct VersionColumns {
  // Ordered by size, so the struct has no padding.
  long long id = 0;
  long long document = 0;
  long long created_by = 0;
  long long created_at = 0;
  long long updated_by = 0;
  long long updated_at = 0;
  long long published_by = 0;
  long long published_at = 0;
  std::string title;
  std::string created_by_name;
  std::string updated_by_name;
  std::string published_by_name;
  std::string body;
  int published = 0;
  int number = 0;
  int based_on = 0;
  int revision = 0;
  soci::indicator number_indicator = soci::i_null;
  soci::indicator based_on_indicator = soci::i_null;
  soci::indicator created_by_indicator = soci::i_null;
  soci::indicator updated_by_indicator = soci::i_null;
  soci::indicator published_by_indicator = soci::i_null;
  soci::indicator published_by_name_indicator = soci::i_null;
  soci::indicator published_at_indicator = soci::i_null;
  soci::indicator body_indicator = soci::i_null;

  void Bind(soci::statement& statement, bool with_body) {
    statement.exchange(soci::into(id));
    statement.exchange(soci::into(document));
    statement.exchange(soci::into(published));
    statement.exchange(soci::into(number, number_indicator));
    statement.exchange(soci::into(based_on, based_on_indicator));
    statement.exchange(soci::into(title));
    statement.exchange(soci::into(revision));
    statement.exchange(soci::into(created_by, created_by_indicator));
    statement.exchange(soci::into(created_by_name));
    statement.exchange(soci::into(created_at));
    statement.exchange(soci::into(updated_by, updated_by_indicator));
    statement.exchange(soci::into(updated_by_name));
    statement.exchange(soci::into(updated_at));
    statement.exchange(soci::into(published_by, published_by_indicator));
    statement.exchange(soci::into(published_by_name, published_by_name_indicator));
    statement.exchange(soci::into(published_at, published_at_indicator));
    if (with_body) statement.exchange(soci::into(body, body_indicator));
  }

  app::FoundationVersionRecord Record() const {
    app::FoundationVersionRecord record;
    record.id = id;
    record.document = document;
    record.status = published != 0 ? app::FoundationVersionStatus::Published : app::FoundationVersionStatus::Draft;
    if (number_indicator == soci::i_ok) record.number = number;
    if (based_on_indicator == soci::i_ok) record.based_on_number = based_on;
    record.title = title;
    record.body = body_indicator == soci::i_ok ? body : std::string{};
    record.revision = revision;
    record.created_by = {FromNullableId<domain::UserId>(created_by, created_by_indicator), created_by_name};
    record.created_at = FromUnixSeconds(created_at);
    record.updated_by = {FromNullableId<domain::UserId>(updated_by, updated_by_indicator), updated_by_name};
    record.updated_at = FromUnixSeconds(updated_at);
    if (published_at_indicator == soci::i_ok) {
      record.published_at = FromUnixSeconds(published_at);
      record.published_by =
          app::FoundationAuthor{FromNullableId<domain::UserId>(published_by, published_by_indicator),
                                published_by_name_indicator == soci::i_ok ? published_by_name : std::string{}};
    }
    return record;
  }
};

// Runs `SELECT <version columns> FROM foundation_document_versions v <rest>`; `bind` adds the
// parameters of `rest`.
std::vector<app::FoundationVersionRecord> SelectVersions(soci::session& sql, std::string_view rest, bool with_body,
                                                         const std::function<void(soci::statement&)>& bind) {
  std::vector<app::FoundationVersionRecord> versions;
  VersionColumns row;
  soci::statement statement(sql);
  row.Bind(statement, with_body);
  bind(statement);
  std::string query = "SELECT ";
  query += kVersionColumns;
  if (with_body) query += ", v.body";
  query += " FROM foundation_document_versions v ";
  query += rest;
  statement.alloc();
  statement.prepare(query);
  statement.define_and_bind();
  statement.execute(false);
  while (statement.fetch()) versions.push_back(row.Record());
  return versions;
}

std::optional<app::FoundationVersionRecord> First(std::vector<app::FoundationVersionRecord> versions) {
  if (versions.empty()) return std::nullopt;
  return std::move(versions.front());
}

long long AffectedRows(soci::statement& statement) {
  statement.execute(true);
  return statement.get_affected_rows();
}

}  // namespace

app::FoundationDocumentId SociFoundationRepository::CreateDocument(const std::string& slug, int position,
                                                                   domain::Timestamp at) {
  return Guarded(unit_, [&] {
    long long id = 0;
    int ordinal = position;
    long long created_at = ToUnixSeconds(at);
    unit_.sql << "INSERT INTO foundation_documents (slug, position, created_at) "
                 "VALUES (:slug, :position, :created_at) RETURNING id",
        soci::use(slug, "slug"), soci::use(ordinal, "position"), soci::use(created_at, "created_at"), soci::into(id);
    return id;
  });
}

std::vector<app::FoundationDocumentRecord> SociFoundationRepository::ListDocuments() {
  return Guarded(unit_, [&] {
    std::vector<app::FoundationDocumentRecord> documents;
    long long id = 0;
    std::string slug;
    int position = 0;
    long long created_at = 0;
    soci::statement select = (unit_.sql.prepare << "SELECT id, slug, position, created_at FROM foundation_documents "
                                                   "ORDER BY position, id",
                              soci::into(id), soci::into(slug), soci::into(position), soci::into(created_at));
    select.execute();
    while (select.fetch()) documents.push_back({id, slug, position, FromUnixSeconds(created_at)});
    return documents;
  });
}

std::optional<app::FoundationDocumentRecord> SociFoundationRepository::FindDocument(const std::string& slug) {
  return Guarded(unit_, [&]() -> std::optional<app::FoundationDocumentRecord> {
    long long id = 0;
    int position = 0;
    long long created_at = 0;
    soci::statement select =
        (unit_.sql.prepare << "SELECT id, position, created_at FROM foundation_documents WHERE slug = :slug",
         soci::use(slug, "slug"), soci::into(id), soci::into(position), soci::into(created_at));
    if (!select.execute(true)) return std::nullopt;
    return app::FoundationDocumentRecord{id, slug, position, FromUnixSeconds(created_at)};
  });
}

std::vector<app::FoundationVersionRecord> SociFoundationRepository::CurrentVersions() {
  return Guarded(unit_, [&] {
    return SelectVersions(unit_.sql,
                          "JOIN foundation_documents d ON d.id = v.document_id "
                          "WHERE v.status = 'published' AND v.number = (SELECT MAX(n.number) FROM "
                          "foundation_document_versions n WHERE n.document_id = v.document_id) "
                          "ORDER BY d.position, d.id",
                          true, [](soci::statement&) {});
  });
}

std::optional<app::FoundationVersionRecord> SociFoundationRepository::CurrentVersion(
    app::FoundationDocumentId document) {
  return Guarded(unit_, [&] {
    long long document_id = document;
    return First(SelectVersions(unit_.sql,
                                "WHERE v.document_id = :document AND v.status = 'published' "
                                "ORDER BY v.number DESC LIMIT 1",
                                true, [&](soci::statement& s) { s.exchange(soci::use(document_id, "document")); }));
  });
}

std::optional<app::FoundationVersionRecord> SociFoundationRepository::PublishedVersion(
    app::FoundationDocumentId document, int number) {
  return Guarded(unit_, [&] {
    long long document_id = document;
    int wanted = number;
    return First(SelectVersions(unit_.sql,
                                "WHERE v.document_id = :document AND v.status = 'published' AND v.number = :number",
                                true, [&](soci::statement& s) {
                                  s.exchange(soci::use(document_id, "document"));
                                  s.exchange(soci::use(wanted, "number"));
                                }));
  });
}

std::vector<app::FoundationVersionRecord> SociFoundationRepository::PublishedVersions(
    app::FoundationDocumentId document) {
  return Guarded(unit_, [&] {
    long long document_id = document;
    return SelectVersions(unit_.sql,
                          "WHERE v.document_id = :document AND v.status = 'published' ORDER BY v.number DESC", false,
                          [&](soci::statement& s) { s.exchange(soci::use(document_id, "document")); });
  });
}

std::optional<app::FoundationVersionRecord> SociFoundationRepository::Draft(app::FoundationDocumentId document) {
  return Guarded(unit_, [&] {
    long long document_id = document;
    return First(SelectVersions(unit_.sql, "WHERE v.document_id = :document AND v.status = 'draft'", true,
                                [&](soci::statement& s) { s.exchange(soci::use(document_id, "document")); }));
  });
}

app::FoundationVersionId SociFoundationRepository::CreateDraft(const app::NewFoundationVersion& draft) {
  return Guarded(unit_, [&] {
    long long id = 0;
    long long document_id = draft.document;
    int based_on = draft.based_on_number.value_or(0);
    soci::indicator based_on_indicator = draft.based_on_number ? soci::i_ok : soci::i_null;
    long long author = draft.author.user.value_or(0);
    soci::indicator author_indicator = draft.author.user ? soci::i_ok : soci::i_null;
    long long at = ToUnixSeconds(draft.at);
    unit_.sql << "INSERT INTO foundation_document_versions (document_id, status, based_on_number, title, body, "
                 "created_by_user_id, created_by_name, created_at, updated_by_user_id, updated_by_name, updated_at) "
                 "VALUES (:document, 'draft', :based_on, :title, :body, :author, :name, :at, :updater, :updater_name, "
                 ":updated_at) RETURNING id",
        soci::use(document_id, "document"), soci::use(based_on, based_on_indicator, "based_on"),
        soci::use(draft.title, "title"), soci::use(draft.body, "body"), soci::use(author, author_indicator, "author"),
        soci::use(draft.author.name, "name"), soci::use(at, "at"), soci::use(author, author_indicator, "updater"),
        soci::use(draft.author.name, "updater_name"), soci::use(at, "updated_at"), soci::into(id);
    return id;
  });
}

bool SociFoundationRepository::UpdateDraft(app::FoundationVersionId draft, int revision, const std::string& title,
                                           const std::string& body, const app::FoundationAuthor& author,
                                           domain::Timestamp at) {
  return Guarded(unit_, [&] {
    long long id = draft;
    int expected = revision;
    long long user = author.user.value_or(0);
    soci::indicator user_indicator = author.user ? soci::i_ok : soci::i_null;
    long long updated_at = ToUnixSeconds(at);
    soci::statement update =
        (unit_.sql.prepare << "UPDATE foundation_document_versions SET title = :title, body = :body, "
                              "updated_by_user_id = :user, updated_by_name = :name, updated_at = :at, "
                              "revision = revision + 1 "
                              "WHERE id = :id AND revision = :revision AND status = 'draft'",
         soci::use(title, "title"), soci::use(body, "body"), soci::use(user, user_indicator, "user"),
         soci::use(author.name, "name"), soci::use(updated_at, "at"), soci::use(id, "id"),
         soci::use(expected, "revision"));
    return AffectedRows(update) > 0;
  });
}

bool SociFoundationRepository::PublishDraft(app::FoundationVersionId draft, int revision, int number,
                                            const app::FoundationAuthor& author, domain::Timestamp at) {
  return Guarded(unit_, [&] {
    long long id = draft;
    int expected = revision;
    int published_number = number;
    long long user = author.user.value_or(0);
    soci::indicator user_indicator = author.user ? soci::i_ok : soci::i_null;
    long long published_at = ToUnixSeconds(at);
    soci::statement update =
        (unit_.sql.prepare << "UPDATE foundation_document_versions SET status = 'published', number = :number, "
                              "published_by_user_id = :user, published_by_name = :name, published_at = :at, "
                              "revision = revision + 1 "
                              "WHERE id = :id AND revision = :revision AND status = 'draft'",
         soci::use(published_number, "number"), soci::use(user, user_indicator, "user"), soci::use(author.name, "name"),
         soci::use(published_at, "at"), soci::use(id, "id"), soci::use(expected, "revision"));
    return AffectedRows(update) > 0;
  });
}

app::FoundationVersionId SociFoundationRepository::CreatePublished(const app::NewFoundationVersion& version,
                                                                   int number) {
  return Guarded(unit_, [&] {
    long long id = 0;
    long long document_id = version.document;
    int published_number = number;
    int based_on = version.based_on_number.value_or(0);
    soci::indicator based_on_indicator = version.based_on_number ? soci::i_ok : soci::i_null;
    long long author = version.author.user.value_or(0);
    soci::indicator author_indicator = version.author.user ? soci::i_ok : soci::i_null;
    long long at = ToUnixSeconds(version.at);
    unit_.sql << "INSERT INTO foundation_document_versions (document_id, status, number, based_on_number, title, "
                 "body, created_by_user_id, created_by_name, created_at, updated_by_user_id, updated_by_name, "
                 "updated_at, published_by_user_id, published_by_name, published_at) "
                 "VALUES (:document, 'published', :number, :based_on, :title, :body, :author, :name, :at, :updater, "
                 ":updater_name, :updated_at, :publisher, :publisher_name, :published_at) RETURNING id",
        soci::use(document_id, "document"), soci::use(published_number, "number"),
        soci::use(based_on, based_on_indicator, "based_on"), soci::use(version.title, "title"),
        soci::use(version.body, "body"), soci::use(author, author_indicator, "author"),
        soci::use(version.author.name, "name"), soci::use(at, "at"), soci::use(author, author_indicator, "updater"),
        soci::use(version.author.name, "updater_name"), soci::use(at, "updated_at"),
        soci::use(author, author_indicator, "publisher"), soci::use(version.author.name, "publisher_name"),
        soci::use(at, "published_at"), soci::into(id);
    return id;
  });
}

bool SociFoundationRepository::DeleteDraft(app::FoundationVersionId draft, int revision) {
  return Guarded(unit_, [&] {
    long long id = draft;
    int expected = revision;
    soci::statement remove = (unit_.sql.prepare << "DELETE FROM foundation_document_versions "
                                                   "WHERE id = :id AND revision = :revision AND status = 'draft'",
                              soci::use(id, "id"), soci::use(expected, "revision"));
    return AffectedRows(remove) > 0;
  });
}

}  // namespace lp::storage
