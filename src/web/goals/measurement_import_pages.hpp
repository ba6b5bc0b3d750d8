#pragma once

#include "web/platform/module.hpp"

namespace lp::web {

// The CSV import of measurements (issue 18): upload, preview, confirm (app/goals/measurement_import.hpp).
void RegisterMeasurementImportPages(PageModule& module);

}  // namespace lp::web
