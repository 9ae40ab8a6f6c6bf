#pragma once

#include "core/editing/workspace.h"
#include "ui/shell/view_state.h"

namespace keystone::ui {

// Competitive positioning.
void drawCompetitionTab(Workspace& workspace, ViewState& view, const Account& account);

}  // namespace keystone::ui
