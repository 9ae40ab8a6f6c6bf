// Pricing tiers: the catalog a portfolio carries and the engine that quotes deals against it.
//
// Contents: enums · catalog (DiscountSchedule, PricingTier, TierCatalog) · deal input
//           · quotes and tier comparison · crossover analysis and cost curves · JSON
//           · text names for every enum value
//
// Money rules (every amount is integer minor units; no floating point touches money)
//   - Percentages are integer basis points: 1% = 100 bp, 100% = 10000 bp.
//   - Discounts compound in a fixed order: schedule (volume or graduated), then term, then
//     manual.  A year's seat subscription is
//         list × (1 − schedule) × (1 − term) × (1 − manual)
//     evaluated exactly in integers and rounded half-up to the minor unit ONCE: that rounded
//     amount is the year's line.  The amounts shown per discount source are differences of
//     the running subtotals (list → after schedule → after term → net), each rounded from its
//     exact value, so list − volume − term − manual == net to the cent.
//   - Totals (first-year ACV, TCV) are sums of rounded lines, so nothing is lost or created.
//   - Uplift: year y's list price per user per month is year y−1's × (1 + uplift), rounded
//     half-up to the minor unit (the price a contract prints), compounding from year 2.
//   - Effective price per user per month = TCV / Σ(seats × 12), rounded half-up.
//   - Add-ons and one-time fees are charged as entered: not discounted, not uplifted.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "core/model/money.h"
#include "core/model/result.h"
#include "core/model/unknown_fields.h"

namespace keystone {

using BasisPoints = std::int32_t;  // 1% == 100

// Limits keep every intermediate in range (a year's list ≤ 10^7 seats × ~3.9·10^9 × 12, ten
// years of that still fit in int64); values beyond them are almost certainly typos.
constexpr BasisPoints kFullDiscountBp = 10000;  // 100%
constexpr BasisPoints kMaxUpliftBp = 5000;      // 50% a year
constexpr int kMaxContractYears = 10;
constexpr int kMaxSeats = 10'000'000;
constexpr MinorUnits kMaxListPricePerUserMonth = 100'000'000;  // 1,000,000.00
constexpr MinorUnits kMaxPackagePrice = 10'000'000'000'000;    // 100,000,000,000.00
constexpr int kMaxSupportResponseHours = 8760;                 // a year
constexpr int kMaxDealLines = 100;                             // add-ons, one-time fees
constexpr int kDefaultMaxSeats = 10'000;                       // crossover / curve range

enum class BillingCommitment : std::uint8_t { Monthly, Annual, MultiYear };
enum class DiscountKind : std::uint8_t {
    Volume,     // every seat priced at the bracket the quantity reaches
    Graduated,  // each bracket's seats at that bracket's price
};
// Offers run from least to most included; servicePoints scores them by that order.
enum class ServicesOffer : std::uint8_t { SelfService, OptionalPackage, Included };
enum class IntegrationsOffer : std::uint8_t { ApiOnly, PaidPackage, Included };
enum class CsmOffer : std::uint8_t { None, AddOn, Included };
enum class TrainingOffer : std::uint8_t { Documentation, GroupWebinars, CustomOnsite };
enum class ApprovalLevel : std::uint8_t { None, Manager, VicePresident };

// ---- catalog ------------------------------------------------------------------------------

struct DiscountBracket {
    int fromSeats = 1;           // first seat count (volume) / seat number (graduated) it covers
    BasisPoints discountBp = 0;  // off list, 0..10000
};

// Seats below the first bracket pay list.  Brackets are sorted by strictly increasing fromSeats.
struct DiscountSchedule {
    DiscountKind kind = DiscountKind::Volume;  // how brackets combine
    std::vector<DiscountBracket> brackets;     // default none: everyone pays list
};

struct Commitment {
    BillingCommitment billing = BillingCommitment::Annual;  // how the customer commits
    int minTermYears = 1;  // shortest contract the tier can be sold on, 1..10; default 1
    int maxTermYears = 0;  // longest contract, minTermYears..10; 0 = no limit (default)
};

struct ProfessionalServices {
    ServicesOffer offer = ServicesOffer::SelfService;  // default self-service onboarding
    MinorUnits price = 0;  // one-time package price when offer is OptionalPackage; default 0
};

struct SupportSla {
    std::string channel = "Email";  // "24/7 phone"; shown as is
    int responseHours = 24;         // first-response commitment, 0..8760; default 24
};

struct CustomIntegrations {
    IntegrationsOffer offer = IntegrationsOffer::ApiOnly;  // default API access only
    MinorUnits price = 0;  // one-time package price when offer is PaidPackage; default 0
};

struct DedicatedCsm {
    CsmOffer offer = CsmOffer::None;  // default no dedicated customer success manager
    MinorUnits annualPrice = 0;       // recurring price when offer is AddOn; default 0
};

struct PricingTier {
    std::string id;                        // stable text, unique in the catalog, e.g. "mid-market"
    std::string name;                      // "Mid-Market"
    MinorUnits listPricePerUserMonth = 0;  // 0..kMaxListPricePerUserMonth; 8900 == $89.00
    bool negotiatedPrice = false;          // list price is a starting point agreed per deal
    Commitment commitment;                 // billing and allowed contract lengths
    int minUsers = 1;                      // fewest seats sold in any year, 0..kMaxSeats; default 1
    DiscountSchedule discounts;            // volume / graduated brackets; default none
    ProfessionalServices professionalServices;
    SupportSla support;
    CustomIntegrations integrations;
    DedicatedCsm csm;
    TrainingOffer training = TrainingOffer::Documentation;
    std::vector<std::string> features;  // free text, shown as is
};

struct TermDiscount {
    int years = 1;               // contract length it applies from, 1..10
    BasisPoints discountBp = 0;  // 0..10000
};

struct DiscountGuardrails {
    BasisPoints managerApprovalAboveBp = 1000;  // manual discount above this needs a manager; 10%
    BasisPoints vpApprovalAboveBp = 2000;       // above this a VP; ≥ the manager level; 20%
};

struct TierCatalog {
    std::string currency = "USD";             // ISO-4217
    std::vector<TermDiscount> termDiscounts;  // strictly increasing years; default none
    DiscountGuardrails guardrails;
    std::vector<PricingTier> tiers;  // in display order (also the tie-break order)
};

// SMB / Mid-Market / Enterprise as in the product brief, USD, term discounts 5% for 2 years
// and 10% for 3+ years.
TierCatalog defaultTierCatalog();

// The first problem with a catalog edited in memory, located by the JSON pointer its JSON form
// would have ("/tiers/1/listPricePerUserMonth"); nothing when it can be priced.
std::optional<Error> validateCatalog(const TierCatalog& catalog);

// ---- deal input ---------------------------------------------------------------------------

struct DealLine {
    std::string label;      // "Sandbox environment"
    MinorUnits amount = 0;  // 0..kMaxPackagePrice
    UnknownFields unknown;  // members a newer plan format added to a scenario's line, kept
};

struct DealInput {
    std::vector<int> seatsByYear;              // seat ramp: one entry (1..kMaxSeats) per contract
                                               // year, 1..10 years; default empty (invalid)
    BasisPoints annualUpliftBp = 0;            // list price rise from year 2, compounding; 0..5000
    BasisPoints manualDiscountBp = 0;          // rep's discount after schedule and term; 0..10000
    std::vector<DealLine> recurringAddOns;     // charged every contract year; default none
    std::vector<DealLine> oneTimeFees;         // charged once, in year 1; default none
    std::optional<DiscountKind> scheduleKind;  // rep's switch for every tier; nullopt = tier's own
    bool needsProfessionalServices = false;    // package charged where optional; else ineligible
    bool needsCustomIntegrations = false;      // likewise for custom integrations
    bool needsDedicatedCsm = false;            // likewise; the CSM add-on is charged every year
};

// A deal of `seats` every year for `years` years and nothing else.
DealInput flatDeal(int seats, int years);

// First problem with a deal, located by pointer ("/seatsByYear/2"); nothing when it can be priced.
std::optional<Error> validateDeal(const DealInput& deal);

// ---- quotes ------------------------------------------------------------------------------

struct DiscountAmounts {
    MinorUnits volume = 0;  // from the tier's schedule (volume or graduated)
    MinorUnits term = 0;    // for the contract length
    MinorUnits manual = 0;  // the rep's discount
};

struct YearQuote {
    int year = 1;  // 1-based contract year
    int seats = 0;
    MinorUnits listPricePerUserMonth = 0;  // after uplift
    MinorUnits list = 0;                   // seats × price × 12
    DiscountAmounts discounts;
    MinorUnits subscription = 0;  // list − discounts: the year's rounded seat line
    MinorUnits addOns = 0;        // recurring: deal add-ons + CSM add-on when needed
    MinorUnits oneTimeFees = 0;   // year 1 only: deal fees + packages the deal needs
    MinorUnits total = 0;         // subscription + addOns + oneTimeFees
};

struct TierQuote {
    std::string tierId;
    std::string tierName;
    bool eligible = true;              // false when the tier cannot be sold for this deal
    std::vector<std::string> reasons;  // why not, in a rep's words; empty when eligible
    DiscountKind scheduleKind = DiscountKind::Volume;  // the kind actually applied
    BasisPoints termDiscountBp = 0;                    // applied for the contract length
    MinorUnits monthlyList = 0;   // year-1 seats × list price per user per month
    MinorUnits annualList = 0;    // monthlyList × 12
    DiscountAmounts discounts;    // summed over all contract years
    MinorUnits firstYearAcv = 0;  // year-1 subscription + recurring add-ons (no one-time fees)
    MinorUnits totalContractValue = 0;             // sum of every year's total
    MinorUnits effectivePricePerUserMonth = 0;     // TCV / seat-months, rounded half-up
    std::vector<YearQuote> years;                  // one per contract year
    ApprovalLevel approval = ApprovalLevel::None;  // for the manual discount
    std::vector<std::string> includes;             // what the tier comes with, one line each
    int servicePoints = 0;                         // 0..10, see bestValueIndex
};

// Why the tier cannot be sold for the deal (user minimum, term, services the deal needs),
// one sentence each; empty when it can.
std::vector<std::string> ineligibilityReasons(const PricingTier& tier, const DealInput& deal);
// The term and needed-services checks alone (what stays fixed while seats vary).
bool allowsTermAndNeeds(const PricingTier& tier, const DealInput& deal);

// Catalog term discount for a contract of `years`: the entry with the longest length not
// above it; 0 when none applies.  Monthly tiers commit to nothing beyond a month: always 0.
BasisPoints termDiscountFor(const TierCatalog& catalog, const PricingTier& tier, int years);
ApprovalLevel approvalFor(const DiscountGuardrails& guardrails, BasisPoints manualDiscountBp);

// Discount of the bracket `seats` reaches (0 below the first bracket).
BasisPoints scheduleDiscountAt(const DiscountSchedule& schedule, int seats);
// Σ seats × (10000 − discount) the way `kind` prices them; list × this / 10000 is the
// discounted amount.  Within one bracket it grows linearly with seats.
std::int64_t weightedSeatsBp(const DiscountSchedule& schedule, DiscountKind kind, int seats);

// Service points (0..10) used for best value: professional services, integrations and CSM
// score 0 not offered / 1 paid option / 2 included; training 0 docs / 1 webinars / 2 onsite;
// support 2 within 1 hour / 1 within 8 hours / 0 slower.
int servicePoints(const PricingTier& tier);
std::vector<std::string> tierInclusions(const PricingTier& tier, const std::string& currency);

Result<TierQuote> quoteTier(const TierCatalog& catalog, std::size_t tierIndex,
                            const DealInput& deal);

struct InclusionDifference {
    std::string aspect;                // "Dedicated CSM", or a feature's text
    std::vector<std::string> perTier;  // one entry per tier, catalog order
};

struct TierComparison {
    std::vector<TierQuote> quotes;  // catalog order
    // Lowest TCV among eligible tiers; ties go to the earlier tier.  -1 = none eligible.
    int cheapestIndex = -1;
    // Lowest effective price per user per month after crediting 5% per service point
    // (effective × (10000 − 500 × points) / 10000) among eligible tiers; ties go to the
    // lower TCV, then the earlier tier.  -1 = none eligible.
    int bestValueIndex = -1;
    std::vector<InclusionDifference> differences;  // aspects that are not the same in every tier
};

Result<TierComparison> compareTiers(const TierCatalog& catalog, const DealInput& deal);

// ---- crossover analysis and cost curves ----------------------------------------------------

// What one year costs for a tier when only the seat count varies: a flat deal's first-year
// ACV (rounded seat line + recurring extras), exactly TierQuote::firstYearAcv.
struct CostBasis {
    BasisPoints termDiscountBp = 0;  // from the catalog for the contract length
    BasisPoints manualDiscountBp = 0;
    std::optional<DiscountKind> scheduleKind;  // nullopt = the tier's own
    MinorUnits recurringExtras = 0;            // deal add-ons + the tier's CSM add-on when needed
};

// tierIndex < catalog.tiers.size(); the deal's seat counts play no part.
CostBasis costBasisFor(const TierCatalog& catalog, std::size_t tierIndex, const DealInput& deal);
// `tier` must pass validateCatalog and seats lie in 0..kMaxSeats.
MinorUnits annualCost(const PricingTier& tier, int seats, const CostBasis& basis = {});

struct CurvePoint {
    int seats = 0;
    MinorUnits cost = 0;  // annualCost at seats
};
// Both ends of every bracket's piece in 1..maxSeats, ascending: straight lines between
// consecutive points draw the curve to within a cent, and a volume cliff shows as a drop
// between a bracket's last point and the next bracket's first.
std::vector<CurvePoint> annualCostCurve(const PricingTier& tier, int maxSeats = kDefaultMaxSeats,
                                        const CostBasis& basis = {});

struct Crossover {
    int seats = 0;      // first seat count at which toTier is the cheapest eligible tier
    int fromTier = -1;  // cheapest at seats − 1; -1 = none eligible (or seats == 1)
    int toTier = -1;    // cheapest from here on until the next crossover; -1 = none eligible
};

struct VolumeCliff {
    int tier = 0;                 // catalog index
    int seats = 0;                // a bracket start where buying more costs less
    MinorUnits cost = 0;          // annual cost at seats
    MinorUnits costOneFewer = 0;  // at seats − 1, higher than cost
    int firstDearerSeats = 0;     // every count from here to seats − 1 costs more than seats
};

struct CrossoverAnalysis {
    int maxSeats = kDefaultMaxSeats;
    std::vector<Crossover> crossovers;  // ascending seats; the cheapest at n is the last one ≤ n
    std::vector<VolumeCliff> cliffs;    // by tier, then seats; every tier, eligible or not
};

// For seat counts 1..maxSeats of a flat deal shaped like `deal` (its contract length, manual
// discount, schedule switch, needs and add-ons; its seat counts are ignored), where the
// cheapest eligible tier (lowest annualCost, ties to the earlier tier) changes and where volume
// schedules have cliffs.  Worked out piece by piece between bracket starts and user minimums;
// seat counts are only visited one by one where two tiers are within a cent of each other.
Result<CrossoverAnalysis> findCrossovers(const TierCatalog& catalog, const DealInput& deal,
                                         int maxSeats = kDefaultMaxSeats);

// ---- JSON --------------------------------------------------------------------------------

nlohmann::json catalogToJson(const TierCatalog& catalog);
// Strict: wrong types, missing members, out-of-range values, unsorted or duplicate brackets and
// unknown enum text are errors located by JSON pointer.  Unknown members are ignored.
Result<TierCatalog> catalogFromJson(const nlohmann::json& json);

// ---- text names: keys are stable file text, labels are for people ---------------------------

std::string_view billingCommitmentKey(BillingCommitment);
std::string_view billingCommitmentLabel(BillingCommitment);
std::string_view discountKindKey(DiscountKind);
std::string_view discountKindLabel(DiscountKind);
std::string_view servicesOfferKey(ServicesOffer);
std::string_view integrationsOfferKey(IntegrationsOffer);
std::string_view csmOfferKey(CsmOffer);
std::string_view trainingOfferKey(TrainingOffer);
std::string_view trainingOfferLabel(TrainingOffer);
std::string_view approvalLevelLabel(ApprovalLevel);

}  // namespace keystone
