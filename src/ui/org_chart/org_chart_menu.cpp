// A card's context menu on the org chart: add a report, a peer or a manager, collapse or
// expand the team, move to the top, remove (the whole selection when the card is in it).
// Adding a person lives here too; the toolbar and the side panel add through it as well.
#include <imgui.h>

#include <string>
#include <vector>

#include "core/editing/edits.h"
#include "core/stakeholders/stakeholder_edits.h"
#include "ui/org_chart/org_chart_view.h"
#include "ui/widgets/accessible_widgets.h"
#include "ui/widgets/icons.h"
#include "ui/widgets/theme.h"

namespace keystone::ui {

void addPerson(Workspace& workspace, const Account& account, OrgChartState& state,
               const std::string& anchorId, NewPersonPlace place) {
    Stakeholder person = newContact();
    const std::string id = person.id;
    if (anchorId.empty()) {
        person.updated = workspace.clockNow();
        workspace.execute(insertEntity(account.id, &Account::stakeholders, std::move(person), -1,
                                       "Add a stakeholder"));
    } else {
        auto command = addStakeholderNear(account.id, anchorId, place, std::move(person),
                                          workspace.clockNow(), workspace.portfolio());
        if (!command.ok()) {
            state.message = command.error().message;
            return;
        }
        workspace.execute(std::move(command).value());
    }
    state.search.clear();
    state.filter = OrgChartFilter{};
    focusPerson(state, id);
}

void drawOrgChartMenu(Workspace& workspace, const Account& account, OrgChartState& state) {
    if (state.menuFromKeyboard && ImGui::IsPopupOpen("##org-card-menu")) {
        // Opened by a key (Shift+F10): below the card rather than where the pointer rests.
        state.menuFromKeyboard = false;
        if (state.contextCard >= 0 &&
            static_cast<size_t>(state.contextCard) < state.layout.cards.size()) {
            const OrgCard& card = state.layout.cards[static_cast<size_t>(state.contextCard)];
            ImGui::SetNextWindowPos(
                im(state.viewport.toScreen(card.x + em(1) / state.viewport.zoom, card.y + card.h)));
        }
    }
    if (!ui::beginPopupMenu("##org-card-menu")) return;
    const int index = state.contextCard;
    if (index < 0 || static_cast<size_t>(index) >= account.stakeholders.size()) {
        ui::endPopup();
        return;
    }
    const Stakeholder& anchor = account.stakeholders[static_cast<size_t>(index)];
    ImGui::PushFont(fonts().strong);
    ImGui::TextUnformatted(anchor.name.c_str());
    ImGui::PopFont();
    ImGui::Separator();
    auto add = [&](const char* label, NewPersonPlace place) {
        if (ui::menuItem(label)) addPerson(workspace, account, state, anchor.id, place);
    };
    add(ICON_PLUS " Add a report", NewPersonPlace::ReportOf);
    add(ICON_PLUS " Add a peer", NewPersonPlace::PeerOf);
    add(ICON_PLUS " Add a manager", NewPersonPlace::ManagerOf);
    ImGui::Separator();
    const bool collapsed = state.collapsed.count(anchor.id) > 0;
    if (ui::menuItem(collapsed ? "Expand team" : "Collapse team")) {
        if (collapsed)
            state.collapsed.erase(anchor.id);
        else
            state.collapsed.insert(anchor.id);
        state.layoutDirty = true;
    }
    if (ui::menuItem("Move under...", "M")) {  // the arrow keys then pick the new manager
        state.selected = {anchor.id};
        state.focusId = anchor.id;
        state.movingId = anchor.id;
        state.message.clear();
    }
    if (!anchor.managerId.empty() && ui::menuItem("Move to the top of the chart")) {
        auto command = reparentStakeholder(account.id, anchor.id, "", workspace.clockNow(),
                                           workspace.portfolio());
        if (command.ok()) workspace.execute(std::move(command).value());
    }
    ImGui::Separator();
    const bool many = state.selected.count(anchor.id) && state.selected.size() > 1;
    const std::string removeLabel = many ? std::string(ICON_TRASH " Remove ") +
                                               std::to_string(state.selected.size()) + " people"
                                         : std::string(ICON_TRASH " Remove from chart");
    if (ui::menuItem(removeLabel.c_str())) {
        std::vector<std::string> ids =
            many ? std::vector<std::string>(state.selected.begin(), state.selected.end())
                 : std::vector<std::string>{anchor.id};
        workspace.execute(
            removeStakeholders(account.id, ids, workspace.clockNow(), workspace.portfolio()));
        state.selected.clear();
        state.focusId.clear();
    }
    ui::endPopup();
}

}  // namespace keystone::ui
