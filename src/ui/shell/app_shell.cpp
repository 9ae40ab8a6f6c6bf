#include "ui/shell/app_shell.h"

#include <algorithm>

#include <imgui.h>

#include "ui/dialogs/passphrase_dialog.h"
#include "ui/portfolio/portfolio_sidebar.h"
#include "ui/shell/account_view.h"
#include "ui/shell/item_registry.h"
#include "ui/shell/notices.h"
#include "ui/shell/top_bar.h"
#include "ui/shell/undo_steps.h"
#include "ui/widgets/theme.h"
#include "ui/widgets/widgets.h"

namespace keystone::ui {

AppShell::AppShell(ShellActions actions, ViewState& view)
    : m_actions(std::move(actions)),
      m_barActions(m_actions),
      m_view(view),
      m_exportDialog(view.notices) {
    // Export goes through the dialog (passphrase, email); it downloads with the app's action.
    m_barActions.exportPlan = [this](const std::string& accountId) {
        m_exportDialog.open(accountId);
    };
    m_exportDialog.onShared(m_actions.planShared);
}

void AppShell::handleShortcuts(Workspace& workspace) {
    const ImGuiIO& io = ImGui::GetIO();
    if (ImGui::IsAnyMouseDown() || !io.InputQueueCharacters.empty()) m_view.revealedField.clear();
    // While a text field is active, Ctrl+Z belongs to the field's own undo.
    if (io.WantTextInput || !(io.KeyCtrl || io.KeySuper)) return;
    const bool z = ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Z), false);
    const bool y = ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Y), false);
    if ((z && io.KeyShift) || y)
        redoStep(workspace, m_view);
    else if (z)
        undoStep(workspace, m_view);
}

// Drops the view state of accounts that are gone. Any change that removes an account (a
// command, undo, another tab's save, a merge) moves the revision, so comparing it is enough.
void AppShell::pruneViewState(const Workspace& workspace) {
    if (workspace.revision() == m_viewRevision) return;
    m_viewRevision = workspace.revision();
    m_view.prune(workspace.portfolio());
}

namespace {

// Outlines the field an undo or redo changed, once the section holding it is drawn.
void drawRevealedField(const std::string& field) {
    if (field.empty()) return;
    for (const RegisteredItem& item : itemRegistry().thisFrame()) {
        if (item.label != field || item.w <= 0) continue;
        const float pad = em(0.2f);
        const ImVec2 min(item.x - pad, item.y - pad),
            max(item.x + item.w + pad, item.y + item.h + pad);
        ImGui::GetForegroundDrawList()->AddRect(min, max, toU32(palette().accent), em(0.3f), 0,
                                                em(0.15f));
        exposeRect("Changed by undo: " + field, min, max);
        return;
    }
}

}  // namespace

void AppShell::draw(Workspace& workspace, double nowMs) {
    handleShortcuts(workspace);
    pruneViewState(workspace);
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(viewport->WorkPos);
    ImGui::SetNextWindowSize(viewport->WorkSize);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));
    ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(0, 0));
    ImGui::Begin("Keystone", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                     ImGuiWindowFlags_NoBringToFrontOnFocus | ImGuiWindowFlags_NoSavedSettings);
    ImGui::PopStyleVar(2);

    drawTopBar(workspace, m_view, m_barActions);
    // The account list gives way on a small laptop (1024 px) so the plan's section tabs keep
    // their full names; from 1280 px on it has its full width.
    const float sidebarWidth = std::clamp(viewport->WorkSize.x * 0.175f, em(12.5f), em(16.0f));
    drawPortfolioSidebar(workspace, sidebarWidth);
    ImGui::SameLine(0, 0);
    drawAccountView(workspace, m_view);

    drawRevealedField(m_view.revealedField);
    ImGui::End();
    const bool savingFailed =
        m_actions.saveStatus && m_actions.saveStatus().state == SaveStatus::State::Failed;
    m_exportDialog.draw(workspace, m_actions.exportPlan, savingFailed);
    drawPassphraseDialog(m_view.passphrase);
    drawNotices(m_view.notices, nowMs);
}

}  // namespace keystone::ui
