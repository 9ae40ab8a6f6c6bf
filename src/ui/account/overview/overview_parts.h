// The parts of the Overview tab (overview_tab.cpp lays them out): the account's facts, our
// team and the strategic goals. Each edit is one command on the account, so it is one undo
// step and reaches the portfolio figures in the same frame.
#pragma once

#include <string>
#include <utility>

#include "core/editing/edits.h"
#include "core/editing/workspace.h"
#include "ui/shell/view_state.h"

namespace keystone::ui {

// Sets one account-level value; `what` names it in the undo description ("Edit current
// ARR"). Typing merges one field's keystrokes into one step; a pick from a list (`typed`
// false) is always a step of its own.
template <class T, class Access>
Command editAccount(Workspace& workspace, const Account& account, Access access, T value,
                    const std::string& what, bool typed = true) {
    return setAccountField<T>(account.id, access, std::move(value), "Edit " + what,
                              typed ? account.id + "/" + what : std::string(), workspace.clockNow(),
                              workspace.portfolio());
}

// Current and prior-year ARR, renewal date, currency, fiscal-year start, budget cycle.
void drawAccountFacts(Workspace& workspace, PlanFieldsState& fields, const Account& account);
// Our people on the account, each a role and a name; "Add team member".
void drawAccountTeam(Workspace& workspace, const Account& account);
// The customer's strategic goals: title, target date, how we help; "Add goal".
void drawStrategicGoals(Workspace& workspace, PlanFieldsState& fields, const Account& account);

}  // namespace keystone::ui
