#include <doctest/doctest.h>

#include <algorithm>
#include <nlohmann/json.hpp>

#include "core/qualification/qualification.h"
#include "core/qualification/qualification_json.h"

using namespace keystone;

// Default framework weights (total 145):
//   firmographic        employees 30, revenue 20, industry 10, tier-1 HQ 5        = 65
//   business potential  ACV 25, departments 15, reference value 10 (graded)     = 50
//   technical           integrations 10, compliance 10, users 10                = 30
// Score = round_half_up(100 * points earned / 145).

namespace {

constexpr MinorUnits kDollar = 100;

// Exactly at every default threshold: meets every criterion.
Account atEveryThreshold() {
    Account a;
    a.name = "Threshold Co";
    a.industry = "Finance";
    QualificationProfile& q = a.qualification;
    q.employees = 1000;
    q.annualRevenue = 500'000'000 * kDollar;
    q.hqCountry = "US";
    q.potentialAcv = 100'000 * kDollar;
    q.departmentsOrGeographies = 2;
    q.referenceValue = ReferenceValue::Strong;
    q.integrationsNeeded = 3;
    q.complianceNeeds = {"SOC2"};
    q.potentialUsers = 500;
    return a;
}

// Mid-market healthcare: employees 30 + healthcare 10 + ACV 25 + some reference 5 + HIPAA 10
// = 80 points; 8000 / 145 = 55.17 -> 55, Tier 2.
Account midMarketHealthcare() {
    Account a;
    a.name = "Mercy Health";
    a.industry = "Healthcare";
    QualificationProfile& q = a.qualification;
    q.employees = 2500;
    q.annualRevenue = 300'000'000 * kDollar;
    q.hqCountry = "BR";
    q.potentialAcv = 150'000 * kDollar;
    q.departmentsOrGeographies = 1;
    q.referenceValue = ReferenceValue::Some;
    q.integrationsNeeded = 2;
    q.complianceNeeds = {"HIPAA"};
    q.potentialUsers = 400;
    return a;
}

// Large tech: everything except ACV ($80K): 145 - 25 = 120 points; 12000 / 145 = 82.76 -> 83.
Account largeTechLowAcv() {
    Account a;
    a.name = "Globex";
    a.industry = "Technology";
    QualificationProfile& q = a.qualification;
    q.employees = 50'000;
    q.annualRevenue = 2'000'000'000 * kDollar;
    q.hqCountry = "de";  // lower case still matches DE
    q.potentialAcv = 80'000 * kDollar;
    q.departmentsOrGeographies = 4;
    q.referenceValue = ReferenceValue::Strong;
    q.integrationsNeeded = 5;
    q.complianceNeeds = {"ISO 9001", "gdpr"};
    q.potentialUsers = 20'000;
    return a;
}

Criterion* find(QualificationFramework& f, const std::string& id) {
    for (Criterion& c : f.criteria)
        if (c.id == id) return &c;
    return nullptr;
}

const CriterionResult& resultFor(const QualificationResult& r, const std::string& id) {
    for (const CriterionResult& c : r.criteria)
        if (c.id == id) return c;
    FAIL("no result for " << id);
    return r.criteria.front();
}

}  // namespace

TEST_CASE("the default framework has ten criteria weighing 145 in total") {
    const QualificationFramework f = defaultQualificationFramework();
    REQUIRE(f.criteria.size() == 10);
    int total = 0;
    for (const Criterion& c : f.criteria) total += c.weight;
    CHECK(total == 145);
    CHECK(validateFramework(f).ok());
    CHECK(f.bands.tier1Min == 75);
    CHECK(f.bands.tier2Min == 50);
    CHECK(f.enterpriseMin == 75);
}

TEST_CASE("an account meeting every default criterion scores 100") {
    const QualificationResult r =
        scoreQualification(atEveryThreshold(), defaultQualificationFramework());
    CHECK(r.scoreNumerator == 14500);
    CHECK(r.scoreDenominator == 145);
    CHECK(r.score == 100);
    CHECK(r.scoreExact == doctest::Approx(100.0));
    CHECK(r.tier == Tier::Tier1);
    CHECK(r.enterprise);
    CHECK(r.improvements.empty());
    CHECK(r.drivers.size() == 10);
}

TEST_CASE("an account meeting no default criterion scores 0 and is Tier 3") {
    Account a;  // defaults: nothing set, one department, no reference value
    const QualificationResult r = scoreQualification(a, defaultQualificationFramework());
    CHECK(r.score == 0);
    CHECK(r.tier == Tier::Tier3);
    CHECK_FALSE(r.enterprise);
    CHECK(r.drivers.empty());
    REQUIRE(r.improvements.size() == 10);
    CHECK(r.criteria[size_t(r.improvements[0])].id == "employees");  // heaviest unmet first
    CHECK(r.criteria[size_t(r.improvements[1])].id == "potential-acv");
}

TEST_CASE("a mid-market healthcare account scores 55 and lands in Tier 2") {
    const QualificationResult r =
        scoreQualification(midMarketHealthcare(), defaultQualificationFramework());
    CHECK(r.scoreNumerator == 8000);
    CHECK(r.score == 55);
    CHECK(r.scoreExact == doctest::Approx(8000.0 / 145));
    CHECK(r.tier == Tier::Tier2);
    CHECK_FALSE(r.enterprise);
    const auto& firm = r.groups[size_t(CriterionGroup::Firmographic)];
    CHECK(firm.pointsEarned == doctest::Approx(40));
    CHECK(firm.pointsPossible == 65);
    CHECK(r.groups[size_t(CriterionGroup::BusinessPotential)].pointsEarned == doctest::Approx(30));
    CHECK(r.groups[size_t(CriterionGroup::TechnicalComplexity)].pointsEarned ==
          doctest::Approx(10));
    CHECK(resultFor(r, "employees").detail == "Employees 2,500; meets 1,000 or more");
    CHECK(resultFor(r, "annual-revenue").detail ==
          "Annual revenue $300,000,000; needs $500,000,000 or more");
    CHECK(resultFor(r, "hq-tier1-market").detail.rfind("HQ country BR; not one of US, GB", 0) == 0);
    CHECK(resultFor(r, "reference-value").detail == "Brand / reference value some; 50% credit");
    CHECK(resultFor(r, "regulated-compliance").detail == "Compliance needs HIPAA; matches HIPAA");
}

TEST_CASE("a large technology account without the ACV scores 83 and qualifies as Enterprise") {
    const QualificationResult r =
        scoreQualification(largeTechLowAcv(), defaultQualificationFramework());
    CHECK(r.scoreNumerator == 12000);
    CHECK(r.score == 83);
    CHECK(r.tier == Tier::Tier1);
    CHECK(r.enterprise);
    REQUIRE(r.improvements.size() == 1);
    const CriterionResult& acv = r.criteria[size_t(r.improvements[0])];
    CHECK(acv.id == "potential-acv");
    CHECK(acv.potentialGain == doctest::Approx(2500.0 / 145));
}

TEST_CASE("drivers are sorted by contribution with ties in framework order") {
    const QualificationResult r =
        scoreQualification(largeTechLowAcv(), defaultQualificationFramework());
    std::vector<std::string> order;
    for (int i : r.drivers) order.push_back(r.criteria[size_t(i)].id);
    const std::vector<std::string> expected = {
        "employees",       "annual-revenue", "multi-department",     "industry",
        "reference-value", "integrations",   "regulated-compliance", "potential-users",
        "hq-tier1-market"};
    CHECK(order == expected);
    CHECK(resultFor(r, "employees").contribution == doctest::Approx(3000.0 / 145));
    CHECK(resultFor(r, "employees").pointsEarned == doctest::Approx(30));
}

TEST_CASE("each default criterion is lost just below its threshold") {
    struct Case {
        const char* id;
        int weight;
        void (*lower)(Account&);
    };
    const Case cases[] = {
        {"employees", 30, [](Account& a) { a.qualification.employees = 999; }},
        {"annual-revenue", 20,
         [](Account& a) { a.qualification.annualRevenue = 500'000'000 * kDollar - 1; }},
        {"industry", 10, [](Account& a) { a.industry = "Retail"; }},
        {"hq-tier1-market", 5, [](Account& a) { a.qualification.hqCountry = "BR"; }},
        {"potential-acv", 25,
         [](Account& a) { a.qualification.potentialAcv = 100'000 * kDollar - 1; }},
        {"multi-department", 15, [](Account& a) { a.qualification.departmentsOrGeographies = 1; }},
        {"reference-value", 10,
         [](Account& a) { a.qualification.referenceValue = ReferenceValue::None; }},
        {"integrations", 10, [](Account& a) { a.qualification.integrationsNeeded = 2; }},
        {"regulated-compliance", 10,
         [](Account& a) { a.qualification.complianceNeeds = {"ISO 9001"}; }},
        {"potential-users", 10, [](Account& a) { a.qualification.potentialUsers = 499; }},
    };
    const QualificationFramework f = defaultQualificationFramework();
    for (const Case& c : cases) {
        CAPTURE(c.id);
        Account a = atEveryThreshold();
        c.lower(a);
        const QualificationResult r = scoreQualification(a, f);
        CHECK(resultFor(r, c.id).creditPct == 0);
        CHECK(r.scoreNumerator == (145 - c.weight) * 100);
        CHECK(r.score == roundHalfUp((145 - c.weight) * 100, 145));
    }
}

TEST_CASE("an account just below every threshold but a tier-1 HQ scores 3") {
    Account a = atEveryThreshold();
    a.industry = "Retail";
    a.qualification =
        QualificationProfile{999, 500'000'000 * kDollar - 1, "US", 100'000 * kDollar - 1,
                             1,   ReferenceValue::None,      2,    {"ISO 9001"},
                             499};
    const QualificationResult r = scoreQualification(a, defaultQualificationFramework());
    CHECK(r.scoreNumerator == 500);  // only HQ: 5 points; 500 / 145 = 3.45 -> 3
    CHECK(r.score == 3);
    CHECK(r.tier == Tier::Tier3);
}

TEST_CASE("set criteria ignore case, spaces and punctuation but not different words") {
    Account a = atEveryThreshold();
    a.industry = "finance";
    a.qualification.complianceNeeds = {"pci dss"};
    QualificationResult r = scoreQualification(a, defaultQualificationFramework());
    CHECK(resultFor(r, "industry").creditPct == 100);
    CHECK(resultFor(r, "regulated-compliance").creditPct == 100);
    a.industry = "Financial Services";
    a.qualification.complianceNeeds = {};
    r = scoreQualification(a, defaultQualificationFramework());
    CHECK(resultFor(r, "industry").creditPct == 0);
    CHECK(resultFor(r, "regulated-compliance").creditPct == 0);
    CHECK(resultFor(r, "regulated-compliance").detail.rfind("Compliance needs not set", 0) == 0);
}

TEST_CASE("brand reference value is graded none 0, some half, strong full") {
    const QualificationFramework f = defaultQualificationFramework();
    Account a = atEveryThreshold();
    a.qualification.referenceValue = ReferenceValue::None;
    CHECK(scoreQualification(a, f).score == 93);  // 13500 / 145 = 93.10
    a.qualification.referenceValue = ReferenceValue::Some;
    const QualificationResult some = scoreQualification(a, f);
    CHECK(some.scoreNumerator == 14000);  // 140 / 145 = 96.55 -> 97
    CHECK(some.score == 97);
    CHECK(resultFor(some, "reference-value").credit == doctest::Approx(0.5));
    CHECK(resultFor(some, "reference-value").pointsEarned == doctest::Approx(5));
    CHECK(std::find(some.improvements.begin(), some.improvements.end(), 6) !=
          some.improvements.end());
    a.qualification.referenceValue = ReferenceValue::Strong;
    CHECK(scoreQualification(a, f).score == 100);
}

TEST_CASE("editing graded credits keeps the exact fraction") {
    QualificationFramework f = defaultQualificationFramework();
    find(f, "reference-value")->levelCreditPct = {0, 25, 100};
    Account a = atEveryThreshold();
    a.qualification.referenceValue = ReferenceValue::Some;
    const QualificationResult r = scoreQualification(a, f);
    CHECK(r.scoreNumerator == 13750);  // 135 + 2.5 = 137.5 / 145 = 94.83 -> 95
    CHECK(r.score == 95);
}

TEST_CASE("the score rounds half up and tiers follow the rounded score") {
    QualificationFramework f;
    Criterion big;
    big.id = "big";
    big.attribute = QualificationAttribute::Employees;
    big.threshold = 1;
    big.weight = 149;
    Criterion small = big;
    small.id = "small";
    small.attribute = QualificationAttribute::PotentialUsers;
    small.weight = 51;
    f.criteria = {big, small};
    Account a;
    a.qualification.employees = 10;  // meets big only: 149 / 200 = 74.5 exactly
    const QualificationResult r = scoreQualification(a, f);
    CHECK(r.scoreExact == doctest::Approx(74.5));
    CHECK(r.score == 75);
    CHECK(r.tier == Tier::Tier1);
    CHECK(r.enterprise);
}

TEST_CASE("tier bands are inclusive at their lower edge") {
    const TierBands bands;
    CHECK(tierForScore(100, bands) == Tier::Tier1);
    CHECK(tierForScore(75, bands) == Tier::Tier1);
    CHECK(tierForScore(74, bands) == Tier::Tier2);
    CHECK(tierForScore(50, bands) == Tier::Tier2);
    CHECK(tierForScore(49, bands) == Tier::Tier3);
    CHECK(tierForScore(0, bands) == Tier::Tier3);
    CHECK(tierForScore(60, TierBands{80, 60}) == Tier::Tier2);
    CHECK(tierForScore(79, TierBands{80, 60}) == Tier::Tier2);
}

TEST_CASE("custom tier bands and Enterprise line change the outcome, not the score") {
    QualificationFramework f = defaultQualificationFramework();
    f.bands = TierBands{85, 60};
    f.enterpriseMin = 90;
    const QualificationResult r = scoreQualification(largeTechLowAcv(), f);
    CHECK(r.score == 83);
    CHECK(r.tier == Tier::Tier2);
    CHECK_FALSE(r.enterprise);
    CHECK(scoreQualification(midMarketHealthcare(), f).tier == Tier::Tier3);
}

TEST_CASE("editing a weight changes the score") {
    QualificationFramework f = defaultQualificationFramework();
    find(f, "employees")->weight = 60;
    // (60 + 10 + 25 + 5 + 10) / 175 = 110 / 175 = 62.86 -> 63
    const QualificationResult r = scoreQualification(midMarketHealthcare(), f);
    CHECK(r.scoreDenominator == 175);
    CHECK(r.score == 63);
}

TEST_CASE("a disabled criterion drops out of both earned and possible points") {
    QualificationFramework f = defaultQualificationFramework();
    find(f, "employees")->enabled = false;
    // (10 + 25 + 5 + 10) / 115 = 50 / 115 = 43.48 -> 43
    const QualificationResult r = scoreQualification(midMarketHealthcare(), f);
    CHECK(r.criteria.size() == 9);
    CHECK(r.score == 43);
}

TEST_CASE("editing a threshold changes which accounts meet it") {
    QualificationFramework f = defaultQualificationFramework();
    find(f, "employees")->threshold = 5000;
    find(f, "hq-tier1-market")->values.push_back("BR");
    // employees lost (-30), HQ gained (+5): 55 / 145 = 37.93 -> 38
    CHECK(scoreQualification(midMarketHealthcare(), f).score == 38);
}

TEST_CASE("a framework with no weight scores 0 instead of failing") {
    QualificationFramework f = defaultQualificationFramework();
    for (Criterion& c : f.criteria) c.enabled = false;
    const QualificationResult r = scoreQualification(atEveryThreshold(), f);
    CHECK(r.score == 0);
    CHECK(r.scoreDenominator == 0);
    CHECK(r.tier == Tier::Tier3);
}

TEST_CASE("framework validation reports the first problem with its location") {
    const auto errorOf = [](const QualificationFramework& f) {
        const Result<QualificationFramework> r = validateFramework(f);
        REQUIRE_FALSE(r.ok());
        return r.error();
    };
    QualificationFramework f = defaultQualificationFramework();
    f.criteria[1].weight = -5;
    Error e = errorOf(f);
    CHECK(e.message == "the weight of \"Annual revenue $500M+\" cannot be negative");
    CHECK(e.location == "/criteria/1/weight");

    f = defaultQualificationFramework();
    for (Criterion& c : f.criteria) c.weight = 0;
    CHECK(errorOf(f).message == "the enabled criteria need a total weight above zero");

    f = defaultQualificationFramework();
    f.bands = TierBands{60, 60};
    e = errorOf(f);
    CHECK(e.message == "the Tier 2 band must start below the Tier 1 band");
    CHECK(e.location == "/tierBands/tier2Min");

    f = defaultQualificationFramework();
    f.bands.tier1Min = 101;
    CHECK(errorOf(f).location == "/tierBands/tier1Min");

    f = defaultQualificationFramework();
    f.criteria[3].id = "employees";
    CHECK(errorOf(f).message == "two criteria share the id \"employees\"");

    f = defaultQualificationFramework();
    f.criteria[2].values = {" "};
    CHECK(errorOf(f).location == "/criteria/2/values");

    f = defaultQualificationFramework();
    f.criteria[0].comparison = Comparison::Graded;
    CHECK(errorOf(f).location == "/criteria/0/comparison");

    f = defaultQualificationFramework();
    f.criteria[6].levelCreditPct = {0, 50, 120};
    CHECK(errorOf(f).location == "/criteria/6/levelCredits/2");

    f = defaultQualificationFramework();
    f.criteria[0].threshold = -1;
    CHECK(errorOf(f).location == "/criteria/0/threshold");

    f = defaultQualificationFramework();
    f.enterpriseMin = -1;
    CHECK(errorOf(f).location == "/enterpriseMin");
}

TEST_CASE("a framework round-trips through JSON text") {
    QualificationFramework f = defaultQualificationFramework();
    find(f, "employees")->weight = 40;
    find(f, "industry")->enabled = false;
    f.updated = "2026-03-01T10:00:00Z";
    const Result<QualificationFramework> back =
        qualificationFrameworkFromText(qualificationFrameworkToText(f));
    REQUIRE(back.ok());
    CHECK(qualificationFrameworkToJson(back.value()) == qualificationFrameworkToJson(f));
    CHECK(back.value().criteria[6].levelCreditPct[1] == 50);
    CHECK(back.value().criteria[3].values.size() == 10);
}

TEST_CASE("reading a framework reports malformed JSON with line and column") {
    const Result<QualificationFramework> r =
        qualificationFrameworkFromText("{\n  \"criteria\": [,]\n}");
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().message == "the qualification framework is not valid JSON");
    CHECK(r.error().location == "2:16");
}

TEST_CASE("reading a framework rejects wrong types with a JSON pointer") {
    nlohmann::json j = qualificationFrameworkToJson(defaultQualificationFramework());
    j["criteria"][2]["weight"] = "10";
    Result<QualificationFramework> r = qualificationFrameworkFromJson(j, "/settings/qualification");
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().message == "\"weight\" must be a whole number");
    CHECK(r.error().location == "/settings/qualification/criteria/2/weight");

    j = qualificationFrameworkToJson(defaultQualificationFramework());
    j["criteria"][0]["threshold"] = 1000.5;
    CHECK(qualificationFrameworkFromJson(j).error().location == "/criteria/0/threshold");

    j = qualificationFrameworkToJson(defaultQualificationFramework());
    j["criteria"][0].erase("id");
    r = qualificationFrameworkFromJson(j);
    CHECK(r.error().message == "\"id\" is missing");
    CHECK(r.error().location == "/criteria/0");

    j = qualificationFrameworkToJson(defaultQualificationFramework());
    j["criteria"][1]["attribute"] = "revenue";
    CHECK(qualificationFrameworkFromJson(j).error().message ==
          "\"revenue\" is not a known attribute");

    j = qualificationFrameworkToJson(defaultQualificationFramework());
    j["criteria"][1]["weight"] = 5'000'000'000LL;
    CHECK(qualificationFrameworkFromJson(j).error().message == "\"weight\" is too large");

    j = qualificationFrameworkToJson(defaultQualificationFramework());
    j["criteria"][6]["levelCredits"] = {0, 50};
    CHECK(qualificationFrameworkFromJson(j).error().location == "/criteria/6/levelCredits");
}

TEST_CASE("reading a framework applies validation and ignores unknown members") {
    nlohmann::json j = qualificationFrameworkToJson(defaultQualificationFramework());
    j["futureSetting"] = true;
    j["criteria"][0]["futureField"] = 1;
    CHECK(qualificationFrameworkFromJson(j).ok());
    j["criteria"][4]["weight"] = -1;
    const Result<QualificationFramework> r = qualificationFrameworkFromJson(j, "/q");
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().location == "/q/criteria/4/weight");
}
