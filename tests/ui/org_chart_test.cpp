// The stakeholder map's canvas: pan, zoom, select, change a manager by dragging one card
// onto another (and undo it), refuse a reporting cycle, find a person with Ctrl+F, add a
// person at the top or as a report (toolbar, side panel, a card's context menu), edit
// influence lines, tell the relationship strengths apart by colour. Cards are found by label
// ("Card: <name>"). (Moved from tests/browser/org_chart.test.mjs.) The Table view's tests are
// in stakeholder_table_test.cpp.
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

#include "stakeholder_json.h"
#include "ui/widgets/theme.h"
#include "ui/widgets/widgets.h"
#include "ui_harness.h"

using keystone::test::Ctrl;
using keystone::test::HarnessOptions;
using keystone::test::Key;
using keystone::test::UiHarness;
using keystone::ui::RegisteredItem;
using nlohmann::json;

namespace {

struct Point {
    float x, y;
};

Point centre(const RegisteredItem& r) { return {r.x + r.w / 2, r.y + r.h / 2}; }

std::string nameOf(const RegisteredItem& card) { return card.label.substr(6); }  // after "Card: "

void openChart(UiHarness& ui) {
    ui.setScrollPoint(1060, 560);  // the side panel scrolls; the wheel on the canvas zooms
    ui.click("Stakeholders");
    ui.frame(3);
}

// Cards wholly inside the canvas (a card cut by the canvas edge may be under other widgets).
std::vector<RegisteredItem> cards(const UiHarness& ui) {
    const RegisteredItem* canvas = ui.find("Org chart canvas");
    REQUIRE(canvas);
    std::vector<RegisteredItem> out;
    for (const RegisteredItem& item : ui.items())
        if (item.label.rfind("Card: ", 0) == 0 && item.x >= canvas->x && item.y >= canvas->y &&
            item.x + item.w <= canvas->x + canvas->w && item.y + item.h <= canvas->y + canvas->h)
            out.push_back(item);
    return out;
}

RegisteredItem card(const UiHarness& ui, const std::string& name) {
    for (const RegisteredItem& item : cards(ui))
        if (nameOf(item) == name) return item;
    FAIL("the card of " << name << " is not on screen");
    return {};
}

float zoomPercent(const UiHarness& ui) {
    const auto zoom = ui.readout("Zoom");
    REQUIRE(zoom);
    return std::stof(zoom->substr(0, zoom->size() - 1));
}

// A point of the canvas that no card, legend or minimap covers.
Point emptySpot(const UiHarness& ui) {
    const RegisteredItem canvas = *ui.find("Org chart canvas");
    std::vector<RegisteredItem> taken = cards(ui);
    if (const RegisteredItem* minimap = ui.find("Minimap")) taken.push_back(*minimap);
    for (float y = canvas.y + 20; y < canvas.y + canvas.h - 60; y += 15)
        for (float x = canvas.x + 20; x < canvas.x + canvas.w - 20; x += 15) {
            bool free = true;
            for (const RegisteredItem& r : taken)
                if (x >= r.x - 4 && x <= r.x + r.w + 4 && y >= r.y - 4 && y <= r.y + r.h + 4)
                    free = false;
            if (free) return {x, y};
        }
    FAIL("no empty spot on the canvas");
    return {};
}

// Zooms in with the button until cards are readable (and labelled).
void readable(UiHarness& ui) {
    for (int i = 0; i < 12 && zoomPercent(ui) < 60; ++i) ui.click("Zoom in");
}

void drag(UiHarness& ui, Point from, Point to) { ui.drag(from.x, from.y, to.x, to.y); }

json stakeholderById(const json& account, const json& id) {
    return keystone::test::personWithId(account.at("stakeholders"), id);
}

json stakeholderByName(const json& account, const std::string& name) {
    return keystone::test::personNamed(account.at("stakeholders"), name);
}

}  // namespace

TEST_CASE("the chart opens readable, and zooms with the buttons and with Ctrl+wheel") {
    UiHarness ui;
    openChart(ui);
    CHECK_MESSAGE(cards(ui).size() >= 3, "several cards are labelled on screen");
    const float before = zoomPercent(ui);
    ui.click("Zoom in");
    const float zoomedIn = zoomPercent(ui);
    CHECK_MESSAGE(zoomedIn > before, "zoom in: " << before << "% -> " << zoomedIn << "%");
    const Point spot = emptySpot(ui);
    ui.wheel(-3, spot.x, spot.y, Ctrl);  // wheel towards the user: zoom out
    CHECK_MESSAGE(zoomPercent(ui) < zoomedIn, "Ctrl+wheel zooms out");
    ui.click("Fit to view");
}

TEST_CASE("dragging empty space pans the chart; a click without moving does not") {
    UiHarness ui;
    openChart(ui);
    readable(ui);
    REQUIRE_FALSE(cards(ui).empty());
    const RegisteredItem target = cards(ui)[0];
    const Point spot = emptySpot(ui);
    drag(ui, spot, {spot.x + 2, spot.y + 1});  // under the drag threshold
    CHECK_MESSAGE(card(ui, nameOf(target)).x == target.x, "a click never pans");
    drag(ui, spot, {spot.x + 60, spot.y + 40});
    const RegisteredItem moved = card(ui, nameOf(target));
    CHECK_MESSAGE(std::abs(moved.x - target.x - 60) < 2, "the card moved with the drag");
    CHECK(std::abs(moved.y - target.y - 40) < 2);
}

TEST_CASE("a click on a card selects the person and opens their details") {
    UiHarness ui;
    openChart(ui);
    REQUIRE_FALSE(cards(ui).empty());
    const RegisteredItem someone = cards(ui)[0];
    ui.clickItem(someone);
    CHECK_MESSAGE(ui.shows("Selected: " + nameOf(someone)), "the edit panel shows the person");
    CHECK_MESSAGE(ui.shows("Name"), "the name field is shown");
}

TEST_CASE("dragging a card onto another changes the manager, and undo restores it") {
    UiHarness ui;
    openChart(ui);
    readable(ui);
    const json account = ui.plan();
    // True when `id` reports, directly or not, to `under`.
    const auto below = [&account](json at, const json& under) {
        while (at.is_object() && at.value("managerId", "") != "") {
            if (at.at("managerId") == under) return true;
            at = stakeholderById(account, at.at("managerId"));
        }
        return false;
    };
    std::vector<std::pair<RegisteredItem, json>> visible;
    for (const RegisteredItem& c : cards(ui)) {
        const json person = stakeholderByName(account, nameOf(c));
        if (person.is_object()) visible.emplace_back(c, person);
    }
    const std::pair<RegisteredItem, json>* mover = nullptr;
    const std::pair<RegisteredItem, json>* boss = nullptr;
    for (const auto& a : visible) {
        for (const auto& b : visible) {
            if (&a == &b || a.second.value("managerId", "") == "" ||
                a.second.at("managerId") == b.second.at("id"))
                continue;
            if (below(b.second, a.second.at("id")))
                continue;  // b reports to a: that would be a cycle
            mover = &a, boss = &b;
            break;
        }
        if (mover) break;
    }
    REQUIRE_MESSAGE(mover, "two unrelated people are on screen");
    drag(ui, centre(mover->first), centre(boss->first));
    CHECK(stakeholderById(ui.plan(), mover->second.at("id")).at("managerId") ==
          boss->second.at("id"));

    ui.press(Key::Z, Ctrl);
    CHECK_MESSAGE(stakeholderById(ui.plan(), mover->second.at("id")).at("managerId") ==
                      mover->second.at("managerId"),
                  "undo puts the old manager back");
}

TEST_CASE("making a manager report to their own report is refused with a message") {
    UiHarness ui;
    openChart(ui);
    const json account = ui.plan();
    std::vector<std::pair<RegisteredItem, json>> visible;
    for (const RegisteredItem& c : cards(ui)) {
        const json person = stakeholderByName(account, nameOf(c));
        if (person.is_object()) visible.emplace_back(c, person);
    }
    const std::pair<RegisteredItem, json>* report = nullptr;
    const std::pair<RegisteredItem, json>* manager = nullptr;
    for (const auto& r : visible)
        for (const auto& m : visible)
            if (!report && r.second.value("managerId", "") == m.second.at("id"))
                report = &r, manager = &m;
    REQUIRE_MESSAGE(report, "a manager and their report are both on screen");
    const json before = account.at("stakeholders");
    drag(ui, centre(manager->first), centre(report->first));
    const auto message = ui.readout("Chart message");
    CHECK_MESSAGE((message && message->find("cannot report to") != std::string::npos),
                  "a message explains");
    CHECK_MESSAGE(ui.plan().at("stakeholders") == before, "nothing changed");
}

TEST_CASE("Ctrl+F finds a person and Enter jumps to them") {
    UiHarness ui;
    openChart(ui);
    const json account = ui.plan();
    const std::string name = account.at("stakeholders").back().at("name");
    const Point spot = emptySpot(ui);
    ui.clickAt(spot.x, spot.y);  // the canvas has the keyboard
    ui.press(Key::F, Ctrl);
    ui.frame(2);
    const size_t firstSpace = name.find(' ');
    ui.type(name.substr(0, name.find(' ', firstSpace + 1)));  // first two words
    CHECK_MESSAGE(ui.labelStartingWith("Search matches: 1"), "one match is reported");
    ui.press(Key::Enter);
    ui.frame(2);
    const RegisteredItem shown = card(ui, name);
    const RegisteredItem canvas = *ui.find("Org chart canvas");
    CHECK_MESSAGE(std::abs(centre(shown).x - centre(canvas).x) < 5,
                  "the chart is centred on the person");
    CHECK_MESSAGE(ui.shows("Selected: " + name), "their details are open");
}

TEST_CASE("a card's context menu adds a report to that person") {
    UiHarness ui;
    openChart(ui);
    REQUIRE_FALSE(cards(ui).empty());
    const RegisteredItem someone = cards(ui)[0];
    const json boss = stakeholderByName(ui.plan(), nameOf(someone));
    const size_t count = ui.plan().at("stakeholders").size();
    ui.clickAt(centre(someone).x, centre(someone).y, 1);
    ui.click("Add a report");
    const json after = ui.plan();
    CHECK(after.at("stakeholders").size() == count + 1);
    bool added = false;
    for (const json& person : after.at("stakeholders"))
        if (person.at("name") == "New contact" && person.value("managerId", "") == boss.at("id"))
            added = true;
    CHECK_MESSAGE(added, "the new person reports to the card they were added from");
}

TEST_CASE("influence lines are added, changed and removed from the side panel") {
    UiHarness ui;
    openChart(ui);
    REQUIRE_FALSE(cards(ui).empty());
    const RegisteredItem someone = cards(ui)[0];
    ui.clickItem(someone);
    const json account = ui.plan();
    const json person = stakeholderByName(account, nameOf(someone));
    json target;
    for (const json& s : account.at("stakeholders")) {
        if (s.at("id") == person.at("id") || s.value("name", "").empty()) continue;
        bool linked = false;
        for (const json& l : account.at("influenceLines"))
            if (l.at("fromId") == person.at("id") && l.at("toId") == s.at("id")) linked = true;
        if (!linked) {
            target = s;
            break;
        }
    }
    REQUIRE(target.is_object());
    const std::string targetName = target.at("name");
    const size_t before = account.at("influenceLines").size();
    ui.click("Add influence line");
    ui.type(targetName);
    ui.frame(2);
    ui.click("Influence target " + targetName);
    json after = ui.plan();
    CHECK(after.at("influenceLines").size() == before + 1);
    json line;
    for (const json& l : after.at("influenceLines"))
        if (l.at("fromId") == person.at("id") && l.at("toId") == target.at("id")) line = l;
    REQUIRE_MESSAGE(line.is_object(), "a line from " << nameOf(someone) << " to " << targetName);
    CHECK(line.at("kind") == "influences");

    ui.click("Influence kind to " + targetName);
    ui.click("Conflicts with");
    const json lines = ui.plan().at("influenceLines");
    for (const json& l : lines)
        if (l.at("id") == line.at("id")) CHECK(l.at("kind") == "conflicts-with");

    ui.click("Remove influence line to " + targetName);
    CHECK_MESSAGE(ui.plan().at("influenceLines").size() == before, "the line is gone");
}

TEST_CASE("Add person adds someone at the top of the chart even with a person selected") {
    UiHarness ui;
    openChart(ui);
    REQUIRE_FALSE(cards(ui).empty());
    ui.clickItem(cards(ui)[0]);
    REQUIRE(ui.readout("Selected") == nameOf(cards(ui)[0]));
    const json before = ui.plan().at("stakeholders");
    ui.click("Add person");
    const json after = ui.plan().at("stakeholders");
    REQUIRE(after.size() == before.size() + 1);
    const json added = stakeholderByName(ui.plan(), "New contact");
    REQUIRE(added.is_object());
    CHECK_MESSAGE(added.value("managerId", "") == "", "nobody's report: a new tree");
    CHECK_MESSAGE(ui.readout("Selected") == "New contact", "the new person is selected");
    ui.click("Undo");
    CHECK_MESSAGE(ui.plan().at("stakeholders") == before, "one undo step takes it back");
}

TEST_CASE("Add report on the selected person adds someone who reports to them") {
    UiHarness ui;
    openChart(ui);
    CHECK_MESSAGE(!ui.shows("Add report"), "nobody selected, nobody to report to");
    REQUIRE_FALSE(cards(ui).empty());
    const RegisteredItem someone = cards(ui)[0];
    ui.clickItem(someone);
    const json boss = stakeholderByName(ui.plan(), nameOf(someone));
    const RegisteredItem* button = ui.find("Add report");
    REQUIRE(button);
    ui.moveMouse(centre(*button).x, centre(*button).y);
    ui.frame(2);
    CHECK(ui.shows("Add a person who reports to " + nameOf(someone)));

    const json before = ui.plan().at("stakeholders");
    ui.click("Add report");
    const json added = stakeholderByName(ui.plan(), "New contact");
    REQUIRE(added.is_object());
    CHECK(added.at("managerId") == boss.at("id"));
    CHECK(ui.plan().at("stakeholders").size() == before.size() + 1);
    CHECK(ui.readout("Selected") == "New contact");
    ui.frame(2);
    CHECK_MESSAGE(ui.shows("Card: New contact"), "the chart shows the new card");
    ui.click("Undo");
    CHECK_MESSAGE(ui.plan().at("stakeholders") == before, "one undo step takes it back");
}

TEST_CASE("on a 1024 by 700 window the toolbar wraps to show every control, and Add report") {
    HarnessOptions options;
    options.width = 1024;
    options.height = 700;
    UiHarness ui(options);
    openChart(ui);
    REQUIRE_FALSE(cards(ui).empty());
    ui.clickItem(cards(ui)[0]);
    for (const char* label : {"Add person", "Export chart as PNG", "Zoom in", "Fit to view",
                              "Filter by finding", "Add report"}) {
        const RegisteredItem* item = ui.find(label);
        REQUIRE_MESSAGE(item, label);
        CHECK_MESSAGE(item->x + item->w <= 1024 - 8, label << " is cut off at the right");
        CHECK_MESSAGE(item->y + item->h <= 700, label << " is below the window");
    }
}

namespace {

double luminance(const ImVec4& c) {
    auto channel = [](float v) {
        return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(c.x) + 0.7152 * channel(c.y) + 0.0722 * channel(c.z);
}

double contrast(const ImVec4& a, const ImVec4& b) {
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

void checkStrengthColours(const char* theme) {
    using keystone::ui::palette;
    using keystone::ui::strengthColour;
    const ImVec4 window = ImGui::GetStyleColorVec4(ImGuiCol_WindowBg);
    for (int level = 1; level <= 5; ++level) {
        const ImVec4 colour = strengthColour(level);
        CHECK_MESSAGE(contrast(colour, palette().surface) >= 3.0,
                      theme << ": strength " << level << " on a card or table row");
        CHECK_MESSAGE(contrast(colour, window) >= 3.0,
                      theme << ": strength " << level << " on the window");
        for (int other = level + 1; other <= 5; ++other) {
            const ImVec4 b = strengthColour(other);
            const float apart = std::max(
                {std::abs(colour.x - b.x), std::abs(colour.y - b.y), std::abs(colour.z - b.z)});
            CHECK_MESSAGE(apart > 0.1f,
                          theme << ": strengths " << level << " and " << other << " look alike");
        }
    }
}

}  // namespace

TEST_CASE("each relationship strength has its own colour, readable in both themes") {
    UiHarness ui;
    checkStrengthColours("light");
    ui.click("Dark theme");
    ui.frame(2);
    checkStrengthColours("dark");
}
