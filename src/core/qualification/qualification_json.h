// File form of a QualificationFramework (reps edit criteria per portfolio, so the
// framework travels with the portfolio as JSON).
//
//   { "criteria": [ { "id": "employees", "label": "Employees 1,000+",
//                     "group": "firmographic", "attribute": "employees",
//                     "comparison": "at-least", "threshold": 1000, "weight": 30,
//                     "enabled": true }, ... ],
//     "tierBands": { "tier1Min": 75, "tier2Min": 50 },
//     "enterpriseMin": 75,
//     "updated": "2026-03-01T10:00:00Z" }
//
// "threshold" (at-least only) is minor units for money attributes; "values" (in-set only)
// is an array of strings; "levelCredits" (graded only) is [none, some, strong] in %.
// Reading is strict about what it understands: required members must be present with the
// right type (whole numbers where integers are expected) and the result must pass
// validateFramework. Members it does not know are ignored, so a file from a newer minor
// version still opens. "label", "enabled" and "updated" are optional.
#pragma once

#include <string>
#include <string_view>

#include <nlohmann/json_fwd.hpp>

#include "core/model/result.h"
#include "core/qualification/qualification.h"

namespace keystone {

nlohmann::json qualificationFrameworkToJson(const QualificationFramework& framework);
std::string qualificationFrameworkToText(
    const QualificationFramework& framework);  // 2-space indent

// Errors carry a JSON pointer relative to `pointerPrefix` (pass e.g. "/settings/qualification"
// when the framework is embedded in a bigger document).
Result<QualificationFramework> qualificationFrameworkFromJson(
    const nlohmann::json& json, const std::string& pointerPrefix = {});
// Syntax errors are located as "line:column".
Result<QualificationFramework> qualificationFrameworkFromText(std::string_view text);

}  // namespace keystone
