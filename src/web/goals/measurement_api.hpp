#pragma once

#include "web/platform/module.hpp"

namespace lp::web {

// The JSON API through which data warehouses deliver measurements (issue 18):
// POST /api/v1/indikatorer/{id}/maalinger with an integration token of the scope "maalinger".
void RegisterMeasurementApi(PageModule& module);

}  // namespace lp::web
