// Scenario commands swap the account's pricing state (scenarios, opportunities, the
// file's catalog) as a whole between a before and an after snapshot: one command touches
// the scenario and every opportunity following it, and undo must restore all of them.
#include "core/pricing/pricing_scenario_edits.h"

#include <utility>

#include "core/editing/edits.h"

namespace keystone {
namespace {

struct PricingState {
    std::vector<PricingScenario> scenarios;
    std::vector<Opportunity> opportunities;
    std::optional<TierCatalog> catalog;
};

PricingState stateOf(const Account& account) {
    return {account.pricingScenarios, account.opportunities, account.pricingCatalog};
}

void repriceAttached(Account& account, const TierCatalog& catalog, const std::string& now) {
    for (Opportunity& opportunity : account.opportunities) {
        const auto amount = followedAmount(account, opportunity, catalog);
        if (amount && *amount != opportunity.amount) {
            opportunity.amount = *amount;
            opportunity.updated = now;
        }
    }
}

// A command that turns the account's pricing state into what `edit` makes of it.
template <class Edit>
Command pricingCommand(const Portfolio& current, const std::string& accountId,
                       std::string description, std::string mergeKey, Edit edit) {
    const Account* account = findAccount(current, accountId);
    if (!account)
        return Command{std::move(description), {}, [](Portfolio&) {}, [](Portfolio&) {}, accountId};
    // Only the pricing state is copied: an account may hold 200,000 stakeholders.
    Account after;
    after.pricingScenarios = account->pricingScenarios;
    after.opportunities = account->opportunities;
    after.pricingCatalog = account->pricingCatalog;
    edit(after);
    PricingState before = stateOf(*account);
    PricingState next = stateOf(after);
    auto assign = [accountId](Portfolio& p, const PricingState& s) {
        if (Account* a = findAccount(p, accountId)) {
            a->pricingScenarios = s.scenarios;
            a->opportunities = s.opportunities;
            a->pricingCatalog = s.catalog;
        }
    };
    return Command{std::move(description), std::move(mergeKey),
                   [assign, next](Portfolio& p) { assign(p, next); },
                   [assign, before](Portfolio& p) { assign(p, before); }, accountId};
}

}  // namespace

std::optional<MinorUnits> followedAmount(const Account& account, const Opportunity& opportunity,
                                         const TierCatalog& catalog) {
    if (opportunity.pricingScenarioId.empty() || opportunity.amountOverridden) return std::nullopt;
    for (const PricingScenario& scenario : account.pricingScenarios)
        if (scenario.id == opportunity.pricingScenarioId)
            return scenarioFirstYearAcv(catalog, scenario);
    return std::nullopt;
}

Command addPricingScenarioCommand(const std::string& accountId, PricingScenario scenario,
                                  std::string description) {
    return insertEntity(accountId, &Account::pricingScenarios, std::move(scenario), -1,
                        std::move(description));
}

Command updatePricingScenarioCommand(const Portfolio& current, const std::string& accountId,
                                     PricingScenario edited, std::string description,
                                     std::string mergeKey, const std::string& now) {
    const Account* account = findAccount(current, accountId);
    const TierCatalog catalog = account ? catalogFor(*account, current) : current.catalog;
    edited.updated = now;
    return pricingCommand(
        current, accountId, std::move(description), std::move(mergeKey), [&](Account& a) {
            if (PricingScenario* scenario = findEntity(a.pricingScenarios, edited.id))
                *scenario = edited;
            repriceAttached(a, catalog, now);
        });
}

Command removePricingScenarioCommand(const Portfolio& current, const std::string& accountId,
                                     const std::string& scenarioId, const std::string& now) {
    std::string name;
    if (const Account* account = findAccount(current, accountId))
        for (const PricingScenario& s : account->pricingScenarios)
            if (s.id == scenarioId) name = s.name;
    return pricingCommand(current, accountId, "Delete scenario " + name, {}, [&](Account& a) {
        auto& list = a.pricingScenarios;
        for (std::size_t i = 0; i < list.size(); ++i)
            if (list[i].id == scenarioId)
                list.erase(list.begin() + static_cast<std::ptrdiff_t>(i--));
        for (Opportunity& o : a.opportunities) {
            if (o.pricingScenarioId != scenarioId) continue;
            o.pricingScenarioId.clear();
            o.amountOverridden = false;
            o.updated = now;
        }
    });
}

Command attachPricingScenarioCommand(const Portfolio& current, const std::string& accountId,
                                     const std::string& opportunityId,
                                     const std::string& scenarioId, const std::string& now) {
    const Account* account = findAccount(current, accountId);
    const TierCatalog catalog = account ? catalogFor(*account, current) : current.catalog;
    return pricingCommand(
        current, accountId,
        scenarioId.empty() ? "Detach pricing scenario" : "Attach pricing scenario", {},
        [&](Account& a) {
            Opportunity* o = findEntity(a.opportunities, opportunityId);
            if (!o) return;
            o->pricingScenarioId = scenarioId;
            o->amountOverridden = false;
            o->updated = now;
            if (const auto amount = followedAmount(a, *o, catalog)) o->amount = *amount;
        });
}

Command useOwnCatalogCommand(const Portfolio& current, const std::string& accountId,
                             const std::string& now) {
    return pricingCommand(current, accountId, "Price with my catalog", {}, [&](Account& a) {
        a.pricingCatalog.reset();
        repriceAttached(a, current.catalog, now);
    });
}

Result<Command> catalogEditCommand(const Portfolio& current, TierCatalog edited,
                                   std::string description, std::string mergeKey) {
    if (auto error = validateCatalog(edited)) return Result<Command>::failure(std::move(*error));
    TierCatalog previous = current.catalog;
    return Result<Command>::success(
        Command{std::move(description), std::move(mergeKey),
                [next = std::move(edited)](Portfolio& p) { p.catalog = next; },
                [previous](Portfolio& p) { p.catalog = previous; }, ""});
}

}  // namespace keystone
