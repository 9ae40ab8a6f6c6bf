// platform.h's storage in memory: plan records with revisions, settings, shared versions,
// and records arriving from "another tab". The rules are web/keystone_lib.js's: a write
// based on an old revision is refused and the newer record handed back; a failing
// transaction writes nothing.
#include <utility>

#include "platform/memory/memory_platform.h"

namespace keystone::platform {

std::vector<StoredPlan> takeStoredPlans() {
    std::vector<StoredPlan> out;
    for (const auto& [accountId, record] : memoryPlatform().plans)
        out.push_back({accountId, record.json, record.order});
    return out;
}

long long preloadedRevision(const std::string& accountId) {
    const auto& plans = memoryPlatform().plans;
    const auto found = plans.find(accountId);
    return found == plans.end() ? 0 : found->second.revision;
}

void quarantineStoredPlan(const std::string& accountId, const std::string& reason) {
    MemoryPlatform& platform = memoryPlatform();
    platform.quarantined[accountId] = reason;
    platform.plans.erase(accountId);  // moved aside, still readable in `quarantined`
}

bool storageIsPersistent() { return memoryPlatform().persistent; }

void storePlansChecked(std::vector<PlanWrite> writes, std::vector<std::string> deletes,
                       std::function<void(const StoreReport& report)> onDone) {
    MemoryPlatform& platform = memoryPlatform();
    StoreReport report;
    if (!platform.storeFailure.empty()) {
        report.reason = platform.storeFailure;
        platform.later([report, onDone = std::move(onDone)] { onDone(report); });
        return;
    }
    for (PlanWrite& write : writes) {
        auto found = platform.plans.find(write.accountId);
        const long long revision = found == platform.plans.end() ? 0 : found->second.revision;
        if (found != platform.plans.end() && revision != write.baseRevision) {
            report.newer.push_back({write.accountId, found->second.json, revision, false});
            continue;
        }
        platform.plans[write.accountId] =
            StoredRecord{std::move(write.json), write.order, revision + 1};
        report.written.push_back({write.accountId, "", revision + 1, false});
    }
    for (const std::string& accountId : deletes) platform.plans.erase(accountId);
    report.ok = true;
    ++platform.planBatches;
    platform.later([report = std::move(report), onDone = std::move(onDone)] { onDone(report); });
}

void onPlansChangedElsewhere(std::function<void(std::vector<PlanRecord> records)> handler) {
    memoryPlatform().plansChangedElsewhere = std::move(handler);
}

std::string takeStoredSettings(bool& found) {
    const auto& settings = memoryPlatform().settings;
    found = settings.has_value();
    return settings.value_or("");
}

void storeSettings(const std::string& json,
                   std::function<void(bool ok, const std::string& reason)> onDone) {
    MemoryPlatform& platform = memoryPlatform();
    const std::string failure = platform.storeFailure;
    if (failure.empty()) {
        platform.settings = json;
        ++platform.settingsWrites;
    }
    platform.later([failure, onDone = std::move(onDone)] { onDone(failure.empty(), failure); });
}

std::vector<std::string> sharedVersions(const std::string& accountId) {
    const auto& shared = memoryPlatform().shared;
    const auto found = shared.find(accountId);
    return found == shared.end() ? std::vector<std::string>{} : found->second;
}

void storeSharedVersions(const std::string& accountId, const std::vector<std::string>& versions) {
    memoryPlatform().shared[accountId] = versions;
}

// ---- Another tab --------------------------------------------------------------------------
void MemoryPlatform::saveFromAnotherTab(const std::string& accountId, const std::string& json) {
    StoredRecord& record = plans[accountId];
    record.json = json;
    ++record.revision;
    const PlanRecord notice{accountId, json, record.revision, false};
    later([this, notice] {
        if (plansChangedElsewhere) plansChangedElsewhere({notice});
    });
}

void MemoryPlatform::deleteFromAnotherTab(const std::string& accountId) {
    plans.erase(accountId);
    later([this, accountId] {
        if (plansChangedElsewhere) plansChangedElsewhere({PlanRecord{accountId, "", 0, true}});
    });
}

}  // namespace keystone::platform
