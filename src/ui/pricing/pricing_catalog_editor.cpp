// The portfolio's edition catalog (the pricing tiers, called editions wherever a rep reads):
// currency, approval guardrails, term discounts and, per edition, price, user minimum, billing
// and term, and the discount schedule with its brackets.
// Every change is checked with validateCatalog first; a refused one shows why and changes
// nothing. Catalog edits are portfolio-wide commands (undoable like any other edit).
#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <cmath>
#include <string>

#include "core/pricing/pricing_catalog_tiers.h"
#include "core/pricing/pricing_scenario_edits.h"
#include "ui/pricing/pricing_panels.h"
#include "ui/widgets/accessible_widgets.h"
#include "ui/widgets/chart_common.h"
#include "ui/widgets/icons.h"
#include "ui/widgets/plan_fields.h"
#include "ui/widgets/theme.h"
#include "ui/widgets/widgets.h"

namespace keystone::ui::pricing {
namespace {

constexpr float kCaptionEm = 11.0f;
constexpr float kFieldEm = 9.0f;

// Builds the edited catalog with `edit`, then executes it or records why it was refused.
template <class Edit>
void editCatalog(Workspace& workspace, WhatIfState& state, const char* what,
                 const std::string& mergeKey, Edit edit) {
    TierCatalog edited = workspace.portfolio().catalog;
    edit(edited);
    auto command = catalogEditCommand(workspace.portfolio(), std::move(edited),
                                      std::string("Edit catalog: ") + what, mergeKey);
    if (!command) {
        state.catalogError = "Not changed: " + command.error().message + ".";
        return;
    }
    state.catalogError.clear();
    workspace.execute(std::move(command).value());
}

// Executes a whole-tier edit (rename, add, remove) that the core may refuse before the
// catalog is even validated; returns whether the catalog changed.
bool applyTierEdit(Workspace& workspace, WhatIfState& state, const char* what,
                   const std::string& mergeKey, Result<TierCatalog> edited) {
    if (!edited) {
        state.catalogError = "Not changed: " + edited.error().message + ".";
        return false;
    }
    auto command = catalogEditCommand(workspace.portfolio(), std::move(edited).value(),
                                      std::string("Edit catalog: ") + what, mergeKey);
    if (!command) {
        state.catalogError = "Not changed: " + command.error().message + ".";
        return false;
    }
    state.catalogError.clear();
    workspace.execute(std::move(command).value());
    return true;
}

void caption(const char* text) {
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::AlignTextToFramePadding();
    mutedText(text);
    ImGui::TableNextColumn();
    ImGui::SetNextItemWidth(em(kFieldEm));
}

bool percentInput(const char* id, BasisPoints bp, BasisPoints& out) {
    double percent = bp / 100.0;
    if (!ui::inputDouble(id, &percent, 0, 0, "%.2f%%")) return false;
    out = static_cast<BasisPoints>(std::llround(std::clamp(percent, -1.0, 1000.0) * 100.0));
    return true;
}

void catalogSettings(Workspace& workspace, WhatIfState& state, const TierCatalog& c) {
    const ImGuiTableFlags flags = ImGuiTableFlags_SizingFixedFit | ImGuiTableFlags_NoPadOuterX;
    if (!ImGui::BeginTable("##catalog-settings", 2, flags)) return;
    ImGui::TableSetupColumn("caption", ImGuiTableColumnFlags_WidthFixed, em(kCaptionEm));
    ImGui::TableSetupColumn("field", ImGuiTableColumnFlags_WidthFixed, em(kFieldEm + 1));
    caption("Currency");
    std::string currency = c.currency;
    if (ui::inputText("##Catalog currency", &currency, ImGuiInputTextFlags_CharsUppercase) &&
        currency.size() == 3)
        editCatalog(workspace, state, "currency", "catalog/currency",
                    [&](TierCatalog& t) { t.currency = currency; });
    BasisPoints bp = 0;
    caption("Manager approval above");
    if (percentInput("##Manager approval above", c.guardrails.managerApprovalAboveBp, bp))
        editCatalog(workspace, state, "manager approval", "catalog/manager",
                    [&](TierCatalog& t) { t.guardrails.managerApprovalAboveBp = bp; });
    caption("VP approval above");
    if (percentInput("##VP approval above", c.guardrails.vpApprovalAboveBp, bp))
        editCatalog(workspace, state, "VP approval", "catalog/vp",
                    [&](TierCatalog& t) { t.guardrails.vpApprovalAboveBp = bp; });
    ImGui::EndTable();
}

void termDiscounts(Workspace& workspace, WhatIfState& state, const TierCatalog& c) {
    ImGui::PushFont(fonts().strong);
    ImGui::TextUnformatted("Term discounts");
    ImGui::PopFont();
    for (std::size_t i = 0; i < c.termDiscounts.size(); ++i) {
        ImGui::PushID(static_cast<int>(i));
        const TermDiscount& t = c.termDiscounts[i];
        int years = t.years;
        ImGui::AlignTextToFramePadding();
        mutedText("From");
        ImGui::SameLine();
        ImGui::SetNextItemWidth(em(4.5f));
        if (ui::inputInt("##Term years", &years, 0, 0))
            editCatalog(workspace, state, "term length", "catalog/term/" + std::to_string(i),
                        [&](TierCatalog& cat) { cat.termDiscounts[i].years = years; });
        ImGui::SameLine();
        mutedText("years");
        ImGui::SameLine();
        ImGui::SetNextItemWidth(em(6.0f));
        BasisPoints bp = 0;
        if (percentInput("##Term discount", t.discountBp, bp))
            editCatalog(workspace, state, "term discount", "catalog/termbp/" + std::to_string(i),
                        [&](TierCatalog& cat) { cat.termDiscounts[i].discountBp = bp; });
        ImGui::SameLine();
        if (ui::smallButton(ICON_TRASH "##Remove term discount"))
            editCatalog(workspace, state, "remove term discount", {}, [&](TierCatalog& cat) {
                cat.termDiscounts.erase(cat.termDiscounts.begin() + static_cast<std::ptrdiff_t>(i));
            });
        labelLastItem("Remove term discount");
        ImGui::PopID();
    }
    if (ui::button(ICON_PLUS " Add term discount"))
        editCatalog(workspace, state, "add term discount", {}, [&](TierCatalog& cat) {
            const int next = cat.termDiscounts.empty() ? 2 : cat.termDiscounts.back().years + 1;
            cat.termDiscounts.push_back({std::min(next, kMaxContractYears), 500});
        });
}

void tierEditor(Workspace& workspace, WhatIfState& state, PlanFieldsState& fields,
                const TierCatalog& c, std::size_t index) {
    const PricingTier& tier = c.tiers[index];
    const std::string key = "catalog/tier/" + tier.id + "/";
    auto edit = [&](const char* what, const std::string& field, auto change) {
        editCatalog(workspace, state, what, key + field,
                    [&](TierCatalog& cat) { change(cat.tiers[index]); });
    };
    const ImGuiTableFlags flags = ImGuiTableFlags_SizingFixedFit | ImGuiTableFlags_NoPadOuterX;
    if (ImGui::BeginTable("##tier-fields", 2, flags)) {
        ImGui::TableSetupColumn("caption", ImGuiTableColumnFlags_WidthFixed, em(kCaptionEm));
        ImGui::TableSetupColumn("field", ImGuiTableColumnFlags_WidthFixed, em(kFieldEm + 4));
        caption("Edition name");
        ImGui::SetNextItemWidth(em(kFieldEm + 4));
        std::string name = tier.name;
        if (ui::inputText("##Edition name", &name))
            applyTierEdit(workspace, state, "edition name", key + "name",
                          renameTier(c, index, name));
        hoverTooltip("The name reps and customers see on quotes. The edition's id (" + tier.id +
                     ") stays, so saved scenarios keep their edition.");
        caption("List price / user / month");
        amountField(
            workspace, fields, "##List price per user per month", tier.listPricePerUserMonth,
            c.currency,
            [&](MinorUnits price) {
                edit("list price", "price",
                     [&](PricingTier& t) { t.listPricePerUserMonth = price; });
            },
            em(kFieldEm + 4));
        caption("User minimum");
        int users = tier.minUsers;
        if (ui::inputInt("##User minimum", &users, 0, 0))
            edit("user minimum", "users", [&](PricingTier& t) { t.minUsers = users; });
        caption("Shortest term (years)");
        int minTerm = tier.commitment.minTermYears;
        if (ui::inputInt("##Shortest term", &minTerm, 0, 0))
            edit("shortest term", "minterm",
                 [&](PricingTier& t) { t.commitment.minTermYears = minTerm; });
        caption("Discount schedule");
        static const char* const kKinds[] = {"Volume", "Graduated"};
        const int picked =
            segmented("catalog-kind", kKinds, 2, static_cast<int>(tier.discounts.kind));
        if (picked >= 0)
            edit("schedule kind", "kind",
                 [&](PricingTier& t) { t.discounts.kind = static_cast<DiscountKind>(picked); });
        ImGui::EndTable();
    }
    ImGui::PushFont(fonts().strong);
    ImGui::TextUnformatted("Volume brackets");
    ImGui::PopFont();
    if (tier.discounts.brackets.empty()) mutedText("None: every seat pays list.");
    for (std::size_t b = 0; b < tier.discounts.brackets.size(); ++b) {
        ImGui::PushID(static_cast<int>(b));
        const DiscountBracket& bracket = tier.discounts.brackets[b];
        ImGui::AlignTextToFramePadding();
        mutedText("From");
        ImGui::SameLine();
        int from = bracket.fromSeats;
        ImGui::SetNextItemWidth(em(6.0f));
        if (ui::inputInt("##Bracket seats", &from, 0, 0))
            edit("bracket", "from/" + std::to_string(b),
                 [&](PricingTier& t) { t.discounts.brackets[b].fromSeats = from; });
        ImGui::SameLine();
        mutedText("seats");
        ImGui::SameLine();
        BasisPoints bp = 0;
        ImGui::SetNextItemWidth(em(6.0f));
        if (percentInput("##Bracket discount", bracket.discountBp, bp))
            edit("bracket discount", "bp/" + std::to_string(b),
                 [&](PricingTier& t) { t.discounts.brackets[b].discountBp = bp; });
        ImGui::SameLine();
        mutedText("off");
        ImGui::SameLine();
        if (ui::smallButton(ICON_TRASH "##Remove bracket"))
            edit("remove bracket", {}, [&](PricingTier& t) {
                t.discounts.brackets.erase(t.discounts.brackets.begin() +
                                           static_cast<std::ptrdiff_t>(b));
            });
        labelLastItem("Remove bracket");
        ImGui::PopID();
    }
    if (ui::button(ICON_PLUS " Add bracket"))
        edit("add bracket", {}, [&](PricingTier& t) {
            auto& list = t.discounts.brackets;
            const int from = list.empty() ? 100 : std::min(list.back().fromSeats * 2, kMaxSeats);
            const BasisPoints bp =
                list.empty() ? 500
                             : std::min<BasisPoints>(list.back().discountBp + 500, kFullDiscountBp);
            list.push_back({from, bp});
        });
}

}  // namespace

void drawCatalogEditor(Workspace& workspace, const Account& account, WhatIfState& state,
                       PlanFieldsState& fields) {
    const TierCatalog& c = workspace.portfolio().catalog;
    if (!ui::collapsingHeader(ICON_TAG " Edition catalog (all accounts)")) return;
    Card card;
    card.begin();
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + card.innerWidth());
    mutedText(
        "Your portfolio's editions, used for every account. Plans you export with scenarios carry "
        "this catalog. Amounts already attached to opportunities change when you next save their "
        "scenario.");
    if (usesSenderCatalog(account, workspace.portfolio()))
        mutedText(
            "This account is priced with the sender's catalog; edits here apply once you price it "
            "with yours.");
    ImGui::PopTextWrapPos();
    if (!state.catalogError.empty()) {
        ImGui::PushStyleColor(ImGuiCol_Text, palette().bad);
        ImGui::TextWrapped("%s", state.catalogError.c_str());
        ImGui::PopStyleColor();
        exposeReadout("Catalog error: " + state.catalogError);
    }
    ImGui::Spacing();
    ImGui::BeginGroup();
    catalogSettings(workspace, state, c);
    ImGui::Spacing();
    termDiscounts(workspace, state, c);
    ImGui::EndGroup();
    ImGui::SameLine(0, em(3.0f));
    ImGui::BeginGroup();
    if (!c.tiers.empty()) {
        state.catalogTier = std::clamp(state.catalogTier, 0, static_cast<int>(c.tiers.size()) - 1);
        std::vector<const char*> names;
        for (const PricingTier& t : c.tiers) names.push_back(t.name.c_str());
        const int picked = segmented("catalog-tier", names.data(), static_cast<int>(names.size()),
                                     state.catalogTier);
        if (picked >= 0) state.catalogTier = picked;
        const std::size_t open = static_cast<std::size_t>(state.catalogTier);
        const std::string openName = c.tiers[open].name;
        bool changed = false;
        // Beside the editions while there is room; below them when there are many (or at 1024 px).
        const char* const addLabel = ICON_PLUS " Add edition";
        const char* const removeLabel = ICON_TRASH " Remove edition##catalog";
        sameLineIfRoom(buttonWidth(addLabel), em(1.0f));
        if (ui::button(addLabel) &&
            applyTierEdit(workspace, state, "add edition", {}, addTier(c))) {
            state.catalogTier = static_cast<int>(workspace.portfolio().catalog.tiers.size()) - 1;
            changed = true;
        }
        hoverTooltip("Adds a copy of the last edition to adjust: rename it and set its price.");
        sameLineIfRoom(buttonWidth(removeLabel), em(0.4f));
        if (ui::button(removeLabel)) {
            changed = applyTierEdit(workspace, state, "remove edition", {}, removeTier(c, open));
            if (changed) state.catalogTier = std::max(0, state.catalogTier - 1);
        }
        labelLastItem("Remove edition");
        hoverTooltip("Removes " + openName +
                     " for every account. Scenarios quoted on it move to the "
                     "cheapest eligible edition. Undo brings it back.");
        // The catalog just changed under `c`: draw the edition's fields from the new one next
        // frame.
        if (changed) {
            ImGui::EndGroup();
            card.end();
            return;
        }
        ImGui::PushID(state.catalogTier);
        tierEditor(workspace, state, fields, c, static_cast<std::size_t>(state.catalogTier));
        ImGui::PopID();
    }
    ImGui::EndGroup();
    card.end();
}

}  // namespace keystone::ui::pricing
