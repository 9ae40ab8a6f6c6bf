// Files of the site fetched on demand (the CJK font slices) and the network coming back.
// The fetch itself is web/keystone_lib.js's ks_fetch_site_file; the bytes come back through
// keystone_site_file_fetched with the request's id.
#include <emscripten/emscripten.h>

#include <map>
#include <utility>

#include "platform/platform.h"

extern "C" {
void ks_fetch_site_file(const char* path, int requestId);
void ks_listen_online();
}

namespace keystone::platform {
namespace {

std::map<int, std::function<void(bool, std::string)>> g_fetches;  // request id -> callback
int g_lastFetch = 0;
std::function<void()> g_backOnline;

}  // namespace

void fetchSiteFile(const std::string& path,
                   std::function<void(bool ok, std::string bytes)> onDone) {
    g_fetches[++g_lastFetch] = std::move(onDone);
    ks_fetch_site_file(path.c_str(), g_lastFetch);
}

void onBackOnline(std::function<void()> handler) {
    g_backOnline = std::move(handler);
    ks_listen_online();
}

}  // namespace keystone::platform

extern "C" {

EMSCRIPTEN_KEEPALIVE void keystone_site_file_fetched(int requestId, int ok, const char* bytes,
                                                     int length) {
    keystone::platform::requestFrame();  // what arrived changes the screen
    auto& fetches = keystone::platform::g_fetches;
    const auto found = fetches.find(requestId);
    if (found == fetches.end()) return;
    auto callback = std::move(found->second);
    fetches.erase(found);
    callback(ok != 0, ok ? std::string(bytes, static_cast<size_t>(length)) : std::string());
}

EMSCRIPTEN_KEEPALIVE void keystone_back_online() {
    keystone::platform::requestFrame();  // fonts that failed offline are asked for again
    if (keystone::platform::g_backOnline) keystone::platform::g_backOnline();
}

}  // extern "C"
