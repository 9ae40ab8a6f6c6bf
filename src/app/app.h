// The running app: window, GL context, Dear ImGui, the workspace and the views.
#pragma once

#include <SDL.h>

#include <string>
#include <unordered_map>
#include <vector>

#include "app/frame_pacer.h"
#include "app/gl_renderer.h"
#include "app/gl_window.h"
#include "app/key_batching.h"
#include "app/session.h"

namespace keystone::app {

struct FrameStats {
    unsigned long long frame = 0;      // frames built since start (UI passes)
    unsigned long long submitted = 0;  // of which sent to GL: the picture had changed
    double cpuMs = 0;                  // CPU time of the last frame's update + draw submission
    double uiMs = 0;              // of which building the UI (panels and draw lists), before GL
    double mirrorMs = 0;          // of which telling the accessibility mirror (C++ and DOM)
    double fps = 0;               // ImGui's running average
    const char* waitingFor = "";  // why the next frame comes (FramePacer's reason)
    double atlasMs = 0;           // the last font atlas rebuild, texture upload included
};

class App {
public:
    bool init();   // false when WebGL2 or the window cannot be created
    void frame();  // one iteration of the main loop

    Workspace& workspace() { return m_session.workspace(); }
    ui::ViewState& view() { return m_session.view(); }
    void flushSaves() { m_session.flushSaves(); }
    ui::GlyphAtlas& glyphs() { return m_session.glyphs(); }
    ui::AccessibilityMirror& accessibilityMirror() { return m_session.accessibilityMirror(); }
    const FrameStats& stats() const { return m_stats; }
    // Build and draw every frame even when nothing changes, as before drawing on demand
    // (the frame-cost bench, and the peer of the idle figure).
    void setContinuousRedraw(bool continuous);
    // The browser took the GL context away (sleep, GPU reset): keep running, draw nothing.
    void displayLost();
    // It gave it back: every GL object is gone, so shaders, buffers and the font texture
    // are made again before the next frame is drawn in full.
    void displayRestored();

private:
    int pollEvents();  // the number of events taken
    void render();
    void scheduleNextFrame(double nowMs, bool pictureChanged);
    void syncDisplayScale();
    void updateTextInput();

    SDL_Window* m_window = nullptr;
    SDL_GLContext m_glContext = nullptr;
    GlRenderer m_renderer;
    Session m_session;
    FrameStats m_stats;
    float m_fontScale = 0;  // device pixel ratio the font atlas was built for
    KeyFrameBatcher m_keyBatcher;
    std::vector<SDL_Event> m_nextFrameInput;  // taken from SDL, held back for the next frame
    bool m_textInputActive = false;
    FramePacer m_pacer;
    std::uint64_t m_lastPicture = 0;  // drawDataFingerprint of the last frame sent to GL
    bool m_frameExpected = true;      // the pacer asked for this frame (else it was woken)
    bool m_drawEveryFrame = false;    // setContinuousRedraw
    bool m_displayLost = false;       // no GL context: frames are built, not drawn
    bool m_remakeGlObjects = false;   // the context came back: recreate before drawing
};

App& theApp();

}  // namespace keystone::app
