#pragma once

#include <string>

#include "core/model/account.h"

namespace keystone::ui {

// The sortable table of opportunities (name, offering, business unit, amount, close date,
// stage, probability, weighted, next step); clicking a row selects it for the detail pane.
void drawOpportunityTable(const Account& account, std::string& selectedOpportunityId);

}  // namespace keystone::ui
