#include "ui/account/objectives/objectives_tab.h"

#include <imgui.h>

#include <algorithm>
#include <string>

#include "core/editing/edits.h"
#include "core/model/ids.h"
#include "core/plan/plan_edits.h"
#include "core/plan/plan_timeline.h"
#include "ui/account/objectives/objectives_actions.h"
#include "ui/account/objectives/objectives_timeline.h"
#include "ui/widgets/accessible_widgets.h"
#include "ui/widgets/icons.h"
#include "ui/widgets/plan_fields.h"
#include "ui/widgets/theme.h"
#include "ui/widgets/widgets.h"

namespace keystone::ui {
namespace {

constexpr int kWorkStatusCount = 4;

// The objective the detail pane shows, re-chosen when it disappears (deleted, undone, other
// account).
const Objective* selectedObjective(ObjectivesView& view, const Account& account) {
    for (const Objective& objective : account.objectives)
        if (objective.id == view.selectedId) return &objective;
    if (account.objectives.empty()) return nullptr;
    view.selectedId = account.objectives.front().id;
    return &account.objectives.front();
}

template <class T>
Command objectiveField(Workspace& workspace, const Account& account, const Objective& objective,
                       T Objective::*field, T value, const char* what, bool merge) {
    return setEntityField(account.id, &Account::objectives, objective.id, field, std::move(value),
                          std::string("Edit objective ") + what,
                          merge ? objective.id + "/" + what : std::string(), workspace.clockNow(),
                          workspace.portfolio());
}

std::function<Command(const std::string&)> objectiveText(Workspace& workspace,
                                                         const Account& account,
                                                         const Objective& objective,
                                                         std::string Objective::*field,
                                                         const char* what) {
    return [&workspace, &account, &objective, field, what](const std::string& text) {
        return objectiveField(workspace, account, objective, field, text, what, true);
    };
}

void addObjective(Workspace& workspace, ObjectivesView& view, const Account& account) {
    Objective objective = newObjective(newId(), workspace.today, workspace.clockNow());
    view.selectedId = objective.id;
    workspace.execute(
        insertEntity(account.id, &Account::objectives, std::move(objective), -1, "Add objective"));
}

void summaryStrip(Workspace& workspace, ObjectivesView& view, const Account& account) {
    int actions = 0, done = 0;
    for (const Objective& objective : account.objectives)
        for (const PlanAction& action : objective.actions) {
            ++actions;
            done += action.status == WorkStatus::Done;
        }
    const int overdue = overdueActionCount(account.objectives, workspace.today);
    ImGui::AlignTextToFramePadding();
    ImGui::PushFont(fonts().heading);
    ImGui::TextUnformatted("Objectives and action plan");
    ImGui::PopFont();
    ImGui::SameLine(0, em(1.2f));
    ImGui::AlignTextToFramePadding();
    const std::string counts = std::to_string(account.objectives.size()) + " objectives  \u00b7  " +
                               std::to_string(actions) + " actions  \u00b7  " +
                               std::to_string(done) + " done";
    mutedText(counts.c_str());
    if (overdue > 0) {
        ImGui::SameLine(0, em(0.8f));
        const std::string text =
            std::string(ICON_WARNING " ") + std::to_string(overdue) + " overdue";
        const float y = ImGui::GetCursorPosY();
        ImGui::SetCursorPosY(y + (ImGui::GetFrameHeight() - ImGui::GetTextLineHeight()) * 0.5f -
                             em(0.12f));
        badge(text.c_str(), palette().bad);
        exposeReadout("Overdue actions: " + std::to_string(overdue));
        if (ImGui::IsItemHovered())
            ImGui::SetTooltip("Actions due before today that are not done.");
    }
    const char* label = ICON_PLUS " Add objective";
    ImGui::SameLine(ImGui::GetWindowContentRegionMax().x - buttonWidth(label));
    if (ui::button(label)) addObjective(workspace, view, account);
}

// The list of objectives on the left: title, status and action progress per row.
void objectiveList(ObjectivesView& view, const Account& account, const std::string& today,
                   float width) {
    ImGui::BeginChild("##objective-list", ImVec2(width, em(13.8f)), true,
                      ImGuiWindowFlags_NavFlattened);
    const float rowHeight = em(2.9f);
    for (const Objective& objective : account.objectives) {
        ImGui::PushID(objective.id.c_str());
        const bool selected = objective.id == view.selectedId;
        const ImVec2 pos = ImGui::GetCursorScreenPos();
        if (ui::selectable("##objective", selected, 0, ImVec2(0, rowHeight)))
            view.selectedId = objective.id;
        // Selected from the timeline or just added: bring the row into view once.
        if (selected && view.listShows != objective.id) {
            view.listShows = objective.id;
            const float top = ImGui::GetWindowPos().y, bottom = top + ImGui::GetWindowHeight();
            if (ImGui::GetItemRectMin().y < top || ImGui::GetItemRectMax().y > bottom)
                ImGui::SetScrollHereY(0.5f);
        }
        const std::string title = objective.title.empty() ? "Untitled objective" : objective.title;
        exposeReadout(title);
        const float innerWidth = ImGui::GetItemRectSize().x - em(0.6f);
        ImDrawList* draw = ImGui::GetWindowDrawList();
        ImGui::PushFont(fonts().strong);
        draw->AddText(ImVec2(pos.x + em(0.3f), pos.y + em(0.3f)),
                      toU32(ImGui::GetStyleColorVec4(ImGuiCol_Text)),
                      ellipsize(title, innerWidth).c_str());
        ImGui::PopFont();
        int done = 0, overdue = 0;
        for (const PlanAction& action : objective.actions) {
            done += action.status == WorkStatus::Done;
            overdue += isOverdue(action, today);
        }
        const std::string status(workStatusLabel(objective.status));
        std::string detail =
            std::to_string(done) + "/" + std::to_string(objective.actions.size()) + " done";
        if (!objective.targetDate.empty()) detail += "  \u00b7  by " + objective.targetDate;
        const float lineY = pos.y + em(1.55f);
        draw->AddText(ImVec2(pos.x + em(0.3f), lineY), toU32(workStatusColour(objective.status)),
                      status.c_str());
        const float statusWidth = ImGui::CalcTextSize(status.c_str()).x + em(0.6f);
        draw->AddText(
            ImVec2(pos.x + em(0.3f) + statusWidth, lineY), toU32(palette().textMuted),
            ellipsize(detail, innerWidth - statusWidth - (overdue ? em(1.4f) : 0)).c_str());
        if (overdue > 0)
            draw->AddText(ImVec2(pos.x + innerWidth - em(0.9f), lineY), toU32(palette().bad),
                          ICON_WARNING);
        ImGui::PopID();
    }
    ImGui::EndChild();
}

// The selected objective's own fields and its Delete button.
void objectiveForm(Workspace& workspace, PlanFieldsState& fields, const Account& account,
                   const Objective& objective) {
    ImGui::BeginChild("##objective-form", ImVec2(0, em(13.8f)), true,
                      ImGuiWindowFlags_NavFlattened);
    ImGui::PushID(objective.id.c_str());
    formRow("Title");
    textField(workspace, "##Objective title", objective.title,
              objectiveText(workspace, account, objective, &Objective::title, "title"),
              "What the customer and we will achieve", -1);
    formRow("Description");
    wrappedTextArea(
        workspace, fields, "##Objective description", objective.description,
        objectiveText(workspace, account, objective, &Objective::description, "description"), 4.2f,
        "Why it matters to the customer and how we will know it is done");
    formRow("Target date");
    dateField(workspace, fields, "##Objective target date", objective.targetDate,
              objectiveText(workspace, account, objective, &Objective::targetDate, "target date"),
              em(8.5f));
    ImGui::SameLine(0, em(1.2f));
    ImGui::AlignTextToFramePadding();
    mutedText("Status");
    ImGui::SameLine();
    int chosen = 0;
    if (enumCombo(
            "##Objective status", static_cast<int>(objective.status), kWorkStatusCount,
            [](int i) { return workStatusLabel(static_cast<WorkStatus>(i)); }, chosen, em(9.0f)))
        workspace.execute(objectiveField(workspace, account, objective, &Objective::status,
                                         static_cast<WorkStatus>(chosen), "status", false));
    if (isBeyondPlanHorizon(objective.targetDate, workspace.today)) {
        ImGui::SameLine(0, em(1.0f));
        ImGui::AlignTextToFramePadding();
        ImGui::PushStyleColor(ImGuiCol_Text, palette().warning);
        ImGui::TextUnformatted(ICON_WARNING " Beyond the 18-month plan");
        ImGui::PopStyleColor();
    }
    ImGui::Spacing();
    ImGui::SetCursorPosX(em(7.5f) + ImGui::GetStyle().WindowPadding.x);
    const bool remove = linkButton(ICON_TRASH " Delete##objective", palette().bad);
    if (ImGui::IsItemHovered())
        ImGui::SetTooltip("Delete this objective and its actions (Undo brings them back)");
    ImGui::PopID();
    ImGui::EndChild();
    if (remove)
        workspace.execute(removeEntity(account.id, &Account::objectives, objective.id,
                                       "Delete objective", workspace.portfolio()));
}

}  // namespace

void drawObjectivesTab(Workspace& workspace, ViewState& view, const Account& account) {
    ImGui::Spacing();
    summaryStrip(workspace, view.objectives, account);
    ImGui::Spacing();
    if (account.objectives.empty()) {
        ImGui::Spacing();
        mutedText(
            "No objectives yet \u2014 add the first one. A good plan has three to five objectives "
            "for the "
            "next 12\u201318 months, each with a few concrete actions.");
        return;
    }
    drawActionTimeline(account, workspace.today, view.objectives.selectedId);
    ImGui::Spacing();
    const Objective* objective = selectedObjective(view.objectives, account);
    const float listWidth = std::max(em(18.0f), ImGui::GetContentRegionAvail().x * 0.32f);
    objectiveList(view.objectives, account, workspace.today, listWidth);
    ImGui::SameLine();
    objectiveForm(workspace, view.fields, account, *objective);
    // The form may just have deleted the objective: look it up again before drawing actions.
    objective = selectedObjective(view.objectives, account);
    if (!objective) return;
    ImGui::Spacing();
    drawActionTable(workspace, view.fields, account, *objective);
}

}  // namespace keystone::ui
