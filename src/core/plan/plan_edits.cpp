#include "core/plan/plan_edits.h"

#include <algorithm>
#include <utility>

#include "core/model/calendar.h"
#include "core/plan/sales_stages.h"

namespace keystone {
namespace {

// today shifted by `days`, or "" when today is not a date.
std::string daysAfter(const std::string& today, int days) {
    const Result<Date> date = parseIsoDate(today);
    return date ? formatIsoDate(addDays(date.value(), days)) : std::string();
}

// today a year on; 29 February becomes 28 February.
std::string yearAfter(const std::string& today) {
    const Result<Date> date = parseIsoDate(today);
    if (!date) return {};
    Date next = date.value();
    next.year = std::min(next.year + 1, 9999);
    next.day = std::min(next.day, daysInMonth(next.year, next.month));
    return formatIsoDate(next);
}

Objective* findObjective(Account& account, const std::string& objectiveId) {
    return findEntity(account.objectives, objectiveId);
}

}  // namespace

Objective newObjective(std::string id, const std::string& today, std::string now) {
    Objective objective;
    objective.id = std::move(id);
    objective.updated = std::move(now);
    objective.title = "New objective";
    objective.targetDate = yearAfter(today);
    return objective;
}

PlanAction newAction(std::string id, const std::string& today, std::string now) {
    PlanAction action;
    action.id = std::move(id);
    action.updated = std::move(now);
    action.title = "New action";
    action.dueDate = daysAfter(today, 14);
    return action;
}

Opportunity newOpportunity(std::string id, const std::string& today, std::string now) {
    Opportunity opportunity;
    opportunity.id = std::move(id);
    opportunity.updated = std::move(now);
    opportunity.name = "New opportunity";
    opportunity.closeDate = daysAfter(today, 90);
    opportunity.stage = SalesStage::Discovery;
    opportunity.probabilityPct = stageDefinition(SalesStage::Discovery).defaultProbabilityPct;
    return opportunity;
}

PlanAction* findAction(Account& account, const std::string& objectiveId,
                       const std::string& actionId) {
    Objective* objective = findObjective(account, objectiveId);
    return objective ? findEntity(objective->actions, actionId) : nullptr;
}

Command insertAction(const std::string& accountId, const std::string& objectiveId,
                     PlanAction action, int position, std::string description) {
    const std::string actionId = action.id;
    return Command{
        std::move(description),
        {},
        [=](Portfolio& p) {
            Account* a = findAccount(p, accountId);
            Objective* objective = a ? findObjective(*a, objectiveId) : nullptr;
            if (!objective) return;
            auto& actions = objective->actions;
            const size_t at = position < 0 || static_cast<size_t>(position) > actions.size()
                                  ? actions.size()
                                  : static_cast<size_t>(position);
            actions.insert(actions.begin() + static_cast<std::ptrdiff_t>(at), action);
        },
        [=](Portfolio& p) {
            Account* a = findAccount(p, accountId);
            Objective* objective = a ? findObjective(*a, objectiveId) : nullptr;
            if (!objective) return;
            auto& actions = objective->actions;
            actions.erase(std::remove_if(actions.begin(), actions.end(),
                                         [&](const PlanAction& x) { return x.id == actionId; }),
                          actions.end());
        },
        accountId};
}

Command removeAction(const std::string& accountId, const std::string& objectiveId,
                     const std::string& actionId, std::string description,
                     const Portfolio& current) {
    PlanAction removed;
    int position = -1;
    bool found = false;
    if (const Account* account = findAccount(current, accountId)) {
        for (const Objective& objective : account->objectives) {
            if (objective.id != objectiveId) continue;
            for (size_t i = 0; i < objective.actions.size(); ++i)
                if (objective.actions[i].id == actionId) {
                    removed = objective.actions[i];
                    position = static_cast<int>(i);
                    found = true;
                }
        }
    }
    if (!found) {
        // Nothing to remove: a no-op both ways, rather than an undo that inserts a blank.
        auto nothing = [](Portfolio&) {};
        return Command{std::move(description), {}, nothing, nothing, accountId};
    }
    Command reinsert = insertAction(accountId, objectiveId, removed, position, description);
    return Command{std::move(description), {}, reinsert.revert, reinsert.apply, accountId};
}

Command moveOpportunityStage(const std::string& accountId, const std::string& opportunityId,
                             SalesStage to, std::string now, const Portfolio& current) {
    struct State {
        SalesStage stage = SalesStage::Discovery;
        int probabilityPct = 0;
        std::string updated;
    };
    State before, after;
    if (const Account* account = findAccount(current, accountId)) {
        for (const Opportunity& o : account->opportunities) {
            if (o.id != opportunityId) continue;
            before = State{o.stage, o.probabilityPct, o.updated};
            after = State{to, probabilityAfterStageChange(o.probabilityPct, o.stage, to), now};
        }
    }
    auto assign = [=](Portfolio& p, const State& s) {
        if (Account* a = findAccount(p, accountId))
            if (Opportunity* o = findEntity(a->opportunities, opportunityId)) {
                o->stage = s.stage;
                o->probabilityPct = s.probabilityPct;
                o->updated = s.updated;
            }
    };
    const std::string description = std::string("Move to ") + std::string(salesStageLabel(to));
    return Command{description,
                   {},
                   [=](Portfolio& p) { assign(p, after); },
                   [=](Portfolio& p) { assign(p, before); },
                   accountId};
}

Command setOpportunityAmount(const std::string& accountId, const std::string& opportunityId,
                             MinorUnits amount, std::string mergeKey, std::string now,
                             const Portfolio& current) {
    struct State {
        MinorUnits amount = 0;
        bool overridden = false;
        std::string updated;
    };
    State before, after;
    if (const Account* account = findAccount(current, accountId)) {
        for (const Opportunity& o : account->opportunities) {
            if (o.id != opportunityId) continue;
            before = State{o.amount, o.amountOverridden, o.updated};
            after = State{std::max<MinorUnits>(amount, 0),
                          o.amountOverridden || !o.pricingScenarioId.empty(), now};
        }
    }
    auto assign = [=](Portfolio& p, const State& s) {
        if (Account* a = findAccount(p, accountId))
            if (Opportunity* o = findEntity(a->opportunities, opportunityId)) {
                o->amount = s.amount;
                o->amountOverridden = s.overridden;
                o->updated = s.updated;
            }
    };
    return Command{"Edit opportunity amount", std::move(mergeKey),
                   [=](Portfolio& p) { assign(p, after); },
                   [=](Portfolio& p) { assign(p, before); }, accountId};
}

}  // namespace keystone
