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
        orgChartState(stakeholders, workspace, account);  // the toolbar may have added someone
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
