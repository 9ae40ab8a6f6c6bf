// Money arithmetic at the limits: totals stop at "too large to total" instead of wrapping,
// and the largest amounts a plan may hold add up correctly across a big portfolio.
#include <doctest/doctest.h>

#include <limits>
#include <vector>

#include "core/model/money.h"
#include "core/plan/whitespace.h"
#include "core/plan_format/plan_format.h"
#include "core/portfolio/portfolio_metrics.h"
#include "core/qualification/qualification.h"

using namespace keystone;

namespace {

constexpr MinorUnits kInt64Max = std::numeric_limits<MinorUnits>::max();
constexpr MinorUnits kInt64Min = std::numeric_limits<MinorUnits>::min();

Account accountWithMaxima(int index, int opportunities) {
    Account a;
    a.id = std::to_string(index);
    a.name = "Account " + a.id;
    a.currentArr = kMaxPlanAmount;
    a.priorYearArr = kMaxPlanAmount;
    for (int i = 0; i < opportunities; ++i) {
        Opportunity o;
        o.amount = kMaxPlanAmount;
        o.probabilityPct = 100;
        a.opportunities.push_back(o);
    }
    return a;
}

}  // namespace

TEST_CASE("Adding money saturates at the 64-bit limits instead of wrapping") {
    CHECK(addMoney(1, 2) == 3);
    CHECK(addMoney(kInt64Max - 1, 1) == kInt64Max - 1 + 1);
    CHECK(addMoney(kInt64Max - 1, 2) == kMoneyTooLarge);
    CHECK(addMoney(kInt64Max, kInt64Max) == kMoneyTooLarge);
    CHECK(addMoney(kInt64Min + 1, -2) == kMoneyTooNegative);
    CHECK(addMoney(kInt64Min, kInt64Min) == kMoneyTooNegative);
    CHECK(addMoney(kInt64Max, kInt64Min + 1) == kMoneyTooLarge);  // overflow is sticky
    CHECK(subtractMoney(kInt64Min + 1, 2) == kMoneyTooNegative);
    CHECK(subtractMoney(kInt64Max - 1, -2) == kMoneyTooLarge);
    CHECK(subtractMoney(0, kInt64Max) == kMoneyTooNegative);
    CHECK(subtractMoney(10, 3) == 7);
}

TEST_CASE("A total that overflowed stays overflowed whatever is added later") {
    MinorUnits total = 0;
    addInto(total, kInt64Max);
    addInto(total, 1);
    CHECK(total == kMoneyTooLarge);
    addInto(total, -1'000'000);
    CHECK(total == kMoneyTooLarge);
}

TEST_CASE("Multiplying money saturates with the sign of the exact product") {
    CHECK(multiplyMoney(1'000, 12) == 12'000);
    CHECK(multiplyMoney(kInt64Max / 2 + 1, 2) == kMoneyTooLarge);
    CHECK(multiplyMoney(kInt64Max, -1) == kMoneyTooNegative);
    CHECK(multiplyMoney(kInt64Min, -1) == kMoneyTooLarge);
    CHECK(multiplyMoney(kInt64Min, 0) == 0);
    CHECK(multiplyMoney(-(kInt64Max / 3), 4) == kMoneyTooNegative);
    CHECK(multiplyMoney(kMaxPlanAmount, 1024) == kInt64Max - 1023);  // 1,024 maxima fit
    CHECK(multiplyMoney(kMaxPlanAmount, 1025) == kMoneyTooLarge);
}

TEST_CASE("Half-up rounding works for every numerator, the extremes included") {
    CHECK(roundHalfUp(5, 10) == 1);
    CHECK(roundHalfUp(4, 10) == 0);
    CHECK(roundHalfUp(-5, 10) == -1);
    CHECK(roundHalfUp(-4, 10) == 0);
    CHECK(roundHalfUp(15, -10) == -2);
    CHECK(roundHalfUp(kInt64Max - 2, 2) == kInt64Max / 2);
    CHECK(roundHalfUp(kInt64Max - 1, kInt64Max) == 1);
    CHECK(roundHalfUp(kInt64Min + 1, kInt64Max) == -1);
    CHECK(roundHalfUp(kInt64Max - 1, kInt64Min) == -1);
    CHECK(roundHalfUp(7, kInt64Min) == 0);
    CHECK(roundHalfUp(kMoneyTooLarge, 100) == kMoneyTooLarge);
}

TEST_CASE("A total that overflowed is shown as too large to total, never as a number") {
    CHECK(formatMoney(kMoneyTooLarge, "USD") == "too large to total");
    CHECK(formatMoney(kMoneyTooNegative, "USD", true) == "too large to total");
    CHECK(formatMoneyCompact(kMoneyTooLarge, "EUR") == "too large to total");
    CHECK(formatMoney(kMaxPlanAmount, "USD", true) == "$90,071,992,547,409.91");
    CHECK(formatMoney(kInt64Max - 1, "USD", true) == "$92,233,720,368,547,758.06");
}

TEST_CASE("The largest amounts a plan may hold, totalled across 1,000 accounts, are exact") {
    std::vector<Account> accounts;
    for (int i = 0; i < 1000; ++i) accounts.push_back(accountWithMaxima(i, i == 0 ? 1 : 0));
    const PortfolioMetrics m =
        computePortfolioMetrics(accounts, defaultQualificationFramework(), PortfolioOptions{});
    CHECK(m.totalArr == 1000 * kMaxPlanAmount);
    CHECK(m.weightedPipeline == kMaxPlanAmount);
    CHECK(m.concentration.totalArr == 1000 * kMaxPlanAmount);
    CHECK(m.concentration.topArr == 200 * kMaxPlanAmount);
    CHECK(m.concentration.topSharePct == doctest::Approx(20.0));
    REQUIRE(m.netRetention);
    CHECK(m.netRetention->percent == doctest::Approx(100.0));
    CHECK(m.pareto.back().arrSharePct == doctest::Approx(100.0));
}

TEST_CASE("Pipeline and portfolio totals past 64 bits say too large, never negative") {
    std::vector<Account> accounts;
    for (int i = 0; i < 1100; ++i) accounts.push_back(accountWithMaxima(i, 2));
    const PortfolioMetrics m =
        computePortfolioMetrics(accounts, defaultQualificationFramework(), PortfolioOptions{});
    CHECK(m.totalArr == kMoneyTooLarge);
    CHECK(m.openPipeline == kMoneyTooLarge);
    CHECK(m.weightedPipeline == kMoneyTooLarge);
    CHECK(m.concentration.totalArr == kMoneyTooLarge);
    CHECK(m.concentration.topSharePct == doctest::Approx(20.0));  // 220 of 1,100 equal accounts
    CHECK_FALSE(m.netRetention.has_value());  // no ratio of totals that cannot be counted
    for (const ParetoPoint& point : m.pareto) CHECK(point.cumulativeArr >= 0);
    CHECK(m.pareto[550].arrSharePct == doctest::Approx(50.0));
    for (const TierMixRow& row : m.tierMix) CHECK(row.arr >= 0);
    CHECK(formatMoney(m.weightedPipeline, "USD") == "too large to total");

    // One account with 10,000 opportunities at the maximum: its own pipeline overflows.
    const AccountPipeline pipeline = accountPipeline(accountWithMaxima(0, 10000));
    CHECK(pipeline.openAmount == kMoneyTooLarge);
    CHECK(pipeline.weighted == kMoneyTooLarge);
}

TEST_CASE("Whitespace totals of the largest cell values saturate") {
    Whitespace matrix;
    for (int i = 0; i < 1100; ++i) matrix.businessUnits.push_back("BU " + std::to_string(i));
    matrix.offerings = {"Platform"};
    for (const std::string& unit : matrix.businessUnits) {
        WhitespaceCell cell;
        cell.businessUnit = unit;
        cell.offering = "Platform";
        cell.status = WhitespaceStatus::Whitespace;
        cell.value = kMaxPlanAmount;
        matrix.cells.push_back(cell);
    }
    const WhitespaceTotals totals = whitespaceTotals(matrix);
    CHECK(totals.whitespace == kMoneyTooLarge);
    CHECK(totals.byOffering[0] == kMoneyTooLarge);
    CHECK(totals.byBusinessUnit[0] == kMaxPlanAmount);
}

TEST_CASE("The plan reader refuses an amount above the plan maximum in words a rep reads") {
    const std::string head =
        R"({"format":"keystone.plan","version":1,"account":{"id":"a0000000000000000000000000000001","name":"Acme","currency":"EUR","currentArr":)";
    CHECK(readPlan(head + std::to_string(kMaxPlanAmount) + "}}").ok());
    const auto refused = readPlan(head + "9007199254740992}}");
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().location == "/account/currentArr");
    const std::string& message = refused.error().message;
    CHECK(message.find("90,071,992,547,409.91") != std::string::npos);
    CHECK(message.find("cents") != std::string::npos);
    CHECK(message.find("minor units") == std::string::npos);
    CHECK_FALSE(readPlan(head + "9223372036854775808}}").ok());
}
