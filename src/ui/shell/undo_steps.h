// Undo and redo as the rep sees them: the step is taken, the app goes back to where it was
// made (its account and plan section), and a short notice says what was undone or redone,
// so Ctrl+Z never changes something out of sight.
#pragma once

#include "core/editing/workspace.h"
#include "ui/shell/view_state.h"

namespace keystone::ui {

void undoStep(Workspace& workspace, ViewState& view);
void redoStep(Workspace& workspace, ViewState& view);

}  // namespace keystone::ui
