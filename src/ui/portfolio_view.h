#pragma once

#include "core/workspace.h"

namespace keystone::ui {

// The whole book of business: portfolio figures, the Pareto chart and the account table
// (sort, filter, create, duplicate, archive, delete).
void drawPortfolioView(Workspace& workspace);

}  // namespace keystone::ui
