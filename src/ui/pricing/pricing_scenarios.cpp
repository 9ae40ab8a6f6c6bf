// Saved scenarios: save the calculator's inputs under a name, compare the saved ones side
// by side, load, rename, delete (undoable) and attach one to an opportunity, whose amount
// then follows the scenario's first-year ACV.
#include <imgui.h>
#include <imgui_stdlib.h>

#include <string>

#include "core/model/ids.h"
#include "core/plan_format/plan_format.h"
#include "core/pricing/pricing_scenario_edits.h"
#include "ui/pricing/pricing_panels.h"
#include "ui/widgets/accessible_widgets.h"
#include "ui/widgets/chart_common.h"
#include "ui/widgets/icons.h"
#include "ui/widgets/theme.h"
#include "ui/widgets/widgets.h"

namespace keystone::ui::pricing {
namespace {

const PricingScenario* findScenario(const Account& account, const std::string& id) {
    for (const PricingScenario& s : account.pricingScenarios)
        if (s.id == id) return &s;
    return nullptr;
}

// Every input that changes a price, as text, to tell whether the calculator differs from a
// scenario.
std::string pricedInputsKey(const PricingScenario& s) {
    const DealInput& d = s.deal;
    std::string key = s.tierId + "|" + std::to_string(d.annualUpliftBp) + "|" +
                      std::to_string(d.manualDiscountBp);
    key += d.scheduleKind ? (*d.scheduleKind == DiscountKind::Volume ? "v" : "g") : "-";
    key += std::to_string(d.needsProfessionalServices) + std::to_string(d.needsCustomIntegrations) +
           std::to_string(d.needsDedicatedCsm);
    for (int seats : d.seatsByYear) key += "," + std::to_string(seats);
    return key;
}

// "480 × 3 yrs" or "100→250→400": fits the comparison table.
std::string shortSeats(const DealInput& deal) {
    const auto& seats = deal.seatsByYear;
    if (seats.empty()) return "—";
    bool flat = true;
    for (int n : seats) flat = flat && n == seats.front();
    if (flat)
        return groupedNumber(seats.front()) + " \xC3\x97 " + std::to_string(seats.size()) +
               (seats.size() == 1 ? " yr" : " yrs");
    std::string ramp;
    for (std::size_t i = 0; i < seats.size(); ++i)
        ramp += (i ? "\xE2\x86\x92" : "") + groupedNumber(seats[i]);
    return ramp;
}

std::string attachedTo(const Account& account, const std::string& scenarioId) {
    std::string names;
    for (const Opportunity& o : account.opportunities)
        if (o.pricingScenarioId == scenarioId) names += (names.empty() ? "" : ", ") + o.name;
    return names;
}

// The scenario the inputs describe now, keeping id, notes and unknown members of `base`.
PricingScenario fromInputs(const WhatIfState& state, PricingScenario base, std::string name) {
    base.name = std::move(name);
    base.deal = state.deal;
    base.tierId = state.tierId;
    return base;
}

void saveRow(Workspace& workspace, const Account& account, WhatIfState& state) {
    ImGui::SetNextItemWidth(em(18.0f));
    ui::inputTextWithHint("##Scenario name", "Scenario name, e.g. 300 seats, 3 years",
                          &state.scenarioName);
    if (state.scenarioName.size() > kMaxShortTextBytes)
        state.scenarioName.resize(kMaxShortTextBytes);
    ImGui::SameLine();
    if (primaryButton(ICON_PLUS " Save scenario")) {
        std::string name =
            state.scenarioName.empty() ? describeSeats(state.deal) : state.scenarioName;
        PricingScenario scenario =
            newPricingScenario(newId(), name, state.deal, workspace.clockNow());
        scenario.tierId = state.tierId;
        state.loadedScenarioId = scenario.id;
        state.scenarioName = name;
        workspace.execute(addPricingScenarioCommand(account.id, scenario, "Save scenario " + name));
    }
    hoverTooltip("Saves the calculator's inputs as a new scenario in this account's plan.");
    const PricingScenario* loaded = findScenario(account, state.loadedScenarioId);
    if (loaded) {
        ImGui::SameLine();
        const PricingScenario edited = fromInputs(state, *loaded, loaded->name);
        const bool changed = pricedInputsKey(edited) != pricedInputsKey(*loaded);
        ImGui::BeginDisabled(!changed);
        if (ui::button(("Update " + loaded->name + "##update-scenario").c_str()))
            workspace.execute(updatePricingScenarioCommand(
                workspace.portfolio(), account.id, edited, "Update scenario " + loaded->name, {},
                workspace.clockNow()));
        ImGui::EndDisabled();
        hoverTooltip(
            "Writes the calculator's inputs into the scenario they came from; opportunities "
            "attached to it follow its new first-year ACV.");
    }
}

void attachCombo(Workspace& workspace, const Account& account, const PricingScenario& scenario) {
    const std::string preview = attachedTo(account, scenario.id);
    ImGui::SetNextItemWidth(-1);
    const std::string label = "##Attach " + scenario.name;
    if (!ui::beginCombo(label.c_str(), preview.empty() ? "Not attached" : preview.c_str())) {
        labelLastItem(("Attach " + scenario.name).c_str());  // combos report no label of their own
        hoverTooltip(preview.empty()
                         ? "Attach this scenario to an opportunity: its amount then follows the "
                           "scenario's first-year ACV."
                         : "Attached to " + preview + ". Their amounts follow this scenario.");
        return;
    }
    if (account.opportunities.empty())
        mutedText("No opportunities yet — add one in the Opportunities tab.");
    for (const Opportunity& o : account.opportunities) {
        ImGui::PushID(o.id.c_str());
        const bool attached = o.pricingScenarioId == scenario.id;
        std::string text = o.name.empty() ? std::string("Untitled opportunity") : o.name;
        if (!attached && !o.pricingScenarioId.empty()) text += "  (has another scenario)";
        if (ui::selectable(text.c_str(), attached))
            workspace.execute(attachPricingScenarioCommand(workspace.portfolio(), account.id, o.id,
                                                           attached ? std::string() : scenario.id,
                                                           workspace.clockNow()));
        ImGui::PopID();
    }
    ui::endCombo();
}

void nameCell(Workspace& workspace, const Account& account, WhatIfState& state,
              const PricingScenario& s) {
    if (state.renamingId != s.id) {
        ImGui::PushFont(s.id == state.loadedScenarioId ? fonts().strong : fonts().body);
        ImGui::TextUnformatted(s.name.c_str());
        ImGui::PopFont();
        return;
    }
    ImGui::SetNextItemWidth(-1);
    if (ImGui::IsWindowAppearing() || !ImGui::IsAnyItemActive()) ImGui::SetKeyboardFocusHere();
    const bool enter = ui::inputText("##Scenario new name", &state.renameText,
                                     ImGuiInputTextFlags_EnterReturnsTrue);
    if (enter || ImGui::IsItemDeactivated()) {
        if (!state.renameText.empty() && state.renameText != s.name &&
            state.renameText.size() <= kMaxShortTextBytes) {
            PricingScenario renamed = s;
            renamed.name = state.renameText;
            workspace.execute(updatePricingScenarioCommand(workspace.portfolio(), account.id,
                                                           renamed, "Rename scenario", {},
                                                           workspace.clockNow()));
            if (state.loadedScenarioId == s.id) state.scenarioName = renamed.name;
        }
        state.renamingId.clear();
    }
}

}  // namespace

void drawScenarios(Workspace& workspace, const Account& account, WhatIfState& state) {
    const TierCatalog& catalog = catalogFor(account, workspace.portfolio());
    Card card;
    card.begin();
    ImGui::PushFont(fonts().strong);
    ImGui::TextUnformatted("Scenarios");
    ImGui::PopFont();
    saveRow(workspace, account, state);
    ImGui::Spacing();
    if (account.pricingScenarios.empty()) {
        mutedText(
            "No saved scenarios yet — set up a deal above and save it to compare and attach it.");
        card.end();
        return;
    }
    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH |
                                  ImGuiTableFlags_SizingStretchProp | ImGuiTableFlags_PadOuterX;
    std::string deleteId;
    if (ImGui::BeginTable("##scenarios", 8, flags, ImVec2(card.innerWidth(), 0))) {
        // Short headers to fit; each one's tooltip says the time its amounts cover.
        const char* const tips[] = {
            nullptr,
            "The edition the scenario is quoted on.",
            "Seats in each contract year \xC3\x97 the number of years.",
            "Net first-year ACV: year 1's subscription and recurring add-ons, for one year.",
            "Total contract value: every year of the scenario's contract added up, one-time fees "
            "included.",
            "Average per user per month: the total contract value divided by every seat-month "
            "of the contract.",
            nullptr,
            nullptr};
        ImGui::TableSetupColumn("Scenario", ImGuiTableColumnFlags_WidthStretch, 1.2f);
        ImGui::TableSetupColumn("Edition", ImGuiTableColumnFlags_WidthFixed, em(5.2f));
        ImGui::TableSetupColumn("Seats", ImGuiTableColumnFlags_WidthFixed, em(5.8f));
        ImGui::TableSetupColumn("Year-1 ACV", ImGuiTableColumnFlags_WidthFixed, em(6.6f));
        ImGui::TableSetupColumn("TCV, all years", ImGuiTableColumnFlags_WidthFixed, em(6.6f));
        ImGui::TableSetupColumn("Avg/user/mo", ImGuiTableColumnFlags_WidthFixed, em(5.4f));
        ImGui::TableSetupColumn("Attached to", ImGuiTableColumnFlags_WidthStretch, 1.0f);
        ImGui::TableSetupColumn("##actions", ImGuiTableColumnFlags_WidthFixed, em(10.6f));
        ImGui::TableNextRow(ImGuiTableRowFlags_Headers);
        for (int column = 0; column < 8; ++column) {
            if (!ImGui::TableSetColumnIndex(column)) continue;
            ImGui::TableHeader(ImGui::TableGetColumnName(column));
            if (tips[column]) hoverTooltip(tips[column]);
        }
        for (const PricingScenario& s : account.pricingScenarios) {
            ImGui::PushID(s.id.c_str());
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            ImGui::AlignTextToFramePadding();
            nameCell(workspace, account, state, s);
            auto quoted = quoteScenario(catalog, s);
            const TierQuote* q = quoted ? quoted.value().quote() : nullptr;
            ImGui::TableNextColumn();
            ImGui::AlignTextToFramePadding();
            ImGui::TextUnformatted(q ? q->tierName.c_str() : "—");
            if (q && s.tierId.empty())
                hoverTooltip("The cheapest eligible edition (no edition picked).");
            ImGui::TableNextColumn();
            ImGui::AlignTextToFramePadding();
            ImGui::TextUnformatted(shortSeats(s.deal).c_str());
            hoverTooltip(describeSeats(s.deal));
            // Each figure is read out under the caption the comparison table gives it, with
            // this scenario's contract length: "Scenario A total contract value (3 years)".
            const std::size_t years = s.deal.seatsByYear.size();
            const std::string who = "Scenario " + s.name;
            auto cell = [&](QuoteFigure f, const std::string& text) {
                ImGui::TableNextColumn();
                ImGui::AlignTextToFramePadding();
                ImGui::TextUnformatted(text.c_str());
                exposeReadout(figureReadout(who, quoteFigureCaption(f, years)) + ": " + text);
            };
            auto amount = [&](QuoteFigure f) {
                return q ? formatMoney(quoteFigureAmount(*q, f), catalog.currency, true)
                         : std::string("—");
            };
            cell(QuoteFigure::FirstYearAcv,
                 q && q->eligible ? amount(QuoteFigure::FirstYearAcv) : "Not sellable");
            cell(QuoteFigure::TotalContractValue, amount(QuoteFigure::TotalContractValue));
            cell(QuoteFigure::AveragePerUserMonth, amount(QuoteFigure::AveragePerUserMonth));
            ImGui::TableNextColumn();
            attachCombo(workspace, account, s);
            ImGui::TableNextColumn();
            if (ui::smallButton(("Load##" + s.name).c_str())) loadScenario(state, s);
            hoverTooltip("Puts this scenario's inputs into the calculator above.");
            ImGui::SameLine();
            if (ui::smallButton(("Rename##" + s.name).c_str())) {
                state.renamingId = s.id;
                state.renameText = s.name;
            }
            ImGui::SameLine();
            if (ui::smallButton((ICON_TRASH "##Delete " + s.name).c_str())) deleteId = s.id;
            labelLastItem(("Delete scenario " + s.name).c_str());
            hoverTooltip(
                "Deletes the scenario; attached opportunities keep their amount. Undo brings it "
                "back.");
            ImGui::PopID();
        }
        ImGui::EndTable();
    }
    card.end();
    if (!deleteId.empty()) {
        if (state.loadedScenarioId == deleteId) state.loadedScenarioId.clear();
        workspace.execute(removePricingScenarioCommand(workspace.portfolio(), account.id, deleteId,
                                                       workspace.clockNow()));
    }
}

}  // namespace keystone::ui::pricing
