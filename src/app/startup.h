// What the app opens on.
#pragma once

#include "core/workspace.h"

namespace keystone::app {

// Puts the built-in sample account into an empty workspace and selects it, so the first
// screen already shows what Keystone is for.
void loadStartupPortfolio(Workspace& workspace);

}  // namespace keystone::app
