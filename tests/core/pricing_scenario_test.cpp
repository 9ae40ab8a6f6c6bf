// Pricing scenarios in the model: the plan file, merge, duplicate, the report, the words
// figures are shown with, and an opportunity's amount following its attached scenario.
#include <doctest/doctest.h>

#include <string>

#include "core/editing/account_commands.h"
#include "core/merge/plan_merge.h"
#include "core/model/ids.h"
#include "core/plan/plan_edits.h"
#include "core/plan_format/plan_format.h"
#include "core/pricing/pricing_scenario_edits.h"
#include "core/pricing/pricing_scenario_export.h"
#include "core/pricing/pricing_whatif.h"
#include "core/report/plan_report.h"
#include "core/sample/sample_plan.h"

using namespace keystone;

namespace {

const std::string kNow = "2026-11-24T10:00:00Z";
const std::string kLater = "2026-12-01T09:00:00Z";

// Mid-Market, 300 seats, 3 years, default catalog, worked by hand:
//   list a year      300 × $89 × 12            = $320,400.00
//   volume 15% (250+) → $272,340.00; term 10% (3 years) → $245,106.00 a year
//   TCV 3 × $245,106.00 = $735,318.00; per user-month 735,318.00 / 10,800 = $68.085 → $68.09
constexpr MinorUnits kMidMarket300x3Acv = 24'510'600;
constexpr MinorUnits kMidMarket300x3Tcv = 73'531'800;

PricingScenario scenario(const std::string& id, const std::string& name, int seats, int years) {
    return newPricingScenario(id, name, flatDeal(seats, years), kNow);
}

Account accountWithScenario() {
    Account a = makeSampleAccount({});
    PricingScenario s = scenario(newId(), "300 seats, 3 years", 300, 3);
    s.tierId = "mid-market";
    a.pricingScenarios.push_back(s);
    return a;
}

// The plan text with one member of the first scenario replaced by `json`.
std::string withScenarioMember(const std::string& member, const std::string& json) {
    Account a = accountWithScenario();
    std::string text = writePlan(planDocumentOf(a));
    const std::string key = "\"" + member + "\":";
    const std::size_t at = text.find(key, text.find("\"pricingScenarios\""));
    REQUIRE(at != std::string::npos);
    std::size_t end = at + key.size();
    int depth = 0;
    for (; end < text.size(); ++end) {
        const char c = text[end];
        if (c == '[' || c == '{') ++depth;
        if (c == ']' || c == '}') {
            if (depth == 0) break;
            --depth;
        }
        if (c == ',' && depth == 0) break;
    }
    return text.substr(0, at + key.size()) + json + text.substr(end);
}

Opportunity* opportunityNamed(Account& a, std::size_t index) { return &a.opportunities.at(index); }

}  // namespace

TEST_CASE("a pricing scenario survives the plan file with every field and unknown members") {
    Account a = makeSampleAccount({});
    PricingScenario s = scenario(newId(), "Ramp 100 to 300", 100, 3);
    s.deal.seatsByYear = {100, 200, 300};
    s.deal.annualUpliftBp = 350;
    s.deal.manualDiscountBp = 1250;
    s.deal.scheduleKind = DiscountKind::Graduated;
    s.deal.needsProfessionalServices = true;
    s.deal.needsDedicatedCsm = true;
    s.deal.recurringAddOns.push_back({"Sandbox", 500000, {{"sku", "\"SBX-1\""}}});
    s.deal.oneTimeFees.push_back({"Data migration", 1200000, {}});
    s.tierId = "enterprise";
    s.notes = "Customer asked for a ramp.";
    s.unknown.push_back({"futureField", "[1,2]"});
    a.pricingScenarios.push_back(s);
    a.opportunities.front().pricingScenarioId = s.id;

    const std::string text = writePlan(planDocumentOf(a));
    auto read = readPlan(text);
    REQUIRE_MESSAGE(read.ok(), read.error().message << " at " << read.error().location);
    const PricingScenario& back = read.value().account.pricingScenarios.at(0);
    CHECK(back.name == s.name);
    CHECK(back.deal.seatsByYear == std::vector<int>{100, 200, 300});
    CHECK(back.deal.annualUpliftBp == 350);
    CHECK(back.deal.manualDiscountBp == 1250);
    CHECK(back.deal.scheduleKind == DiscountKind::Graduated);
    CHECK(back.deal.needsProfessionalServices);
    CHECK_FALSE(back.deal.needsCustomIntegrations);
    CHECK(back.deal.needsDedicatedCsm);
    CHECK(back.deal.recurringAddOns.at(0).amount == 500000);
    CHECK(back.deal.recurringAddOns.at(0).unknown.at(0).json == "\"SBX-1\"");
    CHECK(back.deal.oneTimeFees.at(0).label == "Data migration");
    CHECK(back.tierId == "enterprise");
    CHECK(back.notes == s.notes);
    CHECK(back.unknown.at(0).key == "futureField");
    CHECK(writePlan(read.value()) == text);
}

TEST_CASE("a plan without scenarios is written without a scenarios member or a catalog") {
    PlanDocument d = planDocumentOf(makeSampleAccount({}));
    d.catalog = defaultTierCatalog();
    const std::string text = writePlan(d);
    CHECK(text.find("pricingScenarios") == std::string::npos);
    CHECK(text.find("\"catalog\"") == std::string::npos);
}

TEST_CASE(
    "a plan with scenarios carries the exporter's catalog and reads it back onto the account") {
    PlanDocument d = planDocumentOf(accountWithScenario());
    d.catalog = defaultTierCatalog();
    d.catalog->tiers[1].listPricePerUserMonth = 9900;
    auto read = readPlan(writePlan(d));
    REQUIRE_MESSAGE(read.ok(), read.error().message << " at " << read.error().location);
    const Account& back = read.value().account;
    REQUIRE(back.pricingCatalog.has_value());
    CHECK(back.pricingCatalog->tiers[1].listPricePerUserMonth == 9900);
    CHECK_FALSE(read.value().catalog.has_value());
}

TEST_CASE("an imported catalog equal to the portfolio's is dropped and a different one is kept") {
    Portfolio portfolio;
    Account a = accountWithScenario();
    a.pricingCatalog = defaultTierCatalog();
    adoptImportedCatalog(a, portfolio.catalog);
    CHECK_FALSE(a.pricingCatalog.has_value());

    TierCatalog theirs = defaultTierCatalog();
    theirs.tiers[0].listPricePerUserMonth = 5900;
    a.pricingCatalog = theirs;
    adoptImportedCatalog(a, portfolio.catalog);
    REQUIRE(a.pricingCatalog.has_value());
    portfolio.accounts.push_back(a);
    CHECK(usesSenderCatalog(a, portfolio));
    CHECK(catalogFor(a, portfolio).tiers[0].listPricePerUserMonth == 5900);
    CHECK(portfolio.catalog.tiers[0].listPricePerUserMonth == 4900);  // the rep's stays as it was
}

TEST_CASE("a bad scenario in a plan file is refused with its location") {
    auto check = [](const std::string& text, const std::string& location) {
        auto read = readPlan(text);
        REQUIRE_FALSE(read.ok());
        CHECK(read.error().location == location);
        INFO(read.error().message);
    };
    check(withScenarioMember("seatsByYear", "[300,0]"),
          "/account/pricingScenarios/0/seatsByYear/1");
    check(withScenarioMember("seatsByYear", "[]"), "/account/pricingScenarios/0/seatsByYear");
    check(withScenarioMember("seatsByYear", "[1,1,1,1,1,1,1,1,1,1,1]"),
          "/account/pricingScenarios/0/seatsByYear");
    check(withScenarioMember("manualDiscountBp", "10001"),
          "/account/pricingScenarios/0/manualDiscountBp");
    check(withScenarioMember("annualUpliftBp", "-1"), "/account/pricingScenarios/0/annualUpliftBp");
    check(withScenarioMember("scheduleKind", "\"stepped\""),
          "/account/pricingScenarios/0/scheduleKind");
    check(withScenarioMember("oneTimeFees", "[{\"label\":\"x\"}]"),
          "/account/pricingScenarios/0/oneTimeFees/0/amount");
    check(withScenarioMember("needsDedicatedCsm", "1"),
          "/account/pricingScenarios/0/needsDedicatedCsm");
}

TEST_CASE("a scenario id used twice is refused; a missing attached scenario is only not followed") {
    Portfolio p;
    Account a = accountWithScenario();
    a.opportunities.front().pricingScenarioId = newId();  // a merge can leave this behind
    CHECK_FALSE(checkPlan(planDocumentOf(a)).has_value());
    CHECK_FALSE(followedAmount(a, a.opportunities.front(), p.catalog).has_value());

    Account b = accountWithScenario();
    b.pricingScenarios.push_back(b.pricingScenarios.front());
    auto twice = checkPlan(planDocumentOf(b));
    REQUIRE(twice.has_value());
    CHECK(twice->location == "/account/pricingScenarios/1/id");
}

TEST_CASE("a broken catalog in a plan file is refused with its location under /catalog") {
    PlanDocument d = planDocumentOf(accountWithScenario());
    d.catalog = defaultTierCatalog();
    std::string text = writePlan(d);
    const std::string good = "\"listPricePerUserMonth\":4900";
    const std::size_t at = text.find(good);
    REQUIRE(at != std::string::npos);
    text.replace(at, good.size(), "\"listPricePerUserMonth\":-5");
    auto read = readPlan(text);
    REQUIRE_FALSE(read.ok());
    CHECK(read.error().location.rfind("/catalog/tiers/0/listPricePerUserMonth", 0) == 0);
    CHECK(read.error().message.find("Pricing catalog") == 0);
}

TEST_CASE("a merge adds a scenario saved on their side and keeps edits to different scenarios") {
    Account base = accountWithScenario();
    Account mine = base;
    Account theirs = base;
    mine.pricingScenarios[0].name = "Mid-Market proposal";
    mine.pricingScenarios[0].updated = kLater;
    theirs.pricingScenarios.push_back(scenario(newId(), "Enterprise 600", 600, 3));
    const MergeResult result = mergePlans(&base, mine, theirs);
    CHECK(result.conflicts.empty());
    REQUIRE(result.merged.pricingScenarios.size() == 2);
    CHECK(result.merged.pricingScenarios[0].name == "Mid-Market proposal");
    CHECK(result.merged.pricingScenarios[1].name == "Enterprise 600");
}

TEST_CASE("a merge reports the same scenario field changed on both sides as a conflict") {
    Account base = accountWithScenario();
    Account mine = base;
    Account theirs = base;
    mine.pricingScenarios[0].deal.seatsByYear = {400, 400, 400};
    theirs.pricingScenarios[0].deal.seatsByYear = {500, 500, 500};
    const MergeResult result = mergePlans(&base, mine, theirs);
    REQUIRE(result.conflicts.size() == 1);
    CHECK(result.conflicts[0].entityKind == "pricing scenario");
    CHECK(result.merged.pricingScenarios[0].deal.seatsByYear == std::vector<int>{400, 400, 400});
}

TEST_CASE("a duplicated account gets new scenario ids and its opportunities follow the copies") {
    Account a = accountWithScenario();
    a.opportunities[0].pricingScenarioId = a.pricingScenarios[0].id;
    const Account copy = duplicateAccount(a, kNow);
    REQUIRE(copy.pricingScenarios.size() == 1);
    CHECK(copy.pricingScenarios[0].id != a.pricingScenarios[0].id);
    CHECK(copy.opportunities[0].pricingScenarioId == copy.pricingScenarios[0].id);
    CHECK_FALSE(checkPlan(planDocumentOf(copy)).has_value());
}

TEST_CASE("attaching a scenario sets the opportunity's amount to its first-year ACV") {
    Portfolio p;
    p.accounts.push_back(accountWithScenario());
    const std::string accountId = p.accounts[0].id;
    const std::string scenarioId = p.accounts[0].pricingScenarios[0].id;
    const std::string oppId = p.accounts[0].opportunities[0].id;
    CommandHistory history;
    history.execute(attachPricingScenarioCommand(p, accountId, oppId, scenarioId, kNow), p);
    CHECK(opportunityNamed(p.accounts[0], 0)->amount == kMidMarket300x3Acv);
    CHECK(opportunityNamed(p.accounts[0], 0)->pricingScenarioId == scenarioId);

    auto quoted = quoteScenario(p.catalog, p.accounts[0].pricingScenarios[0]);
    REQUIRE(quoted.ok());
    CHECK(quoted.value().quote()->totalContractValue == kMidMarket300x3Tcv);
    CHECK(quoted.value().quote()->effectivePricePerUserMonth == 6809);
}

TEST_CASE("editing a scenario moves the attached amount in the same undo step") {
    Portfolio p;
    p.accounts.push_back(accountWithScenario());
    Account& a = p.accounts[0];
    const std::string accountId = a.id;
    const std::string oppId = a.opportunities[0].id;
    const MinorUnits original = a.opportunities[0].amount;
    CommandHistory history;
    history.execute(
        attachPricingScenarioCommand(p, accountId, oppId, a.pricingScenarios[0].id, kNow), p);

    PricingScenario edited = p.accounts[0].pricingScenarios[0];
    edited.deal.seatsByYear = {100, 100,
                               100};  // 10% volume: 100 × 89 × 12 × 0.9 × 0.9 = $86,508.00
    history.execute(updatePricingScenarioCommand(p, accountId, edited, "Edit seats", {}, kLater),
                    p);
    CHECK(p.accounts[0].opportunities[0].amount == 8'650'800);
    CHECK(p.accounts[0].pricingScenarios[0].updated == kLater);

    history.undo(p);
    CHECK(p.accounts[0].opportunities[0].amount == kMidMarket300x3Acv);
    CHECK(p.accounts[0].pricingScenarios[0].deal.seatsByYear == std::vector<int>{300, 300, 300});
    history.undo(p);
    CHECK(p.accounts[0].opportunities[0].amount == original);
    CHECK(p.accounts[0].opportunities[0].pricingScenarioId.empty());
}

TEST_CASE("an amount typed by hand stays when the attached scenario changes") {
    Portfolio p;
    p.accounts.push_back(accountWithScenario());
    const std::string accountId = p.accounts[0].id;
    const std::string oppId = p.accounts[0].opportunities[0].id;
    CommandHistory history;
    history.execute(attachPricingScenarioCommand(p, accountId, oppId,
                                                 p.accounts[0].pricingScenarios[0].id, kNow),
                    p);
    history.execute(setOpportunityAmount(accountId, oppId, 20'000'000, {}, kNow, p), p);
    CHECK(p.accounts[0].opportunities[0].amountOverridden);
    PricingScenario edited = p.accounts[0].pricingScenarios[0];
    edited.deal.seatsByYear = {100, 100, 100};
    history.execute(updatePricingScenarioCommand(p, accountId, edited, "Edit seats", {}, kLater),
                    p);
    CHECK(p.accounts[0].opportunities[0].amount == 20'000'000);
}

TEST_CASE("deleting a scenario detaches its opportunities and undo attaches them again") {
    Portfolio p;
    p.accounts.push_back(accountWithScenario());
    const std::string accountId = p.accounts[0].id;
    const std::string scenarioId = p.accounts[0].pricingScenarios[0].id;
    const std::string oppId = p.accounts[0].opportunities[0].id;
    CommandHistory history;
    history.execute(attachPricingScenarioCommand(p, accountId, oppId, scenarioId, kNow), p);
    history.execute(removePricingScenarioCommand(p, accountId, scenarioId, kLater), p);
    CHECK(p.accounts[0].pricingScenarios.empty());
    CHECK(p.accounts[0].opportunities[0].pricingScenarioId.empty());
    CHECK(p.accounts[0].opportunities[0].amount == kMidMarket300x3Acv);
    CHECK_FALSE(checkPlan(planDocumentOf(p.accounts[0])).has_value());
    history.undo(p);
    CHECK(p.accounts[0].pricingScenarios.size() == 1);
    CHECK(p.accounts[0].opportunities[0].pricingScenarioId == scenarioId);
}

TEST_CASE("pricing with the rep's own catalog reprices attached opportunities") {
    Portfolio p;
    Account a = accountWithScenario();
    a.pricingCatalog = defaultTierCatalog();
    a.pricingCatalog->tiers[1].listPricePerUserMonth = 10000;
    p.accounts.push_back(a);
    const std::string accountId = a.id;
    CommandHistory history;
    history.execute(attachPricingScenarioCommand(p, accountId, a.opportunities[0].id,
                                                 a.pricingScenarios[0].id, kNow),
                    p);
    CHECK(p.accounts[0].opportunities[0].amount ==
          MinorUnits{300} * 10000 * 12 * 85 / 100 * 90 / 100);
    history.execute(useOwnCatalogCommand(p, accountId, kLater), p);
    CHECK_FALSE(p.accounts[0].pricingCatalog.has_value());
    CHECK(p.accounts[0].opportunities[0].amount == kMidMarket300x3Acv);
    history.undo(p);
    CHECK(p.accounts[0].pricingCatalog.has_value());
}

TEST_CASE(
    "a catalog edit that would not price is refused with the reason and a valid one is undoable") {
    Portfolio p;
    TierCatalog bad = p.catalog;
    bad.guardrails.vpApprovalAboveBp = 500;  // below the manager level
    auto refused = catalogEditCommand(p, bad, "Edit guardrails", {});
    REQUIRE_FALSE(refused.ok());
    CHECK_FALSE(refused.error().message.empty());

    TierCatalog good = p.catalog;
    good.tiers[0].listPricePerUserMonth = 5500;
    auto accepted = catalogEditCommand(p, good, "Edit SMB price", {});
    REQUIRE(accepted.ok());
    CHECK(accepted.value().accountId.empty());
    CommandHistory history;
    history.execute(accepted.value(), p);
    CHECK(p.catalog.tiers[0].listPricePerUserMonth == 5500);
    history.undo(p);
    CHECK(p.catalog.tiers[0].listPricePerUserMonth == 4900);
}

TEST_CASE("the report shows the scenario of the most advanced open opportunity") {
    Account a = accountWithScenario();
    PricingScenario other = scenario(newId(), "Small start", 50, 1);
    a.pricingScenarios.push_back(other);
    for (Opportunity& o : a.opportunities) o.pricingScenarioId.clear();
    REQUIRE(a.opportunities.size() >= 2);
    a.opportunities[0].stage = SalesStage::Discovery;
    a.opportunities[0].pricingScenarioId = other.id;
    a.opportunities[1].stage = SalesStage::Negotiation;
    a.opportunities[1].pricingScenarioId = a.pricingScenarios[0].id;
    const auto summary = reportPricingSummary(a, defaultTierCatalog());
    REQUIRE(summary.has_value());
    CHECK(summary->find("300 seats, 3 years") != std::string::npos);
    CHECK(summary->find("Mid-Market") != std::string::npos);
    CHECK(summary->find("$245,106.00") != std::string::npos);

    ReportOptions options;
    const std::string html = renderPlanReport(a, options);
    CHECK(html.find("id=\"pricing\"") != std::string::npos);
    for (Opportunity& o : a.opportunities) o.pricingScenarioId.clear();
    CHECK_FALSE(reportPricingSummary(a, defaultTierCatalog()).has_value());
}

TEST_CASE("basis points and seat ramps read as a rep would say them") {
    CHECK(formatBasisPoints(1000) == "10%");
    CHECK(formatBasisPoints(1250) == "12.5%");
    CHECK(formatBasisPoints(5) == "0.05%");
    CHECK(describeSeats(flatDeal(300, 3)) == "300 seats for 3 years");
    DealInput ramp = flatDeal(100, 2);
    ramp.seatsByYear = {100, 250};
    CHECK(describeSeats(ramp) == "100 \xE2\x86\x92 250 seats over 2 years");
}

// Mid-Market at 300 seats for 3 years: $89.00 list, 300 × $89.00 × 12 = $320,400.00 a year,
// 15% volume discount = $48,060.00 a year, $144,180.00 over the three years.
TEST_CASE("every money figure of a quote is captioned with the time it covers") {
    const Result<TierComparison> compared = compareTiers(defaultTierCatalog(), flatDeal(300, 3));
    REQUIRE(compared.ok());
    const TierQuote& mid = compared.value().quotes[1];
    CHECK(quoteFigureCaption(QuoteFigure::ListPricePerUserMonth, 3) ==
          "List price per user per month");
    CHECK(quoteFigureAmount(mid, QuoteFigure::ListPricePerUserMonth) == 8900);
    CHECK(quoteFigureCaption(QuoteFigure::AnnualList, 3) == "List price per year (year 1)");
    CHECK(quoteFigureAmount(mid, QuoteFigure::AnnualList) == 32'040'000);
    CHECK(quoteFigureCaption(QuoteFigure::VolumeDiscount, 3) == "Volume discount (all years)");
    CHECK(quoteFigureAmount(mid, QuoteFigure::VolumeDiscount) == 14'418'000);
    CHECK(quoteFigureCaption(QuoteFigure::TotalContractValue, 3) ==
          "Total contract value (3 years)");
    CHECK(quoteFigureCaption(QuoteFigure::TotalContractValue, 1) ==
          "Total contract value (1 year)");
    CHECK(quoteFigureAmount(mid, QuoteFigure::TotalContractValue) == mid.totalContractValue);
    for (QuoteFigure figure : kQuoteFigures) {
        const std::string caption = quoteFigureCaption(figure, 2);
        CAPTURE(caption);
        CHECK((caption.find("per month") != std::string::npos ||
               caption.find("(year 1)") != std::string::npos ||
               caption.find("first-year") != std::string::npos ||
               caption.find("(all years)") != std::string::npos ||
               caption.find("(2 years)") != std::string::npos));
    }
}

TEST_CASE(
    "an exported plan with scenarios carries the portfolio's catalog and re-imports cleanly") {
    Portfolio p;
    p.catalog.tiers[2].listPricePerUserMonth = 11000;
    Account a = accountWithScenario();
    const std::string text = writePlan(planDocumentForExport(a, p));
    CHECK(text.find("\"listPricePerUserMonth\":11000") != std::string::npos);
    auto read = readPlan(text);
    REQUIRE(read.ok());
    Account back = read.value().account;
    adoptImportedCatalog(back, p);  // the rep's own export: nothing foreign to keep
    CHECK_FALSE(back.pricingCatalog.has_value());
    CHECK(writePlan(planDocumentForExport(makeSampleAccount({}), p)).find("\"catalog\"") ==
          std::string::npos);
}
