#include "storage/goals/goals_storage.hpp"

#include "storage/goals/goals_repository.hpp"

namespace lp::storage {

void RegisterGoalsRepositories(RepositoryFactories& factories) {
  factories.Add<app::GoalPictureRepository, SociGoalPictureRepository>();
  factories.Add<app::IndicatorRepository, SociIndicatorRepository>();
}

}  // namespace lp::storage
