#include "ui/account/opportunities/opportunity_table.h"

#include <imgui.h>

#include <algorithm>
#include <numeric>
#include <vector>

#include "core/model/money.h"
#include "core/plan/sales_stages.h"
#include "core/portfolio/portfolio_metrics.h"
#include "ui/account/opportunities/opportunity_stage.h"
#include "ui/widgets/accessible_widgets.h"
#include "ui/widgets/plan_fields.h"
#include "ui/widgets/theme.h"
#include "ui/widgets/widgets.h"

namespace keystone::ui {
namespace {

enum Column {
    Name,
    Offering,
    BusinessUnit,
    Amount,
    Close,
    Stage,
    Probability,
    NextStep,
    kColumnCount
};

// Row order for the table's current sort specs; stable so equal keys keep plan order.
std::vector<size_t> sortedRows(const Account& account, const ImGuiTableSortSpecs* specs) {
    std::vector<size_t> rows(account.opportunities.size());
    std::iota(rows.begin(), rows.end(), size_t{0});
    if (!specs || specs->SpecsCount == 0) return rows;
    const ImGuiTableColumnSortSpecs& spec = specs->Specs[0];
    const auto& deals = account.opportunities;
    const auto less = [&](size_t a, size_t b) {
        const Opportunity& x = deals[a];
        const Opportunity& y = deals[b];
        switch (spec.ColumnUserID) {
            case Name:
                return x.name < y.name;
            case Offering:
                return x.offering < y.offering;
            case BusinessUnit:
                return x.businessUnit < y.businessUnit;
            case Amount:
                return x.amount < y.amount;
            case Close:
                return x.closeDate < y.closeDate;
            case Stage:
                return salesStageIndex(x.stage) < salesStageIndex(y.stage);
            case Probability:
                return x.probabilityPct < y.probabilityPct;
            case NextStep:
                return x.nextStep < y.nextStep;
            default:
                return false;
        }
    };
    std::stable_sort(rows.begin(), rows.end(), [&](size_t a, size_t b) {
        return spec.SortDirection == ImGuiSortDirection_Descending ? less(b, a) : less(a, b);
    });
    return rows;
}

void rightAligned(const std::string& text) {
    const float width = ImGui::CalcTextSize(text.c_str()).x;
    ImGui::SetCursorPosX(ImGui::GetCursorPosX() +
                         std::max(0.0f, ImGui::GetContentRegionAvail().x - width));
    ImGui::TextUnformatted(text.c_str());
}

void stageCell(SalesStage stage) {
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    const float h = ImGui::GetTextLineHeight();
    ImGui::GetWindowDrawList()->AddCircleFilled(ImVec2(pos.x + em(0.3f), pos.y + h * 0.5f),
                                                em(0.22f), toU32(stageColour(stage)), 12);
    ImGui::Dummy(ImVec2(em(0.6f), h));
    ImGui::SameLine(0, em(0.3f));
    ImGui::TextUnformatted(
        ellipsize(std::string(salesStageLabel(stage)), ImGui::GetContentRegionAvail().x).c_str());
}

}  // namespace

void drawOpportunityTable(const Account& account, std::string& selectedId) {
    // Up to eight rows show in full; longer lists scroll under a frozen header.
    constexpr size_t kVisibleRows = 8;
    const bool scroll = account.opportunities.size() > kVisibleRows;
    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH |
                                  ImGuiTableFlags_Sortable | ImGuiTableFlags_SizingStretchProp |
                                  ImGuiTableFlags_PadOuterX | ImGuiTableFlags_Resizable |
                                  (scroll ? ImGuiTableFlags_ScrollY : 0);
    const float rowHeight = ImGui::GetTextLineHeight() + ImGui::GetStyle().CellPadding.y * 2;
    const float height =
        scroll ? rowHeight * static_cast<float>(kVisibleRows + 1) + em(0.2f) : 0.0f;
    if (!ImGui::BeginTable("##opportunities", kColumnCount, flags, ImVec2(0, height))) return;
    ImGui::TableSetupScrollFreeze(0, 1);
    ImGui::TableSetupColumn("Name", 0, 2.3f, Name);
    ImGui::TableSetupColumn("Offering", 0, 1.5f, Offering);
    ImGui::TableSetupColumn("Business unit", 0, 1.5f, BusinessUnit);
    ImGui::TableSetupColumn("Amount", ImGuiTableColumnFlags_PreferSortDescending, 0.85f, Amount);
    ImGui::TableSetupColumn("Close", ImGuiTableColumnFlags_DefaultSort, 1.0f, Close);
    ImGui::TableSetupColumn("Stage", 0, 1.45f, Stage);
    ImGui::TableSetupColumn("Prob.", ImGuiTableColumnFlags_PreferSortDescending, 0.6f, Probability);
    ImGui::TableSetupColumn("Next step", 0, 2.4f, NextStep);
    ImGui::TableHeadersRow();
    const std::vector<size_t> rows = sortedRows(account, ImGui::TableGetSortSpecs());
    for (size_t index : rows) {
        const Opportunity& deal = account.opportunities[index];
        ImGui::PushID(deal.id.c_str());
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        const bool closed = isClosedStage(deal.stage);
        if (closed) ImGui::PushStyleColor(ImGuiCol_Text, palette().textMuted);
        // The row's label is the clipped name; the full name is published for tests and
        // shown in the detail pane.
        const std::string name = deal.name.empty() ? "Untitled opportunity" : deal.name;
        const std::string shown = ellipsize(name, ImGui::GetContentRegionAvail().x) + "##row";
        if (ui::selectable(
                shown.c_str(), deal.id == selectedId,
                ImGuiSelectableFlags_SpanAllColumns | ImGuiSelectableFlags_AllowItemOverlap))
            selectedId = deal.id;
        exposeReadout(name);
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(ellipsize(deal.offering, ImGui::GetContentRegionAvail().x).c_str());
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(
            ellipsize(deal.businessUnit, ImGui::GetContentRegionAvail().x).c_str());
        ImGui::TableNextColumn();
        rightAligned(formatMoneyCompact(deal.amount, account.currency));
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(deal.closeDate.empty() ? "\u2014" : deal.closeDate.c_str());
        ImGui::TableNextColumn();
        stageCell(deal.stage);
        ImGui::TableNextColumn();
        rightAligned(std::to_string(deal.probabilityPct) + "%");
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(ellipsize(deal.nextStep, ImGui::GetContentRegionAvail().x).c_str());
        if (closed) ImGui::PopStyleColor();
        ImGui::PopID();
    }
    ImGui::EndTable();
}

}  // namespace keystone::ui
