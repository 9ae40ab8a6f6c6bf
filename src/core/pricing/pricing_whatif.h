// One what-if step of the deal calculator, and the words the UI and the CLI use for it.
//
// computeWhatIf is what runs when the rep drags the seats slider: every tier quoted, the
// crossovers and cliffs over the whole seat range, and the chart's cost curve per tier.
// It is the unit ./scripts/bench times (target < 1 ms in the WASM build).
#pragma once

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
// tier can be sold" when nothing is eligible for small deals.
std::vector<std::string> crossoverSentences(const CrossoverAnalysis& analysis,
                                            const TierCatalog& catalog);

// "Enterprise: 499 seats cost more than 500 ($X vs $Y a year). Buying 500 is cheaper for
// anyone needing 417 to 499 seats."
std::string cliffSentence(const VolumeCliff& cliff, const TierCatalog& catalog);

// "1 seat" / "1,250 seats"; "1,250".
std::string seatsText(int seats);
std::string groupedNumber(int value);

}  // namespace keystone
