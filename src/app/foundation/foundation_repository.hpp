#pragma once

#include <optional>
#include <string>
#include <vector>

#include "domain/platform/time.hpp"
#include "domain/platform/user.hpp"

namespace lp::app {

using FoundationDocumentId = long long;
using FoundationVersionId = long long;

// One document of the regional foundation (e.g. "vaerdier"), in the order the overview shows them.
struct FoundationDocumentRecord {
  FoundationDocumentId id = 0;
  std::string slug;
  int position = 0;
  domain::Timestamp created_at{};
};

enum class FoundationVersionStatus { Draft, Published };

// Who wrote or published a version: the login (none for the shipped default content, or when the
// login has been deleted since) and their name as it was then.
struct FoundationAuthor {
  std::optional<domain::UserId> user;
  std::string name;

  friend bool operator==(const FoundationAuthor&, const FoundationAuthor&) = default;
};

// A version of a document: its one draft, or a published version (numbered, never changed).
struct FoundationVersionRecord {
  FoundationVersionId id = 0;
  FoundationDocumentId document = 0;
  FoundationVersionStatus status = FoundationVersionStatus::Draft;
  std::optional<int> number;           // published versions only: 1, 2, …
  std::optional<int> based_on_number;  // a draft: the published version it was started from
  std::string title;
  std::string body;  // Markdown, as written
  int revision = 1;  // optimistic concurrency of the draft; raised by every change
  FoundationAuthor created_by;
  domain::Timestamp created_at{};
  FoundationAuthor updated_by;
  domain::Timestamp updated_at{};
  std::optional<FoundationAuthor> published_by;
  std::optional<domain::Timestamp> published_at;
};

struct NewFoundationVersion {
  FoundationDocumentId document = 0;
  std::optional<int> based_on_number;
  std::string title;
  std::string body;
  FoundationAuthor author;
  domain::Timestamp at{};
};

// A draft as a form names it: which document it belongs to (from the URL), its id and the revision the
// form was opened with (from hidden fields). Writes through it change nothing unless all three match.
struct FoundationDraftRef {
  FoundationDocumentId document = 0;
  FoundationVersionId id = 0;
  int revision = 0;
};

class FoundationRepository {
 public:
  virtual ~FoundationRepository() = default;

  // ConstraintViolation for a slug or position that is taken.
  virtual FoundationDocumentId CreateDocument(const std::string& slug, int position, domain::Timestamp at) = 0;
  virtual std::vector<FoundationDocumentRecord> ListDocuments() = 0;  // by position
  virtual std::optional<FoundationDocumentRecord> FindDocument(const std::string& slug) = 0;

  // The newest published version of every document that has one (one query), by document position.
  virtual std::vector<FoundationVersionRecord> CurrentVersions() = 0;
  virtual std::optional<FoundationVersionRecord> CurrentVersion(FoundationDocumentId document) = 0;
  virtual std::optional<FoundationVersionRecord> PublishedVersion(FoundationDocumentId document, int number) = 0;
  // Every published version of the document, newest first, without their bodies.
  virtual std::vector<FoundationVersionRecord> PublishedVersions(FoundationDocumentId document) = 0;
  virtual std::optional<FoundationVersionRecord> Draft(FoundationDocumentId document) = 0;

  // A new draft; ConstraintViolation when the document already has one.
  virtual FoundationVersionId CreateDraft(const NewFoundationVersion& draft) = 0;
  // Changes the draft if it still is the document's draft at `draft.revision`; false otherwise (also when
  // the id names another document's version: a form's id is checked against the document of its URL here).
  virtual bool UpdateDraft(const FoundationDraftRef& draft, const std::string& title, const std::string& body,
                           const FoundationAuthor& author, domain::Timestamp at) = 0;
  // Publishes the draft as version `number` under the same condition; false otherwise.
  // ConstraintViolation when the document already has that number.
  virtual bool PublishDraft(const FoundationDraftRef& draft, int number, const FoundationAuthor& author,
                            domain::Timestamp at) = 0;
  // A version published at once (the shipped default content; publishing without a saved draft).
  // ConstraintViolation when the document already has that number.
  virtual FoundationVersionId CreatePublished(const NewFoundationVersion& version, int number) = 0;
  // Deletes the draft under the same condition; false otherwise.
  virtual bool DeleteDraft(const FoundationDraftRef& draft) = 0;
};

}  // namespace lp::app
