#pragma once

#include "core/workspace.h"

namespace keystone::ui {

// The selected account's plan: header with key facts, then one tab per plan section.
void drawAccountView(Workspace& workspace);

}  // namespace keystone::ui
