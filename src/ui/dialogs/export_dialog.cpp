#include "ui/dialogs/export_dialog.h"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>

#include "core/plan_format/plan_import.h"
#include "core/pricing/pricing_scenario_export.h"
#include "core/report/html_escape.h"
#include "core/sharing/passphrase_strength.h"
#include "core/sharing/plan_email.h"
#include "core/sharing/plan_envelope.h"
#include "platform/platform.h"
#include "ui/shell/item_registry.h"
#include "ui/shell/notices.h"
#include "ui/widgets/accessible_widgets.h"
#include "ui/widgets/icons.h"
#include "ui/widgets/plan_file_icons.h"
#include "ui/widgets/theme.h"
#include "ui/widgets/widgets.h"

namespace keystone::ui {
namespace {

constexpr const char* kTitle = "Export or email this plan";
constexpr float kWidthEm = 32;

void wipe(std::string& secret) {
    std::fill(secret.begin(), secret.end(), '\0');
    secret.clear();
}

// Hands the finished file to the rep: a download, or the share sheet / mail draft.
void deliver(NoticesState& notices, bool email, const std::string& fileName,
             const std::string& bytes, const PlanEmail& summary, bool encrypted) {
    if (!email) {
        platform::downloadFile(fileName, bytes, "application/json");
        postNotice(notices, NoticeKind::Success,
                   "Exported " + fileName +
                       (encrypted ? ", protected with your passphrase. Give the "
                                    "passphrase separately (phone or chat), never "
                                    "in the same email."
                                  : "."));
        return;
    }
    platform::shareFile(
        fileName, bytes, "application/json", summary.subject, summary.body, mailtoUrl(summary),
        [&notices, fileName](platform::ShareOutcome outcome) {
            if (outcome == platform::ShareOutcome::Shared)
                postNotice(notices, NoticeKind::Success, "Shared " + fileName + ".");
            else if (outcome == platform::ShareOutcome::MailFallback)
                postNotice(notices, NoticeKind::Info,
                           "Your email app opens a draft with a short summary. Attach "
                           "the downloaded file \"" +
                               fileName + "\" to it before sending.");
        });
}

ImVec4 strengthColour(PassphraseStrength strength) {
    switch (strength) {
        case PassphraseStrength::Strong:
            return palette().good;
        case PassphraseStrength::Fair:
            return palette().warning;
        default:
            return palette().bad;
    }
}

float strengthFraction(PassphraseStrength strength) {
    switch (strength) {
        case PassphraseStrength::Strong:
            return 1.0f;
        case PassphraseStrength::Fair:
            return 0.66f;
        case PassphraseStrength::Weak:
            return 0.33f;
        default:
            return 0.1f;
    }
}

void wrappedText(const std::string& text, const ImVec4* colour = nullptr) {
    if (colour) ImGui::PushStyleColor(ImGuiCol_Text, *colour);
    // Window-local: the right edge of the content, whatever the indent.
    ImGui::PushTextWrapPos(em(kWidthEm - 1.4f));
    ImGui::TextUnformatted(text.c_str());
    ImGui::PopTextWrapPos();
    if (colour) ImGui::PopStyleColor();
}

}  // namespace

void ExportDialog::open(const std::string& accountId) {
    close();
    m_accountId = accountId;
    m_openRequested = true;
}

void ExportDialog::close() {
    ++m_generation;
    wipe(m_passphrase);
    wipe(m_confirm);
    m_error.clear();
    m_busy = false;
    m_accountId.clear();
}

void ExportDialog::start(const Workspace& workspace, Delivery delivery,
                         const std::function<void(const std::string&)>& downloadPlain) {
    const Account* account = findAccount(workspace.portfolio(), m_accountId);
    if (!account) return close();
    const bool email = delivery == Delivery::Email;
    const std::string fileName = planFileName(account->name, m_protect);
    PlanEmailOptions emailOptions;
    emailOptions.fileName = fileName;
    emailOptions.encrypted = m_protect;
    const PlanEmail summary =
        composePlanEmail(*account, workspace.portfolio().qualification, emailOptions);

    if (!m_protect) {
        if (email) {
            deliver(m_notices, true, fileName, exportPlanFile(*account, workspace.portfolio()),
                    summary, false);
            if (m_onShared) m_onShared(m_accountId);
        } else {
            downloadPlain(m_accountId);
        }
        return close();
    }
    const PassphraseRating rating = ratePassphrase(m_passphrase);
    if (rating.strength == PassphraseStrength::TooShort) {
        m_error = "The passphrase needs at least 8 characters.";
        return;
    }
    if (m_passphrase != m_confirm) {
        m_error = "The two passphrases are different. Type the same passphrase in both fields.";
        return;
    }
    m_error.clear();
    m_busy = true;
    const int generation = m_generation;
    platform::sealBytes(
        exportPlanFile(*account, workspace.portfolio()), m_passphrase, kMinIterations,
        [this, generation, email, fileName, summary, accountId = m_accountId](
            bool ok, platform::SealedBytes sealed, const std::string& reason) {
            if (generation != m_generation) return;  // closed meanwhile
            if (!ok) {
                m_busy = false;
                m_error =
                    reason == "unavailable"
                        ? "This browser cannot encrypt files here (it needs a secure "
                          "https connection). Export without a passphrase, or open "
                          "Keystone from its usual address."
                        : "Encrypting the plan failed (" + reason + "). Nothing was exported.";
                return;
            }
            EncryptedPlan envelope;
            envelope.iterations = sealed.iterations;
            envelope.salt = std::move(sealed.salt);
            envelope.iv = std::move(sealed.iv);
            envelope.ciphertext = std::move(sealed.ciphertext);
            deliver(m_notices, email, fileName, writeEncryptedPlan(envelope), summary, true);
            if (m_onShared) m_onShared(accountId);
            close();
        });
}

void ExportDialog::drawProtection() {
    ImGui::Indent(em(1.6f));
    const ImGuiInputTextFlags flags =
        ImGuiInputTextFlags_Password |
        (m_busy ? ImGuiInputTextFlags_ReadOnly : ImGuiInputTextFlags_None);
    mutedText("Passphrase");
    ImGui::SetNextItemWidth(-em(0.2f));
    ui::inputText("##export-passphrase", &m_passphrase, flags);
    itemRegistry().labelLastItem("Passphrase");
    // The hint and match lines are always laid out, so nothing moves under the pointer
    // between typing and clicking Export.
    const PassphraseRating rating = ratePassphrase(m_passphrase);
    if (m_passphrase.empty()) {
        mutedText("At least 8 characters; a few unrelated words work well.");
    } else {
        ImGui::PushStyleColor(ImGuiCol_PlotHistogram, strengthColour(rating.strength));
        ImGui::ProgressBar(strengthFraction(rating.strength), ImVec2(em(6), em(0.35f)), "");
        ImGui::PopStyleColor();
        ImGui::SameLine();
        const ImVec4 colour =
            rating.strength == PassphraseStrength::Strong ? palette().good : palette().textMuted;
        ImGui::PushStyleColor(ImGuiCol_Text, colour);
        ImGui::SetCursorPosY(ImGui::GetCursorPosY() - em(0.3f));
        ImGui::PushTextWrapPos(em(kWidthEm - 1.4f));
        ImGui::TextUnformatted(rating.hint.c_str());
        ImGui::PopTextWrapPos();
        ImGui::PopStyleColor();
        itemRegistry().labelLastItem(("Strength: " + rating.hint).c_str());
    }
    mutedText("Confirm passphrase");
    ImGui::SetNextItemWidth(-em(0.2f));
    ui::inputText("##export-confirm", &m_confirm, flags);
    itemRegistry().labelLastItem("Confirm passphrase");
    if (!m_confirm.empty() && m_confirm == m_passphrase)
        wrappedText(ICON_CHECK " The passphrases match.", &palette().good);
    else if (!m_confirm.empty() && !ImGui::IsItemActive())
        wrappedText("The passphrases do not match yet.", &palette().warning);
    else
        ImGui::TextUnformatted(" ");
    ImGui::PushStyleColor(ImGuiCol_Text, palette().textMuted);
    wrappedText(
        "Give the passphrase separately (phone or chat), never in the same email. "
        "Nobody can recover a forgotten passphrase, not even Keystone.");
    ImGui::PopStyleColor();
    ImGui::Unindent(em(1.6f));
}

void ExportDialog::draw(const Workspace& workspace,
                        const std::function<void(const std::string&)>& downloadPlain,
                        bool savingFailed) {
    if (m_openRequested) {
        ImGui::OpenPopup(kTitle);
        m_openRequested = false;
    }
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(viewport->GetCenter(), ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
    ImGui::SetNextWindowSize(ImVec2(em(kWidthEm), 0));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, emVec(1.4f, 1.2f));
    ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, emVec(0.6f, 0.6f));
    const bool open =
        ui::beginPopupModal(kTitle, nullptr,
                            ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoResize |
                                ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_AlwaysAutoResize);
    ImGui::PopStyleVar(2);
    if (!open) return;
    const Account* account = findAccount(workspace.portfolio(), m_accountId);
    if (!account) {  // closed, or the account went away (undo of an import)
        close();
        ImGui::CloseCurrentPopup();
        ui::endPopup();
        return;
    }

    ImGui::PushFont(fonts().heading);
    ImGui::TextUnformatted(("Share " + truncateText(account->name, 40)).c_str());
    ImGui::PopFont();
    wrappedText(
        "Download the plan file or email it. Colleagues open it in Keystone with Import plan; "
        "their changes merge back when you import their copy.",
        &palette().textMuted);
    if (savingFailed)
        wrappedText(ICON_WARNING
                    " This browser could not save your latest changes. Export the plan now "
                    "so nothing is lost.",
                    &palette().bad);

    ImGui::Dummy(emVec(0, 0.1f));
    ImGui::BeginDisabled(m_busy);
    if (ui::checkbox(ICON_LOCK " Protect with a passphrase", &m_protect)) m_error.clear();
    ImGui::EndDisabled();
    if (m_protect) drawProtection();

    if (!m_error.empty()) {
        wrappedText(std::string(ICON_WARNING " ") + m_error, &palette().bad);
        itemRegistry().labelLastItem(m_error.c_str());
    }
    if (m_busy) mutedText("Encrypting… this takes a moment.");

    ImGui::Dummy(emVec(0, 0.2f));
    ImGui::BeginDisabled(m_busy);
    ImGui::PushStyleColor(ImGuiCol_Button, palette().accent);
    ImGui::PushStyleColor(ImGuiCol_ButtonHovered, ImVec4(palette().accent.x, palette().accent.y,
                                                         palette().accent.z, 0.85f));
    ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(1, 1, 1, 1));
    const bool download = ui::button(ICON_DOWNLOAD " Export");
    ImGui::PopStyleColor(3);
    if (ImGui::IsItemHovered())
        ImGui::SetTooltip("Download %s", planFileName(account->name, m_protect).c_str());
    ImGui::SameLine();
    const bool email = ui::button(ICON_ENVELOPE " Email this plan");
    if (ImGui::IsItemHovered())
        ImGui::SetTooltip(
            "Share the file with your email app, or open a mail draft with a short "
            "summary and download the file to attach");
    ImGui::SameLine();
    const bool cancel =
        ui::button("Cancel") || ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape));
    ImGui::EndDisabled();

    if (download || email)
        start(workspace, download ? Delivery::Download : Delivery::Email, downloadPlain);
    if ((cancel && !m_busy) || m_accountId.empty()) {
        close();
        ImGui::CloseCurrentPopup();
    }
    ui::endPopup();
}

}  // namespace keystone::ui
