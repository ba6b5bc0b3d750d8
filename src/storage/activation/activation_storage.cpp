#include "storage/activation/activation_storage.hpp"

#include "storage/activation/activation_repository.hpp"

namespace lp::storage {

void RegisterActivationRepositories(RepositoryFactories& factories) {
  factories.Add<app::ActivationRepository, SociActivationRepository>();
}

}  // namespace lp::storage
