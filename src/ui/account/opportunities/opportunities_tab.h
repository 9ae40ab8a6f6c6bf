#pragma once

#include "core/editing/workspace.h"
#include "ui/shell/view_state.h"

namespace keystone::ui {

// Opportunity roadmap: stages with exit criteria, quarter timeline, weighted pipeline.
void drawOpportunitiesTab(Workspace& workspace, ViewState& view, const Account& account);

}  // namespace keystone::ui
