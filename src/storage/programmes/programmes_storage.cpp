#include "storage/programmes/programmes_storage.hpp"

#include "storage/programmes/cohort_repository.hpp"
#include "storage/programmes/explorer_repository.hpp"
#include "storage/programmes/programme_repository.hpp"
#include "storage/programmes/team_repository.hpp"

namespace lp::storage {

void RegisterProgrammeRepositories(RepositoryFactories& factories) {
  factories.Add<app::ProgrammeRepository, SociProgrammeRepository>();
  factories.Add<app::ProgrammeTeamRepository, SociProgrammeTeamRepository>();
  factories.Add<app::CohortRepository, SociCohortRepository>();
  factories.Add<app::ExplorerRepository, SociExplorerRepository>();
}

}  // namespace lp::storage
