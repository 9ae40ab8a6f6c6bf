#include "ui/portfolio_cells.h"

#include <imgui_stdlib.h>

#include <algorithm>
#include <cstdio>

#include "core/money.h"
#include "ui/icons.h"
#include "ui/theme.h"
#include "ui/widgets.h"

namespace keystone::ui::cells {
namespace {

// Moves the cursor down so an item `height` tall sits in the middle of a frame-height line.
void centreVertically(float height) {
    const float offset = (ImGui::GetFrameHeight() - height) * 0.5f;
    if (offset > 0) ImGui::SetCursorPosY(ImGui::GetCursorPosY() + offset);
}

bool colouredButton(const char* label, const ImVec4& colour) {
    ImVec4 hovered = colour, active = colour;
    hovered.w = 0.88f;
    active.w = 0.75f;
    ImGui::PushStyleColor(ImGuiCol_Button, colour);
    ImGui::PushStyleColor(ImGuiCol_ButtonHovered, hovered);
    ImGui::PushStyleColor(ImGuiCol_ButtonActive, active);
    ImGui::PushStyleColor(ImGuiCol_Border, colour);
    // White reads on both themes' accent and red.
    ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(1, 1, 1, 1));
    const bool pressed = ImGui::Button(label);
    ImGui::PopStyleColor(5);
    return pressed;
}

}  // namespace

ImVec4 tierColour(Tier tier) {
    const Palette& p = palette();
    switch (tier) {
        case Tier::Tier1: return p.good;
        case Tier::Tier2: return p.accent;
        case Tier::Tier3: return p.textMuted;
    }
    return p.textMuted;
}

ImVec4 healthColour(HealthBand band) {
    const Palette& p = palette();
    switch (band) {
        case HealthBand::Green: return p.good;
        case HealthBand::Amber: return p.warning;
        case HealthBand::Red: return p.bad;
    }
    return p.textMuted;
}

bool nameCell(const Account& account, const char* menuId) {
    const std::string shown = account.name.empty() ? std::string("Untitled account") : account.name;
    const std::string label = shown + "##open";
    ImGui::PushStyleColor(ImGuiCol_Text, account.archived ? palette().textMuted : palette().accent);
    ImGui::PushStyleColor(ImGuiCol_HeaderHovered, ImVec4(0, 0, 0, 0));
    ImGui::PushStyleColor(ImGuiCol_HeaderActive, ImVec4(0, 0, 0, 0));
    const float maxWidth = ImGui::GetContentRegionAvail().x - (account.archived ? em(5.0f) : 0.0f);
    const float width = std::min(ImGui::CalcTextSize(shown.c_str()).x, std::max(em(2.0f), maxWidth));
    const bool clicked = ImGui::Selectable(label.c_str(), false, 0, ImVec2(width, ImGui::GetFrameHeight()));
    ImGui::PopStyleColor(3);
    ImGui::OpenPopupOnItemClick(menuId, ImGuiPopupFlags_MouseButtonRight);
    if (ImGui::IsItemHovered()) {
        // Underline like a link, and say what a click does.
        const ImVec2 min = ImGui::GetItemRectMin(), max = ImGui::GetItemRectMax();
        const float y = (min.y + max.y) * 0.5f + ImGui::GetTextLineHeight() * 0.5f;
        ImGui::GetWindowDrawList()->AddLine(ImVec2(min.x, y), ImVec2(max.x, y), toU32(palette().accent));
        ImGui::SetTooltip("Open %s  (right-click for more)", shown.c_str());
    }
    if (account.archived) {
        ImGui::SameLine(0, em(0.5f));
        centreVertically(ImGui::GetTextLineHeight() + em(0.24f));
        badge("Archived", palette().textMuted);
    }
    return clicked;
}

void cellText(const char* text, bool muted) {
    ImGui::AlignTextToFramePadding();
    if (muted) mutedText(text);
    else ImGui::TextUnformatted(text);
    if (ImGui::IsItemHovered() && ImGui::GetItemRectSize().x >= ImGui::GetContentRegionAvail().x - 1)
        ImGui::SetTooltip("%s", text);  // clipped text: show it whole
}

void rightAlignedText(const std::string& text, const ImVec4* colour) {
    const float width = ImGui::CalcTextSize(text.c_str()).x;
    const float x = ImGui::GetCursorPosX() + ImGui::GetContentRegionAvail().x - width;
    ImGui::SetCursorPosX(std::max(ImGui::GetCursorPosX(), x));
    ImGui::AlignTextToFramePadding();
    if (colour) ImGui::PushStyleColor(ImGuiCol_Text, *colour);
    ImGui::TextUnformatted(text.c_str());
    if (colour) ImGui::PopStyleColor();
}

void tierCell(const QualificationResult& result) {
    centreVertically(ImGui::GetTextLineHeight() + em(0.24f));
    badge(std::string(tierLabel(result.tier)).c_str(), tierColour(result.tier));
    if (ImGui::IsItemHovered())
        ImGui::SetTooltip("%s%s", std::string(tierLabel(result.tier)).c_str(),
                          result.enterprise ? " · qualifies as Enterprise" : "");
}

void scoreCell(const QualificationResult& result, const QualificationFramework& framework) {
    rightAlignedText(std::to_string(result.score));
    if (ImGui::IsItemHovered())
        ImGui::SetTooltip("Qualification score %d of 100\nTier 1 from %d, Tier 2 from %d, Enterprise from %d",
                          result.score, framework.bands.tier1Min, framework.bands.tier2Min,
                          framework.enterpriseMin);
}

void moneyCell(MinorUnits amount, const std::string& currency) {
    rightAlignedText(formatMoneyCompact(amount, currency));
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", formatMoney(amount, currency).c_str());
}

void healthCell(const HealthResult& health) {
    const ImVec4 colour = healthColour(health.band);
    const std::string score = std::to_string(health.score);
    const float dot = em(0.32f);
    const float width = dot * 2 + em(0.4f) + ImGui::CalcTextSize(score.c_str()).x;
    ImGui::SetCursorPosX(ImGui::GetCursorPosX() + std::max(0.0f, ImGui::GetContentRegionAvail().x - width));
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    ImGui::GetWindowDrawList()->AddCircleFilled(ImVec2(pos.x + dot, pos.y + ImGui::GetFrameHeight() * 0.5f), dot,
                                                toU32(colour));
    ImGui::SetCursorScreenPos(ImVec2(pos.x + dot * 2 + em(0.4f), pos.y));
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(score.c_str());
    if (ImGui::IsWindowHovered() &&
        ImGui::IsMouseHoveringRect(pos, ImVec2(pos.x + width, pos.y + ImGui::GetFrameHeight()))) {
        ImGui::BeginTooltip();
        ImGui::Text("Health %d of 100 · %s", health.score, std::string(healthBandLabel(health.band)).c_str());
        for (size_t i = 0; i < health.sentences.size() && i < 4; ++i)
            ImGui::BulletText("%s", health.sentences[i].c_str());
        ImGui::EndTooltip();
    }
}

void renewalCell(const std::string& date, const std::optional<std::int64_t>& daysAway) {
    if (date.empty()) {
        cellText("—", true);
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("No renewal date set");
        return;
    }
    const Palette& p = palette();
    const ImVec4* colour = nullptr;
    if (daysAway && *daysAway < 0) colour = &p.bad;
    else if (daysAway && *daysAway <= 90) colour = &p.warning;
    ImGui::AlignTextToFramePadding();
    if (colour) ImGui::PushStyleColor(ImGuiCol_Text, *colour);
    ImGui::TextUnformatted(date.c_str());
    if (colour) ImGui::PopStyleColor();
    if (ImGui::IsItemHovered()) {
        if (!daysAway) ImGui::SetTooltip("Not a valid date");
        else if (*daysAway < 0) ImGui::SetTooltip("Renewal date passed %lld days ago", static_cast<long long>(-*daysAway));
        else if (*daysAway == 0) ImGui::SetTooltip("Renews today");
        else ImGui::SetTooltip("Renews in %lld days", static_cast<long long>(*daysAway));
    }
}

void risksCell(int openRisks) {
    if (openRisks == 0) {
        const ImVec4 muted = palette().textMuted;
        rightAlignedText("0", &muted);
        return;
    }
    const ImVec4 colour = palette().warning;
    rightAlignedText(std::string(ICON_WARNING " ") + std::to_string(openRisks), &colour);
}

bool actionsButton() {
    ImGui::PushStyleColor(ImGuiCol_Button, ImVec4(0, 0, 0, 0));
    ImGui::PushStyleColor(ImGuiCol_Border, ImVec4(0, 0, 0, 0));
    ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, emVec(0.35f, 0.35f));
    const bool pressed = ImGui::Button(ICON_ELLIPSIS "##actions");
    ImGui::PopStyleVar();
    ImGui::PopStyleColor(2);
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Open, duplicate, archive or delete");
    return pressed;
}

bool filterField(const char* label, const char* hint, std::string& text, float width) {
    ImGui::SetNextItemWidth(width);
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    ImGui::PushClipRect(pos, ImVec2(pos.x + width + 1, pos.y + ImGui::GetFrameHeight() + 1), true);
    const bool changed = ImGui::InputTextWithHint(label, hint, &text);
    ImGui::PopClipRect();
    return changed;
}

bool accentButton(const char* label) { return colouredButton(label, palette().accent); }

bool dangerButton(const char* label) { return colouredButton(label, palette().bad); }

void emptyNote(const char* text) {
    ImGui::Dummy(ImVec2(0, em(0.4f)));
    ImGui::Indent(em(0.5f));
    mutedText(text);
    ImGui::Unindent(em(0.5f));
    ImGui::Dummy(ImVec2(0, em(0.4f)));
}

}  // namespace keystone::ui::cells
