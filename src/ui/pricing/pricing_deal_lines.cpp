// "Add-ons and fees" in the what-if inputs: the deal's recurring add-ons (charged every
// contract year) and one-time fees (year 1), each a label and an amount in the catalog's
// currency. Amounts are typed as text ("12,500", "12500.50", "2k") and read by parseMoney;
// refused text keeps the last good amount and says why. Scratch state like every what-if
// input: a scenario saves the lines when the rep saves or updates it.
#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <string>
#include <vector>

#include "core/model/money.h"
#include "core/pricing/pricing.h"
#include "ui/pricing/pricing_panels.h"
#include "ui/widgets/accessible_widgets.h"
#include "ui/widgets/chart_common.h"
#include "ui/widgets/icons.h"
#include "ui/widgets/theme.h"
#include "ui/widgets/widgets.h"

namespace keystone::ui::pricing {
namespace {

struct LineKind {
    const char* noun;      // "Add-on" / "Fee": widget labels are "##Add-on 1 amount" etc.
    const char* heading;   // "Recurring add-ons (per year)": says when the amounts are charged
    const char* charged;   // "charged every contract year", for the amount's tooltip
    const char* tooltip;   // how the engine charges them
    const char* empty;     // empty state
    const char* addLabel;  // "Add recurring add-on"
    const char* newLabel;  // label of a fresh line
    char keyPrefix;        // 'r' / 'o' for lineDrafts
};

constexpr LineKind kAddOns{
    "Add-on",
    "Recurring add-ons (per year)",
    "charged every contract year",
    "Charged every contract year as entered: not discounted and not uplifted. "
    "Counted in first-year ACV and in every year of TCV.",
    "No recurring add-ons — e.g. a sandbox, charged every year.",
    "Add recurring add-on",
    "Add-on",
    'r'};
constexpr LineKind kFees{
    "Fee",
    "One-time fees (year 1)",
    "charged once, in year 1",
    "Charged once, in year 1, as entered: not discounted. Part of TCV but not of "
    "first-year ACV (which is recurring revenue only).",
    "No one-time fees — e.g. implementation or data migration, charged once.",
    "Add one-time fee",
    "One-time fee",
    'o'};

void lineList(const LineKind& kind, std::vector<DealLine>& lines, const std::string& currency,
              WhatIfState& state, float width) {
    ImGui::PushID(kind.heading);
    ImGui::BeginGroup();
    ImGui::Dummy(ImVec2(width, 0));    // the group spans its half even when empty
    ImGui::AlignTextToFramePadding();  // both lists' headings on one baseline, side by side
    ImGui::PushFont(fonts().strong);
    ImGui::TextUnformatted(kind.heading);
    ImGui::PopFont();
    hoverTooltip(kind.tooltip);
    if (lines.empty()) {
        ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width);  // stay in this list's half
        mutedText(kind.empty);
        ImGui::PopTextWrapPos();
    }
    const float amountW = em(8.5f);
    const float buttonW = buttonWidth(ICON_TRASH);
    std::ptrdiff_t removeAt = -1;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        DealLine& line = lines[i];
        ImGui::PushID(static_cast<int>(i));
        const std::string number = std::to_string(i + 1);
        const std::string name = std::string(kind.noun) + " " + number;
        const float labelW =
            std::max(em(6.0f), width - amountW - buttonW - ImGui::CalcTextSize(currency.c_str()).x -
                                   em(1.3f));
        ImGui::SetNextItemWidth(labelW);
        ui::inputTextWithHint(("##" + name + " label").c_str(), "What it is", &line.label);
        hoverTooltip("What the customer pays for, as it appears on the quote.");
        ImGui::SameLine(0, em(0.6f));
        ImGui::AlignTextToFramePadding();
        mutedText(currency.c_str());
        ImGui::SameLine(0, em(0.3f));
        const std::string key = std::string(1, kind.keyPrefix) + number;
        const auto draft = state.lineDrafts.try_emplace(key, formatAmount(line.amount, true)).first;
        ImGui::SetNextItemWidth(amountW);
        if (ui::inputText(("##" + name + " amount").c_str(), &draft->second)) {
            auto parsed = parseMoney(draft->second, DecimalMark::Point, kMaxPackagePrice);
            if (parsed) {
                line.amount = parsed.value();
                state.lineError.clear();
            } else {
                state.lineError = name + " amount not changed: " + parsed.error().message + ".";
            }
        }
        // Once the rep leaves the field it shows the amount actually used, tidily formatted.
        if (ImGui::IsItemDeactivated())
            draft->second = formatAmount(line.amount, true);
        else if (!ImGui::IsItemActive()) {
            const auto shown = parseMoney(draft->second, DecimalMark::Point, kMaxPackagePrice);
            if (!shown || shown.value() != line.amount)
                draft->second = formatAmount(line.amount, true);
        }
        hoverTooltip("Amount in " + currency + ", " + kind.charged + ", e.g. 12,500 or 12500.50.");
        ImGui::SameLine(0, em(0.4f));
        if (ui::button((ICON_TRASH "##Remove " + std::string(kind.noun) + " " + number).c_str()))
            removeAt = static_cast<std::ptrdiff_t>(i);
        labelLastItem(("Remove " + name).c_str());
        hoverTooltip("Remove this line from the deal.");
        ImGui::PopID();
    }
    if (removeAt >= 0) {
        lines.erase(lines.begin() + removeAt);
        state.lineDrafts.clear();  // keyed by position
        state.lineError.clear();
    }
    const bool full = lines.size() >= static_cast<std::size_t>(kMaxDealLines);
    ImGui::BeginDisabled(full);
    if (ui::button((std::string(ICON_PLUS " ") + kind.addLabel).c_str())) {
        DealLine line;
        line.label = kind.newLabel;
        lines.push_back(std::move(line));
    }
    ImGui::EndDisabled();
    if (full) {
        ImGui::SameLine();
        mutedText("At most 100 lines of each kind.");
    }
    ImGui::EndGroup();
    ImGui::PopID();
}

}  // namespace

void drawDealLines(const TierCatalog& catalog, WhatIfState& state, float width) {
    ImGui::Spacing();
    ImGui::Separator();
    ImGui::Spacing();
    ImGui::PushFont(fonts().strong);
    ImGui::TextUnformatted("Add-ons and fees");
    ImGui::PopFont();
    ImGui::SameLine();
    ImGui::AlignTextToFramePadding();
    mutedText("Charged as entered, never discounted.");
    if (!state.lineError.empty()) {
        ImGui::PushStyleColor(ImGuiCol_Text, palette().bad);
        ImGui::TextWrapped("%s", state.lineError.c_str());
        ImGui::PopStyleColor();
        exposeReadout("Deal line error: " + state.lineError);
    }
    // Two lists side by side, each half the card less a gap between them.
    const float gap = em(2.0f);
    const float half = std::max(em(20.0f), (width - gap) / 2);
    lineList(kAddOns, state.deal.recurringAddOns, catalog.currency, state, half);
    ImGui::SameLine(0, gap);
    lineList(kFees, state.deal.oneTimeFees, catalog.currency, state, half);
}

}  // namespace keystone::ui::pricing
