#include "ui/account/competition/competition_tab.h"

#include <imgui.h>

#include <string>

#include "core/editing/edits.h"
#include "core/model/ids.h"
#include "ui/widgets/accessible_widgets.h"
#include "ui/widgets/chart_common.h"
#include "ui/widgets/icons.h"
#include "ui/widgets/theme.h"
#include "ui/widgets/widgets.h"

namespace keystone::ui {
namespace {

ImVec4 threatColour(ThreatLevel threat) {
    const Palette& p = palette();
    switch (threat) {
        case ThreatLevel::Low:
            return p.good;
        case ThreatLevel::Medium:
            return p.warning;
        case ThreatLevel::High:
            return p.bad;
    }
    return p.warning;
}

std::function<Command(const std::string&)> competitorText(Workspace& workspace,
                                                          const Account& account,
                                                          const Competitor& competitor,
                                                          std::string Competitor::*field,
                                                          const char* what) {
    return [&workspace, accountId = account.id, id = competitor.id, field,
            what](const std::string& text) {
        return setEntityField(accountId, &Account::competitors, id, field, text,
                              std::string("Edit competitor ") + what, id + "/" + what,
                              workspace.clockNow(), workspace.portfolio());
    };
}

std::string summaryOf(const Account& account) {
    int incumbents = 0, high = 0;
    for (const Competitor& c : account.competitors) {
        incumbents += c.incumbent ? 1 : 0;
        high += c.threat == ThreatLevel::High ? 1 : 0;
    }
    const size_t n = account.competitors.size();
    return std::to_string(n) + (n == 1 ? " competitor" : " competitors") + "  ·  " +
           std::to_string(incumbents) + (incumbents == 1 ? " incumbent" : " incumbents") + "  ·  " +
           std::to_string(high) + " high threat";
}

// Returns true when the competitor was deleted (the list changed under the loop).
bool drawCompetitorCard(Workspace& workspace, CompetitionView& view, const Account& account,
                        const Competitor& competitor) {
    ImGui::PushID(competitor.id.c_str());
    const ImVec4 threat = threatColour(competitor.threat);
    Card card;
    card.begin();
    bool deleted = false;
    const ImGuiTableFlags layout = ImGuiTableFlags_SizingStretchProp | ImGuiTableFlags_NoPadOuterX;
    if (ImGui::BeginTable("##head", 2, layout, ImVec2(card.innerWidth(), 0))) {
        ImGui::TableSetupColumn("name", ImGuiTableColumnFlags_WidthStretch);
        ImGui::TableSetupColumn("actions", ImGuiTableColumnFlags_WidthFixed);
        ImGui::TableNextColumn();
        const float lineY = ImGui::GetCursorPosY();
        ImGui::PushFont(fonts().strong);
        // Just added: the name field takes the keyboard so the rep can type at once.
        if (view.focusId == competitor.id) {
            ImGui::SetKeyboardFocusHere();
            view.focusId.clear();
        }
        textField(workspace, "##Competitor name", competitor.name,
                  competitorText(workspace, account, competitor, &Competitor::name, "name"),
                  "Competitor name", em(20.0f));
        ImGui::PopFont();
        // Badges centred on the name field's line.
        const float badgeY =
            lineY + (ImGui::GetFrameHeight() - ImGui::GetTextLineHeight() - em(0.24f)) * 0.5f;
        if (competitor.incumbent) {
            ImGui::SameLine();
            ImGui::SetCursorPosY(badgeY);
            badge(ICON_SHIELD " Incumbent", palette().info);
        }
        ImGui::SameLine();
        ImGui::SetCursorPosY(badgeY);
        badge((std::string(threatLevelLabel(competitor.threat)) + " threat").c_str(), threat);

        ImGui::TableNextColumn();
        if (ui::button(ICON_TRASH " Delete##competitor")) {
            workspace.execute(removeEntity(account.id, &Account::competitors, competitor.id,
                                           "Delete competitor " + competitor.name,
                                           workspace.portfolio()));
            deleted = true;
        }
        if (ImGui::IsItemHovered())
            ImGui::SetTooltip("Delete this competitor (Undo brings it back)");
        ImGui::EndTable();
    }
    if (deleted) {
        card.end(&threat);
        ImGui::PopID();
        return true;
    }

    bool incumbent = competitor.incumbent;
    if (ui::checkbox("Incumbent", &incumbent))
        editEntity(workspace, account.id, &Account::competitors, competitor.id,
                   &Competitor::incumbent, incumbent,
                   std::string(incumbent ? "Mark competitor as incumbent"
                                         : "Mark competitor as not incumbent"));
    if (ImGui::IsItemHovered())
        ImGui::SetTooltip("The vendor the customer uses today for this need");
    ImGui::SameLine(0, em(2.0f));
    ImGui::AlignTextToFramePadding();
    mutedText("Threat");
    ImGui::SameLine();
    static const char* const kThreats[] = {"Low", "Medium", "High"};
    static const char* const kThreatTips[] = {
        "Low threat: unlikely to displace us or win this business",
        "Medium threat: a credible alternative the customer is considering",
        "High threat: could win or keep this business; plan a response"};
    const ImVec4 colours[] = {threatColour(ThreatLevel::Low), threatColour(ThreatLevel::Medium),
                              threatColour(ThreatLevel::High)};
    const int picked =
        segmented("threat", kThreats, 3, static_cast<int>(competitor.threat), kThreatTips, colours);
    if (picked >= 0 && picked != static_cast<int>(competitor.threat))
        editEntity(workspace, account.id, &Account::competitors, competitor.id, &Competitor::threat,
                   static_cast<ThreatLevel>(picked),
                   std::string("Set threat to ") + kThreats[picked]);

    ImGui::Spacing();
    if (ImGui::BeginTable("##texts", 2, layout | ImGuiTableFlags_PadOuterX,
                          ImVec2(card.innerWidth(), 0))) {
        // Equal halves in every card, whatever the texts' lengths.
        ImGui::TableSetupColumn("strong", ImGuiTableColumnFlags_WidthStretch, 1.0f);
        ImGui::TableSetupColumn("differ", ImGuiTableColumnFlags_WidthStretch, 1.0f);
        ImGui::TableNextColumn();
        mutedText("Where they are strong");
        expandingTextArea(
            workspace, "##strengths", competitor.strengths,
            competitorText(workspace, account, competitor, &Competitor::strengths, "strengths"),
            3.6f, "Their strengths: product, relationships, price…");
        ImGui::TableNextColumn();
        mutedText("Where we differentiate");
        expandingTextArea(workspace, "##differentiation", competitor.differentiation,
                          competitorText(workspace, account, competitor,
                                         &Competitor::differentiation, "differentiation"),
                          3.6f, "Why we win: capabilities, proof points, outcomes…");
        ImGui::EndTable();
    }
    card.end(&threat);
    ImGui::PopID();
    return false;
}

}  // namespace

void drawCompetitionTab(Workspace& workspace, ViewState& view, const Account& account) {
    ImGui::Spacing();
    if (panelHeader("Competitive positioning", summaryOf(account), ICON_PLUS " Add competitor")) {
        Competitor competitor;
        competitor.id = newId();
        competitor.updated = workspace.clockNow();
        workspace.execute(
            insertEntity(account.id, &Account::competitors, competitor, 0, "Add competitor"));
        view.competition.focusId = competitor.id;
        return;  // `account` may have moved; draw the new list next frame
    }
    ImGui::Spacing();
    if (account.competitors.empty()) {
        emptyState(ICON_TROPHY, "No competitors yet — add the first one",
                   "Record who else is in the deal, where they are strong and how we win.");
        return;
    }
    for (const Competitor& competitor : account.competitors) {
        if (drawCompetitorCard(workspace, view.competition, account, competitor)) return;
        ImGui::Spacing();
    }
}

}  // namespace keystone::ui
