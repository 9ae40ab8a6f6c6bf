#include "ui/portfolio/portfolio_chart.h"

#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string>

#include "core/model/money.h"
#include "ui/widgets/theme.h"
#include "ui/widgets/widgets.h"

namespace keystone::ui {
namespace {

constexpr int kGridLines = 5;  // the ARR and share axes share gridlines at 0, 20, ... 100%

// Smallest "nice" step (1, 2, 2.5 or 5 x 10^k minor units) so kGridLines steps cover `max`.
MinorUnits niceStep(MinorUnits max) {
    const double raw = std::max(1.0, static_cast<double>(max) / kGridLines);
    const double power = std::pow(10.0, std::floor(std::log10(raw)));
    for (double factor : {1.0, 2.0, 2.5, 5.0, 10.0})
        if (factor * power >= raw) return static_cast<MinorUnits>(std::ceil(factor * power));
    return static_cast<MinorUnits>(std::ceil(10.0 * power));
}

ImVec4 faded(ImVec4 colour, float alpha) {
    colour.w = alpha;
    return colour;
}

void dashedLine(ImDrawList* draw, ImVec2 from, float toX, ImU32 colour, float thickness) {
    const float dash = em(0.45f), gap = em(0.3f);
    for (float x = from.x; x < toX; x += dash + gap)
        draw->AddLine(ImVec2(x, from.y), ImVec2(std::min(x + dash, toX), from.y), colour,
                      thickness);
}

// One legend entry: a swatch drawn by `swatch` in a 1 em box, then the text.
template <class Swatch>
void legendEntry(const char* text, Swatch swatch) {
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    const float h = ImGui::GetTextLineHeight();
    swatch(ImGui::GetWindowDrawList(), ImVec2(pos.x, pos.y + h * 0.5f));
    ImGui::Dummy(ImVec2(em(1.1f), h));
    ImGui::SameLine(0, em(0.3f));
    mutedText(text);
}

void drawLegend(ImU32 top, ImU32 other, ImU32 line, ImU32 guide) {
    const float thick = std::max(1.0f, em(0.12f));
    legendEntry("Top 20% of accounts", [&](ImDrawList* d, ImVec2 c) {
        d->AddRectFilled(ImVec2(c.x, c.y - em(0.35f)), ImVec2(c.x + em(0.7f), c.y + em(0.35f)), top,
                         em(0.1f));
    });
    ImGui::SameLine(0, em(1.0f));
    legendEntry("Other accounts", [&](ImDrawList* d, ImVec2 c) {
        d->AddRectFilled(ImVec2(c.x, c.y - em(0.35f)), ImVec2(c.x + em(0.7f), c.y + em(0.35f)),
                         other, em(0.1f));
    });
    ImGui::SameLine(0, em(1.0f));
    legendEntry("Cumulative share of ARR", [&](ImDrawList* d, ImVec2 c) {
        d->AddLine(ImVec2(c.x, c.y), ImVec2(c.x + em(0.9f), c.y), line, thick);
        d->AddCircleFilled(ImVec2(c.x + em(0.45f), c.y), em(0.18f), line);
    });
    ImGui::SameLine(0, em(1.0f));
    legendEntry("80% line",
                [&](ImDrawList* d, ImVec2 c) { dashedLine(d, c, c.x + em(0.95f), guide, thick); });
}

std::string percentText(double pct) {
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%.0f%%", pct);
    return buffer;
}

}  // namespace

void drawParetoChart(const Portfolio& portfolio, const PortfolioMetrics& metrics,
                     const std::string& currency, float heightEm) {
    const Palette& p = palette();
    const Concentration& c = metrics.concentration;
    const std::vector<ParetoPoint>& points = metrics.pareto;
    const int count = static_cast<int>(points.size()) - 1;  // points[0] is the origin
    const bool empty = count <= 0 || c.totalArr <= 0;
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, emVec(1.1f, 0.9f));
    ImGui::BeginChild("##pareto-card", ImVec2(0, em(empty ? 5.0f : heightEm)), true,
                      ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_AlwaysUseWindowPadding);
    ImGui::PopStyleVar();
    sectionHeading("Revenue concentration");
    if (empty) {
        ImGui::Spacing();
        mutedText(count <= 0 ? "No active accounts yet — create one to see how revenue is spread."
                             : "No ARR recorded yet — add current ARR to your accounts to see "
                               "how concentrated revenue is.");
        ImGui::EndChild();
        return;
    }
    char summary[160];
    std::snprintf(summary, sizeof summary,
                  "The top 20%% of accounts (%d of %d) hold %.0f%% of ARR. A steep curve means a "
                  "few renewals carry the book.",
                  c.topCount, c.accountCount, c.topSharePct);
    mutedText(summary);

    const ImU32 topColour = toU32(p.accent), otherColour = toU32(faded(p.accent, 0.4f));
    const ImU32 lineColour = toU32(p.warning), guideColour = toU32(faded(p.bad, 0.85f));
    const ImU32 gridColour = toU32(p.border), textColour = toU32(p.textMuted);
    drawLegend(topColour, otherColour, lineColour, guideColour);

    // Plot geometry: left gutter for ARR labels, right for shares, bottom for ranks.
    MinorUnits maxArr = 0;
    for (int r = 1; r <= count; ++r) maxArr = std::max(maxArr, points[static_cast<size_t>(r)].arr);
    const MinorUnits step = niceStep(maxArr);
    const MinorUnits axisMax = step * kGridLines;
    float leftGutter = 0;
    for (int i = 0; i <= kGridLines; ++i)
        leftGutter = std::max(
            leftGutter, ImGui::CalcTextSize(formatMoneyCompact(step * i, currency).c_str()).x);
    leftGutter += em(0.6f);
    const float rightGutter = ImGui::CalcTextSize("100%").x + em(0.6f);
    const float line = ImGui::GetTextLineHeight();

    ImDrawList* draw = ImGui::GetWindowDrawList();
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const ImVec2 avail = ImGui::GetContentRegionAvail();
    const ImVec2 plotMin(origin.x + leftGutter, origin.y + line * 1.4f);
    const ImVec2 plotMax(origin.x + avail.x - rightGutter, origin.y + avail.y - line * 2.6f);
    if (plotMax.x - plotMin.x < em(6.0f) || plotMax.y - plotMin.y < em(3.0f)) {
        ImGui::EndChild();
        return;  // too small to read; the KPI tile still shows the share
    }
    const float plotW = plotMax.x - plotMin.x, plotH = plotMax.y - plotMin.y;
    auto yForArr = [&](MinorUnits arr) {
        return plotMax.y -
               plotH * static_cast<float>(static_cast<double>(std::max<MinorUnits>(arr, 0)) /
                                          static_cast<double>(axisMax));
    };
    auto yForShare = [&](double pct) {
        return plotMax.y - plotH * static_cast<float>(pct / 100.0);
    };

    // Axis titles above the plot, gridlines and tick labels on both sides.
    draw->AddText(ImVec2(origin.x, origin.y), textColour, "ARR");
    const char* shareTitle = "Cumulative share";
    draw->AddText(ImVec2(origin.x + avail.x - ImGui::CalcTextSize(shareTitle).x, origin.y),
                  textColour, shareTitle);
    for (int i = 0; i <= kGridLines; ++i) {
        const float y = yForArr(step * i);
        draw->AddLine(ImVec2(plotMin.x, y), ImVec2(plotMax.x, y), gridColour);
        const std::string arrLabel = formatMoneyCompact(step * i, currency);
        const float w = ImGui::CalcTextSize(arrLabel.c_str()).x;
        draw->AddText(ImVec2(plotMin.x - em(0.5f) - w, y - line * 0.5f), textColour,
                      arrLabel.c_str());
        const int pct = i * 100 / kGridLines;
        draw->AddText(ImVec2(plotMax.x + em(0.5f), y - line * 0.5f),
                      pct == 80 ? guideColour : textColour, percentText(pct).c_str());
    }

    // Bars, top 20% in full accent.
    const float slot = plotW / static_cast<float>(count);
    const float barW = std::clamp(slot * 0.62f, 1.0f, em(4.0f));
    const ImVec2 mouse = ImGui::GetIO().MousePos;
    const bool hoverPlot = ImGui::IsWindowHovered() && mouse.x >= plotMin.x &&
                           mouse.x < plotMax.x && mouse.y >= plotMin.y && mouse.y <= plotMax.y;
    const int hovered =
        hoverPlot ? std::clamp(static_cast<int>((mouse.x - plotMin.x) / slot) + 1, 1, count) : 0;
    for (int r = 1; r <= count; ++r) {
        const ParetoPoint& point = points[static_cast<size_t>(r)];
        const float cx = plotMin.x + slot * (static_cast<float>(r) - 0.5f);
        const ImVec2 a(cx - barW * 0.5f, yForArr(point.arr)), b(cx + barW * 0.5f, plotMax.y);
        if (r == hovered)
            draw->AddRectFilled(ImVec2(cx - slot * 0.5f, plotMin.y),
                                ImVec2(cx + slot * 0.5f, plotMax.y), toU32(faded(p.accent, 0.08f)));
        draw->AddRectFilled(a, b, r <= c.topCount ? topColour : otherColour,
                            barW > em(0.6f) ? em(0.15f) : 0.0f, ImDrawFlags_RoundCornersTop);
    }
    // The 80% guide, then the cumulative line from the origin through each rank.
    const float thick = std::max(1.5f, em(0.13f));
    dashedLine(draw, ImVec2(plotMin.x, yForShare(80.0)), plotMax.x, guideColour,
               std::max(1.0f, em(0.08f)));
    ImVec2 previous(plotMin.x, plotMax.y);
    for (int r = 1; r <= count; ++r) {
        const ImVec2 at(plotMin.x + slot * (static_cast<float>(r) - 0.5f),
                        yForShare(points[static_cast<size_t>(r)].arrSharePct));
        draw->AddLine(previous, at, lineColour, thick);
        previous = at;
    }
    if (slot >= em(0.7f))
        for (int r = 1; r <= count; ++r)
            draw->AddCircleFilled(ImVec2(plotMin.x + slot * (static_cast<float>(r) - 0.5f),
                                         yForShare(points[static_cast<size_t>(r)].arrSharePct)),
                                  r == hovered ? em(0.3f) : em(0.2f), lineColour);
    draw->AddLine(ImVec2(plotMin.x, plotMax.y), ImVec2(plotMax.x, plotMax.y), toU32(p.textMuted));

    // Rank labels: as many as fit, always the first.
    const int stride = std::max(1, static_cast<int>(std::ceil(em(2.5f) / slot)));
    for (int r = 1; r <= count; r += stride) {
        const std::string rank = std::to_string(r);
        const float w = ImGui::CalcTextSize(rank.c_str()).x;
        draw->AddText(ImVec2(plotMin.x + slot * (static_cast<float>(r) - 0.5f) - w * 0.5f,
                             plotMax.y + em(0.25f)),
                      textColour, rank.c_str());
    }
    const char* xTitle = "Accounts ranked by ARR, largest first";
    draw->AddText(ImVec2(plotMin.x + (plotW - ImGui::CalcTextSize(xTitle).x) * 0.5f,
                         plotMax.y + line * 1.45f),
                  textColour, xTitle);
    ImGui::Dummy(avail);

    if (hovered > 0) {
        const ParetoPoint& point = points[static_cast<size_t>(hovered)];
        const Account* account = findAccount(portfolio, point.accountId);
        ImGui::BeginTooltip();
        ImGui::PushFont(fonts().strong);
        ImGui::Text("#%d  %s", hovered, account ? account->name.c_str() : "");
        ImGui::PopFont();
        ImGui::Text("ARR %s", formatMoney(point.arr, currency).c_str());
        ImGui::Text("Top %d account%s hold %.1f%% of ARR", hovered, hovered == 1 ? "" : "s",
                    point.arrSharePct);
        ImGui::EndTooltip();
    }
    ImGui::EndChild();
}

}  // namespace keystone::ui
