#include "core/pricing/pricing_whatif.h"

#include <algorithm>
#include <utility>

namespace keystone {

std::string groupedNumber(int value) {
    std::string digits = std::to_string(value < 0 ? -static_cast<long>(value) : value);
    for (int i = static_cast<int>(digits.size()) - 3; i > 0; i -= 3)
        digits.insert(static_cast<std::size_t>(i), ",");
    return (value < 0 ? "-" : "") + digits;
}

std::string seatsText(int seats) {
    return groupedNumber(seats) + (seats == 1 ? " seat" : " seats");
}

std::string yearsText(std::size_t years) {
    return std::to_string(years) + (years == 1 ? " year" : " years");
}

std::string quoteFigureCaption(QuoteFigure figure, std::size_t contractYears) {
    switch (figure) {
        case QuoteFigure::ListPricePerUserMonth:
            return "List price per user per month";
        case QuoteFigure::MonthlyList:
            return "List price per month (year 1)";
        case QuoteFigure::AnnualList:
            return "List price per year (year 1)";
        case QuoteFigure::VolumeDiscount:
            return "Volume discount (all years)";
        case QuoteFigure::TermDiscount:
            return "Term discount (all years)";
        case QuoteFigure::ManualDiscount:
            return "Manual discount (all years)";
        case QuoteFigure::FirstYearAcv:
            return "Net first-year ACV";
        case QuoteFigure::TotalContractValue:
            return "Total contract value (" + yearsText(contractYears) + ")";
        case QuoteFigure::AveragePerUserMonth:
            return "Average per user per month";
    }
    return {};
}

MinorUnits quoteFigureAmount(const TierQuote& quote, QuoteFigure figure) {
    switch (figure) {
        case QuoteFigure::ListPricePerUserMonth:
            return quote.years.empty() ? 0 : quote.years.front().listPricePerUserMonth;
        case QuoteFigure::MonthlyList:
            return quote.monthlyList;
        case QuoteFigure::AnnualList:
            return quote.annualList;
        case QuoteFigure::VolumeDiscount:
            return quote.discounts.volume;
        case QuoteFigure::TermDiscount:
            return quote.discounts.term;
        case QuoteFigure::ManualDiscount:
            return quote.discounts.manual;
        case QuoteFigure::FirstYearAcv:
            return quote.firstYearAcv;
        case QuoteFigure::TotalContractValue:
            return quote.totalContractValue;
        case QuoteFigure::AveragePerUserMonth:
            return quote.effectivePricePerUserMonth;
    }
    return 0;
}

int chartSeatRange(const TierCatalog& catalog, const DealInput& deal) {
    int largest = 0;
    for (int seats : deal.seatsByYear) largest = std::max(largest, seats);
    int lastBracket = 0;
    for (const PricingTier& tier : catalog.tiers) {
        lastBracket = std::max(lastBracket, tier.minUsers);
        if (!tier.discounts.brackets.empty())
            lastBracket = std::max(lastBracket, tier.discounts.brackets.back().fromSeats);
    }
    // Past the last bracket nothing changes shape, so a fifth more shows every feature.
    const long want = std::max<long>(2L * largest, lastBracket + lastBracket / 5);
    long step = 100;
    while (want > step * 10) step *= 10;
    const long rounded = (want + step - 1) / step * step;
    return static_cast<int>(std::clamp<long>(rounded, 100, kDefaultMaxSeats));
}

Result<PricingWhatIf> computeWhatIf(const TierCatalog& catalog, const DealInput& deal) {
    auto comparison = compareTiers(catalog, deal);
    if (!comparison) return Result<PricingWhatIf>::failure(comparison.error());
    auto crossovers = findCrossovers(catalog, deal);
    if (!crossovers) return Result<PricingWhatIf>::failure(crossovers.error());
    PricingWhatIf out;
    out.comparison = std::move(comparison).value();
    out.crossovers = std::move(crossovers).value();
    out.chartMaxSeats = chartSeatRange(catalog, deal);
    out.curves.reserve(catalog.tiers.size());
    for (std::size_t i = 0; i < catalog.tiers.size(); ++i)
        out.curves.push_back(
            annualCostCurve(catalog.tiers[i], out.chartMaxSeats, costBasisFor(catalog, i, deal)));
    return Result<PricingWhatIf>::success(std::move(out));
}

std::vector<std::string> crossoverSentences(const CrossoverAnalysis& analysis,
                                            const TierCatalog& catalog) {
    std::vector<std::string> out;
    auto name = [&](int tier) {
        return tier >= 0 && static_cast<std::size_t>(tier) < catalog.tiers.size()
                   ? catalog.tiers[static_cast<std::size_t>(tier)].name
                   : std::string("no edition");
    };
    for (const Crossover& c : analysis.crossovers) {
        if (c.toTier < 0)
            out.push_back("From " + seatsText(c.seats) + " no edition can be sold");
        else
            out.push_back("From " + seatsText(c.seats) + " " + name(c.toTier) + " is cheapest");
    }
    return out;
}

std::string cliffSentence(const VolumeCliff& cliff, const TierCatalog& catalog) {
    const std::string tier = static_cast<std::size_t>(cliff.tier) < catalog.tiers.size()
                                 ? catalog.tiers[static_cast<std::size_t>(cliff.tier)].name
                                 : std::string("An edition");
    std::string text = tier + ": " + seatsText(cliff.seats - 1) + " cost more than " +
                       groupedNumber(cliff.seats) + " (" +
                       formatMoney(cliff.costOneFewer, catalog.currency) + " vs " +
                       formatMoney(cliff.cost, catalog.currency) + " a year).";
    if (cliff.firstDearerSeats < cliff.seats - 1)
        text += " Buying " + groupedNumber(cliff.seats) + " is cheaper for anyone needing " +
                groupedNumber(cliff.firstDearerSeats) + " to " + groupedNumber(cliff.seats - 1) +
                " seats.";
    return text;
}

}  // namespace keystone
