// Stakeholder cards on the org-chart canvas, at three levels of detail:
//   full   — name, title, role badges, strength dots, finding marker (cards readable);
//   brief  — a coloured card with the name only (names still legible);
//   box    — a coloured rectangle (far out: the chart's shape, nothing to read).
// Text is laid out in world units and scaled by the zoom, so a card looks the same at any
// zoom where it is legible.
#include <imgui.h>

#include <algorithm>
#include <cfloat>
#include <string>
#include <utility>
#include <vector>

#include "ui/org_chart/org_chart_view.h"
#include "ui/widgets/chart_common.h"
#include "ui/widgets/theme.h"
#include "ui/widgets/widgets.h"

namespace keystone::ui {
namespace {

constexpr float kBriefFromZoom = 0.28f;  // names become legible (≈3.6 px text) from here
constexpr float kFullFromZoom = 0.55f;   // everything on a card is legible from here

struct RoleLook {
    BuyingRole role;
    const char* shortText;
    ImVec4 colour;
};

const RoleLook* roleLooks() {
    static const RoleLook looks[] = {
        {BuyingRole::EconomicBuyer, "EB", ImVec4(0.15f, 0.39f, 0.92f, 1)},
        {BuyingRole::TechnicalDecisionMaker, "TDM", ImVec4(0.49f, 0.23f, 0.93f, 1)},
        {BuyingRole::Champion, "Champion", ImVec4(0.09f, 0.64f, 0.29f, 1)},
        {BuyingRole::Coach, "Coach", ImVec4(0.05f, 0.58f, 0.53f, 1)},
        {BuyingRole::Influencer, "Influencer", ImVec4(0.85f, 0.47f, 0.02f, 1)},
        {BuyingRole::EndUser, "User", ImVec4(0.42f, 0.45f, 0.50f, 1)},
        {BuyingRole::Procurement, "Procurement", ImVec4(0.55f, 0.36f, 0.17f, 1)},
        {BuyingRole::LegalSecurity, "Legal/Sec", ImVec4(0.30f, 0.33f, 0.38f, 1)},
        {BuyingRole::Blocker, "Blocker", ImVec4(0.86f, 0.15f, 0.15f, 1)},
    };
    return looks;
}

ImVec4 stanceColour(Stance stance) {
    switch (stance) {
        case Stance::Champion:
            return ImVec4(0.09f, 0.64f, 0.29f, 1);
        case Stance::Supporter:
            return ImVec4(0.45f, 0.80f, 0.50f, 1);
        case Stance::Neutral:
            return ImVec4(0.61f, 0.64f, 0.69f, 1);
        case Stance::Skeptic:
            return ImVec4(0.96f, 0.62f, 0.04f, 1);
        case Stance::Opponent:
            return ImVec4(0.86f, 0.15f, 0.15f, 1);
    }
    return ImVec4(0.61f, 0.64f, 0.69f, 1);
}

// The role that says most about the person in a deal: the first set one in this order.
const RoleLook* leadingRole(BuyingRoles roles) {
    static const BuyingRole order[] = {
        BuyingRole::EconomicBuyer, BuyingRole::Blocker,
        BuyingRole::Champion,      BuyingRole::TechnicalDecisionMaker,
        BuyingRole::Coach,         BuyingRole::Influencer,
        BuyingRole::Procurement,   BuyingRole::LegalSecurity,
        BuyingRole::EndUser};
    for (BuyingRole role : order)
        if (roles & static_cast<BuyingRoles>(role))
            for (int i = 0; i < kBuyingRoleCount; ++i)
                if (roleLooks()[i].role == role) return &roleLooks()[i];
    return nullptr;
}

// Draws `text` from `pos`, cut with an ellipsis to fit `maxWidth` (screen pixels).
void fittedText(ImDrawList* draw, ImFont* font, float size, ImVec2 pos, ImU32 colour,
                const std::string& text, float maxWidth) {
    if (text.empty() || maxWidth <= 0) return;
    const char* begin = text.c_str();
    const char* end = begin + text.size();
    if (font->CalcTextSizeA(size, FLT_MAX, 0, begin, end).x <= maxWidth) {
        draw->AddText(font, size, pos, colour, begin, end);
        return;
    }
    const float ellipsis = font->CalcTextSizeA(size, FLT_MAX, 0, "...").x;
    const char* cut =
        font->CalcWordWrapPositionA(size / font->FontSize, begin, end, maxWidth - ellipsis);
    // CalcWordWrapPositionA breaks at spaces; fall back to characters for one long word.
    if (cut == begin) {
        cut = begin;
        float width = 0;
        while (cut < end) {
            const char* next = cut + 1;
            while (next < end && (static_cast<unsigned char>(*next) & 0xC0) == 0x80) ++next;
            width += font->CalcTextSizeA(size, FLT_MAX, 0, cut, next).x;
            if (width > maxWidth - ellipsis) break;
            cut = next;
        }
    }
    std::string shown(begin, cut);
    while (!shown.empty() && shown.back() == ' ') shown.pop_back();
    shown += "...";
    draw->AddText(font, size, pos, colour, shown.c_str());
}

}  // namespace

ImVec4 cardColour(const Stakeholder& person, ColourBy colourBy) {
    switch (colourBy) {
        case ColourBy::Stance:
            return stanceColour(person.stance);
        case ColourBy::Role: {
            const RoleLook* role = leadingRole(person.roles);
            return role ? role->colour : ImVec4(0.70f, 0.72f, 0.76f, 1);
        }
        case ColourBy::Strength:
            return strengthColour(person.relationshipStrength);
    }
    return stanceColour(person.stance);
}

void drawCard(ImDrawList* draw, const OrgViewport& view, const OrgCard& card,
              const Stakeholder& person, ColourBy colourBy, const CardLook& look) {
    const Palette& p = palette();
    const float z = view.zoom;
    const ImVec2 a = im(view.toScreen(card.x, card.y));
    const ImVec2 b(a.x + card.w * z, a.y + card.h * z);
    const ImVec4 accent = cardColour(person, colourBy);
    const float fade = look.dimmed ? 0.25f : 1.0f;

    if (look.keyboardFocus) {
        // The keyboard's focus ring: ImGui's own focus colour, thick and set off from the card
        // (whose selected outline is thinner and closer), at every zoom.
        const float gap = 4.0f, rounding = z < kBriefFromZoom ? 0.0f : 8.0f * z + gap;
        draw->AddRect(ImVec2(a.x - gap, a.y - gap), ImVec2(b.x + gap, b.y + gap),
                      toU32(ImGui::GetStyleColorVec4(ImGuiCol_NavHighlight)), rounding, 0, 3.0f);
    }
    if (z < kBriefFromZoom) {  // box
        draw->AddRectFilled(a, b, toU32(withAlpha(accent, (look.dimmed ? 0.2f : 0.85f))));
        if (look.selected || look.searchHit || look.dropTarget || look.moving)
            draw->AddRect(ImVec2(a.x - 2, a.y - 2), ImVec2(b.x + 2, b.y + 2),
                          toU32(look.moving ? p.warning : p.accent), 0, 0, 2.0f);
        return;
    }

    const float rounding = 8.0f * z;
    ImVec4 surface = p.surface;
    if (look.dropTarget) surface = mixColour(p.surface, p.accent, 0.18f);
    draw->AddRectFilled(ImVec2(a.x + 1, a.y + 2), ImVec2(b.x + 1, b.y + 2),
                        toU32(withAlpha(ImVec4(0, 0, 0, 1), 0.07f * fade)), rounding);
    draw->AddRectFilled(a, b, toU32(withAlpha(surface, look.dimmed ? 0.55f : 1.0f)), rounding);
    // The colour stripe on the left carries the "colour by" value.
    draw->AddRectFilled(a, ImVec2(a.x + 6.0f * z, b.y), toU32(withAlpha(accent, fade)), rounding,
                        ImDrawFlags_RoundCornersLeft);
    const ImVec4 outline = look.moving                        ? p.warning
                           : look.selected || look.dropTarget ? p.accent
                           : look.searchHit                   ? p.warning
                                                              : p.border;
    draw->AddRect(a, b, toU32(withAlpha(outline, fade)), rounding, 0,
                  look.selected || look.dropTarget || look.searchHit || look.moving ? 2.5f : 1.0f);

    const ImVec4 text = withAlpha(ImGui::GetStyleColorVec4(ImGuiCol_Text), fade);
    const ImVec4 muted = withAlpha(p.textMuted, fade);
    const float left = a.x + 16.0f * z;
    const float textWidth = b.x - left - 10.0f * z;
    const bool left_ = person.status != ContactStatus::Active;
    const std::string name = person.name.empty() ? std::string("(no name)") : person.name;
    if (z < kFullFromZoom) {  // brief: the name, centred vertically
        fittedText(draw, fonts().strong, 15.0f * z,
                   ImVec2(left, a.y + (card.h * z - 15.0f * z) / 2), toU32(text), name, textWidth);
        return;
    }

    fittedText(draw, fonts().strong, 13.5f * z, ImVec2(left, a.y + 9.0f * z), toU32(text), name,
               textWidth - (look.findings > 0 ? 18.0f * z : 0));
    std::string subtitle = person.title;
    if (left_)
        subtitle = std::string(contactStatusLabel(person.status)) +
                   (subtitle.empty() ? "" : " · " + subtitle);
    fittedText(draw, fonts().body, 11.5f * z, ImVec2(left, a.y + 27.0f * z),
               toU32(left_ ? withAlpha(p.bad, fade) : muted), subtitle, textWidth);

    // Role badges along the bottom, then strength dots on the right.
    const float dotsWidth = 5 * 9.0f * z;
    float x = left;
    const float badgeY = a.y + 50.0f * z, badgeH = 15.0f * z, badgeText = 10.0f * z;
    for (int i = 0; i < kBuyingRoleCount; ++i) {
        const RoleLook& role = roleLooks()[i];
        if (!(person.roles & static_cast<BuyingRoles>(role.role))) continue;
        const float w =
            fonts().strong->CalcTextSizeA(badgeText, FLT_MAX, 0, role.shortText).x + 10.0f * z;
        if (x + w > b.x - dotsWidth - 12.0f * z) {
            draw->AddText(fonts().strong, badgeText, ImVec2(x, badgeY + 2.0f * z), toU32(muted),
                          "+");
            break;
        }
        draw->AddRectFilled(ImVec2(x, badgeY), ImVec2(x + w, badgeY + badgeH),
                            toU32(withAlpha(role.colour, 0.16f * fade)), badgeH / 2);
        draw->AddText(fonts().strong, badgeText, ImVec2(x + 5.0f * z, badgeY + 2.0f * z),
                      toU32(withAlpha(role.colour, fade)), role.shortText);
        x += w + 4.0f * z;
    }
    const ImU32 on = toU32(withAlpha(strengthColour(person.relationshipStrength), fade));
    const ImU32 off = toU32(withAlpha(p.border, fade));
    for (int i = 0; i < 5; ++i)
        draw->AddCircleFilled(ImVec2(b.x - 12.0f * z - (4 - i) * 9.0f * z, badgeY + badgeH / 2),
                              3.2f * z, i < person.relationshipStrength ? on : off, 8);

    if (look.findings > 0) {  // a coverage finding names this person
        const ImVec2 c(b.x - 12.0f * z, a.y + 15.0f * z);
        draw->AddCircleFilled(c, 7.0f * z, toU32(withAlpha(p.warning, fade)), 12);
        draw->AddText(fonts().strong, 10.0f * z, ImVec2(c.x - 2.5f * z, c.y - 6.0f * z),
                      IM_COL32_WHITE, "!");
    }
    if (look.hasReports) {  // collapse / expand handle on the bottom edge
        const ImVec2 c((a.x + b.x) / 2, b.y);
        draw->AddCircleFilled(c, 7.0f * z, toU32(p.surface), 12);
        draw->AddCircle(c, 7.0f * z, toU32(withAlpha(p.border, fade)), 12, 1.0f);
        const char* sign = look.collapsed ? "+" : "-";
        const ImVec2 size = fonts().strong->CalcTextSizeA(11.0f * z, FLT_MAX, 0, sign);
        draw->AddText(fonts().strong, 11.0f * z, ImVec2(c.x - size.x / 2, c.y - size.y / 2),
                      toU32(muted), sign);
    }
}

void drawLegend(ImDrawList* draw, ImVec2 bottomLeft, ColourBy colourBy) {
    std::vector<std::pair<ImVec4, std::string>> entries;
    switch (colourBy) {
        case ColourBy::Stance:
            for (Stance s : {Stance::Champion, Stance::Supporter, Stance::Neutral, Stance::Skeptic,
                             Stance::Opponent})
                entries.emplace_back(stanceColour(s), std::string(stanceLabel(s)));
            break;
        case ColourBy::Role:
            for (int i = 0; i < kBuyingRoleCount; ++i)
                entries.emplace_back(roleLooks()[i].colour, roleLooks()[i].shortText);
            entries.emplace_back(ImVec4(0.70f, 0.72f, 0.76f, 1), "No role");
            break;
        case ColourBy::Strength: {
            static const char* const kNames[] = {"1 None", "2 Weak", "3 Working", "4 Strong",
                                                 "5 Trusted"};
            for (int i = 1; i <= 5; ++i) entries.emplace_back(strengthColour(i), kNames[i - 1]);
            break;
        }
    }
    const float line = ImGui::GetTextLineHeight(), side = line * 0.7f, pad = em(0.5f);
    float width = pad;
    for (const auto& entry : entries)
        width += side + em(0.3f) + ImGui::CalcTextSize(entry.second.c_str()).x + em(0.8f);
    const ImVec2 a(bottomLeft.x, bottomLeft.y - line - 2 * pad);
    draw->AddRectFilled(a, ImVec2(a.x + width, bottomLeft.y),
                        toU32(withAlpha(palette().surface, 0.94f)), em(0.3f));
    draw->AddRect(a, ImVec2(a.x + width, bottomLeft.y), toU32(palette().border), em(0.3f));
    float x = a.x + pad;
    const float y = a.y + pad;
    for (const auto& entry : entries) {
        draw->AddRectFilled(ImVec2(x, y + (line - side) / 2),
                            ImVec2(x + side, y + (line + side) / 2), toU32(entry.first), 2.0f);
        x += side + em(0.3f);
        draw->AddText(ImVec2(x, y), toU32(ImGui::GetStyleColorVec4(ImGuiCol_Text)),
                      entry.second.c_str());
        x += ImGui::CalcTextSize(entry.second.c_str()).x + em(0.8f);
    }
}

}  // namespace keystone::ui
