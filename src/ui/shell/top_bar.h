#pragma once

#include "core/editing/workspace.h"
#include "ui/shell/app_shell.h"

namespace keystone::ui {

// Brand, undo / redo, import / export and the theme switch, across the top of the window.
void drawTopBar(Workspace& workspace, const ShellActions& actions);

}  // namespace keystone::ui
