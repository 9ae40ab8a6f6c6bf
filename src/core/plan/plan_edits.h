// Commands for plan entities edits.h does not reach: actions nested inside an objective,
// and the opportunity stage move (stage, probability and stamp in one undo step). Also the
// defaults a newly added objective, action or opportunity starts with.
//
// Like edits.h, entities are looked up by stable id each time a command runs, never held
// by pointer, so undoing a delete or importing a plan in between cannot leave a dangling
// reference; a command whose objective or action is gone does nothing.
#pragma once

#include <string>

#include "core/editing/edits.h"

namespace keystone {

// ---- New entities ------------------------------------------------------------------------
// today is "YYYY-MM-DD" (an invalid date leaves the dates empty). Objectives aim a year out,
// inside the plan's 12–18-month horizon; actions are due in two weeks; opportunities close
// in a quarter (90 days).
Objective newObjective(std::string id, const std::string& today, std::string now);
PlanAction newAction(std::string id, const std::string& today, std::string now);
Opportunity newOpportunity(std::string id, const std::string& today, std::string now);

// ---- Actions inside an objective ---------------------------------------------------------
PlanAction* findAction(Account& account, const std::string& objectiveId,
                       const std::string& actionId);

// Adds `action` to the objective's actions at `position` (clamped; -1 = end).
Command insertAction(const std::string& accountId, const std::string& objectiveId,
                     PlanAction action, int position, std::string description);

// Removes the action; undo puts it back where it was.
Command removeAction(const std::string& accountId, const std::string& objectiveId,
                     const std::string& actionId, std::string description,
                     const Portfolio& current);

// Sets one field of an action and stamps its `updated`.
template <class T>
Command setActionField(const std::string& accountId, const std::string& objectiveId,
                       const std::string& actionId, T PlanAction::*field, T value,
                       std::string description, std::string mergeKey, std::string now,
                       const Portfolio& current) {
    T oldValue{};
    std::string oldStamp;
    if (const Account* account = findAccount(current, accountId)) {
        if (const PlanAction* action =
                findAction(const_cast<Account&>(*account), objectiveId, actionId)) {
            oldValue = action->*field;
            oldStamp = action->updated;
        }
    }
    auto assign = [=](Portfolio& p, const T& v, const std::string& stamp) {
        if (Account* a = findAccount(p, accountId))
            if (PlanAction* action = findAction(*a, objectiveId, actionId)) {
                action->*field = v;
                action->updated = stamp;
            }
    };
    return Command{std::move(description), std::move(mergeKey),
                   [=](Portfolio& p) { assign(p, value, now); },
                   [=](Portfolio& p) { assign(p, oldValue, oldStamp); }, accountId};
}

// ---- Opportunity stage -------------------------------------------------------------------
// Moves the opportunity to `to`; its probability follows probabilityAfterStageChange (see
// sales_stages.h). One undo step restores stage, probability and stamp together.
Command moveOpportunityStage(const std::string& accountId, const std::string& opportunityId,
                             SalesStage to, std::string now, const Portfolio& current);

// Sets the opportunity's amount by hand. When a pricing scenario is attached the amount
// no longer follows it, so amountOverridden is set too; one undo step restores both.
Command setOpportunityAmount(const std::string& accountId, const std::string& opportunityId,
                             MinorUnits amount, std::string mergeKey, std::string now,
                             const Portfolio& current);

}  // namespace keystone
