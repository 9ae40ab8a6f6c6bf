// The editions side by side (a rep's word for the catalog's pricing tiers): one column per
// edition with eligibility, list prices, discounts by source, net first-year ACV, TCV, the
// average price per user and what is included, each money row saying the time it covers;
// the cheapest eligible edition and the best value carry badges, and differences are listed.
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

// Caption column of both tables: "Total contract value (10 years)" on one line.
constexpr float kCaptionEm = 12.0f;

std::string money(MinorUnits value, const std::string& currency) {
    return formatMoney(value, currency, true);
}
std::string minus(MinorUnits value, const std::string& currency) {
    return value == 0 ? std::string("—") : "\xE2\x88\x92" + money(value, currency);  // −$1.00
}

// `shaded` is the table column of the edition a scenario would be quoted on (-1 = none): shaded
// in every row.
void shadeRow(int shaded) {
    if (shaded >= 0)
        ImGui::TableSetBgColor(ImGuiTableBgTarget_CellBg, toU32(withAlpha(palette().accent, 0.07f)),
                               shaded);
}

void rowCaption(int shaded, const std::string& text, const std::string& tooltip = {}) {
    ImGui::TableNextRow();
    shadeRow(shaded);
    ImGui::TableNextColumn();
    ImGui::PushTextWrapPos(0);  // a long caption wraps inside its column, never under a figure
    mutedText(text.c_str());
    ImGui::PopTextWrapPos();
    if (!tooltip.empty()) hoverTooltip(tooltip);
}

// What each money row adds to its caption, which already says the time it covers.
std::string figureTooltip(QuoteFigure f, std::size_t years) {
    switch (f) {
        case QuoteFigure::ListPricePerUserMonth:
            return "The edition's catalog price for one user for one month, in year 1; the annual "
                   "uplift raises it from year 2.";
        case QuoteFigure::MonthlyList:
            return "Year-1 seats \xC3\x97 list price per user per month, before discounts.";
        case QuoteFigure::AnnualList:
            return "Year-1 seats \xC3\x97 list price per user per month \xC3\x97 12, before "
                   "discounts.";
        case QuoteFigure::VolumeDiscount:
            return "From the edition's discount schedule, summed over all " + yearsText(years) +
                   " of the contract.";
        case QuoteFigure::TermDiscount:
            return "For the contract length, summed over all " + yearsText(years) +
                   " of the contract.";
        case QuoteFigure::ManualDiscount:
            return "The rep's discount, summed over all " + yearsText(years) + " of the contract.";
        case QuoteFigure::FirstYearAcv:
            return "Year-1 subscription plus recurring add-ons, for one year; one-time fees "
                   "excluded.";
        case QuoteFigure::TotalContractValue:
            return "Every contract year's total added up, one-time fees included.";
        case QuoteFigure::AveragePerUserMonth:
            return "Total contract value divided by every seat-month of the " + yearsText(years) +
                   ".";
    }
    return {};
}

// A figure in an edition's column, published as "<Edition> <caption>: <text>" (figureReadout).
void figure(const TierQuote& q, const std::string& caption, const std::string& text,
            ImFont* font = nullptr) {
    ImGui::TableNextColumn();
    if (font) ImGui::PushFont(font);
    if (!q.eligible) ImGui::PushStyleColor(ImGuiCol_Text, palette().textMuted);
    ImGui::TextUnformatted(text.c_str());
    if (!q.eligible) ImGui::PopStyleColor();
    if (font) ImGui::PopFont();
    exposeReadout(figureReadout(q.tierName, caption) + ": " + text);
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
        hoverTooltip("Lowest total contract value among the editions that can sell this deal.");
        any = true;
    }
    if (index == c.bestValueIndex) {
        const char* const text = ICON_STAR " Best value";
        if (any) sameLineIfRoom(ImGui::CalcTextSize(text).x + em(1.0f));  // badge's padding
        badge(text, p.accent);
        hoverTooltip(
            "Lowest average price per user per month after crediting 5% per service point "
            "(services, "
            "integrations, CSM, training and support included).");
        any = true;
    }
    if (!any) ImGui::Dummy(ImVec2(1, ImGui::GetTextLineHeight() + em(0.24f)));
    bool chosen = index == quoted;
    if (ui::radioButton(("Quote " + q.tierName).c_str(), chosen)) state.tierId = q.tierId;
    hoverTooltip(state.tierId.empty()
                     ? "Scenarios use the cheapest eligible edition until you pick one."
                     : "The edition a saved scenario is quoted on.");
    ImGui::PopID();
}

}  // namespace

std::string figureReadout(const std::string& name, std::string caption) {
    if (!caption.empty() && caption[0] >= 'A' && caption[0] <= 'Z')
        caption[0] = static_cast<char>(caption[0] - 'A' + 'a');
    return name + " " + caption;
}

void drawTierColumns(Workspace& workspace, const Account& account, WhatIfState& state) {
    const TierCatalog& catalog = catalogFor(account, workspace.portfolio());
    const TierComparison& c = state.result->comparison;
    const std::string& currency = catalog.currency;
    const int tiers = static_cast<int>(c.quotes.size());
    PricingScenario probe;
    probe.tierId = state.tierId;
    const int quoted = scenarioTierIndex(c, probe);

    if (c.cheapestIndex >= 0)
        exposeReadout("Cheapest edition: " +
                      c.quotes[static_cast<std::size_t>(c.cheapestIndex)].tierName);
    if (c.bestValueIndex >= 0)
        exposeReadout("Best value edition: " +
                      c.quotes[static_cast<std::size_t>(c.bestValueIndex)].tierName);

    Card card;
    card.begin();
    if (tiers == 0) {
        mutedText("The catalog has no editions yet — add one in the catalog editor below.");
        card.end();
        return;
    }
    const ImGuiTableFlags flags = ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_BordersInnerV |
                                  ImGuiTableFlags_SizingStretchSame | ImGuiTableFlags_NoPadOuterX |
                                  ImGuiTableFlags_PadOuterX;
    if (ImGui::BeginTable("##tiers", tiers + 1, flags, ImVec2(card.innerWidth(), 0))) {
        ImGui::TableSetupColumn("##aspect", ImGuiTableColumnFlags_WidthFixed, em(kCaptionEm));
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
                   "Whether the edition can be sold for this deal, and why not.");
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
        const std::size_t years = state.deal.seatsByYear.size();
        for (QuoteFigure f : kQuoteFigures) {
            const std::string caption = quoteFigureCaption(f, years);
            rowCaption(shaded, caption, figureTooltip(f, years));
            // Readouts name the figure as the caption does, period included: "SMB total
            // contract value (3 years)", so a screen reader and a test hear what time it covers.
            const bool discount = f == QuoteFigure::VolumeDiscount ||
                                  f == QuoteFigure::TermDiscount ||
                                  f == QuoteFigure::ManualDiscount;
            ImFont* font = f == QuoteFigure::FirstYearAcv         ? fonts().figure
                           : f == QuoteFigure::TotalContractValue ? fonts().strong
                                                                  : nullptr;
            for (const TierQuote& q : c.quotes) {
                const MinorUnits amount = quoteFigureAmount(q, f);
                std::string text = discount ? minus(amount, currency) : money(amount, currency);
                if (f == QuoteFigure::TermDiscount && q.termDiscountBp)
                    text += "  (" + formatBasisPoints(q.termDiscountBp) + ")";
                figure(q, caption, text, font);
            }
        }
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
        ImGui::TextUnformatted("What differs between the editions");
        ImGui::PopFont();
        const ImGuiTableFlags diffFlags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH |
                                          ImGuiTableFlags_SizingStretchSame |
                                          ImGuiTableFlags_PadOuterX;
        if (ImGui::BeginTable("##differences", tiers + 1, diffFlags,
                              ImVec2(card.innerWidth(), 0))) {
            ImGui::TableSetupColumn("Aspect", ImGuiTableColumnFlags_WidthFixed, em(kCaptionEm));
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
