#pragma once

#include "core/workspace.h"

namespace keystone::ui {

// Success metrics for QBRs, with quarterly history and trend.
void drawMetricsTab(Workspace& workspace, const Account& account);

}  // namespace keystone::ui
