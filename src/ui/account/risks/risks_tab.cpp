#include "ui/account/risks/risks_tab.h"

#include <imgui.h>

#include <algorithm>
#include <string>

#include "core/editing/edits.h"
#include "core/health/risk_matrix.h"
#include "core/model/ids.h"
#include "core/plan_format/plan_format.h"
#include "ui/account/risks/risk_views.h"
#include "ui/widgets/chart_common.h"
#include "ui/widgets/icons.h"
#include "ui/widgets/theme.h"
#include "ui/widgets/widgets.h"

namespace keystone::ui {
namespace {

std::string summaryOf(const Account& account, const std::string& today) {
    int open = 0, critical = 0, overdue = 0;
    for (const Risk& risk : account.risks) {
        if (!isRiskOpen(risk)) continue;
        ++open;
        critical += riskLevelForSeverity(riskSeverity(risk)) == RiskLevel::Critical ? 1 : 0;
        overdue += isRiskOverdue(risk, today) ? 1 : 0;
    }
    const size_t n = account.risks.size();
    return std::to_string(n) + (n == 1 ? " risk" : " risks") + "  ·  " + std::to_string(open) +
           " open  ·  " + std::to_string(critical) + " critical  ·  " + std::to_string(overdue) +
           " overdue";
}

}  // namespace

RiskViewState& riskViewState(RiskViewState& state, const Account& account) {
    if (state.accountId != account.id) {
        state = RiskViewState{};
        state.accountId = account.id;
    }
    return state;
}

ImVec4 riskSeverityColour(int severity) {
    // One colour per level, green to amber to red, so a cell and its risks' pills agree
    // and blends never turn muddy.
    const Palette& p = palette();
    switch (riskLevelForSeverity(severity)) {
        case RiskLevel::Low:
            return p.good;
        case RiskLevel::Medium:
            return p.warning;
        case RiskLevel::High:
            return mixColour(p.warning, p.bad, 0.5f);
        case RiskLevel::Critical:
            return p.bad;
    }
    return p.bad;
}

void riskSeverityPill(int severity) {
    const std::string text = std::to_string(severity) + "  " +
                             std::string(riskLevelLabel(riskLevelForSeverity(severity)));
    badge(text.c_str(), riskSeverityColour(severity));
}

void drawRisksTab(Workspace& workspace, ViewState& view, const Account& account) {
    RiskViewState& state = riskViewState(view.risks, account);
    ImGui::Spacing();
    if (panelHeader("Risk register", summaryOf(account, workspace.today), ICON_PLUS " Add risk")) {
        if (account.risks.size() >= kMaxListItems) return;  // the plan format's limit
        Risk risk;
        risk.id = newId();
        risk.updated = workspace.clockNow();
        workspace.execute(insertEntity(account.id, &Account::risks, risk, -1, "Add risk"));
        state.selectedId = risk.id;
        state.focusTitleId = risk.id;
        state.filterLikelihood = state.filterImpact = 0;  // so the new risk is in view
        return;                                           // the list moved; draw it next frame
    }
    ImGui::Spacing();
    // The editor always has something to show: the most severe risk until the rep picks one.
    const bool selectedExists =
        std::any_of(account.risks.begin(), account.risks.end(),
                    [&](const Risk& r) { return r.id == state.selectedId; });
    if (!selectedExists && !account.risks.empty())
        state.selectedId = account.risks[risksBySeverity(account.risks).front()].id;

    const ImGuiTableFlags layout = ImGuiTableFlags_SizingFixedFit | ImGuiTableFlags_NoPadOuterX;
    if (ImGui::BeginTable("##risk-top", 2, layout)) {
        ImGui::TableSetupColumn("map", ImGuiTableColumnFlags_WidthFixed, em(19.0f));
        ImGui::TableSetupColumn("editor", ImGuiTableColumnFlags_WidthStretch);
        ImGui::TableNextColumn();
        drawRiskHeatMap(account, state);
        ImGui::TableNextColumn();
        const bool deleted = drawRiskEditor(workspace, account, state);
        ImGui::EndTable();
        if (deleted) return;
    }
    ImGui::Spacing();
    ImGui::Spacing();
    drawRiskTable(workspace, account, state);
}

}  // namespace keystone::ui
