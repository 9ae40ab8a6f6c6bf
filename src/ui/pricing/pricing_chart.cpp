// Annual cost against seats for every edition: crossovers and volume cliffs marked, the deal's
// seats shown, a hover readout; beside it the crossovers in words and the cliff callouts.
#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

#include "ui/pricing/pricing_panels.h"
#include "ui/widgets/chart_common.h"
#include "ui/widgets/icons.h"
#include "ui/widgets/theme.h"
#include "ui/widgets/widgets.h"

namespace keystone::ui::pricing {
namespace {

// Chart space (seats, minor units) to screen space inside `plot`.
struct Axes {
    ImVec2 min, max;
    double maxSeats = 1;
    double maxCost = 1;
    float x(double seats) const {
        return min.x + static_cast<float>(seats / maxSeats) * (max.x - min.x);
    }
    float y(double cost) const {
        return max.y - static_cast<float>(cost / maxCost) * (max.y - min.y);
    }
    double seatsAt(float px) const { return (px - min.x) / (max.x - min.x) * maxSeats; }
};

// 1, 2 or 5 × 10^n, so axis labels read as round numbers.
double niceStep(double span, int ticks) {
    const double raw = span / ticks;
    const double power = std::pow(10.0, std::floor(std::log10(std::max(raw, 1e-9))));
    for (double m : {1.0, 2.0, 5.0, 10.0})
        if (raw <= m * power) return m * power;
    return 10 * power;
}

void dashedVertical(ImDrawList* draw, float x, float top, float bottom, ImU32 colour) {
    for (float y = top; y < bottom; y += em(0.55f))
        draw->AddLine(ImVec2(x, y), ImVec2(x, std::min(y + em(0.3f), bottom)), colour, 1.0f);
}

void legend(const TierCatalog& catalog) {
    for (std::size_t i = 0; i < catalog.tiers.size(); ++i) {
        if (i) ImGui::SameLine(0, em(1.0f));
        const ImVec2 at = ImGui::GetCursorScreenPos();
        const float h = ImGui::GetTextLineHeight();
        ImGui::GetWindowDrawList()->AddRectFilled(ImVec2(at.x, at.y + h * 0.42f),
                                                  ImVec2(at.x + em(1.0f), at.y + h * 0.58f),
                                                  toU32(tierColour(static_cast<int>(i))), em(0.1f));
        ImGui::Dummy(ImVec2(em(1.3f), h));
        ImGui::SameLine(0, 0);
        ImGui::TextUnformatted(catalog.tiers[i].name.c_str());
    }
}

void drawChart(const TierCatalog& catalog, const DealInput& deal, const PricingWhatIf& w,
               ImVec2 size) {
    ImGui::InvisibleButton("##Annual cost chart", size);
    labelLastItem("Annual cost chart");
    const bool hovered = ImGui::IsItemHovered();
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const Palette& p = palette();
    const float lineH = ImGui::GetTextLineHeight();

    Axes a;
    a.maxSeats = std::max(1, w.chartMaxSeats);
    MinorUnits top = 1;
    for (const auto& curve : w.curves)
        for (const CurvePoint& pt : curve) top = std::max(top, pt.cost);
    const double costStep = niceStep(static_cast<double>(top) * 1.05, 4);
    a.maxCost = std::ceil(static_cast<double>(top) * 1.05 / costStep) * costStep;
    const ImVec2 rmin = ImGui::GetItemRectMin(), rmax = ImGui::GetItemRectMax();
    a.min = ImVec2(rmin.x + em(4.6f), rmin.y + lineH);
    a.max = ImVec2(rmax.x - em(0.8f), rmax.y - lineH - em(0.5f));

    const ImU32 grid = toU32(withAlpha(p.border, 0.9f));
    const ImU32 muted = toU32(p.textMuted);
    for (double c = 0; c <= a.maxCost + 1; c += costStep) {
        const float y = a.y(c);
        draw->AddLine(ImVec2(a.min.x, y), ImVec2(a.max.x, y), grid);
        const std::string label = formatMoneyCompact(static_cast<MinorUnits>(c), catalog.currency);
        const float tw = ImGui::CalcTextSize(label.c_str()).x;
        draw->AddText(ImVec2(a.min.x - tw - em(0.5f), y - lineH * 0.5f), muted, label.c_str());
    }
    const double seatStep = niceStep(a.maxSeats, 6);
    for (double s = 0; s <= a.maxSeats + 0.5; s += seatStep) {
        const std::string label = std::to_string(static_cast<long>(s));
        const float tw = ImGui::CalcTextSize(label.c_str()).x;
        draw->AddText(ImVec2(a.x(s) - tw * 0.5f, a.max.y + em(0.3f)), muted, label.c_str());
    }

    // Crossovers first, under the curves.
    for (const Crossover& c : w.crossovers.crossovers) {
        if (c.seats <= 1 || c.seats > a.maxSeats) continue;
        const float x = a.x(c.seats);
        const ImU32 colour =
            toU32(withAlpha(c.toTier >= 0 ? tierColour(c.toTier) : p.textMuted, 0.8f));
        dashedVertical(draw, x, a.min.y, a.max.y, colour);
        const std::string label = std::to_string(c.seats);
        draw->AddText(ImVec2(x + em(0.25f), a.min.y - lineH * 0.9f), colour, label.c_str());
    }
    const float thick = em(0.14f);
    for (std::size_t t = 0; t < w.curves.size(); ++t) {
        const auto& curve = w.curves[t];
        const PricingTier& tier = catalog.tiers[t];
        const bool sellable = allowsTermAndNeeds(tier, deal);
        const ImVec4 colour = tierColour(static_cast<int>(t));
        for (std::size_t i = 1; i < curve.size(); ++i) {
            // Below the tier's user minimum (or when the term or needs rule it out) it cannot be
            // sold.
            const bool faded = !sellable || curve[i].seats <= tier.minUsers - 1;
            const ImU32 c = toU32(withAlpha(colour, faded ? 0.25f : 1.0f));
            draw->AddLine(
                ImVec2(a.x(curve[i - 1].seats), a.y(static_cast<double>(curve[i - 1].cost))),
                ImVec2(a.x(curve[i].seats), a.y(static_cast<double>(curve[i].cost))), c, thick);
        }
    }
    for (const VolumeCliff& cliff : w.crossovers.cliffs) {
        if (cliff.seats > a.maxSeats) continue;
        const ImVec2 at(a.x(cliff.seats), a.y(static_cast<double>(cliff.cost)));
        draw->AddCircleFilled(at, em(0.28f), toU32(ImGui::GetStyle().Colors[ImGuiCol_WindowBg]));
        draw->AddCircle(at, em(0.28f), toU32(p.bad), 0, em(0.1f));
    }
    // The deal's seats.
    const int seats = firstYearSeats(deal);
    if (seats <= a.maxSeats) {
        const float x = a.x(seats);
        draw->AddLine(ImVec2(x, a.min.y), ImVec2(x, a.max.y), toU32(withAlpha(p.accent, 0.7f)),
                      em(0.08f));
    }

    if (hovered) {
        const int at =
            std::clamp(static_cast<int>(std::lround(a.seatsAt(ImGui::GetIO().MousePos.x))), 1,
                       static_cast<int>(a.maxSeats));
        draw->AddLine(ImVec2(a.x(at), a.min.y), ImVec2(a.x(at), a.max.y), muted);
        ImGui::BeginTooltip();
        ImGui::PushFont(fonts().strong);
        ImGui::TextUnformatted((seatsText(at) + " a year").c_str());
        ImGui::PopFont();
        for (std::size_t t = 0; t < catalog.tiers.size(); ++t) {
            const MinorUnits cost =
                annualCost(catalog.tiers[t], at, costBasisFor(catalog, t, deal));
            const bool ok =
                allowsTermAndNeeds(catalog.tiers[t], deal) && at >= catalog.tiers[t].minUsers;
            ImGui::TextColored(tierColour(static_cast<int>(t)), "\xE2\x97\x8F");
            ImGui::SameLine();
            ImGui::Text("%s  %s%s", catalog.tiers[t].name.c_str(),
                        formatMoney(cost, catalog.currency).c_str(), ok ? "" : "  (not sellable)");
            draw->AddCircleFilled(ImVec2(a.x(at), a.y(static_cast<double>(cost))), em(0.2f),
                                  toU32(tierColour(static_cast<int>(t))));
        }
        ImGui::EndTooltip();
    }
}

void crossoverList(const TierCatalog& catalog, const DealInput& deal, const PricingWhatIf& w,
                   float width) {
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width);
    ImGui::PushFont(fonts().strong);
    ImGui::TextUnformatted("Where the cheapest edition changes");
    ImGui::PopFont();
    const auto sentences = crossoverSentences(w.crossovers, catalog);
    for (std::size_t i = 0; i < sentences.size(); ++i) {
        const int to = w.crossovers.crossovers[i].toTier;
        ImGui::TextColored(to >= 0 ? tierColour(to) : palette().textMuted, "\xE2\x97\x8F");
        ImGui::SameLine();
        ImGui::TextUnformatted(sentences[i].c_str());
        exposeReadout("Crossover: " + sentences[i]);
    }
    if (sentences.empty()) mutedText("No edition can be sold at any seat count with these terms.");

    ImGui::Spacing();
    ImGui::PushFont(fonts().strong);
    ImGui::TextUnformatted("Volume cliffs");
    ImGui::PopFont();
    if (w.crossovers.cliffs.empty())
        mutedText("None: with these schedules more seats never cost less.");
    const int seats = firstYearSeats(deal);
    for (const VolumeCliff& cliff : w.crossovers.cliffs) {
        const PricingTier& tier = catalog.tiers[static_cast<std::size_t>(cliff.tier)];
        // The deal sits right below a cliff: buying more would cost the customer less.
        const bool here = seats >= cliff.firstDearerSeats && seats < cliff.seats &&
                          allowsTermAndNeeds(tier, deal);
        const std::string head = tier.name + ": " + groupedNumber(cliff.seats - 1) +
                                 " seats cost more than " + groupedNumber(cliff.seats);
        const std::string detail = formatMoneyCompact(cliff.costOneFewer, catalog.currency) +
                                   " vs " + formatMoneyCompact(cliff.cost, catalog.currency) +
                                   " a year; buying " + groupedNumber(cliff.seats) +
                                   " is cheaper from " + groupedNumber(cliff.firstDearerSeats) +
                                   " seats";
        ImGui::TextColored(here ? palette().bad : palette().warning,
                           here ? ICON_WARNING : "\xE2\x96\xBC");
        ImGui::SameLine();
        ImGui::BeginGroup();
        ImGui::PushFont(fonts().strong);
        ImGui::TextUnformatted(head.c_str());
        ImGui::PopFont();
        mutedText(detail.c_str());
        ImGui::EndGroup();
        exposeReadout("Cliff: " + cliffSentence(cliff, catalog));
    }
    ImGui::PopTextWrapPos();
}

}  // namespace

// The deal's seat count sits just below a cliff of some edition: say it loudly.
void drawCliffCallout(const TierCatalog& catalog, const DealInput& deal, const PricingWhatIf& w) {
    const int seats = firstYearSeats(deal);
    for (const VolumeCliff& cliff : w.crossovers.cliffs) {
        if (seats < cliff.firstDearerSeats || seats >= cliff.seats) continue;
        const PricingTier& tier = catalog.tiers[static_cast<std::size_t>(cliff.tier)];
        if (!allowsTermAndNeeds(tier, deal)) continue;
        const MinorUnits now = annualCost(
            tier, seats, costBasisFor(catalog, static_cast<std::size_t>(cliff.tier), deal));
        const std::string text = "On " + tier.name + ", " + seatsText(cliff.seats) + " cost " +
                                 formatMoney(now - cliff.cost, catalog.currency) +
                                 " a year less than the " + seatsText(seats) + " in this deal (" +
                                 seatsText(seats) + " " + formatMoney(now, catalog.currency) +
                                 " vs " + seatsText(cliff.seats) + " " +
                                 formatMoney(cliff.cost, catalog.currency) + ").";
        Card card;
        card.begin();
        ImGui::PushFont(fonts().strong);
        ImGui::TextColored(palette().bad, ICON_WARNING "  More seats cost less here");
        ImGui::PopFont();
        ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + card.innerWidth());
        ImGui::TextUnformatted(text.c_str());
        ImGui::PopTextWrapPos();
        exposeReadout("Cliff callout: " + text);
        const ImVec4 stripe = palette().bad;
        card.end(&stripe);
        ImGui::Spacing();
        return;
    }
}

void drawCrossoverChart(Workspace& workspace, const Account& account, WhatIfState& state) {
    const TierCatalog& catalog = catalogFor(account, workspace.portfolio());
    const PricingWhatIf& w = *state.result;
    Card card;
    card.begin();
    const float listW = std::clamp(card.innerWidth() * 0.34f, em(16.0f), em(24.0f));
    const float chartW = card.innerWidth() - listW - em(1.5f);
    ImGui::BeginGroup();
    ImGui::PushFont(fonts().strong);
    ImGui::TextUnformatted("Annual cost by seats");
    ImGui::PopFont();
    ImGui::SameLine(0, em(1.5f));
    legend(catalog);
    drawChart(catalog, state.deal, w, ImVec2(chartW, em(17.0f)));
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + chartW);
    mutedText(
        "Seats in the first contract year. Dashed lines: crossovers. Circles: volume cliffs. "
        "Faded: the edition cannot be sold there.");
    ImGui::PopTextWrapPos();
    ImGui::EndGroup();
    ImGui::SameLine(0, em(1.5f));
    ImGui::BeginGroup();
    crossoverList(catalog, state.deal, w, listW);
    ImGui::EndGroup();
    card.end();
}

}  // namespace keystone::ui::pricing
