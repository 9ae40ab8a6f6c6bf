#include <doctest/doctest.h>

#include "core/health/risk_matrix.h"

using namespace keystone;

namespace {

Risk risk(const char* title, int likelihood, int impact, RiskStatus status = RiskStatus::Open,
          const char* due = "") {
    Risk r;
    r.title = title;
    r.likelihood = likelihood;
    r.impact = impact;
    r.status = status;
    r.dueDate = due;
    return r;
}

}  // namespace

TEST_CASE("likelihood and impact are clamped to the 1 to 5 scale") {
    CHECK(clampRiskScale(0) == 1);
    CHECK(clampRiskScale(-7) == 1);
    CHECK(clampRiskScale(3) == 3);
    CHECK(clampRiskScale(6) == 5);
}

TEST_CASE("severity is likelihood times impact on clamped values") {
    CHECK(riskSeverity(4, 5) == 20);
    CHECK(riskSeverity(1, 1) == 1);
    CHECK(riskSeverity(9, 9) == 25);
    CHECK(riskSeverity(risk("x", 3, 2)) == 6);
}

TEST_CASE("severity levels are low to 4, medium to 9, high to 16, critical from 20") {
    CHECK(riskLevelForSeverity(4) == RiskLevel::Low);
    CHECK(riskLevelForSeverity(5) == RiskLevel::Medium);
    CHECK(riskLevelForSeverity(9) == RiskLevel::Medium);
    CHECK(riskLevelForSeverity(10) == RiskLevel::High);
    CHECK(riskLevelForSeverity(16) == RiskLevel::High);
    CHECK(riskLevelForSeverity(20) == RiskLevel::Critical);
    CHECK(riskLevelLabel(RiskLevel::Critical) == "Critical");
}

TEST_CASE("scale points have words") {
    CHECK(likelihoodLabel(1) == "Rare");
    CHECK(likelihoodLabel(5) == "Almost certain");
    CHECK(impactLabel(4) == "Major");
    CHECK(impactLabel(99) == "Severe");
}

TEST_CASE("the heat map counts open and mitigating risks but not closed ones") {
    const std::vector<Risk> risks{risk("a", 4, 5), risk("b", 4, 5, RiskStatus::Mitigating),
                                  risk("c", 4, 5, RiskStatus::Closed), risk("d", 1, 2)};
    const RiskHeatMap map = buildRiskHeatMap(risks);
    CHECK(map.openCount == 3);
    CHECK(map.at(4, 5).size() == 2);
    CHECK(map.at(4, 5)[0] == 0);
    CHECK(map.at(4, 5)[1] == 1);
    CHECK(map.at(1, 2).size() == 1);
    CHECK(map.at(5, 5).empty());
}

TEST_CASE("out-of-range risks land in the nearest edge cell") {
    const RiskHeatMap map = buildRiskHeatMap({risk("a", 9, 0)});
    CHECK(map.at(5, 1).size() == 1);
}

TEST_CASE("the register sorts by severity, then impact, then open first, then due date") {
    const std::vector<Risk> risks{
        risk("low", 1, 2),                                   // 2
        risk("late", 3, 3, RiskStatus::Open, "2027-03-01"),  // 9, impact 3
        risk("soon", 3, 3, RiskStatus::Open, "2027-01-01"),  // 9, impact 3, earlier
        risk("impact", 9, 1),                                // 5 (clamped)
        risk("wide", 1, 9),                                  // 5, higher impact
        risk("closed", 3, 3, RiskStatus::Closed, "2026-01-01"),
        risk("undated", 3, 3),
    };
    const std::vector<std::size_t> order = risksBySeverity(risks);
    std::vector<std::string> titles;
    for (std::size_t i : order) titles.push_back(risks[i].title);
    CHECK(titles ==
          std::vector<std::string>{"soon", "late", "undated", "closed", "wide", "impact", "low"});
}

TEST_CASE("an open risk past its due date is overdue; closed or undated ones are not") {
    CHECK(isRiskOverdue(risk("a", 3, 3, RiskStatus::Open, "2026-11-01"), "2026-11-24"));
    CHECK_FALSE(isRiskOverdue(risk("a", 3, 3, RiskStatus::Open, "2026-11-24"), "2026-11-24"));
    CHECK_FALSE(isRiskOverdue(risk("a", 3, 3, RiskStatus::Closed, "2026-11-01"), "2026-11-24"));
    CHECK_FALSE(isRiskOverdue(risk("a", 3, 3, RiskStatus::Open, ""), "2026-11-24"));
    CHECK_FALSE(isRiskOverdue(risk("a", 3, 3, RiskStatus::Open, "soon"), "2026-11-24"));
}
