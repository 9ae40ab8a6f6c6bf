// UiHarness: the real Keystone UI, natively, with no window and no renderer.
//
// It runs what App::frame runs (src/app/app.cpp) — the shell, the import-merge preview,
// notices, autosave — on a Dear ImGui context whose draw data is thrown away, against the
// in-memory platform (src/platform/memory). Tests drive it the way tests/browser/harness.mjs
// drives Chromium: they find widgets by label in ui::itemRegistry(), move the mouse there,
// press and release on separate frames, type, and press key chords; then they check the
// model, the exported plan and what is shown.
//
// Time never comes from this computer: "today" and "now" are options, and the monotonic
// clock moves on by one 60 Hz frame per frame.
#pragma once

#include <nlohmann/json.hpp>

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "app/frame_pacer.h"
#include "app/session.h"
#include "core/editing/workspace.h"
#include "platform/memory/memory_platform.h"
#include "ui/shell/item_registry.h"

namespace keystone::test {

// Keys by SDL scancode: the key indices the web build's backend (imgui_impl_sdl) uses, and
// so the ones panels test for (org_chart_canvas.cpp's zoom keys, for example).
enum class Key : int {
    A = 4,
    C = 6,
    F = 9,
    M = 16,
    V = 25,
    X = 27,
    Y = 28,
    Z = 29,
    Digit0 = 39,
    Enter = 40,
    Escape = 41,
    Backspace = 42,
    Tab = 43,
    Space = 44,
    Minus = 45,
    Equals = 46,
    F10 = 67,
    Home = 74,
    PageUp = 75,
    Delete = 76,
    End = 77,
    PageDown = 78,
    Right = 79,
    Left = 80,
    Down = 81,
    Up = 82,
    KeypadMinus = 86,
    KeypadPlus = 87,
    Menu = 101,  // the context-menu (Application) key
};

enum Modifier : int { NoModifier = 0, Ctrl = 1, Shift = 2, Alt = 4 };

struct HarnessOptions {
    float width = 1280, height = 800;  // CSS pixels
    float devicePixelRatio = 1;
    std::string today = "2026-11-24";          // the rep's calendar date
    std::string now = "2026-11-24T10:15:00Z";  // what edits are stamped with
    // Runs on the fresh platform before the app starts: put saved plans or settings there.
    // Left empty, the app starts as on a first visit, with the built-in sample account.
    std::function<void(platform::MemoryPlatform&)> beforeStartup;
};

// Thrown when a verb cannot find its widget; doctest reports it as the test's failure.
struct WidgetNotFound : std::runtime_error {
    using std::runtime_error::runtime_error;
};

class UiHarness {
public:
    explicit UiHarness(HarnessOptions options = {});
    ~UiHarness();
    UiHarness(const UiHarness&) = delete;
    UiHarness& operator=(const UiHarness&) = delete;

    // ---- Frames and what they showed --------------------------------------------------
    void frame(int count = 1);
    const std::vector<ui::RegisteredItem>& items() const;
    // The first widget whose visible label, full "label##id", or label without icon glyphs
    // is `label` (web/app.js keystone.ui.find); nullptr when none is on screen.
    const ui::RegisteredItem* find(const std::string& label) const;
    bool shows(const std::string& label) const { return find(label) != nullptr; }
    // Every widget find() would match, in drawing order.
    std::vector<ui::RegisteredItem> findEvery(const std::string& label) const;
    // Every widget whose full label is exactly `fullLabel`, in drawing order.
    std::vector<ui::RegisteredItem> findAll(const std::string& fullLabel) const;
    // The value of a figure published as "<caption>: <value>" (ui::exposeReadout); nullopt
    // when none is shown.
    std::optional<std::string> readout(const std::string& caption) const;
    // The last frame's labelled widgets, one a line ("label##id @ x,y wxh"): for failure messages.
    std::string describe() const;
    // A label starting with `prefix`, whole; nullopt when none.
    std::optional<std::string> labelStartingWith(const std::string& prefix) const;

    // ---- Input, as a rep gives it -----------------------------------------------------
    // Hover one frame, press one frame, release one frame (ImGui only takes a press on the
    // item hovered the frame before), then let the UI settle. Scrolls the widget into view
    // first, like harness.mjs reveal().
    void click(const std::string& label);
    void clickItem(const ui::RegisteredItem& item);
    void clickAt(float x, float y, int button = 0);
    void rightClick(const std::string& label);
    // Press, move in four steps a frame apart (ImGui samples the pointer once a frame),
    // release: as harness tests drag with a real mouse.
    void drag(float fromX, float fromY, float toX, float toY);
    void doubleClick(const std::string& label);
    // Click the field, select all, type, press Enter: one undo step.
    void typeInto(const std::string& label, const std::string& text);
    void typeIntoItem(const ui::RegisteredItem& item, const std::string& text);
    void type(const std::string& text);  // characters into the focused field
    void press(Key key, int modifiers = NoModifier);
    void wheel(float notches, float x = 760, float y = 500, int modifiers = NoModifier);
    void moveMouse(float x, float y);
    // Scrolls the current view with the wheel until the widget is well inside the window
    // (below `top`: the top bar and the tab bar) or will not move; throws WidgetNotFound
    // when it never shows. The reference is valid until the next frame.
    const ui::RegisteredItem& reveal(const std::string& label, float top = 230);
    // Where reveal() turns the wheel: over the view that scrolls (not a canvas that zooms).
    void setScrollPoint(float x, float y) { m_scrollX = x, m_scrollY = y; }

    // ---- Frames as the page draws them ------------------------------------------------
    // The browser build draws only on demand (app/frame_pacer.h): after an input, until the
    // pacer lets the page sleep. These verbs draw exactly those frames, so a test sees what
    // the page shows, and keystone.ui.items() lists, when it goes idle. (The verbs above
    // draw a fixed number of frames, which can be more than the page draws.)
    int framesUntilIdle();  // woken by an input; returns the frames drawn
    // A click as Playwright (or a quick hand) gives it: the pointer moves there and the page
    // settles; then the press and the release arrive before the same frame.
    void clickAsPage(float x, float y);
    // One frame, then what App::scheduleNextFrame's pacer decides about the next.
    app::NextFrame pacedFrame(app::FramePacer& pacer);

    // ---- The model and the outside world ----------------------------------------------
    Workspace& workspace() { return m_session->workspace(); }
    app::Session& session() { return *m_session; }
    // drawDataFingerprint of the last frame: equal values draw identical pixels.
    std::uint64_t picture() const { return m_picture; }
    ui::ViewState& view() { return m_session->view(); }
    ui::GlyphAtlas& glyphs() { return m_session->glyphs(); }
    platform::MemoryPlatform& platform() { return platform::memoryPlatform(); }
    // The plan file's "account" object for an account ("" = the selected one), as exported.
    nlohmann::json plan(const std::string& accountId = {}) const;
    const std::string& latestNotice() const;

private:
    ui::RegisteredItem hoverSettled(const std::string& label);
    void syncDisplayScale();

    HarnessOptions m_options;
    std::unique_ptr<app::Session>
        m_session;  // what App runs: workspace, view state, autosave, shell
    float m_fontScale = 0;
    std::uint64_t m_picture = 0;
    float m_scrollX = 760, m_scrollY = 500;
};

}  // namespace keystone::test
