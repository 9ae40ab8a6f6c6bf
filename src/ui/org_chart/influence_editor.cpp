// The selected person's influence lines in the side panel: who they influence, conflict with
// or are informally allied to, and who reaches them; add, change kind and strength, remove.
// Every change is one command on the account's influence lines.
#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <string>

#include "core/editing/edits.h"
#include "core/model/ids.h"
#include "core/stakeholders/stakeholder_search.h"
#include "ui/org_chart/org_chart_view.h"
#include "ui/widgets/accessible_widgets.h"
#include "ui/widgets/chart_common.h"
#include "ui/widgets/icons.h"
#include "ui/widgets/theme.h"
#include "ui/widgets/widgets.h"

namespace keystone::ui {
namespace {

void drawLine(Workspace& workspace, const Account& account, const InfluenceLine& line,
              const Stakeholder& other, bool outgoing, OrgChartState& state) {
    ImGui::PushID(line.id.c_str());
    const std::string who =
        std::string(outgoing ? "to " : "from ") + (other.name.empty() ? "(no name)" : other.name);
    if (ui::smallButton(who.c_str())) focusPerson(state, other.id);
    hoverTooltip(outgoing ? "Show the person this line reaches"
                          : "Show the person this line comes from");
    // Kind, strength and remove on a row of their own: names vary in length, the panel does not.
    ImGui::Indent(em(0.8f));
    ImGui::SetNextItemWidth(em(8));
    const std::string kind(influenceKindLabel(line.kind));
    if (ui::beginCombo("##kind", kind.c_str())) {
        for (int i = 0; i < 3; ++i) {
            const InfluenceKind value = static_cast<InfluenceKind>(i);
            const std::string text(influenceKindLabel(value));
            if (ui::selectable(text.c_str(), value == line.kind) && value != line.kind)
                editEntity(workspace, account.id, &Account::influenceLines, line.id,
                           &InfluenceLine::kind, value, "Set influence line to " + text);
        }
        ui::endCombo();
    }
    labelLastItem(("Influence kind " + who).c_str());
    ImGui::SameLine();
    ImGui::SetNextItemWidth(em(6));
    int strength = std::clamp(line.strength, 1, 5);
    if (ui::sliderInt("##strength", &strength, 1, 5) && strength != line.strength)
        editEntity(workspace, account.id, &Account::influenceLines, line.id,
                   &InfluenceLine::strength, strength, std::string("Set influence strength"),
                   line.id + "/strength");
    if (ImGui::IsItemDeactivated()) workspace.closeMergeWindow();
    labelLastItem(("Influence strength " + who).c_str());
    hoverTooltip("How strong the influence is, 1 (slight) to 5 (decisive)");
    ImGui::SameLine();
    if (ui::smallButton(ICON_TRASH "##remove"))
        workspace.execute(removeEntity(account.id, &Account::influenceLines, line.id,
                                       "Remove influence line", workspace.portfolio()));
    labelLastItem(("Remove influence line " + who).c_str());
    ImGui::Unindent(em(0.8f));
    ImGui::PopID();
}

// A searchable list of the account's people; picking one adds a line from `person` to them.
void drawAddLine(Workspace& workspace, const Account& account, const Stakeholder& person,
                 OrgChartState& state) {
    std::string& filter = state.influenceFilter;
    if (ui::button(ICON_PLUS " Add influence line")) {
        filter.clear();
        ImGui::OpenPopup("##add-influence");
    }
    hoverTooltip("Someone " + (person.name.empty() ? std::string("this person") : person.name) +
                 " influences, conflicts with or is an informal ally of");
    if (!ui::beginPopupMenu("##add-influence")) return;
    if (ImGui::IsWindowAppearing()) ImGui::SetKeyboardFocusHere();
    ImGui::SetNextItemWidth(em(16));
    ui::inputTextWithHint("##influence-filter", "Type a name", &filter);
    labelLastItem("Influence target search");
    ImGui::BeginChild("##influence-people", ImVec2(em(16), em(12)));
    int shown = 0;
    for (const Stakeholder& other : account.stakeholders) {
        if (other.id == person.id || !stakeholderMatchesSearch(other, filter)) continue;
        if (++shown > 200) break;  // type more to narrow a large chart
        ImGui::PushID(other.id.c_str());
        const std::string label = (other.name.empty() ? std::string("(no name)") : other.name) +
                                  (other.title.empty() ? "" : "  ·  " + other.title);
        if (ui::selectable(label.c_str())) {
            InfluenceLine line;
            line.id = newId();
            line.updated = workspace.clockNow();
            line.fromId = person.id;
            line.toId = other.id;
            workspace.execute(insertEntity(account.id, &Account::influenceLines, line, -1,
                                           "Add influence line to " + other.name));
            ImGui::CloseCurrentPopup();
        }
        labelLastItem(("Influence target " + other.name).c_str());
        ImGui::PopID();
    }
    if (shown == 0) mutedText("Nobody matches.");
    ImGui::EndChild();
    ui::endPopup();
}

}  // namespace

void drawInfluenceEditor(Workspace& workspace, const Account& account, const Stakeholder& person,
                         OrgChartState& state) {
    ImGui::PushFont(fonts().strong);
    ImGui::TextUnformatted("Influence");
    ImGui::PopFont();
    int count = 0;
    for (const InfluenceLine& line : account.influenceLines) {
        const bool outgoing = line.fromId == person.id;
        if (!outgoing && line.toId != person.id) continue;
        auto other = state.indexById.find(outgoing ? line.toId : line.fromId);
        if (other == state.indexById.end()) continue;
        drawLine(workspace, account, line, account.stakeholders[static_cast<size_t>(other->second)],
                 outgoing, state);
        ++count;
    }
    if (count == 0) mutedText("No influence lines yet.");
    drawAddLine(workspace, account, person, state);
}

}  // namespace keystone::ui
