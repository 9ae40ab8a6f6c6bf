// The running app: window, GL context, Dear ImGui, the workspace and the views.
#pragma once

#include <SDL.h>

#include <string>
#include <unordered_map>
#include <vector>

#include "app/autosave.h"
#include "core/workspace.h"
#include "ui/app_shell.h"
#include "ui/theme.h"
#include "ui/view_state.h"

namespace keystone::app {

struct FrameStats {
    unsigned long long frame = 0;  // frames drawn since start
    double cpuMs = 0;              // CPU time of the last frame's update + draw submission
    double uiMs = 0;               // of which building the UI (panels and draw lists), before GL
    double fps = 0;                // ImGui's running average
};

class App {
public:
    App();
    bool init();          // false when WebGL2 or the window cannot be created
    void frame();         // one iteration of the main loop

    Workspace& workspace() { return m_workspace; }
    ui::ViewState& view() { return m_view; }
    void flushSaves() { m_autosave.flush(m_workspace); }
    const FrameStats& stats() const { return m_stats; }

private:
    void pollEvents();
    void syncDisplayScale();
    void updateTextInput();
    void noteUiSettings();

    SDL_Window* m_window = nullptr;
    SDL_GLContext m_glContext = nullptr;
    Workspace m_workspace;
    ui::ViewState m_view;                   // all view state; before the parts that keep a reference
    Autosave m_autosave;
    ui::AppShell m_shell;
    FrameStats m_stats;
    float m_fontScale = 0;                  // device pixel ratio the font atlas was built for
    std::vector<SDL_Event> m_deferredKeyUps;  // see pollEvents()
    bool m_textInputActive = false;
    std::string m_themeChoice;              // "light"/"dark" once chosen; "" follows the system
    ui::ThemeMode m_themeShown = ui::ThemeMode::Light;
    std::string m_layout;                   // ImGui window layout last saved (ini text)
};

App& theApp();

}  // namespace keystone::app
