#include "ui/account/whitespace/whitespace_editors.h"

#include <imgui_stdlib.h>

#include "core/model/money.h"
#include "core/plan/whitespace.h"
#include "ui/widgets/accessible_widgets.h"
#include "ui/widgets/icons.h"
#include "ui/widgets/plan_fields.h"
#include "ui/widgets/theme.h"
#include "ui/widgets/widgets.h"

namespace keystone::ui {
namespace {

constexpr const char* kCellPopup = "##whitespace-cell";
constexpr const char* kAxisPopup = "##whitespace-axis";
constexpr const char* kAddPopup = "##whitespace-add";

const char* axisNoun(bool row) { return row ? "business unit" : "offering"; }

void replaceMatrix(Workspace& workspace, const Account& account, Whitespace next,
                   const std::string& description) {
    workspace.execute(replaceWhitespace(account.id, std::move(next), description, {},
                                        workspace.clockNow(), workspace.portfolio()));
}

// Escape closes the open popup (keyboard navigation, which would do it, is off in the app).
void closeOnEscape() {
    if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape))) ImGui::CloseCurrentPopup();
}

void errorText(const WhitespaceEditorState& state) {
    if (state.error.empty()) return;
    ImGui::PushStyleColor(ImGuiCol_Text, palette().bad);
    ImGui::PushTextWrapPos(em(22.0f));
    ImGui::TextUnformatted(state.error.c_str());
    ImGui::PopTextWrapPos();
    ImGui::PopStyleColor();
}

// The name being typed; true when the rep pressed Enter in it.
bool nameField(WhitespaceEditorState& state) {
    if (state.focusName) {
        ImGui::SetKeyboardFocusHere();
        state.focusName = false;
    }
    ImGui::SetNextItemWidth(em(20.0f));
    return ui::inputText("##Name", &state.buffer, ImGuiInputTextFlags_EnterReturnsTrue);
}

void cellPopup(Workspace& workspace, WhitespaceEditorState& state, PlanFieldsState& fields,
               const Account& account) {
    if (!ImGui::BeginPopup(kCellPopup)) return;
    const WhitespaceCell cell =
        whitespaceCell(account.whitespace, state.businessUnit, state.offering);
    ImGui::PushFont(fonts().strong);
    ImGui::Text("%s  \u00d7  %s", state.businessUnit.c_str(), state.offering.c_str());
    ImGui::PopFont();
    ImGui::Spacing();
    static const WhitespaceStatus kOrder[] = {WhitespaceStatus::Owned, WhitespaceStatus::InPipeline,
                                              WhitespaceStatus::Whitespace,
                                              WhitespaceStatus::NotAFit};
    for (WhitespaceStatus status : kOrder) {
        const std::string label = std::string(whitespaceStatusLabel(status)) + "##status";
        ImGui::PushStyleColor(ImGuiCol_CheckMark, whitespaceColour(status));
        if (ui::radioButton(label.c_str(), cell.status == status) && cell.status != status) {
            WhitespaceCell next = cell;
            next.status = status;
            setWhitespaceCell(workspace, account, next,
                              "Mark " + cell.businessUnit + " \u00d7 " + cell.offering + " " +
                                  std::string(whitespaceStatusLabel(status)));
        }
        ImGui::PopStyleColor();
    }
    ImGui::Spacing();
    ImGui::AlignTextToFramePadding();
    mutedText(("Annual value (" + account.currency + ")").c_str());
    ImGui::SameLine();
    moneyField(
        workspace, fields, "##Cell value", cell.value, account.currency,
        [&](MinorUnits value) {
            WhitespaceCell next = cell;
            next.value = value;
            return replaceWhitespace(account.id, withCell(account.whitespace, next),
                                     "Edit whitespace value",
                                     "ws-value/" + cell.businessUnit + "/" + cell.offering,
                                     workspace.clockNow(), workspace.portfolio());
        },
        em(9.0f));
    ImGui::Spacing();
    if (ui::button("Done")) ImGui::CloseCurrentPopup();
    closeOnEscape();
    ImGui::EndPopup();
}

void axisPopup(Workspace& workspace, WhitespaceEditorState& state, const Account& account) {
    if (!ImGui::BeginPopup(kAxisPopup)) return;
    const bool row = state.row;
    ImGui::PushFont(fonts().strong);
    ImGui::Text("%s %s", row ? "Business unit" : "Offering", state.name.c_str());
    ImGui::PopFont();
    const bool enter = nameField(state);
    ImGui::SameLine();
    if (ui::button("Rename") || enter) {
        Result<Whitespace> next =
            row ? renameBusinessUnit(account.whitespace, state.name, state.buffer)
                : renameOffering(account.whitespace, state.name, state.buffer);
        if (next) {
            replaceMatrix(workspace, account, std::move(next.value()),
                          std::string("Rename ") + axisNoun(row) + " " + state.name);
            ImGui::CloseCurrentPopup();
        } else {
            state.error = next.error().message;
        }
    }
    errorText(state);
    ImGui::Spacing();
    const std::string removeLabel = std::string(ICON_TRASH " Remove ") + axisNoun(row);
    if (linkButton(removeLabel.c_str(), palette().bad)) {
        Result<Whitespace> next = row ? removeBusinessUnit(account.whitespace, state.name)
                                      : removeOffering(account.whitespace, state.name);
        if (next)
            replaceMatrix(workspace, account, std::move(next.value()),
                          std::string("Remove ") + axisNoun(row) + " " + state.name);
        ImGui::CloseCurrentPopup();
    }
    if (ImGui::IsItemHovered())
        ImGui::SetTooltip("Removes the %s and its cells (Undo brings them back)", axisNoun(row));
    closeOnEscape();
    ImGui::EndPopup();
}

void addPopup(Workspace& workspace, WhitespaceEditorState& state, const Account& account) {
    if (!ImGui::BeginPopup(kAddPopup)) return;
    const bool row = state.row;
    ImGui::PushFont(fonts().strong);
    ImGui::Text("New %s", axisNoun(row));
    ImGui::PopFont();
    const bool enter = nameField(state);
    ImGui::SameLine();
    if (ui::button("Add") || enter) {
        Result<Whitespace> next = row ? addBusinessUnit(account.whitespace, state.buffer)
                                      : addOffering(account.whitespace, state.buffer);
        if (next) {
            replaceMatrix(workspace, account, std::move(next.value()),
                          std::string("Add ") + axisNoun(row));
            ImGui::CloseCurrentPopup();
        } else {
            state.error = next.error().message;
        }
    }
    errorText(state);
    closeOnEscape();
    ImGui::EndPopup();
}

}  // namespace

ImVec4 whitespaceColour(WhitespaceStatus status) {
    const Palette& p = palette();
    switch (status) {
        case WhitespaceStatus::Owned:
            return p.good;
        case WhitespaceStatus::InPipeline:
            return p.accent;
        case WhitespaceStatus::Whitespace:
            return p.warning;
        case WhitespaceStatus::NotAFit:
            return p.textMuted;
    }
    return p.textMuted;
}

void setWhitespaceCell(Workspace& workspace, const Account& account, const WhitespaceCell& cell,
                       const std::string& description, const std::string& mergeKey) {
    workspace.execute(replaceWhitespace(account.id, withCell(account.whitespace, cell), description,
                                        mergeKey, workspace.clockNow(), workspace.portfolio()));
}

void openCellEditor(WhitespaceEditorState& state, const std::string& businessUnit,
                    const std::string& offering) {
    state.request = kCellPopup;
    state.businessUnit = businessUnit;
    state.offering = offering;
}

void openAxisEditor(WhitespaceEditorState& state, bool businessUnit, const std::string& name) {
    state.request = kAxisPopup;
    state.row = businessUnit;
    state.name = name;
    state.buffer = name;
    state.error.clear();
    state.focusName = true;
}

void openAddPopup(WhitespaceEditorState& state, bool businessUnit) {
    state.request = kAddPopup;
    state.row = businessUnit;
    state.buffer.clear();
    state.error.clear();
    state.focusName = true;
}

void drawWhitespaceEditors(Workspace& workspace, WhitespaceEditorState& state,
                           PlanFieldsState& fields, const Account& account) {
    if (state.request) {
        ImGui::OpenPopup(state.request);
        state.request = nullptr;
    }
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, emVec(1.0f, 0.9f));
    cellPopup(workspace, state, fields, account);
    axisPopup(workspace, state, account);
    addPopup(workspace, state, account);
    ImGui::PopStyleVar();
}

}  // namespace keystone::ui
