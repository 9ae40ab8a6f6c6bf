#include "core/pricing/pricing_scenario_export.h"

namespace keystone {

PlanDocument planDocumentForExport(const Account& account, const Portfolio& portfolio) {
    PlanDocument document = planDocumentOf(account);
    document.catalog = portfolio.catalog;  // written only when the account has scenarios
    return document;
}

std::string exportPlanFile(const Account& account, const Portfolio& portfolio) {
    return writePlan(planDocumentForExport(account, portfolio));
}

void adoptImportedCatalog(Account& account, const Portfolio& portfolio) {
    adoptImportedCatalog(account, portfolio.catalog);
}

}  // namespace keystone
