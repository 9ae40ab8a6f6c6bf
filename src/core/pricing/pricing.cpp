// Deal validation, eligibility, per-tier quotes and the tier comparison.
// Catalog defaults, validation and JSON live in pricing_catalog_json.cpp; crossovers and
// cost curves in pricing_crossover.cpp.
#include "core/pricing/pricing.h"

#include <algorithm>

namespace keystone {
namespace {

// Exact products of seats × price × three discount factors need up to ~100 bits; both g++ and
// emscripten's clang provide a 128-bit integer.
__extension__ typedef __int128 Wide;

constexpr Wide kBp = kFullDiscountBp;

// Half-up rounding of a non-negative exact amount; every denominator used is even.
MinorUnits roundedQuotient(Wide numerator, Wide denominator) {
    return static_cast<MinorUnits>((numerator + denominator / 2) / denominator);
}

std::string at(const char* list, std::size_t index) {
    return std::string(list) + "/" + std::to_string(index);
}

std::optional<Error> validateLines(const std::vector<DealLine>& lines, const char* list) {
    if (lines.size() > static_cast<std::size_t>(kMaxDealLines))
        return Error{"a deal can carry at most 100 add-ons and 100 one-time fees", list};
    for (std::size_t i = 0; i < lines.size(); ++i) {
        if (lines[i].amount < 0)
            return Error{"an amount cannot be negative", at(list, i) + "/amount"};
        if (lines[i].amount > kMaxPackagePrice)
            return Error{"an amount is too large to price", at(list, i) + "/amount"};
    }
    return std::nullopt;
}

MinorUnits sumLines(const std::vector<DealLine>& lines) {
    MinorUnits sum = 0;
    for (const DealLine& line : lines) addInto(sum, line.amount);
    return sum;
}

// One-time packages the deal needs from this tier, plus the deal's own one-time fees.
MinorUnits oneTimeCharges(const PricingTier& tier, const DealInput& deal) {
    MinorUnits sum = sumLines(deal.oneTimeFees);
    if (deal.needsProfessionalServices &&
        tier.professionalServices.offer == ServicesOffer::OptionalPackage)
        addInto(sum, tier.professionalServices.price);
    if (deal.needsCustomIntegrations && tier.integrations.offer == IntegrationsOffer::PaidPackage)
        addInto(sum, tier.integrations.price);
    return sum;
}

std::string yearsText(int years) {
    return std::to_string(years) + (years == 1 ? " year" : " years");
}

// Appends to `reasons` only when given, so the crossover sweep can ask without allocating.
bool checkTermAndNeeds(const PricingTier& tier, const DealInput& deal,
                       std::vector<std::string>* reasons) {
    bool ok = true;
    auto fail = [&](std::string text) {
        ok = false;
        if (reasons) reasons->push_back(std::move(text));
    };
    const int years = static_cast<int>(deal.seatsByYear.size());
    const Commitment& c = tier.commitment;
    if (years < c.minTermYears)
        fail("Needs a contract of at least " + yearsText(c.minTermYears) + "; this deal is " +
             yearsText(years) + ".");
    if (c.maxTermYears > 0 && years > c.maxTermYears)
        fail("Allows contracts of at most " + yearsText(c.maxTermYears) + "; this deal is " +
             yearsText(years) + ".");
    if (deal.needsProfessionalServices &&
        tier.professionalServices.offer == ServicesOffer::SelfService)
        fail("Is self-service only, but this deal needs professional services.");
    if (deal.needsCustomIntegrations && tier.integrations.offer == IntegrationsOffer::ApiOnly)
        fail("Offers API access only, but this deal needs custom integrations.");
    if (deal.needsDedicatedCsm && tier.csm.offer == CsmOffer::None)
        fail("Has no dedicated CSM, but this deal needs one.");
    return ok;
}

std::string priceText(MinorUnits amount, const std::string& currency) {
    return formatMoney(amount, currency, amount % 100 != 0);
}

TierQuote buildQuote(const TierCatalog& catalog, std::size_t index, const DealInput& deal) {
    const PricingTier& tier = catalog.tiers[index];
    const CostBasis basis = costBasisFor(catalog, index, deal);
    TierQuote quote;
    quote.tierId = tier.id;
    quote.tierName = tier.name;
    quote.reasons = ineligibilityReasons(tier, deal);
    quote.eligible = quote.reasons.empty();
    quote.scheduleKind = basis.scheduleKind.value_or(tier.discounts.kind);
    quote.termDiscountBp = basis.termDiscountBp;
    quote.approval = approvalFor(catalog.guardrails, deal.manualDiscountBp);
    quote.includes = tierInclusions(tier, catalog.currency);
    quote.servicePoints = servicePoints(tier);

    const MinorUnits oneTime = oneTimeCharges(tier, deal);
    const Wide termFactor = kBp - basis.termDiscountBp;
    const Wide manualFactor = kBp - basis.manualDiscountBp;
    MinorUnits price = tier.listPricePerUserMonth;
    std::int64_t seatMonths = 0;
    quote.years.reserve(deal.seatsByYear.size());
    for (std::size_t y = 0; y < deal.seatsByYear.size(); ++y) {
        if (y > 0)
            price = roundHalfUp(multiplyMoney(price, kFullDiscountBp + deal.annualUpliftBp),
                                kFullDiscountBp);
        const int seats = deal.seatsByYear[y];
        const MinorUnits annualPrice = multiplyMoney(price, 12);
        YearQuote line;
        line.year = static_cast<int>(y) + 1;
        line.seats = seats;
        line.listPricePerUserMonth = price;
        line.list = multiplyMoney(annualPrice, seats);
        // Each subtotal is rounded from its exact value, never from the previous rounded one,
        // so the line itself is rounded exactly once.
        const Wide scheduled =
            Wide(weightedSeatsBp(tier.discounts, quote.scheduleKind, seats)) * annualPrice;
        const MinorUnits afterSchedule = roundedQuotient(scheduled, kBp);
        const MinorUnits afterTerm = roundedQuotient(scheduled * termFactor, kBp * kBp);
        line.subscription = roundedQuotient(scheduled * termFactor * manualFactor, kBp * kBp * kBp);
        line.discounts = {line.list - afterSchedule, afterSchedule - afterTerm,
                          afterTerm - line.subscription};
        line.addOns = basis.recurringExtras;
        line.oneTimeFees = y == 0 ? oneTime : 0;
        line.total = addMoney(addMoney(line.subscription, line.addOns), line.oneTimeFees);

        addInto(quote.discounts.volume, line.discounts.volume);
        addInto(quote.discounts.term, line.discounts.term);
        addInto(quote.discounts.manual, line.discounts.manual);
        addInto(quote.totalContractValue, line.total);
        seatMonths += std::int64_t{seats} * 12;
        quote.years.push_back(line);
    }
    const YearQuote& first = quote.years.front();
    quote.monthlyList = multiplyMoney(tier.listPricePerUserMonth, first.seats);
    quote.annualList = first.list;
    quote.firstYearAcv = addMoney(first.subscription, first.addOns);
    quote.effectivePricePerUserMonth = roundHalfUp(quote.totalContractValue, seatMonths);
    return quote;
}

// effective × (1 − 5% per service point), compared without division.
Wide valueScore(const TierQuote& quote) {
    return Wide(quote.effectivePricePerUserMonth) * (kBp - 500 * quote.servicePoints);
}

void collectDifferences(const TierCatalog& catalog, TierComparison& comparison) {
    static const char* const kAspects[] = {"Professional services", "Support",
                                           "Custom integrations", "Dedicated CSM", "Training"};
    const std::size_t tierCount = comparison.quotes.size();
    if (tierCount < 2) return;
    // The first five inclusion lines are the service aspects, in kAspects order.
    for (std::size_t a = 0; a < 5; ++a) {
        InclusionDifference row{kAspects[a], {}};
        row.perTier.reserve(tierCount);
        for (const TierQuote& q : comparison.quotes) row.perTier.push_back(q.includes[a]);
        if (std::any_of(row.perTier.begin(), row.perTier.end(),
                        [&](const std::string& s) { return s != row.perTier.front(); }))
            comparison.differences.push_back(std::move(row));
    }
    std::vector<std::string> seen;
    for (const PricingTier& tier : catalog.tiers) {
        for (const std::string& feature : tier.features) {
            if (std::find(seen.begin(), seen.end(), feature) != seen.end()) continue;
            seen.push_back(feature);
            InclusionDifference row{feature, {}};
            bool everywhere = true;
            for (const PricingTier& other : catalog.tiers) {
                const bool has = std::find(other.features.begin(), other.features.end(), feature) !=
                                 other.features.end();
                everywhere = everywhere && has;
                row.perTier.push_back(has ? "Included" : "Not included");
            }
            if (!everywhere) comparison.differences.push_back(std::move(row));
        }
    }
}

}  // namespace

DealInput flatDeal(int seats, int years) {
    DealInput deal;
    deal.seatsByYear.assign(static_cast<std::size_t>(std::max(years, 0)), seats);
    return deal;
}

std::optional<Error> validateDeal(const DealInput& deal) {
    const std::size_t years = deal.seatsByYear.size();
    if (years == 0)
        return Error{"the deal needs seats for at least one contract year", "/seatsByYear"};
    if (years > static_cast<std::size_t>(kMaxContractYears))
        return Error{"a contract can run at most 10 years", "/seatsByYear"};
    for (std::size_t i = 0; i < years; ++i) {
        const int seats = deal.seatsByYear[i];
        if (seats < 1 || seats > kMaxSeats)
            return Error{"every contract year needs between 1 and 10,000,000 seats",
                         at("/seatsByYear", i)};
    }
    if (deal.annualUpliftBp < 0 || deal.annualUpliftBp > kMaxUpliftBp)
        return Error{"the annual uplift must be between 0% and 50% (0 to 5000 bp)",
                     "/annualUpliftBp"};
    if (deal.manualDiscountBp < 0 || deal.manualDiscountBp > kFullDiscountBp)
        return Error{"the manual discount must be between 0% and 100% (0 to 10000 bp)",
                     "/manualDiscountBp"};
    if (auto problem = validateLines(deal.recurringAddOns, "/recurringAddOns")) return problem;
    return validateLines(deal.oneTimeFees, "/oneTimeFees");
}

std::vector<std::string> ineligibilityReasons(const PricingTier& tier, const DealInput& deal) {
    std::vector<std::string> reasons;
    const auto lowest = std::min_element(deal.seatsByYear.begin(), deal.seatsByYear.end());
    if (lowest != deal.seatsByYear.end() && *lowest < tier.minUsers) {
        const std::string minimum = "Needs at least " + std::to_string(tier.minUsers) + " users";
        if (deal.seatsByYear.size() == 1) {
            reasons.push_back(minimum + "; this deal has " + std::to_string(*lowest) + ".");
        } else {
            const auto firstShort = std::find_if(deal.seatsByYear.begin(), deal.seatsByYear.end(),
                                                 [&](int s) { return s < tier.minUsers; });
            reasons.push_back(minimum + " every year; year " +
                              std::to_string(firstShort - deal.seatsByYear.begin() + 1) + " has " +
                              std::to_string(*firstShort) + ".");
        }
    }
    checkTermAndNeeds(tier, deal, &reasons);
    return reasons;
}

bool allowsTermAndNeeds(const PricingTier& tier, const DealInput& deal) {
    return checkTermAndNeeds(tier, deal, nullptr);
}

BasisPoints termDiscountFor(const TierCatalog& catalog, const PricingTier& tier, int years) {
    if (tier.commitment.billing == BillingCommitment::Monthly) return 0;
    BasisPoints discount = 0;
    for (const TermDiscount& entry : catalog.termDiscounts)
        if (entry.years <= years) discount = entry.discountBp;  // sorted: the last match is longest
    return discount;
}

ApprovalLevel approvalFor(const DiscountGuardrails& guardrails, BasisPoints manualDiscountBp) {
    if (manualDiscountBp > guardrails.vpApprovalAboveBp) return ApprovalLevel::VicePresident;
    if (manualDiscountBp > guardrails.managerApprovalAboveBp) return ApprovalLevel::Manager;
    return ApprovalLevel::None;
}

BasisPoints scheduleDiscountAt(const DiscountSchedule& schedule, int seats) {
    BasisPoints discount = 0;
    for (const DiscountBracket& b : schedule.brackets) {
        if (b.fromSeats > seats) break;
        discount = b.discountBp;
    }
    return discount;
}

std::int64_t weightedSeatsBp(const DiscountSchedule& schedule, DiscountKind kind, int seats) {
    if (kind == DiscountKind::Volume)
        return std::int64_t{seats} * (kFullDiscountBp - scheduleDiscountAt(schedule, seats));
    std::int64_t weighted = 0;
    int start = 1;  // first seat number of the current bracket
    BasisPoints discount = 0;
    for (const DiscountBracket& b : schedule.brackets) {
        if (b.fromSeats > seats) break;
        weighted += std::int64_t{b.fromSeats - start} * (kFullDiscountBp - discount);
        start = b.fromSeats;
        discount = b.discountBp;
    }
    return weighted + std::int64_t{seats - start + 1} * (kFullDiscountBp - discount);
}

int servicePoints(const PricingTier& tier) {
    // Each offer enum is declared not offered / paid option / included, so its value is its score.
    const int hours = tier.support.responseHours;
    return static_cast<int>(tier.professionalServices.offer) +
           static_cast<int>(tier.integrations.offer) + static_cast<int>(tier.csm.offer) +
           static_cast<int>(tier.training) +
           (hours <= 1   ? 2
            : hours <= 8 ? 1
                         : 0);
}

std::vector<std::string> tierInclusions(const PricingTier& tier, const std::string& currency) {
    std::vector<std::string> lines;
    lines.reserve(5 + tier.features.size());
    switch (tier.professionalServices.offer) {
        case ServicesOffer::SelfService:
            lines.push_back("Self-service onboarding");
            break;
        case ServicesOffer::OptionalPackage:
            lines.push_back("Professional services package available (" +
                            priceText(tier.professionalServices.price, currency) + " one-time)");
            break;
        case ServicesOffer::Included:
            lines.push_back("Professional services included");
            break;
    }
    lines.push_back(tier.support.channel + " support, " +
                    std::to_string(tier.support.responseHours) + "-hour response");
    switch (tier.integrations.offer) {
        case IntegrationsOffer::ApiOnly:
            lines.push_back("API access only");
            break;
        case IntegrationsOffer::PaidPackage:
            lines.push_back("Custom integrations package available (" +
                            priceText(tier.integrations.price, currency) + " one-time)");
            break;
        case IntegrationsOffer::Included:
            lines.push_back("Custom integrations included");
            break;
    }
    switch (tier.csm.offer) {
        case CsmOffer::None:
            lines.push_back("No dedicated CSM");
            break;
        case CsmOffer::AddOn:
            lines.push_back("Dedicated CSM available (" +
                            priceText(tier.csm.annualPrice, currency) + " a year)");
            break;
        case CsmOffer::Included:
            lines.push_back("Dedicated CSM included");
            break;
    }
    lines.emplace_back(trainingOfferLabel(tier.training));
    lines.insert(lines.end(), tier.features.begin(), tier.features.end());
    return lines;
}

CostBasis costBasisFor(const TierCatalog& catalog, std::size_t tierIndex, const DealInput& deal) {
    const PricingTier& tier = catalog.tiers[tierIndex];
    CostBasis basis;
    basis.termDiscountBp =
        termDiscountFor(catalog, tier, static_cast<int>(deal.seatsByYear.size()));
    basis.manualDiscountBp = deal.manualDiscountBp;
    basis.scheduleKind = deal.scheduleKind;
    basis.recurringExtras = sumLines(deal.recurringAddOns);
    if (deal.needsDedicatedCsm && tier.csm.offer == CsmOffer::AddOn)
        addInto(basis.recurringExtras, tier.csm.annualPrice);
    return basis;
}

Result<TierQuote> quoteTier(const TierCatalog& catalog, std::size_t tierIndex,
                            const DealInput& deal) {
    if (auto problem = validateCatalog(catalog)) return Result<TierQuote>::failure(*problem);
    if (auto problem = validateDeal(deal)) return Result<TierQuote>::failure(*problem);
    if (tierIndex >= catalog.tiers.size())
        return Result<TierQuote>::failure("that edition is not in the catalog", "/tiers");
    return Result<TierQuote>::success(buildQuote(catalog, tierIndex, deal));
}

Result<TierComparison> compareTiers(const TierCatalog& catalog, const DealInput& deal) {
    if (auto problem = validateCatalog(catalog)) return Result<TierComparison>::failure(*problem);
    if (auto problem = validateDeal(deal)) return Result<TierComparison>::failure(*problem);
    TierComparison comparison;
    comparison.quotes.reserve(catalog.tiers.size());
    for (std::size_t i = 0; i < catalog.tiers.size(); ++i)
        comparison.quotes.push_back(buildQuote(catalog, i, deal));

    for (std::size_t i = 0; i < comparison.quotes.size(); ++i) {
        const TierQuote& q = comparison.quotes[i];
        if (!q.eligible) continue;
        const int index = static_cast<int>(i);
        if (comparison.cheapestIndex < 0 ||
            q.totalContractValue < comparison.quotes[comparison.cheapestIndex].totalContractValue)
            comparison.cheapestIndex = index;
        if (comparison.bestValueIndex < 0) {
            comparison.bestValueIndex = index;
            continue;
        }
        const TierQuote& best = comparison.quotes[comparison.bestValueIndex];
        const Wide score = valueScore(q);
        const Wide bestScore = valueScore(best);
        if (score < bestScore ||
            (score == bestScore && q.totalContractValue < best.totalContractValue))
            comparison.bestValueIndex = index;
    }
    collectDifferences(catalog, comparison);
    return Result<TierComparison>::success(std::move(comparison));
}

}  // namespace keystone
