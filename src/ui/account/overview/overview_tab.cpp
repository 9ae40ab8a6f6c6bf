#include "ui/account/overview/overview_tab.h"

#include <imgui.h>

#include "core/editing/edits.h"
#include "ui/account/overview/overview_parts.h"
#include "ui/widgets/icons.h"
#include "ui/widgets/plan_fields.h"
#include "ui/widgets/theme.h"
#include "ui/widgets/widgets.h"

namespace keystone::ui {
namespace {

// Builds the command for typing into one text field of the account.
template <class Access>
std::function<Command(const std::string&)> accountText(Workspace& workspace, const Account& account,
                                                       Access access, const char* what) {
    return [&workspace, &account, access, what](const std::string& text) {
        return editAccount(workspace, account, access, text, what);
    };
}

}  // namespace

void drawOverviewTab(Workspace& workspace, ViewState& view, const Account& account) {
    // Field ids include the account, so a refused entry stays with the account it was typed in.
    ImGui::PushID(account.id.c_str());
    ImGui::Spacing();
    ImGui::PushItemWidth(em(22.0f));
    textField(
        workspace, "Account name", account.name,
        accountText(
            workspace, account, [](Account& a) -> std::string& { return a.name; }, "account name"));
    if (accountNamedLike(workspace.portfolio(), account.name, account.id)) {
        // A warning, not a refusal: two divisions of one customer may share a name for a while.
        const std::string warning = "Another account is also called \u201c" + account.name +
                                    "\u201d. Add what sets this one apart (a region or business "
                                    "unit) so you and your colleagues can tell them apart.";
        ImGui::PushStyleColor(ImGuiCol_Text, palette().warning);
        ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + em(34.0f));
        ImGui::TextUnformatted((ICON_WARNING " " + warning).c_str());
        ImGui::PopTextWrapPos();
        ImGui::PopStyleColor();
        exposeReadout(warning);
    }
    textField(
        workspace, "Industry", account.industry,
        accountText(
            workspace, account, [](Account& a) -> std::string& { return a.industry; }, "industry"));
    ImGui::PopItemWidth();
    ImGui::Spacing();
    drawAccountFacts(workspace, view.fields, account);
    ImGui::Spacing();

    sectionHeading("Our team");
    drawAccountTeam(workspace, account);
    ImGui::Spacing();

    // Long texts are read wrapped and edited in place (wrappedTextArea), never cut off.
    sectionHeading("The customer's business");
    wrappedTextArea(
        workspace, view.fields, "##business", account.summary.business,
        accountText(
            workspace, account, [](Account& a) -> std::string& { return a.summary.business; },
            "business summary"),
        5.0f, "What the customer does and where they are heading");
    ImGui::Spacing();
    sectionHeading("How our partnership supports them");
    wrappedTextArea(
        workspace, view.fields, "##partnership", account.summary.partnership,
        accountText(
            workspace, account, [](Account& a) -> std::string& { return a.summary.partnership; },
            "partnership summary"),
        4.0f, "How what we sell serves their strategy");
    ImGui::Spacing();
    sectionHeading("Strategic goals");
    drawStrategicGoals(workspace, view.fields, account);
    ImGui::PopID();
}

}  // namespace keystone::ui
