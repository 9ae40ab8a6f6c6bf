// Which pricing scenario the printable report shows, and in what words.
#include <nlohmann/json.hpp>

#include "core/report/plan_report.h"

namespace keystone {

std::optional<std::string> reportPricingSummary(const Account& account,
                                                const TierCatalog& portfolioCatalog) {
    // The deal the account is working hardest on: the most advanced open opportunity with a
    // scenario (stage order; the larger amount, then plan order, breaks ties).
    const Opportunity* chosen = nullptr;
    const PricingScenario* scenario = nullptr;
    for (const Opportunity& o : account.opportunities) {
        if (o.pricingScenarioId.empty() || o.stage == SalesStage::ClosedWon ||
            o.stage == SalesStage::ClosedLost)
            continue;
        const PricingScenario* found = nullptr;
        for (const PricingScenario& s : account.pricingScenarios)
            if (s.id == o.pricingScenarioId) found = &s;
        if (!found) continue;
        if (!chosen || o.stage > chosen->stage ||
            (o.stage == chosen->stage && o.amount > chosen->amount)) {
            chosen = &o;
            scenario = found;
        }
    }
    if (!chosen) return std::nullopt;
    const TierCatalog& catalog =
        account.pricingCatalog ? *account.pricingCatalog : portfolioCatalog;
    auto quoted = quoteScenario(catalog, *scenario);
    const std::string head = "Scenario \xE2\x80\x9C" + scenario->name +
                             "\xE2\x80\x9D for \xE2\x80\x9C" + chosen->name + "\xE2\x80\x9D (" +
                             std::string(salesStageLabel(chosen->stage)) + "): ";
    if (!quoted || !quoted.value().quote())
        return head +
               "it cannot be priced with the current catalog (no edition can sell this deal).";
    std::string text =
        head + describeScenarioQuote(*scenario, *quoted.value().quote(), catalog.currency);
    if (account.pricingCatalog) text += " Priced with the catalog that came with the plan file.";
    return text;
}

}  // namespace keystone
