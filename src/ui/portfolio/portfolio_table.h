// The account table of the portfolio view: sortable, filterable, with row actions (open,
// duplicate, archive / restore, delete with confirmation).
#pragma once

#include <string>

#include "core/editing/workspace.h"
#include "ui/shell/view_state.h"

namespace keystone::ui {

// Toolbar (New account, filter, Show archived) and the table; each row's health comes from
// `health`.
void drawPortfolioTable(Workspace& workspace, ViewState& view);

// The "Delete Contoso? You can undo this." modal for state.deleteRequest.
void drawDeleteAccountModal(Workspace& workspace, PortfolioTableState& state);

// Adds a fresh account (undoable) and opens it on Overview, where its facts are entered.
void createAccountAndOpen(Workspace& workspace, ViewState& view);

}  // namespace keystone::ui
