#include "ui/account/opportunities/opportunities_tab.h"

#include <imgui.h>

#include <algorithm>
#include <string>
#include <vector>

#include "core/editing/edits.h"
#include "core/model/ids.h"
#include "core/plan/plan_edits.h"
#include "core/portfolio/portfolio_metrics.h"
#include "ui/account/opportunities/opportunity_stage.h"
#include "ui/account/opportunities/opportunity_table.h"
#include "ui/account/opportunities/opportunity_timeline.h"
#include "ui/widgets/accessible_widgets.h"
#include "ui/widgets/icons.h"
#include "ui/widgets/plan_fields.h"
#include "ui/widgets/theme.h"
#include "ui/widgets/widgets.h"

namespace keystone::ui {
namespace {

// The opportunity the detail pane shows, re-chosen when it disappears.
const Opportunity* selectedOpportunity(OpportunitiesView& view, const Account& account) {
    for (const Opportunity& o : account.opportunities)
        if (o.id == view.selectedId) return &o;
    if (account.opportunities.empty()) return nullptr;
    view.selectedId = account.opportunities.front().id;
    return &account.opportunities.front();
}

template <class T>
Command opportunityField(Workspace& workspace, const Account& account, const Opportunity& deal,
                         T Opportunity::*field, T value, const char* what, bool merge) {
    return setEntityField(account.id, &Account::opportunities, deal.id, field, std::move(value),
                          std::string("Edit opportunity ") + what,
                          merge ? deal.id + "/" + what : std::string(), workspace.clockNow(),
                          workspace.portfolio());
}

std::function<Command(const std::string&)> opportunityText(Workspace& workspace,
                                                           const Account& account,
                                                           const Opportunity& deal,
                                                           std::string Opportunity::*field,
                                                           const char* what) {
    return [&workspace, &account, &deal, field, what](const std::string& text) {
        return opportunityField(workspace, account, deal, field, text, what, true);
    };
}

void pipelineTiles(Workspace& workspace, OpportunitiesView& view, const Account& account) {
    const AccountPipeline pipeline = accountPipeline(account);
    MinorUnits won = 0;
    for (const Opportunity& o : account.opportunities)
        if (o.stage == SalesStage::ClosedWon) addInto(won, o.amount);
    const float tile = 12.0f;
    kpiTile("Open pipeline", formatMoneyCompact(pipeline.openAmount, account.currency),
            (std::to_string(pipeline.openOpportunities) + " open opportunities").c_str(), tile);
    ImGui::SameLine();
    const std::string weighted = formatMoneyCompact(pipeline.weighted, account.currency);
    kpiTile("Weighted pipeline", weighted, "\u03a3 amount \u00d7 probability", tile);
    exposeReadout("Weighted pipeline: " + formatMoney(pipeline.weighted, account.currency));
    if (ImGui::IsItemHovered())
        ImGui::SetTooltip(
            "Each open opportunity's amount times its win probability, added up:\n%s exactly.",
            formatMoney(pipeline.weighted, account.currency).c_str());
    ImGui::SameLine();
    kpiTile("Closed won", formatMoneyCompact(won, account.currency), "in this plan", tile);
    ImGui::SameLine();
    const char* label = ICON_PLUS " Add opportunity";
    ImGui::SetCursorPosX(std::max(ImGui::GetCursorPosX(),
                                  ImGui::GetWindowContentRegionMax().x - buttonWidth(label)));
    if (ui::button(label)) {
        Opportunity deal = newOpportunity(newId(), workspace.today, workspace.clockNow());
        view.selectedId = deal.id;
        workspace.execute(insertEntity(account.id, &Account::opportunities, std::move(deal), -1,
                                       "Add opportunity"));
    }
}

// The selected opportunity: its stage path across the full width, then its fields on the
// left and the exit criteria of its stage on the right.
void detail(Workspace& workspace, ViewState& view, const Account& account,
            const Opportunity& deal) {
    ImGui::PushID(deal.id.c_str());
    ImGui::PushFont(fonts().heading);
    ImGui::TextUnformatted(deal.name.empty() ? "Untitled opportunity" : deal.name.c_str());
    ImGui::PopFont();
    drawStagePath(workspace, view.stageMove, account, deal);
    ImGui::Spacing();
    bool remove = false;
    const ImGuiTableFlags flags = ImGuiTableFlags_BordersOuter | ImGuiTableFlags_BordersInnerV |
                                  ImGuiTableFlags_SizingStretchProp | ImGuiTableFlags_PadOuterX;
    ImGui::PushStyleVar(ImGuiStyleVar_CellPadding, emVec(0.8f, 0.6f));
    if (ImGui::BeginTable("##opportunity-detail", 2, flags)) {
        ImGui::TableSetupColumn("Fields", 0, 1.0f);
        ImGui::TableSetupColumn("Exit criteria", 0, 1.0f);
        ImGui::TableNextColumn();
        const float caption = 8.0f;
        formRow("Name", caption);
        textField(workspace, "##Opportunity name", deal.name,
                  opportunityText(workspace, account, deal, &Opportunity::name, "name"),
                  "Deal name", -1);
        formRow("Offering", caption);
        textField(workspace, "##Offering", deal.offering,
                  opportunityText(workspace, account, deal, &Opportunity::offering, "offering"),
                  "What we sell", -1);
        formRow("Business unit", caption);
        textField(
            workspace, "##Business unit", deal.businessUnit,
            opportunityText(workspace, account, deal, &Opportunity::businessUnit, "business unit"),
            "Who buys it", -1);
        formRow(("Amount (" + account.currency + ")").c_str(), caption);
        moneyField(
            workspace, view.fields, "##Amount", deal.amount, account.currency,
            [&](MinorUnits value) {
                return setOpportunityAmount(account.id, deal.id, value, deal.id + "/amount",
                                            workspace.clockNow(), workspace.portfolio());
            },
            em(9.0f));
        if (!deal.pricingScenarioId.empty() && deal.amountOverridden) {
            ImGui::SameLine();
            mutedText("set by hand");
            if (ImGui::IsItemHovered())
                ImGui::SetTooltip("The amount no longer follows the attached pricing scenario.");
        }
        formRow("Close date", caption);
        dateField(workspace, view.fields, "##Close date", deal.closeDate,
                  opportunityText(workspace, account, deal, &Opportunity::closeDate, "close date"),
                  em(9.0f));
        formRow("Probability", caption);
        int probability = std::clamp(deal.probabilityPct, 0, 100);
        ImGui::SetNextItemWidth(-1);
        if (ui::sliderInt("##Probability", &probability, 0, 100, "%d%%",
                          ImGuiSliderFlags_AlwaysClamp))
            workspace.execute(opportunityField(workspace, account, deal,
                                               &Opportunity::probabilityPct, probability,
                                               "probability", true));
        if (ImGui::IsItemDeactivated()) workspace.closeMergeWindow();
        if (ImGui::IsItemHovered() && !ImGui::IsItemActive())
            ImGui::SetTooltip(
                "Chance of winning. Weighted value: %s.\nCtrl+click to type a number.",
                formatMoney(weightedAmount(deal), account.currency).c_str());
        formRow("Next step", caption);
        textField(workspace, "##Next step", deal.nextStep,
                  opportunityText(workspace, account, deal, &Opportunity::nextStep, "next step"),
                  "The very next action", -1);
        ImGui::Dummy(ImVec2(0, 0));
        ImGui::SameLine(em(caption));
        remove = linkButton(ICON_TRASH " Delete##opportunity", palette().bad);
        if (ImGui::IsItemHovered())
            ImGui::SetTooltip("Delete this opportunity (Undo brings it back)");
        ImGui::TableNextColumn();
        drawExitCriteria(workspace, account, deal);
        ImGui::EndTable();
    }
    ImGui::PopStyleVar();
    ImGui::PopID();
    if (remove)
        workspace.execute(removeEntity(account.id, &Account::opportunities, deal.id,
                                       "Delete opportunity", workspace.portfolio()));
}

}  // namespace

void drawOpportunitiesTab(Workspace& workspace, ViewState& view, const Account& account) {
    // The detail follows the selection; when a click in the table or the timeline changes
    // it, the section scrolls just enough to show the detail.
    ImGui::Spacing();
    pipelineTiles(workspace, view.opportunities, account);
    ImGui::Spacing();
    if (account.opportunities.empty()) {
        mutedText("No opportunities yet \u2014 add the first one to start the roadmap.");
        return;
    }
    sectionHeading("Opportunities");
    OpportunitiesView& opportunities = view.opportunities;
    drawOpportunityTable(account, opportunities.selectedId);
    ImGui::Spacing();
    const float detailTop = ImGui::GetCursorPosY();
    if (const Opportunity* deal = selectedOpportunity(opportunities, account))
        detail(workspace, view, account, *deal);
    const float detailBottom = ImGui::GetCursorPosY();
    if (opportunities.shownId != opportunities.selectedId) {
        const bool firstLook = opportunities.shownId.empty();
        opportunities.shownId = opportunities.selectedId;
        const float viewTop = ImGui::GetScrollY(), viewHeight = ImGui::GetWindowHeight();
        if (!firstLook && (detailBottom > viewTop + viewHeight || detailTop < viewTop))
            ImGui::SetScrollY(std::max(
                0.0f, std::min(detailTop - em(0.5f), detailBottom - viewHeight + em(0.5f))));
    }
    ImGui::Spacing();
    sectionHeading("Close dates by fiscal quarter");
    drawQuarterTimeline(account, workspace.today, opportunities.selectedId);
}

}  // namespace keystone::ui
