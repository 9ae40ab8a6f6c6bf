// Bringing a plan file into the portfolio as one undoable step.
//
// The file is read and validated completely before anything changes; a plan whose account
// is new is added. A plan for an account that is already in the portfolio is refused
// (never silently overwritten) until merging lands.
#pragma once

#include <string>
#include <string_view>

#include "core/command_history.h"
#include "core/plan_format.h"
#include "core/result.h"

namespace keystone {

struct PlanImport {
    Command command;        // adds the account; undo removes it again
    std::string accountId;  // id of the imported account
    std::string accountName;
};

Result<PlanImport> prepareImport(std::string_view bytes, const Portfolio& portfolio);

// The file form of one account of the portfolio (root-level unknown members included).
std::string exportAccountPlan(const Account& account);

}  // namespace keystone
