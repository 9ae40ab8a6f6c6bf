#pragma once

#include "core/editing/workspace.h"
#include "ui/shell/view_state.h"

namespace keystone::ui {

// Executive summary: the account's identity, the customer's business, strategic goals and
// how the partnership supports them.
void drawOverviewTab(Workspace& workspace, ViewState& view, const Account& account);

}  // namespace keystone::ui
