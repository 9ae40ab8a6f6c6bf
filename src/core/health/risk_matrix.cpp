#include "core/health/risk_matrix.h"

#include <algorithm>
#include <numeric>

#include "core/model/calendar.h"

namespace keystone {

int clampRiskScale(int value) { return std::clamp(value, kRiskScaleMin, kRiskScaleMax); }

int riskSeverity(int likelihood, int impact) {
    return clampRiskScale(likelihood) * clampRiskScale(impact);
}

RiskLevel riskLevelForSeverity(int severity) {
    if (severity >= 20) return RiskLevel::Critical;
    if (severity >= 10) return RiskLevel::High;
    if (severity >= 5) return RiskLevel::Medium;
    return RiskLevel::Low;
}

std::string_view riskLevelLabel(RiskLevel level) {
    switch (level) {
        case RiskLevel::Low:
            return "Low";
        case RiskLevel::Medium:
            return "Medium";
        case RiskLevel::High:
            return "High";
        case RiskLevel::Critical:
            return "Critical";
    }
    return "Low";
}

std::string_view likelihoodLabel(int likelihood) {
    static constexpr std::string_view kWords[] = {"Rare", "Unlikely", "Possible", "Likely",
                                                  "Almost certain"};
    return kWords[clampRiskScale(likelihood) - 1];
}

std::string_view impactLabel(int impact) {
    static constexpr std::string_view kWords[] = {"Minimal", "Minor", "Moderate", "Major",
                                                  "Severe"};
    return kWords[clampRiskScale(impact) - 1];
}

RiskHeatMap buildRiskHeatMap(const std::vector<Risk>& risks) {
    RiskHeatMap map;
    for (std::size_t i = 0; i < risks.size(); ++i) {
        if (!isRiskOpen(risks[i])) continue;
        map.cells[static_cast<std::size_t>(clampRiskScale(risks[i].likelihood) - 1)]
                 [static_cast<std::size_t>(clampRiskScale(risks[i].impact) - 1)]
                     .push_back(i);
        ++map.openCount;
    }
    return map;
}

std::vector<std::size_t> risksBySeverity(const std::vector<Risk>& risks) {
    std::vector<std::size_t> order(risks.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        const Risk& x = risks[a];
        const Risk& y = risks[b];
        if (riskSeverity(x) != riskSeverity(y)) return riskSeverity(x) > riskSeverity(y);
        if (clampRiskScale(x.impact) != clampRiskScale(y.impact))
            return clampRiskScale(x.impact) > clampRiskScale(y.impact);
        if (isRiskOpen(x) != isRiskOpen(y)) return isRiskOpen(x);
        if (x.dueDate.empty() != y.dueDate.empty()) return !x.dueDate.empty();
        return x.dueDate < y.dueDate;  // ISO dates sort as text
    });
    return order;
}

bool isRiskOverdue(const Risk& risk, const std::string& today) {
    if (!isRiskOpen(risk)) return false;
    const Result<Date> due = parseIsoDate(risk.dueDate);
    const Result<Date> now = parseIsoDate(today);
    return due && now && due.value() < now.value();
}

}  // namespace keystone
