#pragma once

#include "core/editing/workspace.h"
#include "ui/shell/view_state.h"

namespace keystone::ui {

// Whitespace matrix: business units x offerings.
void drawWhitespaceTab(Workspace& workspace, ViewState& view, const Account& account);

}  // namespace keystone::ui
