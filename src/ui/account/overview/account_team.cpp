// Our team on the account (AE, CSM, SE, executive sponsor, others). Team members have no id
// in the plan format (merge matches them by role and name), so every edit replaces the team
// list as a whole: one command, one undo step, nothing to find again by position later.
#include <imgui.h>

#include <array>
#include <string>
#include <vector>

#include "ui/account/overview/overview_parts.h"
#include "ui/widgets/accessible_widgets.h"
#include "ui/widgets/chart_common.h"
#include "ui/widgets/icons.h"
#include "ui/widgets/plan_fields.h"
#include "ui/widgets/theme.h"
#include "ui/widgets/widgets.h"

namespace keystone::ui {
namespace {

// The roles offered, in the order a rep thinks of them; "Other" is the format's "none".
constexpr std::array<OurRole, 5> kTeamRoles = {OurRole::AccountExecutive, OurRole::CustomerSuccess,
                                               OurRole::SalesEngineer, OurRole::ExecutiveSponsor,
                                               OurRole::None};

std::string_view teamRoleLabel(OurRole role) {
    return role == OurRole::None ? std::string_view("Other") : ourRoleLabel(role);
}

int roleIndex(OurRole role) {
    for (size_t i = 0; i < kTeamRoles.size(); ++i)
        if (kTeamRoles[i] == role) return static_cast<int>(i);
    return static_cast<int>(kTeamRoles.size()) - 1;
}

Command setTeam(Workspace& workspace, const Account& account, std::vector<TeamMember> team,
                const std::string& what, std::string mergeKey = {}) {
    return setAccountField<std::vector<TeamMember>>(
        account.id, [](Account& a) -> std::vector<TeamMember>& { return a.team; }, std::move(team),
        what, std::move(mergeKey), workspace.clockNow(), workspace.portfolio());
}

}  // namespace

void drawAccountTeam(Workspace& workspace, const Account& account) {
    if (account.team.empty()) mutedText("No one from our side is on this account yet.");
    int removeAt = -1;
    for (size_t i = 0; i < account.team.size(); ++i) {
        const TeamMember& member = account.team[i];
        ImGui::PushID(static_cast<int>(i));
        const std::string number = std::to_string(i + 1);
        int role = roleIndex(member.role);
        if (enumCombo(("##Team role " + number).c_str(), role, static_cast<int>(kTeamRoles.size()),
                      [](int r) { return teamRoleLabel(kTeamRoles[static_cast<size_t>(r)]); }, role,
                      em(11.0f))) {
            std::vector<TeamMember> team = account.team;
            team[i].role = kTeamRoles[static_cast<size_t>(role)];
            workspace.execute(setTeam(workspace, account, std::move(team), "Change team role"));
        }
        ImGui::SameLine();
        textField(
            workspace, ("##Team member " + number).c_str(), member.name,
            [&workspace, &account, i](const std::string& name) {
                std::vector<TeamMember> team = account.team;
                team[i].name = name;
                return setTeam(workspace, account, std::move(team), "Edit team member",
                               account.id + "/team/" + std::to_string(i));
            },
            "Name", em(16.0f));
        ImGui::SameLine();
        if (linkButton((ICON_TRASH "##Remove team member " + number).c_str(), palette().bad))
            removeAt = static_cast<int>(i);
        labelLastItem(("Remove team member " + number).c_str());
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("Remove from the team");
        ImGui::PopID();
    }
    if (removeAt >= 0) {
        std::vector<TeamMember> team = account.team;
        team.erase(team.begin() + removeAt);
        workspace.execute(setTeam(workspace, account, std::move(team), "Remove team member"));
    }
    if (ui::button(ICON_PLUS " Add team member")) {
        std::vector<TeamMember> team = account.team;
        TeamMember member;
        // The first seat most plans fill is the AE; after that a CSM, then anyone.
        bool hasAe = false;
        for (const TeamMember& m : team) hasAe |= m.role == OurRole::AccountExecutive;
        member.role = hasAe ? OurRole::CustomerSuccess : OurRole::AccountExecutive;
        team.push_back(member);
        workspace.execute(setTeam(workspace, account, std::move(team), "Add team member"));
    }
}

}  // namespace keystone::ui
