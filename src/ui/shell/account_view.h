#pragma once

#include "core/editing/workspace.h"
#include "ui/shell/view_state.h"

namespace keystone::ui {

// The selected account's plan: header with key facts, then one tab per plan section.
void drawAccountView(Workspace& workspace, ViewState& view);

}  // namespace keystone::ui
