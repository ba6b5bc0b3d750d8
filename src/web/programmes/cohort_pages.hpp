#pragma once

#include "web/platform/module.hpp"

namespace lp::web {

// Globetrotter's cohorts and applications (issue 17): the cohorts (/udvikling/kohorter), a cohort's
// page, Koncern HR's cohort form with meetings and material, the application form, the list of
// applications (/udvikling/ansoegninger) and an application's page with sign-off and admission.
void RegisterCohortPages(PageModule& module);

}  // namespace lp::web
