#include "storage/programmes/programmes_storage.hpp"

#include "storage/programmes/programme_repository.hpp"
#include "storage/programmes/team_repository.hpp"

namespace lp::storage {

void RegisterProgrammeRepositories(RepositoryFactories& factories) {
  factories.Add<app::ProgrammeRepository, SociProgrammeRepository>();
  factories.Add<app::ProgrammeTeamRepository, SociProgrammeTeamRepository>();
}

}  // namespace lp::storage
