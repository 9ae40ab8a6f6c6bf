#include "app/app.h"

#include <imgui.h>
#include <imgui_impl_sdl.h>
#include <imgui_internal.h>

#include <algorithm>

#include "platform/platform.h"
#include "ui/shell/item_registry.h"
#include "ui/widgets/theme.h"

namespace keystone::app {
namespace {}  // namespace

App& theApp() {
    static App app;
    return app;
}

bool App::init() {
    if (SDL_Init(SDL_INIT_VIDEO | SDL_INIT_TIMER) != 0) return false;
    // Keys go to the canvas and the accessibility mirror over it (both inside #keystone-app)
    // only, so text typed into the browser's own text input (which forwards composed text)
    // is not also seen as raw key presses.
    SDL_SetHint(SDL_HINT_EMSCRIPTEN_KEYBOARD_ELEMENT, "#keystone-app");
    const GlWindow gl = createGlWindow("Keystone");
    if (!gl.window) return false;
    m_window = gl.window;
    m_glContext = gl.context;

    IMGUI_CHECKVERSION();
    ImGuiContext* context = ImGui::CreateContext();
    ui::itemRegistry().attach(context);
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;  // window layout is app state, not a file
    io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
    ImGui_ImplSDL2_InitForOpenGL(m_window, m_glContext);
    if (!m_renderer.create()) return false;
    io.SetClipboardTextFn = [](void*, const char* text) { platform::setClipboardText(text); };
    io.GetClipboardTextFn = [](void*) { return platform::clipboardText(); };

    // Saved accounts and settings are in before the first frame: theme and window layout too.
    m_session.start();
    syncDisplayScale();
    return true;
}

void App::syncDisplayScale() {
    const float ratio = platform::syncCanvasToDisplay();
    // New characters (typed, imported, another tab's) or a CJK font just fetched rebuild the
    // atlas too, here between frames where the texture may change.
    if (ratio == m_fontScale && !m_session.glyphs().needsRebuild()) return;
    m_fontScale = ratio;
    const double start = platform::nowMs();
    m_session.glyphs().rebuild(ratio);
    m_renderer.uploadFontAtlas();
    m_stats.atlasMs = platform::nowMs() - start;
}

int App::pollEvents() {
    // The backend reads modifiers from SDL's current state, which by frame time may be past
    // the event (Ctrl already released when the frame takes Ctrl+A): each key event brings
    // the modifiers it was sent with.
    const auto process = [](const SDL_Event& event) {
        if (event.type == SDL_KEYDOWN || event.type == SDL_KEYUP)
            SDL_SetModState(static_cast<SDL_Keymod>(event.key.keysym.mod));
        if (event.type == SDL_MOUSEWHEEL) {
            // The backend rounds wheel deltas to whole notches; trackpads need the fraction.
            ImGuiIO& io = ImGui::GetIO();
            io.MouseWheel += event.wheel.preciseY;
            io.MouseWheelH += event.wheel.preciseX;
            return;
        }
        ImGui_ImplSDL2_ProcessEvent(&event);
    };
    // ImGui 1.86 sees keys once per frame: KeyFrameBatcher says where this frame's input
    // ends; the rest waits, in order, for the next frame.
    m_keyBatcher.beginFrame();
    std::vector<SDL_Event> input;
    input.swap(m_nextFrameInput);
    SDL_Event polled;
    while (SDL_PollEvent(&polled))
        if (polled.type != SDL_POLLSENTINEL) input.push_back(polled);  // SDL's own marker
    int taken = 0;
    for (const SDL_Event& event : input) {
        const auto kind = event.type == SDL_KEYDOWN ? KeyFrameBatcher::Kind::KeyDown
                          : event.type == SDL_KEYUP ? KeyFrameBatcher::Kind::KeyUp
                                                    : KeyFrameBatcher::Kind::Other;
        const bool isKey = kind != KeyFrameBatcher::Kind::Other;
        if (!m_keyBatcher.admit(kind, isKey ? event.key.keysym.scancode : -1)) {
            m_nextFrameInput.push_back(event);
            continue;
        }
        process(event);
        ++taken;
    }
    return taken;
}

void App::updateTextInput() {
    ImGuiContext& g = *ImGui::GetCurrentContext();
    const bool active = ImGui::GetIO().WantTextInput;
    if (!active && !m_textInputActive) return;
    m_textInputActive = active;
    const ImVec2 caret = g.PlatformImePos;  // set by InputText each frame
    platform::setTextInputActive(active, caret.x, caret.y, ImGui::GetFontSize());
}

void App::setContinuousRedraw(bool continuous) {
    m_drawEveryFrame = continuous;
    m_pacer.setContinuous(continuous);
    platform::requestFrame();
}

void App::displayLost() {
    m_displayLost = true;
    platform::requestFrame();
}

void App::displayRestored() {
    m_displayLost = false;
    m_remakeGlObjects = true;
    platform::requestFrame();
}

void App::frame() {
    const double start = platform::nowMs();
    if (m_remakeGlObjects) {
        // The old handles belong to the lost context (deleting them is harmless).
        m_renderer.destroy();
        m_renderer.create();
        m_renderer.uploadFontAtlas();
        m_remakeGlObjects = false;
        m_lastPicture = 0;  // the canvas is blank: the next picture is drawn whatever it is
    }
    // A frame the pacer did not ask for was woken by input, a message or a timer.
    if (!m_frameExpected) m_pacer.wake();
    ui::applyRequestedTheme();
    syncDisplayScale();
    if (pollEvents() > 0) m_pacer.wake();
    ImGui_ImplSDL2_NewFrame();
    ui::itemRegistry().beginFrame();
    m_session.accessibilityMirror().beforeNewFrame();
    ImGui::NewFrame();
    m_session.accessibilityMirror().afterNewFrame();

    m_session.drawFrame(start);

    ImGui::Render();
    m_stats.uiMs = platform::nowMs() - start;
    ui::itemRegistry().endFrame();
    const double mirrorStart = platform::nowMs();
    m_session.publishAccessibility();  // the page's DOM update runs inside this call
    m_stats.mirrorMs = platform::nowMs() - mirrorStart;
    updateTextInput();
    // The canvas keeps its pixels when nothing is drawn, so an unchanged picture (the
    // settling frames after an input) costs no GL work.
    const std::uint64_t picture = drawDataFingerprint(*ImGui::GetDrawData());
    const bool pictureChanged = picture != m_lastPicture || m_stats.submitted == 0;
    if ((pictureChanged || m_drawEveryFrame) && !m_displayLost) {
        render();
        m_lastPicture = picture;
        ++m_stats.submitted;
    }
    m_stats.cpuMs = platform::nowMs() - start;
    m_stats.fps = ImGui::GetIO().Framerate;
    if (++m_stats.frame == 2) platform::notifyFirstFrameShown();
    scheduleNextFrame(start, pictureChanged && !m_displayLost);  // nothing to settle while lost
}

void App::render() {
    m_renderer.render(*ImGui::GetDrawData(), ImGui::GetStyle().Colors[ImGuiCol_WindowBg]);
}

void App::scheduleNextFrame(double nowMs, bool pictureChanged) {
    const ImGuiIO& io = ImGui::GetIO();
    bool inputHeld = !m_nextFrameInput.empty();
    for (bool down : io.MouseDown) inputHeld = inputHeld || down;
    for (bool down : io.KeysDown) inputHeld = inputHeld || down;
    const NextFrame next = m_pacer.afterFrame({.pictureChanged = pictureChanged,
                                               .layoutSettling = imguiLayoutSettling(),
                                               .inputHeld = inputHeld,
                                               .nowMs = nowMs,
                                               .deadlineMs = m_session.nextDeadlineMs(nowMs)});
    m_frameExpected = next.immediately;
    m_stats.waitingFor = next.reason;
    if (next.immediately)
        platform::requestFrame();
    else if (next.atMs >= 0)
        platform::requestFrameAt(next.atMs);
}

}  // namespace keystone::app
