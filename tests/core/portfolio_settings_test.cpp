// Portfolio-wide settings survive a round trip through their stored form, and a bad
// section falls back to its default without costing the others.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include "core/portfolio/portfolio_settings.h"
#include "core/qualification/qualification_json.h"

using namespace keystone;

TEST_CASE("settings written and read back keep framework, health, catalog, theme and layout") {
    Portfolio portfolio;
    portfolio.qualification.bands.tier1Min = 80;
    portfolio.health.greenMin = 75;
    const PortfolioSettings written = settingsOf(portfolio, "dark", "[Window][Debug]\nPos=1,2\n");
    auto read = readSettings(writeSettings(written));
    REQUIRE(read.ok());
    CHECK(read.value().problems.empty());
    CHECK(read.value().theme == "dark");
    CHECK(read.value().layout == "[Window][Debug]\nPos=1,2\n");
    Portfolio restored;
    applySettings(read.value(), restored);
    CHECK(restored.qualification.bands.tier1Min == 80);
    CHECK(restored.health.greenMin == 75);
    CHECK(qualificationFrameworkToText(restored.qualification) ==
          qualificationFrameworkToText(portfolio.qualification));
}

TEST_CASE("a settings record that is not readable at all is refused") {
    CHECK_FALSE(readSettings("not json").ok());
    CHECK_FALSE(readSettings("{\"format\":\"something else\"}").ok());
}

TEST_CASE("a settings section that is unreadable falls back to its default and is reported") {
    nlohmann::json json =
        nlohmann::json::parse(writeSettings(settingsOf(Portfolio{}, "light", "")));
    json["health"]["greenMin"] = "seventy";
    json["qualification"] = 42;
    auto read = readSettings(json.dump());
    REQUIRE(read.ok());
    CHECK(read.value().problems.size() == 2);
    CHECK(read.value().health.greenMin == HealthConfig{}.greenMin);
    CHECK(read.value().theme == "light");
}

TEST_CASE("health settings that break the health rules are refused") {
    nlohmann::json json = healthConfigToJson(HealthConfig{});
    json["amberMin"] = 90;
    json["greenMin"] = 50;
    CHECK_FALSE(healthConfigFromJson(json).ok());
    CHECK(healthConfigFromJson(healthConfigToJson(HealthConfig{})).ok());
}
