#pragma once

#include "core/workspace.h"
#include "ui/view_state.h"

namespace keystone::ui {

// Competitive positioning.
void drawCompetitionTab(Workspace& workspace, ViewState& view, const Account& account);

}  // namespace keystone::ui
