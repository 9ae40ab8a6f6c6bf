#pragma once

#include "core/workspace.h"

namespace keystone::ui {

// Health score: signals, early-warning flags, band and explanation.
void drawHealthTab(Workspace& workspace, const Account& account);

}  // namespace keystone::ui
