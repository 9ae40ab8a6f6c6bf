// What runs the same in the browser and in the native UI tests: the workspace, the view
// state, autosave and the shell, wired together, started from storage and drawn each frame.
//
// App (app.cpp) adds the window, GL and input around a Session; the native harness
// (tests/ui/ui_harness.cpp) adds simulated input and throws the draw data away. Neither
// repeats the wiring.
#pragma once

#include <string>

#include "app/autosave.h"
#include "core/editing/workspace.h"
#include "ui/shell/accessibility_mirror.h"
#include "ui/shell/app_shell.h"
#include "ui/shell/item_registry.h"
#include "ui/shell/view_state.h"
#include "ui/widgets/glyph_atlas.h"
#include "ui/widgets/theme.h"

namespace keystone::app {

class Session {
public:
    Session();
    Session(const Session&) = delete;
    Session& operator=(const Session&) = delete;

    // Loads saved accounts and settings (theme and window layout too) and listens for other
    // tabs. Needs the ImGui context; call once, before the first frame.
    void start();
    // Everything between ImGui::NewFrame and ImGui::Render.
    void drawFrame(double nowMs);
    // After the frame's items are published: tells the page's accessibility mirror what
    // changed on screen (nothing when nothing did).
    void publishAccessibility() { m_mirror.publish(ui::itemRegistry(), m_view.notices); }
    ui::AccessibilityMirror& accessibilityMirror() { return m_mirror; }
    void flushSaves() { m_autosave.flush(m_workspace); }
    // When the session next needs a frame with no input: autosave, a notice timing out,
    // the caret's blink, ImGui's delayed layout write. -1 when nothing is due.
    double nextDeadlineMs(double nowMs) const;

    Workspace& workspace() { return m_workspace; }
    ui::ViewState& view() { return m_view; }
    // The characters the font atlas draws; rebuilt by the frame loop before NewFrame.
    ui::GlyphAtlas& glyphs() { return m_glyphs; }

private:
    void noteUiSettings();

    Workspace m_workspace;
    ui::ViewState m_view;  // all view state; before the parts that keep a reference
    Autosave m_autosave;
    ui::GlyphAtlas m_glyphs;
    ui::AppShell m_shell;
    std::string m_themeChoice;  // "light"/"dark" once chosen; "" follows the system
    ui::ThemeMode m_themeShown = ui::ThemeMode::Light;
    std::string m_layout;  // ImGui window layout last saved (ini text)
    ui::AccessibilityMirror m_mirror;
};

}  // namespace keystone::app
