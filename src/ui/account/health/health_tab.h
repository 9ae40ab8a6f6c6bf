#pragma once

#include "core/editing/workspace.h"
#include "ui/shell/view_state.h"

namespace keystone::ui {

// Health score: signals, early-warning flags, band and explanation.
void drawHealthTab(Workspace& workspace, ViewState& view, const Account& account);

}  // namespace keystone::ui
