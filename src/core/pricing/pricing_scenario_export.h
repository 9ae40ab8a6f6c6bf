// The plan file of one account as the portfolio exports it: with the tier catalog its
// pricing scenarios are priced with (see docs/plan-format.md, "Pricing catalog").
#pragma once

#include "core/model/portfolio.h"
#include "core/plan_format/plan_format.h"

#include <string>

namespace keystone {

// The account's document (root-level unknown members included) carrying the portfolio's
// catalog for writePlan; the account's own catalog from a sender, if kept, wins.
PlanDocument planDocumentForExport(const Account& account, const Portfolio& portfolio);

// The plan file that leaves the device (download, e-mail, automation's exportPlan): the
// account with the catalog its scenarios are priced with. Stored records use
// exportAccountPlan instead: the portfolio's catalog is kept once, in the settings.
std::string exportPlanFile(const Account& account, const Portfolio& portfolio);

// After readPlan, before the account joins `portfolio`: drops a catalog equal to the
// portfolio's, so only a sender's different catalog stays on the account.
void adoptImportedCatalog(Account& account, const Portfolio& portfolio);

}  // namespace keystone
