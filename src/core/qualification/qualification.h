// Account qualification: a data-driven framework of weighted criteria, the composite
// score it gives an account, its tier and an explanation of what drives the score.
//
// Contents: CriterionGroup/QualificationAttribute/Comparison · Criterion · TierBands
//           · QualificationFramework · defaultQualificationFramework · validateFramework
//           · CriterionResult/QualificationResult · scoreQualification · text keys/labels
//
// Scoring rule (why integers): each enabled criterion gives a credit in whole percent
// (met 100, unmet 0, graded criteria anything in between). The exact composite is
//     scoreNumerator / scoreDenominator  with  numerator = sum(weight * creditPct)
//                                              denominator = sum(weight)
// which is already on the 0..100 scale, because weights need not sum to 100 (the
// default set totals 145). `score` is that fraction rounded half-up to a whole number,
// and tiers / Enterprise are decided on that whole number so what the rep sees (say 75)
// always agrees with the tier shown next to it.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/model/account.h"
#include "core/model/result.h"

namespace keystone {

enum class CriterionGroup : std::uint8_t { Firmographic, BusinessPotential, TechnicalComplexity };
constexpr int kCriterionGroupCount = 3;

// Which field of the account a criterion reads. The kind of the field fixes which
// comparisons make sense (see comparisonAllowed).
enum class QualificationAttribute : std::uint8_t {
    Employees,                 // number
    AnnualRevenue,             // money, minor units
    Industry,                  // text (Account::industry)
    HqCountry,                 // text, ISO-3166 alpha-2
    PotentialAcv,              // money, minor units
    DepartmentsOrGeographies,  // number
    ReferenceValue,            // level none/some/strong
    IntegrationsNeeded,        // number
    ComplianceNeeds,           // list of text; met when ANY entry is in the set
    PotentialUsers,            // number
};

enum class Comparison : std::uint8_t {
    AtLeast,  // number/money >= threshold
    InSet,    // text (or any list entry, or a level's key) in `values`
    Graded,   // level -> levelCreditPct[level]
};

struct Criterion {
    std::string id;     // stable key, unique in the framework ("employees")
    std::string label;  // UI text ("Employees 1,000+"); empty shows the id
    CriterionGroup group = CriterionGroup::Firmographic;                   // section in the UI
    QualificationAttribute attribute = QualificationAttribute::Employees;  // field read
    Comparison comparison = Comparison::AtLeast;                           // how it is tested
    std::int64_t threshold = 0;       // AtLeast: minimum, inclusive; money in minor units
    std::vector<std::string> values;  // InSet: accepted values, matched ignoring case,
                                      // spaces and punctuation ("pci dss" == "PCI-DSS")
    std::array<int, 3> levelCreditPct = {0, 50, 100};  // Graded: credit % for none/some/strong
    int weight = 0;                                    // points possible, 0..kMaxCriterionWeight
    bool enabled = true;                               // disabled criteria are ignored entirely
};

constexpr int kMaxCriterionWeight = 1000;  // keeps every sum far inside int64

enum class Tier : std::uint8_t { Tier1, Tier2, Tier3 };
constexpr int kTierCount = 3;

struct TierBands {
    int tier1Min = 75;  // score >= this is Tier 1
    int tier2Min = 50;  // score >= this (and below tier1Min) is Tier 2; else Tier 3
};

struct QualificationFramework {
    std::vector<Criterion> criteria;  // in display order
    TierBands bands;                  // tier cut-offs on the rounded 0..100 score
    int enterpriseMin = 75;           // rounded score at which an account qualifies as Enterprise
    std::string updated;              // ISO-8601 UTC time of the last edit, may be empty
};

// The product's default set (total weight 145). Tier-1 markets: US GB DE FR JP CA AU NL CH
// SG; regulated compliance: SOC2 HIPAA PCI-DSS FedRAMP GDPR ISO27001 SOX; money thresholds
// are in minor units of whatever currency the account uses (no FX conversion).
QualificationFramework defaultQualificationFramework();

// Checks an edited framework; returns it unchanged when valid. The first problem found
// is reported with a JSON pointer into the framework's file form ("/criteria/2/weight").
// Rules: unique non-empty ids; weights 0..kMaxCriterionWeight; total enabled weight > 0;
// AtLeast thresholds >= 0; InSet value lists non-empty; graded credits 0..100; the
// comparison suits the attribute; 0 <= tier2Min < tier1Min <= 100; enterpriseMin 0..100.
Result<QualificationFramework> validateFramework(QualificationFramework framework);

// Whether `comparison` makes sense for `attribute`: AtLeast for numbers and money, InSet
// for text, text lists and levels, Graded for levels only.
bool comparisonAllowed(QualificationAttribute attribute, Comparison comparison);

// ---- Results ---------------------------------------------------------------------------
struct CriterionResult {
    std::string id;     // criterion id
    std::string label;  // criterion label (id when the label is empty)
    CriterionGroup group = CriterionGroup::Firmographic;
    int creditPct = 0;         // 0..100: 100 met, 0 unmet, between for graded
    double credit = 0;         // creditPct / 100, for display
    int pointsPossible = 0;    // the criterion's weight
    double pointsEarned = 0;   // weight * credit (exact: weight * creditPct / 100)
    double contribution = 0;   // composite points (0..100 scale) this criterion adds
    double potentialGain = 0;  // composite points it would add if fully met
    std::string detail;        // "1,200 employees; needs 1,000 or more"
};

struct GroupSubtotal {
    double pointsEarned = 0;  // sum over the group's enabled criteria
    int pointsPossible = 0;   // sum of their weights
};

struct QualificationResult {
    std::vector<CriterionResult> criteria;  // enabled criteria, framework order
    std::int64_t scoreNumerator = 0;        // sum(weight * creditPct)
    std::int64_t scoreDenominator = 0;      // sum(weight); 0 only for an invalid framework
    double scoreExact = 0;                  // numerator / denominator, 0..100, display only
    int score = 0;                          // rounded half-up; 0 when the denominator is 0
    Tier tier = Tier::Tier3;                // from `score` and the framework's bands
    bool enterprise = false;                // score >= enterpriseMin
    std::array<GroupSubtotal, kCriterionGroupCount> groups{};  // by CriterionGroup
    std::vector<int> drivers;       // indices into criteria with credit > 0, by
                                    // contribution desc (ties: framework order)
    std::vector<int> improvements;  // "what would move it": indices with credit < 100,
                                    // by potentialGain desc (ties: framework order)
};

// Scores an account against a framework. Total for any framework: an invalid one (say
// total weight 0) scores 0 / Tier 3 rather than failing; validate when the rep edits.
QualificationResult scoreQualification(const Account& account,
                                       const QualificationFramework& framework);
Tier tierForScore(int score, const TierBands& bands);

// ---- Text ------------------------------------------------------------------------------
std::string_view criterionGroupKey(CriterionGroup);                    // "firmographic"
std::string_view criterionGroupLabel(CriterionGroup);                  // "Firmographic"
std::string_view qualificationAttributeKey(QualificationAttribute);    // "annual-revenue"
std::string_view qualificationAttributeLabel(QualificationAttribute);  // "Annual revenue"
std::string_view comparisonKey(Comparison);  // "at-least", "in-set", "graded"
std::string_view tierKey(Tier);              // "tier-1"
std::string_view tierLabel(Tier);            // "Tier 1"
bool parseKey(std::string_view key, CriterionGroup& out);
bool parseKey(std::string_view key, QualificationAttribute& out);
bool parseKey(std::string_view key, Comparison& out);
bool parseKey(std::string_view key, Tier& out);

}  // namespace keystone
