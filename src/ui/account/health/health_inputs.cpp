// The inputs of the health score: six signals the rep keeps current and four early-warning
// flags. Values are clamped to what the plan format accepts (percentages 0..100, NPS
// -100..100, days and counts 0..100000) before any command is issued. A signal starts empty
// ("not entered") and counts towards the score only once the rep enters it.
#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <cstdlib>
#include <optional>
#include <string>

#include "ui/account/health/health_views.h"
#include "ui/widgets/accessible_widgets.h"
#include "ui/widgets/chart_common.h"
#include "ui/widgets/theme.h"
#include "ui/widgets/widgets.h"

namespace keystone::ui {
namespace {

struct SignalInput {
    const char* caption;  // shown beside the field
    const char* id;       // hidden widget label, "##Adoption %"
    std::optional<int> HealthSignals::*field;
    int low, high;       // clamp range (the plan format's)
    const char* format;  // slider text
    bool slider;         // slider for bounded scales, typed number for counts
    std::string tip;     // how it is scored
};

// A signal not entered yet shows "not entered" (never a made-up value); the first drag or
// typed number enters it. Emptying a count field takes the signal out again.
void signalRow(Workspace& workspace, const Account& account, const SignalInput& input) {
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(input.caption);
    hoverTooltip(input.tip);
    ImGui::TableNextColumn();
    const std::optional<int> stored = account.health.*input.field;
    std::optional<int> next = stored;
    ImGui::SetNextItemWidth(-1.0f);
    bool changed = false;
    if (input.slider) {
        int value = stored.value_or((input.low + input.high) / 2);
        changed =
            ui::sliderInt(input.id, &value, input.low, input.high,
                          stored ? input.format : "not entered", ImGuiSliderFlags_AlwaysClamp);
        next = value;
    } else {
        std::string text = stored ? std::to_string(stored.value_or(0)) : std::string();
        changed =
            ui::inputTextWithHint(input.id, "not entered", &text, ImGuiInputTextFlags_CharsDecimal);
        // CharsDecimal still lets "+-*/." through: what does not read as a whole number is
        // kept in the field and changes nothing.
        char* end = nullptr;
        const long long typed = std::strtoll(text.c_str(), &end, 10);
        if (text.empty())
            next.reset();
        else if (end && *end == '\0' && text.size() < 12)
            next = static_cast<int>(std::clamp<long long>(typed, input.low, input.high));
        else
            changed = false;
    }
    hoverTooltip(input.tip);
    if (next) next = std::clamp(next.value_or(0), input.low, input.high);
    if (changed && next != stored)
        workspace.execute(setHealthField(
            account.id, input.field, next, std::string("Set ") + input.caption,
            account.id + "/health/" + input.id, workspace.clockNow(), workspace.portfolio()));
    if (ImGui::IsItemDeactivated()) workspace.closeMergeWindow();
}

}  // namespace

void drawHealthSignalInputs(Workspace& workspace, const Account& account, const HealthConfig& c) {
    const SignalInput inputs[] = {
        {"Adoption", "##Adoption %", &HealthSignals::adoptionPct, 0, 100, "%d%%", true,
         "Active users as a share of licensed users. Scored as is; healthy from " +
             std::to_string(c.adoptionHealthyPct) + "%."},
        {"NPS", "##NPS", &HealthSignals::nps, -100, 100, "%d", true,
         "Net Promoter Score, -100 to 100. Satisfaction averages NPS (mapped to 0-100) with CSAT; "
         "healthy from " +
             std::to_string(c.npsHealthy) + "."},
        {"CSAT", "##CSAT %", &HealthSignals::csatPct, 0, 100, "%d%%", true,
         "Customer satisfaction, 0 to 100%. Averaged with NPS; healthy from " +
             std::to_string(c.csatHealthyPct) + "%."},
        {"Days since executive contact", "##Days since executive contact",
         &HealthSignals::daysSinceExecutiveContact, 0, 100000, "%d", false,
         "Scores 100 up to " + std::to_string(c.executiveContactFreshDays) +
             " days, falling evenly to 0 at " + std::to_string(c.executiveContactStaleDays) +
             " days."},
        {"Open escalations", "##Open escalations", &HealthSignals::openEscalations, 0, 100000, "%d",
         false,
         "Each open escalation takes " + std::to_string(c.escalationCost) +
             " points off this signal's 100."},
        {"Renewal likelihood", "##Renewal likelihood %", &HealthSignals::renewalLikelihoodPct, 0,
         100, "%d%%", true,
         "Your estimate that the customer renews, 0 to 100%. Scored as is; healthy from " +
             std::to_string(c.renewalHealthyPct) + "%."},
    };
    const ImGuiTableFlags layout = ImGuiTableFlags_SizingFixedFit | ImGuiTableFlags_NoPadOuterX;
    if (!ImGui::BeginTable("##health-inputs", 2, layout)) return;
    ImGui::TableSetupColumn("label", ImGuiTableColumnFlags_WidthFixed, em(13.0f));
    ImGui::TableSetupColumn("field", ImGuiTableColumnFlags_WidthStretch);
    for (const SignalInput& input : inputs) signalRow(workspace, account, input);
    ImGui::EndTable();
}

void drawHealthFlagInputs(Workspace& workspace, const Account& account, const HealthConfig& c) {
    const struct {
        HealthFlag flag;
        bool HealthSignals::*field;
        int penalty;
        const char* tip;
    } flags[] = {
        {HealthFlag::DecliningUsage, &HealthSignals::decliningUsage, c.decliningUsagePenalty,
         "Active usage has dropped over recent weeks"},
        {HealthFlag::ExecutiveTurnover, &HealthSignals::executiveTurnover,
         c.executiveTurnoverPenalty,
         "Our executive sponsor or a key decision maker left or changed role"},
        {HealthFlag::CompetitiveEvaluation, &HealthSignals::competitiveEvaluation,
         c.competitiveEvaluationPenalty,
         "The customer is evaluating a competitor for this business"},
        {HealthFlag::UnansweredCommunications, &HealthSignals::unansweredCommunications,
         c.unansweredCommunicationsPenalty, "Emails and calls to the customer go unanswered"},
    };
    const ImGuiTableFlags layout = ImGuiTableFlags_SizingFixedFit | ImGuiTableFlags_NoPadOuterX;
    if (!ImGui::BeginTable("##health-flags", 2, layout)) return;
    ImGui::TableSetupColumn("flag", ImGuiTableColumnFlags_WidthStretch);
    ImGui::TableSetupColumn("penalty", ImGuiTableColumnFlags_WidthFixed);
    for (const auto& f : flags) {
        const std::string label(healthFlagLabel(f.flag));
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        bool raised = account.health.*f.field;
        if (ui::checkbox(label.c_str(), &raised))
            workspace.execute(setHealthField(account.id, f.field, raised,
                                             (raised ? "Flag " : "Clear ") + label, "",
                                             workspace.clockNow(), workspace.portfolio()));
        hoverTooltip(std::string(f.tip) + ". When flagged, " + std::to_string(f.penalty) +
                     " points come off the health score.");
        ImGui::TableNextColumn();
        ImGui::AlignTextToFramePadding();
        ImGui::PushStyleColor(ImGuiCol_Text, raised ? palette().bad : palette().textMuted);
        ImGui::Text("−%d", f.penalty);
        ImGui::PopStyleColor();
    }
    ImGui::EndTable();
}

}  // namespace keystone::ui
