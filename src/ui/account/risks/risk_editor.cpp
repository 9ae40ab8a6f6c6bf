// Editor for the selected risk: every change is one command on that risk (text fields
// merge keystrokes). Likelihood and impact are picked on the 1-5 scale, so they are
// clamped by construction; the due date is committed only once it is a real date.
#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <string>

#include "core/editing/edits.h"
#include "core/health/risk_matrix.h"
#include "core/model/calendar.h"
#include "ui/account/risks/risk_views.h"
#include "ui/widgets/accessible_widgets.h"
#include "ui/widgets/chart_common.h"
#include "ui/widgets/icons.h"
#include "ui/widgets/theme.h"
#include "ui/widgets/widgets.h"

namespace keystone::ui {
namespace {

template <class T>
void setRisk(Workspace& workspace, const Account& account, const Risk& risk, T Risk::*field,
             T value, std::string description, std::string mergeKey = {}) {
    editEntity(workspace, account.id, &Account::risks, risk.id, field, std::move(value),
               std::move(description), std::move(mergeKey));
}

// A 1..5 picker with the scale's words as tooltips and the current word beside it.
void scalePicker(Workspace& workspace, const Account& account, const Risk& risk, int Risk::*field,
                 const char* id, std::string_view (*word)(int), const char* what) {
    static const char* const kNumbers[] = {"1", "2", "3", "4", "5"};
    std::string tips[5];
    const char* tipPtrs[5];
    for (int i = 0; i < 5; ++i) {
        tips[i] = std::to_string(i + 1) + ": " + std::string(word(i + 1));
        tipPtrs[i] = tips[i].c_str();
    }
    const int current = clampRiskScale(risk.*field);
    const int picked = segmented(id, kNumbers, 5, current - 1, tipPtrs);
    if (picked >= 0 && picked + 1 != current)
        setRisk(workspace, account, risk, field, clampRiskScale(picked + 1),
                std::string("Set risk ") + what + " to " + std::to_string(picked + 1));
    ImGui::SameLine(0, em(0.8f));
    ImGui::AlignTextToFramePadding();
    mutedText(std::string(word(risk.*field)).c_str());
}

constexpr float kDueFieldWidthEm = 9.0f;

// Free typing, but the model only ever holds "" or a real date: partial text stays in the
// buffer and a plain message says what is expected.
void dueDateField(Workspace& workspace, const Account& account, const Risk& risk,
                  RiskViewState& state) {
    if (state.dueEditId != risk.id) {
        state.dueEditId = risk.id;
        state.dueBuffer = risk.dueDate;
    }
    ImGui::SetNextItemWidth(em(kDueFieldWidthEm));
    const bool changed = ui::inputTextWithHint("##Due date", "YYYY-MM-DD", &state.dueBuffer);
    const bool active = ImGui::IsItemActive();
    if (ImGui::IsItemDeactivated()) workspace.closeMergeWindow();
    const bool valid = state.dueBuffer.empty() || parseIsoDate(state.dueBuffer).ok();
    if (changed && valid && state.dueBuffer != risk.dueDate)
        setRisk(workspace, account, risk, &Risk::dueDate, state.dueBuffer, "Edit risk due date",
                risk.id + "/due");
    if (!active && state.dueBuffer != risk.dueDate)
        state.dueBuffer = risk.dueDate;  // undo, or abandoned text
    ImGui::SameLine();
    if (!valid) {
        ImGui::AlignTextToFramePadding();
        ImGui::PushStyleColor(ImGuiCol_Text, palette().bad);
        ImGui::TextUnformatted("Use a real date like 2027-01-31");
        ImGui::PopStyleColor();
        exposeReadout("Use a real date like 2027-01-31");
    } else if (isRiskOverdue(risk, workspace.today)) {
        ImGui::AlignTextToFramePadding();
        ImGui::PushStyleColor(ImGuiCol_Text, palette().bad);
        ImGui::TextUnformatted("Overdue");
        ImGui::PopStyleColor();
    }
}

}  // namespace

bool drawRiskEditor(Workspace& workspace, const Account& account, RiskViewState& state) {
    const Risk* risk = nullptr;
    for (const Risk& r : account.risks)
        if (r.id == state.selectedId) risk = &r;
    Card card;
    card.begin();
    if (!risk) {
        state.selectedId.clear();
        ImGui::PushFont(fonts().strong);
        ImGui::TextUnformatted("Risk details");
        ImGui::PopFont();
        ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + card.innerWidth());
        mutedText(
            "Add a risk to edit its details here. Severity is likelihood × impact, from 1 to 25: "
            "Low up to 4, Medium 5–9, High 10–16, Critical 20 and above.");
        ImGui::PopTextWrapPos();
        ImGui::Dummy(ImVec2(card.innerWidth(), 0));
        card.end();
        return false;
    }
    ImGui::PushID(risk->id.c_str());
    bool deleted = false;
    const ImGuiTableFlags layout = ImGuiTableFlags_SizingFixedFit | ImGuiTableFlags_NoPadOuterX;
    if (ImGui::BeginTable("##risk-form", 2, layout, ImVec2(card.innerWidth(), 0))) {
        ImGui::TableSetupColumn("label", ImGuiTableColumnFlags_WidthFixed, em(6.0f));
        ImGui::TableSetupColumn("field", ImGuiTableColumnFlags_WidthStretch);
        // Title, then its severity and the delete button at the right of the same row.
        formRowLabel("Risk");
        if (state.focusTitleId == risk->id) {
            ImGui::SetKeyboardFocusHere();
            state.focusTitleId.clear();
        }
        const char* deleteLabel = ICON_TRASH " Delete risk";
        const float tail =
            em(7.2f) + ImGui::CalcTextSize(deleteLabel).x + ImGui::GetStyle().FramePadding.x * 2;
        textField(workspace, "##Risk title", risk->title,
                  entityTextEdit(workspace, account.id, &Account::risks, risk->id, &Risk::title,
                                 "Edit risk title"),
                  "What could go wrong?",
                  std::max(em(8.0f), ImGui::GetContentRegionAvail().x - tail));
        ImGui::SameLine();
        ImGui::SetCursorPosY(ImGui::GetCursorPosY() + ImGui::GetStyle().FramePadding.y * 0.5f);
        riskSeverityPill(riskSeverity(*risk));
        hoverTooltip(
            "Severity = likelihood × impact (1–25): Low up to 4, Medium 5–9, High 10–16, "
            "Critical 20 and above");
        ImGui::SameLine();
        ImGui::SetCursorPosX(ImGui::GetContentRegionMax().x - (tail - em(7.2f)));
        if (ui::button(deleteLabel)) {
            workspace.execute(removeEntity(account.id, &Account::risks, risk->id,
                                           "Delete risk " + risk->title, workspace.portfolio()));
            state.selectedId.clear();
            deleted = true;
        }
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("Delete this risk (Undo brings it back)");
        if (!deleted) {
            formRowLabel("Likelihood");
            scalePicker(workspace, account, *risk, &Risk::likelihood, "likelihood", likelihoodLabel,
                        "likelihood");
            formRowLabel("Impact");
            scalePicker(workspace, account, *risk, &Risk::impact, "impact", impactLabel, "impact");
            formRowLabel("Status");
            static const char* const kStatuses[] = {"Open", "Mitigating", "Closed"};
            static const char* const kStatusTips[] = {
                "Open: no mitigation under way yet",
                "Mitigating: actions are under way; still counted as exposure",
                "Closed: no longer a risk; leaves the heat map"};
            const int status =
                segmented("status", kStatuses, 3, static_cast<int>(risk->status), kStatusTips);
            if (status >= 0 && status != static_cast<int>(risk->status))
                setRisk(workspace, account, *risk, &Risk::status, static_cast<RiskStatus>(status),
                        std::string("Set risk status to ") + kStatuses[status]);
            formRowLabel("Owner");
            textField(workspace, "##Owner", risk->owner,
                      entityTextEdit(workspace, account.id, &Account::risks, risk->id, &Risk::owner,
                                     "Edit risk owner"),
                      "Who drives the mitigation", em(13.0f));
            sameLineIfRoom(ImGui::CalcTextSize("Due").x + ImGui::GetStyle().ItemSpacing.x +
                               kDueFieldWidthEm * em(1.0f),
                           em(1.2f));
            ImGui::AlignTextToFramePadding();
            mutedText("Due");
            ImGui::SameLine();
            dueDateField(workspace, account, *risk, state);
            formRowLabel("Mitigation");
            expandingTextArea(workspace, "##Mitigation", risk->mitigation,
                              entityTextEdit(workspace, account.id, &Account::risks, risk->id,
                                             &Risk::mitigation, "Edit risk mitigation"),
                              3.0f, "What we are doing to reduce it");
        }
        ImGui::EndTable();
    }
    ImGui::PopID();
    card.end();
    return deleted;
}

}  // namespace keystone::ui
