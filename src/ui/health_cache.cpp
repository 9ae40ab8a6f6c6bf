#include "ui/health_cache.h"

#include <string>
#include <unordered_map>

#include "core/coverage.h"

namespace keystone::ui {

const HealthResult& cachedAccountHealth(const Workspace& workspace, const Account& account) {
    static std::unordered_map<std::string, HealthResult> cache;
    static unsigned long long revision = ~0ull;
    static std::string today;
    if (revision != workspace.revision() || today != workspace.today) {
        cache.clear();
        revision = workspace.revision();
        today = workspace.today;
    }
    auto found = cache.find(account.id);
    if (found == cache.end())
        found = cache.emplace(account.id, accountHealth(account, workspace.portfolio().health, workspace.today)).first;
    return found->second;
}

}  // namespace keystone::ui
