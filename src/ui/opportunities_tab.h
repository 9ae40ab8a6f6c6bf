#pragma once

#include "core/workspace.h"

namespace keystone::ui {

// Opportunity roadmap: stages with exit criteria, quarter timeline, weighted pipeline.
void drawOpportunitiesTab(Workspace& workspace, const Account& account);

}  // namespace keystone::ui
