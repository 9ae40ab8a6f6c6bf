// The bundled sample plan (assets/sample-plan.keystone.json), compiled into the binary so
// the app can open it on first run and `keystone sample` can print it, with no file access.
#pragma once

#include <string_view>

namespace keystone {

std::string_view builtInSamplePlanText();

}  // namespace keystone
