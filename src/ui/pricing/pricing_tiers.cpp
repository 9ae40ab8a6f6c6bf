// The tiers side by side: one column per tier with eligibility, list prices, discounts by
// source, net first-year ACV, TCV, effective price per user and what is included; the
// cheapest eligible tier and the best value carry badges, and differences are listed.
#include <imgui.h>

#include <string>

#include "ui/pricing/pricing_panels.h"
#include "ui/widgets/accessible_widgets.h"
#include "ui/widgets/chart_common.h"
#include "ui/widgets/icons.h"
#include "ui/widgets/theme.h"
#include "ui/widgets/widgets.h"

namespace keystone::ui::pricing {
namespace {

std::string money(MinorUnits value, const std::string& currency) {
    return formatMoney(value, currency, true);
}
std::string minus(MinorUnits value, const std::string& currency) {
    return value == 0 ? std::string("—") : "\xE2\x88\x92" + money(value, currency);  // −$1.00
}

// `shaded` is the table column of the tier a scenario would be quoted on (-1 = none): shaded
// in every row.
void shadeRow(int shaded) {
    if (shaded >= 0)
        ImGui::TableSetBgColor(ImGuiTableBgTarget_CellBg, toU32(withAlpha(palette().accent, 0.07f)),
                               shaded);
}

void rowCaption(int shaded, const char* text, const char* tooltip = nullptr) {
    ImGui::TableNextRow();
    shadeRow(shaded);
    ImGui::TableNextColumn();
    mutedText(text);
    if (tooltip) hoverTooltip(tooltip);
}

// A figure in a tier's column, published for tests as "<Tier> <what>: <text>".
void figure(const TierQuote& q, const char* what, const std::string& text, ImFont* font = nullptr) {
    ImGui::TableNextColumn();
    if (font) ImGui::PushFont(font);
    if (!q.eligible) ImGui::PushStyleColor(ImGuiCol_Text, palette().textMuted);
    ImGui::TextUnformatted(text.c_str());
    if (!q.eligible) ImGui::PopStyleColor();
    if (font) ImGui::PopFont();
    exposeReadout(q.tierName + " " + what + ": " + text);
}

void headerCell(const TierQuote& q, int index, const TierComparison& c, WhatIfState& state,
                int quoted) {
    ImGui::TableNextColumn();
    ImGui::PushID(index);
    const ImVec2 start = ImGui::GetCursorScreenPos();
    const float width = ImGui::GetContentRegionAvail().x;
    ImGui::GetWindowDrawList()->AddRectFilled(start, ImVec2(start.x + width, start.y + em(0.25f)),
                                              toU32(tierColour(index)), em(0.12f));
    ImGui::Dummy(ImVec2(width, em(0.35f)));
    ImGui::PushFont(fonts().heading);
    ImGui::TextUnformatted(q.tierName.c_str());
    ImGui::PopFont();
    const Palette& p = palette();
    bool any = false;
    if (index == c.cheapestIndex) {
        badge(ICON_CHECK " Cheapest", p.good);
        hoverTooltip("Lowest total contract value among the tiers that can sell this deal.");
        any = true;
    }
    if (index == c.bestValueIndex) {
        if (any) ImGui::SameLine();
        badge(ICON_STAR " Best value", p.accent);
        hoverTooltip(
            "Lowest effective price per user after crediting 5% per service point (services, "
            "integrations, CSM, training and support included).");
        any = true;
    }
    if (!any) ImGui::Dummy(ImVec2(1, ImGui::GetTextLineHeight() + em(0.24f)));
    bool chosen = index == quoted;
    if (ui::radioButton(("Quote " + q.tierName).c_str(), chosen)) state.tierId = q.tierId;
    hoverTooltip(state.tierId.empty()
                     ? "Scenarios use the cheapest eligible tier until you pick one."
                     : "The tier a saved scenario is quoted on.");
    ImGui::PopID();
}

}  // namespace

void drawTierColumns(Workspace& workspace, const Account& account, WhatIfState& state) {
    const TierCatalog& catalog = catalogFor(account, workspace.portfolio());
    const TierComparison& c = state.result->comparison;
    const std::string& currency = catalog.currency;
    const int tiers = static_cast<int>(c.quotes.size());
    PricingScenario probe;
    probe.tierId = state.tierId;
    const int quoted = scenarioTierIndex(c, probe);

    if (c.cheapestIndex >= 0)
        exposeReadout("Cheapest tier: " +
                      c.quotes[static_cast<std::size_t>(c.cheapestIndex)].tierName);
    if (c.bestValueIndex >= 0)
        exposeReadout("Best value tier: " +
                      c.quotes[static_cast<std::size_t>(c.bestValueIndex)].tierName);

    Card card;
    card.begin();
    if (tiers == 0) {
        mutedText("The catalog has no tiers yet — add one in the catalog editor below.");
        card.end();
        return;
    }
    const ImGuiTableFlags flags = ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_BordersInnerV |
                                  ImGuiTableFlags_SizingStretchSame | ImGuiTableFlags_NoPadOuterX |
                                  ImGuiTableFlags_PadOuterX;
    if (ImGui::BeginTable("##tiers", tiers + 1, flags, ImVec2(card.innerWidth(), 0))) {
        ImGui::TableSetupColumn("##aspect", ImGuiTableColumnFlags_WidthFixed, em(11.0f));
        for (const TierQuote& q : c.quotes)
            ImGui::TableSetupColumn(q.tierName.c_str(), ImGuiTableColumnFlags_WidthStretch);
        const int shaded = quoted >= 0 ? quoted + 1 : -1;
        ImGui::TableNextRow();
        shadeRow(shaded);
        ImGui::TableNextColumn();
        ImGui::Dummy(ImVec2(1, em(0.3f)));
        mutedText(describeSeats(state.deal).c_str());
        for (int i = 0; i < tiers; ++i)
            headerCell(c.quotes[static_cast<std::size_t>(i)], i, c, state, quoted);

        rowCaption(shaded, "Eligibility",
                   "Whether the tier can be sold for this deal, and why not.");
        for (const TierQuote& q : c.quotes) {
            ImGui::TableNextColumn();
            if (q.eligible) {
                ImGui::PushStyleColor(ImGuiCol_Text, palette().good);
                ImGui::TextUnformatted(ICON_CHECK " Eligible");
                ImGui::PopStyleColor();
                exposeReadout(q.tierName + " eligibility: Eligible");
            } else {
                ImGui::PushStyleColor(ImGuiCol_Text, palette().bad);
                std::string why;
                for (const std::string& reason : q.reasons)
                    why += (why.empty() ? "" : " ") + reason;
                ImGui::PushTextWrapPos(0);
                ImGui::TextUnformatted(why.c_str());
                ImGui::PopTextWrapPos();
                ImGui::PopStyleColor();
                exposeReadout(q.tierName + " eligibility: " + why);
            }
        }
        rowCaption(shaded, "Monthly list", "Year-1 seats × list price per user per month.");
        for (const TierQuote& q : c.quotes)
            figure(q, "monthly list", money(q.monthlyList, currency));
        rowCaption(shaded, "Annual list");
        for (const TierQuote& q : c.quotes) figure(q, "annual list", money(q.annualList, currency));
        rowCaption(shaded, "Volume discount",
                   "From the tier's discount schedule, over the whole contract.");
        for (const TierQuote& q : c.quotes)
            figure(q, "volume discount", minus(q.discounts.volume, currency));
        rowCaption(shaded, "Term discount", "For the contract length, over the whole contract.");
        for (const TierQuote& q : c.quotes)
            figure(q, "term discount",
                   minus(q.discounts.term, currency) +
                       (q.termDiscountBp ? "  (" + formatBasisPoints(q.termDiscountBp) + ")" : ""));
        rowCaption(shaded, "Manual discount", "The rep's discount, over the whole contract.");
        for (const TierQuote& q : c.quotes)
            figure(q, "manual discount", minus(q.discounts.manual, currency));
        rowCaption(shaded, "Net first-year ACV",
                   "Year-1 subscription plus recurring add-ons; one-time fees excluded.");
        for (const TierQuote& q : c.quotes)
            figure(q, "first-year ACV", money(q.firstYearAcv, currency), fonts().figure);
        rowCaption(shaded, "Total contract value", "Every year's total, one-time fees included.");
        for (const TierQuote& q : c.quotes)
            figure(q, "TCV", money(q.totalContractValue, currency), fonts().strong);
        rowCaption(shaded, "Per user per month",
                   "TCV divided by every seat-month of the contract.");
        for (const TierQuote& q : c.quotes)
            figure(q, "per user per month", money(q.effectivePricePerUserMonth, currency));
        rowCaption(shaded, "Included");
        for (const TierQuote& q : c.quotes) {
            ImGui::TableNextColumn();
            ImGui::PushTextWrapPos(0);
            for (const std::string& line : q.includes) {
                ImGui::PushStyleColor(ImGuiCol_Text, palette().textMuted);
                ImGui::TextUnformatted("\xE2\x80\xA2");
                ImGui::PopStyleColor();
                ImGui::SameLine(0, em(0.4f));
                ImGui::TextUnformatted(line.c_str());
            }
            ImGui::PopTextWrapPos();
        }
        ImGui::EndTable();
    }

    if (!c.differences.empty()) {
        ImGui::Spacing();
        ImGui::PushFont(fonts().strong);
        ImGui::TextUnformatted("What differs between the tiers");
        ImGui::PopFont();
        const ImGuiTableFlags diffFlags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH |
                                          ImGuiTableFlags_SizingStretchSame |
                                          ImGuiTableFlags_PadOuterX;
        if (ImGui::BeginTable("##differences", tiers + 1, diffFlags,
                              ImVec2(card.innerWidth(), 0))) {
            ImGui::TableSetupColumn("Aspect", ImGuiTableColumnFlags_WidthFixed, em(11.0f));
            for (const TierQuote& q : c.quotes)
                ImGui::TableSetupColumn(q.tierName.c_str(), ImGuiTableColumnFlags_WidthStretch);
            for (const InclusionDifference& d : c.differences) {
                ImGui::TableNextRow();
                ImGui::TableNextColumn();
                mutedText(d.aspect.c_str());
                for (std::size_t i = 0; i < c.quotes.size(); ++i) {
                    ImGui::TableNextColumn();
                    const std::string& text = i < d.perTier.size() ? d.perTier[i] : std::string();
                    const bool absent = text == "Not included" || text.rfind("No ", 0) == 0;
                    ImGui::PushTextWrapPos(0);
                    if (absent) ImGui::PushStyleColor(ImGuiCol_Text, palette().textMuted);
                    ImGui::TextUnformatted(text.c_str());
                    if (absent) ImGui::PopStyleColor();
                    ImGui::PopTextWrapPos();
                }
            }
            ImGui::EndTable();
        }
    }
    card.end();
}

}  // namespace keystone::ui::pricing
