#pragma once

#include "core/workspace.h"

namespace keystone::ui {

// Whitespace matrix: business units x offerings.
void drawWhitespaceTab(Workspace& workspace, const Account& account);

}  // namespace keystone::ui
