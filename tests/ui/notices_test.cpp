// A refused import tells the rep what happened in their words; the technical detail (the
// file's size, the exact place the reader stopped) is there for support, but only behind
// the notice's "Details" button, which a screen reader hears as collapsed or expanded.
#include <doctest/doctest.h>
#include <imgui.h>

#include <string>

#include "ui/shell/view_state.h"
#include "ui_harness.h"

using keystone::test::UiHarness;

TEST_CASE("a refused import keeps its technical detail behind Details, ready to copy for support") {
    UiHarness ui;
    const std::string damaged = "{\"format\": \"keystone.plan\", \"account\": {\"name\": \"x\",";
    ui.platform().filesToChoose.push_back({"Contoso.keystone.json", damaged});
    ui.click("Import plan");
    ui.frame(2);

    const std::string& message = ui.latestNotice();
    CHECK(message.find("\"Contoso.keystone.json\" was not imported") == 0);
    CHECK_MESSAGE(message.find("Location") == std::string::npos, "the rep's message: " << message);
    CHECK_MESSAGE(message.find("1:") == std::string::npos, "no line:column in it: " << message);

    const keystone::ui::RegisteredItem* details = ui.find("Details");
    REQUIRE(details);
    CHECK(details->accessible.expanded == keystone::ui::Toggle::Off);
    CHECK_FALSE(ui.shows("Copy details"));

    ui.click("Details");
    ui.frame(2);
    REQUIRE(ui.find("Details"));
    CHECK(ui.find("Details")->accessible.expanded == keystone::ui::Toggle::On);
    REQUIRE(ui.shows("Copy details"));
    ui.click("Copy details");
    ui.frame();
    const std::string copied = ImGui::GetClipboardText();
    CHECK(copied == "File: Contoso.keystone.json, " + std::to_string(damaged.size()) +
                        " bytes. Location: 1:" + std::to_string(damaged.size() + 1) +
                        " (line:character).");

    ui.click("Details");  // and closes again
    ui.frame(2);
    CHECK_FALSE(ui.shows("Copy details"));
    CHECK(ui.view().notices.shown.size() == 1);  // still there until dismissed: it is an error
}

TEST_CASE("a notice without technical detail has no Details button") {
    UiHarness ui;
    ui.click("Export plan");
    ui.frame(3);
    if (ui.shows("Export")) ui.click("Export");
    ui.frame(2);
    REQUIRE(ui.latestNotice().find("Exported") == 0);
    CHECK(ui.shows("Dismiss"));
    CHECK_FALSE(ui.shows("Details"));
}
