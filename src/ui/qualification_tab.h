#pragma once

#include "core/workspace.h"

namespace keystone::ui {

// Qualification: the score, its drivers, and the editable framework (weights, thresholds, tier
// bands).
void drawQualificationTab(Workspace& workspace, const Account& account);

}  // namespace keystone::ui
