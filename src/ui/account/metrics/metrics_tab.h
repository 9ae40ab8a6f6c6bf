#pragma once

#include "core/editing/workspace.h"
#include "ui/shell/view_state.h"

namespace keystone::ui {

// Success metrics for QBRs, with quarterly history and trend.
void drawMetricsTab(Workspace& workspace, ViewState& view, const Account& account);

}  // namespace keystone::ui
