#include "ui/account/health/health_cache.h"

#include "core/stakeholders/coverage.h"

namespace keystone::ui {

const HealthResult& cachedAccountHealth(HealthCache& cache, const Workspace& workspace,
                                        const Account& account) {
    if (cache.revision != workspace.revision() || cache.today != workspace.today) {
        cache.byAccount.clear();
        cache.revision = workspace.revision();
        cache.today = workspace.today;
    }
    if (const HealthResult* found = cache.byAccount.find(account.id)) return *found;
    return cache.byAccount.of(account.id) =
               accountHealth(account, workspace.portfolio().health, workspace.today);
}

}  // namespace keystone::ui
