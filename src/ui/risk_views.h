// The parts of the Risks tab (risks_tab.cpp lays them out): the likelihood x impact heat
// map, the register table, and the editor for the selected risk, plus the view state they
// share (selection and the heat-map filter), which is not part of the plan.
#pragma once

#include <imgui.h>

#include <string>

#include "core/workspace.h"

namespace keystone::ui {

struct RiskViewState {
    std::string accountId;     // the account this state belongs to; reset on switching
    std::string selectedId;    // risk shown in the editor, "" = none
    int filterLikelihood = 0;  // heat-map cell filtering the table; 0 = no filter
    int filterImpact = 0;
    std::string focusTitleId;  // a just-added risk whose title takes the keyboard
    std::string dueEditId;     // risk whose due date is being typed
    std::string dueBuffer;     // the text typed so far (committed only when a real date)

    bool filtering() const { return filterLikelihood > 0 && filterImpact > 0; }
};

// State for `account`, reset when another account is shown.
RiskViewState& riskViewState(const Account& account);

// Colour of a severity 1..25 on the green-amber-red ramp (cells and pills agree).
ImVec4 riskSeverityColour(int severity);
// A pill "20 Critical" in the severity's colour.
void riskSeverityPill(int severity);

void drawRiskHeatMap(const Account& account, RiskViewState& state);
void drawRiskTable(Workspace& workspace, const Account& account, RiskViewState& state);
// Returns true when the risk was deleted (the list changed under the caller).
bool drawRiskEditor(Workspace& workspace, const Account& account, RiskViewState& state);

}  // namespace keystone::ui
