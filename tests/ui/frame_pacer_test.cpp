// Drawing on demand (src/app/frame_pacer.h): the pacer's decisions, and the real UI's part
// of the bargain — left alone it settles into a picture that does not change and has
// nothing due, so the browser build can sleep at zero frames per second.
#include <doctest/doctest.h>

#include "app/frame_pacer.h"
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
        const auto before = ui.picture();
        ui.frame();
        const double now = ui.platform().nowMs;
        const NextFrame next = pacer.afterFrame({.pictureChanged = ui.picture() != before,
                                                 .nowMs = now,
                                                 .deadlineMs = ui.session().nextDeadlineMs(now)});
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
