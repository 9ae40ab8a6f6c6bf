// What the app opens on: the saved portfolio and settings, read before the first frame.
#pragma once

#include <string>
#include <vector>

#include "core/editing/workspace.h"
#include "platform/platform.h"
#include "ui/shell/view_state.h"

namespace keystone::app {

struct StartupState {
    std::vector<platform::PlanRecord> loaded;  // records read (revision + text): merge bases
    std::string settingsText;                  // settings record as stored; "" when none/unreadable
    std::string theme;                         // the rep's theme choice; "" = follow the system
    std::string layout;                        // ImGui window layout (ini text)
};

// Loads every saved account and the portfolio-wide settings into the workspace. On the
// first run it puts the built-in sample account there instead and selects it, so the
// first screen already shows what Keystone is for. Unreadable records are set aside and
// unreadable settings fall back to defaults; either way the rep is told.
StartupState loadStartupPortfolio(Workspace& workspace, ui::NoticesState& notices);

}  // namespace keystone::app
