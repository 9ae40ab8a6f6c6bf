#pragma once

#include <imgui.h>

#include "core/workspace.h"

namespace keystone::ui {

// The opportunity's stage path (five open stages as chevrons, then Closed won / Closed
// lost) and the current stage's exit-criteria checklist. Moving forward past unticked
// criteria asks first in a modal ("Move to Negotiation with 2 unmet exit criteria?");
// moving backward or marking the deal lost does not.
void drawStagePanel(Workspace& workspace, const Account& account, const Opportunity& opportunity);

// Stage colour shared by the table, the chevrons and the quarter timeline.
ImVec4 stageColour(SalesStage stage);

}  // namespace keystone::ui
