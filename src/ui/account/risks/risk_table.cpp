// The risk register table: sortable (severity, highest first, by default), filtered by
// the heat-map cell the rep clicked; a row click selects the risk for the editor.
#include <imgui.h>

#include <algorithm>
#include <string>
#include <vector>

#include "core/health/risk_matrix.h"
#include "ui/account/risks/risk_views.h"
#include "ui/widgets/accessible_widgets.h"
#include "ui/widgets/chart_common.h"
#include "ui/widgets/icons.h"
#include "ui/widgets/theme.h"
#include "ui/widgets/widgets.h"

namespace keystone::ui {
namespace {

enum Column { Severity, Title, Likelihood, Impact, Owner, Status, Due };

ImVec4 statusColour(RiskStatus status) {
    switch (status) {
        case RiskStatus::Open:
            return palette().warning;
        case RiskStatus::Mitigating:
            return palette().info;
        case RiskStatus::Closed:
            return palette().textMuted;
    }
    return palette().textMuted;
}

// Row order for the table's current sort column; severity order breaks ties.
std::vector<size_t> sortedRows(const std::vector<Risk>& risks, const ImGuiTableSortSpecs* specs) {
    std::vector<size_t> rows = risksBySeverity(risks);
    if (!specs || specs->SpecsCount == 0) return rows;
    const ImGuiTableColumnSortSpecs& spec = specs->Specs[0];
    const bool ascending = spec.SortDirection == ImGuiSortDirection_Ascending;
    if (spec.ColumnIndex == Severity) {
        if (ascending) std::reverse(rows.begin(), rows.end());
        return rows;
    }
    auto key = [&](size_t i) -> std::string {
        const Risk& r = risks[i];
        switch (spec.ColumnIndex) {
            case Title:
                return r.title;
            case Owner:
                return r.owner;
            case Due:
                return r.dueDate.empty() ? std::string("9999") : r.dueDate;  // undated last
            default:
                return {};
        }
    };
    auto number = [&](size_t i) -> int {
        const Risk& r = risks[i];
        switch (spec.ColumnIndex) {
            case Likelihood:
                return clampRiskScale(r.likelihood);
            case Impact:
                return clampRiskScale(r.impact);
            case Status:
                return static_cast<int>(r.status);
            default:
                return 0;
        }
    };
    std::stable_sort(rows.begin(), rows.end(), [&](size_t a, size_t b) {
        const int na = number(a), nb = number(b);
        if (na != nb) return ascending ? na < nb : na > nb;
        const std::string ka = key(a), kb = key(b);
        return ascending ? ka < kb : kb < ka;
    });
    return rows;
}

// The number only, to leave the title room; its word ("Likely") is in the tooltip.
void scaleCell(int value, std::string_view word) {
    ImGui::Text("%d", value);
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%d: %s", value, std::string(word).c_str());
}

}  // namespace

void drawRiskTable(Workspace& workspace, const Account& account, RiskViewState& state) {
    if (account.risks.empty()) {
        emptyState(ICON_WARNING, "No risks yet — add the first one",
                   "Log what could block the renewal or the expansion, how likely it is and what "
                   "it would cost.");
        return;
    }
    if (state.filtering()) {
        ImGui::AlignTextToFramePadding();
        ImGui::Text("Showing open risks at likelihood %d × impact %d", state.filterLikelihood,
                    state.filterImpact);
        ImGui::SameLine();
        if (ui::smallButton("Clear filter")) state.filterLikelihood = state.filterImpact = 0;
    }

    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH |
                                  ImGuiTableFlags_Sortable | ImGuiTableFlags_SizingStretchProp |
                                  ImGuiTableFlags_PadOuterX;
    if (!ImGui::BeginTable("##risk-register", 7, flags)) return;
    const ImGuiTableColumnFlags fixed = ImGuiTableColumnFlags_WidthFixed;
    ImGui::TableSetupColumn(
        "Severity",
        fixed | ImGuiTableColumnFlags_DefaultSort | ImGuiTableColumnFlags_PreferSortDescending,
        em(7.0f));
    ImGui::TableSetupColumn("Risk", ImGuiTableColumnFlags_WidthStretch, 3.0f);
    ImGui::TableSetupColumn("Likelihood", fixed | ImGuiTableColumnFlags_PreferSortDescending,
                            em(5.6f));
    ImGui::TableSetupColumn("Impact", fixed | ImGuiTableColumnFlags_PreferSortDescending, em(4.4f));
    ImGui::TableSetupColumn("Owner", ImGuiTableColumnFlags_WidthStretch, 1.2f);
    ImGui::TableSetupColumn("Status", fixed, em(6.4f));
    ImGui::TableSetupColumn("Due", fixed, em(7.4f));
    ImGui::TableHeadersRow();

    int shown = 0;
    for (size_t index : sortedRows(account.risks, ImGui::TableGetSortSpecs())) {
        const Risk& risk = account.risks[index];
        if (state.filtering() &&
            (!isRiskOpen(risk) || clampRiskScale(risk.likelihood) != state.filterLikelihood ||
             clampRiskScale(risk.impact) != state.filterImpact))
            continue;
        ++shown;
        ImGui::PushID(risk.id.c_str());
        ImGui::TableNextRow(0, ImGui::GetFrameHeight());
        const bool closed = !isRiskOpen(risk);
        if (closed) ImGui::PushStyleVar(ImGuiStyleVar_Alpha, 0.6f);

        // Cells are one frame high: text sits on the frame's baseline, the pill is centred.
        const float frame = ImGui::GetFrameHeight();
        ImGui::TableNextColumn();
        ImGui::SetCursorPosY(ImGui::GetCursorPosY() +
                             (frame - ImGui::GetTextLineHeight() - em(0.24f)) * 0.5f);
        riskSeverityPill(riskSeverity(risk));

        ImGui::TableNextColumn();
        const std::string label =
            (risk.title.empty() ? std::string("Untitled risk") : risk.title) + "##row";
        if (ui::selectable(label.c_str(), state.selectedId == risk.id,
                           ImGuiSelectableFlags_SpanAllColumns, ImVec2(0, frame))) {
            state.selectedId = risk.id;
            workspace.closeMergeWindow();
        }
        if (ImGui::IsItemHovered()) {
            ImGui::BeginTooltip();
            ImGui::PushTextWrapPos(em(26.0f));
            ImGui::PushFont(fonts().strong);
            ImGui::TextUnformatted(label.c_str(),
                                   label.c_str() + label.size() - 5);  // without "##row"
            ImGui::PopFont();
            mutedText(risk.mitigation.empty() ? "No mitigation recorded yet."
                                              : risk.mitigation.c_str());
            ImGui::PopTextWrapPos();
            ImGui::EndTooltip();
        }

        ImGui::TableNextColumn();
        ImGui::AlignTextToFramePadding();
        scaleCell(clampRiskScale(risk.likelihood), likelihoodLabel(risk.likelihood));
        ImGui::TableNextColumn();
        ImGui::AlignTextToFramePadding();
        scaleCell(clampRiskScale(risk.impact), impactLabel(risk.impact));
        ImGui::TableNextColumn();
        ImGui::AlignTextToFramePadding();
        if (risk.owner.empty())
            mutedText("—");
        else
            ImGui::TextUnformatted(risk.owner.c_str());
        ImGui::TableNextColumn();
        ImGui::AlignTextToFramePadding();
        ImGui::PushStyleColor(ImGuiCol_Text, statusColour(risk.status));
        ImGui::TextUnformatted(std::string(riskStatusLabel(risk.status)).c_str());
        ImGui::PopStyleColor();
        ImGui::TableNextColumn();
        ImGui::AlignTextToFramePadding();
        if (risk.dueDate.empty()) {
            mutedText("—");
        } else if (isRiskOverdue(risk, workspace.today)) {
            ImGui::PushStyleColor(ImGuiCol_Text, palette().bad);
            ImGui::TextUnformatted(risk.dueDate.c_str());
            ImGui::PopStyleColor();
            if (ImGui::IsItemHovered())
                ImGui::SetTooltip("Overdue: the due date has passed and the risk is still open");
        } else {
            ImGui::TextUnformatted(risk.dueDate.c_str());
        }
        if (closed) ImGui::PopStyleVar();
        ImGui::PopID();
    }
    ImGui::EndTable();
    if (shown == 0) mutedText("No open risks in this cell.");
}

}  // namespace keystone::ui
