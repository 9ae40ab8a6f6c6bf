// What-if inputs: seats (slider and field), contract years, seat ramp, uplift, manual
// discount with the approval it needs, the schedule-kind switch and the services needed.
#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <string>

#include "ui/pricing/pricing_panels.h"
#include "ui/widgets/accessible_widgets.h"
#include "ui/widgets/chart_common.h"
#include "ui/widgets/theme.h"
#include "ui/widgets/widgets.h"

namespace keystone::ui::pricing {
namespace {

constexpr float kCaptionEm = 8.6f;

void caption(const char* text, const char* tooltip = nullptr) {
    ImGui::AlignTextToFramePadding();
    mutedText(text);
    if (tooltip) hoverTooltip(tooltip);
}

// A percentage typed with up to two decimals, held as basis points (no float reaches money:
// the typed value is rounded to a whole basis point once).
bool percentField(const char* id, BasisPoints& bp, BasisPoints maxBp, float widthEm) {
    double percent = bp / 100.0;
    ImGui::SetNextItemWidth(em(widthEm));
    if (!ui::inputDouble(id, &percent, 0, 0, "%.2f%%")) return false;
    const double clamped = std::clamp(percent, 0.0, maxBp / 100.0);
    bp = static_cast<BasisPoints>(std::llround(clamped * 100.0));
    return true;
}

void setYears(DealInput& deal, int years, bool ramp) {
    years = std::clamp(years, 1, kMaxContractYears);
    const int last = deal.seatsByYear.empty() ? 100 : deal.seatsByYear.back();
    deal.seatsByYear.resize(static_cast<std::size_t>(years), ramp ? last : firstYearSeats(deal));
}

void setFirstYearSeats(DealInput& deal, int seats, bool ramp) {
    seats = std::clamp(seats, 1, kMaxSeats);
    if (ramp)
        deal.seatsByYear.front() = seats;
    else
        std::fill(deal.seatsByYear.begin(), deal.seatsByYear.end(), seats);
}

void approvalBadge(const TierCatalog& catalog, BasisPoints manualBp) {
    const ApprovalLevel level = approvalFor(catalog.guardrails, manualBp);
    const Palette& p = palette();
    ImGui::SameLine();
    ImGui::AlignTextToFramePadding();
    const char* text = level == ApprovalLevel::None      ? "No approval needed"
                       : level == ApprovalLevel::Manager ? "Manager approval"
                                                         : "VP approval";
    badge(text, level == ApprovalLevel::None      ? p.good
                : level == ApprovalLevel::Manager ? p.warning
                                                  : p.bad);
    exposeReadout(std::string("Approval: ") + text);
    hoverTooltip("Manual discounts above " +
                 formatBasisPoints(catalog.guardrails.managerApprovalAboveBp) +
                 " need a manager's approval, above " +
                 formatBasisPoints(catalog.guardrails.vpApprovalAboveBp) +
                 " a VP's (the catalog's guardrails).");
}

void rampRow(DealInput& deal) {
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    caption("Seats by year",
            "The seat ramp: how many seats the customer pays for in each contract year.");
    ImGui::TableNextColumn();
    for (std::size_t y = 0; y < deal.seatsByYear.size(); ++y) {
        ImGui::PushID(static_cast<int>(y));
        if (y) ImGui::SameLine();
        ImGui::BeginGroup();
        const std::string label = "##Year " + std::to_string(y + 1) + " seats";
        int seats = deal.seatsByYear[y];
        ImGui::SetNextItemWidth(em(5.2f));
        if (ui::inputInt(label.c_str(), &seats, 0, 0))
            deal.seatsByYear[y] = std::clamp(seats, 1, kMaxSeats);
        mutedText(("Year " + std::to_string(y + 1)).c_str());
        ImGui::EndGroup();
        ImGui::PopID();
    }
}

}  // namespace

void drawInputs(Workspace& workspace, const Account& account, WhatIfState& state) {
    const TierCatalog& catalog = catalogFor(account, workspace.portfolio());
    DealInput& deal = state.deal;
    if (deal.seatsByYear.empty()) deal = flatDeal(100, 3);

    Card card;
    card.begin();
    ImGui::PushFont(fonts().strong);
    ImGui::TextUnformatted("What if");
    ImGui::PopFont();
    const ImGuiTableFlags flags = ImGuiTableFlags_SizingFixedFit | ImGuiTableFlags_NoPadOuterX;
    if (ImGui::BeginTable("##what-if", 4, flags, ImVec2(card.innerWidth(), 0))) {
        ImGui::TableSetupColumn("caption-a", ImGuiTableColumnFlags_WidthFixed, em(kCaptionEm));
        ImGui::TableSetupColumn("field-a", ImGuiTableColumnFlags_WidthStretch, 1.3f);
        ImGui::TableSetupColumn("caption-b", ImGuiTableColumnFlags_WidthFixed, em(kCaptionEm));
        ImGui::TableSetupColumn("field-b", ImGuiTableColumnFlags_WidthStretch, 1.0f);

        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        caption(state.ramp ? "Seats in year 1" : "Seats", "Seats the customer buys; drag or type.");
        ImGui::TableNextColumn();
        int seats = firstYearSeats(deal);
        const float fieldW = em(6.0f);
        ImGui::SetNextItemWidth(
            std::max(em(8.0f), ImGui::GetContentRegionAvail().x - fieldW - em(0.6f)));
        int slider = seats;
        if (ui::sliderInt("##Seats slider", &slider, 1, 5000, "%d seats",
                          ImGuiSliderFlags_Logarithmic))
            setFirstYearSeats(deal, slider, state.ramp);
        ImGui::SameLine();
        ImGui::SetNextItemWidth(fieldW);
        if (ui::inputInt("##Seats", &seats, 0, 0)) setFirstYearSeats(deal, seats, state.ramp);
        ImGui::TableNextColumn();
        caption("Contract years", "Longer contracts earn the catalog's term discount.");
        ImGui::TableNextColumn();
        int years = static_cast<int>(deal.seatsByYear.size());
        ImGui::SetNextItemWidth(em(3.2f));
        if (ui::inputInt("##Contract years", &years, 0, 0)) setYears(deal, years, state.ramp);
        ImGui::SameLine(0, em(0.4f));
        ImGui::SetNextItemWidth(em(6.2f));
        if (ui::sliderInt("##Contract years slider", &years, 1, kMaxContractYears,
                          years == 1 ? "%d year" : "%d years"))
            setYears(deal, years, state.ramp);
        sameLineIfRoom(checkboxWidth("Seat ramp"), em(0.8f));
        if (ui::checkbox("Seat ramp", &state.ramp) && !state.ramp)
            setFirstYearSeats(deal, firstYearSeats(deal), false);
        hoverTooltip("Different seat counts per contract year, e.g. 100 → 250 → 400.");

        if (state.ramp) rampRow(deal);

        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        caption("Manual discount",
                "The rep's discount, applied after the volume and term discounts.");
        ImGui::TableNextColumn();
        percentField("##Manual discount", deal.manualDiscountBp, kFullDiscountBp, 8.0f);
        approvalBadge(catalog, deal.manualDiscountBp);
        ImGui::TableNextColumn();
        caption("Annual uplift", "List price rise each year from year 2, compounding.");
        ImGui::TableNextColumn();
        percentField("##Annual uplift", deal.annualUpliftBp, kMaxUpliftBp, 8.0f);

        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        caption("Discount schedule",
                "Volume: every seat at the bracket the quantity reaches. Graduated: each "
                "bracket's seats at that bracket's price.");
        ImGui::TableNextColumn();
        static const char* const kKinds[] = {"Edition's own", "Volume", "Graduated"};
        static const char* const kTips[] = {"Use the schedule kind each edition is set up with.",
                                            "All seats priced at the bracket the quantity reaches.",
                                            "Each bracket of seats priced at its own discount."};
        const int kind = deal.scheduleKind ? 1 + static_cast<int>(*deal.scheduleKind) : 0;
        const int picked = segmented("schedule", kKinds, 3, kind, kTips);
        if (picked == 0) deal.scheduleKind.reset();
        if (picked > 0) deal.scheduleKind = static_cast<DiscountKind>(picked - 1);
        ImGui::TableNextColumn();
        caption(
            "Customer needs",
            "Editions that cannot provide these are not eligible; optional packages are charged.");
        ImGui::TableNextColumn();
        ui::checkbox("Services", &deal.needsProfessionalServices);
        hoverTooltip("Professional services (onboarding package).");
        sameLineIfRoom(checkboxWidth("Integrations"));
        ui::checkbox("Integrations", &deal.needsCustomIntegrations);
        hoverTooltip("Custom integrations beyond the public API.");
        sameLineIfRoom(checkboxWidth("CSM"));
        ui::checkbox("CSM", &deal.needsDedicatedCsm);
        hoverTooltip("A dedicated customer success manager.");
        ImGui::EndTable();
    }
    drawDealLines(catalog, state, card.innerWidth());
    card.end();
}

}  // namespace keystone::ui::pricing
