#pragma once

#include "app/platform/services.hpp"

namespace lp::app {

// Builds the programmes module's services into `services`: ProgrammeService (needs the organisation
// module), the default catalogue when the catalogue is empty, and the job "ledervejen-tilmelding".
void ProvideProgrammeServices(Services& services);

}  // namespace lp::app
