#include <doctest/doctest.h>

#include "core/portfolio/portfolio_metrics.h"

using namespace keystone;

namespace {

Account account(std::string id, MinorUnits arr) {
    Account a;
    a.id = id;
    a.name = "Account " + id;
    a.currentArr = arr;
    return a;
}

std::vector<Account> withArr(const std::vector<MinorUnits>& arrs) {
    std::vector<Account> out;
    for (size_t i = 0; i < arrs.size(); ++i) out.push_back(account(std::to_string(i), arrs[i]));
    return out;
}

Opportunity opportunity(MinorUnits amount, int probabilityPct,
                        SalesStage stage = SalesStage::Discovery) {
    Opportunity o;
    o.amount = amount;
    o.probabilityPct = probabilityPct;
    o.stage = stage;
    return o;
}

Risk risk(std::string title, int likelihood, int impact, RiskStatus status = RiskStatus::Open) {
    Risk r;
    r.id = title;
    r.title = title;
    r.likelihood = likelihood;
    r.impact = impact;
    r.status = status;
    return r;
}

Date day(const char* iso) { return parseIsoDate(iso).value(); }

}  // namespace

TEST_CASE("an opportunity's weighted amount rounds half up once") {
    CHECK(weightedAmount(opportunity(1'000'005, 35)) == 350'002);  // 350,001.75
    CHECK(weightedAmount(opportunity(333, 50)) == 167);            // 166.5
    CHECK(weightedAmount(opportunity(331, 50)) == 166);            // 165.5
    CHECK(weightedAmount(opportunity(101, 1)) == 1);               // 1.01
    CHECK(weightedAmount(opportunity(1000, 150)) == 1000);         // probability clamped to 100
    CHECK(weightedAmount(opportunity(1000, -10)) == 0);
    const MinorUnits huge = 9'000'000'000'000'000'000;  // no overflow in amount * probability
    CHECK(weightedAmount(opportunity(huge, 50)) == huge / 2);
}

TEST_CASE("weighted pipeline counts only open opportunities") {
    Account a = account("a", 0);
    a.opportunities = {opportunity(1'000'005, 35), opportunity(333, 50),
                       opportunity(50'000, 100, SalesStage::ClosedWon),
                       opportunity(70'000, 0, SalesStage::ClosedLost),
                       opportunity(20'000, 90, SalesStage::Implementation)};
    const AccountPipeline p = accountPipeline(a);
    CHECK(p.openOpportunities == 3);
    CHECK(p.openAmount == 1'000'005 + 333 + 20'000);
    CHECK(p.weighted == 350'002 + 167 + 18'000);
    CHECK_FALSE(isOpenOpportunity(a.opportunities[2]));
    CHECK(isOpenOpportunity(a.opportunities[4]));
}

TEST_CASE("portfolio weighted pipeline is the sum of per-opportunity rounded amounts") {
    // Rounded per opportunity: 3 x round(0.5) = 3, not round(1.5) = 2.
    Account a = account("a", 0);
    a.opportunities = {opportunity(1, 50), opportunity(1, 50)};
    Account b = account("b", 0);
    b.opportunities = {opportunity(1, 50)};
    const PortfolioMetrics m = computePortfolioMetrics({a, b}, defaultQualificationFramework());
    CHECK(m.weightedPipeline == 3);
    CHECK(m.openOpportunities == 3);
    REQUIRE(m.pipelineByAccount.size() == 2);
    CHECK(m.pipelineByAccount[0].weighted == 2);
    CHECK(m.pipelineByAccount[1].weighted == 1);
}

TEST_CASE("concentration of a single account is 100 percent") {
    const Concentration c = revenueConcentration(withArr({5000}));
    CHECK(c.accountCount == 1);
    CHECK(c.topCount == 1);
    CHECK(c.topShareBasisPoints == 10000);
    CHECK(c.topSharePct == doctest::Approx(100.0));
}

TEST_CASE("the top 20 percent of 4 or 5 accounts is one account") {
    Concentration c = revenueConcentration(withArr({10, 40, 20, 30}));  // ceil(0.8) = 1
    CHECK(c.topCount == 1);
    CHECK(c.topArr == 40);
    CHECK(c.topShareBasisPoints == 4000);
    c = revenueConcentration(withArr({10, 10, 50, 20, 10}));  // ceil(1.0) = 1
    CHECK(c.topCount == 1);
    CHECK(c.topShareBasisPoints == 5000);
}

TEST_CASE("the top 20 percent of 10 accounts is two accounts") {
    // 100 + 90 of 550 = 34.545% -> 3455 basis points
    const Concentration c =
        revenueConcentration(withArr({10, 20, 30, 40, 50, 60, 70, 80, 90, 100}));
    CHECK(c.topCount == 2);
    CHECK(c.topArr == 190);
    CHECK(c.totalArr == 550);
    CHECK(c.topShareBasisPoints == 3455);
    CHECK(c.topSharePct == doctest::Approx(34.55));
    CHECK(revenueConcentration(withArr(std::vector<MinorUnits>(6, 1))).topCount == 2);  // ceil(1.2)
    CHECK(revenueConcentration(withArr(std::vector<MinorUnits>(11, 1))).topCount == 3);
}

TEST_CASE("tied accounts give the same concentration whichever is picked") {
    const Concentration c = revenueConcentration(withArr({25, 25, 25, 25, 25}));
    CHECK(c.topArr == 25);
    CHECK(c.topShareBasisPoints == 2000);
}

TEST_CASE("concentration skips archived accounts and survives an empty book") {
    std::vector<Account> accounts = withArr({10, 40, 20, 30});
    accounts[1].archived = true;  // the 40
    Concentration c = revenueConcentration(accounts);
    CHECK(c.accountCount == 3);
    CHECK(c.topArr == 30);
    CHECK(c.topShareBasisPoints == 5000);
    CHECK(revenueConcentration(accounts, true).topArr == 40);
    c = revenueConcentration({});
    CHECK(c.topCount == 0);
    CHECK(c.topShareBasisPoints == 0);
    CHECK(revenueConcentration(withArr({0, 0})).topShareBasisPoints == 0);
}

TEST_CASE("the Pareto curve starts at the origin and ranks accounts by ARR") {
    const std::vector<ParetoPoint> p = paretoCurve(withArr({10, 40, 20, 30}));
    REQUIRE(p.size() == 5);
    CHECK(p[0].rank == 0);
    CHECK(p[0].arrSharePct == 0);
    CHECK(p[1].accountId == "1");
    CHECK(p[1].accountSharePct == doctest::Approx(25));
    CHECK(p[1].arrSharePct == doctest::Approx(40));
    CHECK(p[2].cumulativeArr == 70);
    CHECK(p[3].arrSharePct == doctest::Approx(90));
    CHECK(p[4].accountSharePct == doctest::Approx(100));
    CHECK(p[4].arrSharePct == doctest::Approx(100));
}

TEST_CASE("Pareto ties are ranked by account name") {
    std::vector<Account> accounts = {account("x", 5), account("y", 5)};
    accounts[0].name = "Zeta";
    accounts[1].name = "Alpha";
    const std::vector<ParetoPoint> p = paretoCurve(accounts);
    CHECK(p[1].accountId == "y");
    CHECK(p[2].accountId == "x");
}

TEST_CASE("renewal windows include today and the last day of the window") {
    std::vector<Account> accounts = {
        account("today", 1),  account("day90", 2),   account("day91", 4),
        account("day180", 8), account("day181", 16), account("past", 32),
        account("none", 64),  account("bad", 128),   account("archived", 256)};
    accounts[0].renewalDate = "2026-01-01";
    accounts[1].renewalDate = "2026-04-01";
    accounts[2].renewalDate = "2026-04-02";
    accounts[3].renewalDate = "2026-06-30";
    accounts[4].renewalDate = "2026-07-01";
    accounts[5].renewalDate = "2025-12-31";
    accounts[7].renewalDate = "soon";
    accounts[8].renewalDate = "2026-01-02";
    accounts[8].archived = true;
    const RenewalWindow w90 = renewalsDue(accounts, day("2026-01-01"), 90);
    CHECK(w90.accounts == 2);
    CHECK(w90.arr == 1 + 2);
    CHECK(w90.accountIds == std::vector<std::string>{"today", "day90"});
    const RenewalWindow w180 = renewalsDue(accounts, day("2026-01-01"), 180);
    CHECK(w180.accounts == 4);
    CHECK(w180.arr == 1 + 2 + 4 + 8);
    CHECK(renewalsDue(accounts, day("2026-01-01"), 90, true).arr == 1 + 2 + 256);
}

TEST_CASE("portfolio renewals need a valid today") {
    std::vector<Account> accounts = {account("a", 100)};
    accounts[0].renewalDate = "2026-02-01";
    PortfolioOptions options;
    options.today = "2026-01-15";
    PortfolioMetrics m =
        computePortfolioMetrics(accounts, defaultQualificationFramework(), options);
    CHECK(m.renewalsKnown);
    CHECK(m.renewals90.accounts == 1);
    CHECK(m.renewals180.arr == 100);
    options.today = "";
    m = computePortfolioMetrics(accounts, defaultQualificationFramework(), options);
    CHECK_FALSE(m.renewalsKnown);
    CHECK(m.renewals90.accounts == 0);
    CHECK(m.renewals90.days == 90);
}

TEST_CASE("net revenue retention compares current to prior-year ARR of the same accounts") {
    std::vector<Account> accounts = {account("grew", 120), account("shrank", 80),
                                     account("new logo", 50), account("zero prior", 30)};
    accounts[0].priorYearArr = 100;
    accounts[1].priorYearArr = 100;
    accounts[3].priorYearArr = 0;
    const std::optional<NetRevenueRetention> n = netRevenueRetention(accounts);
    REQUIRE(n);
    CHECK(n->accounts == 2);
    CHECK(n->currentArr == 200);
    CHECK(n->priorArr == 200);
    CHECK(n->basisPoints == 10000);
    CHECK(n->tenthsOfPercent == 1000);
}

TEST_CASE("net revenue retention rounds to one decimal half up") {
    std::vector<Account> accounts = {account("a", 1085), account("b", 2)};
    accounts[0].priorYearArr = 1000;
    CHECK(netRevenueRetention(accounts)->tenthsOfPercent == 1085);
    CHECK(netRevenueRetention(accounts)->percent == doctest::Approx(108.5));
    accounts = {account("b", 2)};
    accounts[0].priorYearArr = 3;  // 66.666...%
    CHECK(netRevenueRetention(accounts)->tenthsOfPercent == 667);
    CHECK(netRevenueRetention(accounts)->basisPoints == 6667);
}

TEST_CASE("net revenue retention is absent without prior-year ARR") {
    std::vector<Account> accounts = {account("a", 100), account("b", 50)};
    CHECK_FALSE(netRevenueRetention(accounts));
    accounts[1].priorYearArr = 40;
    accounts[1].archived = true;
    CHECK_FALSE(netRevenueRetention(accounts));
    CHECK(netRevenueRetention(accounts, true)->basisPoints == 12500);
}

TEST_CASE("open risks exclude closed ones and rank by likelihood times impact") {
    std::vector<Account> accounts = {account("a", 0), account("b", 0)};
    accounts[0].risks = {risk("budget freeze", 3, 4), risk("old issue", 5, 5, RiskStatus::Closed),
                         risk("champion leaving", 4, 3, RiskStatus::Mitigating)};
    accounts[1].risks = {risk("security review", 5, 5), risk("minor", 1, 1)};
    const std::vector<RiskEntry> risks = openRisks(accounts);
    REQUIRE(risks.size() == 4);
    CHECK(risks[0].title == "security review");
    CHECK(risks[0].severity == 25);
    CHECK(risks[1].title == "budget freeze");  // 12, impact 4 beats impact 3
    CHECK(risks[2].title == "champion leaving");
    CHECK(risks[3].title == "minor");
    PortfolioOptions options;
    options.topRiskCount = 2;
    const PortfolioMetrics m =
        computePortfolioMetrics(accounts, defaultQualificationFramework(), options);
    CHECK(m.openRiskCount == 4);
    REQUIRE(m.topRisks.size() == 2);
    CHECK(m.topRisks[1].accountId == "a");
}

TEST_CASE("tier mix counts accounts and ARR per tier") {
    const std::vector<Account> accounts = withArr({100, 200, 300, 400});
    const auto mix = tierMix(accounts, {Tier::Tier1, Tier::Tier3, Tier::Tier1});  // last missing
    CHECK(mix[0].tier == Tier::Tier1);
    CHECK(mix[0].accounts == 2);
    CHECK(mix[0].arr == 400);
    CHECK(mix[1].accounts == 0);
    CHECK(mix[2].accounts == 2);
    CHECK(mix[2].arr == 600);
}

TEST_CASE("portfolio metrics score each account's tier and total its ARR") {
    std::vector<Account> accounts = withArr({1000, 500, 250});
    Account& enterprise = accounts[0];
    enterprise.industry = "Technology";
    enterprise.qualification = QualificationProfile{
        5000, 600'000'000'00, "US", 200'000'00, 3, ReferenceValue::Strong, 4, {"SOC2"}, 1000};
    accounts[2].archived = true;
    accounts[1].currency = "EUR";
    const PortfolioMetrics m = computePortfolioMetrics(accounts, defaultQualificationFramework());
    CHECK(m.accountCount == 2);
    CHECK(m.totalArr == 1500);
    CHECK(m.enterpriseAccounts == 1);
    CHECK(m.tierMix[0].accounts == 1);
    CHECK(m.tierMix[0].arr == 1000);
    CHECK(m.tierMix[2].accounts == 1);
    CHECK(m.mixedCurrencies);
    CHECK(m.currencies == std::vector<std::string>{"EUR", "USD"});
    CHECK(m.pareto.size() == 3);
    CHECK(m.concentration.topShareBasisPoints == 6667);  // 1000 / 1500
}

TEST_CASE("scaled ratios stay exact for large totals") {
    CHECK(scaledRatio(1, 3, 10000) == 3333);
    CHECK(scaledRatio(2, 3, 10000) == 6667);
    CHECK(scaledRatio(5, 0, 10000) == 0);
    CHECK(scaledRatio(-1, 8, 100) == -13);  // -12.5 rounds away from zero
    CHECK(scaledRatio(400'000'000'000'000'000, 800'000'000'000'000'000, 10000) == 5000);
}
