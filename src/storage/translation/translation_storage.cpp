#include "storage/translation/translation_storage.hpp"

#include "storage/translation/translation_repository.hpp"

namespace lp::storage {

void RegisterTranslationRepositories(RepositoryFactories& factories) {
  factories.Add<app::TranslationRepository, SociTranslationRepository>();
}

}  // namespace lp::storage
