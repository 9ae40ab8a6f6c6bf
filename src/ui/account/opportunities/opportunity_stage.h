#pragma once

#include <imgui.h>

#include "core/editing/workspace.h"
#include "ui/shell/view_state.h"

namespace keystone::ui {

// The opportunity's stage path: five open stages as chevrons across the available width,
// then Closed won / Closed lost. Moving forward past unticked exit criteria asks first in a
// modal ("Move to Negotiation with 2 unmet exit criteria?"), the move waiting in `pending`;
// moving backward or marking the deal lost does not.
void drawStagePath(Workspace& workspace, StageMoveState& pending, const Account& account,
                   const Opportunity& opportunity);

// The current stage's exit-criteria checklist, and a warning for criteria of earlier stages
// the deal was moved past without.
void drawExitCriteria(Workspace& workspace, const Account& account, const Opportunity& opportunity);

// Stage colour shared by the table, the chevrons and the quarter timeline.
ImVec4 stageColour(SalesStage stage);

}  // namespace keystone::ui
