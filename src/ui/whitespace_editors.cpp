#include "ui/whitespace_editors.h"

#include <imgui_stdlib.h>

#include "core/money.h"
#include "core/whitespace.h"
#include "ui/icons.h"
#include "ui/plan_fields.h"
#include "ui/theme.h"
#include "ui/widgets.h"

namespace keystone::ui {
namespace {

constexpr const char* kCellPopup = "##whitespace-cell";
constexpr const char* kAxisPopup = "##whitespace-axis";
constexpr const char* kAddPopup = "##whitespace-add";

// What the open popup is about, and text being typed into it.
struct EditorState {
    const char* request = nullptr;  // popup to open this frame
    std::string businessUnit;       // cell editor: the row
    std::string offering;           // cell editor: the column
    bool row = true;                // axis / add popups: business unit (true) or offering
    std::string name;               // axis popup: the name being edited
    std::string buffer;             // text typed into the name field
    std::string error;              // why the last add / rename was refused
    bool focusName = false;         // put the cursor in the name field when the popup opens
};
EditorState g_state;

const char* axisNoun(bool row) {
    return row ? "business unit" : "offering";
}

void replaceMatrix(Workspace& workspace, const Account& account, Whitespace next,
                   const std::string& description) {
    workspace.execute(replaceWhitespace(account.id, std::move(next), description, {},
                                        workspace.clockNow(), workspace.portfolio()));
}

// Escape closes the open popup (keyboard navigation, which would do it, is off in the app).
void closeOnEscape() {
    if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape))) ImGui::CloseCurrentPopup();
}

void errorText() {
    if (g_state.error.empty()) return;
    ImGui::PushStyleColor(ImGuiCol_Text, palette().bad);
    ImGui::PushTextWrapPos(em(22.0f));
    ImGui::TextUnformatted(g_state.error.c_str());
    ImGui::PopTextWrapPos();
    ImGui::PopStyleColor();
}

// The name being typed; true when the rep pressed Enter in it.
bool nameField() {
    if (g_state.focusName) {
        ImGui::SetKeyboardFocusHere();
        g_state.focusName = false;
    }
    ImGui::SetNextItemWidth(em(20.0f));
    return ImGui::InputText("##Name", &g_state.buffer, ImGuiInputTextFlags_EnterReturnsTrue);
}

void cellPopup(Workspace& workspace, const Account& account) {
    if (!ImGui::BeginPopup(kCellPopup)) return;
    const WhitespaceCell cell =
        whitespaceCell(account.whitespace, g_state.businessUnit, g_state.offering);
    ImGui::PushFont(fonts().strong);
    ImGui::Text("%s  \u00d7  %s", g_state.businessUnit.c_str(), g_state.offering.c_str());
    ImGui::PopFont();
    ImGui::Spacing();
    static const WhitespaceStatus kOrder[] = {WhitespaceStatus::Owned, WhitespaceStatus::InPipeline,
                                              WhitespaceStatus::Whitespace,
                                              WhitespaceStatus::NotAFit};
    for (WhitespaceStatus status : kOrder) {
        const std::string label = std::string(whitespaceStatusLabel(status)) + "##status";
        ImGui::PushStyleColor(ImGuiCol_CheckMark, whitespaceColour(status));
        if (ImGui::RadioButton(label.c_str(), cell.status == status) && cell.status != status) {
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
        workspace, "##Cell value", cell.value, account.currency,
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
    if (ImGui::Button("Done")) ImGui::CloseCurrentPopup();
    closeOnEscape();
    ImGui::EndPopup();
}

void axisPopup(Workspace& workspace, const Account& account) {
    if (!ImGui::BeginPopup(kAxisPopup)) return;
    const bool row = g_state.row;
    ImGui::PushFont(fonts().strong);
    ImGui::Text("%s %s", row ? "Business unit" : "Offering", g_state.name.c_str());
    ImGui::PopFont();
    const bool enter = nameField();
    ImGui::SameLine();
    if (ImGui::Button("Rename") || enter) {
        Result<Whitespace> next =
            row ? renameBusinessUnit(account.whitespace, g_state.name, g_state.buffer)
                : renameOffering(account.whitespace, g_state.name, g_state.buffer);
        if (next) {
            replaceMatrix(workspace, account, std::move(next.value()),
                          std::string("Rename ") + axisNoun(row) + " " + g_state.name);
            ImGui::CloseCurrentPopup();
        } else {
            g_state.error = next.error().message;
        }
    }
    errorText();
    ImGui::Spacing();
    const std::string removeLabel = std::string(ICON_TRASH " Remove ") + axisNoun(row);
    if (linkButton(removeLabel.c_str(), palette().bad)) {
        Result<Whitespace> next = row ? removeBusinessUnit(account.whitespace, g_state.name)
                                      : removeOffering(account.whitespace, g_state.name);
        if (next)
            replaceMatrix(workspace, account, std::move(next.value()),
                          std::string("Remove ") + axisNoun(row) + " " + g_state.name);
        ImGui::CloseCurrentPopup();
    }
    if (ImGui::IsItemHovered())
        ImGui::SetTooltip("Removes the %s and its cells (Undo brings them back)", axisNoun(row));
    closeOnEscape();
    ImGui::EndPopup();
}

void addPopup(Workspace& workspace, const Account& account) {
    if (!ImGui::BeginPopup(kAddPopup)) return;
    const bool row = g_state.row;
    ImGui::PushFont(fonts().strong);
    ImGui::Text("New %s", axisNoun(row));
    ImGui::PopFont();
    const bool enter = nameField();
    ImGui::SameLine();
    if (ImGui::Button("Add") || enter) {
        Result<Whitespace> next = row ? addBusinessUnit(account.whitespace, g_state.buffer)
                                      : addOffering(account.whitespace, g_state.buffer);
        if (next) {
            replaceMatrix(workspace, account, std::move(next.value()),
                          std::string("Add ") + axisNoun(row));
            ImGui::CloseCurrentPopup();
        } else {
            g_state.error = next.error().message;
        }
    }
    errorText();
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

void openCellEditor(const std::string& businessUnit, const std::string& offering) {
    g_state.request = kCellPopup;
    g_state.businessUnit = businessUnit;
    g_state.offering = offering;
}

void openAxisEditor(bool businessUnit, const std::string& name) {
    g_state.request = kAxisPopup;
    g_state.row = businessUnit;
    g_state.name = name;
    g_state.buffer = name;
    g_state.error.clear();
    g_state.focusName = true;
}

void openAddPopup(bool businessUnit) {
    g_state.request = kAddPopup;
    g_state.row = businessUnit;
    g_state.buffer.clear();
    g_state.error.clear();
    g_state.focusName = true;
}

void drawWhitespaceEditors(Workspace& workspace, const Account& account) {
    if (g_state.request) {
        ImGui::OpenPopup(g_state.request);
        g_state.request = nullptr;
    }
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, emVec(1.0f, 0.9f));
    cellPopup(workspace, account);
    axisPopup(workspace, account);
    addPopup(workspace, account);
    ImGui::PopStyleVar();
}

}  // namespace keystone::ui
