// The whitespace matrix's popups: edit one cell (status and value), rename or remove a
// business unit or offering, add a new one. The matrix asks for a popup with open…(); the
// popups themselves are drawn once per frame by drawWhitespaceEditors, outside the table,
// so they share one ID scope whatever widget asked for them.
#pragma once

#include <imgui.h>

#include <string>

#include "core/editing/workspace.h"
#include "ui/shell/view_state.h"

namespace keystone::ui {

// `state` is the popups' part of the ViewState.
void openCellEditor(WhitespaceEditorState& state, const std::string& businessUnit,
                    const std::string& offering);
void openAxisEditor(WhitespaceEditorState& state, bool businessUnit,
                    const std::string& name);  // rename / remove
void openAddPopup(WhitespaceEditorState& state, bool businessUnit);

void drawWhitespaceEditors(Workspace& workspace, WhitespaceEditorState& state,
                           PlanFieldsState& fields, const Account& account);

// Whitespace status colour, shared by the matrix cells, the legend and the popup.
ImVec4 whitespaceColour(WhitespaceStatus status);

// Sets one cell through an undoable command (stamps whitespace.updated).
void setWhitespaceCell(Workspace& workspace, const Account& account, const WhitespaceCell& cell,
                       const std::string& description, const std::string& mergeKey = {});

}  // namespace keystone::ui
