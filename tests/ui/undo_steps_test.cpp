// Undo and redo never change something out of sight: they go back to the account and plan
// section where the step was made and say what they did (issue 13).
#include <doctest/doctest.h>

#include <string>

#include "ui_harness.h"

using keystone::test::Ctrl;
using keystone::test::Key;
using keystone::test::Shift;
using keystone::test::UiHarness;

namespace {

bool sectionShown(const UiHarness& ui, const std::string& section) {
    const keystone::ui::RegisteredItem* tab = ui.find(section);
    return tab && tab->accessible.selected;
}

}  // namespace

TEST_CASE(
    "Ctrl+Z on another section goes back to the edit it undoes and says so; Ctrl+Shift+Z too") {
    UiHarness ui;
    const std::string original = ui.plan()["name"];
    ui.click("Account name");
    ui.press(Key::End);
    ui.type(" EMEA");
    ui.press(Key::Enter);
    ui.click("Pricing");
    ui.frame(2);
    REQUIRE(sectionShown(ui, "Pricing"));

    ui.press(Key::Z, Ctrl);
    ui.frame(3);
    CHECK(ui.plan()["name"] == original);
    CHECK_MESSAGE(sectionShown(ui, "Overview"), "the rep sees the field that changed back");
    CHECK(ui.latestNotice() == "Undid: Account name " + original + " \u2192 " + original + " EMEA");

    ui.click("Risks");
    ui.frame(2);
    ui.press(Key::Z, Ctrl | Shift);
    ui.frame(3);
    CHECK(ui.plan()["name"] == original + " EMEA");
    CHECK(sectionShown(ui, "Overview"));
    CHECK(ui.latestNotice() == "Redid: Account name " + original + " \u2192 " + original + " EMEA");
    CHECK_MESSAGE(ui.view().notices.shown.size() == 1, "one notice for a run of steps");
}

TEST_CASE("undoing an edit of another account opens that account") {
    UiHarness ui;
    const std::string first = ui.workspace().selectedAccountId();
    ui.click("Industry");
    ui.press(Key::End);
    ui.type(" and Rail");
    ui.press(Key::Enter);
    ui.click("Portfolio overview");
    ui.click("New account");
    ui.frame(3);
    CHECK_MESSAGE(sectionShown(ui, "Overview"), "a new account opens on Overview");
    ui.click("Competition");
    ui.frame(2);
    ui.press(Key::Z, Ctrl);  // undoes creating the new account
    ui.frame(3);
    CHECK(ui.latestNotice() == "Undid: Create account");
    CHECK_MESSAGE(ui.workspace().selectedAccountId().empty(), "it was made on the portfolio");
    ui.press(Key::Z, Ctrl);  // then the industry edit on the first account
    ui.frame(3);
    CHECK(ui.workspace().selectedAccountId() == first);
    CHECK(sectionShown(ui, "Overview"));
    CHECK(ui.latestNotice().rfind("Undid: Industry ", 0) == 0);
    CHECK(ui.latestNotice().find(" and Rail") != std::string::npos);
}

TEST_CASE("the undo notice names the field and its values as the rep sees them") {
    UiHarness ui;
    REQUIRE(ui.plan()["renewalDate"] == "2027-03-31");
    ui.typeInto("Renewal date", "2027-06-30");
    ui.click("Risks");
    ui.press(Key::Z, Ctrl);
    ui.frame(3);
    CHECK(ui.latestNotice() == "Undid: Renewal date 2027-03-31 \u2192 2027-06-30");
    CHECK(sectionShown(ui, "Overview"));
    const keystone::ui::RegisteredItem* outline = ui.find("Changed by undo: Renewal date");
    const keystone::ui::RegisteredItem* field = ui.find("Renewal date");
    REQUIRE_MESSAGE(outline, "the field the undo changed is outlined");
    REQUIRE(field);
    CHECK(outline->x < field->x);
    CHECK(outline->x + outline->w > field->x + field->w);
    CHECK(outline->y < field->y);
    ui.click("Currency");
    ui.press(Key::Escape);
    CHECK_MESSAGE(!ui.shows("Changed by undo: Renewal date"), "the next click ends the outline");

    ui.typeInto("Current ARR", "2M");
    ui.press(Key::Z, Ctrl);
    ui.frame(3);
    CHECK(ui.latestNotice() == "Undid: Current ARR $1,850,000 \u2192 $2,000,000");

    ui.click("Budget cycle");
    ui.press(Key::A, Ctrl);
    ui.press(Key::Backspace);
    ui.press(Key::Enter);
    ui.press(Key::Z, Ctrl);
    ui.frame(3);
    CHECK(ui.latestNotice().find("\u2192 (empty)") != std::string::npos);
}
