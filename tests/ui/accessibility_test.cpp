// What a screen reader is told: every control on every tab declares a role and a spoken
// name, values and states come with it, dialogs hold their controls, the tree is sent only
// when it changed, and focus goes both ways between the app and assistive technology.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>
#include <set>
#include <string>

#include "ui/shell/accessibility_mirror.h"
#include "ui_harness.h"

using keystone::test::Key;
using keystone::test::UiHarness;
using keystone::ui::RegisteredItem;
using keystone::ui::Role;
using nlohmann::json;

namespace {

const char* const kTabs[] = {"Overview", "Qualification", "Plan",        "Opportunities",
                             "Pricing",  "Whitespace",    "Competition", "Risks",
                             "Metrics",  "Health",        "Stakeholders"};

json publishedTree(UiHarness& ui) { return json::parse(ui.platform().accessibilityTree); }

const json* publishedItem(const json& tree, const std::string& name) {
    for (const json& item : tree["items"])
        if (item.value("name", "") == name) return &item;
    return nullptr;
}

bool interactive(Role role) {
    switch (role) {
        case Role::Button:
        case Role::Checkbox:
        case Role::Radio:
        case Role::Tab:
        case Role::TextField:
        case Role::TextArea:
        case Role::SpinButton:
        case Role::Slider:
        case Role::ComboBox:
        case Role::Option:
        case Role::MenuItem:
            return true;
        default:
            return false;
    }
}

// A name a person would say: not empty, no "##id", no icon glyph.
bool spoken(const std::string& name) {
    return !name.empty() && name.find("##") == std::string::npos &&
           keystone::ui::withoutIconGlyphs(name) == name;
}

// Where two trees part, for a failure message.
std::string firstDifference(const std::string& a, const std::string& b) {
    size_t at = 0;
    while (at < a.size() && at < b.size() && a[at] == b[at]) ++at;
    const size_t from = at > 120 ? at - 120 : 0;
    return "before: " + a.substr(from, 240) + "\nafter:  " + b.substr(from, 240);
}

}  // namespace

TEST_CASE("every control on every account tab has a role and a name a person would say") {
    UiHarness ui;
    ui.click("Northwind Logistics");
    for (const char* tab : kTabs) {
        CAPTURE(tab);
        ui.click(tab);
        ui.frame(2);
        int controls = 0;
        for (const RegisteredItem& item : ui.items()) {
            if (!interactive(item.accessible.role)) continue;
            ++controls;
            CAPTURE(json(item.fullLabel).dump(-1, ' ', true));
            CAPTURE(item.x);
            CAPTURE(item.y);
            CAPTURE(item.accessible.name);
            CAPTURE(static_cast<int>(item.accessible.role));
            CHECK(spoken(item.accessible.name));
        }
        CHECK(controls > 5);
        const json tree = publishedTree(ui);
        const json* tabItem = publishedItem(tree, tab);
        REQUIRE(tabItem);
        CHECK((*tabItem)["role"] == "tab");
        CHECK((*tabItem).value("selected", false));
    }
}

TEST_CASE("fields carry their values, toolbar buttons their state, the save status its words") {
    UiHarness ui;
    ui.click("Northwind Logistics");
    ui.click("Overview");
    const json tree = publishedTree(ui);
    const json* name = publishedItem(tree, "Account name");
    REQUIRE(name);
    CHECK((*name)["role"] == "textbox");
    CHECK((*name)["value"] == "Northwind Logistics");
    const json* undo = publishedItem(tree, "Undo");
    REQUIRE(undo);
    CHECK((*undo)["role"] == "button");
    CHECK((*undo).value("disabled", false));  // nothing to undo yet
    bool status = false;
    for (const json& item : tree["items"]) status = status || item["role"] == "status";
    CHECK(status);

    ui.typeInto("Account name", "Northwind EMEA");
    const json after = publishedTree(ui);
    CHECK((*publishedItem(after, "Account name"))["value"] == "Northwind EMEA");
    CHECK_FALSE((*publishedItem(after, "Undo")).value("disabled", false));
}

TEST_CASE("a dialog holds its controls and is named by its title") {
    UiHarness ui;
    ui.click("Northwind Logistics");
    ui.click("Export plan");
    ui.frame(2);
    const json tree = publishedTree(ui);
    const json* dialog = publishedItem(tree, "Export or email this plan");
    REQUIRE(dialog);
    CHECK((*dialog)["role"] == "dialog");
    int inside = 0;
    for (const json& item : tree["items"])
        if (item["container"] == (*dialog)["id"]) ++inside;
    CHECK(inside >= 3);
    CHECK(!ui.findEvery("Cancel").empty());
}

TEST_CASE("a frame where nothing changed sends nothing to the page") {
    UiHarness ui;
    ui.click("Northwind Logistics");
    for (int i = 0; i < 200 && !ui.shows(" Saved"); ++i) ui.frame();  // "Saving…" settles
    ui.frame(3);
    const int sent = ui.platform().accessibilityTreesPublished;
    const std::string before = ui.platform().accessibilityTree;
    ui.frame(5);
    CHECK_MESSAGE(ui.platform().accessibilityTree == before,
                  firstDifference(before, ui.platform().accessibilityTree));
    CHECK(ui.platform().accessibilityTreesPublished == sent);
    const std::string settled = ui.platform().accessibilityTree;
    ui.moveMouse(5, 795);  // a hover elsewhere changes nothing a screen reader is told
    ui.frame(2);
    CHECK(ui.platform().accessibilityTreesPublished == sent);
    CHECK_MESSAGE(ui.platform().accessibilityTree == settled,
                  firstDifference(settled, ui.platform().accessibilityTree));
}

TEST_CASE("focus from assistive technology: activating Account name lets the rep type there") {
    UiHarness ui;
    ui.click("Northwind Logistics");
    ui.click("Overview");
    const RegisteredItem* field = ui.find("Account name");
    REQUIRE(field);
    ui.session().accessibilityMirror().requestFocus(field->id, false);
    ui.frame(2);
    CHECK(publishedTree(ui)["focus"] == field->id);
    CHECK_FALSE(ui.platform().textInputActive);

    ui.session().accessibilityMirror().requestFocus(field->id, true);
    ui.frame(3);
    CHECK(ui.platform().textInputActive);
    ui.press(Key::End);
    ui.type(" EMEA");
    ui.press(Key::Enter);
    CHECK(ui.workspace().selectedAccount()->name == "Northwind Logistics EMEA");
}

TEST_CASE("the app's keyboard focus is the tree's: an arrow key moves it and the tree says where") {
    UiHarness ui;
    ui.click("Northwind Logistics");
    ui.click("Overview");
    ui.press(Key::Down);  // keyboard navigation moves on from the tab clicked last
    ui.frame(2);
    const json tree = publishedTree(ui);
    const unsigned focus = tree["focus"];
    REQUIRE(focus != 0);
    bool marked = false;
    for (const json& item : tree["items"])
        if (item["id"] == focus) marked = item.value("focused", false);
    CHECK(marked);
    if (!marked) {
        for (const RegisteredItem& item : ui.items())
            if (item.id == focus) MESSAGE(item.fullLabel, " role ", int(item.accessible.role));
    }
}

TEST_CASE("notices are told: an error shows in the tree with its words") {
    UiHarness ui;
    keystone::ui::postNotice(ui.view().notices, keystone::ui::NoticeKind::Error,
                             "This file is not a Keystone plan.");
    ui.frame(2);
    const json tree = publishedTree(ui);
    REQUIRE(tree["notices"].size() == 1);
    CHECK(tree["notices"][0]["kind"] == "error");
    CHECK(tree["notices"][0]["text"] == "This file is not a Keystone plan.");
}
