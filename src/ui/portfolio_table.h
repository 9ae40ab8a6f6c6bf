// The account table of the portfolio view: sortable, filterable, with row actions (open,
// duplicate, archive / restore, delete with confirmation).
#pragma once

#include <string>

#include "core/workspace.h"

namespace keystone::ui {

struct PortfolioTableState {
    std::string filter;         // matches name or industry, ignoring case
    bool showArchived = false;  // archived rows are hidden unless set
    std::string deleteRequest;  // account awaiting delete confirmation; "" = none
};

// Toolbar (New account, filter, Show archived) and the table.
void drawPortfolioTable(Workspace& workspace, PortfolioTableState& state);

// The "Delete Contoso? You can undo this." modal for state.deleteRequest.
void drawDeleteAccountModal(Workspace& workspace, PortfolioTableState& state);

// Adds a fresh account (undoable) and opens it.
void createAccountAndOpen(Workspace& workspace);

}  // namespace keystone::ui
