#pragma once

#include "core/editing/workspace.h"
#include "ui/shell/view_state.h"

namespace keystone::ui {

// The selected objective's actions as an editable table (title, kind, owner, due date,
// status, delete), overdue rows tinted red, with the "Add action" button above it.
void drawActionTable(Workspace& workspace, PlanFieldsState& fields, const Account& account,
                     const Objective& objective);

// "General" for the general kind (the shared label reads "Action"), else the kind's label.
std::string_view actionKindText(ActionKind kind);

}  // namespace keystone::ui
