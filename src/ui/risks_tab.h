#pragma once

#include "core/workspace.h"

namespace keystone::ui {

// Risk register with a likelihood x impact heat map.
void drawRisksTab(Workspace& workspace, const Account& account);

}  // namespace keystone::ui
