#pragma once

#include "core/editing/workspace.h"
#include "ui/shell/view_state.h"

namespace keystone::ui {

// The people at the customer: who they are, what role they play in the buying decision,
// where they stand and how strong our relationship is.
void drawStakeholdersTab(Workspace& workspace, ViewState& view, const Account& account);

}  // namespace keystone::ui
