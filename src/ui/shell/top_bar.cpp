#include "ui/shell/top_bar.h"

#include <imgui.h>

#include <string>

#include "ui/shell/item_registry.h"
#include "ui/shell/undo_steps.h"
#include "ui/widgets/accessible_widgets.h"
#include "ui/widgets/chart_common.h"
#include "ui/widgets/icons.h"
#include "ui/widgets/theme.h"

namespace keystone::ui {
namespace {

// `name`, when given, names an icon-only button, for screen readers and automation alike.
bool toolbarButton(const char* label, bool enabled, const std::string& tooltip,
                   const char* name = nullptr) {
    // Disabled items are greyed, take no clicks, and are announced as unavailable.
    ImGui::BeginDisabled(!enabled);
    const bool pressed = ui::button(label) && enabled;
    if (name) itemRegistry().labelLastItem(name);
    ImGui::EndDisabled();
    if (!tooltip.empty()) hoverTooltip(tooltip, ImGuiHoveredFlags_AllowWhenDisabled);
    return pressed;
}

// Print report, the rep's everyday way to hand a plan to someone without Keystone (the
// print dialog's Save as PDF makes the file to e-mail), and beside it a small menu with the
// report as an HTML file, for those who want the page itself.
void reportButtons(const Account* account, const ShellActions& actions) {
    if (toolbarButton(ICON_PRINT " Print report", account != nullptr,
                      account ? "Print a one-page summary of " + account->name +
                                    ". To e-mail it to someone without Keystone, choose "
                                    "Save as PDF in the print dialog."
                              : "Open an account to print its report"))
        actions.printReport(account->id);
    ImGui::SameLine(0, em(0.15f));
    if (toolbarButton(ICON_CARET_DOWN "##report-more", account != nullptr,
                      account ? "Save the report as a web page (HTML) instead" : "",
                      "More report options")) {
        ImGui::OpenPopup("##report-menu");
        ImGui::SetNextWindowPos(ImVec2(ImGui::GetItemRectMin().x, ImGui::GetItemRectMax().y));
    }
    if (!ui::beginPopupMenu("##report-menu")) return;
    if (ui::menuItem(ICON_DOWNLOAD "  Download report (HTML)") && account)
        actions.downloadReport(account->id);
    hoverTooltip("Save the one-page report as a web page (.html) that opens in any browser");
    ui::endPopup();
}

}  // namespace

void drawTopBar(Workspace& workspace, ViewState& view, const ShellActions& actions) {
    const float height = em(3.2f);
    ImGui::PushStyleColor(ImGuiCol_ChildBg, palette().surface);
    ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, emVec(0.5f, 0.5f));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, emVec(1.0f, 0.0f));
    ImGui::BeginChild("##top-bar", ImVec2(0, height), false,
                      ImGuiWindowFlags_AlwaysUseWindowPadding | ImGuiWindowFlags_NoScrollbar |
                          ImGuiWindowFlags_NavFlattened);
    // The bar has taken its padding; its tooltips and menu keep the usual one, or their
    // text would touch their top and bottom edges.
    ImGui::PopStyleVar();
    const float lineHeight = ImGui::GetFrameHeight();
    ImGui::SetCursorPosY((height - lineHeight) * 0.5f);

    ImGui::PushFont(fonts().heading);
    ImGui::PushStyleColor(ImGuiCol_Text, palette().accent);
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(ICON_BULLSEYE);
    ImGui::PopStyleColor();
    ImGui::SameLine();
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted("Keystone");
    ImGui::PopFont();
    ImGui::SameLine(0, em(1.5f));

    const CommandHistory& history = workspace.history();
    if (toolbarButton(ICON_UNDO " Undo", history.canUndo(),
                      history.canUndo() ? "Undo " + history.undoDescription() + " (Ctrl+Z)" : ""))
        undoStep(workspace, view);
    ImGui::SameLine();
    if (toolbarButton(
            ICON_REDO " Redo", history.canRedo(),
            history.canRedo() ? "Redo " + history.redoDescription() + " (Ctrl+Shift+Z)" : ""))
        redoStep(workspace, view);

    ImGui::SameLine(0, em(1.5f));
    if (toolbarButton(ICON_UPLOAD " Import plan", true, "Open a .keystone.json plan file"))
        actions.importPlan();
    ImGui::SameLine();
    const Account* account = workspace.selectedAccount();
    if (toolbarButton(ICON_DOWNLOAD " Export plan", account != nullptr,
                      account ? "Download or email " + account->name +
                                    ".keystone.json, optionally protected with a passphrase"
                              : "Open an account to export its plan"))
        actions.exportPlan(account->id);
    ImGui::SameLine();
    reportButtons(account, actions);

    const bool dark = currentTheme() == ThemeMode::Dark;
    const char* themeLabel = dark ? ICON_SUN " Light theme" : ICON_MOON " Dark theme";
    const float themeWidth =
        ImGui::CalcTextSize(themeLabel).x + ImGui::GetStyle().FramePadding.x * 2;
    const SaveStatus save = actions.saveStatus();
    const char* saveText = save.state == SaveStatus::State::Failed   ? ICON_WARNING " Not saved"
                           : save.state == SaveStatus::State::Saving ? "Saving…"
                                                                     : ICON_CHECK " Saved";
    // A failed save (full disk, storage turned off) offers the way out right beside it.
    const bool offerRescue = save.state == SaveStatus::State::Failed && account != nullptr;
    const char* rescueLabel = ICON_DOWNLOAD " Export now";
    const float rescueWidth = offerRescue ? ImGui::CalcTextSize(rescueLabel).x +
                                                ImGui::GetStyle().FramePadding.x * 2 + em(0.5f)
                                          : 0.0f;
    ImGui::SameLine(ImGui::GetWindowWidth() - themeWidth - rescueWidth -
                    ImGui::CalcTextSize(saveText).x - em(2.2f));
    if (offerRescue) {
        ImGui::PushStyleColor(ImGuiCol_Text, palette().bad);
        const bool rescue = ui::button(rescueLabel);
        ImGui::PopStyleColor();
        if (ImGui::IsItemHovered())
            ImGui::SetTooltip(
                "Download %s's plan file now, so changes this browser could not save are kept",
                account->name.c_str());
        if (rescue) actions.exportPlan(account->id);
        ImGui::SameLine();
    }
    ImGui::AlignTextToFramePadding();
    ImGui::PushStyleColor(ImGuiCol_Text, save.state == SaveStatus::State::Failed
                                             ? palette().bad
                                             : palette().textMuted);
    ImGui::TextUnformatted(saveText);
    itemRegistry().labelLastItem(saveText);
    Accessible status;
    status.role = Role::Status;  // a screen reader hears "Saved" or "Not saved" as it changes
    itemRegistry().describeLastItem(std::move(status));
    ImGui::PopStyleColor();
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", save.detail.c_str());
    ImGui::SameLine(ImGui::GetWindowWidth() - themeWidth - em(1.0f));
    if (ui::button(themeLabel)) requestTheme(dark ? ThemeMode::Light : ThemeMode::Dark);

    ImGui::EndChild();
    ImGui::PopStyleVar();
    ImGui::PopStyleColor();
    // Hairline under the bar.
    const ImVec2 min = ImGui::GetItemRectMin(), max = ImGui::GetItemRectMax();
    ImGui::GetWindowDrawList()->AddLine(ImVec2(min.x, max.y), max, toU32(palette().border));
}

}  // namespace keystone::ui
