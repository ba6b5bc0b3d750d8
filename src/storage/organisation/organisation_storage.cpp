#include "storage/organisation/organisation_storage.hpp"

#include "storage/organisation/organisation_repository.hpp"
#include "storage/organisation/pending_import_repository.hpp"
#include "storage/organisation/unit_delegate_repository.hpp"

namespace lp::storage {

void RegisterOrganisationRepositories(RepositoryFactories& factories) {
  factories.Add<app::OrganisationRepository, SociOrganisationRepository>();
  factories.Add<app::PendingImportRepository, SociPendingImportRepository>();
  factories.Add<app::UnitDelegateRepository, SociUnitDelegateRepository>();
}

}  // namespace lp::storage
