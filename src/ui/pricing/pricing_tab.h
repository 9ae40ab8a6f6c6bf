#pragma once

#include "core/editing/workspace.h"
#include "ui/shell/view_state.h"

namespace keystone::ui {

// Deal calculator: what-if inputs, the tiers side by side, the crossover chart, saved
// scenarios (attached to opportunities) and the portfolio's tier catalog.
void drawPricingTab(Workspace& workspace, ViewState& view, const Account& account);

}  // namespace keystone::ui
