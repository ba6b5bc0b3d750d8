#include "storage/dialogue/dialogue_storage.hpp"

#include "storage/dialogue/dialogue_repository.hpp"

namespace lp::storage {

void RegisterDialogueRepositories(RepositoryFactories& factories) {
  factories.Add<app::DialogueRepository, SociDialogueRepository>();
}

}  // namespace lp::storage
