#include "ui/dialogs/passphrase_dialog.h"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>

#include "ui/shell/item_registry.h"
#include "ui/shell/view_state.h"
#include "ui/widgets/accessible_widgets.h"
#include "ui/widgets/icons.h"
#include "ui/widgets/plan_file_icons.h"
#include "ui/widgets/theme.h"
#include "ui/widgets/widgets.h"

namespace keystone::ui {
namespace {

constexpr const char* kTitle = "Protected plan file";

// Overwrites the passphrase before the memory is released, so it does not linger in the heap.
void wipe(std::string& secret) {
    std::fill(secret.begin(), secret.end(), '\0');
    secret.clear();
}

void submit(PassphraseDialogState& dialog) {
    if (dialog.busy || dialog.passphrase.empty() || !dialog.request.unlock) return;
    dialog.busy = true;
    dialog.error.clear();
    const int generation = dialog.generation;
    dialog.request.unlock(dialog.passphrase, [&dialog, generation](const std::string& error) {
        if (generation != dialog.generation) return;
        dialog.busy = false;
        wipe(dialog.passphrase);
        if (error.empty()) {
            ++dialog.generation;
            dialog.request = {};
            return;  // the popup closes itself on the next frame
        }
        dialog.error = error;
        dialog.focusField = true;
    });
}

}  // namespace

void askForPassphrase(PassphraseDialogState& dialog, PassphraseRequest request) {
    ++dialog.generation;
    wipe(dialog.passphrase);
    dialog.request = std::move(request);
    dialog.error.clear();
    dialog.busy = false;
    dialog.openRequested = true;
    dialog.focusField = true;
}

void drawPassphraseDialog(PassphraseDialogState& dialog) {
    if (dialog.openRequested) {
        ImGui::OpenPopup(kTitle);
        dialog.openRequested = false;
    }
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(viewport->GetCenter(), ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
    ImGui::SetNextWindowSize(ImVec2(em(30), 0));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, emVec(1.4f, 1.2f));
    ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, emVec(0.6f, 0.7f));
    const bool open =
        ui::beginPopupModal(kTitle, nullptr,
                            ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoResize |
                                ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_AlwaysAutoResize);
    ImGui::PopStyleVar(2);
    if (!open) return;
    if (!dialog.request.unlock) {  // unlocked (or replaced by nothing): close
        ImGui::CloseCurrentPopup();
        ui::endPopup();
        return;
    }

    ImGui::PushFont(fonts().heading);
    ImGui::PushStyleColor(ImGuiCol_Text, palette().accent);
    ImGui::TextUnformatted(ICON_LOCK);
    ImGui::PopStyleColor();
    ImGui::SameLine();
    ImGui::TextUnformatted("Enter the passphrase");
    ImGui::PopFont();
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + em(27));
    const std::string& file = dialog.request.fileName;
    const std::string what = file.empty() ? std::string("This plan file") : "\"" + file + "\"";
    ImGui::TextUnformatted((what + " is protected with a passphrase. Enter the passphrase you were "
                                   "given to import the plan.")
                               .c_str());
    ImGui::PopTextWrapPos();

    mutedText("Passphrase");
    if (dialog.focusField && !dialog.busy) {
        ImGui::SetKeyboardFocusHere();
        dialog.focusField = false;
    }
    ImGui::SetNextItemWidth(-1);
    ImGuiInputTextFlags flags = ImGuiInputTextFlags_Password | ImGuiInputTextFlags_EnterReturnsTrue;
    if (dialog.busy) flags |= ImGuiInputTextFlags_ReadOnly;
    const bool entered = ui::inputText("##import-passphrase", &dialog.passphrase, flags);
    itemRegistry().labelLastItem("Passphrase");

    if (!dialog.error.empty()) {
        ImGui::PushStyleColor(ImGuiCol_Text, palette().bad);
        ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + em(27));
        ImGui::TextUnformatted((std::string(ICON_WARNING " ") + dialog.error).c_str());
        ImGui::PopTextWrapPos();
        ImGui::PopStyleColor();
        itemRegistry().labelLastItem(dialog.error.c_str());  // tests find the message itself
    }
    if (dialog.busy) mutedText("Checking the passphrase…");

    ImGui::Dummy(emVec(0, 0.2f));
    const bool canSubmit = !dialog.busy && !dialog.passphrase.empty();
    ImGui::BeginDisabled(!canSubmit);
    const bool unlock = ui::button(ICON_UNLOCK " Unlock and import");
    ImGui::EndDisabled();
    ImGui::SameLine();
    const bool cancel = ui::button("Cancel") ||
                        (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape)) && !dialog.busy);
    if ((unlock || entered) && canSubmit) submit(dialog);
    if (cancel) {
        ++dialog.generation;
        wipe(dialog.passphrase);
        dialog.request = {};
        dialog.busy = false;
        ImGui::CloseCurrentPopup();
    }
    ui::endPopup();
}

}  // namespace keystone::ui
