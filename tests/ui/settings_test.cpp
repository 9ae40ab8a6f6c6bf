// Portfolio-wide settings are stored beside the accounts: the scoring framework and the
// theme survive a reload, and an unreadable settings record falls back to defaults.
// (Moved from tests/browser/settings.test.mjs; a reload is a new app on the same storage.)
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include "ui_harness.h"

using keystone::platform::MemoryPlatform;
using keystone::test::HarnessOptions;
using keystone::test::UiHarness;
using nlohmann::json;

namespace {

// Starts the app on what an earlier run left in storage.
HarnessOptions reloadingFrom(const MemoryPlatform& before) {
    HarnessOptions options;
    options.beforeStartup = [plans = before.plans,
                             settings = before.settings](MemoryPlatform& device) {
        device.plans = plans;
        device.settings = settings;
    };
    return options;
}

void saveEverything(UiHarness& ui) {
    ui.frame(60);  // autosave writes within a second of the last change
    REQUIRE(ui.shows("Saved"));
}

}  // namespace

TEST_CASE("an edited scoring framework and the chosen theme are still there after a reload") {
    MemoryPlatform stored;
    {
        UiHarness ui;
        ui.click("Qualification");
        REQUIRE(ui.readout("Qualification score") == "93");
        ui.click("Scoring framework");
        ui.typeInto("Industry: Finance, Healthcare or Technology", "300");
        REQUIRE(ui.readout("Qualification score") == "31");
        ui.click("Dark theme");
        saveEverything(ui);
        REQUIRE(ui.platform().settings);
        const json settings = json::parse(*ui.platform().settings);
        CHECK(settings.at("format") == "keystone.settings");
        CHECK(settings.at("theme") == "dark");
        bool weighted300 = false;
        for (const json& criterion : settings.at("qualification").at("criteria"))
            weighted300 |= criterion.at("weight") == 300;
        CHECK(weighted300);
        stored = ui.platform();
    }
    UiHarness reloaded(reloadingFrom(stored));
    CHECK_MESSAGE(reloaded.shows("Light theme"),
                  "the dark theme is back (its button offers light)");
    reloaded.click("Qualification");
    CHECK(reloaded.readout("Qualification score") == "31");
    CHECK_MESSAGE(reloaded.workspace().portfolio().accounts.size() == 1,
                  "the accounts are kept too");
}

TEST_CASE("an unreadable settings record is reported and the defaults are used") {
    HarnessOptions options;
    options.beforeStartup = [](MemoryPlatform& device) {
        device.settings = R"({"format":"keystone.settings","qualification":)";
    };
    UiHarness ui(options);
    CHECK_MESSAGE(ui.shows("Dismiss"), "the rep is told");
    CHECK(ui.latestNotice().find("could not be read") != std::string::npos);
    ui.click("Qualification");
    CHECK_MESSAGE(ui.readout("Qualification score") == "93", "the default framework");
    CHECK_MESSAGE(ui.shows("Dark theme"), "the default (light) theme");
}
