#include "ui/account/opportunities/opportunity_timeline.h"

#include <imgui.h>

#include <algorithm>
#include <vector>

#include "core/model/money.h"
#include "core/plan/plan_timeline.h"
#include "core/portfolio/portfolio_metrics.h"
#include "ui/account/opportunities/opportunity_stage.h"
#include "ui/widgets/icons.h"
#include "ui/widgets/plan_fields.h"
#include "ui/widgets/theme.h"
#include "ui/widgets/widgets.h"

namespace keystone::ui {
namespace {

constexpr size_t kMaxChips = 4;  // per column; the rest are counted

struct Column {
    std::string title;                 // "FY27 Q1" or "Past close date"
    std::string subtitle;              // "Apr – Jun 2027"
    std::string totals;                // "$640K open · $448K weighted"
    const std::vector<size_t>* deals;  // indices into account.opportunities
    bool warning = false;              // past-due column
};

std::string monthSpan(const Date& start, const Date& end) {
    std::string text = std::string(shortMonthName(start.month)) + " \u2013 " +
                       shortMonthName(end.month) + " " + std::to_string(end.year);
    return text;
}

// One deal as a two-line chip: a stage-coloured stripe, the name, then amount and stage.
// Returns true on click.
bool chip(const Account& account, const Opportunity& deal, float width, bool selected) {
    const float height = em(2.5f);
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    ImGui::PushID(deal.id.c_str());
    const bool clicked = ImGui::InvisibleButton("##deal-chip", ImVec2(width, height));
    ImGui::PopID();
    const bool hovered = ImGui::IsItemHovered();
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const Palette& p = palette();
    ImVec4 fill = selected ? p.accent : p.border;
    fill.w = selected ? 0.18f : (hovered ? 0.9f : 0.45f);
    draw->AddRectFilled(pos, ImVec2(pos.x + width, pos.y + height), toU32(fill), em(0.25f));
    draw->AddRectFilled(pos, ImVec2(pos.x + em(0.25f), pos.y + height),
                        toU32(stageColour(deal.stage)), em(0.25f), ImDrawFlags_RoundCornersLeft);
    const float textWidth = width - em(0.9f);
    const std::string name = ellipsize(deal.name.empty() ? "Untitled" : deal.name, textWidth);
    draw->AddText(ImVec2(pos.x + em(0.55f), pos.y + em(0.2f)),
                  toU32(ImGui::GetStyleColorVec4(ImGuiCol_Text)), name.c_str());
    const std::string detail = formatMoneyCompact(deal.amount, account.currency) + "  \u00b7  " +
                               std::string(salesStageLabel(deal.stage));
    draw->AddText(ImVec2(pos.x + em(0.55f), pos.y + em(1.2f)), toU32(p.textMuted),
                  ellipsize(detail, textWidth).c_str());
    if (hovered) {
        ImGui::BeginTooltip();
        ImGui::PushFont(fonts().strong);
        ImGui::TextUnformatted(deal.name.c_str());
        ImGui::PopFont();
        ImGui::Text("%s  \u00b7  closes %s", std::string(salesStageLabel(deal.stage)).c_str(),
                    deal.closeDate.c_str());
        ImGui::Text("%s at %d%%  =  %s weighted",
                    formatMoney(deal.amount, account.currency).c_str(), deal.probabilityPct,
                    formatMoney(weightedAmount(deal), account.currency).c_str());
        ImGui::EndTooltip();
    }
    return clicked;
}

void drawColumn(const Account& account, const Column& column, float width, float height,
                std::string& selectedId) {
    ImGui::BeginGroup();
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const Palette& p = palette();
    ImVec4 frame = column.warning ? p.bad : p.border;
    frame.w = column.warning ? 0.6f : 1.0f;
    draw->AddRect(pos, ImVec2(pos.x + width, pos.y + height), toU32(frame), em(0.35f));
    ImGui::SetCursorScreenPos(ImVec2(pos.x + em(0.5f), pos.y + em(0.4f)));
    ImGui::PushFont(fonts().strong);
    ImGui::PushStyleColor(ImGuiCol_Text,
                          column.warning ? p.bad : ImGui::GetStyleColorVec4(ImGuiCol_Text));
    ImGui::TextUnformatted(column.title.c_str());
    ImGui::PopStyleColor();
    ImGui::PopFont();
    exposeReadout("Quarter " + column.title);
    ImGui::SetCursorScreenPos(ImVec2(pos.x + em(0.5f), ImGui::GetCursorScreenPos().y - em(0.2f)));
    mutedText(ellipsize(column.subtitle, width - em(1.0f)).c_str());
    ImGui::SetCursorScreenPos(ImVec2(pos.x + em(0.5f), ImGui::GetCursorScreenPos().y - em(0.2f)));
    mutedText(ellipsize(column.totals, width - em(1.0f)).c_str());
    const size_t shown = std::min(column.deals->size(), kMaxChips);
    for (size_t i = 0; i < shown; ++i) {
        const Opportunity& deal = account.opportunities[(*column.deals)[i]];
        ImGui::SetCursorScreenPos(ImVec2(pos.x + em(0.4f), ImGui::GetCursorScreenPos().y));
        if (chip(account, deal, width - em(0.8f), deal.id == selectedId)) selectedId = deal.id;
        ImGui::SetCursorScreenPos(ImVec2(pos.x, ImGui::GetCursorScreenPos().y - em(0.25f)));
    }
    if (column.deals->size() > shown) {
        ImGui::SetCursorScreenPos(
            ImVec2(pos.x + em(0.5f), ImGui::GetCursorScreenPos().y + em(0.1f)));
        mutedText(("+" + std::to_string(column.deals->size() - shown) + " more").c_str());
    } else if (column.deals->empty()) {
        ImGui::SetCursorScreenPos(
            ImVec2(pos.x + em(0.5f), ImGui::GetCursorScreenPos().y + em(0.1f)));
        mutedText("Nothing closing");
    }
    ImGui::SetCursorScreenPos(pos);
    ImGui::Dummy(ImVec2(width, height));
    ImGui::EndGroup();
}

}  // namespace

void drawQuarterTimeline(const Account& account, const std::string& today,
                         std::string& selectedOpportunityId) {
    const QuarterRoadmap roadmap =
        quarterRoadmap(account.opportunities, today, account.fiscalYearStartMonth);
    static const char* const kMonths[] = {"January",   "February", "March",    "April",
                                          "May",       "June",     "July",     "August",
                                          "September", "October",  "November", "December"};
    const int startMonth = std::clamp(account.fiscalYearStartMonth, 1, 12);
    std::string context =
        std::string(ICON_CALENDAR "  Fiscal year starts in ") + kMonths[startMonth - 1];
    if (!account.budgetCycle.empty()) context += "  \u00b7  Budget cycle: " + account.budgetCycle;
    mutedText(context.c_str());
    if (roadmap.quarters.empty()) {
        mutedText("The quarter view needs today's date, which this device did not give.");
        return;
    }
    std::vector<Column> columns;
    const std::string& currency = account.currency;
    if (!roadmap.pastDue.empty()) {
        MinorUnits amount = 0;
        for (size_t i : roadmap.pastDue) addInto(amount, account.opportunities[i].amount);
        columns.push_back(Column{"Past close date", "Re-date or close these",
                                 formatMoneyCompact(amount, currency) + " open", &roadmap.pastDue,
                                 true});
    }
    for (const QuarterColumn& q : roadmap.quarters)
        columns.push_back(Column{q.label, monthSpan(q.start, q.end),
                                 formatMoneyCompact(q.openAmount, currency) + "  \u00b7  " +
                                     formatMoneyCompact(q.weighted, currency) + " wtd",
                                 &q.opportunities, false});
    size_t mostDeals = 0;
    for (const Column& column : columns)
        mostDeals = std::max(mostDeals, std::min(column.deals->size(), kMaxChips));
    const float height = em(4.2f) + em(2.55f) * static_cast<float>(std::max<size_t>(mostDeals, 1)) +
                         (mostDeals >= kMaxChips ? em(1.2f) : 0) + em(0.2f);
    const float spacing = em(0.5f);
    const float width = std::max(em(9.0f), (ImGui::GetContentRegionAvail().x -
                                            spacing * static_cast<float>(columns.size() - 1)) /
                                               static_cast<float>(columns.size()));
    for (size_t i = 0; i < columns.size(); ++i) {
        if (i > 0) ImGui::SameLine(0, spacing);
        drawColumn(account, columns[i], width, height, selectedOpportunityId);
    }
    if (!roadmap.later.empty() || !roadmap.undated.empty()) {
        std::string note;
        if (!roadmap.later.empty())
            note += std::to_string(roadmap.later.size()) + " closing after these six quarters";
        if (!roadmap.undated.empty()) {
            if (!note.empty()) note += "  \u00b7  ";
            note += std::to_string(roadmap.undated.size()) + " with no close date";
        }
        mutedText(note.c_str());
    }
}

}  // namespace keystone::ui
