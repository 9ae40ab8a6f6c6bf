// The portfolio's scoring framework, editable in a collapsible section of the qualification
// tab: criteria on/off, weights, thresholds, accepted values, graded credits, tier bands and
// the Enterprise minimum. Edits are portfolio commands; validateFramework refuses bad ones,
// and the refusal (QualificationView) is shown in red instead of being applied.
#pragma once

#include <string>

#include "core/editing/workspace.h"
#include "ui/shell/view_state.h"

namespace keystone::ui {

// `account` is the one on screen: its currency labels money thresholds (the framework has
// none) and its live score is repeated next to the editor.
void drawScoringFramework(Workspace& workspace, QualificationView& view, const Account& account);

}  // namespace keystone::ui
