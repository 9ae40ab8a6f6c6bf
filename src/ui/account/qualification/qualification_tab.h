#pragma once

#include "core/editing/workspace.h"
#include "ui/shell/view_state.h"

namespace keystone::ui {

// Qualification: the score, its drivers, and the editable framework (weights, thresholds, tier
// bands).
void drawQualificationTab(Workspace& workspace, ViewState& view, const Account& account);

}  // namespace keystone::ui
