#pragma once

#include "core/editing/workspace.h"

namespace keystone::ui {

// The list of accounts down the left side; clicking one opens its plan.
void drawPortfolioSidebar(Workspace& workspace, float width);

}  // namespace keystone::ui
