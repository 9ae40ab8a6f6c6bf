#include "ui/account/health/health_tab.h"

#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <optional>
#include <string>

#include "core/health/health.h"
#include "core/stakeholders/coverage.h"
#include "ui/account/health/health_cache.h"
#include "ui/account/health/health_views.h"
#include "ui/widgets/chart_common.h"
#include "ui/widgets/icons.h"
#include "ui/widgets/theme.h"
#include "ui/widgets/widgets.h"

namespace keystone::ui {
namespace {

std::string scoreExplanation(const HealthResult& r, const HealthConfig& c) {
    std::string text = "Weighted average of the signals: " + std::to_string(r.baseScore) + ".";
    if (r.totalPenalty > 0)
        text += " Early-warning flags take off " + std::to_string(r.totalPenalty) +
                " points, giving " + std::to_string(r.score) + ".";
    text += "\nGreen from " + std::to_string(c.greenMin) + ", amber from " +
            std::to_string(c.amberMin) + ", red below.";
    return text;
}

// A 270-degree ring filled to the score in the band's colour, the score large in its
// middle. The ring is a labelled hit area so tests can read the score.
void scoreGauge(const HealthResult& r, const HealthConfig& c, float diameter) {
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    const std::string label = "Health score: " + std::to_string(r.score) + " (" +
                              std::string(healthBandLabel(r.band)) + ")###health-score";
    ImGui::InvisibleButton(label.c_str(), ImVec2(diameter, diameter * 0.86f));
    labelLastItem(label.c_str());
    if (ImGui::IsItemHovered()) {
        ImGui::BeginTooltip();
        ImGui::PushTextWrapPos(em(22.0f));
        ImGui::TextUnformatted(scoreExplanation(r, c).c_str());
        ImGui::PopTextWrapPos();
        ImGui::EndTooltip();
    }
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const ImVec2 centre(pos.x + diameter * 0.5f, pos.y + diameter * 0.5f);
    const float thickness = em(0.75f);
    const float radius = diameter * 0.5f - thickness * 0.5f;
    constexpr float kStart = 3.14159265f * 0.75f, kSweep = 3.14159265f * 1.5f;
    draw->PathArcTo(centre, radius, kStart, kStart + kSweep, 48);
    draw->PathStroke(toU32(withAlpha(palette().border, 1.0f)), 0, thickness);
    const ImVec4 colour = healthBandColour(r.band);
    if (r.score > 0) {
        draw->PathArcTo(centre, radius, kStart,
                        kStart + kSweep * static_cast<float>(r.score) / 100.0f, 48);
        draw->PathStroke(toU32(colour), 0, thickness);
    }
    ImGui::PushFont(fonts().title);
    const std::string number = std::to_string(r.score);
    const ImVec2 size = ImGui::CalcTextSize(number.c_str());
    draw->AddText(ImVec2(centre.x - size.x * 0.5f, centre.y - size.y * 0.62f),
                  toU32(ImGui::GetStyle().Colors[ImGuiCol_Text]), number.c_str());
    ImGui::PopFont();
    const char* outOf = "of 100";
    const ImVec2 small = ImGui::CalcTextSize(outOf);
    draw->AddText(ImVec2(centre.x - small.x * 0.5f, centre.y + size.y * 0.42f),
                  toU32(palette().textMuted), outOf);
}

// Until a signal is entered there is no score to show, and no band to alarm anyone with.
void noDataCard() {
    Card card;
    card.begin();
    ImGui::PushFont(fonts().heading);
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + card.innerWidth());
    ImGui::TextWrapped("%s", std::string(kNoHealthDataText).c_str());
    exposeReadout(std::string(kNoHealthDataText));
    exposeReadout("Health score: " + std::string(kNoHealthDataText));
    ImGui::PopFont();
    ImGui::Spacing();
    ImGui::PushStyleColor(ImGuiCol_Text, palette().textMuted);
    ImGui::TextWrapped(
        "Enter any signal (adoption, NPS, CSAT, executive contact, escalations or renewal "
        "likelihood) to start the score. Signals left empty are not counted.");
    ImGui::PopStyleColor();
    ImGui::PopTextWrapPos();
    card.end();
}

void scoreCard(const Account& account, const HealthResult& r, const HealthConfig& c) {
    if (!r.scored) return noDataCard();
    Card card;
    card.begin();
    const float diameter = std::min(em(10.0f), card.innerWidth());
    ImGui::SetCursorPosX(ImGui::GetCursorPosX() + (card.innerWidth() - diameter) * 0.5f);
    scoreGauge(r, c, diameter);
    // The band, large and centred.
    const std::string band = std::string(healthBandLabel(r.band)) + " health";
    ImGui::PushFont(fonts().heading);
    const float w = ImGui::CalcTextSize(band.c_str()).x + em(1.6f);
    ImGui::SetCursorPosX(ImGui::GetCursorPosX() + std::max(0.0f, (card.innerWidth() - w) * 0.5f));
    badge(band.c_str(), healthBandColour(r.band));
    ImGui::PopFont();
    ImGui::Spacing();
    std::string detail = "Signals " + std::to_string(r.baseScore);
    if (r.totalPenalty > 0) detail += "  −  flags " + std::to_string(r.totalPenalty);
    const float dw = ImGui::CalcTextSize(detail.c_str()).x;
    ImGui::SetCursorPosX(ImGui::GetCursorPosX() + std::max(0.0f, (card.innerWidth() - dw) * 0.5f));
    mutedText(detail.c_str());
    const std::string updated = "Signals updated " + (account.health.updated.size() >= 10
                                                          ? account.health.updated.substr(0, 10)
                                                          : std::string("—"));
    const float uw = ImGui::CalcTextSize(updated.c_str()).x;
    ImGui::SetCursorPosX(ImGui::GetCursorPosX() + std::max(0.0f, (card.innerWidth() - uw) * 0.5f));
    mutedText(updated.c_str());
    card.end();
}

void breakdownCard(const HealthResult& r, const HealthConfig& config) {
    Card card;
    card.begin();
    ImGui::PushFont(fonts().strong);
    ImGui::TextUnformatted("How the score is built");
    ImGui::PopFont();
    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH |
                                  ImGuiTableFlags_SizingStretchProp | ImGuiTableFlags_PadOuterX;
    if (ImGui::BeginTable("##health-breakdown", 4, flags, ImVec2(card.innerWidth(), 0))) {
        ImGui::TableSetupColumn("Signal", 0, 1.9f);
        ImGui::TableSetupColumn("Sub-score", 0, 1.2f);
        ImGui::TableSetupColumn("Weight", ImGuiTableColumnFlags_WidthFixed, em(6.5f));
        ImGui::TableSetupColumn("Contribution", 0, 1.3f);
        ImGui::TableHeadersRow();
        double largest = 1;
        for (const HealthSignalResult& s : r.signals) largest = std::max(largest, s.contribution);
        const float barH = em(0.55f);
        for (const HealthSignalResult& s : r.signals) {
            ImGui::TableNextRow(0, ImGui::GetFrameHeight());
            if (!s.present) ImGui::PushStyleVar(ImGuiStyleVar_Alpha, 0.55f);
            ImGui::TableNextColumn();
            ImGui::AlignTextToFramePadding();
            ImGui::TextUnformatted(std::string(healthSignalLabel(s.signal)).c_str());
            if (ImGui::IsItemHovered()) {
                ImGui::BeginTooltip();
                ImGui::PushTextWrapPos(em(24.0f));
                ImGui::TextUnformatted(s.sentence.c_str());
                ImGui::PopTextWrapPos();
                ImGui::EndTooltip();
            }
            ImGui::TableNextColumn();
            char text[48];
            if (s.present) {
                // Green when at its healthy line (as the explanation's tick says), else amber or
                // red.
                const ImVec4 colour = s.healthy                       ? palette().good
                                      : s.subScore >= config.amberMin ? palette().warning
                                                                      : palette().bad;
                const float textW = ImGui::CalcTextSize("100").x + em(0.5f);
                const float barW = std::max(em(2.0f), ImGui::GetContentRegionAvail().x - textW);
                ImGui::SetCursorPosY(ImGui::GetCursorPosY() +
                                     (ImGui::GetFrameHeight() - barH) * 0.5f);
                drawBar(static_cast<float>(s.subScore) / 100.0f, ImVec2(barW, barH), colour);
                ImGui::SameLine(0, em(0.5f));
                ImGui::SetCursorPosY(ImGui::GetCursorPosY() -
                                     (ImGui::GetFrameHeight() - barH) * 0.5f);
                ImGui::AlignTextToFramePadding();
                ImGui::Text("%d", s.subScore);
            } else {
                ImGui::AlignTextToFramePadding();
                mutedText("not scored yet");
            }
            ImGui::TableNextColumn();
            ImGui::AlignTextToFramePadding();
            if (s.present)
                std::snprintf(text, sizeof text, "%d  (%.0f%%)", s.weight, s.effectiveWeightPct);
            else
                std::snprintf(text, sizeof text, "%d  (shared)", s.weight);
            ImGui::TextUnformatted(text);
            if (ImGui::IsItemHovered())
                ImGui::SetTooltip(
                    "Configured weight, and its share of the score after weights are normalised");
            ImGui::TableNextColumn();
            if (s.present) {
                const float textW = ImGui::CalcTextSize("+00.0 pts").x + em(0.5f);
                const float barW = std::max(em(2.0f), ImGui::GetContentRegionAvail().x - textW);
                ImGui::SetCursorPosY(ImGui::GetCursorPosY() +
                                     (ImGui::GetFrameHeight() - barH) * 0.5f);
                drawBar(static_cast<float>(s.contribution / largest), ImVec2(barW, barH),
                        palette().accent);
                ImGui::SameLine(0, em(0.5f));
                ImGui::SetCursorPosY(ImGui::GetCursorPosY() -
                                     (ImGui::GetFrameHeight() - barH) * 0.5f);
                ImGui::AlignTextToFramePadding();
                ImGui::TextUnformatted(("+" + scorePoints(s.contribution) + " pts").c_str());
            }
            if (!s.present) ImGui::PopStyleVar();
        }
        for (const HealthFlagResult& f : r.flags) {
            ImGui::TableNextRow(0, ImGui::GetFrameHeight());
            ImGui::TableNextColumn();
            ImGui::AlignTextToFramePadding();
            ImGui::PushStyleColor(ImGuiCol_Text, palette().bad);
            ImGui::Text(ICON_FLAG " %s", std::string(healthFlagLabel(f.flag)).c_str());
            ImGui::PopStyleColor();
            ImGui::TableNextColumn();
            ImGui::AlignTextToFramePadding();
            mutedText("early-warning flag");
            ImGui::TableNextColumn();
            ImGui::TableNextColumn();
            ImGui::AlignTextToFramePadding();
            ImGui::PushStyleColor(ImGuiCol_Text, palette().bad);
            ImGui::Text("−%d pts", f.penalty);
            ImGui::PopStyleColor();
        }
        ImGui::EndTable();
    }
    card.end();
}

void explanationCard(const HealthResult& r) {
    Card card;
    card.begin();
    ImGui::PushFont(fonts().strong);
    ImGui::TextUnformatted("Why this score");
    ImGui::PopFont();
    ImGui::Spacing();
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + card.innerWidth());
    for (const HealthSignalResult& s : r.signals) {
        const ImVec4 colour = !s.present  ? palette().textMuted
                              : s.healthy ? palette().good
                                          : palette().warning;
        ImGui::PushStyleColor(ImGuiCol_Text, colour);
        ImGui::TextUnformatted(!s.present ? ICON_CIRCLE : s.healthy ? ICON_CHECK : ICON_WARNING);
        ImGui::PopStyleColor();
        ImGui::SameLine();
        if (s.present)
            ImGui::TextWrapped("%s", s.sentence.c_str());
        else
            mutedText(s.sentence.c_str());
    }
    for (const HealthFlagResult& f : r.flags) {
        ImGui::PushStyleColor(ImGuiCol_Text, palette().bad);
        ImGui::TextUnformatted(ICON_FLAG);
        ImGui::SameLine();
        ImGui::TextWrapped("%s", f.sentence.c_str());
        ImGui::PopStyleColor();
    }
    ImGui::PopTextWrapPos();
    ImGui::Dummy(ImVec2(card.innerWidth(), 0));
    card.end();
}

}  // namespace

ImVec4 healthBandColour(HealthBand band) {
    switch (band) {
        case HealthBand::Green:
            return palette().good;
        case HealthBand::Amber:
            return palette().warning;
        case HealthBand::Red:
            return palette().bad;
    }
    return palette().bad;
}

void drawHealthTab(Workspace& workspace, ViewState& view, const Account& account) {
    const HealthConfig& config = workspace.portfolio().health;
    // Coverage is the stakeholder map's multi-threading score; with no one mapped yet its
    // weight is shared by the other signals.
    const HealthResult& result = cachedAccountHealth(view.health, workspace, account);
    ImGui::Spacing();
    panelHeader("Account health",
                "A 0–100 score from the signals you enter and four early-warning flags", nullptr);
    ImGui::Spacing();

    const bool wide = ImGui::GetContentRegionAvail().x > em(52.0f);
    const ImGuiTableFlags layout = ImGuiTableFlags_SizingFixedFit | ImGuiTableFlags_NoPadOuterX;
    if (ImGui::BeginTable("##health-top", wide ? 3 : 1, layout)) {
        if (wide) {
            ImGui::TableSetupColumn("score", ImGuiTableColumnFlags_WidthFixed, em(13.5f));
            ImGui::TableSetupColumn("signals", ImGuiTableColumnFlags_WidthStretch);
            ImGui::TableSetupColumn("flags", ImGuiTableColumnFlags_WidthFixed, em(19.5f));
        }
        ImGui::TableNextColumn();
        scoreCard(account, result, config);
        ImGui::TableNextColumn();
        {
            Card card;
            card.begin();
            ImGui::PushFont(fonts().strong);
            ImGui::TextUnformatted("Signals");
            ImGui::PopFont();
            mutedText("Keep these current; the score updates as you edit.");
            ImGui::Spacing();
            if (ImGui::BeginTable("##signals-wrap", 1, ImGuiTableFlags_NoPadOuterX,
                                  ImVec2(card.innerWidth(), 0))) {
                ImGui::TableNextColumn();
                drawHealthSignalInputs(workspace, account, config);
                ImGui::EndTable();
            }
            card.end();
        }
        ImGui::TableNextColumn();
        {
            Card card;
            card.begin();
            ImGui::PushFont(fonts().strong);
            ImGui::TextUnformatted("Early-warning flags");
            ImGui::PopFont();
            mutedText("Each raised flag takes points off.");
            ImGui::Spacing();
            if (ImGui::BeginTable("##flags-wrap", 1, ImGuiTableFlags_NoPadOuterX,
                                  ImVec2(card.innerWidth(), 0))) {
                ImGui::TableNextColumn();
                drawHealthFlagInputs(workspace, account, config);
                ImGui::EndTable();
            }
            card.end();
        }
        ImGui::EndTable();
    }
    ImGui::Spacing();
    if (ImGui::BeginTable("##health-bottom", wide ? 2 : 1, layout)) {
        if (wide) {
            ImGui::TableSetupColumn("breakdown", ImGuiTableColumnFlags_WidthStretch, 1.6f);
            ImGui::TableSetupColumn("why", ImGuiTableColumnFlags_WidthStretch, 1.0f);
        }
        ImGui::TableNextColumn();
        breakdownCard(result, config);
        ImGui::TableNextColumn();
        explanationCard(result);
        ImGui::EndTable();
    }
}

}  // namespace keystone::ui
