#include "ui/passphrase_dialog.h"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>

#include "ui/icons.h"
#include "ui/item_registry.h"
#include "ui/plan_file_icons.h"
#include "ui/theme.h"
#include "ui/widgets.h"

namespace keystone::ui {
namespace {

constexpr const char* kTitle = "Protected plan file";

struct DialogState {
    PassphraseRequest request;
    std::string passphrase;
    std::string error;
    bool openRequested = false;
    bool busy = false;
    bool focusField = false;
    int generation = 0;  // answers to a replaced or cancelled request are ignored
};

DialogState g_dialog;

// Overwrites the passphrase before the memory is released, so it does not linger in the heap.
void wipe(std::string& secret) {
    std::fill(secret.begin(), secret.end(), '\0');
    secret.clear();
}

void submit() {
    if (g_dialog.busy || g_dialog.passphrase.empty() || !g_dialog.request.unlock) return;
    g_dialog.busy = true;
    g_dialog.error.clear();
    const int generation = g_dialog.generation;
    g_dialog.request.unlock(g_dialog.passphrase, [generation](const std::string& error) {
        if (generation != g_dialog.generation) return;
        g_dialog.busy = false;
        wipe(g_dialog.passphrase);
        if (error.empty()) {
            ++g_dialog.generation;
            g_dialog.request = {};
            return;  // the popup closes itself on the next frame
        }
        g_dialog.error = error;
        g_dialog.focusField = true;
    });
}

}  // namespace

void askForPassphrase(PassphraseRequest request) {
    ++g_dialog.generation;
    wipe(g_dialog.passphrase);
    g_dialog.request = std::move(request);
    g_dialog.error.clear();
    g_dialog.busy = false;
    g_dialog.openRequested = true;
    g_dialog.focusField = true;
}

void drawPassphraseDialog() {
    if (g_dialog.openRequested) {
        ImGui::OpenPopup(kTitle);
        g_dialog.openRequested = false;
    }
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(viewport->GetCenter(), ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
    ImGui::SetNextWindowSize(ImVec2(em(30), 0));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, emVec(1.4f, 1.2f));
    ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, emVec(0.6f, 0.7f));
    const bool open = ImGui::BeginPopupModal(kTitle, nullptr, ImGuiWindowFlags_NoSavedSettings |
                                                                  ImGuiWindowFlags_NoResize |
                                                                  ImGuiWindowFlags_NoTitleBar |
                                                                  ImGuiWindowFlags_AlwaysAutoResize);
    ImGui::PopStyleVar(2);
    if (!open) return;
    if (!g_dialog.request.unlock) {  // unlocked (or replaced by nothing): close
        ImGui::CloseCurrentPopup();
        ImGui::EndPopup();
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
    const std::string& file = g_dialog.request.fileName;
    const std::string what = file.empty() ? std::string("This plan file") : "\"" + file + "\"";
    ImGui::TextUnformatted((what + " is protected with a passphrase. Enter the passphrase you were "
                                   "given to import the plan.").c_str());
    ImGui::PopTextWrapPos();

    mutedText("Passphrase");
    if (g_dialog.focusField && !g_dialog.busy) {
        ImGui::SetKeyboardFocusHere();
        g_dialog.focusField = false;
    }
    ImGui::SetNextItemWidth(-1);
    ImGuiInputTextFlags flags = ImGuiInputTextFlags_Password | ImGuiInputTextFlags_EnterReturnsTrue;
    if (g_dialog.busy) flags |= ImGuiInputTextFlags_ReadOnly;
    const bool entered = ImGui::InputText("##import-passphrase", &g_dialog.passphrase, flags);
    itemRegistry().labelLastItem("Passphrase");

    if (!g_dialog.error.empty()) {
        ImGui::PushStyleColor(ImGuiCol_Text, palette().bad);
        ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + em(27));
        ImGui::TextUnformatted((std::string(ICON_WARNING " ") + g_dialog.error).c_str());
        ImGui::PopTextWrapPos();
        ImGui::PopStyleColor();
        itemRegistry().labelLastItem(g_dialog.error.c_str());  // tests find the message itself
    }
    if (g_dialog.busy) mutedText("Checking the passphrase…");

    ImGui::Dummy(emVec(0, 0.2f));
    const bool canSubmit = !g_dialog.busy && !g_dialog.passphrase.empty();
    ImGui::BeginDisabled(!canSubmit);
    const bool unlock = ImGui::Button(ICON_UNLOCK " Unlock and import");
    ImGui::EndDisabled();
    ImGui::SameLine();
    const bool cancel = ImGui::Button("Cancel") || (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape)) && !g_dialog.busy);
    if ((unlock || entered) && canSubmit) submit();
    if (cancel) {
        ++g_dialog.generation;
        wipe(g_dialog.passphrase);
        g_dialog.request = {};
        g_dialog.busy = false;
        ImGui::CloseCurrentPopup();
    }
    ImGui::EndPopup();
}

}  // namespace keystone::ui
