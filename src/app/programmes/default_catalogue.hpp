#pragma once

// The catalogue a new database starts with (issue 17): the four programmes of the new leadership
// development offers and the offers that continue, in the portal's own words after the region's
// description (../shared/seeds/nye-ledelsesudviklingstilbud.txt). Koncern HR edits it afterwards.

#include <vector>

#include "app/programmes/programme_repository.hpp"

namespace lp::app {

struct DefaultProgramme {
  ProgrammeFields fields;
  std::vector<domain::Requirement> requirements;
};

std::vector<DefaultProgramme> DefaultCatalogue();

}  // namespace lp::app
