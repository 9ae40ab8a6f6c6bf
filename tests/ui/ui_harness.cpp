#include "ui_harness.h"

#include <imgui.h>

#include <algorithm>
#include <cstdio>

#include "app/frame_pacer.h"
#include "core/plan_format/plan_format.h"
#include "core/pricing/pricing_scenario_export.h"
#include "ui/widgets/theme.h"

namespace keystone::test {

namespace {

constexpr double kFrameMs = 1000.0 / 60.0;

// Font Awesome glyphs sit in the Private Use Area (U+E000..U+F8FF, UTF-8 EE xx xx and
// EF 80..A3 xx); tests name widgets by their words, as web/app.js withoutIcons does.
std::string withoutIcons(const std::string& text) { return ui::withoutIconGlyphs(text); }

void setModifiers(int modifiers) {
    ImGuiIO& io = ImGui::GetIO();
    io.KeyCtrl = (modifiers & Ctrl) != 0;
    io.KeyShift = (modifiers & Shift) != 0;
    io.KeyAlt = (modifiers & Alt) != 0;
}

}  // namespace

UiHarness::UiHarness(HarnessOptions options) : m_options(std::move(options)) {
    platform::resetMemoryPlatform();
    platform::MemoryPlatform& device = platform();
    device.today = m_options.today;
    device.cssWidth = m_options.width;
    device.cssHeight = m_options.height;
    device.devicePixelRatio = m_options.devicePixelRatio;
    if (m_options.beforeStartup) m_options.beforeStartup(device);

    ImGuiContext* context = ImGui::CreateContext();
    ui::itemRegistry().attach(context);
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;
    io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
    io.SetClipboardTextFn = [](void*, const char* text) { platform::setClipboardText(text); };
    io.GetClipboardTextFn = [](void*) { return platform::clipboardText(); };
    const int keys[ImGuiKey_COUNT] = {
        43, 80, 79, 82, 81, 75, 78, 74, 77, 73, 76,
        42, 44, 40, 41, 88, 4,  6,  25, 27, 28, 29};  // imgui_impl_sdl.cpp's map
    for (int i = 0; i < ImGuiKey_COUNT; ++i) io.KeyMap[i] = keys[i];

    m_session = std::make_unique<app::Session>();
    m_session->start();
    // Startup reads the system clock for "now"; tests inject theirs.
    workspace().clockNow = [now = m_options.now] { return now; };
    moveMouse(-1000, -1000);  // the pointer starts outside the page
    frame(3);  // like harness.mjs waitForApp: a few frames in, windows have their sizes
}

UiHarness::~UiHarness() {
    ui::itemRegistry().beginFrame();
    ui::itemRegistry().endFrame();  // nothing of this UI is visible to the next test
    m_session.reset();
    ImGui::DestroyContext();
}

void UiHarness::syncDisplayScale() {
    const float ratio = platform::syncCanvasToDisplay();
    if (ratio == m_fontScale && !m_session->glyphs().needsRebuild()) return;
    m_fontScale = ratio;
    m_session->glyphs().rebuild(ratio);
}

void UiHarness::frame(int count) {
    for (int i = 0; i < count; ++i) {
        platform::MemoryPlatform& device = platform();
        // Completions (stores, chosen files, seals) arrive between frames, as browser events do.
        device.runPending();
        const double start = device.nowMs;
        ui::applyRequestedTheme();
        syncDisplayScale();
        ImGuiIO& io = ImGui::GetIO();
        io.DisplaySize = ImVec2(device.cssWidth, device.cssHeight);
        io.DisplayFramebufferScale = ImVec2(device.devicePixelRatio, device.devicePixelRatio);
        io.DeltaTime = static_cast<float>(kFrameMs / 1000.0);
        ui::itemRegistry().beginFrame();
        m_session->accessibilityMirror().beforeNewFrame();
        ImGui::NewFrame();
        m_session->accessibilityMirror().afterNewFrame();

        m_session->drawFrame(start);

        ImGui::Render();
        m_picture = app::drawDataFingerprint(*ImGui::GetDrawData());
        ui::itemRegistry().endFrame();
        m_session->publishAccessibility();
        platform::setTextInputActive(io.WantTextInput, 0, 0, 0);
        // Wheel deltas and typed characters are events of one frame.
        io.MouseWheel = io.MouseWheelH = 0;
        device.nowMs += kFrameMs;
    }
}

// ---- Frames as the page draws them ------------------------------------------------------------
// What App::scheduleNextFrame (src/app/app.cpp) tells its pacer after each frame.
app::NextFrame UiHarness::pacedFrame(app::FramePacer& pacer) {
    const std::uint64_t before = m_picture;
    frame();
    const ImGuiIO& io = ImGui::GetIO();
    bool inputHeld = false;
    for (bool down : io.MouseDown) inputHeld = inputHeld || down;
    for (bool down : io.KeysDown) inputHeld = inputHeld || down;
    const double now = platform().nowMs;
    return pacer.afterFrame({.pictureChanged = m_picture != before,
                             .layoutSettling = app::imguiLayoutSettling(),
                             .inputHeld = inputHeld,
                             .nowMs = now,
                             .deadlineMs = m_session->nextDeadlineMs(now)});
}

int UiHarness::framesUntilIdle() {
    constexpr int kLimit = 120;  // two seconds of frames: the page never went idle
    app::FramePacer pacer;       // a fresh pacer is a woken one
    for (int frames = 1; frames <= kLimit; ++frames)
        if (!pacedFrame(pacer).immediately) return frames;
    throw std::runtime_error("the page kept drawing after an input");
}

void UiHarness::clickAsPage(float x, float y) {
    ImGuiIO& io = ImGui::GetIO();
    moveMouse(x, y);
    framesUntilIdle();
    // Both events are read in one frame; imgui_impl_sdl holds the press for that frame and
    // the next frame sees the button up.
    app::FramePacer pacer;
    io.MouseDown[0] = true;
    pacedFrame(pacer);
    io.MouseDown[0] = false;
    for (int frames = 0; pacedFrame(pacer).immediately; ++frames)
        if (frames > 120) throw std::runtime_error("the page kept drawing after a click");
}

// ---- Finding widgets ------------------------------------------------------------------------
const std::vector<ui::RegisteredItem>& UiHarness::items() const {
    return ui::itemRegistry().lastFrame();
}

const ui::RegisteredItem* UiHarness::find(const std::string& label) const {
    for (const ui::RegisteredItem& item : items())
        if (item.label == label || item.fullLabel == label || withoutIcons(item.label) == label)
            return &item;
    return nullptr;
}

std::vector<ui::RegisteredItem> UiHarness::findEvery(const std::string& label) const {
    std::vector<ui::RegisteredItem> out;
    for (const ui::RegisteredItem& item : items())
        if (item.label == label || item.fullLabel == label || withoutIcons(item.label) == label)
            out.push_back(item);
    return out;
}

std::vector<ui::RegisteredItem> UiHarness::findAll(const std::string& fullLabel) const {
    std::vector<ui::RegisteredItem> out;
    for (const ui::RegisteredItem& item : items())
        if (item.fullLabel == fullLabel) out.push_back(item);
    return out;
}

std::string UiHarness::describe() const {
    std::string out;
    for (const ui::RegisteredItem& item : items()) {
        if (item.fullLabel.empty()) continue;
        char where[96];
        std::snprintf(where, sizeof where, " @ %.0f,%.0f %.0fx%.0f\n", item.x, item.y, item.w,
                      item.h);
        out += item.fullLabel + where;
    }
    return out;
}

std::optional<std::string> UiHarness::labelStartingWith(const std::string& prefix) const {
    for (const ui::RegisteredItem& item : items())
        if (item.label.rfind(prefix, 0) == 0) return item.label;
    return std::nullopt;
}

std::optional<std::string> UiHarness::readout(const std::string& caption) const {
    const std::string prefix = caption + ": ";
    auto label = labelStartingWith(prefix);
    if (!label) return std::nullopt;
    return label->substr(prefix.size());
}

const ui::RegisteredItem& UiHarness::reveal(const std::string& label, float top) {
    std::optional<float> lastY;
    for (int attempt = 0; attempt < 30; ++attempt) {
        const ui::RegisteredItem* item = find(label);
        if (item) {
            if (item->y >= top && item->y + item->h <= m_options.height - 20) return *item;
            // The wheel did not move it: it is not in a scrolling area (top bar, a modal).
            if (lastY && *lastY == item->y) return *item;
            lastY = item->y;
        }
        // Not drawn at all: back to the top of the view, then walk down.
        const float notches = !item           ? (attempt == 0 ? 200.0f : -2.5f)
                              : item->y < top ? 2.5f
                                              : -2.5f;
        wheel(notches, m_scrollX, m_scrollY);
        frame(2);
    }
    throw WidgetNotFound("no widget \"" + label + "\" could be brought into view");
}

// ---- Input ----------------------------------------------------------------------------------
void UiHarness::moveMouse(float x, float y) { ImGui::GetIO().MousePos = ImVec2(x, y); }

void UiHarness::clickAt(float x, float y, int button) {
    ImGuiIO& io = ImGui::GetIO();
    moveMouse(x, y);
    frame();
    io.MouseDown[button] = true;
    frame();
    io.MouseDown[button] = false;
    frame(2);
}

void UiHarness::clickItem(const ui::RegisteredItem& item) {
    clickAt(item.x + item.w / 2, item.y + item.h / 2);
}

// Hovers the widget until it stays put: a layout still settling (scroll clamped after
// content shrank, an auto-sized window) would otherwise move it from under the pointer.
ui::RegisteredItem UiHarness::hoverSettled(const std::string& label) {
    ui::RegisteredItem item = reveal(label);
    for (int attempt = 0; attempt < 5; ++attempt) {
        moveMouse(item.x + item.w / 2, item.y + item.h / 2);
        frame();
        const ui::RegisteredItem* now = find(label);
        if (!now) throw WidgetNotFound("\"" + label + "\" went away while hovered");
        if (now->x == item.x && now->y == item.y) break;
        item = *now;
    }
    return item;
}

void UiHarness::click(const std::string& label) {
    const ui::RegisteredItem item = hoverSettled(label);
    clickAt(item.x + item.w / 2, item.y + item.h / 2);
}

void UiHarness::rightClick(const std::string& label) {
    const ui::RegisteredItem item = hoverSettled(label);
    clickAt(item.x + item.w / 2, item.y + item.h / 2, 1);
}

void UiHarness::drag(float fromX, float fromY, float toX, float toY) {
    ImGuiIO& io = ImGui::GetIO();
    moveMouse(fromX, fromY);
    frame(2);
    io.MouseDown[0] = true;
    frame(2);
    for (int step = 1; step <= 4; ++step) {
        moveMouse(fromX + (toX - fromX) * step / 4, fromY + (toY - fromY) * step / 4);
        frame();
    }
    frame(2);
    io.MouseDown[0] = false;
    frame(3);
}

void UiHarness::doubleClick(const std::string& label) {
    const ui::RegisteredItem item = hoverSettled(label);
    ImGuiIO& io = ImGui::GetIO();
    moveMouse(item.x + item.w / 2, item.y + item.h / 2);
    frame();
    for (int i = 0; i < 2; ++i) {
        io.MouseDown[0] = true;
        frame();
        io.MouseDown[0] = false;
        frame();
    }
    frame();
}

void UiHarness::typeInto(const std::string& label, const std::string& text) {
    typeIntoItem(hoverSettled(label), text);
}

void UiHarness::typeIntoItem(const ui::RegisteredItem& item, const std::string& text) {
    // Left of centre, as harness.mjs does: wide fields may have buttons at their right.
    clickAt(item.x + std::min(item.w / 2, 40.0f), item.y + item.h / 2);
    press(Key::A, Ctrl);
    type(text);
    press(Key::Enter);
}

void UiHarness::type(const std::string& text) {
    ImGui::GetIO().AddInputCharactersUTF8(text.c_str());
    frame(2);
}

// Holds the chord across one frame (ImGui 1.86 samples key state once per frame).
void UiHarness::press(Key key, int modifiers) {
    ImGuiIO& io = ImGui::GetIO();
    setModifiers(modifiers);
    io.KeysDown[static_cast<int>(key)] = true;
    frame();
    io.KeysDown[static_cast<int>(key)] = false;
    setModifiers(NoModifier);
    frame();
}

void UiHarness::wheel(float notches, float x, float y, int modifiers) {
    ImGuiIO& io = ImGui::GetIO();
    moveMouse(x, y);
    setModifiers(modifiers);
    // Browsers send pinches and Ctrl+wheel as wheel events with ctrlKey set.
    platform().wheelZoomGesture = (modifiers & Ctrl) != 0;
    io.MouseWheel = notches;
    frame();
    setModifiers(NoModifier);
    platform().wheelZoomGesture = false;
    frame();
}

// ---- The model --------------------------------------------------------------------------------
nlohmann::json UiHarness::plan(const std::string& accountId) const {
    const Workspace& shown = m_session->workspace();
    const Portfolio& portfolio = shown.portfolio();
    const Account* account =
        findAccount(portfolio, accountId.empty() ? shown.selectedAccountId() : accountId);
    if (!account) throw WidgetNotFound("no account \"" + accountId + "\" to export");
    return nlohmann::json::parse(exportPlanFile(*account, portfolio)).at("account");
}

const std::string& UiHarness::latestNotice() const {
    return ui::latestNotice(m_session->view().notices);
}

}  // namespace keystone::test
