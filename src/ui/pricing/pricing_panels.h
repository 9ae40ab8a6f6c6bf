// Internal to the pricing tab (pricing_*.cpp): one draw function per panel. The what-if
// state one account's tab keeps between frames (WhatIfState) is in ui/shell/view_state.h.
//
// The what-if inputs are scratch UI state, not the model: nothing in the plan changes until
// the rep saves or updates a scenario, which goes through a Command.
#pragma once

#include <imgui.h>

#include <map>
#include <optional>
#include <string>

#include "core/editing/workspace.h"
#include "core/pricing/pricing_scenario.h"
#include "core/pricing/pricing_whatif.h"
#include "ui/shell/view_state.h"

namespace keystone::ui::pricing {

// The tab's state for this account (kept per account in ViewState), created on first use
// from the account's first scenario or its expected users.
WhatIfState& stateFor(PerAccount<WhatIfState>& states, const Account& account);
// Recomputes the what-if when the inputs or the model changed since the last frame.
void refresh(WhatIfState& state, const Workspace& workspace, const Account& account);
// Puts a saved scenario's inputs into the calculator.
void loadScenario(WhatIfState& state, const PricingScenario& scenario);

ImVec4 tierColour(int index);
// The readout name of a money figure: "SMB" and "Total contract value (3 years)" give "SMB
// total contract value (3 years)", so a screen reader and a test hear the time it covers.
std::string figureReadout(const std::string& name, std::string caption);
// Year-1 seats of the deal (the slider's value).
int firstYearSeats(const DealInput& deal);

void drawInputs(Workspace& workspace, const Account& account, WhatIfState& state);
// "Add-ons and fees": recurring add-ons and one-time fees of the deal (inside drawInputs).
void drawDealLines(const TierCatalog& catalog, WhatIfState& state, float width);
void drawTierColumns(Workspace& workspace, const Account& account, WhatIfState& state);
// A callout when the deal's seats sit just below a volume cliff (more seats would cost less).
void drawCliffCallout(const TierCatalog& catalog, const DealInput& deal, const PricingWhatIf& w);
void drawCrossoverChart(Workspace& workspace, const Account& account, WhatIfState& state);
void drawScenarios(Workspace& workspace, const Account& account, WhatIfState& state);
void drawCatalogEditor(Workspace& workspace, const Account& account, WhatIfState& state,
                       PlanFieldsState& fields);

}  // namespace keystone::ui::pricing
