#include "ui/account/metrics/metrics_tab.h"

#include <imgui.h>

#include <string>

#include "core/editing/edits.h"
#include "core/health/metric_trend.h"
#include "core/model/ids.h"
#include "core/plan_format/plan_format.h"
#include "ui/account/metrics/metric_views.h"
#include "ui/widgets/accessible_widgets.h"
#include "ui/widgets/chart_common.h"
#include "ui/widgets/icons.h"
#include "ui/widgets/theme.h"
#include "ui/widgets/widgets.h"

#define ICON_ARROW_RIGHT "\xef\x81\xa1"  // f061
#define ICON_ARROW_UP "\xef\x81\xa2"     // f062
#define ICON_ARROW_DOWN "\xef\x81\xa3"   // f063

namespace keystone::ui {
namespace {

constexpr MetricCategory kCategories[] = {MetricCategory::Adoption, MetricCategory::BusinessOutcome,
                                          MetricCategory::Satisfaction, MetricCategory::Health};

std::string summaryOf(const Account& account) {
    int onTrack = 0, offTrack = 0;
    for (const SuccessMetric& metric : account.metrics) {
        const MetricTrend trend = analyseMetric(metric);
        if (trend.status == TargetStatus::NoData) continue;
        (trend.onTrack() ? onTrack : offTrack) += 1;
    }
    const size_t n = account.metrics.size();
    return std::to_string(n) + (n == 1 ? " KPI" : " KPIs") + " for the QBR  ·  " +
           std::to_string(onTrack) + " on track  ·  " + std::to_string(offTrack) + " off track";
}

void statusBadge(const MetricTrend& trend) {
    badge(std::string(targetStatusLabel(trend.status)).c_str(), statusColour(trend.status));
}

void metricRow(const SuccessMetric& metric, MetricViewState& state, Workspace& workspace) {
    const MetricTrend trend = analyseMetric(metric);
    ImGui::PushID(metric.id.c_str());
    // Every cell is centred on one content height so text, sparkline and badge line up.
    const float height = em(1.8f);
    const float textOffset = (height - ImGui::GetTextLineHeight()) * 0.5f;
    ImGui::TableNextRow(0, height + ImGui::GetStyle().CellPadding.y * 2);
    ImGui::TableNextColumn();
    const float rowTop = ImGui::GetCursorPosY();
    const std::string label =
        (metric.name.empty() ? std::string("Untitled metric") : metric.name) + "##metric";
    if (ui::selectable(label.c_str(), state.selectedId == metric.id,
                       ImGuiSelectableFlags_SpanAllColumns, ImVec2(0, height))) {
        state.selectedId = metric.id;
        workspace.closeMergeWindow();
    }
    if (ImGui::IsItemHovered()) {
        ImGui::BeginTooltip();
        ImGui::PushTextWrapPos(em(24.0f));
        ImGui::TextUnformatted(trend.sentence.c_str());
        ImGui::PopTextWrapPos();
        ImGui::EndTooltip();
    }
    ImGui::TableNextColumn();
    ImGui::SetCursorPosY(rowTop + textOffset);
    if (trend.hasLatest)
        ImGui::TextUnformatted(formatMetricValue(trend.latest, metric.unit).c_str());
    else
        mutedText("—");
    ImGui::TableNextColumn();
    ImGui::SetCursorPosY(rowTop + textOffset);
    mutedText(formatMetricValue(metric.target, metric.unit).c_str());
    ImGui::TableNextColumn();
    ImGui::SetCursorPosY(rowTop + em(0.15f));
    drawLineChart("##spark", lineChartOf(metric, false),
                  ImVec2(ImGui::GetContentRegionAvail().x, height - em(0.3f)));
    ImGui::TableNextColumn();
    ImGui::SetCursorPosY(rowTop + textOffset);
    ImGui::PushStyleColor(ImGuiCol_Text, trendColour(trend.direction));
    ImGui::Text("%s %s", trendArrow(trend),
                std::string(trendDirectionLabel(trend.direction)).c_str());
    ImGui::PopStyleColor();
    ImGui::TableNextColumn();
    ImGui::SetCursorPosY(rowTop + textOffset - em(0.12f));
    statusBadge(trend);
    ImGui::PopID();
}

void drawMetricList(Workspace& workspace, const Account& account, MetricViewState& state) {
    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH |
                                  ImGuiTableFlags_SizingStretchProp | ImGuiTableFlags_PadOuterX;
    if (!ImGui::BeginTable("##metric-list", 6, flags)) return;
    const ImGuiTableColumnFlags fixed = ImGuiTableColumnFlags_WidthFixed;
    ImGui::TableSetupColumn("Metric", ImGuiTableColumnFlags_WidthStretch, 2.0f);
    ImGui::TableSetupColumn("Latest", fixed, em(6.8f));
    ImGui::TableSetupColumn("Target", fixed, em(6.8f));
    ImGui::TableSetupColumn("Trend", ImGuiTableColumnFlags_WidthStretch, 1.0f);
    ImGui::TableSetupColumn("Direction", fixed, em(7.0f));
    ImGui::TableSetupColumn("Status", fixed, em(6.4f));
    ImGui::TableHeadersRow();
    for (MetricCategory category : kCategories) {
        bool any = false;
        for (const SuccessMetric& metric : account.metrics)
            any = any || metric.category == category;
        if (!any) continue;
        ImGui::TableNextRow();
        ImGui::TableSetBgColor(ImGuiTableBgTarget_RowBg0,
                               toU32(withAlpha(palette().accent, 0.07f)));
        ImGui::TableNextColumn();
        ImGui::PushFont(fonts().strong);
        ImGui::TextUnformatted(std::string(metricCategoryLabel(category)).c_str());
        ImGui::PopFont();
        for (const SuccessMetric& metric : account.metrics)
            if (metric.category == category) metricRow(metric, state, workspace);
    }
    ImGui::EndTable();
}

}  // namespace

MetricViewState& metricViewState(MetricViewState& state, const Account& account) {
    if (state.accountId != account.id) {
        state = MetricViewState{};
        state.accountId = account.id;
    }
    return state;
}

ImVec4 trendColour(TrendDirection direction) {
    switch (direction) {
        case TrendDirection::Improving:
            return palette().good;
        case TrendDirection::Declining:
            return palette().bad;
        case TrendDirection::Flat:
            return palette().warning;
        case TrendDirection::NotEnoughData:
            return palette().textMuted;
    }
    return palette().textMuted;
}

ImVec4 statusColour(TargetStatus status) {
    switch (status) {
        case TargetStatus::TargetMet:
        case TargetStatus::OnTrack:
            return palette().good;
        case TargetStatus::OffTrack:
            return palette().bad;
        case TargetStatus::NoData:
            return palette().textMuted;
    }
    return palette().textMuted;
}

const char* trendArrow(const MetricTrend& trend) {
    switch (trend.direction) {
        case TrendDirection::NotEnoughData:
            return "";
        case TrendDirection::Flat:
            return ICON_ARROW_RIGHT;
        case TrendDirection::Improving:
        case TrendDirection::Declining:
            return trend.slopePerQuarter >= 0 ? ICON_ARROW_UP : ICON_ARROW_DOWN;
    }
    return "";
}

LineChart lineChartOf(const SuccessMetric& metric, bool detailed) {
    LineChart chart;
    for (const MetricReading& reading : metric.history) {
        chart.values.push_back(reading.value);
        chart.xLabels.push_back(reading.quarter);
    }
    chart.target = metric.target;
    if (detailed) chart.baseline = metric.baseline;
    chart.colour = palette().accent;
    chart.detailed = detailed;
    chart.formatValue = formatMetricValue;
    chart.unit = metric.unit;
    return chart;
}

void drawMetricsTab(Workspace& workspace, ViewState& view, const Account& account) {
    MetricViewState& state = metricViewState(view.metrics, account);
    ImGui::Spacing();
    if (panelHeader("Success metrics", summaryOf(account), ICON_PLUS " Add metric")) {
        if (account.metrics.size() >= kMaxListItems) return;  // the plan format's limit
        SuccessMetric metric;
        metric.id = newId();
        metric.updated = workspace.clockNow();
        metric.target = 100;
        workspace.execute(insertEntity(account.id, &Account::metrics, metric, -1, "Add metric"));
        state.selectedId = metric.id;
        state.focusNameId = metric.id;
        return;  // the list moved; draw it next frame
    }
    ImGui::Spacing();
    if (account.metrics.empty()) {
        emptyState(ICON_LINE_CHART, "No success metrics yet — add the first one",
                   "Track the KPIs you review at each QBR: adoption, business outcomes, "
                   "satisfaction, health.");
        return;
    }
    const SuccessMetric* selected = nullptr;
    for (const SuccessMetric& metric : account.metrics)
        if (metric.id == state.selectedId) selected = &metric;
    if (!selected) {  // nothing chosen yet, or it was deleted: show the first
        selected = &account.metrics.front();
        state.selectedId = selected->id;
    }
    drawMetricList(workspace, account, state);
    ImGui::Spacing();
    ImGui::Spacing();
    drawMetricEditor(workspace, account, *selected, state);
}

}  // namespace keystone::ui
