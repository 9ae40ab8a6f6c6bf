#include "ui/account/qualification/qualification_framework.h"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <string>
#include <vector>

#include "core/editing/account_commands.h"
#include "core/model/money.h"
#include "ui/portfolio/portfolio_cells.h"
#include "ui/widgets/accessible_widgets.h"
#include "ui/widgets/icons.h"
#include "ui/widgets/theme.h"
#include "ui/widgets/widgets.h"

namespace keystone::ui {
namespace {

// Applies an edited copy of the framework when it validates; otherwise says why in red.
void tryEdit(Workspace& workspace, QualificationView& view, QualificationFramework edited,
             const std::string& what, const std::string& mergeKey) {
    auto command =
        frameworkEditCommand(workspace.portfolio(), std::move(edited),
                             "Edit scoring framework: " + what, mergeKey, workspace.clockNow());
    if (!command.ok()) {
        view.refusal = "Not applied: " + command.error().message + ".";
        return;
    }
    workspace.execute(std::move(command).value());
    view.refusal.clear();
}

void closeMergeOnLeave(Workspace& workspace) {
    if (ImGui::IsItemDeactivated()) workspace.closeMergeWindow();
}

bool isMoney(QualificationAttribute attribute) {
    return attribute == QualificationAttribute::AnnualRevenue ||
           attribute == QualificationAttribute::PotentialAcv;
}

std::string joinValues(const std::vector<std::string>& values) {
    std::string out;
    for (const std::string& v : values) out += (out.empty() ? "" : ", ") + v;
    return out;
}

std::vector<std::string> splitValues(const std::string& text) {
    std::vector<std::string> out;
    std::string item;
    auto flush = [&] {
        const size_t first = item.find_first_not_of(' '), last = item.find_last_not_of(' ');
        if (first != std::string::npos) out.push_back(item.substr(first, last - first + 1));
        item.clear();
    };
    for (char c : text) {
        if (c == ',')
            flush();
        else
            item.push_back(c);
    }
    flush();
    return out;
}

void ruleCell(Workspace& workspace, QualificationView& view,
              const QualificationFramework& framework, size_t index, const std::string& currency) {
    const Criterion& c = framework.criteria[index];
    const std::string name = c.label.empty() ? c.id : c.label;
    if (c.comparison == Comparison::AtLeast) {
        ImGui::AlignTextToFramePadding();
        mutedText("at least");
        ImGui::SameLine();
        const bool money = isMoney(c.attribute);
        const std::int64_t current = money ? wholeUnitsFromMinor(c.threshold) : c.threshold;
        std::int64_t shown = current;
        if (cells::groupedNumberField("##threshold", current, shown, em(8.5f))) {
            QualificationFramework edited = framework;
            // Money is typed in whole units; negative numbers go to the validator, which refuses
            // them.
            edited.criteria[index].threshold =
                money ? (shown < 0 ? shown : minorFromWholeUnits(shown)) : shown;
            tryEdit(workspace, view, edited, name + " threshold",
                    "framework/" + c.id + "/threshold");
        }
        closeMergeOnLeave(workspace);
        if (money) {
            ImGui::SameLine();
            ImGui::AlignTextToFramePadding();
            mutedText(formatMoneyCompact(c.threshold, currency).c_str());
        }
    } else if (c.comparison == Comparison::InSet) {
        std::string text = joinValues(c.values);
        ImGui::SetNextItemWidth(-1);
        if (ui::inputTextWithHint("##values", "comma-separated values", &text)) {
            QualificationFramework edited = framework;
            edited.criteria[index].values = splitValues(text);
            tryEdit(workspace, view, edited, name + " values", "framework/" + c.id + "/values");
        }
        closeMergeOnLeave(workspace);
        if (ImGui::IsItemHovered())
            ImGui::SetTooltip(
                "Met when the account's value is one of these (case and punctuation ignored)");
    } else {
        const char* levels[] = {"none", "some", "strong"};
        for (int level = 0; level < 3; ++level) {
            if (level > 0) ImGui::SameLine();
            ImGui::AlignTextToFramePadding();
            mutedText(levels[level]);
            ImGui::SameLine(0, em(0.3f));
            int credit = c.levelCreditPct[static_cast<size_t>(level)];
            ImGui::SetNextItemWidth(em(3.2f));
            const std::string id = std::string("##credit-") + levels[level];
            if (ui::inputInt(id.c_str(), &credit, 0, 0)) {
                QualificationFramework edited = framework;
                edited.criteria[index].levelCreditPct[static_cast<size_t>(level)] = credit;
                tryEdit(workspace, view, edited, name + " credit",
                        "framework/" + c.id + "/credit" + levels[level]);
            }
            closeMergeOnLeave(workspace);
            if (ImGui::IsItemHovered())
                ImGui::SetTooltip("Credit %% for reference value \"%s\"", levels[level]);
        }
    }
}

void criteriaTable(Workspace& workspace, QualificationView& view,
                   const QualificationFramework& framework, const std::string& currency) {
    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH |
                                  ImGuiTableFlags_SizingFixedFit | ImGuiTableFlags_PadOuterX;
    if (!ImGui::BeginTable("##framework", 4, flags)) return;
    ImGui::TableSetupColumn("On", ImGuiTableColumnFlags_WidthFixed);
    ImGui::TableSetupColumn("Weight and criterion", ImGuiTableColumnFlags_WidthStretch, 1.3f);
    ImGui::TableSetupColumn("Group", ImGuiTableColumnFlags_WidthFixed);
    ImGui::TableSetupColumn("Rule", ImGuiTableColumnFlags_WidthStretch, 1.2f);
    ImGui::TableHeadersRow();
    for (size_t i = 0; i < framework.criteria.size(); ++i) {
        const Criterion& c = framework.criteria[i];
        const std::string name = c.label.empty() ? c.id : c.label;
        ImGui::PushID(c.id.c_str());
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        bool enabled = c.enabled;
        if (ui::checkbox("##enabled", &enabled)) {
            QualificationFramework edited = framework;
            edited.criteria[i].enabled = enabled;
            tryEdit(workspace, view, edited, (enabled ? "turn on " : "turn off ") + name, {});
        }
        if (ImGui::IsItemHovered())
            ImGui::SetTooltip(enabled ? "Counts toward the score" : "Ignored by the score");
        ImGui::TableNextColumn();
        int weight = c.weight;
        ImGui::SetNextItemWidth(em(7.0f));
        if (!c.enabled) ImGui::PushStyleVar(ImGuiStyleVar_Alpha, 0.55f);
        // The criterion's name labels its weight field, so "Employees 1,000+" finds it.
        if (ui::inputInt(name.c_str(), &weight, 0, 0)) {
            QualificationFramework edited = framework;
            edited.criteria[i].weight = weight;
            tryEdit(workspace, view, edited, name + " weight", "framework/" + c.id + "/weight");
        }
        if (!c.enabled) ImGui::PopStyleVar();
        closeMergeOnLeave(workspace);
        if (ImGui::IsItemHovered())
            ImGui::SetTooltip("Weight: points this criterion is worth, 0-%d. Weights are relative.",
                              kMaxCriterionWeight);
        ImGui::TableNextColumn();
        ImGui::AlignTextToFramePadding();
        mutedText(std::string(criterionGroupLabel(c.group)).c_str());
        ImGui::TableNextColumn();
        ruleCell(workspace, view, framework, i, currency);
        ImGui::PopID();
    }
    ImGui::EndTable();
}

void bandsRow(Workspace& workspace, QualificationView& view,
              const QualificationFramework& framework) {
    struct Band {
        const char* label;
        int value;
        int QualificationFramework::*direct;
        int TierBands::*band;
        const char* tip;
    };
    const Band bands[] = {
        {"Tier 1 from", framework.bands.tier1Min, nullptr, &TierBands::tier1Min,
         "Scores at or above this are Tier 1"},
        {"Tier 2 from", framework.bands.tier2Min, nullptr, &TierBands::tier2Min,
         "Scores at or above this (below Tier 1) are Tier 2; lower is Tier 3"},
        {"Enterprise from", framework.enterpriseMin, &QualificationFramework::enterpriseMin,
         nullptr, "Scores at or above this qualify as Enterprise"},
    };
    for (size_t i = 0; i < 3; ++i) {
        const Band& b = bands[i];
        if (i > 0) ImGui::SameLine(0, em(1.6f));
        ImGui::AlignTextToFramePadding();
        mutedText(b.label);
        ImGui::SameLine();
        int value = b.value;
        ImGui::SetNextItemWidth(em(6.5f));
        const std::string id = std::string("##") + b.label;
        if (ui::inputInt(id.c_str(), &value, 0, 0)) {
            QualificationFramework edited = framework;
            if (b.direct)
                edited.*(b.direct) = value;
            else
                edited.bands.*(b.band) = value;
            tryEdit(workspace, view, edited, b.label, std::string("framework/") + b.label);
        }
        closeMergeOnLeave(workspace);
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", b.tip);
    }
}

}  // namespace

void drawScoringFramework(Workspace& workspace, QualificationView& view, const Account& account) {
    const std::string& currency = account.currency;
    ImGui::PushID("scoring-framework");
    if (!ui::collapsingHeader(ICON_SHIELD "  Scoring framework")) {
        ImGui::PopID();
        return;
    }
    const QualificationFramework& framework = workspace.portfolio().qualification;
    ImGui::Spacing();
    ImGui::PushStyleColor(ImGuiCol_Text, palette().textMuted);
    ImGui::TextWrapped(
        "Shared by every account in the portfolio. Each criterion adds weight × credit; "
        "the score is the total divided by the enabled weights, on a 0-100 scale.");
    ImGui::PopStyleColor();
    // The score is far above when editing here; repeat it so the effect of an edit shows.
    const QualificationResult result = scoreQualification(account, framework);
    ImGui::Text("%s scores %d with this framework · %s%s", account.name.c_str(), result.score,
                std::string(tierLabel(result.tier)).c_str(),
                result.enterprise ? " · Enterprise" : "");
    if (!view.refusal.empty()) {
        ImGui::PushStyleColor(ImGuiCol_Text, palette().bad);
        ImGui::TextWrapped(ICON_WARNING "  %s", view.refusal.c_str());
        ImGui::PopStyleColor();
        exposeReadout("Framework error: " + view.refusal);
    }
    ImGui::Spacing();
    criteriaTable(workspace, view, framework, currency);
    int total = 0;
    for (const Criterion& c : framework.criteria) total += c.enabled ? c.weight : 0;
    ImGui::Spacing();
    mutedText(("Total weight of enabled criteria: " + std::to_string(total)).c_str());
    ImGui::Spacing();
    bandsRow(workspace, view, framework);
    ImGui::Spacing();
    if (ui::button("Reset framework to defaults"))
        tryEdit(workspace, view, defaultQualificationFramework(), "reset to defaults", {});
    if (ImGui::IsItemHovered())
        ImGui::SetTooltip("Restores the default criteria, weights and bands (undoable)");
    ImGui::PopID();
}

}  // namespace keystone::ui
