#include "ui/pricing/pricing_tab.h"

#include <imgui.h>

#include <algorithm>
#include <map>
#include <string>

#include "core/pricing/pricing_scenario_edits.h"
#include "ui/pricing/pricing_panels.h"
#include "ui/widgets/accessible_widgets.h"
#include "ui/widgets/chart_common.h"
#include "ui/widgets/icons.h"
#include "ui/widgets/theme.h"
#include "ui/widgets/widgets.h"

namespace keystone::ui {
namespace pricing {
namespace {

// Everything the figures depend on, as text: a cheap way to notice an input changed.
std::string keyOf(const DealInput& d) {
    std::string key;
    for (int seats : d.seatsByYear) key += std::to_string(seats) + ",";
    key += "|" + std::to_string(d.annualUpliftBp) + "|" + std::to_string(d.manualDiscountBp) + "|";
    key += d.scheduleKind ? std::to_string(static_cast<int>(*d.scheduleKind)) : "-";
    key += d.needsProfessionalServices ? "P" : "p";
    key += d.needsCustomIntegrations ? "I" : "i";
    key += d.needsDedicatedCsm ? "C" : "c";
    for (const DealLine& l : d.recurringAddOns) key += "|r" + std::to_string(l.amount);
    for (const DealLine& l : d.oneTimeFees) key += "|o" + std::to_string(l.amount);
    return key;
}

}  // namespace

int firstYearSeats(const DealInput& deal) {
    return deal.seatsByYear.empty() ? 0 : deal.seatsByYear.front();
}

void loadScenario(WhatIfState& state, const PricingScenario& scenario) {
    state.deal = scenario.deal;
    state.tierId = scenario.tierId;
    state.loadedScenarioId = scenario.id;
    state.scenarioName = scenario.name;
    state.lineDrafts.clear();  // drafts are keyed by line position: stale for another deal
    state.lineError.clear();
    const auto& seats = scenario.deal.seatsByYear;
    state.ramp = std::any_of(seats.begin(), seats.end(), [&](int s) { return s != seats.front(); });
}

WhatIfState& stateFor(PerAccount<WhatIfState>& states, const Account& account) {
    const bool fresh = states.find(account.id) == nullptr;
    WhatIfState& state = states.of(account.id);
    if (fresh) {
        state.accountId = account.id;
        if (!account.pricingScenarios.empty()) {
            loadScenario(state, account.pricingScenarios.front());
        } else {
            const auto users = account.qualification.potentialUsers;
            const int seats =
                users > 0 ? static_cast<int>(std::min<std::int64_t>(users, kDefaultMaxSeats)) : 100;
            state.deal = flatDeal(seats, 3);
        }
    }
    return state;
}

void refresh(WhatIfState& state, const Workspace& workspace, const Account& account) {
    const std::string key = keyOf(state.deal);
    const unsigned long long revision = workspace.revision();
    if (state.result && key == state.dealKey && revision == state.revision) return;
    state.dealKey = key;
    state.revision = revision;
    auto computed = computeWhatIf(catalogFor(account, workspace.portfolio()), state.deal);
    if (computed) {
        state.result = std::move(computed).value();
        state.error.clear();
    } else {
        state.result.reset();
        state.error = computed.error().message;
    }
}

ImVec4 tierColour(int index) {
    const Palette& p = palette();
    const ImVec4 colours[] = {p.info, p.accent, p.good, p.warning};
    const ImVec4 base = colours[static_cast<std::size_t>(index) % 4];
    return index < 4 ? base : mixColour(base, p.bad, 0.5f);
}

}  // namespace pricing

namespace {

void senderCatalogBanner(Workspace& workspace, const Account& account) {
    if (!usesSenderCatalog(account, workspace.portfolio())) return;
    Card card;
    card.begin();
    ImGui::PushFont(fonts().strong);
    ImGui::TextUnformatted(ICON_WARNING "  Priced with the sender's catalog");
    ImGui::PopFont();
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + card.innerWidth());
    mutedText(
        "This plan came with its own edition catalog, which differs from yours. Its scenarios "
        "are priced with the sender's catalog so their figures match what the customer saw; "
        "your catalog is unchanged.");
    ImGui::PopTextWrapPos();
    if (ui::button("Price with my catalog"))
        workspace.execute(
            useOwnCatalogCommand(workspace.portfolio(), account.id, workspace.clockNow()));
    hoverTooltip(
        "Reprices this account's scenarios (and the opportunities attached to them) with "
        "your portfolio's catalog. Undo brings the sender's catalog back.");
    const ImVec4 stripe = palette().warning;
    card.end(&stripe);
    ImGui::Spacing();
}

}  // namespace

void drawPricingTab(Workspace& workspace, ViewState& view, const Account& account) {
    using namespace pricing;
    WhatIfState& state = stateFor(view.pricing, account);
    refresh(state, workspace, account);

    const TierCatalog& catalog = catalogFor(account, workspace.portfolio());
    std::string summary =
        std::to_string(catalog.tiers.size()) +
        (catalog.tiers.size() == 1 ? " edition in " : " editions in ") + catalog.currency +
        "  ·  " + std::to_string(account.pricingScenarios.size()) +
        (account.pricingScenarios.size() == 1 ? " saved scenario" : " saved scenarios");
    panelHeader("Deal calculator", summary, nullptr);
    ImGui::Spacing();
    senderCatalogBanner(workspace, account);

    drawInputs(workspace, account, state);
    refresh(state, workspace, account);  // the inputs may have changed this frame
    ImGui::Spacing();
    if (!state.result) {
        Card card;
        card.begin();
        ImGui::PushStyleColor(ImGuiCol_Text, palette().bad);
        ImGui::TextWrapped("%s", ("This deal cannot be priced: " + state.error).c_str());
        ImGui::PopStyleColor();
        exposeReadout("Pricing error: " + state.error);
        card.end();
    } else {
        drawCliffCallout(catalog, state.deal, *state.result);
        drawTierColumns(workspace, account, state);
        ImGui::Spacing();
        drawCrossoverChart(workspace, account, state);
    }
    ImGui::Spacing();
    drawScenarios(workspace, account, state);
    ImGui::Spacing();
    drawCatalogEditor(workspace, account, state, view.fields);
    ImGui::Dummy(emVec(1, 1));
}

}  // namespace keystone::ui
