// The org chart with the keyboard alone (src/ui/org_chart/org_chart_keyboard.cpp): the arrow
// keys walk the reporting tree, Enter edits the person, Delete removes them, Ctrl+Shift+arrows
// and "Move under..." (M) change their manager as one undo step, a cycle is refused; and the
// chart is a tree of treeitems, with levels, to a screen reader.
//
// The built-in sample has two trees: the CEO's (the largest) and one person at the top on
// their own. Expectations are read from the plan, not written out by name.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "stakeholder_json.h"
#include "ui/shell/accessibility_mirror.h"
#include "ui/shell/item_registry.h"
#include "ui/shell/view_state.h"
#include "ui_harness.h"

using keystone::test::Ctrl;
using keystone::test::Key;
using keystone::test::personNamed;
using keystone::test::personWithId;
using keystone::test::Shift;
using keystone::test::UiHarness;
using keystone::ui::RegisteredItem;
using keystone::ui::Role;
using keystone::ui::Toggle;
using nlohmann::json;

namespace {

const int kCtrlShift = Ctrl | Shift;

// The Stakeholders tab's chart, with the canvas holding the keyboard (a click on empty space,
// which also clears the selection).
void focusChart(UiHarness& ui) {
    ui.setScrollPoint(1060, 560);
    ui.click("Stakeholders");
    ui.frame(3);
    const RegisteredItem canvas = *ui.find("Org chart canvas");
    std::vector<RegisteredItem> cards;
    for (const RegisteredItem& item : ui.items())
        if (item.label.rfind("Card: ", 0) == 0) cards.push_back(item);
    for (float y = canvas.y + 20; y < canvas.y + canvas.h - 80; y += 15)
        for (float x = canvas.x + 20; x < canvas.x + canvas.w - 20; x += 15) {
            bool free = true;
            for (const RegisteredItem& r : cards)
                if (x >= r.x - 6 && x <= r.x + r.w + 6 && y >= r.y - 6 && y <= r.y + r.h + 6)
                    free = false;
            if (free) {
                ui.clickAt(x, y);
                REQUIRE_FALSE(ui.readout("Selected"));
                return;
            }
        }
    FAIL("no empty spot on the canvas");
}

json people(UiHarness& ui) { return ui.plan().at("stakeholders"); }

std::string managerOf(const json& person) { return person.value("managerId", ""); }

// Reports of `id` ("" = the people at the top), in plan order: the chart's order.
std::vector<json> reportsOf(const json& all, const std::string& id) {
    std::vector<json> out;
    for (const json& p : all)
        if (managerOf(p) == id) out.push_back(p);
    return out;
}

std::string selected(const UiHarness& ui) { return ui.readout("Selected").value_or(""); }

// The card items the registry holds, by the person's name.
const RegisteredItem* cardItem(const UiHarness& ui, const std::string& name) {
    return ui.find("Card: " + name);
}

}  // namespace

TEST_CASE("the arrow keys walk the chart: down to a report, across to peers, up to the manager") {
    UiHarness ui;
    focusChart(ui);
    const json all = people(ui);
    const std::vector<json> top = reportsOf(all, "");
    REQUIRE(top.size() >= 2);

    ui.press(Key::Down);  // nobody selected: the top of the largest tree
    const json boss = personNamed(all, selected(ui));
    REQUIRE_MESSAGE(boss.is_object(), "someone is selected");
    CHECK(managerOf(boss) == "");
    const std::vector<json> reports = reportsOf(all, boss.at("id"));
    REQUIRE(reports.size() >= 3);

    ui.press(Key::Down);
    CHECK_MESSAGE(selected(ui) == reports[0].at("name"), "Down: the first report");
    ui.press(Key::Right);
    CHECK_MESSAGE(selected(ui) == reports[1].at("name"), "Right: the next peer");
    ui.press(Key::Right);
    CHECK(selected(ui) == reports[2].at("name"));
    ui.press(Key::Left);
    CHECK_MESSAGE(selected(ui) == reports[1].at("name"), "Left: the previous peer");
    const std::vector<json> below = reportsOf(all, reports[1].at("id"));
    REQUIRE_FALSE(below.empty());
    ui.press(Key::Down);
    CHECK(selected(ui) == below[0].at("name"));
    ui.press(Key::Up);
    ui.press(Key::Up);
    CHECK_MESSAGE(selected(ui) == boss.at("name"), "Up twice: back to the top");
    ui.press(Key::Up);
    CHECK_MESSAGE(selected(ui) == boss.at("name"), "nobody above the top: nothing moves");

    // At the top, the trees' first people are neighbours.
    size_t at = 0;
    while (top[at].at("id") != boss.at("id")) ++at;
    ui.press(at + 1 < top.size() ? Key::Right : Key::Left);
    CHECK(selected(ui) == top[at + 1 < top.size() ? at + 1 : at - 1].at("name"));
    CHECK_MESSAGE(ui.plan().at("stakeholders") == all, "walking changes nothing");
}

TEST_CASE("the chart's keyboard card is brought into view and has the focus") {
    keystone::test::HarnessOptions small;
    small.width = 1024;
    small.height = 700;
    UiHarness ui(small);
    focusChart(ui);
    ui.press(Key::Down);
    const std::string boss = selected(ui);
    const json all = people(ui);
    const std::vector<json> reports = reportsOf(all, personNamed(all, boss).at("id"));
    for (size_t i = 1; i < reports.size(); ++i) ui.press(i == 1 ? Key::Down : Key::Right);
    ui.press(Key::Right);  // the last of a wide row: off screen at first on this window
    const std::string last = reports.back().at("name");
    REQUIRE(selected(ui) == last);
    const RegisteredItem* card = cardItem(ui, last);
    const RegisteredItem* canvas = ui.find("Org chart canvas");
    REQUIRE(card);
    REQUIRE(canvas);
    CHECK_MESSAGE(card->x >= canvas->x, "the card's left edge is on the canvas");
    CHECK_MESSAGE(card->x + card->w <= canvas->x + canvas->w, "its right edge too");
    CHECK(card->y >= canvas->y);
    CHECK(card->y + card->h <= canvas->y + canvas->h);
    CHECK_MESSAGE(keystone::ui::itemRegistry().focusedId() == card->id,
                  "a screen reader is told the keyboard is on the card");
}

TEST_CASE("the chart is a tree to a screen reader: treeitems named with a title, level, state") {
    UiHarness ui;
    focusChart(ui);
    ui.press(Key::Down);
    ui.press(Key::Down);  // the CEO's first report
    const json all = people(ui);
    const json report = personNamed(all, selected(ui));
    const json boss = personWithId(all, managerOf(report));
    const RegisteredItem* canvas = ui.find("Org chart canvas");
    REQUIRE(canvas);
    CHECK(canvas->accessible.role == Role::Tree);
    CHECK(canvas->accessible.name == "Org chart");

    int items = 0;
    for (const RegisteredItem& item : ui.items()) {
        if (item.accessible.role != Role::TreeItem) continue;
        ++items;
        CHECK_MESSAGE(item.container == canvas->id, item.label << " is inside the tree");
        const json person = personNamed(all, item.label.substr(6));
        REQUIRE_MESSAGE(person.is_object(), item.label);
        int level = 1;
        for (json up = person; managerOf(up) != ""; up = personWithId(all, managerOf(up))) ++level;
        CHECK_MESSAGE(item.accessible.level == level, item.label);
        const std::string title = person.value("title", "");
        CHECK(item.accessible.name == (title.empty()
                                           ? person.at("name").get<std::string>()
                                           : person.at("name").get<std::string>() + ", " + title));
        CHECK(item.accessible.expanded ==
              (reportsOf(all, person.at("id")).empty() ? Toggle::None : Toggle::On));
        CHECK(item.accessible.selected == (person.at("id") == report.at("id")));
    }
    CHECK_MESSAGE(items >= 5, "the cards on screen are tree items");
    ui.press(Key::Up);  // the top of the chart, brought into view
    const RegisteredItem* bossCard = cardItem(ui, boss.at("name"));
    REQUIRE(bossCard);
    CHECK(bossCard->accessible.level == 1);
    CHECK(bossCard->accessible.expanded == Toggle::On);
    CHECK(bossCard->accessible.selected);
    ui.press(Key::Down);

    // What the page's mirror is sent (a11y_mirror.js turns it into aria-level, aria-expanded
    // and aria-selected).
    const json tree = json::parse(keystone::ui::accessibilityTreeJson(keystone::ui::itemRegistry(),
                                                                      ui.session().view().notices));
    json sent;
    for (const json& item : tree.at("items"))
        if (item.at("role") == "treeitem" &&
            item.at("name").get<std::string>().rfind(report.at("name").get<std::string>(), 0) == 0)
            sent = item;
    REQUIRE(sent.is_object());
    CHECK(sent.at("level") == 2);
    CHECK(sent.at("selected") == true);
    CHECK(sent.at("focused") == true);
    CHECK(sent.at("container") == canvas->id);
    CHECK(sent.value("expanded", false) == !reportsOf(all, report.at("id")).empty());
}

TEST_CASE("Ctrl+Shift+Up makes the person report to their manager's manager, as one undo step") {
    UiHarness ui;
    focusChart(ui);
    const json before = people(ui);
    for (int i = 0; i < 3; ++i) ui.press(Key::Down);  // a third-level person
    const json person = personNamed(before, selected(ui));
    const json manager = personWithId(before, managerOf(person));
    REQUIRE(managerOf(manager) != "");
    const size_t steps = ui.workspace().history().undoDepth();

    ui.press(Key::Up, kCtrlShift);
    CHECK(managerOf(personWithId(people(ui), person.at("id"))) == managerOf(manager));
    CHECK_MESSAGE(selected(ui) == person.at("name"), "the person stays selected");
    CHECK(ui.workspace().history().undoDepth() == steps + 1);

    ui.press(Key::Z, Ctrl);
    CHECK_MESSAGE(people(ui) == before, "one undo puts everything back");
}

TEST_CASE("Ctrl+Shift+Right makes the person report to the peer on their right") {
    UiHarness ui;
    focusChart(ui);
    const json before = people(ui);
    ui.press(Key::Down);
    ui.press(Key::Down);
    const json person = personNamed(before, selected(ui));
    const std::vector<json> peers = reportsOf(before, managerOf(person));
    REQUIRE(peers.size() >= 2);
    REQUIRE(peers[0].at("id") == person.at("id"));
    ui.press(Key::Right, kCtrlShift);
    CHECK(managerOf(personWithId(people(ui), person.at("id"))) == peers[1].at("id"));
    ui.press(Key::Left, kCtrlShift);  // nobody on the left among the new peers: no change
    ui.press(Key::Z, Ctrl);
    CHECK(people(ui) == before);
}

TEST_CASE("Move under: M, the arrow keys to the new manager, Enter; one undo step") {
    UiHarness ui;
    focusChart(ui);
    const json before = people(ui);
    for (int i = 0; i < 3; ++i) ui.press(Key::Down);
    const json person = personNamed(before, selected(ui));
    const size_t steps = ui.workspace().history().undoDepth();
    ui.press(Key::M);
    CHECK_MESSAGE(
        ui.labelStartingWith("Chart move: Moving " + person.at("name").get<std::string>()),
        "the chart says what the keys now do");
    ui.press(Key::Up);
    ui.press(Key::Right);  // the manager's neighbour
    const json target = personNamed(before, selected(ui));
    REQUIRE(target.is_object());
    REQUIRE(target.at("id") != managerOf(person));
    CHECK_MESSAGE(people(ui) == before, "picking changes nothing yet");
    ui.press(Key::Enter);
    CHECK(managerOf(personWithId(people(ui), person.at("id"))) == target.at("id"));
    CHECK(ui.workspace().history().undoDepth() == steps + 1);
    CHECK_MESSAGE(selected(ui) == person.at("name"), "the moved person is selected again");
    CHECK_FALSE(ui.labelStartingWith("Chart move:"));
    ui.press(Key::Z, Ctrl);
    CHECK(people(ui) == before);
}

TEST_CASE("a keyboard move under one's own report is refused with the message, changing nothing") {
    UiHarness ui;
    focusChart(ui);
    const json before = people(ui);
    ui.press(Key::Down);
    ui.press(Key::Down);  // a manager with reports of their own
    const json person = personNamed(before, selected(ui));
    REQUIRE_FALSE(reportsOf(before, person.at("id")).empty());
    const size_t steps = ui.workspace().history().undoDepth();
    ui.press(Key::M);
    ui.press(Key::Down);  // their own report
    ui.press(Key::Enter);
    const auto message = ui.readout("Chart message");
    CHECK_MESSAGE((message && message->find("cannot report to") != std::string::npos),
                  "the existing message explains");
    CHECK(people(ui) == before);
    CHECK(ui.workspace().history().undoDepth() == steps);
    CHECK(selected(ui) == person.at("name"));
}

TEST_CASE("Escape during a move cancels it, and the arrow keys still walk the chart") {
    UiHarness ui;
    focusChart(ui);
    const json before = people(ui);
    ui.press(Key::Down);
    ui.press(Key::Down);
    const std::string person = selected(ui);
    ui.press(Key::M);
    ui.press(Key::Right);
    REQUIRE(selected(ui) != person);
    ui.press(Key::Escape);
    CHECK_FALSE(ui.labelStartingWith("Chart move:"));
    ui.press(Key::Left);
    CHECK_MESSAGE(selected(ui) == person, "the chart kept the keyboard");
    CHECK(people(ui) == before);
    ui.press(Key::Escape);  // with no move, Escape leaves the chart: the arrows move on
    ui.press(Key::Right);
    CHECK_MESSAGE(selected(ui) == person, "Right went to the side panel, not to a peer");
    const unsigned focus = keystone::ui::itemRegistry().focusedId();
    const RegisteredItem* canvas = ui.find("Org chart canvas");
    REQUIRE(canvas);
    CHECK(focus != 0);
    CHECK_MESSAGE(focus != canvas->id, "the keyboard did not come straight back to the chart");
    for (const RegisteredItem& item : ui.items())
        if (item.id == focus) CHECK(item.accessible.role != Role::TreeItem);
}

TEST_CASE("Enter puts the keyboard in the selected person's Name field") {
    UiHarness ui;
    focusChart(ui);
    ui.press(Key::Down);
    ui.press(Key::Down);
    const json person = personNamed(people(ui), selected(ui));
    ui.press(Key::Enter);
    ui.frame(2);
    const RegisteredItem* field = ui.find("Name");
    REQUIRE(field);
    CHECK_MESSAGE(keystone::ui::itemRegistry().focusedId() == field->id,
                  "the Name field has the keyboard");
    ui.press(Key::A, Ctrl);
    ui.type("Renamed by keyboard");
    ui.press(Key::Enter);
    CHECK(personWithId(people(ui), person.at("id")).at("name") == "Renamed by keyboard");
}

TEST_CASE("Delete removes the selected person as one undo step; the keyboard goes to the manager") {
    UiHarness ui;
    focusChart(ui);
    const json before = people(ui);
    for (int i = 0; i < 3; ++i) ui.press(Key::Down);
    const json person = personNamed(before, selected(ui));
    const json manager = personWithId(before, managerOf(person));
    ui.press(Key::Delete);
    CHECK_FALSE(personWithId(people(ui), person.at("id")).is_object());
    CHECK(people(ui).size() == before.size() - 1);
    CHECK_MESSAGE(selected(ui) == manager.at("name"), "the manager is selected next");
    ui.press(Key::Z, Ctrl);
    CHECK(people(ui) == before);
}

TEST_CASE("Space on the focused chart is not a click: the selection stays") {
    UiHarness ui;
    focusChart(ui);
    ui.press(Key::Down);
    const std::string person = selected(ui);
    ui.press(Key::Space);
    CHECK(selected(ui) == person);
}

TEST_CASE("Shift+F10 opens the card's menu for the keyboard's card, with Move under") {
    UiHarness ui;
    focusChart(ui);
    ui.press(Key::Down);
    const std::string person = selected(ui);
    CHECK_FALSE(ui.shows("Move under..."));
    ui.press(Key::F10, Shift);
    ui.frame(2);
    CHECK_MESSAGE(ui.shows("Move under..."), "the card's menu is open");
    ui.press(Key::Escape);
    ui.frame(2);
    CHECK_FALSE(ui.shows("Move under..."));
    ui.press(Key::Menu);  // the Menu key does the same
    ui.frame(2);
    ui.click("Move under...");
    CHECK_MESSAGE(ui.labelStartingWith("Chart move: Moving " + person), "the menu was the card's");
}

TEST_CASE("a card focused from the mirror selects the person and gives the chart the keyboard") {
    UiHarness ui;
    focusChart(ui);
    const json all = people(ui);
    const RegisteredItem* card = nullptr;
    for (const RegisteredItem& item : ui.items())
        if (item.accessible.role == Role::TreeItem) card = &item;
    REQUIRE(card);
    const std::string name = card->label.substr(6);
    const unsigned id = card->id;
    ui.session().accessibilityMirror().requestFocus(id, false);  // a screen reader's cursor
    ui.frame(3);
    CHECK(selected(ui) == name);
    CHECK(keystone::ui::itemRegistry().focusedId() == id);
    ui.press(Key::Up);  // the arrows walk the chart from there
    CHECK(selected(ui) == personWithId(all, managerOf(personNamed(all, name))).value("name", name));
}
