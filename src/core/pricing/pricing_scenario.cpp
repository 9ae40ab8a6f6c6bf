#include "core/pricing/pricing_scenario.h"

#include <nlohmann/json.hpp>
#include <utility>

#include "core/model/portfolio.h"
#include "core/pricing/pricing_whatif.h"

namespace keystone {

bool sameCatalog(const TierCatalog& a, const TierCatalog& b) {
    return catalogToJson(a) == catalogToJson(b);
}

const TierCatalog& catalogFor(const Account& account, const Portfolio& portfolio) {
    return account.pricingCatalog ? *account.pricingCatalog : portfolio.catalog;
}

bool usesSenderCatalog(const Account& account, const Portfolio& portfolio) {
    return account.pricingCatalog && !sameCatalog(*account.pricingCatalog, portfolio.catalog);
}

void adoptImportedCatalog(Account& account, const TierCatalog& portfolioCatalog) {
    if (account.pricingCatalog && sameCatalog(*account.pricingCatalog, portfolioCatalog))
        account.pricingCatalog.reset();
}

int scenarioTierIndex(const TierComparison& comparison, const PricingScenario& scenario) {
    if (!scenario.tierId.empty())
        for (std::size_t i = 0; i < comparison.quotes.size(); ++i)
            if (comparison.quotes[i].tierId == scenario.tierId) return static_cast<int>(i);
    return comparison.cheapestIndex;
}

Result<ScenarioQuote> quoteScenario(const TierCatalog& catalog, const PricingScenario& scenario) {
    auto compared = compareTiers(catalog, scenario.deal);
    if (!compared) return Result<ScenarioQuote>::failure(compared.error());
    ScenarioQuote out;
    out.comparison = std::move(compared).value();
    out.tierIndex = scenarioTierIndex(out.comparison, scenario);
    return Result<ScenarioQuote>::success(std::move(out));
}

std::optional<MinorUnits> scenarioFirstYearAcv(const TierCatalog& catalog,
                                               const PricingScenario& scenario) {
    auto quoted = quoteScenario(catalog, scenario);
    if (!quoted) return std::nullopt;
    const TierQuote* quote = quoted.value().quote();
    if (!quote || !quote->eligible) return std::nullopt;
    return quote->firstYearAcv;
}

PricingScenario newPricingScenario(std::string id, std::string name, DealInput deal,
                                   std::string now) {
    PricingScenario scenario;
    scenario.id = std::move(id);
    scenario.updated = std::move(now);
    scenario.name = std::move(name);
    scenario.deal = std::move(deal);
    return scenario;
}

}  // namespace keystone

namespace keystone {

std::string formatBasisPoints(BasisPoints bp) {
    const bool negative = bp < 0;
    const std::int64_t value = negative ? -static_cast<std::int64_t>(bp) : bp;
    std::string text = std::to_string(value / 100);
    const std::int64_t fraction = value % 100;
    if (fraction != 0) {
        text += '.';
        text += static_cast<char>('0' + fraction / 10);
        if (fraction % 10 != 0) text += static_cast<char>('0' + fraction % 10);
    }
    return (negative ? "-" : "") + text + "%";
}

std::string describeSeats(const DealInput& deal) {
    const auto& seats = deal.seatsByYear;
    const std::size_t years = seats.size();
    if (seats.empty()) return "no seats";
    bool flat = true;
    for (int s : seats) flat = flat && s == seats.front();
    if (flat)
        return std::to_string(seats.front()) + (seats.front() == 1 ? " seat for " : " seats for ") +
               yearsText(years);
    std::string ramp;
    for (std::size_t i = 0; i < years; ++i)
        ramp += (i ? " \xE2\x86\x92 " : "") + std::to_string(seats[i]);
    return ramp + " seats over " + yearsText(years);
}

std::string describeScenarioQuote(const PricingScenario& scenario, const TierQuote& quote,
                                  const std::string& currency) {
    std::string text = quote.tierName + ", " + describeSeats(scenario.deal) + ": first-year ACV " +
                       formatMoney(quote.firstYearAcv, currency, true) + ", total contract value " +
                       formatMoney(quote.totalContractValue, currency, true) + ", effectively " +
                       formatMoney(quote.effectivePricePerUserMonth, currency, true) +
                       " per user per month.";
    if (scenario.deal.manualDiscountBp > 0) {
        text +=
            " Includes a " + formatBasisPoints(scenario.deal.manualDiscountBp) + " manual discount";
        text += " (" + std::string(approvalLevelLabel(quote.approval)) + ").";
    }
    if (!quote.eligible && !quote.reasons.empty())
        text += " Not sellable as entered: " + quote.reasons.front();
    return text;
}

}  // namespace keystone
