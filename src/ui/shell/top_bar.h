#pragma once

#include "core/editing/workspace.h"
#include "ui/shell/app_shell.h"

namespace keystone::ui {

// Brand, undo / redo, import / export and the theme switch, across the top of the window.
// Undo and Redo go back to where the step was made (ui/shell/undo_steps.h).
void drawTopBar(Workspace& workspace, ViewState& view, const ShellActions& actions);

}  // namespace keystone::ui
