#pragma once

#include "app/translation/translation_repository.hpp"
#include "storage/platform/transaction.hpp"

namespace lp::storage {

// app::TranslationRepository over SOCI (tables translation_versions, translation_themes,
// translation_theme_values and med_discussions, migration 007).
class SociTranslationRepository final : public app::TranslationRepository {
 public:
  explicit SociTranslationRepository(UnitOfWork& unit) : unit_(unit) {}

  std::optional<app::TranslationVersion> Draft(domain::UnitId unit) override;
  std::optional<app::TranslationVersion> LatestPublished(domain::UnitId unit) override;
  std::optional<app::TranslationVersion> Published(domain::UnitId unit, int number) override;
  std::vector<std::pair<domain::UnitId, int>> LatestNumbers(const std::vector<domain::UnitId>& units) override;
  std::vector<app::TranslationVersionSummary> Versions(domain::UnitId unit) override;
  app::TranslationVersionId CreateDraft(domain::UnitId unit, std::optional<app::TranslationVersionId> based_on,
                                        const app::TranslationContent& content, domain::UserId author,
                                        domain::Timestamp at) override;
  bool UpdateDraft(app::TranslationVersionId id, int revision, const app::TranslationContent& content,
                   domain::UserId author, domain::Timestamp at) override;
  bool Publish(app::TranslationVersionId id, int revision, int number, domain::UserId publisher,
               domain::Timestamp at) override;
  int NextNumber(domain::UnitId unit) override;
  std::vector<app::UnitTranslationState> StatesOfAllUnits() override;
  long long AddMedDiscussion(const app::MedDiscussion& discussion) override;
  std::vector<app::MedDiscussion> MedDiscussions(domain::UnitId unit) override;

 private:
  std::optional<app::TranslationVersion> Load(std::optional<long long> id);
  void InsertThemes(app::TranslationVersionId version, const app::TranslationContent& content);

  UnitOfWork& unit_;
};

}  // namespace lp::storage
