// One what-if step of the deal calculator, and the words the UI and the CLI use for it.
//
// computeWhatIf is what runs when the rep drags the seats slider: every tier quoted, the
// crossovers and cliffs over the whole seat range, and the chart's cost curve per tier.
// It is the unit ./scripts/bench times (target < 1 ms in the WASM build).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "core/pricing/pricing.h"

namespace keystone {

struct PricingWhatIf {
    TierComparison comparison;                    // every tier for the deal as entered
    CrossoverAnalysis crossovers;                 // flat deals of 1..kDefaultMaxSeats seats
    int chartMaxSeats = 0;                        // the chart's seat axis runs 0..this
    std::vector<std::vector<CurvePoint>> curves;  // per tier (catalog order), 1..chartMaxSeats
};

// Seat axis of the chart: room for twice the deal's largest year and the last bracket start
// with a margin, rounded up to a round number, within 100..kDefaultMaxSeats.
int chartSeatRange(const TierCatalog& catalog, const DealInput& deal);

// Error when the catalog or the deal cannot be priced (validateCatalog / validateDeal).
Result<PricingWhatIf> computeWhatIf(const TierCatalog& catalog, const DealInput& deal);

// "From 100 seats Enterprise is cheapest", one per crossover in seat order; "From 1 seat no
// edition can be sold" when nothing is eligible for small deals.
std::vector<std::string> crossoverSentences(const CrossoverAnalysis& analysis,
                                            const TierCatalog& catalog);

// "Enterprise: 499 seats cost more than 500 ($X vs $Y a year). Buying 500 is cheaper for
// anyone needing 417 to 499 seats."
std::string cliffSentence(const VolumeCliff& cliff, const TierCatalog& catalog);

// "1 seat" / "1,250 seats"; "1,250".
std::string seatsText(int seats);
std::string groupedNumber(int value);
// "1 year" / "3 years".
std::string yearsText(std::size_t years);

// The money figures of a quote, in the order the comparison shows them. Each caption says the
// time its amount covers, so per-year list prices are never read as contract totals.
enum class QuoteFigure : std::uint8_t {
    ListPricePerUserMonth,  // the edition's list price in year 1 (uplift raises it later)
    MonthlyList,            // TierQuote::monthlyList: year-1 seats at list, one month
    AnnualList,             // TierQuote::annualList: the same for a year
    VolumeDiscount,         // discounts, each summed over the whole contract
    TermDiscount,
    ManualDiscount,
    FirstYearAcv,
    TotalContractValue,
    AveragePerUserMonth,  // TierQuote::effectivePricePerUserMonth
};
inline constexpr QuoteFigure kQuoteFigures[] = {QuoteFigure::ListPricePerUserMonth,
                                                QuoteFigure::MonthlyList,
                                                QuoteFigure::AnnualList,
                                                QuoteFigure::VolumeDiscount,
                                                QuoteFigure::TermDiscount,
                                                QuoteFigure::ManualDiscount,
                                                QuoteFigure::FirstYearAcv,
                                                QuoteFigure::TotalContractValue,
                                                QuoteFigure::AveragePerUserMonth};
// "List price per year (year 1)", "Volume discount (all years)", "Total contract value
// (3 years)": the caption the UI and the CLI show for a figure of a `contractYears` deal.
std::string quoteFigureCaption(QuoteFigure figure, std::size_t contractYears);
// The figure's amount in the quote (discounts as positive amounts).
MinorUnits quoteFigureAmount(const TierQuote& quote, QuoteFigure figure);

}  // namespace keystone
