// Risk register arithmetic: severity on the 5 x 5 likelihood x impact matrix, its levels,
// the heat map of open risks, the register's severity order and overdue checks.
//
// Severity = likelihood x impact (each 1..5, so 1..25). Levels: Low 1-4, Medium 5-9,
// High 10-16, Critical 20-25 (the usual enterprise risk matrix bands). "Open" means not
// closed: a risk being mitigated is still exposure and still counts in the heat map.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/model/account.h"

namespace keystone {

constexpr int kRiskScaleMin = 1;
constexpr int kRiskScaleMax = 5;

// Likelihood and impact edits are clamped to 1..5.
int clampRiskScale(int value);

int riskSeverity(int likelihood, int impact);  // clamps both, 1..25
inline int riskSeverity(const Risk& risk) { return riskSeverity(risk.likelihood, risk.impact); }

enum class RiskLevel : std::uint8_t { Low, Medium, High, Critical };
RiskLevel riskLevelForSeverity(int severity);
std::string_view riskLevelLabel(RiskLevel);  // "Critical"

// Words for the scale points, shown beside the numbers.
std::string_view likelihoodLabel(int likelihood);  // 1 "Rare" .. 5 "Almost certain"
std::string_view impactLabel(int impact);          // 1 "Minimal" .. 5 "Severe"

inline bool isRiskOpen(const Risk& risk) { return risk.status != RiskStatus::Closed; }

// Open risks per cell. cells[likelihood - 1][impact - 1] holds indices into the list.
struct RiskHeatMap {
    std::array<std::array<std::vector<std::size_t>, 5>, 5> cells;
    int openCount = 0;
    const std::vector<std::size_t>& at(int likelihood, int impact) const {
        return cells[static_cast<std::size_t>(clampRiskScale(likelihood) - 1)]
                    [static_cast<std::size_t>(clampRiskScale(impact) - 1)];
    }
};
RiskHeatMap buildRiskHeatMap(const std::vector<Risk>& risks);

// Indices of `risks` by severity, highest first; ties: higher impact, then open before
// closed, then earlier due date (no date last), then list order.
std::vector<std::size_t> risksBySeverity(const std::vector<Risk>& risks);

// Open and due before `today` ("YYYY-MM-DD"); false when either date is empty or invalid.
bool isRiskOverdue(const Risk& risk, const std::string& today);

}  // namespace keystone
