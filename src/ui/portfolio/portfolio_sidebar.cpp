#include "ui/portfolio/portfolio_sidebar.h"

#include <imgui.h>

#include <string>

#include "ui/widgets/accessible_widgets.h"
#include "ui/widgets/icons.h"
#include "ui/widgets/theme.h"
#include "ui/widgets/widgets.h"

namespace keystone::ui {

void drawPortfolioSidebar(Workspace& workspace, float width) {
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, emVec(0.8f, 1.0f));
    ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, emVec(0.5f, 0.35f));
    ImGui::PushStyleColor(ImGuiCol_ChildBg, palette().surface);
    ImGui::BeginChild("##portfolio-sidebar", ImVec2(width, 0), false,
                      ImGuiWindowFlags_AlwaysUseWindowPadding | ImGuiWindowFlags_NavFlattened);
    if (ui::selectable(ICON_PIE_CHART "  Portfolio overview", workspace.selectedAccountId().empty(),
                       0, ImVec2(0, em(2.0f))))
        workspace.selectAccount("");
    ImGui::Spacing();
    mutedText("ACCOUNTS");
    ImGui::Spacing();
    const Portfolio& portfolio = workspace.portfolio();
    for (const Account& account : portfolio.accounts) {
        if (account.archived) continue;
        ImGui::PushID(account.id.c_str());
        const bool selected = account.id == workspace.selectedAccountId();
        const std::string label = std::string(ICON_BUILDING "  ") + account.name;
        if (ui::selectable(label.c_str(), selected, 0, ImVec2(0, em(2.0f))))
            workspace.selectAccount(account.id);
        ImGui::PopID();
    }
    if (portfolio.accounts.empty()) mutedText("No accounts yet.");
    ImGui::EndChild();
    ImGui::PopStyleColor();
    ImGui::PopStyleVar(2);
    const ImVec2 min = ImGui::GetItemRectMin(), max = ImGui::GetItemRectMax();
    ImGui::GetWindowDrawList()->AddLine(ImVec2(max.x, min.y), max, toU32(palette().border));
}

}  // namespace keystone::ui
