// The parts of the Metrics tab (metrics_tab.cpp lays them out): the KPI list with
// sparklines and the editor for the selected metric with its chart and readings, plus the
// view state they share (not part of the plan).
#pragma once

#include <imgui.h>

#include <string>

#include "core/metric_trend.h"
#include "core/workspace.h"
#include "ui/chart_common.h"

namespace keystone::ui {

struct MetricViewState {
    std::string accountId;    // the account this state belongs to; reset on switching
    std::string selectedId;   // metric in the editor
    std::string focusNameId;  // a just-added metric whose name takes the keyboard
    std::string readingFor;   // metric the reading inputs below belong to
    std::string quarterText;  // "2026-Q4", prefilled with the suggested quarter
    std::string suggested;    // the suggestion last put in quarterText (follows undo/redo
                              // until the rep types their own quarter)
    std::string valueText;    // typed value of the new reading
    std::string message;      // result of the last "Add reading"
    bool messageIsError = false;
};

MetricViewState& metricViewState(const Account& account);

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
