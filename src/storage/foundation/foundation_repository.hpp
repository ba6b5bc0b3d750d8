#pragma once

#include "app/foundation/foundation_repository.hpp"
#include "storage/platform/transaction.hpp"

namespace lp::storage {

// app::FoundationRepository over SOCI (tables foundation_documents and foundation_document_versions,
// migration 006).
class SociFoundationRepository final : public app::FoundationRepository {
 public:
  explicit SociFoundationRepository(UnitOfWork& unit) : unit_(unit) {}

  app::FoundationDocumentId CreateDocument(const std::string& slug, int position, domain::Timestamp at) override;
  std::vector<app::FoundationDocumentRecord> ListDocuments() override;
  std::optional<app::FoundationDocumentRecord> FindDocument(const std::string& slug) override;

  std::vector<app::FoundationVersionRecord> CurrentVersions() override;
  std::optional<app::FoundationVersionRecord> CurrentVersion(app::FoundationDocumentId document) override;
  std::optional<app::FoundationVersionRecord> PublishedVersion(app::FoundationDocumentId document, int number) override;
  std::vector<app::FoundationVersionRecord> PublishedVersions(app::FoundationDocumentId document) override;
  std::optional<app::FoundationVersionRecord> Draft(app::FoundationDocumentId document) override;

  app::FoundationVersionId CreateDraft(const app::NewFoundationVersion& draft) override;
  bool UpdateDraft(const app::FoundationDraftRef& draft, const std::string& title, const std::string& body,
                   const app::FoundationAuthor& author, domain::Timestamp at) override;
  bool PublishDraft(const app::FoundationDraftRef& draft, int number, const app::FoundationAuthor& author,
                    domain::Timestamp at) override;
  app::FoundationVersionId CreatePublished(const app::NewFoundationVersion& version, int number) override;
  bool DeleteDraft(const app::FoundationDraftRef& draft) override;

 private:
  UnitOfWork& unit_;
};

}  // namespace lp::storage
