#include "app/goals/goals_module.hpp"

#include <memory>

#include "app/goals/goal_picture_service.hpp"
#include "app/goals/indicator_service.hpp"
#include "app/goals/measurement_import.hpp"
#include "app/organisation/organisation_service.hpp"

namespace lp::app {

void ProvideGoalsServices(Services& services) {
  auto& pictures = services.Add(std::make_unique<GoalPictureService>(services.store()));
  auto& indicators =
      services.Add(std::make_unique<IndicatorService>(services.store(), services.Get<OrganisationService>(), pictures));
  services.Add(std::make_unique<MeasurementImport>(services.store(), indicators, services.Get<OrganisationService>()));
  // The shipped goal pictures become version 1 when the database has none (audited as goals.default_loaded).
  GoalPictureService::LoadDefaultContent(services.store(), SystemNow());
}

}  // namespace lp::app
