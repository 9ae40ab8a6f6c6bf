#include "ui/account/qualification/qualification_tab.h"

#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string>

#include "core/qualification/qualification.h"
#include "ui/account/qualification/qualification_framework.h"
#include "ui/account/qualification/qualification_inputs.h"
#include "ui/portfolio/portfolio_cells.h"
#include "ui/widgets/icons.h"
#include "ui/widgets/theme.h"
#include "ui/widgets/widgets.h"

namespace keystone::ui {
namespace {

// Font Awesome 4.7 glyphs not in icons.h.
constexpr const char* kIconTimes = "\xef\x80\x8d";    // f00d
constexpr const char* kIconArrowUp = "\xef\x81\xa2";  // f062
constexpr const char* kIconAdjust = "\xef\x81\x82";   // f042, half-filled circle

constexpr float kPi = 3.14159265f;
constexpr float kCardHeightEm = 10.2f;
constexpr int kListLength = 4;  // drivers / improvements shown

// "30" for whole points, "20.7" otherwise.
void beginCard(const char* id, float width) {
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, emVec(1.1f, 0.9f));
    ImGui::BeginChild(id, ImVec2(width, em(kCardHeightEm)), true,
                      ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_AlwaysUseWindowPadding);
    ImGui::PopStyleVar();
}

// A ring filled to score / 100 in the tier's colour with the score large in the middle.
void scoreGauge(const QualificationResult& result) {
    const float radius = em(3.5f), thickness = em(0.55f);
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    const ImVec2 centre(pos.x + radius + thickness, pos.y + radius + thickness);
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->PathArcTo(centre, radius, 0.0f, 2.0f * kPi, 64);
    draw->PathStroke(toU32(palette().border), 0, thickness);
    const float start = -0.5f * kPi;
    const float sweep = 2.0f * kPi * static_cast<float>(std::clamp(result.score, 0, 100)) / 100.0f;
    if (sweep > 0) {
        draw->PathArcTo(centre, radius, start, start + sweep,
                        std::max(8, static_cast<int>(64 * sweep / (2 * kPi))));
        draw->PathStroke(toU32(cells::tierColour(result.tier)), 0, thickness);
    }
    const std::string score = std::to_string(result.score);
    ImFont* big = fonts().title;
    const float bigSize = big->FontSize * big->Scale * 1.25f;
    const ImVec2 size = big->CalcTextSizeA(bigSize, FLT_MAX, 0, score.c_str());
    draw->AddText(big, bigSize, ImVec2(centre.x - size.x * 0.5f, centre.y - size.y * 0.62f),
                  ImGui::GetColorU32(ImGuiCol_Text), score.c_str());
    const char* outOf = "of 100";
    const ImVec2 small = ImGui::CalcTextSize(outOf);
    draw->AddText(ImVec2(centre.x - small.x * 0.5f, centre.y + size.y * 0.38f),
                  toU32(palette().textMuted), outOf);
    ImGui::Dummy(ImVec2((radius + thickness) * 2, (radius + thickness) * 2));
    exposeReadout("Qualification score: " + score);
    if (ImGui::IsItemHovered()) {
        ImGui::BeginTooltip();
        ImGui::Text("Exact score %.2f: %lld weighted credit points / %lld total weight",
                    result.scoreExact, static_cast<long long>(result.scoreNumerator),
                    static_cast<long long>(result.scoreDenominator));
        ImGui::TextUnformatted("Tier and Enterprise are decided on the rounded score shown.");
        ImGui::EndTooltip();
    }
}

void scoreCard(const QualificationResult& result, const QualificationFramework& framework,
               float width) {
    beginCard("##qual-score", width);
    scoreGauge(result);
    ImGui::SameLine(0, em(1.4f));
    ImGui::BeginGroup();
    ImGui::Dummy(ImVec2(0, em(0.6f)));
    mutedText("Qualification");
    const std::string tier(tierLabel(result.tier));
    ImGui::PushFont(fonts().heading);
    cells::tierCell(result);
    ImGui::PopFont();
    exposeReadout("Tier: " + tier);
    ImGui::Spacing();
    if (result.enterprise) {
        ImGui::PushStyleColor(ImGuiCol_Text, palette().good);
        ImGui::TextUnformatted(ICON_CHECK "  Qualifies as Enterprise");
        ImGui::PopStyleColor();
    } else {
        ImGui::PushStyleColor(ImGuiCol_Text, palette().textMuted);
        ImGui::Text("%s  Not Enterprise yet (needs %d)", kIconTimes, framework.enterpriseMin);
        ImGui::PopStyleColor();
    }
    exposeReadout(result.enterprise ? "Enterprise: yes" : "Enterprise: no");
    ImGui::Spacing();
    char bands[96];
    std::snprintf(bands, sizeof bands, "Tier 1 from %d · Tier 2 from %d", framework.bands.tier1Min,
                  framework.bands.tier2Min);
    mutedText(bands);
    ImGui::EndGroup();
    ImGui::EndChild();
}

// One line of a driver / improvement list: icon, label (cut to fit), figure on the right.
void listLine(const char* icon, const ImVec4& iconColour, const CriterionResult& c,
              const std::string& figure, const std::string& tooltip) {
    const float start = ImGui::GetCursorPosX();
    const float right = start + ImGui::GetContentRegionAvail().x;
    const float figureW = ImGui::CalcTextSize(figure.c_str()).x;
    ImGui::BeginGroup();
    ImGui::PushStyleColor(ImGuiCol_Text, iconColour);
    ImGui::TextUnformatted(icon);
    ImGui::PopStyleColor();
    ImGui::SameLine(0, em(0.4f));
    const float labelRoom = right - figureW - em(0.8f) - ImGui::GetCursorPosX();
    ImGui::TextUnformatted(cells::fitText(c.label, labelRoom).c_str());
    ImGui::SameLine();
    ImGui::SetCursorPosX(right -
                         figureW);  // window-relative: SameLine(x) would add the group's offset
    mutedText(figure.c_str());
    ImGui::EndGroup();
    if (ImGui::IsItemHovered()) {
        ImGui::BeginTooltip();
        ImGui::PushFont(fonts().strong);
        ImGui::TextUnformatted(c.label.c_str());
        ImGui::PopFont();
        ImGui::TextUnformatted(tooltip.c_str());
        ImGui::EndTooltip();
    }
}

void driversCard(const QualificationResult& result, float width) {
    beginCard("##qual-drivers", width);
    sectionHeading("Top drivers");
    ImGui::Spacing();
    if (result.drivers.empty()) mutedText("Nothing earns points yet — fill in the inputs below.");
    for (size_t i = 0; i < result.drivers.size() && i < static_cast<size_t>(kListLength); ++i) {
        const CriterionResult& c = result.criteria[static_cast<size_t>(result.drivers[i])];
        listLine(ICON_CHECK, c.creditPct >= 100 ? palette().good : palette().warning, c,
                 "+" + scorePoints(c.contribution) + " pts", c.detail);
    }
    ImGui::EndChild();
}

void improvementsCard(const QualificationResult& result, float width) {
    beginCard("##qual-moves", width);
    sectionHeading("What would move it");
    ImGui::Spacing();
    if (result.improvements.empty())
        mutedText("Every criterion is fully met — nothing left to gain.");
    for (size_t i = 0; i < result.improvements.size() && i < static_cast<size_t>(kListLength);
         ++i) {
        const CriterionResult& c = result.criteria[static_cast<size_t>(result.improvements[i])];
        const std::string figure = "+" + scorePoints(c.potentialGain) + " pts";
        listLine(
            kIconArrowUp, palette().accent, c, figure,
            c.detail + "\nFully meeting it would add " + scorePoints(c.potentialGain) + " points.");
    }
    ImGui::EndChild();
}

void criterionRow(const CriterionResult& c) {
    const Palette& p = palette();
    const char* icon =
        c.creditPct >= 100 ? ICON_CHECK : (c.creditPct > 0 ? kIconAdjust : kIconTimes);
    const ImVec4 colour = c.creditPct >= 100 ? p.good : (c.creditPct > 0 ? p.warning : p.bad);
    ImGui::PushID(c.id.c_str());
    const float start = ImGui::GetCursorPosX();
    const float avail = ImGui::GetContentRegionAvail().x;
    ImGui::PushStyleColor(ImGuiCol_Text, colour);
    ImGui::TextUnformatted(icon);
    ImGui::PopStyleColor();
    ImGui::SameLine(0, em(0.4f));
    ImGui::PushFont(fonts().strong);
    ImGui::TextUnformatted(c.label.c_str());
    ImGui::PopFont();
    char figure[64];
    // Points of the 0–100 score, as everywhere else (not the framework's raw weights).
    std::snprintf(figure, sizeof figure, "%d%% credit · %s of %s pts", c.creditPct,
                  scorePoints(c.contribution).c_str(),
                  scorePoints(c.contribution + c.potentialGain).c_str());
    const float figureW = ImGui::CalcTextSize(figure).x;
    ImGui::SameLine();
    // SetCursorPosX is window-relative; SameLine(x) would be relative to the table cell.
    ImGui::SetCursorPosX(std::max(ImGui::GetCursorPosX(), start + avail - figureW));
    mutedText(figure);
    exposeReadout(c.label + ": " + figure);
    ImGui::SetCursorPosX(start + em(1.4f));
    ImGui::PushStyleColor(ImGuiCol_Text, p.textMuted);
    ImGui::PushTextWrapPos(start + avail);
    ImGui::TextUnformatted(c.detail.c_str());
    ImGui::PopTextWrapPos();
    ImGui::PopStyleColor();
    if (ImGui::IsItemHovered())
        ImGui::SetTooltip("Adds %.1f of the 100 score points; worth %.1f more if fully met.",
                          c.contribution, c.potentialGain);
    ImGui::PopID();
    ImGui::Dummy(ImVec2(0, em(0.15f)));
}

void criteriaBreakdown(const QualificationResult& result, const QualificationFramework& framework) {
    sectionHeading("How the score is built");
    ImGui::Spacing();
    for (int g = 0; g < kCriterionGroupCount; ++g) {
        const auto group = static_cast<CriterionGroup>(g);
        const float start = ImGui::GetCursorPosX(), avail = ImGui::GetContentRegionAvail().x;
        ImGui::PushFont(fonts().strong);
        ImGui::TextUnformatted(std::string(criterionGroupLabel(group)).c_str());
        ImGui::PopFont();
        double earned = 0, possible = 0;
        for (const CriterionResult& c : result.criteria)
            if (c.group == group) {
                earned += c.contribution;
                possible += c.contribution + c.potentialGain;
            }
        const std::string total = scorePoints(earned) + " of " + scorePoints(possible) + " pts";
        ImGui::SameLine();
        ImGui::SetCursorPosX(start + avail - ImGui::CalcTextSize(total.c_str()).x);
        ImGui::TextUnformatted(total.c_str());
        exposeReadout(std::string(criterionGroupLabel(group)) + ": " + total);
        ImGui::Separator();
        ImGui::Spacing();
        bool any = false;
        for (const CriterionResult& c : result.criteria) {
            if (c.group != group) continue;
            any = true;
            criterionRow(c);
        }
        if (!any) mutedText("No criteria in this group are turned on.");
        ImGui::Spacing();
    }
    int disabled = 0;
    for (const Criterion& c : framework.criteria) disabled += !c.enabled;
    if (disabled > 0)
        mutedText((std::to_string(disabled) + (disabled == 1 ? " criterion is" : " criteria are") +
                   " turned off in the scoring framework.")
                      .c_str());
}

}  // namespace

void drawQualificationTab(Workspace& workspace, ViewState& view, const Account& account) {
    const QualificationFramework& framework = workspace.portfolio().qualification;
    const QualificationResult result = scoreQualification(account, framework);
    ImGui::Spacing();
    const float spacing = ImGui::GetStyle().ItemSpacing.x;
    const float avail = ImGui::GetContentRegionAvail().x - spacing * 2;
    scoreCard(result, framework, std::floor(avail * 0.36f));
    ImGui::SameLine();
    driversCard(result, std::floor(avail * 0.32f));
    ImGui::SameLine();
    improvementsCard(result, 0);
    ImGui::Spacing();
    ImGui::Spacing();

    if (ImGui::BeginTable("##qual-body", 2,
                          ImGuiTableFlags_BordersInnerV | ImGuiTableFlags_SizingStretchProp)) {
        ImGui::TableSetupColumn("inputs", ImGuiTableColumnFlags_WidthStretch, 0.9f);
        ImGui::TableSetupColumn("criteria", ImGuiTableColumnFlags_WidthStretch, 1.1f);
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        sectionHeading("Account inputs");
        mutedText("What the framework reads. Edits rescore at once.");
        ImGui::Spacing();
        drawQualificationInputs(workspace, view.fields, account);
        ImGui::TableNextColumn();
        ImGui::Indent(em(0.8f));
        criteriaBreakdown(result, framework);
        ImGui::Unindent(em(0.8f));
        ImGui::EndTable();
    }
    ImGui::Spacing();
    ImGui::Spacing();
    drawScoringFramework(workspace, view.qualification, account);
    ImGui::Spacing();
}

}  // namespace keystone::ui
