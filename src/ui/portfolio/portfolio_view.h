#pragma once

#include "core/editing/workspace.h"
#include "ui/shell/view_state.h"

namespace keystone::ui {

// The whole book of business: portfolio figures, the Pareto chart and the account table
// (sort, filter, create, duplicate, archive, delete).
void drawPortfolioView(Workspace& workspace, ViewState& view);

}  // namespace keystone::ui
