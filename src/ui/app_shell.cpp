#include "ui/app_shell.h"

#include <imgui.h>

#include "ui/account_view.h"
#include "ui/notices.h"
#include "ui/portfolio_sidebar.h"
#include "ui/theme.h"
#include "ui/top_bar.h"

namespace keystone::ui {

void AppShell::handleShortcuts(Workspace& workspace) {
    const ImGuiIO& io = ImGui::GetIO();
    // While a text field is active, Ctrl+Z belongs to the field's own undo.
    if (io.WantTextInput || !(io.KeyCtrl || io.KeySuper)) return;
    const bool z = ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Z), false);
    const bool y = ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Y), false);
    if ((z && io.KeyShift) || y) workspace.redo();
    else if (z) workspace.undo();
}

void AppShell::draw(Workspace& workspace, double nowMs) {
    handleShortcuts(workspace);
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(viewport->WorkPos);
    ImGui::SetNextWindowSize(viewport->WorkSize);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));
    ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(0, 0));
    ImGui::Begin("Keystone", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                     ImGuiWindowFlags_NoBringToFrontOnFocus | ImGuiWindowFlags_NoSavedSettings);
    ImGui::PopStyleVar(2);

    drawTopBar(workspace, m_actions);
    const float sidebarWidth = em(16.0f);
    drawPortfolioSidebar(workspace, sidebarWidth);
    ImGui::SameLine(0, 0);
    drawAccountView(workspace);

    ImGui::End();
    drawNotices(nowMs);
}

}  // namespace keystone::ui
