#pragma once

#include "core/workspace.h"

namespace keystone::ui {

// Competitive positioning.
void drawCompetitionTab(Workspace& workspace, const Account& account);

}  // namespace keystone::ui
