#include "storage/foundation/foundation_storage.hpp"

#include "storage/foundation/foundation_repository.hpp"

namespace lp::storage {

void RegisterFoundationRepositories(RepositoryFactories& factories) {
  factories.Add<app::FoundationRepository, SociFoundationRepository>();
}

}  // namespace lp::storage
