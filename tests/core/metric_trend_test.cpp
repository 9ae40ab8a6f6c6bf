#include <doctest/doctest.h>

#include <cmath>
#include <limits>

#include "core/health/metric_trend.h"

using namespace keystone;

namespace {

SuccessMetric metric(double baseline, double target, bool higherIsBetter,
                     std::vector<std::pair<const char*, double>> readings, std::string unit = "") {
    SuccessMetric m;
    m.name = "Test metric";
    m.unit = std::move(unit);
    m.baseline = baseline;
    m.target = target;
    m.higherIsBetter = higherIsBetter;
    for (const auto& [quarter, value] : readings)
        m.history.push_back(MetricReading{quarter, value, {}});
    return m;
}

}  // namespace

TEST_CASE("quarter labels parse strictly and format back") {
    const auto q = parseQuarterLabel("2026-Q3");
    REQUIRE(q);
    CHECK(q->year == 2026);
    CHECK(q->quarter == 3);
    CHECK(formatQuarterLabel(*q) == "2026-Q3");
    CHECK_FALSE(parseQuarterLabel("2026-Q5"));
    CHECK_FALSE(parseQuarterLabel("2026Q3"));
    CHECK_FALSE(parseQuarterLabel("0000-Q1"));
    CHECK_FALSE(parseQuarterLabel("26-Q3"));
}

TEST_CASE("the quarter after Q4 is Q1 of the next year") {
    CHECK(formatQuarterLabel(nextQuarter({2026, 4})) == "2027-Q1");
    CHECK(formatQuarterLabel(nextQuarter({2026, 2})) == "2026-Q3");
    CHECK(quarterOrdinal({2027, 1}) - quarterOrdinal({2026, 4}) == 1);
}

TEST_CASE("typed quarters in common shapes are read as YYYY-Qn") {
    for (const char* text : {"2026-Q3", "2026 q3", "2026Q3", " Q3 2026 ", "q3-2026", "2026/Q3"}) {
        const auto r = readQuarterInput(text);
        REQUIRE_MESSAGE(r.ok(), text);
        CHECK(r.value() == "2026-Q3");
    }
}

TEST_CASE("typed quarters that are not quarters are refused with a plain message") {
    for (const char* text : {"", "2026", "2026-Q0", "2026-Q5", "Q3", "last quarter", "0000-Q1"}) {
        const auto r = readQuarterInput(text);
        CHECK_FALSE_MESSAGE(r.ok(), text);
        if (!r.ok()) CHECK(r.error().message.find("2026-Q3") != std::string::npos);
    }
}

TEST_CASE("a new reading is suggested for the quarter after the latest one") {
    const SuccessMetric m = metric(0, 10, true, {{"2026-Q3", 1}, {"2026-Q4", 2}});
    CHECK(suggestReadingQuarter(m, "2026-11-24", 1) == "2027-Q1");
}

TEST_CASE("without readings the suggestion is the fiscal quarter containing today") {
    const SuccessMetric m = metric(0, 10, true, {});
    CHECK(suggestReadingQuarter(m, "2026-11-24", 1) == "2026-Q4");
    CHECK(suggestReadingQuarter(m, "2026-11-24", 2) == "2027-Q4");  // FY2027 starts 2026-02-01
    CHECK(suggestReadingQuarter(m, "not a date", 1) == "1970-Q1");
}

TEST_CASE("a reading for a new quarter is inserted in quarter order") {
    std::vector<MetricReading> h{{"2026-Q1", 1, {}}, {"2026-Q3", 3, {}}};
    h = withReading(h, MetricReading{"2026-Q2", 2, {}});
    REQUIRE(h.size() == 3);
    CHECK(h[1].quarter == "2026-Q2");
    h = withReading(h, MetricReading{"2027-Q1", 5, {}});
    CHECK(h.back().quarter == "2027-Q1");
    h = withReading(h, MetricReading{"2025-Q4", 0, {}});
    CHECK(h.front().quarter == "2025-Q4");
}

TEST_CASE("a reading for a quarter already recorded replaces its value") {
    std::vector<MetricReading> h{{"2026-Q1", 1, {}}, {"2026-Q2", 2, {}}};
    h = withReading(h, MetricReading{"2026-Q2", 9, {}});
    REQUIRE(h.size() == 2);
    CHECK(h[1].value == 9);
}

TEST_CASE("removing a reading drops only that quarter") {
    std::vector<MetricReading> h{{"2026-Q1", 1, {}}, {"2026-Q2", 2, {}}};
    CHECK(withoutReading(h, "2026-Q1").size() == 1);
    CHECK(withoutReading(h, "2030-Q1").size() == 2);
}

TEST_CASE("metric values must be finite and of sensible size") {
    CHECK(isSensibleMetricValue(0));
    CHECK(isSensibleMetricValue(-3.5));
    CHECK(isSensibleMetricValue(1e12));
    CHECK_FALSE(isSensibleMetricValue(1e13));
    CHECK_FALSE(isSensibleMetricValue(std::numeric_limits<double>::quiet_NaN()));
    CHECK_FALSE(isSensibleMetricValue(std::numeric_limits<double>::infinity()));
}

TEST_CASE("typed metric values accept separators, a percent sign and spaces") {
    CHECK(readMetricValueInput("3200").value() == 3200);
    CHECK(readMetricValueInput(" 3,200 ").value() == 3200);
    CHECK(readMetricValueInput("95.5%").value() == doctest::Approx(95.5));
    CHECK(readMetricValueInput("-0.5").value() == doctest::Approx(-0.5));
    CHECK(readMetricValueInput("1.2e3").value() == doctest::Approx(1200));
}

TEST_CASE("typed metric values that are not numbers or too large are refused") {
    for (const char* text : {"", "abc", "nan", "inf", "0x10", "12abc", "1e13", "--1"}) {
        const auto r = readMetricValueInput(text);
        CHECK_FALSE_MESSAGE(r.ok(), text);
    }
    CHECK(readMetricValueInput("abc").error().message == "Enter a number, like 3200 or 95.5");
}

TEST_CASE("a metric without readings has no data and no trend") {
    const MetricTrend t = analyseMetric(metric(0, 100, true, {}));
    CHECK_FALSE(t.hasLatest);
    CHECK(t.direction == TrendDirection::NotEnoughData);
    CHECK(t.status == TargetStatus::NoData);
    CHECK_FALSE(t.onTrack());
}

TEST_CASE("one reading gives progress but no trend") {
    const MetricTrend t = analyseMetric(metric(0, 100, true, {{"2026-Q1", 40}}));
    CHECK(t.hasLatest);
    CHECK(t.latest == 40);
    CHECK(t.progressPct == doctest::Approx(40));
    CHECK(t.direction == TrendDirection::NotEnoughData);
    CHECK(t.status == TargetStatus::OffTrack);
}

TEST_CASE("the slope is least squares over the last four readings only") {
    // The first reading (1000) is outside the window; 10, 20, 30, 40 -> slope 10.
    const MetricTrend t = analyseMetric(metric(
        0, 100, true,
        {{"2025-Q4", 1000}, {"2026-Q1", 10}, {"2026-Q2", 20}, {"2026-Q3", 30}, {"2026-Q4", 40}}));
    CHECK(t.readingsUsed == 4);
    CHECK(t.slopePerQuarter == doctest::Approx(10));
    CHECK(t.direction == TrendDirection::Improving);
}

TEST_CASE("the slope of noisy readings is the least-squares fit") {
    // x 0..3, y 2300, 2650, 2880, 3010: sum dx*dy = 1180, sum dx^2 = 5 -> 236 per quarter.
    const MetricTrend t = analyseMetric(
        metric(1200, 3500, true,
               {{"2025-Q4", 2300}, {"2026-Q1", 2650}, {"2026-Q2", 2880}, {"2026-Q3", 3010}}));
    CHECK(t.slopePerQuarter == doctest::Approx(236));
}

TEST_CASE("a skipped quarter counts as time passing in the slope") {
    // 10 in Q1, 30 in Q3 (Q2 missing): 10 per quarter, not 20.
    const MetricTrend t = analyseMetric(metric(0, 100, true, {{"2026-Q1", 10}, {"2026-Q3", 30}}));
    CHECK(t.slopePerQuarter == doctest::Approx(10));
}

TEST_CASE("unparseable quarter labels fall back to even spacing") {
    const MetricTrend t = analyseMetric(metric(0, 100, true, {{"Q1", 10}, {"Q3", 30}}));
    CHECK(t.slopePerQuarter == doctest::Approx(20));
}

TEST_CASE("a falling value is improving when lower is better") {
    const MetricTrend t = analyseMetric(metric(
        6.5, 0.5, false, {{"2026-Q1", 2.1}, {"2026-Q2", 1.4}, {"2026-Q3", 1.1}, {"2026-Q4", 0.9}}));
    CHECK(t.slopePerQuarter < 0);
    CHECK(t.goodSlopePerQuarter > 0);
    CHECK(t.direction == TrendDirection::Improving);
    CHECK(t.progressPct == doctest::Approx((0.9 - 6.5) / (0.5 - 6.5) * 100));
}

TEST_CASE("a rising value is declining when lower is better") {
    const MetricTrend t =
        analyseMetric(metric(10, 2, false, {{"2026-Q1", 5}, {"2026-Q2", 6}, {"2026-Q3", 7}}));
    CHECK(t.direction == TrendDirection::Declining);
    CHECK(t.status == TargetStatus::OffTrack);
    CHECK_FALSE(t.quartersToTarget);
}

TEST_CASE("a slope within 2% of the baseline-to-target distance is flat") {
    // gap 100 -> flat up to 2 per quarter.
    CHECK(analyseMetric(metric(0, 100, true, {{"2026-Q1", 50}, {"2026-Q2", 52}})).direction ==
          TrendDirection::Flat);
    CHECK(analyseMetric(metric(0, 100, true, {{"2026-Q1", 50}, {"2026-Q2", 48}})).direction ==
          TrendDirection::Flat);
    CHECK(analyseMetric(metric(0, 100, true, {{"2026-Q1", 50}, {"2026-Q2", 53}})).direction ==
          TrendDirection::Improving);
    CHECK(analyseMetric(metric(0, 100, true, {{"2026-Q1", 50}, {"2026-Q2", 47}})).direction ==
          TrendDirection::Declining);
}

TEST_CASE("when baseline equals target the flat band is 2% of the value") {
    // scale max(|80|, |81|, 1) = 81 -> flat up to 1.62 per quarter.
    CHECK(analyseMetric(metric(80, 80, true, {{"2026-Q1", 80}, {"2026-Q2", 81}})).direction ==
          TrendDirection::Flat);
    CHECK(analyseMetric(metric(80, 80, true, {{"2026-Q1", 80}, {"2026-Q2", 83}})).direction ==
          TrendDirection::Improving);
}

TEST_CASE("progress runs from baseline to target and is not clamped") {
    CHECK(analyseMetric(metric(100, 200, true, {{"2026-Q1", 150}})).progressPct ==
          doctest::Approx(50));
    CHECK(analyseMetric(metric(100, 200, true, {{"2026-Q1", 90}})).progressPct ==
          doctest::Approx(-10));
    CHECK(analyseMetric(metric(100, 200, true, {{"2026-Q1", 250}})).progressPct ==
          doctest::Approx(150));
}

TEST_CASE("progress is all or nothing when baseline equals target") {
    CHECK(analyseMetric(metric(5, 5, true, {{"2026-Q1", 5}})).progressPct == doctest::Approx(100));
    CHECK(analyseMetric(metric(5, 5, true, {{"2026-Q1", 4}})).progressPct == doctest::Approx(0));
}

TEST_CASE("reaching the target in the metric's direction is target met") {
    CHECK(analyseMetric(metric(0, 100, true, {{"2026-Q1", 100}})).status ==
          TargetStatus::TargetMet);
    CHECK(analyseMetric(metric(10, 2, false, {{"2026-Q1", 1.5}})).status ==
          TargetStatus::TargetMet);
    CHECK(analyseMetric(metric(10, 2, false, {{"2026-Q1", 1.5}})).onTrack());
}

TEST_CASE("improving with the target within four quarters at this pace is on track") {
    // slope 10, gap left 40 -> 4 quarters: on track (the horizon is inclusive).
    const MetricTrend t = analyseMetric(metric(0, 100, true, {{"2026-Q1", 50}, {"2026-Q2", 60}}));
    REQUIRE(t.quartersToTarget);
    CHECK(*t.quartersToTarget == doctest::Approx(4));
    CHECK(t.status == TargetStatus::OnTrack);
    CHECK(t.onTrack());
}

TEST_CASE("improving too slowly to reach the target within four quarters is off track") {
    // slope 5, gap left 45 -> 9 quarters.
    const MetricTrend t = analyseMetric(metric(0, 100, true, {{"2026-Q1", 50}, {"2026-Q2", 55}}));
    CHECK(t.direction == TrendDirection::Improving);
    CHECK(t.status == TargetStatus::OffTrack);
    CHECK(t.sentence.find("9 quarters") != std::string::npos);
}

TEST_CASE("a flat metric short of its target is off track") {
    const MetricTrend t = analyseMetric(metric(0, 100, true, {{"2026-Q1", 50}, {"2026-Q2", 50}}));
    CHECK(t.direction == TrendDirection::Flat);
    CHECK(t.status == TargetStatus::OffTrack);
}

TEST_CASE("the trend sentence states pace, progress and verdict") {
    const MetricTrend t =
        analyseMetric(metric(0, 100, true, {{"2026-Q1", 50}, {"2026-Q2", 60}}, "users"));
    CHECK(t.sentence ==
          "Improving by 10 users a quarter over the last 2 readings; 60% of the way from baseline "
          "to target. On track: at this pace the target is about 4 quarters away.");
}

TEST_CASE("metric values format with separators, trimmed decimals and their unit") {
    CHECK(formatMetricValue(3010, "users") == "3,010 users");
    CHECK(formatMetricValue(95.9, "%") == "95.9%");
    CHECK(formatMetricValue(0.5, "hours") == "0.5 hours");
    CHECK(formatMetricValue(1234567.891, "") == "1,234,567.89");
    CHECK(formatMetricValue(-12, "") == "-12");
    CHECK(formatMetricValue(-0.001, "") == "0");
    CHECK(formatMetricValue(std::numeric_limits<double>::quiet_NaN(), "%") == "—%");
}

TEST_CASE("trend and status have labels for the UI") {
    CHECK(trendDirectionLabel(TrendDirection::Declining) == "Declining");
    CHECK(targetStatusLabel(TargetStatus::OffTrack) == "Off track");
}
