#pragma once

#include "core/workspace.h"

namespace keystone::ui {

// Objectives and the 12–18-month action plan.
void drawObjectivesTab(Workspace& workspace, const Account& account);

}  // namespace keystone::ui
