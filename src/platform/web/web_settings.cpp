// Web implementation of platform.h's record revisions, settings, shared versions and
// other-tab notifications. The JavaScript side is the "Revisions, settings and other tabs"
// section of web/keystone_lib.js; batches cross as JSON text.
#include <emscripten.h>

#include <cstdlib>
#include <nlohmann/json.hpp>
#include <string>
#include <unordered_map>
#include <utility>

#include "platform/platform.h"

extern "C" {
// Implemented in web/keystone_lib.js.
double ks_sync_preloaded_revision(const char* key);
void ks_sync_commit(int requestId, const char* batchJson);
void ks_sync_listen();
char* ks_settings_take();  // malloc'ed, or null when there is no settings record
void ks_settings_store(int requestId, const char* json);
char* ks_shared_get(const char* key);  // malloc'ed JSON array of texts
void ks_shared_put(const char* key, const char* versionsJson);
}

namespace keystone::platform {
namespace {

std::unordered_map<int, std::function<void(const StoreReport&)>> g_checkedCallbacks;
std::unordered_map<int, std::function<void(bool, const std::string&)>> g_settingsCallbacks;
std::function<void(std::vector<PlanRecord>)> g_elsewhere;
int g_request = 0;

std::string taken(char* text) {
    std::string out = text ? text : "";
    std::free(text);
    return out;
}

std::vector<PlanRecord> recordsFrom(const nlohmann::json& list) {
    std::vector<PlanRecord> out;
    if (!list.is_array()) return out;
    for (const auto& item : list) {
        if (!item.is_object()) continue;
        PlanRecord record;
        record.accountId = item.value("key", "");
        record.json = item.value("json", "");
        record.revision = item.value("rev", 0LL);
        record.deleted = item.value("deleted", false);
        out.push_back(std::move(record));
    }
    return out;
}

}  // namespace

long long preloadedRevision(const std::string& accountId) {
    return static_cast<long long>(ks_sync_preloaded_revision(accountId.c_str()));
}

void storePlansChecked(std::vector<PlanWrite> writes, std::vector<std::string> deletes,
                       std::function<void(const StoreReport& report)> onDone) {
    nlohmann::json batch = {{"puts", nlohmann::json::array()}, {"deletes", deletes}};
    for (PlanWrite& write : writes)
        batch["puts"].push_back({{"key", write.accountId},
                                 {"json", std::move(write.json)},
                                 {"order", write.order},
                                 {"base", write.baseRevision}});
    const int requestId = ++g_request;
    g_checkedCallbacks[requestId] = std::move(onDone);
    ks_sync_commit(requestId,
                   batch.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace).c_str());
}

void onPlansChangedElsewhere(std::function<void(std::vector<PlanRecord> records)> handler) {
    g_elsewhere = std::move(handler);
    ks_sync_listen();
}

std::string takeStoredSettings(bool& found) {
    char* text = ks_settings_take();
    found = text != nullptr;
    return taken(text);
}

void storeSettings(const std::string& json,
                   std::function<void(bool ok, const std::string& reason)> onDone) {
    const int requestId = ++g_request;
    g_settingsCallbacks[requestId] = std::move(onDone);
    ks_settings_store(requestId, json.c_str());
}

std::vector<std::string> sharedVersions(const std::string& accountId) {
    std::vector<std::string> out;
    const nlohmann::json list =
        nlohmann::json::parse(taken(ks_shared_get(accountId.c_str())), nullptr, false);
    if (!list.is_array()) return out;
    for (const auto& text : list)
        if (text.is_string()) out.push_back(text.get<std::string>());
    return out;
}

void storeSharedVersions(const std::string& accountId, const std::vector<std::string>& versions) {
    const nlohmann::json list = versions;
    ks_shared_put(accountId.c_str(),
                  list.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace).c_str());
}

}  // namespace keystone::platform

extern "C" {

EMSCRIPTEN_KEEPALIVE void keystone_sync_stored(int requestId, int ok, const char* reason,
                                               const char* reportJson) {
    keystone::platform::requestFrame();  // what arrived changes the screen
    using namespace keystone::platform;
    auto found = g_checkedCallbacks.find(requestId);
    if (found == g_checkedCallbacks.end()) return;
    auto callback = std::move(found->second);
    g_checkedCallbacks.erase(found);
    StoreReport report;
    report.ok = ok != 0;
    report.reason = reason ? reason : "";
    const nlohmann::json json = nlohmann::json::parse(reportJson ? reportJson : "", nullptr, false);
    if (json.is_object()) {
        report.written = recordsFrom(json.value("written", nlohmann::json::array()));
        report.newer = recordsFrom(json.value("newer", nlohmann::json::array()));
    }
    callback(report);
}

EMSCRIPTEN_KEEPALIVE void keystone_sync_changed(const char* recordsJson) {
    keystone::platform::requestFrame();  // what arrived changes the screen
    using namespace keystone::platform;
    if (!g_elsewhere) return;
    const nlohmann::json json =
        nlohmann::json::parse(recordsJson ? recordsJson : "", nullptr, false);
    std::vector<PlanRecord> records = recordsFrom(json);
    if (!records.empty()) g_elsewhere(std::move(records));
}

EMSCRIPTEN_KEEPALIVE void keystone_settings_stored(int requestId, int ok, const char* reason) {
    keystone::platform::requestFrame();  // what arrived changes the screen
    using namespace keystone::platform;
    auto found = g_settingsCallbacks.find(requestId);
    if (found == g_settingsCallbacks.end()) return;
    auto callback = std::move(found->second);
    g_settingsCallbacks.erase(found);
    callback(ok != 0, reason ? reason : "");
}

}  // extern "C"
