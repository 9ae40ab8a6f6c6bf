// Drawing on demand (src/app/frame_pacer.h): the pacer's decisions, and the real UI's part
// of the bargain — left alone it settles into a picture that does not change and has
// nothing due, so the browser build can sleep at zero frames per second.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "app/frame_pacer.h"
#include "core/csv/contacts_csv.h"
#include "ui/shell/notices.h"
#include "ui_harness.h"

using keystone::app::FramePacer;
using keystone::app::NextFrame;
using keystone::test::UiHarness;

namespace {

NextFrame unchangedFrame(FramePacer& pacer, double deadlineMs = -1, bool inputHeld = false) {
    return pacer.afterFrame(
        {.pictureChanged = false, .inputHeld = inputHeld, .nowMs = 1000, .deadlineMs = deadlineMs});
}

// Runs frames the way the browser build schedules them (timer waits become frames, the
// harness clock moving on) until the pacer would let the app sleep with nothing due.
// Returns the frames it took, or -1 when the app never went to sleep.
int framesUntilAsleep(UiHarness& ui, int limit = 600) {
    FramePacer pacer;
    for (int frames = 1; frames <= limit; ++frames) {
        const NextFrame next = ui.pacedFrame(pacer);
        // A storage write or other completion still to come wakes the browser build.
        const bool completionComing = ui.platform().hasPending();
        if (!next.immediately && next.atMs < 0 && !completionComing) return frames;
    }
    return -1;
}

}  // namespace

TEST_CASE("the pacer draws until the picture settles, then sleeps until woken") {
    FramePacer pacer;
    CHECK(pacer.afterFrame({.pictureChanged = true, .nowMs = 1000}).immediately);
    for (int settling = 0; settling < FramePacer::kSettleFrames - 1; ++settling)
        CHECK(unchangedFrame(pacer).immediately);
    const NextFrame asleep = unchangedFrame(pacer);
    CHECK_FALSE(asleep.immediately);
    CHECK(asleep.atMs < 0);
    CHECK_FALSE(unchangedFrame(pacer).immediately);

    pacer.wake();  // input arrived
    CHECK(unchangedFrame(pacer).immediately);
}

TEST_CASE("the pacer draws on while ImGui is still laying out, even with the picture unchanged") {
    FramePacer pacer;
    for (int i = 0; i < 5; ++i) unchangedFrame(pacer);
    pacer.wake();  // a click: the press frame, then the release opens a pop-up
    CHECK(unchangedFrame(pacer).immediately);
    // The pop-up measures itself hidden, so this frame draws what the last one drew.
    CHECK(pacer.afterFrame({.layoutSettling = true, .nowMs = 1000}).immediately);
    CHECK(pacer.afterFrame({.pictureChanged = true, .nowMs = 1000}).immediately);  // shown
    for (int settling = 0; settling < FramePacer::kSettleFrames - 1; ++settling)
        CHECK(unchangedFrame(pacer).immediately);
    CHECK_FALSE(unchangedFrame(pacer).immediately);
}

TEST_CASE("the pacer keeps drawing while input is held, and wakes for what is due") {
    FramePacer pacer;
    for (int i = 0; i < 5; ++i) unchangedFrame(pacer);
    CHECK(unchangedFrame(pacer, -1, /*inputHeld=*/true).immediately);
    const NextFrame timer = unchangedFrame(pacer, 1250);
    CHECK_FALSE(timer.immediately);
    CHECK(timer.atMs == 1250);
    CHECK(unchangedFrame(pacer, 900).immediately);  // already due

    pacer.setContinuous(true);
    CHECK(unchangedFrame(pacer).immediately);
}

TEST_CASE("left alone, the app settles into an unchanging picture with nothing due") {
    UiHarness ui;
    REQUIRE(framesUntilAsleep(ui) > 0);  // ImGui writes its layout 5 s after a change
    const auto settled = ui.picture();
    ui.frame(3);
    CHECK(ui.picture() == settled);

    // Every view settles too, so no screen keeps the laptop busy.
    for (const char* view :
         {"Overview", "Qualification", "Plan", "Opportunities", "Pricing", "Whitespace",
          "Competition", "Risks", "Metrics", "Health", "Stakeholders", "Portfolio overview"}) {
        INFO(view);
        REQUIRE_MESSAGE(ui.shows(view), ui.describe());
        ui.click(view);
        CHECK(framesUntilAsleep(ui) > 0);
        const auto picture = ui.picture();
        ui.frame(3);
        CHECK(ui.picture() == picture);
    }
}

TEST_CASE("hovering a button changes the picture, so its highlight is drawn") {
    UiHarness ui;
    ui.frame(5);
    const auto before = ui.picture();
    const auto* tab = ui.find("Plan");
    REQUIRE(tab);
    ui.moveMouse(tab->x + tab->w / 2, tab->y + tab->h / 2);
    ui.frame(2);
    CHECK(ui.picture() != before);
}

TEST_CASE("an edit asks for a frame when autosave is due, and none once it is written") {
    UiHarness ui;
    REQUIRE(framesUntilAsleep(ui) > 0);
    ui.click("Qualification");
    ui.click("Scoring framework");
    ui.typeInto("Industry: Finance, Healthcare or Technology", "300");
    const double now = ui.platform().nowMs;
    const double due = ui.session().nextDeadlineMs(now);
    CHECK(due > now - 1);
    CHECK(due <= now + keystone::app::Autosave::kMaxDelayMs);
    REQUIRE(framesUntilAsleep(ui) > 0);
    CHECK(ui.shows("Saved"));
}

TEST_CASE("a notice asks for the frame that takes it away") {
    UiHarness ui;
    REQUIRE(framesUntilAsleep(ui) > 0);
    keystone::ui::postNotice(ui.view().notices, keystone::ui::NoticeKind::Info, "Imported Contoso");
    ui.frame();
    const double shownAt = ui.platform().nowMs;
    const double expiry = ui.session().nextDeadlineMs(shownAt);
    CHECK(expiry > shownAt);
    CHECK(expiry < shownAt + 6000);
    REQUIRE(framesUntilAsleep(ui) > 0);
    CHECK(ui.latestNotice().empty());
}

TEST_CASE("while a field is being edited, the caret's next blink is due within a blink") {
    UiHarness ui;
    ui.click("Account name");
    ui.frame();
    const double now = ui.platform().nowMs;
    const double blink = ui.session().nextDeadlineMs(now);
    CHECK(blink > now);
    CHECK(blink <= now + 1200);
}

// The page draws only on demand, and a combo's list measures itself in a frame where it is
// not drawn: the page must not go idle on that frame, or keystone.ui.items() and the
// accessibility mirror are left with the one option that frame did not clip.
TEST_CASE("a combo opened with a click is drawn with every option named when the page goes idle") {
    UiHarness ui;
    ui.click("Stakeholders");
    ui.platform().filesToChoose.push_back({"contacts.csv", "Name,Title\r\nAna Silva,Buyer\r\n"});
    ui.click("Import contacts (CSV)");
    ui.frame(3);
    REQUIRE_MESSAGE(ui.find("Imports as: Title"), ui.describe());
    const keystone::ui::RegisteredItem combo = *ui.find("Imports as: Title");
    const float x = combo.x + combo.w / 2, y = combo.y + combo.h / 2;
    ui.moveMouse(x, y);
    ui.framesUntilIdle();
    const auto closed = ui.picture();

    ui.clickAsPage(x, y);
    CHECK(ui.picture() != closed);  // the list is on the canvas

    std::vector<keystone::ui::RegisteredItem> options;
    const keystone::ui::RegisteredItem* list = nullptr;
    for (const auto& item : ui.items()) {
        if (item.accessible.role == keystone::ui::Role::ListBox) list = &item;
        if (item.accessible.role == keystone::ui::Role::Option) options.push_back(item);
    }
    REQUIRE(list);
    REQUIRE(options.size() == static_cast<size_t>(keystone::kContactFieldCount));
    int labelled = 0;
    for (int i = 0; i < keystone::kContactFieldCount; ++i) {
        const auto& option = options[static_cast<size_t>(i)];
        INFO("option " << i << ": " << option.accessible.name);
        // A screen reader hears every option, scrolled into the list or not.
        CHECK(option.container == list->id);
        CHECK(option.accessible.name ==
              std::string(keystone::contactFieldLabel(keystone::contactFieldAt(i))));
        if (option.label.empty()) continue;
        // What the list shows is labelled where it is drawn, so tests can click it.
        ++labelled;
        CHECK(option.label == option.accessible.name);
        CHECK(option.y >= list->y);
        CHECK(option.y + option.h <= list->y + list->h);
    }
    CHECK(labelled >= 8);  // ImGui's regular combo height: eight options, then a scroll bar

    const std::vector<keystone::ui::RegisteredItem> unit = ui.findEvery("Business unit");
    REQUIRE_MESSAGE(!unit.empty(), ui.describe());
    ui.clickAsPage(unit.back().x + unit.back().w / 2, unit.back().y + unit.back().h / 2);
    bool shown = false;  // the readout names the combo drawn under it
    for (const auto& item : ui.items())
        if (item.accessible.role == keystone::ui::Role::ComboBox && item.x == combo.x &&
            item.y == combo.y)
            shown = item.accessible.value == "Business unit";
    CHECK(shown);
}
