#pragma once

#include "core/editing/workspace.h"
#include "ui/shell/view_state.h"

namespace keystone::ui {

// Risk register with a likelihood x impact heat map.
void drawRisksTab(Workspace& workspace, ViewState& view, const Account& account);

}  // namespace keystone::ui
