// The revenue-concentration Pareto chart of the portfolio view: ARR bars by account rank
// with the cumulative share line and an 80% guide, drawn with ImDrawList.
#pragma once

#include "core/model/portfolio.h"
#include "core/portfolio/portfolio_metrics.h"

namespace keystone::ui {

// Draws a card `heightEm` tall across the available width.
void drawParetoChart(const Portfolio& portfolio, const PortfolioMetrics& metrics,
                     const std::string& currency, float heightEm);

}  // namespace keystone::ui
