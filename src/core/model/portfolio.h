// The rep's whole book of business: every account plan plus portfolio-wide settings.
#pragma once

#include <string>
#include <vector>

#include "core/health/health.h"
#include "core/model/account.h"
#include "core/model/money.h"
#include "core/pricing/pricing.h"
#include "core/qualification/qualification.h"

namespace keystone {

struct Portfolio {
    std::vector<Account> accounts;  // in the order the rep created / imported them
    QualificationFramework qualification =
        defaultQualificationFramework();           // editable per portfolio
    HealthConfig health;                           // health weights, flags and bands
    TierCatalog catalog = defaultTierCatalog();    // pricing tiers for deal comparisons
    DecimalMark decimalMark = DecimalMark::Point;  // how the rep types amounts (money.h)
};

// Lookup by stable id; nullptr when the account is gone (e.g. deleted, then a stale
// command or view asks for it).
Account* findAccount(Portfolio& portfolio, const std::string& id);
const Account* findAccount(const Portfolio& portfolio, const std::string& id);

// Another account (not `exceptId`) whose name reads the same as `name`: equal once spaces at
// the ends are dropped and Latin letters are compared without case. Null when the name is
// free or empty. Two plans both called "Acme" confuse the rep, the report and colleagues.
const Account* accountNamedLike(const Portfolio& portfolio, const std::string& name,
                                const std::string& exceptId = {});

// `wanted` when no account is named like it, else "wanted 2", "wanted 3", ...
std::string freeAccountName(const Portfolio& portfolio, const std::string& wanted);

}  // namespace keystone
