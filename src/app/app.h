// The running app: window, GL context, Dear ImGui, the workspace and the views.
#pragma once

#include <SDL.h>

#include <string>
#include <unordered_map>
#include <vector>

#include "app/session.h"

namespace keystone::app {

struct FrameStats {
    unsigned long long frame = 0;  // frames drawn since start
    double cpuMs = 0;              // CPU time of the last frame's update + draw submission
    double uiMs = 0;               // of which building the UI (panels and draw lists), before GL
    double fps = 0;                // ImGui's running average
    double atlasMs = 0;            // the last font atlas rebuild, texture upload included
};

class App {
public:
    bool init();   // false when WebGL2 or the window cannot be created
    void frame();  // one iteration of the main loop

    Workspace& workspace() { return m_session.workspace(); }
    ui::ViewState& view() { return m_session.view(); }
    void flushSaves() { m_session.flushSaves(); }
    ui::GlyphAtlas& glyphs() { return m_session.glyphs(); }
    const FrameStats& stats() const { return m_stats; }

private:
    void pollEvents();
    void syncDisplayScale();
    void updateTextInput();

    SDL_Window* m_window = nullptr;
    SDL_GLContext m_glContext = nullptr;
    Session m_session;
    FrameStats m_stats;
    float m_fontScale = 0;                    // device pixel ratio the font atlas was built for
    std::vector<SDL_Event> m_deferredKeyUps;  // see pollEvents()
    bool m_textInputActive = false;
};

App& theApp();

}  // namespace keystone::app
