// The parts of the Metrics tab (metrics_tab.cpp lays them out): the KPI list with
// sparklines and the editor for the selected metric with its chart and readings. The view
// state they share (MetricViewState, not part of the plan) is in ui/shell/view_state.h.
#pragma once

#include <imgui.h>

#include <string>

#include "core/editing/workspace.h"
#include "core/health/metric_trend.h"
#include "ui/shell/view_state.h"
#include "ui/widgets/chart_common.h"

namespace keystone::ui {

// The metrics view state (ui/shell/view_state.h) for `account`, reset when another account is
// shown.
MetricViewState& metricViewState(MetricViewState& state, const Account& account);

// Colours for a trend and a status, shared by the list and the editor.
ImVec4 trendColour(TrendDirection direction);
ImVec4 statusColour(TargetStatus status);
// Which way the value moves (up, down, sideways when flat; "" without a trend); the
// colour, not the arrow, says whether that is good.
const char* trendArrow(const MetricTrend& trend);

// The chart data of a metric (history values and quarter labels, target and baseline).
LineChart lineChartOf(const SuccessMetric& metric, bool detailed);

// Returns true when the metric was deleted (the list changed under the caller).
bool drawMetricEditor(Workspace& workspace, const Account& account, const SuccessMetric& metric,
                      MetricViewState& state);

}  // namespace keystone::ui
