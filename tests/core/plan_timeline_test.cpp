#include <doctest/doctest.h>

#include <string>

#include "core/plan/plan_timeline.h"

using namespace keystone;

namespace {

PlanAction due(std::string date, WorkStatus status = WorkStatus::NotStarted) {
    PlanAction a;
    a.dueDate = std::move(date);
    a.status = status;
    return a;
}

Opportunity closing(std::string name, std::string date, SalesStage stage = SalesStage::Evaluation,
                    MinorUnits amount = 1000, int probabilityPct = 50) {
    Opportunity o;
    o.name = std::move(name);
    o.closeDate = std::move(date);
    o.stage = stage;
    o.amount = amount;
    o.probabilityPct = probabilityPct;
    return o;
}

}  // namespace

TEST_CASE("an action is overdue when due before today and not done") {
    CHECK(isOverdue(due("2026-11-23"), "2026-11-24"));
    CHECK_FALSE(isOverdue(due("2026-11-24"), "2026-11-24"));
    CHECK_FALSE(isOverdue(due("2026-11-23", WorkStatus::Done), "2026-11-24"));
    CHECK(isOverdue(due("2026-11-23", WorkStatus::Blocked), "2026-11-24"));
    CHECK_FALSE(isOverdue(due(""), "2026-11-24"));
    CHECK_FALSE(isOverdue(due("2026-11-23"), "not a date"));
}

TEST_CASE("overdue actions are counted across every objective") {
    Objective a, b;
    a.actions = {due("2026-01-01"), due("2027-01-01"), due("2026-02-01", WorkStatus::Done)};
    b.actions = {due("2026-10-01", WorkStatus::InProgress)};
    CHECK(overdueActionCount({a, b}, "2026-11-24") == 2);
    CHECK(overdueActionCount({a, b}, "") == 0);
}

TEST_CASE("the action timeline covers 18 months from the first of today's month") {
    const ActionTimeline t = actionTimeline({}, "2026-11-24");
    REQUIRE(t.months.size() == 18);
    CHECK(t.start == Date{2026, 11, 1});
    CHECK(t.end == Date{2028, 5, 1});
    CHECK(t.months.front().month == 11);
    CHECK(t.months[2].year == 2027);
    CHECK(t.months[2].month == 1);
    CHECK(t.months.back().month == 4);
    CHECK(t.months.front().start == 0.0);
    CHECK(t.months.back().end == doctest::Approx(1.0));
    CHECK(t.today > 0.0);
    CHECK(t.today < t.months.front().end);
}

TEST_CASE("timeline markers sit at their due date and flag overdue and done actions") {
    Objective objective;
    objective.actions = {due("2026-11-10"), due("2027-06-15", WorkStatus::Done), due("2026-12-01")};
    const ActionTimeline t = actionTimeline({objective}, "2026-11-24");
    REQUIRE(t.markers.size() == 3);
    CHECK(t.markers[0].overdue);
    CHECK(t.markers[0].position < t.today);
    CHECK(t.markers[1].done);
    CHECK_FALSE(t.markers[1].overdue);
    CHECK(t.markers[2].position == doctest::Approx(t.months[1].start));
    CHECK(t.markers[2].action == 2);
}

TEST_CASE("old overdue actions pin to the timeline's left edge and old done ones are left off") {
    Objective objective;
    objective.actions = {due("2025-03-01"), due("2025-03-01", WorkStatus::Done), due("2029-01-01"),
                         due("")};
    const ActionTimeline t = actionTimeline({objective}, "2026-11-24");
    REQUIRE(t.markers.size() == 1);
    CHECK(t.markers[0].beforeWindow);
    CHECK(t.markers[0].overdue);
    CHECK(t.markers[0].position == 0.0);
    CHECK(t.laterCount == 1);
}

TEST_CASE("a timeline for an invalid today is empty") {
    Objective objective;
    objective.actions = {due("2026-11-10")};
    const ActionTimeline t = actionTimeline({objective}, "1970-13-01");
    CHECK(t.months.empty());
    CHECK(t.markers.empty());
}

TEST_CASE("an objective targeted past the 18-month window is beyond the plan horizon") {
    CHECK_FALSE(isBeyondPlanHorizon("2028-04-30", "2026-11-24"));
    CHECK(isBeyondPlanHorizon("2028-05-01", "2026-11-24"));
    CHECK_FALSE(isBeyondPlanHorizon("", "2026-11-24"));
    CHECK_FALSE(isBeyondPlanHorizon("2030-01-01", "not a date"));
}

TEST_CASE("fiscal quarter labels use two-digit fiscal years") {
    CHECK(fiscalQuarterLabel(FiscalQuarter{2027, 1}) == "FY27 Q1");
    CHECK(fiscalQuarterLabel(FiscalQuarter{2100, 4}) == "FY00 Q4");
    CHECK(std::string(shortMonthName(1)) == "Jan");
    CHECK(std::string(shortMonthName(13)).empty());
}

TEST_CASE("the quarter roadmap starts at today's fiscal quarter of an April fiscal year") {
    const QuarterRoadmap r = quarterRoadmap({}, "2026-11-24", 4);
    REQUIRE(r.quarters.size() == 6);
    CHECK(r.quarters[0].label == "FY27 Q3");
    CHECK(r.quarters[0].start == Date{2026, 10, 1});
    CHECK(r.quarters[0].end == Date{2026, 12, 31});
    CHECK(r.quarters[1].label == "FY27 Q4");
    CHECK(r.quarters[2].label == "FY28 Q1");
    CHECK(r.quarters[2].start == Date{2027, 4, 1});
    CHECK(r.quarters[5].end == Date{2028, 3, 31});
}

TEST_CASE("opportunities land in the fiscal quarter of their close date, soonest first") {
    const std::vector<Opportunity> deals = {
        closing("Late", "2027-03-30"), closing("Early", "2027-01-05"),
        closing("Next FY", "2027-04-01", SalesStage::Negotiation, 2000, 70),
        closing("Won", "2026-12-01", SalesStage::ClosedWon, 500, 100),
        closing("Lost", "2027-01-10", SalesStage::ClosedLost)};
    const QuarterRoadmap r = quarterRoadmap(deals, "2026-11-24", 4);
    CHECK(r.quarters[0].opportunities == std::vector<std::size_t>{3});
    CHECK(r.quarters[0].openAmount == 0);  // won deals are not pipeline
    CHECK(r.quarters[1].opportunities == std::vector<std::size_t>{1, 0});
    CHECK(r.quarters[1].openAmount == 2000);
    CHECK(r.quarters[1].weighted == 1000);
    CHECK(r.quarters[2].opportunities == std::vector<std::size_t>{2});
    CHECK(r.quarters[2].weighted == 1400);
}

TEST_CASE("open deals past their close date, beyond the window or undated are listed apart") {
    const std::vector<Opportunity> deals = {
        closing("Slipped", "2026-11-01"), closing("Far", "2029-01-01"), closing("No date", ""),
        closing("Old win", "2025-01-01", SalesStage::ClosedWon)};
    const QuarterRoadmap r = quarterRoadmap(deals, "2026-11-24", 4);
    CHECK(r.pastDue == std::vector<std::size_t>{0});
    CHECK(r.later == std::vector<std::size_t>{1});
    CHECK(r.undated == std::vector<std::size_t>{2});
    for (const QuarterColumn& q : r.quarters) CHECK(q.opportunities.empty());
}

TEST_CASE("a calendar fiscal year gives calendar quarters") {
    const QuarterRoadmap r = quarterRoadmap({}, "2026-05-15", 1, 2);
    REQUIRE(r.quarters.size() == 2);
    CHECK(r.quarters[0].label == "FY26 Q2");
    CHECK(r.quarters[1].label == "FY26 Q3");
    CHECK(quarterRoadmap({}, "garbage", 1).quarters.empty());
}
