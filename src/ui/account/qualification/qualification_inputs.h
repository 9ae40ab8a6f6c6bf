// The account facts the qualification score reads (employees, revenue, HQ, potential ACV,
// spread, reference value, integrations, compliance, users, industry), editable in place.
// Every edit is an undoable command on the account; the score above recomputes live.
#pragma once

#include "core/editing/workspace.h"
#include "ui/shell/view_state.h"

namespace keystone::ui {

// Fields are named "##<caption>" (e.g. "##Employees") with the caption drawn on the left.
void drawQualificationInputs(Workspace& workspace, PlanFieldsState& fields, const Account& account);

}  // namespace keystone::ui
