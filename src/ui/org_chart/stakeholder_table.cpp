// The Stakeholders tab's Table view: the people who match the toolbar's search and pass its
// filters, one row each, with how many of the account's people that is. Clicking a row
// selects the person for the side panel, as a card does on the chart.
#include <imgui.h>

#include <algorithm>
#include <string>
#include <vector>

#include "ui/org_chart/org_chart_view.h"
#include "ui/widgets/accessible_widgets.h"
#include "ui/widgets/chart_common.h"
#include "ui/widgets/theme.h"
#include "ui/widgets/widgets.h"

namespace keystone::ui {
namespace {

ImVec4 stanceColour(Stance stance) {
    const Palette& p = palette();
    switch (stance) {
        case Stance::Champion:
        case Stance::Supporter:
            return p.good;
        case Stance::Neutral:
            return p.textMuted;
        case Stance::Skeptic:
            return p.warning;
        case Stance::Opponent:
            return p.bad;
    }
    return p.textMuted;
}

std::string rolesText(BuyingRoles roles) {
    std::string text;
    for (int i = 0; i < kBuyingRoleCount; ++i) {
        const BuyingRole role = buyingRoleAt(i);
        if (!(roles & static_cast<BuyingRoles>(role))) continue;
        if (!text.empty()) text += ", ";
        text += buyingRoleLabel(role);
    }
    return text;
}

void strengthDots(int strength) {
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    const float radius = em(0.22f), step = em(0.6f);
    const float y = pos.y + ImGui::GetTextLineHeight() * 0.5f;
    const ImU32 on = toU32(strengthColour(strength)), off = toU32(palette().border);
    for (int i = 0; i < 5; ++i)
        draw->AddCircleFilled(ImVec2(pos.x + radius + i * step, y), radius,
                              i < strength ? on : off);
    ImGui::Dummy(ImVec2(step * 5, ImGui::GetTextLineHeight()));
}

void clearSearchAndFilters(OrgChartState& state) {
    state.search.clear();
    state.filter = OrgChartFilter{};
}

// Nobody to list: say why, in words, and offer the way back.
void drawNobody(const Account& account, OrgChartState& state) {
    ImGui::Dummy(emVec(0, 1.5f));
    ImGui::Indent(em(1));
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() +
                           std::min(ImGui::GetContentRegionAvail().x - em(1), em(34)));
    if (account.stakeholders.empty()) {
        mutedText(
            "No stakeholders yet. Add the first person, or import contacts from a CRM "
            "export.");
    } else {
        const std::string quoted = "\"" + state.search + "\"";
        const bool searching = !state.search.empty(), filtering = state.filter.active();
        const std::string text =
            searching && filtering
                ? "No one matches " + quoted + " with these filters. Clear the search or filters."
            : searching ? "No one matches " + quoted + ". Clear the search to see everyone."
                        : std::string(
                              "No one passes these filters. Clear the filters to see "
                              "everyone.");
        ImGui::TextUnformatted(text.c_str());
        labelLastItem(("Nobody shown: " + text).c_str());
        ImGui::Spacing();
        if (ui::button("Clear search and filters")) clearSearchAndFilters(state);
    }
    ImGui::PopTextWrapPos();
    ImGui::Unindent(em(1));
}

}  // namespace

void drawStakeholderTable(const Account& account, OrgChartState& state) {
    const std::vector<int>& rows = peopleShown(account, state);
    if (rows.empty()) {
        drawNobody(account, state);
        return;
    }
    if (!state.search.empty() || state.filter.active()) {
        ImGui::AlignTextToFramePadding();
        const std::string count = std::to_string(rows.size()) + " of " +
                                  std::to_string(account.stakeholders.size()) + " people";
        mutedText(("Showing " + count + "  \u00b7").c_str());
        labelLastItem(("Showing: " + count).c_str());
        ImGui::SameLine();
        if (ui::smallButton("Clear##table-filters")) clearSearchAndFilters(state);
        labelLastItem("Clear search and filters");
    }
    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH |
                                  ImGuiTableFlags_ScrollY | ImGuiTableFlags_Resizable |
                                  ImGuiTableFlags_SizingStretchProp;
    if (!ImGui::BeginTable("##stakeholders", 6, flags)) return;
    ImGui::TableSetupScrollFreeze(0, 1);
    ImGui::TableSetupColumn("Name", 0, 1.4f);
    ImGui::TableSetupColumn("Title", 0, 1.6f);
    ImGui::TableSetupColumn("Department", 0, 1.0f);
    ImGui::TableSetupColumn("Buying roles", 0, 1.6f);
    ImGui::TableSetupColumn("Stance", 0, 0.8f);
    ImGui::TableSetupColumn("Relationship", 0, 0.9f);
    ImGui::TableHeadersRow();
    // A person picked elsewhere (search, a finding, one just added) is scrolled into view.
    int reveal = -1;
    if (!state.tableRevealId.empty()) {
        for (size_t i = 0; i < rows.size() && reveal < 0; ++i)
            if (account.stakeholders[static_cast<size_t>(rows[i])].id == state.tableRevealId)
                reveal = static_cast<int>(i);
        state.tableRevealId.clear();
    }
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(rows.size()));
    if (reveal >= 0) clipper.ForceDisplayRangeByIndices(reveal, reveal + 1);
    while (clipper.Step()) {
        for (int row = clipper.DisplayStart; row < clipper.DisplayEnd; ++row) {
            const Stakeholder& person =
                account.stakeholders[static_cast<size_t>(rows[static_cast<size_t>(row)])];
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            ImGui::PushID(person.id.c_str());
            if (ui::selectable(person.name.empty() ? "(no name)" : person.name.c_str(),
                               state.selected.count(person.id) > 0,
                               ImGuiSelectableFlags_SpanAllColumns)) {
                focusPerson(state, person.id);
                state.tableRevealId.clear();  // clicked, so already in view
            }
            if (row == reveal && !ImGui::IsItemVisible()) ImGui::SetScrollHereY(0.5f);
            ImGui::PopID();
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(person.title.c_str());
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(person.department.c_str());
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(rolesText(person.roles).c_str());
            ImGui::TableNextColumn();
            ImGui::PushStyleColor(ImGuiCol_Text, stanceColour(person.stance));
            ImGui::TextUnformatted(std::string(stanceLabel(person.stance)).c_str());
            ImGui::PopStyleColor();
            ImGui::TableNextColumn();
            strengthDots(person.relationshipStrength);
        }
    }
    ImGui::EndTable();
}

}  // namespace keystone::ui
