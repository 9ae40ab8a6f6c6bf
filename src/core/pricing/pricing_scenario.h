// A saved pricing scenario: the deal a rep priced for an account, kept in the plan file so
// it can be compared with others, attached to an opportunity, and sent to a colleague.
//
// Contents: PricingScenario · which catalog an account's scenarios are priced with
//           · quoting a scenario
//
// The number of contract years is the length of deal.seatsByYear (one seat count per
// year, the ramp). The scenario stores inputs only, never prices: figures are always
// worked out from the catalog, so they cannot drift from the engine.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "core/model/unknown_fields.h"
#include "core/pricing/pricing.h"

namespace keystone {

struct PricingScenario {
    std::string id;       // stable random id (32 hex digits)
    std::string updated;  // ISO-8601 UTC stamp of the last edit, for merge
    std::string name;     // "300 seats, 3 years"
    DealInput deal;       // seats per year (years = its length), uplift, discount, needs, lines
    std::string tierId;   // tier the rep chose; "" or an id not in the catalog = cheapest eligible
    std::string notes;    // free text for the rep
    UnknownFields unknown;  // members a newer plan format added, kept
};

struct Account;
struct Portfolio;

// The catalog the account's scenarios are priced with: the one its plan file brought when
// that differs from the portfolio's (Account::pricingCatalog), else the portfolio's own.
const TierCatalog& catalogFor(const Account& account, const Portfolio& portfolio);
// Whether the account carries a catalog of its own that differs from the portfolio's
// ("priced with the sender's catalog").
bool usesSenderCatalog(const Account& account, const Portfolio& portfolio);
// Same tiers, prices, term discounts, guardrails and currency (compared in JSON form).
bool sameCatalog(const TierCatalog& a, const TierCatalog& b);

// After reading a plan file: keeps the file's catalog on the account only when it differs
// from the portfolio's, so an account the rep exported and re-imported shows nothing odd.
void adoptImportedCatalog(Account& account, const TierCatalog& portfolioCatalog);

// Index of the tier the scenario is quoted on in `comparison`: its chosen tier when that
// exists in the catalog (eligible or not), else the cheapest eligible tier; -1 = none.
int scenarioTierIndex(const TierComparison& comparison, const PricingScenario& scenario);

struct ScenarioQuote {
    TierComparison comparison;  // every tier for the scenario's deal
    int tierIndex = -1;         // see scenarioTierIndex; -1 = nothing can be sold
    const TierQuote* quote() const {
        return tierIndex < 0 ? nullptr : &comparison.quotes[static_cast<std::size_t>(tierIndex)];
    }
};
// Error when the catalog or the scenario's deal cannot be priced.
Result<ScenarioQuote> quoteScenario(const TierCatalog& catalog, const PricingScenario& scenario);
// First-year ACV of the scenario's tier when it can be sold; nothing otherwise (an
// attached opportunity then keeps its amount).
std::optional<MinorUnits> scenarioFirstYearAcv(const TierCatalog& catalog,
                                               const PricingScenario& scenario);

// ---- words for people (UI, report, CLI) ----------------------------------------------------
// "12.5%", "10%": basis points as a percentage, trailing zeros dropped.
std::string formatBasisPoints(BasisPoints bp);
// "300 seats for 3 years" or "100 → 200 → 300 seats over 3 years" (a ramp).
std::string describeSeats(const DealInput& deal);
// One plain-text paragraph: tier, seats, first-year ACV, TCV, price per user, discount and
// approval. For the printable report and the CLI.
std::string describeScenarioQuote(const PricingScenario& scenario, const TierQuote& quote,
                                  const std::string& currency);

// A scenario for a flat deal: `seats` every year for `years` years, tier chosen by price.
PricingScenario newPricingScenario(std::string id, std::string name, DealInput deal,
                                   std::string now);

}  // namespace keystone
