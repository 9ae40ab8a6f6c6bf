// The lines on the org chart: reporting lines (elbows from a manager to each report, or a
// spine for stacked teams) and influence lines (bowed arrows, coloured by kind).
#include <imgui.h>

#include <algorithm>
#include <cmath>

#include "ui/org_chart/org_chart_view.h"
#include "ui/widgets/chart_common.h"
#include "ui/widgets/theme.h"

namespace keystone::ui {

// Reporting line from a card up to its manager: down from the manager's bottom edge to the
// level's mid gap, across, and down into the card; stacked cards hang off the manager's spine.
void drawConnector(ImDrawList* draw, const OrgViewport& view, const OrgCard& card,
                   const OrgCard& boss, ImU32 colour) {
    const float spineX = boss.x + boss.w / 2;
    const ImVec2 from = im(view.toScreen(spineX, boss.y + boss.h));
    if (card.stacked) {
        const float midY = card.y + card.h / 2;
        const float edgeX = card.x >= spineX ? card.x : card.x + card.w;
        const ImVec2 points[] = {from, im(view.toScreen(spineX, midY)),
                                 im(view.toScreen(edgeX, midY))};
        draw->AddPolyline(points, 3, colour, 0, 1.25f);
        return;
    }
    const float cx = card.x + card.w / 2;
    const float midY = card.y - 24.0f;  // half the default level gap above the card
    const ImVec2 points[] = {from, im(view.toScreen(spineX, midY)), im(view.toScreen(cx, midY)),
                             im(view.toScreen(cx, card.y))};
    draw->AddPolyline(points, 4, colour, 0, 1.25f);
}

void drawInfluenceLines(ImDrawList* draw, const OrgViewport& view, const Account& account,
                        const OrgChartState& state) {
    const WorldRect visible = view.visibleWorld();
    for (size_t i = 0; i < state.influenceEnds.size() && i < account.influenceLines.size(); ++i) {
        const InfluenceLine& line = account.influenceLines[i];
        const auto [from, to] = state.influenceEnds[i];
        if (from < 0 || to < 0 || from == to) continue;
        const OrgCard& a = state.layout.cards[static_cast<size_t>(from)];
        const OrgCard& b = state.layout.cards[static_cast<size_t>(to)];
        if (!a.visible || !b.visible) continue;
        const WorldRect span{std::min(a.x, b.x), std::min(a.y, b.y), std::max(a.x + a.w, b.x + b.w),
                             std::max(a.y + a.h, b.y + b.h)};
        if (span.maxX < visible.minX || span.minX > visible.maxX || span.maxY < visible.minY ||
            span.minY > visible.maxY)
            continue;
        const ImVec2 p0 = im(view.toScreen(a.x + a.w / 2, a.y + a.h / 2));
        const ImVec2 p2 = im(view.toScreen(b.x + b.w / 2, b.y + b.h / 2));
        const float dx = p2.x - p0.x, dy = p2.y - p0.y, length = std::sqrt(dx * dx + dy * dy);
        if (length < 1.0f) continue;
        const float bow = std::clamp(length * 0.22f, 28.0f * view.zoom, 140.0f * view.zoom);
        const ImVec2 c((p0.x + p2.x) / 2 + dy / length * bow,
                       (p0.y + p2.y) / 2 - dx / length * bow);
        const ImVec4 colour = line.kind == InfluenceKind::ConflictsWith  ? palette().bad
                              : line.kind == InfluenceKind::InformalAlly ? palette().good
                                                                         : palette().info;
        const ImU32 ink = toU32(withAlpha(colour, 0.85f));
        const float width =
            (0.8f + 0.35f * std::clamp(line.strength, 1, 5)) * std::max(view.zoom, 0.6f);
        draw->AddBezierQuadratic(p0, c, p2, ink, width, 24);
        // Arrowhead where the curve meets the target card's middle, pointing along the curve.
        const float tx = p2.x - c.x, ty = p2.y - c.y, tl = std::sqrt(tx * tx + ty * ty);
        if (tl < 1.0f) continue;
        const ImVec2 dir(tx / tl, ty / tl), normal(-dir.y, dir.x);
        const float head = 9.0f * std::max(view.zoom, 0.6f);
        const ImVec2 tip(p2.x - dir.x * (b.h * view.zoom * 0.5f),
                         p2.y - dir.y * (b.h * view.zoom * 0.5f));
        draw->AddTriangleFilled(tip,
                                ImVec2(tip.x - dir.x * head + normal.x * head * 0.5f,
                                       tip.y - dir.y * head + normal.y * head * 0.5f),
                                ImVec2(tip.x - dir.x * head - normal.x * head * 0.5f,
                                       tip.y - dir.y * head - normal.y * head * 0.5f),
                                ink);
    }
}

}  // namespace keystone::ui
