#pragma once

#include "core/editing/workspace.h"
#include "ui/shell/view_state.h"

namespace keystone::ui {

// Objectives and the 12–18-month action plan.
void drawObjectivesTab(Workspace& workspace, ViewState& view, const Account& account);

}  // namespace keystone::ui
