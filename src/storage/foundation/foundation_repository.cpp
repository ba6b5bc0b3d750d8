#include "storage/foundation/foundation_repository.hpp"

#include "storage/platform/rows.hpp"

namespace lp::storage {
namespace {

using domain::FromUnixSeconds;
using domain::ToUnixSeconds;

// Documents.

constexpr std::string_view kSelectDocuments = "SELECT id, slug, position, created_at FROM foundation_documents";
constexpr std::string_view kDocumentsInOrder = "ORDER BY position, id";
constexpr std::string_view kDocumentBySlug = "WHERE slug = :slug";
constexpr std::string_view kListDocuments = kJoined<kSelectDocuments, kDocumentsInOrder>;
constexpr std::string_view kFindDocument = kJoined<kSelectDocuments, kDocumentBySlug>;
constexpr std::string_view kInsertDocument =
    "INSERT INTO foundation_documents (slug, position, created_at) "
    "VALUES (:slug, :position, :created_at) RETURNING id";

// Versions, with or without their bodies.

constexpr std::string_view kVersionColumns =
    "SELECT v.id, v.document_id, v.status, v.number, v.based_on_number, v.title, "
    "v.revision, v.created_by_user_id, v.created_by_name, v.created_at, v.updated_by_user_id, v.updated_by_name, "
    "v.updated_at, v.published_by_user_id, v.published_by_name, v.published_at";
constexpr std::string_view kAndBody = ", v.body";
constexpr std::string_view kFromVersions = "FROM foundation_document_versions v";
constexpr std::string_view kSelectVersions = kJoined<kVersionColumns, kFromVersions>;
constexpr std::string_view kSelectVersionsWithBodies = kJoined<kVersionColumns, kAndBody, kFromVersions>;

constexpr std::string_view kNewestPublishedOfEveryDocument =
    "JOIN foundation_documents d ON d.id = v.document_id "
    "WHERE v.status = 'published' AND v.number = (SELECT MAX(n.number) FROM "
    "foundation_document_versions n WHERE n.document_id = v.document_id) "
    "ORDER BY d.position, d.id";
constexpr std::string_view kNewestPublishedOfDocument =
    "WHERE v.document_id = :document AND v.status = 'published' ORDER BY v.number DESC LIMIT 1";
constexpr std::string_view kPublishedNumberOfDocument =
    "WHERE v.document_id = :document AND v.status = 'published' AND v.number = :number";
constexpr std::string_view kPublishedOfDocumentNewestFirst =
    "WHERE v.document_id = :document AND v.status = 'published' ORDER BY v.number DESC";
constexpr std::string_view kDraftOfDocument = "WHERE v.document_id = :document AND v.status = 'draft'";
constexpr std::string_view kCurrentVersions = kJoined<kSelectVersionsWithBodies, kNewestPublishedOfEveryDocument>;
constexpr std::string_view kCurrentVersion = kJoined<kSelectVersionsWithBodies, kNewestPublishedOfDocument>;
constexpr std::string_view kPublishedVersion = kJoined<kSelectVersionsWithBodies, kPublishedNumberOfDocument>;
constexpr std::string_view kPublishedVersions = kJoined<kSelectVersions, kPublishedOfDocumentNewestFirst>;
constexpr std::string_view kDraft = kJoined<kSelectVersionsWithBodies, kDraftOfDocument>;

constexpr std::string_view kInsertDraft =
    "INSERT INTO foundation_document_versions (document_id, status, based_on_number, title, body, "
    "created_by_user_id, created_by_name, created_at, updated_by_user_id, updated_by_name, updated_at) "
    "VALUES (:document, 'draft', :based_on, :title, :body, :author, :name, :at, :updater, :updater_name, "
    ":updated_at) RETURNING id";
constexpr std::string_view kUpdateDraft =
    "UPDATE foundation_document_versions SET title = :title, body = :body, "
    "updated_by_user_id = :user, updated_by_name = :name, updated_at = :at, "
    "revision = revision + 1 "
    "WHERE id = :id AND revision = :revision AND status = 'draft' AND document_id = :document";
constexpr std::string_view kPublishDraft =
    "UPDATE foundation_document_versions SET status = 'published', number = :number, "
    "published_by_user_id = :user, published_by_name = :name, published_at = :at, "
    "revision = revision + 1 "
    "WHERE id = :id AND revision = :revision AND status = 'draft' AND document_id = :document";
constexpr std::string_view kInsertPublished =
    "INSERT INTO foundation_document_versions (document_id, status, number, based_on_number, title, "
    "body, created_by_user_id, created_by_name, created_at, updated_by_user_id, updated_by_name, "
    "updated_at, published_by_user_id, published_by_name, published_at) "
    "VALUES (:document, 'published', :number, :based_on, :title, :body, :author, :name, :at, :updater, "
    ":updater_name, :updated_at, :publisher, :publisher_name, :published_at) RETURNING id";
constexpr std::string_view kDeleteDraft =
    "DELETE FROM foundation_document_versions "
    "WHERE id = :id AND revision = :revision AND status = 'draft' AND document_id = :document";

// A draft reference as SOCI binds it (by reference, in the database's integer widths).
struct DraftKey {
  explicit DraftKey(const app::FoundationDraftRef& draft)
      : document(draft.document), id(draft.id), revision(draft.revision) {}
  long long document;
  long long id;
  int revision;
};

std::optional<app::FoundationVersionStatus> ParseVersionStatus(std::string_view code) {
  if (code == "draft") return app::FoundationVersionStatus::Draft;
  if (code == "published") return app::FoundationVersionStatus::Published;
  return std::nullopt;
}

// The columns of kSelectDocuments.
struct DocumentRow {
  long long id = 0;
  std::string slug;
  int position = 0;
  long long created_at = 0;

  app::FoundationDocumentRecord ToDocument() const { return {id, slug, position, FromUnixSeconds(created_at)}; }
};

void Into(soci::statement& statement, DocumentRow& row) {
  statement.exchange(soci::into(row.id));
  statement.exchange(soci::into(row.slug));
  statement.exchange(soci::into(row.position));
  statement.exchange(soci::into(row.created_at));
}

// The columns of kSelectVersions.
struct VersionRow {
  long long id = 0;
  long long document = 0;
  std::string status;
  Nullable<int> number;
  Nullable<int> based_on;
  std::string title;
  int revision = 0;
  Nullable<domain::UserId> created_by;
  std::string created_by_name;
  long long created_at = 0;
  Nullable<domain::UserId> updated_by;
  std::string updated_by_name;
  long long updated_at = 0;
  Nullable<domain::UserId> published_by;
  Nullable<std::string> published_by_name;
  Nullable<domain::Timestamp> published_at;

  app::FoundationVersionRecord ToVersion() const {
    app::FoundationVersionRecord record;
    record.id = id;
    record.document = document;
    record.status = DecodeCode(status, "foundation_document_versions.status", ParseVersionStatus);
    record.number = number.Get();
    record.based_on_number = based_on.Get();
    record.title = title;
    record.revision = revision;
    record.created_by = {created_by.Get(), created_by_name};
    record.created_at = FromUnixSeconds(created_at);
    record.updated_by = {updated_by.Get(), updated_by_name};
    record.updated_at = FromUnixSeconds(updated_at);
    record.published_at = published_at.Get();
    if (record.published_at) {
      record.published_by = app::FoundationAuthor{published_by.Get(), published_by_name.Get().value_or(std::string{})};
    }
    return record;
  }
};

void Into(soci::statement& statement, VersionRow& row) {
  statement.exchange(soci::into(row.id));
  statement.exchange(soci::into(row.document));
  statement.exchange(soci::into(row.status));
  statement.exchange(IntoNullable(row.number));
  statement.exchange(IntoNullable(row.based_on));
  statement.exchange(soci::into(row.title));
  statement.exchange(soci::into(row.revision));
  statement.exchange(IntoNullable(row.created_by));
  statement.exchange(soci::into(row.created_by_name));
  statement.exchange(soci::into(row.created_at));
  statement.exchange(IntoNullable(row.updated_by));
  statement.exchange(soci::into(row.updated_by_name));
  statement.exchange(soci::into(row.updated_at));
  statement.exchange(IntoNullable(row.published_by));
  statement.exchange(IntoNullable(row.published_by_name));
  statement.exchange(IntoNullable(row.published_at));
}

// The columns of kSelectVersionsWithBodies.
struct VersionWithBodyRow {
  VersionRow version;
  Nullable<std::string> body;

  app::FoundationVersionRecord ToVersion() const {
    app::FoundationVersionRecord record = version.ToVersion();
    record.body = body.Get().value_or(std::string{});
    return record;
  }
};

void Into(soci::statement& statement, VersionWithBodyRow& row) {
  Into(statement, row.version);
  statement.exchange(IntoNullable(row.body));
}

}  // namespace

app::FoundationDocumentId SociFoundationRepository::CreateDocument(const std::string& slug, int position,
                                                                   domain::Timestamp at) {
  return Guarded(unit_, [&] {
    long long id = 0;
    int ordinal = position;
    long long created_at = ToUnixSeconds(at);
    Execute(unit_.sql, kInsertDocument, soci::use(slug, "slug"), soci::use(ordinal, "position"),
            soci::use(created_at, "created_at"), soci::into(id));
    return id;
  });
}

std::vector<app::FoundationDocumentRecord> SociFoundationRepository::ListDocuments() {
  return Guarded(unit_, [&] { return SelectRows<DocumentRow>(unit_.sql, kListDocuments, &DocumentRow::ToDocument); });
}

std::optional<app::FoundationDocumentRecord> SociFoundationRepository::FindDocument(const std::string& slug) {
  return Guarded(unit_, [&] {
    return SelectFirst<DocumentRow>(unit_.sql, kFindDocument, &DocumentRow::ToDocument, soci::use(slug, "slug"));
  });
}

std::vector<app::FoundationVersionRecord> SociFoundationRepository::CurrentVersions() {
  return Guarded(unit_, [&] {
    return SelectRows<VersionWithBodyRow>(unit_.sql, kCurrentVersions, &VersionWithBodyRow::ToVersion);
  });
}

std::optional<app::FoundationVersionRecord> SociFoundationRepository::CurrentVersion(
    app::FoundationDocumentId document) {
  return Guarded(unit_, [&] {
    long long document_id = document;
    return SelectFirst<VersionWithBodyRow>(unit_.sql, kCurrentVersion, &VersionWithBodyRow::ToVersion,
                                           soci::use(document_id, "document"));
  });
}

std::optional<app::FoundationVersionRecord> SociFoundationRepository::PublishedVersion(
    app::FoundationDocumentId document, int number) {
  return Guarded(unit_, [&] {
    long long document_id = document;
    int wanted = number;
    return SelectFirst<VersionWithBodyRow>(unit_.sql, kPublishedVersion, &VersionWithBodyRow::ToVersion,
                                           soci::use(document_id, "document"), soci::use(wanted, "number"));
  });
}

std::vector<app::FoundationVersionRecord> SociFoundationRepository::PublishedVersions(
    app::FoundationDocumentId document) {
  return Guarded(unit_, [&] {
    long long document_id = document;
    return SelectRows<VersionRow>(unit_.sql, kPublishedVersions, &VersionRow::ToVersion,
                                  soci::use(document_id, "document"));
  });
}

std::optional<app::FoundationVersionRecord> SociFoundationRepository::Draft(app::FoundationDocumentId document) {
  return Guarded(unit_, [&] {
    long long document_id = document;
    return SelectFirst<VersionWithBodyRow>(unit_.sql, kDraft, &VersionWithBodyRow::ToVersion,
                                           soci::use(document_id, "document"));
  });
}

app::FoundationVersionId SociFoundationRepository::CreateDraft(const app::NewFoundationVersion& draft) {
  return Guarded(unit_, [&] {
    long long id = 0;
    long long document_id = draft.document;
    Nullable<int> based_on(draft.based_on_number);
    Nullable<domain::UserId> author(draft.author.user);
    long long at = ToUnixSeconds(draft.at);
    Execute(unit_.sql, kInsertDraft, soci::use(document_id, "document"), UseNullable(based_on, "based_on"),
            soci::use(draft.title, "title"), soci::use(draft.body, "body"), UseNullable(author, "author"),
            soci::use(draft.author.name, "name"), soci::use(at, "at"), UseNullable(author, "updater"),
            soci::use(draft.author.name, "updater_name"), soci::use(at, "updated_at"), soci::into(id));
    return id;
  });
}

bool SociFoundationRepository::UpdateDraft(const app::FoundationDraftRef& draft, const std::string& title,
                                           const std::string& body, const app::FoundationAuthor& author,
                                           domain::Timestamp at) {
  return Guarded(unit_, [&] {
    DraftKey key(draft);
    Nullable<domain::UserId> user(author.user);
    long long updated_at = ToUnixSeconds(at);
    return Execute(unit_.sql, kUpdateDraft, soci::use(title, "title"), soci::use(body, "body"),
                   UseNullable(user, "user"), soci::use(author.name, "name"), soci::use(updated_at, "at"),
                   soci::use(key.id, "id"), soci::use(key.revision, "revision"),
                   soci::use(key.document, "document")) > 0;
  });
}

bool SociFoundationRepository::PublishDraft(const app::FoundationDraftRef& draft, int number,
                                            const app::FoundationAuthor& author, domain::Timestamp at) {
  return Guarded(unit_, [&] {
    DraftKey key(draft);
    int published_number = number;
    Nullable<domain::UserId> user(author.user);
    long long published_at = ToUnixSeconds(at);
    return Execute(unit_.sql, kPublishDraft, soci::use(published_number, "number"), UseNullable(user, "user"),
                   soci::use(author.name, "name"), soci::use(published_at, "at"), soci::use(key.id, "id"),
                   soci::use(key.revision, "revision"), soci::use(key.document, "document")) > 0;
  });
}

app::FoundationVersionId SociFoundationRepository::CreatePublished(const app::NewFoundationVersion& version,
                                                                   int number) {
  return Guarded(unit_, [&] {
    long long id = 0;
    long long document_id = version.document;
    int published_number = number;
    Nullable<int> based_on(version.based_on_number);
    Nullable<domain::UserId> author(version.author.user);
    long long at = ToUnixSeconds(version.at);
    Execute(unit_.sql, kInsertPublished, soci::use(document_id, "document"), soci::use(published_number, "number"),
            UseNullable(based_on, "based_on"), soci::use(version.title, "title"), soci::use(version.body, "body"),
            UseNullable(author, "author"), soci::use(version.author.name, "name"), soci::use(at, "at"),
            UseNullable(author, "updater"), soci::use(version.author.name, "updater_name"), soci::use(at, "updated_at"),
            UseNullable(author, "publisher"), soci::use(version.author.name, "publisher_name"),
            soci::use(at, "published_at"), soci::into(id));
    return id;
  });
}

bool SociFoundationRepository::DeleteDraft(const app::FoundationDraftRef& draft) {
  return Guarded(unit_, [&] {
    DraftKey key(draft);
    return Execute(unit_.sql, kDeleteDraft, soci::use(key.id, "id"), soci::use(key.revision, "revision"),
                   soci::use(key.document, "document")) > 0;
  });
}

}  // namespace lp::storage
