#include "app/account_summary.h"

#include "core/health/health.h"
#include "core/qualification/qualification.h"
#include "core/stakeholders/coverage.h"

namespace keystone::app {

nlohmann::json accountSummaryJson(const Portfolio& portfolio, const Account& account,
                                  const std::string& today) {
    const auto qualification = scoreQualification(account, portfolio.qualification);
    const auto health = accountHealth(account, portfolio.health, today);
    return {{"id", account.id},
            {"name", account.name},
            {"tier", std::string(tierLabel(qualification.tier))},
            {"score", qualification.score},
            {"health", health.scored ? nlohmann::json(health.score) : nlohmann::json()},
            {"healthBand", health.scored ? nlohmann::json(std::string(healthBandLabel(health.band)))
                                         : nlohmann::json()},
            {"archived", account.archived}};
}

}  // namespace keystone::app
