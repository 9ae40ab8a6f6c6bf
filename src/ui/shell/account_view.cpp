#include "ui/shell/account_view.h"

#include <imgui.h>

#include <algorithm>
#include <iterator>
#include <string>

#include "core/model/money.h"
#include "ui/account/competition/competition_tab.h"
#include "ui/account/health/health_tab.h"
#include "ui/account/metrics/metrics_tab.h"
#include "ui/account/objectives/objectives_tab.h"
#include "ui/account/opportunities/opportunities_tab.h"
#include "ui/account/overview/overview_tab.h"
#include "ui/account/qualification/qualification_tab.h"
#include "ui/account/risks/risks_tab.h"
#include "ui/account/whitespace/whitespace_tab.h"
#include "ui/org_chart/stakeholders_tab.h"
#include "ui/portfolio/portfolio_view.h"
#include "ui/pricing/pricing_tab.h"
#include "ui/widgets/accessible_widgets.h"
#include "ui/widgets/icons.h"
#include "ui/widgets/theme.h"
#include "ui/widgets/widgets.h"

namespace keystone::ui {
namespace {

void drawHeader(const Account& account) {
    ImGui::PushFont(fonts().title);
    ImGui::TextUnformatted(account.name.empty() ? "Untitled account" : account.name.c_str());
    ImGui::PopFont();
    std::string facts = account.industry;
    if (!account.qualification.hqCountry.empty())
        facts += "  ·  HQ " + account.qualification.hqCountry;
    if (account.qualification.employees > 0)
        facts += "  ·  " + std::to_string(account.qualification.employees) + " employees";
    mutedText(facts.c_str());
    ImGui::Spacing();

    const float tile = 11.5f;
    kpiTile("Current ARR", formatMoneyCompact(account.currentArr, account.currency),
            "annual recurring", tile);
    ImGui::SameLine();
    kpiTile("Potential ACV",
            formatMoneyCompact(account.qualification.potentialAcv, account.currency),
            "first-year expansion", tile);
    ImGui::SameLine();
    kpiTile("Renewal", account.renewalDate.empty() ? std::string("—") : account.renewalDate,
            "contract end", tile);
    ImGui::SameLine();
    kpiTile("Stakeholders", std::to_string(account.stakeholders.size()), "mapped contacts", tile);
}

using TabFn = void (*)(Workspace&, ViewState&, const Account&);
struct Section {
    const char* label;
    TabFn draw;
};
const Section kSections[] = {
    {"Overview", drawOverviewTab},         {"Qualification", drawQualificationTab},
    {"Plan", drawObjectivesTab},           {"Opportunities", drawOpportunitiesTab},
    {"Pricing", drawPricingTab},           {"Whitespace", drawWhitespaceTab},
    {"Competition", drawCompetitionTab},   {"Risks", drawRisksTab},
    {"Metrics", drawMetricsTab},           {"Health", drawHealthTab},
    {"Stakeholders", drawStakeholdersTab},
};

// Padding on each side of a section tab's label: the theme's when every label fits at full
// length, less in a narrow window (down to a quarter em), so a 1024-px laptop reads
// "Qualification" rather than "Qualific…".
float sectionTabPadding() {
    const ImGuiStyle& style = ImGui::GetStyle();
    const float count = static_cast<float>(std::size(kSections));
    float labels = 0;
    for (const Section& section : kSections) labels += ImGui::CalcTextSize(section.label).x + 1.0f;
    const float gaps = style.ItemInnerSpacing.x * (count - 1);
    const float room = (ImGui::GetContentRegionAvail().x - labels - gaps) / (2.0f * count);
    return std::clamp(room, em(0.25f), style.FramePadding.x);
}

}  // namespace

void drawAccountView(Workspace& workspace, ViewState& view) {
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, emVec(1.6f, 1.2f));
    ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, emVec(0.6f, 0.5f));
    ImGui::PushStyleColor(ImGuiCol_ChildBg, ImVec4(0, 0, 0, 0));  // the page, not a card
    // Flattened: arrow keys move between the panes' items as if they were one window.
    ImGui::BeginChild("##account-view", ImVec2(0, 0), false,
                      ImGuiWindowFlags_AlwaysUseWindowPadding | ImGuiWindowFlags_NavFlattened);
    ImGui::PopStyleColor();
    const Account* account = workspace.selectedAccount();
    if (!account) {
        view.openSection.clear();
        drawPortfolioView(workspace, view);
    } else {
        drawHeader(*account);
        ImGui::Spacing();
        // Eleven sections: plain labels fit a 1280-px window; narrower ones tighten the tabs'
        // padding, and only then shrink them, rather than hide some behind scroll arrows.
        // ImGui reads the padding twice: the bar keeps it for drawing labels (BeginTabBar),
        // and each tab's width is measured with it (BeginTabItem). The sections themselves
        // keep the theme's.
        const float padding = sectionTabPadding();
        const ImVec2 tabPadding(padding, ImGui::GetStyle().FramePadding.y);
        ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, tabPadding);
        const bool tabBar =
            ui::beginTabBar("##plan-sections", ImGuiTabBarFlags_FittingPolicyResizeDown);
        ImGui::PopStyleVar();
        if (tabBar) {
            for (const Section& section : kSections) {
                ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, tabPadding);
                const bool open = ui::beginTabItem(
                    section.label, nullptr,
                    view.showSection == section.label ? ImGuiTabItemFlags_SetSelected : 0);
                ImGui::PopStyleVar();
                if (open) {
                    view.openSection = section.label;
                    ImGui::BeginChild("##section", ImVec2(0, 0), false,
                                      ImGuiWindowFlags_NavFlattened);
                    section.draw(workspace, view, *account);
                    ImGui::EndChild();
                    ui::endTabItem();
                }
            }
            view.showSection.clear();  // ImGui selects it from the next frame on
            ui::endTabBar();
        }
    }
    ImGui::EndChild();
    ImGui::PopStyleVar(2);
}

}  // namespace keystone::ui
