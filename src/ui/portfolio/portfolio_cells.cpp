#include "ui/portfolio/portfolio_cells.h"

#include <imgui_stdlib.h>

#include <algorithm>
#include <cstdint>
#include <cstdio>

#include "core/model/money.h"
#include "ui/widgets/accessible_widgets.h"
#include "ui/widgets/icons.h"
#include "ui/widgets/theme.h"
#include "ui/widgets/widgets.h"

namespace keystone::ui::cells {
namespace {

// Moves the cursor down so an item `height` tall sits in the middle of a cell `cellHeight`
// tall (0 = one frame height).
void centreVertically(float height, float cellHeight) {
    const float cell = cellHeight > 0 ? cellHeight : ImGui::GetFrameHeight();
    const float offset = (cell - height) * 0.5f;
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
    // White on the light theme's deep colours; the page's near-black on the dark theme's
    // lighter ones, which white would wash out.
    ImGui::PushStyleColor(ImGuiCol_Text, currentTheme() == ThemeMode::Dark
                                             ? ImGui::GetStyleColorVec4(ImGuiCol_WindowBg)
                                             : ImVec4(1, 1, 1, 1));
    const bool pressed = ui::button(label);
    ImGui::PopStyleColor(5);
    return pressed;
}

}  // namespace

ImVec4 tierColour(Tier tier) {
    const Palette& p = palette();
    switch (tier) {
        case Tier::Tier1:
            return p.good;
        case Tier::Tier2:
            return p.accent;
        case Tier::Tier3:
            return p.textMuted;
    }
    return p.textMuted;
}

ImVec4 healthColour(HealthBand band) {
    const Palette& p = palette();
    switch (band) {
        case HealthBand::Green:
            return p.good;
        case HealthBand::Amber:
            return p.warning;
        case HealthBand::Red:
            return p.bad;
    }
    return p.textMuted;
}

bool nameCell(const Account& account, const char* menuId, float cellHeight) {
    const std::string shown = account.name.empty() ? std::string("Untitled account") : account.name;
    const float line = ImGui::GetTextLineHeight();
    centreVertically(line * 2 + em(0.1f), cellHeight);
    const float top = ImGui::GetCursorPosY();
    const float avail = ImGui::GetContentRegionAvail().x;
    const float badgeW = account.archived ? ImGui::CalcTextSize("Archived").x + em(1.5f) : 0.0f;
    ImGui::PushFont(fonts().strong);
    // "###open": the id stays put while the visible text is cut to the column.
    const std::string fitted = fitText(shown, std::max(em(2.0f), avail - badgeW));
    const std::string label = fitted + "###open";
    const float width = ImGui::CalcTextSize(fitted.c_str()).x;
    ImGui::PushStyleColor(ImGuiCol_Text, account.archived ? palette().textMuted : palette().accent);
    ImGui::PushStyleColor(ImGuiCol_HeaderHovered, ImVec4(0, 0, 0, 0));
    ImGui::PushStyleColor(ImGuiCol_HeaderActive, ImVec4(0, 0, 0, 0));
    const bool clicked = ui::selectable(label.c_str(), false, 0, ImVec2(width, line));
    ImGui::PopFont();
    ImGui::PopStyleColor(3);
    ImGui::OpenPopupOnItemClick(menuId, ImGuiPopupFlags_MouseButtonRight);
    if (ImGui::IsItemHovered()) {
        // Underline like a link, and say what a click does.
        const ImVec2 min = ImGui::GetItemRectMin(), max = ImGui::GetItemRectMax();
        ImGui::GetWindowDrawList()->AddLine(ImVec2(min.x, max.y), ImVec2(max.x, max.y),
                                            toU32(palette().accent));
        ImGui::SetTooltip("Open %s  (right-click for more)", shown.c_str());
    }
    if (account.archived) {
        ImGui::SameLine(0, em(0.5f));
        ImGui::SetCursorPosY(top - em(0.12f));
        badge("Archived", palette().textMuted);
    }
    ImGui::SetCursorPosY(top + line + em(0.1f));
    const std::string industry =
        account.industry.empty() ? std::string("No industry set") : account.industry;
    const std::string industryShown = fitText(industry, avail);
    mutedText(industryShown.c_str());
    if (ImGui::IsItemHovered() && industryShown != industry)
        ImGui::SetTooltip("%s", industry.c_str());
    return clicked;
}

void cellText(const char* text, bool muted, float cellHeight) {
    centreVertically(ImGui::GetTextLineHeight(), cellHeight);
    if (muted)
        mutedText(text);
    else
        ImGui::TextUnformatted(text);
    if (ImGui::IsItemHovered() &&
        ImGui::GetItemRectSize().x >= ImGui::GetContentRegionAvail().x - 1)
        ImGui::SetTooltip("%s", text);  // clipped text: show it whole
}

void rightAlignedText(const std::string& text, const ImVec4* colour, float cellHeight) {
    const float width = ImGui::CalcTextSize(text.c_str()).x;
    const float x = ImGui::GetCursorPosX() + ImGui::GetContentRegionAvail().x - width;
    ImGui::SetCursorPosX(std::max(ImGui::GetCursorPosX(), x));
    centreVertically(ImGui::GetTextLineHeight(), cellHeight);
    if (colour) ImGui::PushStyleColor(ImGuiCol_Text, *colour);
    ImGui::TextUnformatted(text.c_str());
    if (colour) ImGui::PopStyleColor();
}

void tierCell(const QualificationResult& result, float cellHeight) {
    centreVertically(ImGui::GetTextLineHeight() + em(0.24f), cellHeight);
    badge(std::string(tierLabel(result.tier)).c_str(), tierColour(result.tier));
    if (ImGui::IsItemHovered())
        ImGui::SetTooltip("%s%s", std::string(tierLabel(result.tier)).c_str(),
                          result.enterprise ? " · qualifies as Enterprise" : "");
}

void scoreCell(const QualificationResult& result, const QualificationFramework& framework,
               float cellHeight) {
    rightAlignedText(std::to_string(result.score), nullptr, cellHeight);
    if (ImGui::IsItemHovered())
        ImGui::SetTooltip(
            "Qualification score %d of 100\nTier 1 from %d, Tier 2 from %d, Enterprise from %d",
            result.score, framework.bands.tier1Min, framework.bands.tier2Min,
            framework.enterpriseMin);
}

void moneyCell(MinorUnits amount, const std::string& currency, float cellHeight) {
    rightAlignedText(formatMoneyCompact(amount, currency), nullptr, cellHeight);
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", formatMoney(amount, currency).c_str());
}

void healthCell(const HealthResult& health, float cellHeight) {
    if (!health.scored) {  // no signal entered: nothing to colour or to warn about
        cellText("\xE2\x80\x94", true, cellHeight);  // —
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", std::string(kNoHealthDataText).c_str());
        return;
    }
    const ImVec4 colour = healthColour(health.band);
    const std::string score = std::to_string(health.score);
    const float dot = em(0.32f);
    const float width = dot * 2 + em(0.4f) + ImGui::CalcTextSize(score.c_str()).x;
    ImGui::SetCursorPosX(ImGui::GetCursorPosX() +
                         std::max(0.0f, ImGui::GetContentRegionAvail().x - width));
    const float line = ImGui::GetTextLineHeight();
    centreVertically(line, cellHeight);
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    ImGui::GetWindowDrawList()->AddCircleFilled(ImVec2(pos.x + dot, pos.y + line * 0.5f), dot,
                                                toU32(colour));
    ImGui::SetCursorScreenPos(ImVec2(pos.x + dot * 2 + em(0.4f), pos.y));
    ImGui::TextUnformatted(score.c_str());
    if (ImGui::IsWindowHovered() &&
        ImGui::IsMouseHoveringRect(pos, ImVec2(pos.x + width, pos.y + line))) {
        ImGui::BeginTooltip();
        ImGui::Text("Health %d of 100 · %s", health.score,
                    std::string(healthBandLabel(health.band)).c_str());
        for (size_t i = 0; i < health.sentences.size() && i < 4; ++i)
            ImGui::BulletText("%s", health.sentences[i].c_str());
        ImGui::EndTooltip();
    }
}

void renewalCell(const std::string& date, const std::optional<std::int64_t>& daysAway,
                 float cellHeight) {
    if (date.empty()) {
        cellText("—", true, cellHeight);
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("No renewal date set");
        return;
    }
    const Palette& p = palette();
    const ImVec4* colour = nullptr;
    if (daysAway && *daysAway < 0)
        colour = &p.bad;
    else if (daysAway && *daysAway <= 90)
        colour = &p.warning;
    centreVertically(ImGui::GetTextLineHeight(), cellHeight);
    if (colour) ImGui::PushStyleColor(ImGuiCol_Text, *colour);
    ImGui::TextUnformatted(date.c_str());
    if (colour) ImGui::PopStyleColor();
    if (ImGui::IsItemHovered()) {
        if (!daysAway)
            ImGui::SetTooltip("Not a valid date");
        else if (*daysAway < 0)
            ImGui::SetTooltip("Renewal date passed %lld days ago",
                              static_cast<long long>(-*daysAway));
        else if (*daysAway == 0)
            ImGui::SetTooltip("Renews today");
        else
            ImGui::SetTooltip("Renews in %lld days", static_cast<long long>(*daysAway));
    }
}

void risksCell(int openRisks, float cellHeight) {
    if (openRisks == 0) {
        const ImVec4 muted = palette().textMuted;
        rightAlignedText("0", &muted, cellHeight);
        return;
    }
    const ImVec4 colour = palette().warning;
    rightAlignedText(std::string(ICON_WARNING " ") + std::to_string(openRisks), &colour,
                     cellHeight);
}

bool actionsButton(float cellHeight) {
    ImGui::PushStyleColor(ImGuiCol_Button, ImVec4(0, 0, 0, 0));
    ImGui::PushStyleColor(ImGuiCol_Border, ImVec4(0, 0, 0, 0));
    ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, emVec(0.35f, 0.35f));
    centreVertically(ImGui::GetFrameHeight(), cellHeight);
    const bool pressed = ui::button(ICON_ELLIPSIS "##actions");
    ImGui::PopStyleVar();
    ImGui::PopStyleColor(2);
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Open, duplicate, archive or delete");
    return pressed;
}

bool filterField(const char* label, const char* hint, std::string& text, float width) {
    ImGui::SetNextItemWidth(width);
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    ImGui::PushClipRect(pos, ImVec2(pos.x + width + 1, pos.y + ImGui::GetFrameHeight() + 1), true);
    const bool changed = ui::inputTextWithHint(label, hint, &text);
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

std::string fitText(const std::string& text, float width) {
    if (ImGui::CalcTextSize(text.c_str()).x <= width) return text;
    const char* ellipsis = "…";
    const float room = width - ImGui::CalcTextSize(ellipsis).x;
    size_t end = text.size();
    while (end > 0 && ImGui::CalcTextSize(text.c_str(), text.c_str() + end).x > room) {
        --end;
        while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80)
            --end;  // keep UTF-8 whole
    }
    return text.substr(0, end) + ellipsis;
}

namespace {

std::string groupDigits(std::int64_t value) {
    const std::string digits =
        std::to_string(value < 0 ? -(value + 1) + 1ull : static_cast<unsigned long long>(value));
    std::string out = value < 0 ? "-" : "";
    for (size_t i = 0; i < digits.size(); ++i) {
        out.push_back(digits[i]);
        const size_t left = digits.size() - 1 - i;
        if (left > 0 && left % 3 == 0) out.push_back(',');
    }
    return out;
}

int numberCharFilter(ImGuiInputTextCallbackData* data) {
    const ImWchar c = data->EventChar;
    return (c >= '0' && c <= '9') || c == ',' || c == '-' || c == ' ' ? 0 : 1;
}

}  // namespace

bool groupedNumberField(const char* id, std::int64_t value, std::int64_t& typed, float width) {
    std::string text = groupDigits(value);
    ImGui::SetNextItemWidth(width);
    if (!ui::inputText(id, &text,
                       ImGuiInputTextFlags_AutoSelectAll | ImGuiInputTextFlags_CallbackCharFilter,
                       numberCharFilter))
        return false;
    bool negative = false, any = false;
    std::int64_t parsed = 0;
    for (char c : text) {
        if (c == '-' && !any) negative = true;
        if (c < '0' || c > '9') continue;
        any = true;
        // Saturate instead of overflowing; callers clamp to their own range anyway.
        parsed = parsed > (INT64_MAX - (c - '0')) / 10 ? INT64_MAX : parsed * 10 + (c - '0');
    }
    if (!any) return false;
    typed = negative ? -parsed : parsed;
    return typed != value;
}

}  // namespace keystone::ui::cells
