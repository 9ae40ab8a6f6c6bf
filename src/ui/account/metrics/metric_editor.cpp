// Editor for the selected success metric: its chart with the target line, latest value,
// progress and trend, its definition, and its quarterly readings. Every change is one
// command on the metric; typed numbers are checked before they reach the model.
#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <cstdio>
#include <string>

#include "core/editing/edits.h"
#include "core/plan_format/plan_format.h"
#include "ui/account/metrics/metric_views.h"
#include "ui/widgets/accessible_widgets.h"
#include "ui/widgets/chart_common.h"
#include "ui/widgets/icons.h"
#include "ui/widgets/theme.h"
#include "ui/widgets/widgets.h"

namespace keystone::ui {
namespace {

template <class T>
void setMetric(Workspace& workspace, const Account& account, const SuccessMetric& metric,
               T SuccessMetric::*field, T value, std::string description,
               std::string mergeKey = {}) {
    editEntity(workspace, account.id, &Account::metrics, metric.id, field, std::move(value),
               std::move(description), std::move(mergeKey));
}

// A caption over a large figure; `icon` (a Font Awesome glyph, may be empty) goes before
// it in the heading font, since the figure font has no icons.
void figure(const char* caption, const std::string& value, const ImVec4& colour,
            const char* icon = "") {
    ImGui::BeginGroup();
    mutedText(caption);
    if (*icon) {
        ImGui::PushFont(fonts().heading);
        ImGui::PushStyleColor(ImGuiCol_Text, colour);
        ImGui::TextUnformatted(icon);
        ImGui::PopStyleColor();
        ImGui::PopFont();
        ImGui::SameLine(0, em(0.3f));
    }
    ImGui::PushFont(fonts().figure);
    ImGui::PushStyleColor(ImGuiCol_Text, colour);
    ImGui::TextUnformatted(value.c_str());
    ImGui::PopStyleColor();
    ImGui::PopFont();
    ImGui::EndGroup();
}

// Baseline or target: committed while typing when it is a sensible number.
void numberField(Workspace& workspace, const Account& account, const SuccessMetric& metric,
                 double SuccessMetric::*field, const char* label, const char* what) {
    double value = metric.*field;
    ImGui::SetNextItemWidth(em(9.0f));
    if (ui::inputDouble(label, &value, 0, 0, "%.10g") && isSensibleMetricValue(value) &&
        value != metric.*field)
        setMetric(workspace, account, metric, field, value, std::string("Set metric ") + what,
                  metric.id + "/" + what);
    if (ImGui::IsItemDeactivated()) workspace.closeMergeWindow();
}

void drawDefinition(Workspace& workspace, const Account& account, const SuccessMetric& metric) {
    const ImGuiTableFlags layout = ImGuiTableFlags_SizingFixedFit | ImGuiTableFlags_NoPadOuterX;
    if (!ImGui::BeginTable("##metric-form", 2, layout)) return;
    ImGui::TableSetupColumn("label", ImGuiTableColumnFlags_WidthFixed, em(6.0f));
    ImGui::TableSetupColumn("field", ImGuiTableColumnFlags_WidthStretch);
    formRowLabel("Category");
    ImGui::SetNextItemWidth(em(12.0f));
    if (ui::beginCombo("##Category", std::string(metricCategoryLabel(metric.category)).c_str())) {
        for (int i = 0; i < 4; ++i) {
            const auto category = static_cast<MetricCategory>(i);
            const std::string label(metricCategoryLabel(category));
            if (ui::selectable(label.c_str(), category == metric.category) &&
                category != metric.category)
                setMetric(workspace, account, metric, &SuccessMetric::category, category,
                          "Move metric to " + label);
        }
        ui::endCombo();
    }
    formRowLabel("Unit");
    textField(workspace, "##Unit", metric.unit,
              entityTextEdit(workspace, account.id, &Account::metrics, metric.id,
                             &SuccessMetric::unit, "Edit metric unit"),
              "%, users, hours…", em(9.0f));
    formRowLabel("Baseline");
    numberField(workspace, account, metric, &SuccessMetric::baseline, "##Baseline", "baseline");
    formRowLabel("Target");
    numberField(workspace, account, metric, &SuccessMetric::target, "##Target", "target");
    formRowLabel("Better when");
    static const char* const kDirections[] = {"Higher", "Lower"};
    static const char* const kDirectionTips[] = {
        "Higher values are better (users, CSAT, on-time %)",
        "Lower values are better (tickets, hours, cost)"};
    const int picked =
        segmented("direction", kDirections, 2, metric.higherIsBetter ? 0 : 1, kDirectionTips);
    if (picked >= 0 && (picked == 0) != metric.higherIsBetter)
        setMetric(workspace, account, metric, &SuccessMetric::higherIsBetter, picked == 0,
                  picked == 0 ? "Higher is better" : "Lower is better");
    ImGui::EndTable();
}

void addReading(Workspace& workspace, const Account& account, const SuccessMetric& metric,
                MetricViewState& state) {
    const Result<std::string> quarter = readQuarterInput(state.quarterText);
    const Result<double> value = readMetricValueInput(state.valueText);
    state.messageIsError = true;
    if (!quarter) {
        state.message = quarter.error().message;
        return;
    }
    if (!value) {
        state.message = value.error().message;
        return;
    }
    const bool replacing =
        std::any_of(metric.history.begin(), metric.history.end(),
                    [&](const MetricReading& r) { return r.quarter == quarter.value(); });
    if (!replacing && metric.history.size() >= kMaxMetricReadings) {
        state.message = "This metric already has 1,000 readings; remove old ones first";
        return;
    }
    const std::string shown = formatMetricValue(value.value(), metric.unit);
    setMetric(workspace, account, metric, &SuccessMetric::history,
              withReading(metric.history, MetricReading{quarter.value(), value.value(), {}}),
              (replacing ? "Update " : "Add ") + quarter.value() + " reading of " + metric.name);
    state.messageIsError = false;
    state.message =
        (replacing ? "Updated " + quarter.value() + " to " : "Added " + quarter.value() + ": ") +
        shown;
    state.valueText.clear();
}

void drawReadings(Workspace& workspace, const Account& account, const SuccessMetric& metric,
                  MetricViewState& state) {
    ImGui::PushFont(fonts().strong);
    ImGui::TextUnformatted("Quarterly readings");
    ImGui::PopFont();
    ImGui::AlignTextToFramePadding();
    mutedText("Quarter");
    ImGui::SameLine();
    ImGui::SetNextItemWidth(em(6.0f));
    ui::inputTextWithHint("##Reading quarter", "2026-Q3", &state.quarterText);
    ImGui::SameLine(0, em(0.8f));
    mutedText("Value");
    ImGui::SameLine();
    ImGui::SetNextItemWidth(em(7.0f));
    const bool enter =
        ui::inputTextWithHint("##Reading value", metric.unit.empty() ? "0" : metric.unit.c_str(),
                              &state.valueText, ImGuiInputTextFlags_EnterReturnsTrue);
    const char* add = ICON_PLUS " Add reading";
    sameLineIfRoom(buttonWidth(add));
    if (ui::button(add) || enter) addReading(workspace, account, metric, state);
    hoverTooltip("Record the value for a quarter; a quarter already recorded gets the new value");
    if (!state.message.empty()) {
        ImGui::PushStyleColor(ImGuiCol_Text, state.messageIsError ? palette().bad : palette().good);
        ImGui::TextUnformatted(state.message.c_str());
        ImGui::PopStyleColor();
        exposeReadout(state.message);
    }
    if (metric.history.empty()) return;

    const float rowH = ImGui::GetFrameHeight() + ImGui::GetStyle().CellPadding.y * 2;
    const float height =
        rowH * (static_cast<float>(std::min<size_t>(metric.history.size(), 6)) + 1.2f);
    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH |
                                  ImGuiTableFlags_ScrollY | ImGuiTableFlags_SizingStretchProp |
                                  ImGuiTableFlags_PadOuterX;
    if (!ImGui::BeginTable("##readings", 4, flags, ImVec2(0, height))) return;
    ImGui::TableSetupScrollFreeze(0, 1);
    ImGui::TableSetupColumn("Quarter", 0, 1.0f);
    ImGui::TableSetupColumn("Value", 0, 1.3f);
    ImGui::TableSetupColumn("Change", 0, 1.3f);
    ImGui::TableSetupColumn("", ImGuiTableColumnFlags_WidthFixed, em(5.0f));
    ImGui::TableHeadersRow();
    std::string removeQuarter;
    for (size_t i = metric.history.size(); i-- > 0;) {  // newest first
        const MetricReading& reading = metric.history[i];
        ImGui::PushID(static_cast<int>(i));
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::AlignTextToFramePadding();
        ImGui::TextUnformatted(reading.quarter.c_str());
        ImGui::TableNextColumn();
        ImGui::AlignTextToFramePadding();
        ImGui::TextUnformatted(formatMetricValue(reading.value, metric.unit).c_str());
        ImGui::TableNextColumn();
        ImGui::AlignTextToFramePadding();
        if (i > 0) {
            const double change = reading.value - metric.history[i - 1].value;
            const bool better = metric.higherIsBetter ? change > 0 : change < 0;
            ImGui::PushStyleColor(ImGuiCol_Text, change == 0 ? palette().textMuted
                                                 : better    ? palette().good
                                                             : palette().bad);
            ImGui::TextUnformatted(
                ((change > 0 ? "+" : "") + formatMetricValue(change, metric.unit)).c_str());
            ImGui::PopStyleColor();
        } else {
            mutedText("first");
        }
        ImGui::TableNextColumn();
        if (ui::smallButton("Remove")) removeQuarter = reading.quarter;
        if (ImGui::IsItemHovered())
            ImGui::SetTooltip("Remove the %s reading", reading.quarter.c_str());
        ImGui::PopID();
    }
    ImGui::EndTable();
    if (!removeQuarter.empty())
        setMetric(workspace, account, metric, &SuccessMetric::history,
                  withoutReading(metric.history, removeQuarter),
                  "Remove " + removeQuarter + " reading of " + metric.name);
}

}  // namespace

bool drawMetricEditor(Workspace& workspace, const Account& account, const SuccessMetric& metric,
                      MetricViewState& state) {
    if (state.readingFor != metric.id) {
        state.readingFor = metric.id;
        state.quarterText.clear();
        state.suggested.clear();
        state.valueText.clear();
        state.message.clear();
    }
    // Keep the quarter field on the suggestion as readings come and go, unless the rep
    // typed a quarter of their own.
    const std::string suggestion =
        suggestReadingQuarter(metric, workspace.today, account.fiscalYearStartMonth);
    if (state.quarterText == state.suggested && suggestion != state.suggested)
        state.quarterText = state.suggested = suggestion;
    const MetricTrend trend = analyseMetric(metric);
    ImGui::PushID(metric.id.c_str());
    Card card;
    card.begin();
    bool deleted = false;
    const ImGuiTableFlags layout = ImGuiTableFlags_SizingStretchProp | ImGuiTableFlags_NoPadOuterX;
    if (ImGui::BeginTable("##metric-head", 2, layout, ImVec2(card.innerWidth(), 0))) {
        ImGui::TableSetupColumn("name", ImGuiTableColumnFlags_WidthStretch);
        ImGui::TableSetupColumn("actions", ImGuiTableColumnFlags_WidthFixed);
        ImGui::TableNextColumn();
        if (state.focusNameId == metric.id) {
            ImGui::SetKeyboardFocusHere();
            state.focusNameId.clear();
        }
        ImGui::PushFont(fonts().strong);
        textField(workspace, "##Metric name", metric.name,
                  entityTextEdit(workspace, account.id, &Account::metrics, metric.id,
                                 &SuccessMetric::name, "Edit metric name"),
                  "Metric name, e.g. Weekly active users", em(22.0f));
        ImGui::PopFont();
        ImGui::TableNextColumn();
        if (ui::button(ICON_TRASH " Delete metric")) {
            workspace.execute(removeEntity(account.id, &Account::metrics, metric.id,
                                           "Delete metric " + metric.name, workspace.portfolio()));
            deleted = true;
        }
        if (ImGui::IsItemHovered())
            ImGui::SetTooltip("Delete this metric and its readings (Undo brings it back)");
        ImGui::EndTable();
    }
    if (!deleted) {
        ImGui::Spacing();
        const bool wide = card.innerWidth() > em(40.0f);
        if (ImGui::BeginTable("##metric-body", wide ? 2 : 1, layout,
                              ImVec2(card.innerWidth(), 0))) {
            ImGui::TableNextColumn();
            char progress[32];
            std::snprintf(progress, sizeof progress, "%.0f%%", trend.progressPct);
            figure(
                "Latest",
                trend.hasLatest ? formatMetricValue(trend.latest, metric.unit) : std::string("—"),
                ImGui::GetStyle().Colors[ImGuiCol_Text]);
            ImGui::SameLine(0, em(2.0f));
            figure("Progress to target", trend.hasLatest ? std::string(progress) : std::string("—"),
                   ImGui::GetStyle().Colors[ImGuiCol_Text]);
            ImGui::SameLine(0, em(2.0f));
            figure("Trend", std::string(trendDirectionLabel(trend.direction)),
                   trendColour(trend.direction), trendArrow(trend));
            ImGui::Spacing();
            badge(std::string(targetStatusLabel(trend.status)).c_str(), statusColour(trend.status));
            ImGui::SameLine();
            mutedText(("Baseline " + formatMetricValue(metric.baseline, metric.unit) +
                       "  ·  target " + formatMetricValue(metric.target, metric.unit))
                          .c_str());
            ImGui::Spacing();
            drawLineChart("##metric-chart", lineChartOf(metric, true),
                          ImVec2(ImGui::GetContentRegionAvail().x, em(11.0f)));
            ImGui::Spacing();
            ImGui::PushTextWrapPos(0);
            mutedText(trend.sentence.c_str());
            ImGui::PopTextWrapPos();
            ImGui::TableNextColumn();
            drawDefinition(workspace, account, metric);
            ImGui::Spacing();
            drawReadings(workspace, account, metric, state);
            ImGui::EndTable();
        }
    }
    card.end();
    ImGui::PopID();
    return deleted;
}

}  // namespace keystone::ui
