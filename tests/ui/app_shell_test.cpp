// The shell around every view: first visit and undo. (The undo case moved from
// tests/browser/app_shell.test.mjs; canvas, DPR, IME and clipboard cases stay there.)
#include <doctest/doctest.h>

#include "ui_harness.h"

using keystone::test::Ctrl;
using keystone::test::Key;
using keystone::test::Shift;
using keystone::test::UiHarness;

namespace {

std::string accountName(UiHarness& ui) { return ui.workspace().portfolio().accounts.at(0).name; }

}  // namespace

TEST_CASE("a first visit opens the built-in sample account, dated from the injected today") {
    UiHarness ui;
    REQUIRE(ui.workspace().portfolio().accounts.size() == 1);
    CHECK(ui.workspace().selectedAccountId() == ui.workspace().portfolio().accounts[0].id);
    CHECK(ui.workspace().today == "2026-11-24");
    CHECK_MESSAGE(ui.shows("Stakeholders"), "the plan tabs are on screen");
}

TEST_CASE("an edit is undone by the Undo button and by Ctrl+Z, and redone by Ctrl+Shift+Z") {
    UiHarness ui;
    const std::string original = accountName(ui);
    ui.click("Account name");
    ui.press(Key::End);
    ui.type(" Group");
    CHECK(accountName(ui) == original + " Group");
    ui.click("Stakeholders");  // leave the field so the shortcut reaches the app
    ui.click("Undo");
    CHECK_MESSAGE(accountName(ui) == original, "the whole typing run is one undo step");
    ui.click("Stakeholders");  // undo went back to Overview; away again, off any field
    ui.press(Key::Z, Ctrl | Shift);
    CHECK(accountName(ui) == original + " Group");
    ui.press(Key::Z, Ctrl);
    CHECK(accountName(ui) == original);
}
