#include "ui/account/objectives/objectives_actions.h"

#include <imgui.h>

#include <string>

#include "core/model/calendar.h"
#include "core/model/ids.h"
#include "core/plan/plan_edits.h"
#include "core/plan/plan_timeline.h"
#include "ui/widgets/accessible_widgets.h"
#include "ui/widgets/icons.h"
#include "ui/widgets/plan_fields.h"
#include "ui/widgets/theme.h"
#include "ui/widgets/widgets.h"

namespace keystone::ui {
namespace {

constexpr int kActionKindCount = 6;
constexpr int kWorkStatusCount = 4;

// Builders for the commands one action row issues.
struct ActionEdits {
    Workspace& workspace;
    std::string accountId;
    std::string objectiveId;
    std::string actionId;

    template <class T>
    Command set(T PlanAction::*field, T value, const char* what, const char* mergeField) const {
        const std::string mergeKey = mergeField ? actionId + "/" + mergeField : std::string();
        return setActionField(accountId, objectiveId, actionId, field, std::move(value),
                              std::string("Edit action ") + what, mergeKey, workspace.clockNow(),
                              workspace.portfolio());
    }
    std::function<Command(const std::string&)> text(std::string PlanAction::*field,
                                                    const char* what,
                                                    const char* mergeField) const {
        return [*this, field, what, mergeField](const std::string& value) {
            return set(field, value, what, mergeField);
        };
    }
};

// A coloured dot before a status picker, so status reads at a glance down the column.
void statusDot(const ImVec4& colour) {
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    const float size = ImGui::GetFrameHeight();
    ImGui::GetWindowDrawList()->AddCircleFilled(ImVec2(pos.x + em(0.3f), pos.y + size * 0.5f),
                                                em(0.25f), toU32(colour), 12);
    ImGui::Dummy(ImVec2(em(0.6f), size));
    ImGui::SameLine(0, em(0.2f));
}

void overdueCell(const PlanAction& action, const Date* today) {
    if (!today || !isOverdue(action, *today)) return;
    ImGui::PushStyleColor(ImGuiCol_Text, palette().bad);
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(ICON_WARNING);
    ImGui::PopStyleColor();
    if (ImGui::IsItemHovered()) {
        const Result<Date> due = parseIsoDate(action.dueDate);
        const long long days = due ? static_cast<long long>(daysBetween(due.value(), *today)) : 0;
        ImGui::SetTooltip("Overdue: due %s, %lld day%s ago and not done.", action.dueDate.c_str(),
                          days, days == 1 ? "" : "s");
    }
}

// Draws one row; returns true when the rep asked to delete the action (the caller deletes
// after the loop, because removing it now would pull the list out from under the loop).
bool actionRow(Workspace& workspace, PlanFieldsState& fields, const Account& account,
               const Objective& objective, const PlanAction& action, const Date* today) {
    const ActionEdits edits{workspace, account.id, objective.id, action.id};
    ImGui::PushID(action.id.c_str());
    ImGui::TableNextRow();
    if (today && isOverdue(action, *today)) {
        ImVec4 tint = palette().bad;
        tint.w = 0.10f;
        ImGui::TableSetBgColor(ImGuiTableBgTarget_RowBg1, toU32(tint));
    }
    ImGui::TableNextColumn();
    overdueCell(action, today);
    ImGui::TableNextColumn();
    textField(workspace, "##action-title", action.title,
              edits.text(&PlanAction::title, "title", "title"), "What will happen", -1);
    ImGui::TableNextColumn();
    int chosen = 0;
    if (enumCombo(
            "##action-kind", static_cast<int>(action.kind), kActionKindCount,
            [](int i) { return actionKindText(static_cast<ActionKind>(i)); }, chosen, -1))
        workspace.execute(
            edits.set(&PlanAction::kind, static_cast<ActionKind>(chosen), "kind", nullptr));
    ImGui::TableNextColumn();
    textField(workspace, "##action-owner", action.owner,
              edits.text(&PlanAction::owner, "owner", "owner"), "Who", -1);
    ImGui::TableNextColumn();
    dateField(workspace, fields, "##action-due", action.dueDate,
              edits.text(&PlanAction::dueDate, "due date", "due"), -1);
    ImGui::TableNextColumn();
    statusDot(workStatusColour(action.status));
    if (enumCombo(
            "##action-status", static_cast<int>(action.status), kWorkStatusCount,
            [](int i) { return workStatusLabel(static_cast<WorkStatus>(i)); }, chosen, -1))
        workspace.execute(
            edits.set(&PlanAction::status, static_cast<WorkStatus>(chosen), "status", nullptr));
    ImGui::TableNextColumn();
    const bool remove = linkButton("Delete##action", palette().bad);
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Delete this action (Undo brings it back)");
    ImGui::PopID();
    return remove;
}

}  // namespace

std::string_view actionKindText(ActionKind kind) {
    return kind == ActionKind::General ? std::string_view("General") : actionKindLabel(kind);
}

void drawActionTable(Workspace& workspace, PlanFieldsState& fields, const Account& account,
                     const Objective& objective) {
    ImGui::AlignTextToFramePadding();
    ImGui::PushFont(fonts().strong);
    ImGui::Text("Actions (%d)", static_cast<int>(objective.actions.size()));
    ImGui::PopFont();
    ImGui::SameLine();
    if (ui::button(ICON_PLUS " Add action")) {
        workspace.execute(insertAction(account.id, objective.id,
                                       newAction(newId(), workspace.today, workspace.clockNow()),
                                       -1, "Add action"));
    }
    if (objective.actions.empty()) {
        mutedText("No actions yet \u2014 add the first step toward this objective.");
        return;
    }
    const Result<Date> todayDate = parseIsoDate(workspace.today);
    const Date* today = todayDate ? &todayDate.value() : nullptr;
    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH |
                                  ImGuiTableFlags_SizingStretchProp | ImGuiTableFlags_PadOuterX;
    ImGui::PushStyleVar(ImGuiStyleVar_CellPadding, emVec(0.35f, 0.25f));
    if (ImGui::BeginTable("##actions", 7, flags)) {
        ImGui::TableSetupColumn("##overdue", ImGuiTableColumnFlags_WidthFixed, em(1.1f));
        ImGui::TableSetupColumn("Action", ImGuiTableColumnFlags_WidthStretch, 2.6f);
        ImGui::TableSetupColumn("Kind", ImGuiTableColumnFlags_WidthStretch, 2.0f);
        ImGui::TableSetupColumn("Owner", ImGuiTableColumnFlags_WidthStretch, 1.3f);
        ImGui::TableSetupColumn("Due", ImGuiTableColumnFlags_WidthFixed, em(7.2f));
        ImGui::TableSetupColumn("Status", ImGuiTableColumnFlags_WidthFixed, em(8.2f));
        ImGui::TableSetupColumn("##delete", ImGuiTableColumnFlags_WidthFixed, em(3.6f));
        ImGui::TableHeadersRow();
        std::string toDelete;
        for (const PlanAction& action : objective.actions)
            if (actionRow(workspace, fields, account, objective, action, today))
                toDelete = action.id;
        ImGui::EndTable();
        if (!toDelete.empty())
            workspace.execute(removeAction(account.id, objective.id, toDelete, "Delete action",
                                           workspace.portfolio()));
    }
    ImGui::PopStyleVar();
}

}  // namespace keystone::ui
