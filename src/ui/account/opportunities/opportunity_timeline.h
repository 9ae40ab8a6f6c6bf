#pragma once

#include <string>

#include "core/model/account.h"

namespace keystone::ui {

// Opportunities placed on the customer's fiscal quarters by close date ("FY27 Q1" …), with
// the fiscal-year start and the account's budget cycle above, and a column for open deals
// whose close date has passed. Clicking a deal selects it.
void drawQuarterTimeline(const Account& account, const std::string& today,
                         std::string& selectedOpportunityId);

}  // namespace keystone::ui
