// Commands for pricing scenarios and the portfolio's tier catalog.
//
// An opportunity with a pricing scenario attached follows it: its amount is the
// scenario's first-year ACV (on the scenario's chosen tier, else the cheapest eligible
// one) unless the rep typed an amount by hand (amountOverridden, see setOpportunityAmount).
// Every command here that changes what a scenario costs reprices the attached
// opportunities in the same undo step. Editing the portfolio catalog does not rewrite
// amounts already in plans: a quote a customer has seen keeps its number until the rep
// edits or re-attaches the scenario.
#pragma once

#include <string>

#include "core/editing/command_history.h"
#include "core/model/result.h"

namespace keystone {

// Amount an opportunity attached to `scenarioId` should show; nothing when it keeps its own
// (no such scenario, overridden by hand, or the scenario cannot be sold on any tier).
std::optional<MinorUnits> followedAmount(const Account& account, const Opportunity& opportunity,
                                         const TierCatalog& catalog);

// Adds `scenario` at the end of the account's scenarios.
Command addPricingScenarioCommand(const std::string& accountId, PricingScenario scenario,
                                  std::string description);

// Replaces the scenario with the same id by `edited` (stamped `now`) and reprices the
// opportunities attached to it. Successive edits with one mergeKey merge into one step.
Command updatePricingScenarioCommand(const Portfolio& current, const std::string& accountId,
                                     PricingScenario edited, std::string description,
                                     std::string mergeKey, const std::string& now);

// Removes the scenario; opportunities attached to it are detached (their amount stays).
// Undo restores the scenario and the attachments.
Command removePricingScenarioCommand(const Portfolio& current, const std::string& accountId,
                                     const std::string& scenarioId, const std::string& now);

// Attaches the scenario to the opportunity ("" detaches it): the amount follows the
// scenario again (amountOverridden is cleared) and is set to its first-year ACV.
Command attachPricingScenarioCommand(const Portfolio& current, const std::string& accountId,
                                     const std::string& opportunityId,
                                     const std::string& scenarioId, const std::string& now);

// Drops the catalog the account's plan file brought, so its scenarios are priced with the
// portfolio's catalog from now on; attached opportunities are repriced.
Command useOwnCatalogCommand(const Portfolio& current, const std::string& accountId,
                             const std::string& now);

// Replaces the portfolio's tier catalog when validateCatalog accepts `edited`; otherwise
// the error and nothing changes. A portfolio-wide edit (accountId "").
Result<Command> catalogEditCommand(const Portfolio& current, TierCatalog edited,
                                   std::string description, std::string mergeKey);

}  // namespace keystone
