#include "ui/org_chart/stakeholders_tab.h"

#include <imgui.h>

#include <algorithm>
#include <string>

#include "ui/dialogs/contacts_import_dialog.h"
#include "ui/org_chart/org_chart_view.h"
#include "ui/widgets/accessible_widgets.h"
#include "ui/widgets/chart_common.h"
#include "ui/widgets/icons.h"
#include "ui/widgets/theme.h"
#include "ui/widgets/widgets.h"

namespace keystone::ui {
namespace {

ImVec4 stanceColour(Stance stance) {
    const Palette& p = palette();
    switch (stance) {
        case Stance::Champion:
        case Stance::Supporter:
            return p.good;
        case Stance::Neutral:
            return p.textMuted;
        case Stance::Skeptic:
            return p.warning;
        case Stance::Opponent:
            return p.bad;
    }
    return p.textMuted;
}

std::string rolesText(BuyingRoles roles) {
    std::string text;
    for (int i = 0; i < kBuyingRoleCount; ++i) {
        const BuyingRole role = buyingRoleAt(i);
        if (!(roles & static_cast<BuyingRoles>(role))) continue;
        if (!text.empty()) text += ", ";
        text += buyingRoleLabel(role);
    }
    return text;
}

void strengthDots(int strength) {
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    const float radius = em(0.22f), step = em(0.6f);
    const float y = pos.y + ImGui::GetTextLineHeight() * 0.5f;
    const ImU32 on = toU32(strengthColour(strength)), off = toU32(palette().border);
    for (int i = 0; i < 5; ++i)
        draw->AddCircleFilled(ImVec2(pos.x + radius + i * step, y), radius,
                              i < strength ? on : off);
    ImGui::Dummy(ImVec2(step * 5, ImGui::GetTextLineHeight()));
}

void drawStakeholderTable(const Account& account, OrgChartState& state) {
    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH |
                                  ImGuiTableFlags_ScrollY | ImGuiTableFlags_Resizable |
                                  ImGuiTableFlags_SizingStretchProp;
    if (!ImGui::BeginTable("##stakeholders", 6, flags)) return;
    ImGui::TableSetupScrollFreeze(0, 1);
    ImGui::TableSetupColumn("Name", 0, 1.4f);
    ImGui::TableSetupColumn("Title", 0, 1.6f);
    ImGui::TableSetupColumn("Department", 0, 1.0f);
    ImGui::TableSetupColumn("Buying roles", 0, 1.6f);
    ImGui::TableSetupColumn("Stance", 0, 0.8f);
    ImGui::TableSetupColumn("Relationship", 0, 0.9f);
    ImGui::TableHeadersRow();
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(account.stakeholders.size()));
    while (clipper.Step()) {
        for (int row = clipper.DisplayStart; row < clipper.DisplayEnd; ++row) {
            const Stakeholder& person = account.stakeholders[static_cast<size_t>(row)];
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            ImGui::PushID(person.id.c_str());
            if (ui::selectable(person.name.empty() ? "(no name)" : person.name.c_str(),
                               state.selected.count(person.id) > 0,
                               ImGuiSelectableFlags_SpanAllColumns))
                focusPerson(state, person.id);
            ImGui::PopID();
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(person.title.c_str());
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(person.department.c_str());
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(rolesText(person.roles).c_str());
            ImGui::TableNextColumn();
            ImGui::PushStyleColor(ImGuiCol_Text, stanceColour(person.stance));
            ImGui::TextUnformatted(std::string(stanceLabel(person.stance)).c_str());
            ImGui::PopStyleColor();
            ImGui::TableNextColumn();
            strengthDots(person.relationshipStrength);
        }
    }
    ImGui::EndTable();
}

}  // namespace

void drawStakeholdersTab(Workspace& workspace, ViewState& view, const Account& account) {
    StakeholdersView& stakeholders = view.stakeholders;
    OrgChartState& state = orgChartState(stakeholders, workspace, account);
    bool& showTable = stakeholders.showTable;
    ImGui::Spacing();
    static const char* const kViews[] = {ICON_SITEMAP " Chart", ICON_TABLE " Table"};
    const int picked = segmented("stakeholder-view", kViews, 2, showTable ? 1 : 0);
    if (picked >= 0) showTable = picked == 1;
    ImGui::SameLine(0, em(1.2f));
    drawOrgChartToolbar(workspace, stakeholders, view.contactsImport, account, state);

    const float panelWidth = em(25);
    const ImVec2 avail = ImGui::GetContentRegionAvail();
    const float mainWidth =
        std::max(avail.x - panelWidth - ImGui::GetStyle().ItemSpacing.x, em(20));
    if (showTable) {
        ImGui::BeginChild("##stakeholder-table", ImVec2(mainWidth, avail.y), false,
                          ImGuiWindowFlags_NavFlattened);
        drawStakeholderTable(account, state);
        ImGui::EndChild();
    } else {
        drawOrgChartCanvas(workspace, stakeholders.layoutEngine, account, state,
                           ImVec2(mainWidth, avail.y));
    }
    ImGui::SameLine();
    ImGui::BeginChild("##stakeholder-panel", ImVec2(0, avail.y), true,
                      ImGuiWindowFlags_NavFlattened);
    drawStakeholderPanel(workspace, account, state);
    ImGui::EndChild();
    drawContactsImportDialog(workspace, view.contactsImport, view.notices, account);
}

}  // namespace keystone::ui
