// The minimap: the whole chart in the canvas's top-right corner with the visible part
// outlined, for charts bigger than the view. Click or drag on it to move there.
#include <imgui.h>

#include <algorithm>

#include "ui/org_chart/org_chart_view.h"
#include "ui/widgets/chart_common.h"
#include "ui/widgets/theme.h"

namespace keystone::ui {

void drawOrgChartMinimap(const Account& account, OrgChartState& state) {
    OrgViewport& view = state.viewport;
    const WorldRect& bounds = state.layout.bounds;
    const WorldRect shown = view.visibleWorld();
    const float worldW = std::max(bounds.maxX - bounds.minX, 1.0f),
                worldH = std::max(bounds.maxY - bounds.minY, 1.0f);
    const bool wholeChartShown = shown.minX <= bounds.minX && shown.maxX >= bounds.maxX &&
                                 shown.minY <= bounds.minY && shown.maxY >= bounds.maxY;
    state.minimapScale = 0;  // hidden until drawn this frame
    if (account.stakeholders.size() < 2 || wholeChartShown) return;

    const float maxW = em(13), maxH = em(7);
    const float scale = std::min(maxW / worldW, maxH / worldH);
    const ImVec2 size(worldW * scale, worldH * scale);
    const ImVec2 a(view.origin.x + view.size.x - size.x - em(0.8f),
                   view.origin.y + em(0.8f));  // top right: the legend is bottom left
    const ImVec2 b(a.x + size.x, a.y + size.y);
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const Palette& p = palette();
    draw->AddRectFilled(ImVec2(a.x - 4, a.y - 4), ImVec2(b.x + 4, b.y + 4),
                        toU32(withAlpha(p.surface, 0.94f)), 4.0f);
    draw->AddRect(ImVec2(a.x - 4, a.y - 4), ImVec2(b.x + 4, b.y + 4), toU32(p.border), 4.0f);

    // One dot per occupied minimap pixel, worked out once per layout: the cost is bounded by
    // the minimap's area, not the chart's size.
    if (state.minimapGeneration != state.layoutGeneration ||
        state.minimapColourBy != state.colourBy) {
        state.minimapGeneration = state.layoutGeneration;
        state.minimapColourBy = state.colourBy;
        state.minimapDots.clear();
        constexpr float kCell = 2.0f;  // minimap pixels per dot
        const int gridW = static_cast<int>(size.x / kCell) + 1,
                  gridH = static_cast<int>(size.y / kCell) + 1;
        std::vector<unsigned char> occupied(static_cast<size_t>(gridW * gridH), 0);
        const std::vector<OrgCard>& cards = state.layout.cards;
        for (size_t i = 0; i < cards.size(); ++i) {
            const OrgCard& card = cards[i];
            if (!card.visible) continue;
            const int x =
                std::clamp(static_cast<int>((card.x - bounds.minX) * scale / kCell), 0, gridW - 1);
            const int y =
                std::clamp(static_cast<int>((card.y - bounds.minY) * scale / kCell), 0, gridH - 1);
            unsigned char& cell = occupied[static_cast<size_t>(y * gridW + x)];
            if (cell) continue;
            cell = 1;
            state.minimapDots.push_back(
                {PlanePoint{x * kCell, y * kCell},
                 PlanePoint{std::max(card.w * scale, kCell), std::max(card.h * scale, kCell)},
                 toU32(cardColour(account.stakeholders[i], state.colourBy))});
        }
    }
    for (const auto& dot : state.minimapDots)
        draw->AddRectFilled(ImVec2(a.x + dot.at.x, a.y + dot.at.y),
                            ImVec2(a.x + dot.at.x + dot.size.x, a.y + dot.at.y + dot.size.y),
                            dot.colour);
    const ImVec2 va(a.x + (shown.minX - bounds.minX) * scale,
                    a.y + (shown.minY - bounds.minY) * scale);
    const ImVec2 vb(a.x + (shown.maxX - bounds.minX) * scale,
                    a.y + (shown.maxY - bounds.minY) * scale);
    draw->PushClipRect(ImVec2(a.x - 4, a.y - 4), ImVec2(b.x + 4, b.y + 4), true);
    draw->AddRectFilled(va, vb, toU32(withAlpha(p.accent, 0.12f)));
    draw->AddRect(va, vb, toU32(p.accent), 0, 0, 1.5f);
    draw->PopClipRect();

    // The canvas handles presses here (one item owns the pointer); this names the spot for tests.
    state.minimapMin = plane(a);
    state.minimapMax = plane(b);
    state.minimapScale = scale;
    const ImVec2 keep = ImGui::GetCursorScreenPos();
    ImGui::SetCursorScreenPos(a);
    ImGui::Dummy(size);
    labelLastItem("Minimap");
    ImGui::SetCursorScreenPos(keep);
}

bool minimapToWorld(const OrgChartState& state, ImVec2 screen, ImVec2& world) {
    if (state.minimapScale <= 0 || screen.x < state.minimapMin.x || screen.y < state.minimapMin.y ||
        screen.x > state.minimapMax.x || screen.y > state.minimapMax.y)
        return false;
    world = ImVec2(state.layout.bounds.minX + (screen.x - state.minimapMin.x) / state.minimapScale,
                   state.layout.bounds.minY + (screen.y - state.minimapMin.y) / state.minimapScale);
    return true;
}

}  // namespace keystone::ui
