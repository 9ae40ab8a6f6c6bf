#include "ui/account/overview/overview_tab.h"

#include <imgui.h>

#include "core/editing/edits.h"
#include "ui/widgets/theme.h"
#include "ui/widgets/widgets.h"

namespace keystone::ui {
namespace {

// Builds the command for an edit of one string field of the account.
template <class Access>
std::function<Command(const std::string&)> accountText(Workspace& workspace, const Account& account,
                                                       Access access, const char* what) {
    return [&workspace, id = account.id, access, what](const std::string& text) {
        return setAccountField<std::string>(id, access, text, std::string("Edit ") + what,
                                            id + "/" + what, workspace.clockNow(),
                                            workspace.portfolio());
    };
}

}  // namespace

void drawOverviewTab(Workspace& workspace, ViewState& /*view*/, const Account& account) {
    ImGui::Spacing();
    ImGui::PushItemWidth(em(22.0f));
    textField(
        workspace, "Account name", account.name,
        accountText(
            workspace, account, [](Account& a) -> std::string& { return a.name; }, "account name"));
    textField(
        workspace, "Industry", account.industry,
        accountText(
            workspace, account, [](Account& a) -> std::string& { return a.industry; }, "industry"));
    ImGui::PopItemWidth();
    ImGui::Spacing();

    sectionHeading("The customer's business");
    textArea(workspace, "##business", account.summary.business,
             accountText(
                 workspace, account, [](Account& a) -> std::string& { return a.summary.business; },
                 "business summary"),
             5.0f);
    ImGui::Spacing();
    sectionHeading("How our partnership supports them");
    textArea(
        workspace, "##partnership", account.summary.partnership,
        accountText(
            workspace, account, [](Account& a) -> std::string& { return a.summary.partnership; },
            "partnership summary"),
        4.0f);
    ImGui::Spacing();
    sectionHeading("Strategic goals");
    for (const StrategicGoal& goal : account.summary.goals) {
        ImGui::Bullet();
        ImGui::TextWrapped("%s", goal.title.c_str());
        if (!goal.howWeHelp.empty()) {
            ImGui::Indent();
            mutedText(goal.howWeHelp.c_str());
            ImGui::Unindent();
        }
    }
    if (account.summary.goals.empty()) mutedText("No strategic goals yet.");
}

}  // namespace keystone::ui
