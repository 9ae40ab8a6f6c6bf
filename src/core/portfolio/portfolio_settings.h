// Portfolio-wide settings as stored in the browser: the scoring framework, the health
// configuration, the pricing catalog, and the app's own look (theme, window layout).
//
//   { "format": "keystone.settings", "version": 1,
//     "qualification": {...qualification_json.h...}, "health": { "adoptionWeight": 25, ... },
//     "catalog": {...pricing.h catalogToJson...}, "numberFormat": "point" | "comma",
//     "theme": "dark", "layout": "<ImGui ini text>" }
//
// Reading is forgiving by section: a section that is missing or unreadable falls back to
// its default and is named in `problems`, so one bad section never costs the others.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "core/model/portfolio.h"
#include "core/model/result.h"

namespace keystone {

struct PortfolioSettings {
    QualificationFramework qualification = defaultQualificationFramework();
    HealthConfig health;  // defaults when absent
    TierCatalog catalog = defaultTierCatalog();
    DecimalMark decimalMark = DecimalMark::Point;  // "numberFormat"; point when absent
    std::string theme;                             // "light", "dark"; "" = follow the system
    std::string layout;                            // ImGui window layout (ini text); "" = default
    std::vector<std::string> problems;  // sections that fell back to defaults, for the rep
};

// Every member of HealthConfig by its field name; validated with validateHealthConfig.
nlohmann::json healthConfigToJson(const HealthConfig& config);
Result<HealthConfig> healthConfigFromJson(const nlohmann::json& json);

PortfolioSettings settingsOf(const Portfolio& portfolio, std::string theme, std::string layout);
std::string writeSettings(const PortfolioSettings& settings);
// Fails only when the text is not a settings document at all; see `problems` otherwise.
Result<PortfolioSettings> readSettings(std::string_view text);
// Puts the portfolio-wide parts of `settings` into `portfolio` (accounts untouched).
void applySettings(const PortfolioSettings& settings, Portfolio& portfolio);

}  // namespace keystone
