// The customer's strategic goals on the Overview: what they are trying to achieve, by when,
// and how the partnership helps. Goals are entities with ids (merged one by one), edited in
// place like the objectives on the Plan tab.
#include <imgui.h>

#include <algorithm>
#include <string>

#include "core/model/ids.h"
#include "ui/account/overview/overview_parts.h"
#include "ui/widgets/accessible_widgets.h"
#include "ui/widgets/chart_common.h"
#include "ui/widgets/icons.h"
#include "ui/widgets/plan_fields.h"
#include "ui/widgets/theme.h"
#include "ui/widgets/widgets.h"

namespace keystone::ui {

void drawStrategicGoals(Workspace& workspace, PlanFieldsState& fields, const Account& account) {
    if (account.summary.goals.empty()) mutedText("No strategic goals yet.");
    std::string removeId;
    const float fieldWidth = std::max(em(12.0f), ImGui::GetContentRegionAvail().x - em(9.0f));
    for (size_t i = 0; i < account.summary.goals.size(); ++i) {
        const StrategicGoal& goal = account.summary.goals[i];
        const std::string number = std::to_string(i + 1);
        ImGui::PushID(goal.id.c_str());
        ImGui::Bullet();
        textField(workspace, ("##Goal " + number).c_str(), goal.title,
                  entityTextEdit(workspace, account.id, &strategicGoals, goal.id,
                                 &StrategicGoal::title, "Edit goal"),
                  "What the customer wants to achieve", fieldWidth);
        ImGui::SameLine();
        if (linkButton((ICON_TRASH "##Remove goal " + number).c_str(), palette().bad))
            removeId = goal.id;
        labelLastItem(("Remove goal " + number).c_str());
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("Remove this goal");
        ImGui::Indent();
        textField(workspace, ("##How we help " + number).c_str(), goal.howWeHelp,
                  entityTextEdit(workspace, account.id, &strategicGoals, goal.id,
                                 &StrategicGoal::howWeHelp, "Edit how we help"),
                  "How the partnership helps", fieldWidth - ImGui::GetStyle().IndentSpacing);
        dateField(workspace, fields, ("Target date##goal " + number).c_str(), goal.targetDate,
                  entityTextEdit(workspace, account.id, &strategicGoals, goal.id,
                                 &StrategicGoal::targetDate, "Edit goal target date"),
                  em(9.0f));
        ImGui::Unindent();
        ImGui::PopID();
        ImGui::Spacing();
    }
    if (!removeId.empty())
        workspace.execute(removeEntity(account.id, &strategicGoals, removeId, "Remove goal",
                                       workspace.portfolio()));
    if (ui::button(ICON_PLUS " Add goal")) {
        StrategicGoal goal;
        goal.id = newId();
        goal.updated = workspace.clockNow();
        workspace.execute(insertEntity(account.id, &strategicGoals, goal, -1, "Add goal"));
    }
}

}  // namespace keystone::ui
