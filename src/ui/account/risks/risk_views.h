// The parts of the Risks tab (risks_tab.cpp lays them out): the likelihood x impact heat
// map, the register table, and the editor for the selected risk. The view state they share
// (RiskViewState: selection and the heat-map filter, not part of the plan) is in
// ui/shell/view_state.h.
#pragma once

#include <imgui.h>

#include <string>

#include "core/editing/workspace.h"
#include "ui/shell/view_state.h"

namespace keystone::ui {

// The risks view state (ui/shell/view_state.h) for `account`, reset when another account is shown.
RiskViewState& riskViewState(RiskViewState& state, const Account& account);

// Colour of a severity 1..25 on the green-amber-red ramp (cells and pills agree).
ImVec4 riskSeverityColour(int severity);
// A pill "20 Critical" in the severity's colour.
void riskSeverityPill(int severity);

void drawRiskHeatMap(const Account& account, RiskViewState& state);
void drawRiskTable(Workspace& workspace, const Account& account, RiskViewState& state);
// Returns true when the risk was deleted (the list changed under the caller).
bool drawRiskEditor(Workspace& workspace, const Account& account, RiskViewState& state);

}  // namespace keystone::ui
