// Hand-checked pricing: default tiers around every bracket boundary, eligibility, guardrails,
// term discount, uplift and ramps, comparison, crossovers and curves.
// Expected amounts are worked out in the comments (cents; Mid-Market seat-year = 8900 × 12).
#include <doctest/doctest.h>

#include "core/pricing/pricing.h"

using namespace keystone;

namespace {

constexpr std::size_t kSmb = 0;
constexpr std::size_t kMid = 1;
constexpr std::size_t kEnterprise = 2;

TierQuote quote(std::size_t tier, const DealInput& deal,
                const TierCatalog& catalog = defaultTierCatalog()) {
    Result<TierQuote> result = quoteTier(catalog, tier, deal);
    REQUIRE_MESSAGE(result.ok(), result.error().message);
    return result.value();
}

DealInput withKind(DealInput deal, DiscountKind kind) {
    deal.scheduleKind = kind;
    return deal;
}

struct Expected {
    int seats;
    MinorUnits subscription;  // per year, after schedule and term
};

void checkYears(std::size_t tier, int years, DiscountKind kind, const std::vector<Expected>& rows) {
    for (const Expected& row : rows) {
        CAPTURE(row.seats);
        const TierQuote q = quote(tier, withKind(flatDeal(row.seats, years), kind));
        CHECK(q.scheduleKind == kind);
        CHECK(q.years.front().subscription == row.subscription);
        CHECK(q.totalContractValue == row.subscription * years);
    }
}

}  // namespace

TEST_CASE("the default catalog matches the product brief") {
    const TierCatalog c = defaultTierCatalog();
    CHECK(validateCatalog(c) == std::nullopt);
    CHECK(c.currency == "USD");
    CHECK(c.guardrails.managerApprovalAboveBp == 1000);
    CHECK(c.guardrails.vpApprovalAboveBp == 2000);
    REQUIRE(c.tiers.size() == 3);
    const PricingTier& smb = c.tiers[kSmb];
    CHECK(smb.listPricePerUserMonth == 4900);
    CHECK(smb.commitment.billing == BillingCommitment::Monthly);
    CHECK(smb.minUsers == 5);
    CHECK(smb.discounts.brackets.empty());
    CHECK(smb.support.responseHours == 24);
    const PricingTier& mid = c.tiers[kMid];
    CHECK(mid.listPricePerUserMonth == 8900);
    CHECK(mid.commitment.billing == BillingCommitment::Annual);
    CHECK(mid.minUsers == 25);
    CHECK(mid.discounts.kind == DiscountKind::Volume);
    CHECK(mid.discounts.brackets.size() == 2);
    CHECK(mid.professionalServices.price == 1'500'000);
    CHECK(mid.integrations.price == 2'500'000);
    CHECK(mid.csm.offer == CsmOffer::AddOn);
    CHECK(mid.csm.annualPrice == 2'000'000);
    const PricingTier& ent = c.tiers[kEnterprise];
    CHECK(ent.listPricePerUserMonth == 12000);
    CHECK(ent.negotiatedPrice);
    CHECK(ent.commitment.minTermYears == 2);
    CHECK(ent.commitment.maxTermYears == 3);
    CHECK(ent.minUsers == 100);
    CHECK(ent.discounts.brackets.size() == 3);
    CHECK(ent.training == TrainingOffer::CustomOnsite);
}

TEST_CASE("a volume schedule prices every seat at the bracket the quantity reaches") {
    // Mid-Market, one year (no term discount): 106,800 a seat; 96,120 at 100+; 90,780 at 250+.
    checkYears(kMid, 1, DiscountKind::Volume,
               {{99, 10'573'200},
                {100, 9'612'000},
                {101, 9'708'120},
                {249, 23'933'880},
                {250, 22'695'000},
                {251, 22'785'780}});
    // Enterprise, two years (5% term): 144,000 a seat; 20% at 500+, 30% at 1,000+, 40% at 2,500+.
    checkYears(kEnterprise, 2, DiscountKind::Volume,
               {{499, 68'263'200},      // 499 × 144,000 × 0.95
                {500, 54'720'000},      // 500 × 115,200 × 0.95
                {999, 109'330'560},     // 999 × 115,200 × 0.95
                {1000, 95'760'000},     // 1,000 × 100,800 × 0.95
                {2499, 239'304'240},    // 2,499 × 100,800 × 0.95
                {2500, 205'200'000}});  // 2,500 × 86,400 × 0.95
}

TEST_CASE("a graduated schedule prices each bracket's seats at that bracket's price") {
    // Mid-Market: 99 × 106,800 = 10,573,200, then 96,120 each to 249, then 90,780 each.
    checkYears(kMid, 1, DiscountKind::Graduated,
               {{99, 10'573'200},
                {100, 10'669'320},
                {101, 10'765'440},
                {249, 24'991'200},
                {250, 25'081'980},
                {251, 25'172'760}});
    // Enterprise: 499 × 144,000 = 71,856,000; 500 × 115,200 = 57,600,000 to 999;
    // 1,500 × 100,800 = 151,200,000 to 2,499; 86,400 each after; all × 0.95.
    checkYears(kEnterprise, 2, DiscountKind::Graduated,
               {{499, 68'263'200},
                {500, 68'372'640},      // (71,856,000 + 115,200) × 0.95
                {999, 122'983'200},     // 129,456,000 × 0.95
                {1000, 123'078'960},    // (129,456,000 + 100,800) × 0.95
                {2499, 266'623'200},    // 280,656,000 × 0.95
                {2500, 266'705'280}});  // (280,656,000 + 86,400) × 0.95
}

TEST_CASE("SMB pays list at every bracket boundary under either schedule kind") {
    for (DiscountKind kind : {DiscountKind::Volume, DiscountKind::Graduated}) {
        std::vector<Expected> rows;
        for (int seats : {99, 100, 101, 249, 250, 499, 500, 999, 1000, 2499, 2500})
            rows.push_back({seats, seats * 58'800});  // 4,900 × 12, monthly: no term discount
        checkYears(kSmb, 3, kind, rows);
    }
}

TEST_CASE("a rep's schedule switch applies to the deal without touching the catalog") {
    const TierCatalog catalog = defaultTierCatalog();
    CHECK(quote(kMid, flatDeal(250, 1)).scheduleKind == DiscountKind::Volume);
    const TierQuote switched = quote(kMid, withKind(flatDeal(250, 1), DiscountKind::Graduated));
    CHECK(switched.scheduleKind == DiscountKind::Graduated);
    CHECK(switched.years[0].discounts.volume == 26'700'000 - 25'081'980);
    CHECK(catalog.tiers[kMid].discounts.kind == DiscountKind::Volume);
}

TEST_CASE("a tier below its user minimum is ineligible and says by how much") {
    const TierQuote q = quote(kMid, flatDeal(10, 1));
    CHECK_FALSE(q.eligible);
    REQUIRE(q.reasons.size() == 1);
    CHECK(q.reasons[0] == "Needs at least 25 users; this deal has 10.");
    CHECK(q.totalContractValue ==
          10 * 106'800);  // still priced, so the rep sees what it would cost
    CHECK(quote(kMid, flatDeal(25, 1)).eligible);
    CHECK_FALSE(quote(kSmb, flatDeal(4, 1)).eligible);
    CHECK(quote(kSmb, flatDeal(5, 1)).eligible);
}

TEST_CASE("a seat ramp that dips below the minimum names the first short year") {
    DealInput deal;
    deal.seatsByYear = {30, 20, 10};
    const TierQuote q = quote(kMid, deal);
    REQUIRE(q.reasons.size() == 1);
    CHECK(q.reasons[0] == "Needs at least 25 users every year; year 2 has 20.");
}

TEST_CASE("a multi-year tier rejects contracts shorter or longer than its commitment") {
    const TierQuote oneYear = quote(kEnterprise, flatDeal(50, 1));
    REQUIRE(oneYear.reasons.size() == 2);
    CHECK(oneYear.reasons[0] == "Needs at least 100 users; this deal has 50.");
    CHECK(oneYear.reasons[1] == "Needs a contract of at least 2 years; this deal is 1 year.");
    const TierQuote fourYears = quote(kEnterprise, flatDeal(100, 4));
    REQUIRE(fourYears.reasons.size() == 1);
    CHECK(fourYears.reasons[0] == "Allows contracts of at most 3 years; this deal is 4 years.");
    CHECK(quote(kEnterprise, flatDeal(100, 2)).eligible);
    CHECK(quote(kEnterprise, flatDeal(100, 3)).eligible);
    CHECK(quote(kMid, flatDeal(100, 7)).eligible);  // annual: any length
}

TEST_CASE("services a deal needs are charged where optional and rule out tiers without them") {
    DealInput deal = flatDeal(300, 2);
    deal.needsProfessionalServices = true;
    deal.needsCustomIntegrations = true;
    deal.needsDedicatedCsm = true;
    const TierQuote smb = quote(kSmb, deal);
    CHECK(smb.reasons == std::vector<std::string>{
                             "Is self-service only, but this deal needs professional services.",
                             "Offers API access only, but this deal needs custom integrations.",
                             "Has no dedicated CSM, but this deal needs one."});
    const TierQuote mid = quote(kMid, deal);
    CHECK(mid.eligible);
    // 300 × 90,780 × 0.95 = 25,872,300 a year; CSM 2,000,000 a year; PS + integrations once.
    CHECK(mid.years[0].subscription == 25'872'300);
    CHECK(mid.years[0].addOns == 2'000'000);
    CHECK(mid.years[0].oneTimeFees == 4'000'000);
    CHECK(mid.years[1].oneTimeFees == 0);
    CHECK(mid.firstYearAcv == 27'872'300);
    CHECK(mid.totalContractValue == 2 * 27'872'300 + 4'000'000);
    const TierQuote ent = quote(kEnterprise, deal);
    CHECK(ent.years[0].addOns == 0);
    CHECK(ent.years[0].oneTimeFees == 0);
}

TEST_CASE("manual discounts above the guardrails need manager or VP approval") {
    const std::pair<BasisPoints, ApprovalLevel> cases[] = {{0, ApprovalLevel::None},
                                                           {1000, ApprovalLevel::None},
                                                           {1001, ApprovalLevel::Manager},
                                                           {2000, ApprovalLevel::Manager},
                                                           {2001, ApprovalLevel::VicePresident},
                                                           {10000, ApprovalLevel::VicePresident}};
    for (const auto& c : cases) {
        CAPTURE(c.first);
        DealInput deal = flatDeal(100, 1);
        deal.manualDiscountBp = c.first;
        CHECK(quote(kMid, deal).approval == c.second);
    }
    CHECK(approvalLevelLabel(ApprovalLevel::Manager) == "Manager approval needed");
    TierCatalog strict = defaultTierCatalog();
    strict.guardrails = {0, 500};
    CHECK(approvalFor(strict.guardrails, 1) == ApprovalLevel::Manager);
    CHECK(approvalFor(strict.guardrails, 501) == ApprovalLevel::VicePresident);
}

TEST_CASE("the term discount is the catalog entry for the longest length not above the contract") {
    const TierCatalog c = defaultTierCatalog();
    CHECK(termDiscountFor(c, c.tiers[kMid], 1) == 0);
    CHECK(termDiscountFor(c, c.tiers[kMid], 2) == 500);
    CHECK(termDiscountFor(c, c.tiers[kMid], 3) == 1000);
    CHECK(termDiscountFor(c, c.tiers[kMid], 7) == 1000);
    CHECK(termDiscountFor(c, c.tiers[kSmb], 3) == 0);  // monthly commits to nothing longer
    const TierQuote q = quote(kMid, flatDeal(100, 3));
    CHECK(q.termDiscountBp == 1000);
    CHECK(q.years[0].discounts.term == 961'200);  // 10% of 9,612,000
}

TEST_CASE(
    "uplift compounds on the rounded price from year two and a ramp prices each year's seats") {
    DealInput deal;
    deal.seatsByYear = {100, 250, 400};
    deal.annualUpliftBp = 700;  // 7%: 8,900 → 9,523 → 10,189.61 rounds to 10,190
    const TierQuote q = quote(kMid, deal);
    REQUIRE(q.years.size() == 3);
    CHECK(q.years[1].listPricePerUserMonth == 9523);
    CHECK(q.years[2].listPricePerUserMonth == 10190);
    // 100 × 106,800 × 0.9 (volume) × 0.9 (3-year term)
    CHECK(q.years[0].subscription == 8'650'800);
    // 250 × 9,523 × 12 = 28,569,000 × 0.85 × 0.9
    CHECK(q.years[1].list == 28'569'000);
    CHECK(q.years[1].subscription == 21'855'285);
    // 400 × 10,190 × 12 = 48,912,000 × 0.85 × 0.9
    CHECK(q.years[2].subscription == 37'417'680);
    CHECK(q.totalContractValue == 67'923'765);
    CHECK(q.firstYearAcv == 8'650'800);
    CHECK(q.monthlyList == 890'000);
    CHECK(q.annualList == 10'680'000);
    CHECK(q.effectivePricePerUserMonth == 7547);  // 67,923,765 / 9,000 seat-months = 7,547.085
}

TEST_CASE("discounts compound schedule then term then manual and each line is rounded once") {
    TierCatalog catalog = defaultTierCatalog();
    catalog.tiers[kMid].listPricePerUserMonth = 4999;
    catalog.tiers[kMid].minUsers = 1;
    DealInput deal = flatDeal(7, 3);
    deal.manualDiscountBp = 333;
    const TierQuote q = quote(kMid, deal, catalog);
    const YearQuote& y = q.years[0];
    CHECK(y.list == 419'916);  // 7 × 4,999 × 12
    CHECK(y.discounts.volume == 0);
    CHECK(y.discounts.term == 41'992);  // 419,916 − round(377,924.4)
    // Exact 419,916 × 0.9 × 0.9667 = 365,339.517… → 365,340.  Rounding the term subtotal first
    // (377,924 × 0.9667 = 365,339.13) would have lost the cent.
    CHECK(y.subscription == 365'340);
    CHECK(y.discounts.manual == 12'584);
    CHECK(y.list - y.discounts.volume - y.discounts.term - y.discounts.manual == y.subscription);
    CHECK(q.discounts.manual == 3 * 12'584);
    CHECK(q.totalContractValue == 1'096'020);
    CHECK(q.effectivePricePerUserMonth == 4349);  // 1,096,020 / 252 = 4,349.29
}

TEST_CASE("add-ons recur every year and one-time fees land in year one") {
    DealInput deal = flatDeal(100, 2);
    deal.recurringAddOns = {{"Sandbox", 500'000}};
    deal.oneTimeFees = {{"Data migration", 250'000}, {"Kickoff", 1}};
    const TierQuote q = quote(kMid, deal);
    // 100 × 96,120 × 0.95 = 9,131,400 a year
    CHECK(q.years[0].total == 9'131'400 + 500'000 + 250'001);
    CHECK(q.years[1].total == 9'131'400 + 500'000);
    CHECK(q.firstYearAcv == 9'631'400);
    CHECK(q.totalContractValue == q.years[0].total + q.years[1].total);
}

TEST_CASE("a quote lists what the tier includes in a rep's words") {
    const TierQuote mid = quote(kMid, flatDeal(100, 1));
    REQUIRE(mid.includes.size() >= 5);
    CHECK(mid.includes[0] == "Professional services package available ($15,000 one-time)");
    CHECK(mid.includes[1] == "Priority email and chat support, 4-hour response");
    CHECK(mid.includes[2] == "Custom integrations package available ($25,000 one-time)");
    CHECK(mid.includes[3] == "Dedicated CSM available ($20,000 a year)");
    CHECK(mid.includes[4] == "Group webinars");
    CHECK(mid.includes.back() == "Territory planning");
    const TierQuote ent = quote(kEnterprise, flatDeal(100, 2));
    CHECK(ent.includes[0] == "Professional services included");
    CHECK(ent.includes[1] == "24/7 phone support, 1-hour response");
    CHECK(ent.servicePoints == 10);
    CHECK(mid.servicePoints == 5);
    CHECK(quote(kSmb, flatDeal(100, 1)).servicePoints == 0);
}

TEST_CASE(
    "the comparison picks the cheapest eligible tier by TCV and best value by service-weighted "
    "price") {
    const TierCatalog catalog = defaultTierCatalog();
    Result<TierComparison> big = compareTiers(catalog, flatDeal(2500, 2));
    REQUIRE(big.ok());
    // SMB 4,900 a user-month with no services (score 4,900); Enterprise 6,840 with all ten
    // service points (6,840 × 0.5 = 3,420); Mid-Market 7,187 × 0.75.
    CHECK(big.value().quotes[kEnterprise].effectivePricePerUserMonth == 6840);
    CHECK(big.value().cheapestIndex == 0);
    CHECK(big.value().bestValueIndex == 2);

    DealInput needsCsm = flatDeal(2500, 2);
    needsCsm.needsDedicatedCsm = true;
    Result<TierComparison> csm = compareTiers(catalog, needsCsm);
    REQUIRE(csm.ok());
    CHECK_FALSE(csm.value().quotes[kSmb].eligible);
    // Mid-Market 2 × (215,602,500 + 2,000,000 CSM) > Enterprise 2 × 205,200,000
    CHECK(csm.value().quotes[kMid].totalContractValue == 435'205'000);
    CHECK(csm.value().quotes[kEnterprise].totalContractValue == 410'400'000);
    CHECK(csm.value().cheapestIndex == 2);

    // Same services and effective price (1,000.08 and 1,000 round alike) → the lower TCV wins.
    TierCatalog twins;
    PricingTier dear;
    dear.id = dear.name = "dear";
    dear.listPricePerUserMonth = 1000;
    dear.integrations = {IntegrationsOffer::PaidPackage, 100};
    PricingTier cheap = dear;
    cheap.id = cheap.name = "cheap";
    cheap.integrations.price = 0;
    twins.tiers = {dear, cheap};
    DealInput integrations = flatDeal(100, 1);
    integrations.needsCustomIntegrations = true;
    Result<TierComparison> tie = compareTiers(twins, integrations);
    REQUIRE(tie.ok());
    CHECK(tie.value().quotes[0].effectivePricePerUserMonth ==
          tie.value().quotes[1].effectivePricePerUserMonth);
    CHECK(tie.value().bestValueIndex == 1);
    CHECK(tie.value().cheapestIndex == 1);

    Result<TierComparison> none = compareTiers(catalog, flatDeal(3, 1));
    REQUIRE(none.ok());
    CHECK(none.value().cheapestIndex == -1);
    CHECK(none.value().bestValueIndex == -1);
}

TEST_CASE("the comparison lists only the inclusions that differ between tiers") {
    Result<TierComparison> result = compareTiers(defaultTierCatalog(), flatDeal(100, 2));
    REQUIRE(result.ok());
    const std::vector<InclusionDifference>& rows = result.value().differences;
    REQUIRE(rows.size() == 9);  // five service aspects + four features not in every tier
    CHECK(rows[3].aspect == "Dedicated CSM");
    CHECK(rows[3].perTier == std::vector<std::string>{"No dedicated CSM",
                                                      "Dedicated CSM available ($20,000 a year)",
                                                      "Dedicated CSM included"});
    CHECK(rows[5].aspect == "Single sign-on (SAML)");
    CHECK(rows[5].perTier == std::vector<std::string>{"Not included", "Included", "Included"});
    CHECK(rows[8].aspect == "Audit log");
    for (const InclusionDifference& row : rows) CHECK(row.aspect != "Standard reports");
}

TEST_CASE("deals that cannot be priced are rejected with a location") {
    const TierCatalog catalog = defaultTierCatalog();
    auto problem = [&](const DealInput& deal) {
        Result<TierComparison> r = compareTiers(catalog, deal);
        REQUIRE_FALSE(r.ok());
        return r.error();
    };
    CHECK(problem(DealInput{}).location == "/seatsByYear");
    CHECK(problem(flatDeal(5, 11)).location == "/seatsByYear");
    DealInput deal = flatDeal(10, 3);
    deal.seatsByYear[2] = 0;
    CHECK(problem(deal).location == "/seatsByYear/2");
    deal = flatDeal(10, 1);
    deal.manualDiscountBp = 10001;
    CHECK(problem(deal).location == "/manualDiscountBp");
    deal = flatDeal(10, 1);
    deal.annualUpliftBp = -1;
    CHECK(problem(deal).location == "/annualUpliftBp");
    deal = flatDeal(10, 1);
    deal.oneTimeFees = {{"Setup", -5}};
    CHECK(problem(deal).location == "/oneTimeFees/0/amount");
    TierCatalog broken = defaultTierCatalog();
    broken.tiers[1].listPricePerUserMonth = -1;
    Result<TierQuote> q = quoteTier(broken, 0, flatDeal(10, 1));
    REQUIRE_FALSE(q.ok());
    CHECK(q.error().location == "/tiers/1/listPricePerUserMonth");
    CHECK_FALSE(quoteTier(catalog, 3, flatDeal(10, 1)).ok());
}

TEST_CASE(
    "crossovers fall exactly where the cheapest eligible tier changes, ties to the earlier tier") {
    TierCatalog c;
    auto tier = [](const char* id, MinorUnits price, int minUsers, DiscountSchedule schedule) {
        PricingTier t;
        t.id = t.name = id;
        t.listPricePerUserMonth = price;
        t.minUsers = minUsers;
        t.discounts = std::move(schedule);
        return t;
    };
    c.tiers = {tier("a", 1000, 1, {}),                                     // 12,000 a seat
               tier("b", 800, 50, {}),                                     // 9,600 from 50 seats
               tier("c", 2000, 1, {DiscountKind::Volume, {{200, 6500}}}),  // 8,400 at 200+
               tier("d", 1100, 1, {DiscountKind::Graduated, {{100, 5000}}})};  // 653,400 + 6,600 n
    Result<CrossoverAnalysis> r = findCrossovers(c, flatDeal(1, 1));
    REQUIRE(r.ok());
    const std::vector<Crossover>& x = r.value().crossovers;
    REQUIRE(x.size() == 4);
    CHECK((x[0].seats == 1 && x[0].fromTier == -1 && x[0].toTier == 0));
    CHECK((x[1].seats == 50 && x[1].fromTier == 0 && x[1].toTier == 1));
    CHECK((x[2].seats == 200 && x[2].fromTier == 1 && x[2].toTier == 2));
    // At 363 seats c and d both cost 3,049,200: c keeps it; d is cheaper from 364.
    CHECK(annualCost(c.tiers[2], 363) == annualCost(c.tiers[3], 363));
    CHECK((x[3].seats == 364 && x[3].fromTier == 2 && x[3].toTier == 3));
    REQUIRE(r.value().cliffs.size() == 1);
    CHECK(r.value().cliffs[0].seats == 200);
    CHECK(r.value().cliffs[0].firstDearerSeats == 71);  // 71 × 24,000 > 1,680,000 = 70 × 24,000
}

TEST_CASE("the default catalog's volume cliffs come with the seat counts that cost more") {
    Result<CrossoverAnalysis> r = findCrossovers(defaultTierCatalog(), flatDeal(1, 1));
    REQUIRE(r.ok());
    REQUIRE(r.value().crossovers.size() == 1);  // SMB from its 5-user minimum, cheapest throughout
    CHECK((r.value().crossovers[0].seats == 5 && r.value().crossovers[0].toTier == 0));
    struct Cliff {
        int tier, seats;
        MinorUnits cost, fewer;
        int firstDearer;
    };
    const Cliff expected[] = {{1, 100, 9'612'000, 10'573'200, 91},
                              {1, 250, 22'695'000, 23'933'880, 237},
                              {2, 500, 57'600'000, 71'856'000, 401},
                              {2, 1000, 100'800'000, 115'084'800, 876},
                              {2, 2500, 216'000'000, 251'899'200, 2143}};
    REQUIRE(r.value().cliffs.size() == 5);
    for (std::size_t i = 0; i < 5; ++i) {
        const VolumeCliff& got = r.value().cliffs[i];
        CAPTURE(i);
        CHECK(got.tier == expected[i].tier);
        CHECK(got.seats == expected[i].seats);
        CHECK(got.cost == expected[i].cost);
        CHECK(got.costOneFewer == expected[i].fewer);
        CHECK(got.firstDearerSeats == expected[i].firstDearer);
    }
    Result<CrossoverAnalysis> graduated =
        findCrossovers(defaultTierCatalog(), withKind(flatDeal(1, 1), DiscountKind::Graduated));
    REQUIRE(graduated.ok());
    CHECK(graduated.value().cliffs.empty());
}

TEST_CASE("a bracket that only matches the cost of one seat fewer is not a cliff") {
    TierCatalog c;
    PricingTier t;
    t.id = t.name = "flat";
    t.listPricePerUserMonth = 1000;
    // 10 seats × 0.9 cost exactly 9 seats at list: no saving, no cliff.  20 × 12,000 × 0.7 =
    // 168,000 < 19 × 10,800 = 205,200: buying the 20th seat saves money.
    t.discounts = {DiscountKind::Volume, {{10, 1000}, {20, 3000}}};
    c.tiers = {t};
    CHECK(annualCost(t, 10) == annualCost(t, 9));
    Result<CrossoverAnalysis> r = findCrossovers(c, flatDeal(1, 1), 100);
    REQUIRE(r.ok());
    REQUIRE(r.value().cliffs.size() == 1);
    CHECK(r.value().cliffs[0].seats == 20);
    CHECK(r.value().cliffs[0].cost == 168'000);
    CHECK(r.value().cliffs[0].firstDearerSeats == 16);  // 16 × 10,800 > 168,000 ≥ 15 × 10,800
}

TEST_CASE("the annual cost curve has both ends of every bracket piece") {
    const std::vector<CurvePoint> points = annualCostCurve(defaultTierCatalog().tiers[kMid]);
    const std::vector<std::pair<int, MinorUnits>> expected = {
        {1, 106'800},      {99, 10'573'200},  {100, 9'612'000},
        {249, 23'933'880}, {250, 22'695'000}, {10'000, 907'800'000}};
    REQUIRE(points.size() == expected.size());
    for (std::size_t i = 0; i < points.size(); ++i) {
        CHECK(points[i].seats == expected[i].first);
        CHECK(points[i].cost == expected[i].second);
    }
    CHECK(annualCostCurve(defaultTierCatalog().tiers[kMid], 150).back().seats == 150);
    CHECK(annualCostCurve(defaultTierCatalog().tiers[kSmb], 1).size() == 1);
}
