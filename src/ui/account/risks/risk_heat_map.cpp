// The 5 x 5 likelihood x impact heat map of open risks. Rows run from likelihood 5 (top)
// to 1, columns from impact 1 to 5, so the dangerous corner is top right as in every
// enterprise risk matrix. Each cell is a labelled hit area ("Likelihood 4 × Impact 5:
// 1 open") that lists its risks on hover and filters the register on click.
#include <imgui.h>

#include <string>

#include "core/health/risk_matrix.h"
#include "ui/account/risks/risk_views.h"
#include "ui/widgets/chart_common.h"
#include "ui/widgets/icons.h"
#include "ui/widgets/theme.h"
#include "ui/widgets/widgets.h"

namespace keystone::ui {
namespace {

void cellTooltip(const Account& account, const std::vector<size_t>& risks, int likelihood,
                 int impact) {
    ImGui::BeginTooltip();
    ImGui::PushTextWrapPos(em(24.0f));
    const int severity = riskSeverity(likelihood, impact);
    ImGui::PushFont(fonts().strong);
    ImGui::Text("Likelihood %d (%s) × impact %d (%s)", likelihood,
                std::string(likelihoodLabel(likelihood)).c_str(), impact,
                std::string(impactLabel(impact)).c_str());
    ImGui::PopFont();
    ImGui::PushStyleColor(ImGuiCol_Text, palette().textMuted);
    ImGui::Text("Severity %d of 25: %s", severity,
                std::string(riskLevelLabel(riskLevelForSeverity(severity))).c_str());
    ImGui::PopStyleColor();
    ImGui::Separator();
    if (risks.empty()) mutedText("No open risks here.");
    for (size_t index : risks) {
        const Risk& risk = account.risks[index];
        ImGui::Bullet();
        ImGui::TextWrapped("%s  (%s%s%s)",
                           risk.title.empty() ? "Untitled risk" : risk.title.c_str(),
                           std::string(riskStatusLabel(risk.status)).c_str(),
                           risk.owner.empty() ? "" : ", ", risk.owner.c_str());
    }
    if (!risks.empty()) mutedText("Click to show only these in the register.");
    ImGui::PopTextWrapPos();
    ImGui::EndTooltip();
}

}  // namespace

void drawRiskHeatMap(const Account& account, RiskViewState& state) {
    const RiskHeatMap map = buildRiskHeatMap(account.risks);
    Card card;
    card.begin();
    ImGui::PushFont(fonts().strong);
    ImGui::TextUnformatted("Likelihood × impact");
    ImGui::PopFont();
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + card.innerWidth());
    mutedText((std::to_string(map.openCount) + " open " + (map.openCount == 1 ? "risk" : "risks") +
               " by cell. Hover a cell to list them; click to filter the register.")
                  .c_str());
    ImGui::PopTextWrapPos();
    ImGui::Spacing();
    mutedText("Likelihood ↑");

    const float axis = em(1.6f);  // likelihood numbers column
    const float cell = std::min(em(2.5f), (card.innerWidth() - axis) / 5.0f);
    const float gap = std::max(1.0f, em(0.15f));
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const Palette& p = palette();
    const ImU32 ink = toU32(ImGui::GetStyle().Colors[ImGuiCol_WindowBg]);  // on strong fills
    const float lineH = ImGui::GetTextLineHeight();

    for (int row = 0; row < 5; ++row) {
        const int likelihood = 5 - row;
        const float y = origin.y + row * cell;
        const std::string number = std::to_string(likelihood);
        draw->AddText(ImVec2(origin.x + axis * 0.35f, y + (cell - lineH) * 0.5f),
                      toU32(p.textMuted), number.c_str());
        for (int impact = 1; impact <= 5; ++impact) {
            const ImVec2 min(origin.x + axis + (impact - 1) * cell + gap, y + gap);
            const ImVec2 max(min.x + cell - gap * 2, min.y + cell - gap * 2);
            const std::vector<size_t>& risks = map.at(likelihood, impact);
            const int count = static_cast<int>(risks.size());
            const bool filtered =
                state.filterLikelihood == likelihood && state.filterImpact == impact;

            // The hit area carries the count in its label so tests read the map, not pixels.
            const std::string label = "Likelihood " + std::to_string(likelihood) + " × Impact " +
                                      std::to_string(impact) + ": " + std::to_string(count) +
                                      " open###heat-" + std::to_string(likelihood) + "-" +
                                      std::to_string(impact);
            ImGui::SetCursorScreenPos(min);
            if (ImGui::InvisibleButton(label.c_str(), ImVec2(max.x - min.x, max.y - min.y))) {
                if (filtered || count == 0)
                    state.filterLikelihood = state.filterImpact = 0;
                else
                    state.filterLikelihood = likelihood, state.filterImpact = impact;
            }
            labelLastItem(label.c_str());
            const bool hovered = ImGui::IsItemHovered();

            const ImVec4 colour = riskSeverityColour(riskSeverity(likelihood, impact));
            const float alpha = count > 0 ? (hovered ? 1.0f : 0.88f) : (hovered ? 0.32f : 0.2f);
            const float rounding = em(0.25f);
            draw->AddRectFilled(min, max, toU32(withAlpha(colour, alpha)), rounding);
            if (filtered)
                draw->AddRect(ImVec2(min.x - gap, min.y - gap), ImVec2(max.x + gap, max.y + gap),
                              toU32(ImGui::GetStyle().Colors[ImGuiCol_Text]), rounding, 0,
                              std::max(2.0f, em(0.14f)));
            if (count > 0) {
                ImGui::PushFont(fonts().heading);
                const std::string text = std::to_string(count);
                const ImVec2 size = ImGui::CalcTextSize(text.c_str());
                draw->AddText(
                    ImVec2((min.x + max.x - size.x) * 0.5f, (min.y + max.y - size.y) * 0.5f), ink,
                    text.c_str());
                ImGui::PopFont();
            }
            if (hovered) cellTooltip(account, risks, likelihood, impact);
        }
    }
    // Impact numbers under the grid, then the axis names: "Impact →" under the columns,
    // "Likelihood ↑" over the row numbers.
    const float bottom = origin.y + 5 * cell;
    for (int impact = 1; impact <= 5; ++impact) {
        const std::string number = std::to_string(impact);
        const float w = ImGui::CalcTextSize(number.c_str()).x;
        draw->AddText(
            ImVec2(origin.x + axis + (impact - 0.5f) * cell - w * 0.5f, bottom + em(0.2f)),
            toU32(p.textMuted), number.c_str());
    }
    const char* impactAxis = "Impact →";
    const float w = ImGui::CalcTextSize(impactAxis).x;
    ImGui::SetCursorScreenPos(
        ImVec2(origin.x + axis + (5 * cell - w) * 0.5f, bottom + em(0.2f) + lineH));
    mutedText(impactAxis);
    card.end();
}

}  // namespace keystone::ui
